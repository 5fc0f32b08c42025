#include "AccountWriter.h"

#include "SqlSupport.h"

#include <QDateTime>
#include <QSqlError>

namespace candor {

AccountWriter::AccountWriter(const ProjectFile &project)
    : m_file(project.path()), m_now(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)),
      m_find(project.database()), m_insertCreator(project.database()), m_insertAccount(project.database()),
      m_insertSnapshot(project.database()), m_insertCategory(project.database()),
      m_renameCreator(project.database()), m_setFee(project.database())
{
}

Result<AccountWriter> AccountWriter::prepare(const ProjectFile &project)
{
    AccountWriter writer(project);
    const std::pair<QSqlQuery *, const char *> statements[] = {
        {&writer.m_find, "SELECT id, creator_id FROM accounts WHERE platform = ? AND handle = ?"},
        {&writer.m_insertCreator, "INSERT INTO creators(display_name, created_at) VALUES (?, ?)"},
        {&writer.m_insertAccount, "INSERT INTO accounts(creator_id, platform, handle) VALUES (?, ?, ?)"},
        {&writer.m_insertSnapshot,
         "INSERT INTO metric_snapshots(account_id, batch_id, source_line, as_of, display_name, followers,"
         " following, posts, avg_likes, avg_comments, avg_views, avg_engagement, authentic_engagement,"
         " engagement_rate, top_audience_country, entered_by)"
         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {&writer.m_insertCategory,
         "INSERT INTO snapshot_categories(snapshot_id, position, category) VALUES (?, ?, ?)"},
        {&writer.m_renameCreator,
         "UPDATE creators SET display_name = ? WHERE id = ? AND NOT EXISTS (SELECT 1 FROM metric_snapshots"
         " WHERE account_id = ? AND as_of > ?)"},
        {&writer.m_setFee, "INSERT OR REPLACE INTO account_fees(account_id, amount, currency, source, as_of)"
                           " VALUES (?, ?, ?, ?, ?)"},
    };
    for (const auto &[query, text] : statements) {
        if (!query->prepare(QString::fromLatin1(text)))
            return Error{project.path(), QStringLiteral("could not prepare a database statement"),
                         query->lastError().text()};
    }
    return writer;
}

Result<std::optional<AccountWriter::Existing>> AccountWriter::find(Platform platform, const QString &handle)
{
    if (auto done = sql::exec(m_find, m_file, {platformId(platform), handle}); !done)
        return done.error();
    std::optional<Existing> existing;
    if (m_find.next())
        existing = Existing{m_find.value(0).toLongLong(), m_find.value(1).toLongLong()};
    m_find.finish();
    return existing;
}

Result<qint64> AccountWriter::addCreator(const QString &displayName)
{
    if (auto done = sql::exec(m_insertCreator, m_file, {displayName, m_now}); !done)
        return done.error();
    return m_insertCreator.lastInsertId().toLongLong();
}

Result<qint64> AccountWriter::addAccount(qint64 creatorId, Platform platform, const QString &handle)
{
    if (auto done = sql::exec(m_insertAccount, m_file, {creatorId, platformId(platform), handle}); !done)
        return done.error();
    return m_insertAccount.lastInsertId().toLongLong();
}

Status AccountWriter::addSnapshot(const Snapshot &s)
{
    const AccountMetrics &m = s.metrics;
    if (auto done = sql::exec(
            m_insertSnapshot, m_file,
            {s.accountId, s.batchId == 0 ? QVariant() : QVariant(s.batchId), sql::nullable(s.sourceLine),
             m.asOf.toString(Qt::ISODate), s.displayName,
             sql::nullable(m.followers), sql::nullable(m.following), sql::nullable(m.posts),
             sql::nullable(m.averageLikes), sql::nullable(m.averageComments), sql::nullable(m.averageViews),
             sql::nullable(m.averageEngagement), sql::nullable(m.authenticEngagement),
             sql::nullable(m.engagementRate), s.topAudienceCountry, s.enteredBy});
        !done)
        return done;
    const qint64 snapshotId = m_insertSnapshot.lastInsertId().toLongLong();
    for (qsizetype i = 0; i < s.categories.size(); ++i) {
        if (auto done = sql::exec(m_insertCategory, m_file, {snapshotId, i + 1, s.categories.at(i)}); !done)
            return done;
    }
    return success();
}

Status AccountWriter::setFee(qint64 accountId, const Fee &fee)
{
    return sql::exec(m_setFee, m_file,
                     {accountId, fee.amount, fee.currency, fee.source, fee.asOf.toString(Qt::ISODate)});
}

Status AccountWriter::renameCreatorUnlessNewerSnapshot(const Existing &existing, const QString &displayName,
                                                       const QDate &asOf)
{
    return sql::exec(m_renameCreator, m_file,
                     {displayName, existing.creatorId, existing.accountId, asOf.toString(Qt::ISODate)});
}

} // namespace candor
