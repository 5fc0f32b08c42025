#include "ProjectImport.h"

#include "import/ImportStream.h"

#include "storage/AttributeStore.h"
#include "storage/AudienceWriter.h"
#include "storage/ImportWriter.h"

namespace candor {

Result<ImportReport> importCreators(const ProjectFile &project, const QString &path, const ImportOptions &options)
{
    auto stream = ImportStream::open(path, options);
    if (!stream)
        return stream.error();
    ImportReport report;
    auto counts = ImportWriter::write(project, **stream, report.prepared.plan);
    if (!counts)
        return counts.error();
    report.counts = *counts;
    PreparedImport &read = report.prepared;
    read.batch = (*stream)->batch();
    read.options = options;
    read.options.progress = {};
    read.rowsAccepted = counts->imported + counts->merged;
    read.headers = (*stream)->headers();
    read.fieldOfColumn = (*stream)->fieldOfColumn();
    read.sample = (*stream)->sample();
    return report;
}

Result<ImportCounts> writeCreators(const ProjectFile &project, const PreparedImport &prepared,
                                   const ImportProgress &progress)
{
    auto stream = ImportStream::open(prepared.batch.filePath, prepared.options);
    if (!stream)
        return stream.error();
    ImportPlan read;
    return ImportWriter::write(project, **stream, read, progress, prepared.rowsAccepted);
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
