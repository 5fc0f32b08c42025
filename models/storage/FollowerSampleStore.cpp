// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FollowerSampleStore.h"

#include "ImportWriter.h"
#include "ProjectChange.h"
#include "SqlSupport.h"
#include "core/TextContexts.h"

namespace candor {

Result<ImportCounts> FollowerSampleStore::importSample(FollowerSample &sample, qint64 accountId) const
{
    ProjectChange change(m_project); // the authenticity factor reads the sample: kept pools are computed again
    if (!change.isActive())
        return change.error();
    const QString file = m_project.path();
    auto cleared = change.run("DELETE FROM follower_samples WHERE account_id = ?", {accountId});
    if (!cleared)
        return cleared.error();
    if (const int replaced = cleared->numRowsAffected(); replaced > 0)
        sample.batch.notices << StorageText::tr(
                                    "This sample replaces the account's earlier one of %1 followers.")
                                    .arg(replaced);
    ImportCounts counts;
    counts.rejected = static_cast<int>(rejectedLines(sample.issues).size());
    auto batch = ImportWriter::addBatch(change, sample.batch, sample.recordsRead, counts.rejected);
    if (!batch)
        return batch.error();
    counts.batchId = *batch;
    auto insert = change.prepare("INSERT INTO follower_samples(account_id, batch_id, line, username, posts,"
                                 " following, followers, has_picture, is_private, labelled_fake)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    for (const FollowerProfile &p : std::as_const(sample.profiles)) {
        if (auto done = sql::exec(*insert, file,
                                  {accountId, counts.batchId, p.line, p.username, p.posts, p.following, p.followers,
                                   p.hasProfilePicture ? 1 : 0, p.isPrivate ? 1 : 0,
                                   p.labelledFake ? QVariant(*p.labelledFake ? 1 : 0) : QVariant()});
            !done)
            return done.error();
        ++counts.imported;
    }
    if (auto closed = ImportWriter::closeBatch(change, file, counts, sample.issues); !closed)
        return closed.error();
    if (auto committed = change.commit(); !committed)
        return committed.error();
    return counts;
}

FollowerProfile FollowerSampleStore::profileFromRow(const QSqlQuery &row, int first)
{
    FollowerProfile p;
    p.line = row.value(first).toInt();
    p.username = row.value(first + 1).toString();
    p.posts = row.value(first + 2).toLongLong();
    p.following = row.value(first + 3).toLongLong();
    p.followers = row.value(first + 4).toLongLong();
    p.hasProfilePicture = row.value(first + 5).toInt() != 0;
    p.isPrivate = row.value(first + 6).toInt() != 0;
    if (!row.value(first + 7).isNull())
        p.labelledFake = row.value(first + 7).toInt() != 0;
    return p;
}

} // namespace candor
