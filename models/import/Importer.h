// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

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
    QString lawfulBasis; // ImportBatchInfo::lawfulBasis
    QDate informedOn;
    // Told which step a long read is in ("Reading rows", "Checking rows") and how far it has come.
    std::function<void(const QString &step, qint64 done, qint64 total)> progress;
};

// A file read, mapped and checked, but not yet written: what a preview shows.
struct PreparedImport
{
    ImportBatchInfo batch;
    ImportOptions options; // as read (without the progress callback), to read the file the same way again
    ImportPlan plan;       // its rows only when they were kept
    int rowsAccepted = 0;
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

// file -> decoding -> CSV/JSON reader -> column mapping -> row checks, through an ImportStream.
// importCreators() (workbench/ProjectImport.h) writes a file as it reads it.
class Importer
{
public:
    // Whether the accepted rows are kept, or only counted (a preview of a large file, which the import then
    // reads again).
    enum class Keep
    {
        Rows,
        Summary
    };
    static Result<PreparedImport> prepare(const QString &path, const ImportOptions &options, Keep keep = Keep::Rows);
    static constexpr int kChunkRecords = 8192; // records checked, and written, at a time
};

} // namespace candor
