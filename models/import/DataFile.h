// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ImportPlan.h"
#include "RawTable.h"
#include "TextDecoding.h"
#include "core/Error.h"

#include <QDate>
#include <QHash>

namespace candor {

// The largest data file an import reads. Audience and attribute files, and JSON files, are decoded whole (twice
// their size as text), so the limit keeps a mistaken choice (a disk image, a video) from exhausting memory; a
// delimited creators file streams, but the same limit keeps one rule for every import. A larger export can be
// split.
constexpr qint64 kMaxDataFileBytes = qint64{1} << 30; // 1 GiB

// What every import (creators, audiences, attributes) does first: read the file, decode it, and start the
// record of the batch (kind, path, encoding, notices, date, who).
struct OpenedDataFile
{
    DecodedText decoded;
    ImportBatchInfo batch;
};
// Only regular files up to kMaxDataFileBytes are read: a device such as /dev/zero never ends and a named pipe
// may never deliver, so both are refused with a sentence instead of being read.
Status checkDataFile(const QString &path);
// The record of a batch read from `path` in `encoding` (its name and notices).
ImportBatchInfo dataFileBatch(const QString &path, const DecodedText &encoding, const QString &kind, const QDate &asOf,
                              const QString &importedBy);
// A .json file, or text starting with "[" in a file without a delimited-text suffix.
bool looksLikeJson(const QString &path, const QString &text);

// The file checked, read whole and decoded, and its batch started.
Result<OpenedDataFile> openDataFile(const QString &path, TextEncoding encoding, const QString &kind,
                                    const QDate &asOf, const QString &importedBy);

// The file as a table: a JSON array of flat objects (a .json file, or text starting with "["), otherwise
// delimited text with its separator detected. The format, separator and any notice go into `batch`.
Result<RawTable> readTable(const QString &path, const QString &text, ImportBatchInfo &batch,
                           const StepProgress &progress = {});

// A file read whole into a table, with the record of its batch: the first steps of every small import (posts,
// comments, histories, follower samples). A platform API's response is read as it comes (ApiResponse.h).
struct DataTable
{
    ImportBatchInfo batch;
    RawTable table;
};
Result<DataTable> readDataFile(const QString &path, const QString &kind, const QString &importedBy);

// A header as a key to recognise it by: lower case, letters and digits only ("Number.of.posts" and
// "number_of_posts" are both "numberofposts").
QString headerNameKey(const QString &header);

// For each field a column is named for, the first such column.
template <typename Field>
QHash<Field, int> columnsByHeader(const QStringList &headers, const QHash<QString, Field> &fieldOfKey)
{
    QHash<Field, int> columns;
    for (int c = 0; c < headers.size(); ++c) {
        const auto known = fieldOfKey.constFind(headerNameKey(headers.at(c)));
        if (known != fieldOfKey.constEnd() && !columns.contains(*known))
            columns.insert(*known, c);
    }
    return columns;
}

// The reader's problems that drop a record, as rejected rows.
QList<RowIssue> rejectedRecords(const RawTable &table);

} // namespace candor
