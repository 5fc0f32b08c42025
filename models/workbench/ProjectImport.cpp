// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

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
    ImportPlan read;
    auto counts = ImportWriter::write(project, **stream, read);
    if (!counts)
        return counts.error();
    ImportReport report{(*stream)->described(options), *counts};
    report.prepared.plan = std::move(read);
    report.prepared.rowsAccepted = counts->imported + counts->merged;
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
