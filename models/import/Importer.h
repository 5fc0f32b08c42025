#pragma once

#include "ImportPlan.h"
#include "TextDecoding.h"
#include "core/Error.h"
#include "storage/ImportWriter.h"

#include <QDate>
#include <QStringList>
#include <optional>

namespace candor {

class ProjectFile;

struct ImportOptions
{
    std::optional<Platform> platform;
    QStringList columnOverrides; // "column=field", see ColumnMapping::applyOverride
    TextEncoding encoding = TextEncoding::Detect;
    QDate asOf; // default: today
    QString importedBy;
    QString currency; // of fees in files without a currency column
};

// A file read, mapped and checked, but not yet written: what a preview shows.
struct PreparedImport
{
    ImportBatchInfo batch;
    ImportPlan plan;
    QStringList headers;
};

struct ImportReport
{
    PreparedImport prepared;
    ImportCounts counts;
};

// file -> decoding -> CSV/JSON reader -> column mapping -> row checks -> one transaction in the project.
class Importer
{
public:
    static Result<PreparedImport> prepare(const QString &path, const ImportOptions &options);
    static Result<ImportReport> run(const ProjectFile &project, const QString &path,
                                    const ImportOptions &options);
};

} // namespace candor
