// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "HistoryStore.h"

#include "AccountLookup.h"
#include "ImportWriter.h"
#include "ProjectChange.h"
#include "SqlSupport.h"

namespace candor {

Result<ImportCounts> HistoryStore::importHistory(PreparedHistoryImport &prepared) const
{
    ProjectChange change(m_project); // the authenticity factor reads the history: kept pools are computed again
    if (!change.isActive())
        return change.error();
    const QString file = m_project.path();
    const auto accountsOfRows = AccountLookup::resolveIn(m_project, prepared.readings, prepared.issues);
    if (!accountsOfRows)
        return accountsOfRows.error();
    const auto &resolved = *accountsOfRows;
    ImportCounts counts;
    counts.rejected = static_cast<int>(rejectedLines(prepared.issues).size());
    auto batch = ImportWriter::addBatch(change, prepared.batch, prepared.recordsRead, counts.rejected);
    if (!batch)
        return batch.error();
    counts.batchId = *batch;
    auto existing = change.prepare("SELECT 1 FROM follower_history WHERE account_id = ? AND day = ?");
    auto upsert = change.prepare("INSERT OR REPLACE INTO follower_history(account_id, day, followers, batch_id)"
                                 " VALUES (?, ?, ?, ?)");
    for (auto *q : {&existing, &upsert}) {
        if (!*q)
            return q->error();
    }
    for (const auto &[r, account] : resolved) {
        const qint64 accountId = account.accountId;
        const QString day = r->day.toString(Qt::ISODate);
        if (auto found = sql::exec(*existing, file, {accountId, day}); !found)
            return found.error();
        ++(existing->next() ? counts.merged : counts.imported);
        existing->finish();
        if (auto done = sql::exec(*upsert, file, {accountId, day, r->followers, counts.batchId}); !done)
            return done.error();
    }
    if (auto closed = ImportWriter::closeBatch(change, file, counts, prepared.issues); !closed)
        return closed.error();
    if (auto committed = change.commit(); !committed)
        return committed.error();
    return counts;
}

} // namespace candor
