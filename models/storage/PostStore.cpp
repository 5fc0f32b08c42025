// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PostStore.h"

#include "AccountLookup.h"
#include "ImportWriter.h"
#include "ProjectChange.h"
#include "SqlSupport.h"
#include "core/TextContexts.h"

namespace candor {
namespace {

QString mediaTypeKey(MediaType type)
{
    switch (type) {
    case MediaType::Image:
        return QStringLiteral("image");
    case MediaType::Carousel:
        return QStringLiteral("carousel");
    case MediaType::Video:
        return QStringLiteral("video");
    case MediaType::Story:
        return QStringLiteral("story");
    case MediaType::Other:
        break;
    }
    return QStringLiteral("other");
}

MediaType mediaTypeFromKey(const QString &key)
{
    for (MediaType type : {MediaType::Image, MediaType::Carousel, MediaType::Video, MediaType::Story}) {
        if (mediaTypeKey(type) == key)
            return type;
    }
    return MediaType::Other;
}

QString aiLabelKey(AiLabel label)
{
    return label == AiLabel::Creator ? QStringLiteral("creator")
           : label == AiLabel::Platform ? QStringLiteral("platform")
                                        : QStringLiteral("none");
}

QVariant countValue(const std::optional<qint64> &count)
{
    return count ? QVariant(*count) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<qint64> countOf(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

} // namespace

Result<ImportCounts> PostStore::importPosts(PreparedPostImport &prepared) const
{
    ProjectChange change(m_project); // the disclosure record reads posts: kept pools are computed again
    if (!change.isActive())
        return change.error();
    const QString file = m_project.path();
    QList<RowIssue> &issues = prepared.issues;
    const auto accountsOfRows = AccountLookup::resolveIn(m_project, prepared.posts, issues);
    if (!accountsOfRows)
        return accountsOfRows.error();
    const auto &resolved = *accountsOfRows;
    ImportCounts counts;
    counts.rejected = static_cast<int>(rejectedLines(issues).size());
    auto batch = ImportWriter::addBatch(change, prepared.batch, prepared.recordsRead, counts.rejected);
    if (!batch)
        return batch.error();
    counts.batchId = *batch;
    auto existing = change.prepare("SELECT id FROM posts WHERE account_id = ? AND published_at = ? AND permalink = ?");
    auto upsert = change.prepare(
        "INSERT INTO posts(account_id, batch_id, line, published_at, permalink, media_type, title, caption, likes,"
        " comments, views, shares, platform_paid, user_sponsored, ai_label, user_ai_made)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(account_id, published_at, permalink) DO UPDATE SET batch_id = excluded.batch_id,"
        " line = excluded.line, media_type = excluded.media_type, title = excluded.title, caption = excluded.caption,"
        " likes = excluded.likes, comments = excluded.comments, views = excluded.views, shares = excluded.shares,"
        " platform_paid = excluded.platform_paid, user_sponsored = excluded.user_sponsored,"
        " ai_label = excluded.ai_label, user_ai_made = excluded.user_ai_made");
    for (auto *q : {&existing, &upsert}) {
        if (!*q)
            return q->error();
    }
    for (const auto &[row, account] : resolved) {
        const qint64 accountId = account.accountId;
        const Post &p = row->post;
        const QString when = p.publishedAt.toString(Qt::ISODate);
        if (auto found = sql::exec(*existing, file, {accountId, when, p.permalink}); !found)
            return found.error();
        ++(existing->next() ? counts.merged : counts.imported);
        existing->finish();
        if (auto done = sql::exec(*upsert, file, QVariantList{accountId, counts.batchId, row->line} + postValues(p));
            !done)
            return Error{file, StorageText::tr("could not store the post on line %1").arg(row->line),
                         done.error().detail};
    }
    if (auto closed = ImportWriter::closeBatch(change, file, counts, issues); !closed)
        return closed.error();
    if (auto committed = change.commit(); !committed)
        return committed.error();
    return counts;
}

QVariantList PostStore::postValues(const Post &p)
{
    return {p.publishedAt.toString(Qt::ISODate), p.permalink, mediaTypeKey(p.mediaType), p.title, p.caption,
            countValue(p.likes), countValue(p.comments), countValue(p.views), countValue(p.shares),
            p.platformPaidFlag ? 1 : 0, p.userKnowsSponsored ? 1 : 0, aiLabelKey(p.aiLabel), p.userSaysAiMade ? 1 : 0};
}

QString PostStore::postColumns(const QString &table)
{
    QStringList columns;
    for (const char *column : {"published_at", "permalink", "media_type", "title", "caption", "likes", "comments",
                               "views", "shares", "platform_paid", "user_sponsored", "ai_label", "user_ai_made"})
        columns << (table.isEmpty() ? QString() : table + QLatin1Char('.')) + QLatin1String(column);
    return columns.join(QStringLiteral(", "));
}

Post PostStore::postFromRow(const QSqlQuery &row, int first, Platform platform)
{
    Post p;
    p.platform = platform;
    p.publishedAt = QDateTime::fromString(row.value(first).toString(), Qt::ISODate);
    p.permalink = row.value(first + 1).toString();
    p.mediaType = mediaTypeFromKey(row.value(first + 2).toString());
    p.title = row.value(first + 3).toString();
    p.caption = row.value(first + 4).toString();
    p.likes = countOf(row.value(first + 5));
    p.comments = countOf(row.value(first + 6));
    p.views = countOf(row.value(first + 7));
    p.shares = countOf(row.value(first + 8));
    p.platformPaidFlag = row.value(first + 9).toInt() != 0;
    p.userKnowsSponsored = row.value(first + 10).toInt() != 0;
    const QString ai = row.value(first + 11).toString();
    p.aiLabel = ai == QLatin1String("creator") ? AiLabel::Creator
                : ai == QLatin1String("platform") ? AiLabel::Platform
                                                  : AiLabel::None;
    p.userSaysAiMade = row.value(first + 12).toInt() != 0;
    return p;
}

Result<QList<PostStore::StoredPost>> PostStore::posts(const QString &handle, std::optional<Platform> platform) const
{
    const QString file = m_project.path();
    QString statement = QStringLiteral("SELECT p.account_id, a.handle, a.platform, ") + postColumns(QStringLiteral("p")) +
                        QStringLiteral(" FROM posts p JOIN accounts a ON a.id = p.account_id");
    QVariantList values;
    if (!handle.isEmpty()) {
        auto lookup = AccountLookup::prepare(m_project);
        if (!lookup)
            return lookup.error();
        auto account = lookup->find(handle, platform);
        if (!account)
            return account.error();
        statement += QStringLiteral(" WHERE p.account_id = ?");
        values << account->accountId;
    }
    statement += QStringLiteral(" ORDER BY p.published_at DESC, p.id");
    auto query = sql::run(m_project.database(), file, statement, values);
    if (!query)
        return query.error();
    QList<StoredPost> found;
    while (query->next())
        found << StoredPost{query->value(0).toLongLong(), query->value(1).toString(),
                            postFromRow(*query, 3,
                                        platformFromText(query->value(2).toString()).value_or(Platform::Instagram))};
    return found;
}

} // namespace candor
