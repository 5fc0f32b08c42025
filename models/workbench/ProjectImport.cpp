#include "ProjectImport.h"

#include "storage/AttributeStore.h"
#include "storage/AudienceWriter.h"
#include "storage/ImportWriter.h"

namespace candor {

Result<ImportReport> importCreators(const ProjectFile &project, const QString &path, const ImportOptions &options)
{
    auto prepared = Importer::prepare(path, options);
    if (!prepared)
        return prepared.error();
    auto counts = writeCreators(project, *prepared);
    if (!counts)
        return counts.error();
    return ImportReport{std::move(*prepared), *counts};
}

Result<ImportCounts> writeCreators(const ProjectFile &project, const PreparedImport &prepared,
                                   const ImportProgress &progress)
{
    return ImportWriter::write(project, prepared.batch, prepared.plan, progress);
}

Result<AudienceImportReport> importAudiences(const ProjectFile &project, const QString &path,
                                             const AudienceImportOptions &options)
{
    auto prepared = AudienceImporter::prepare(path, options);
    if (!prepared)
        return prepared.error();
    auto counts = AudienceWriter::write(project, prepared->batch, prepared->groups, prepared->issues,
                                        prepared->recordsRead);
    if (!counts)
        return counts.error();
    return AudienceImportReport{std::move(*prepared), *counts};
}

Result<ImportCounts> importAttributes(const ProjectFile &project, const QString &path, const QString &importedBy,
                                      PreparedAttributeImport *preparedOut)
{
    auto prepared = AttributeImporter::prepare(path, importedBy);
    if (!prepared)
        return prepared.error();
    auto counts =
        AttributeStore(project).importRows(prepared->batch, prepared->rows, prepared->issues, prepared->recordsRead);
    if (preparedOut)
        *preparedOut = std::move(*prepared);
    return counts;
}

} // namespace candor
