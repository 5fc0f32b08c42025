#pragma once

#include "ImportPlan.h"
#include "RawTable.h"
#include "TextDecoding.h"
#include "core/Error.h"

#include <QDate>
#include <QStringList>
#include <functional>
#include <optional>

namespace candor {

struct ImportOptions
{
    std::optional<Platform> platform;
    QStringList columnOverrides; // "column=field", see ColumnMapping::applyOverride
    TextEncoding encoding = TextEncoding::Detect;
    QDate asOf; // default: today
    QString importedBy;
    QString currency; // of fees in files without a currency column
    // Told which step a long read is in ("Reading rows", "Checking rows") and how far it has come.
    std::function<void(const QString &step, qint64 done, qint64 total)> progress;
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

// file -> decoding -> CSV/JSON reader -> column mapping -> row checks. importCreators()
// (workbench/ProjectImport.h) writes the result.
class Importer
{
public:
    static Result<PreparedImport> prepare(const QString &path, const ImportOptions &options);
};

} // namespace candor
