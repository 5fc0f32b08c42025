#pragma once

#include "ImportPlan.h"
#include "RawTable.h"
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
    QStringList fieldOfColumn; // fieldId() each column is read as; empty when it is left out
    QList<RawRecord> sample;   // the first records as read, for a preview
    static constexpr int kSampleSize = 20;
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
    // Writes what prepare() read; `progress` may cancel it, which leaves the project unchanged.
    static Result<ImportCounts> write(const ProjectFile &project, const PreparedImport &prepared,
                                      const ImportProgress &progress = {});
};

} // namespace candor
