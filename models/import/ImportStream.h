// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ColumnMapping.h"
#include "Importer.h"

#include <QFile>
#include <memory>

namespace candor {

class CsvReader;
class RecordInterpreter;

// A creators import read piece by piece, so that memory does not grow with the file: open() reads the first
// records to decide the columns, the number format and the platform; next() then hands the checked rows over
// in chunks. What stays in memory is one chunk, the first records and what the duplicate check keeps (a few
// dozen bytes per handle). A JSON file is read whole (its records are only known once the array is parsed).
class ImportStream
{
public:
    // Records whose cells decide the number format, the columns and the platform.
    static constexpr int kSurveyRecords = 10000;

    static Result<std::unique_ptr<ImportStream>> open(const QString &path, const ImportOptions &options);
    ~ImportStream();
    ImportStream(const ImportStream &) = delete;
    ImportStream &operator=(const ImportStream &) = delete;

    // Complete (blank lines counted) once next() has returned false.
    const ImportBatchInfo &batch() const { return m_batch; }
    const QStringList &headers() const { return m_headers; }
    QStringList fieldOfColumn() const; // fieldId() each column is read as; empty when it is left out
    QList<RawRecord> sample() const;   // the first records as read
    // What the stream read, as a preview and a report show it (no rows, no issues): the batch, the options it was
    // opened with (without the progress callback, to read the file the same way again), columns and sample.
    PreparedImport described(const ImportOptions &options) const;

    // Clears `chunk` and checks up to `records` more records into it, issues in line order. False once the
    // file has no records left.
    Result<bool> next(ImportPlan &chunk, int records);

private:
    ImportStream() = default;
    Status survey(const ImportOptions &options);
    bool nextRecord(RawRecord &record, QList<ReadIssue> &issues);
    void reportProgress();

    QString m_path;
    QFile m_file;
    ImportBatchInfo m_batch;
    QStringList m_headers;
    ColumnMapping m_mapping;
    std::unique_ptr<CsvReader> m_csv;  // a delimited file, read on demand
    RawTable m_read;                   // the surveyed records, or the whole of a JSON file
    qsizetype m_nextRead = 0;
    qsizetype m_nextReadIssue = 0;
    std::unique_ptr<RecordInterpreter> m_interpreter;
    QString m_readError;
    std::function<void(const QString &, qint64, qint64)> m_progress;
    qint64 m_recordsSeen = 0;
};

} // namespace candor
