// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectChange.h"
#include "ProjectFile.h"
#include "core/Error.h"
#include "import/ImportPlan.h"

#include <QList>

namespace candor {

class AccountWriter;
class ImportStream;

// Writes a whole import in one transaction, chunk by chunk as the stream reads the file: the batch, its rows
// and its rejected rows land together or not at all. A cancelled import rolls back and leaves the project as
// it was.
class ImportWriter
{
public:
    // `read` receives the issues and the count of records read (not the rows); `expectedRows`, when known
    // from a preview, is the total the progress reports.
    static Result<ImportCounts> write(const ProjectFile &project, ImportStream &stream, ImportPlan &read,
                                      const ImportProgress &progress = {}, int expectedRows = 0);
    static constexpr int kProgressEvery = 250; // rows between two progress reports

    // The parts every kind of import shares, inside the caller's ProjectChange: the batch row first, and at
    // the end its issues and final counts.
    static Result<qint64> addBatch(const ProjectChange &change, const ImportBatchInfo &info, int rowsRead,
                                   int rejected);
    static Status closeBatch(const ProjectChange &change, const QString &file, const ImportCounts &counts,
                             const QList<RowIssue> &issues);

private:
    // The batch in the audit log: kind, counts, who; its file name as a personal value.
    static Status logBatch(const ProjectChange &change, const ImportCounts &counts, const ImportBatchInfo *info = nullptr);
    // The lawful basis and notice date an import of creators gives the creators it brings that have none.
    static Status recordPrivacy(const ProjectChange &change, const ImportBatchInfo &info, qint64 batchId);
    static Status writeRow(AccountWriter &writer, const ImportRow &row, ImportCounts &counts,
                           const QString &feeSource);
    static Status addIssues(const ProjectChange &change, const QString &file, qint64 batchId,
                            const QList<RowIssue> &issues);
};

} // namespace candor
