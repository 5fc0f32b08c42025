// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CommentStore.h"

#include "AccountLookup.h"
#include "ImportWriter.h"
#include "ProjectChange.h"
#include "SqlSupport.h"
#include "core/TextContexts.h"

#include <QSet>

namespace candor {

Result<ImportCounts> CommentStore::importComments(PreparedCommentImport &prepared) const
{
    ProjectChange change(m_project); // the authenticity factor reads the comments: kept pools are computed again
    if (!change.isActive())
        return change.error();
    const QString file = m_project.path();
    const auto accountsOfRows = AccountLookup::resolveIn(m_project, prepared.comments, prepared.issues);
    if (!accountsOfRows)
        return accountsOfRows.error();
    const auto &resolved = *accountsOfRows;
    auto clear = change.prepare("DELETE FROM post_comments WHERE account_id = ? AND permalink = ?");
    if (!clear)
        return clear.error();
    QSet<std::pair<qint64, QString>> posts;
    int replaced = 0;
    for (const auto &[row, account] : resolved) {
        if (posts.contains({account.accountId, row->comment.permalink}))
            continue;
        posts.insert({account.accountId, row->comment.permalink});
        if (auto done = sql::exec(*clear, file, {account.accountId, row->comment.permalink}); !done)
            return done.error();
        replaced += clear->numRowsAffected();
    }
    if (replaced > 0)
        prepared.batch.notices << StorageText::tr(
                                      "These comments replace %1 imported before under the same posts.")
                                      .arg(replaced);
    ImportCounts counts;
    counts.rejected = static_cast<int>(rejectedLines(prepared.issues).size());
    auto batch = ImportWriter::addBatch(change, prepared.batch, prepared.recordsRead, counts.rejected);
    if (!batch)
        return batch.error();
    counts.batchId = *batch;
    auto insert = change.prepare("INSERT INTO post_comments(account_id, batch_id, line, permalink, posted_at, author,"
                                 " text) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    for (const auto &[row, account] : resolved) {
        const Comment &c = row->comment;
        const QVariant when = c.postedAt.isValid() ? QVariant(c.postedAt.toString(Qt::ISODate)) : QVariant();
        if (auto done = sql::exec(*insert, file,
                                  {account.accountId, counts.batchId, row->line, c.permalink, when, c.author, c.text});
            !done)
            return done.error();
        ++counts.imported;
    }
    if (auto closed = ImportWriter::closeBatch(change, file, counts, prepared.issues); !closed)
        return closed.error();
    if (auto committed = change.commit(); !committed)
        return committed.error();
    return counts;
}

} // namespace candor
