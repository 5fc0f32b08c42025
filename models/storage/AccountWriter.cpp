// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AccountWriter.h"

#include "SqlSupport.h"

#include <QDateTime>

namespace candor {
namespace {

// 64-bit FNV-1a over the platform and the handle as accounts.handle compares it (COLLATE NOCASE folds ASCII
// letters only), so that two handles the UNIQUE constraint calls equal always share a fingerprint.
quint64 fingerprint(const QByteArray &platform, const QByteArray &handle)
{
    quint64 hash = 14695981039346656037ULL;
    const auto add = [&hash](char c) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    };
    for (const char c : platform)
        add(c);
    add('/');
    for (const char c : handle)
        add(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    return hash;
}

} // namespace

AccountWriter::AccountWriter(const ProjectFile &project, sql::BulkStatement find, sql::BulkStatement insertCreator,
                             sql::BulkStatement insertAccount, sql::BulkStatement insertSnapshot,
                             sql::BulkStatement insertCategory, sql::BulkStatement renameCreator,
                             sql::BulkStatement setFee)
    : m_file(project.path()), m_now(QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8()),
      m_find(std::move(find)), m_insertCreator(std::move(insertCreator)), m_insertAccount(std::move(insertAccount)),
      m_insertSnapshot(std::move(insertSnapshot)), m_insertCategory(std::move(insertCategory)),
      m_renameCreator(std::move(renameCreator)), m_setFee(std::move(setFee))
{
}

Result<AccountWriter> AccountWriter::prepare(const ProjectFile &project, Lookup lookup)
{
    const char *const statements[] = {
        "SELECT id, creator_id FROM accounts WHERE platform = ? AND handle = ?",
        "INSERT INTO creators(display_name, created_at) VALUES (?, ?)",
        "INSERT INTO accounts(creator_id, platform, handle) VALUES (?, ?, ?)",
        "INSERT INTO metric_snapshots(account_id, batch_id, source_line, as_of, display_name, followers,"
        " following, posts, avg_likes, avg_comments, avg_views, avg_engagement, authentic_engagement,"
        " engagement_rate, top_audience_country, entered_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        "INSERT INTO snapshot_categories(snapshot_id, position, category) VALUES (?, ?, ?)",
        "UPDATE creators SET display_name = ? WHERE id = ? AND NOT EXISTS (SELECT 1 FROM metric_snapshots"
        " WHERE account_id = ? AND as_of > ?)",
        "INSERT OR REPLACE INTO account_fees(account_id, amount, currency, source, as_of) VALUES (?, ?, ?, ?, ?)",
    };
    std::vector<sql::BulkStatement> prepared;
    for (const char *text : statements) {
        auto statement = sql::BulkStatement::prepare(project.database(), project.path(), text);
        if (!statement)
            return statement.error();
        prepared.push_back(std::move(*statement));
    }
    AccountWriter writer(project, std::move(prepared[0]), std::move(prepared[1]), std::move(prepared[2]),
                         std::move(prepared[3]), std::move(prepared[4]), std::move(prepared[5]),
                         std::move(prepared[6]));
    if (lookup == Lookup::HandlesInMemory) {
        if (auto loaded = writer.loadFingerprints(project.database()); !loaded)
            return loaded.error();
    }
    return writer;
}

Status AccountWriter::loadFingerprints(const QSqlDatabase &db)
{
    auto all = sql::BulkStatement::prepare(db, m_file,
                                           "SELECT platform, handle FROM accounts");
    if (!all)
        return all.error();
    auto &fingerprints = m_fingerprints.emplace();
    while (true) {
        auto row = all->next();
        if (!row)
            return row.error();
        if (!*row)
            break;
        fingerprints.insert(fingerprint(all->columnUtf8(0), all->columnUtf8(1)));
    }
    all->reset();
    return success();
}

Result<std::optional<AccountWriter::Existing>> AccountWriter::find(Platform platform, const QString &handle)
{
    const QByteArray platformText = platformId(platform).toUtf8();
    const QByteArray handleText = handle.toUtf8();
    if (m_fingerprints && !m_fingerprints->contains(fingerprint(platformText, handleText)))
        return std::optional<Existing>();
    m_find.bind(1, platformText).bind(2, handleText);
    auto row = m_find.next();
    if (!row)
        return row.error();
    std::optional<Existing> existing;
    if (*row)
        existing = Existing{m_find.columnInt64(0), m_find.columnInt64(1)};
    m_find.reset();
    return existing;
}

Result<qint64> AccountWriter::addCreator(const QString &displayName)
{
    if (auto done = m_insertCreator.bind(1, displayName).bind(2, m_now).run(); !done)
        return done.error();
    return m_insertCreator.lastInsertRowId();
}

Result<qint64> AccountWriter::addAccount(qint64 creatorId, Platform platform, const QString &handle)
{
    const QByteArray platformText = platformId(platform).toUtf8();
    const QByteArray handleText = handle.toUtf8();
    if (auto done = m_insertAccount.bind(1, creatorId).bind(2, platformText).bind(3, handleText).run(); !done)
        return done.error();
    if (m_fingerprints)
        m_fingerprints->insert(fingerprint(platformText, handleText));
    return m_insertAccount.lastInsertRowId();
}

const QByteArray &AccountWriter::isoDate(const QDate &date)
{
    if (date != m_lastDate || m_lastDateText.isNull()) {
        m_lastDate = date;
        m_lastDateText = date.toString(Qt::ISODate).toUtf8();
    }
    return m_lastDateText;
}

Status AccountWriter::addSnapshot(const Snapshot &s)
{
    const AccountMetrics &m = s.metrics;
    auto &insert = m_insertSnapshot;
    insert.bind(1, s.accountId);
    if (s.batchId == 0)
        insert.bindNull(2);
    else
        insert.bind(2, s.batchId);
    insert.bind(3, s.sourceLine ? std::optional<qint64>(*s.sourceLine) : std::nullopt)
        .bind(4, isoDate(m.asOf))
        .bind(5, s.displayName)
        .bind(6, m.followers)
        .bind(7, m.following)
        .bind(8, m.posts)
        .bind(9, m.averageLikes)
        .bind(10, m.averageComments)
        .bind(11, m.averageViews)
        .bind(12, m.averageEngagement)
        .bind(13, m.authenticEngagement)
        .bind(14, m.engagementRate)
        .bind(15, s.topAudienceCountry)
        .bind(16, s.enteredBy);
    if (auto done = insert.run(); !done)
        return done;
    const qint64 snapshotId = insert.lastInsertRowId();
    for (qsizetype i = 0; i < s.categories.size(); ++i) {
        if (auto done = m_insertCategory.bind(1, snapshotId).bind(2, qint64{i + 1}).bind(3, s.categories.at(i)).run();
            !done)
            return done;
    }
    return success();
}

Status AccountWriter::setFee(qint64 accountId, const Fee &fee)
{
    return m_setFee.bind(1, accountId)
        .bind(2, fee.amount)
        .bind(3, fee.currency)
        .bind(4, fee.source)
        .bind(5, isoDate(fee.asOf))
        .run();
}

Status AccountWriter::renameCreatorUnlessNewerSnapshot(const Existing &existing, const QString &displayName,
                                                       const QDate &asOf)
{
    return m_renameCreator.bind(1, displayName)
        .bind(2, existing.creatorId)
        .bind(3, existing.accountId)
        .bind(4, isoDate(asOf))
        .run();
}

} // namespace candor
