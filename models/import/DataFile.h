#pragma once

#include "ImportPlan.h"
#include "RawTable.h"
#include "TextDecoding.h"
#include "core/Error.h"

#include <QDate>

namespace candor {

// What every import (creators, audiences, attributes) does first: read the file, decode it, and start the
// record of the batch (kind, path, encoding, notices, date, who).
struct OpenedDataFile
{
    DecodedText decoded;
    ImportBatchInfo batch;
};
Result<OpenedDataFile> openDataFile(const QString &path, TextEncoding encoding, const QString &kind,
                                    const QDate &asOf, const QString &importedBy);

// The file as a table: a JSON array of flat objects (a .json file, or text starting with "["), otherwise
// delimited text with its separator detected. The format, separator and any notice go into `batch`.
Result<RawTable> readTable(const QString &path, const QString &text, ImportBatchInfo &batch,
                           const StepProgress &progress = {});

// The reader's problems that drop a record, as rejected rows.
QList<RowIssue> rejectedRecords(const RawTable &table);

} // namespace candor
