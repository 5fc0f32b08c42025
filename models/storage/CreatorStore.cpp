// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CreatorStore.h"

#include "AccountWriter.h"
#include "AuditStore.h"
#include "ProjectChange.h"
#include "SqlSupport.h"
#include "core/TextContexts.h"
#include "domain/Countries.h"

#include <QDate>

namespace candor {
namespace {

// A creator's rows, parents first (the order they are inserted again).
constexpr OwnedTable kCreatorTables[] = {
    {"creators", "id = ?"},
    {"accounts", "creator_id = ?"},
    {"metric_snapshots", "account_id IN (SELECT id FROM accounts WHERE creator_id = ?)"},
    {"snapshot_categories",
     "snapshot_id IN (SELECT s.id FROM metric_snapshots s JOIN accounts a ON a.id = s.account_id"
     " WHERE a.creator_id = ?)"},
    {"audience_shares", "account_id IN (SELECT id FROM accounts WHERE creator_id = ?)"},
    {"account_fees", "account_id IN (SELECT id FROM accounts WHERE creator_id = ?)"},
    {"posts", "account_id IN (SELECT id FROM accounts WHERE creator_id = ?)"},
    {"follower_history", "account_id IN (SELECT id FROM accounts WHERE creator_id = ?)"},
    {"follower_samples", "account_id IN (SELECT id FROM accounts WHERE creator_id = ?)"},
    {"post_comments", "account_id IN (SELECT id FROM accounts WHERE creator_id = ?)"},
    {"creator_attributes", "creator_id = ?"},
    {"consent_withdrawals", "creator_id = ?"},
    {"shortlist_decisions", "account_id IN (SELECT id FROM accounts WHERE creator_id = ?)"},
    {"candidate_notes", "account_id IN (SELECT id FROM accounts WHERE creator_id = ?)"},
    {"policy_resolutions", "account_id IN (SELECT id FROM accounts WHERE creator_id = ?)"},
};

// What a merge moves and an unmerge puts back.
constexpr OwnedTable kMergedTables[] = {
    {"creators", "id = ?"},
    {"creator_attributes", "creator_id = ?"},
    {"consent_withdrawals", "creator_id = ?"},
};

Status invalid(const ProjectFile &project, const AccountEntry &entry)
{
    const QStringList errors = entry.validationErrors();
    if (errors.isEmpty())
        return success();
    return Error{project.path(), errors.join(QLatin1Char(' ')), {}};
}

AccountWriter::Snapshot snapshotOf(qint64 accountId, const AccountEntry &entry, const QString &enteredBy)
{
    AccountMetrics metrics = entry.metrics;
    metrics.asOf = QDate::currentDate();
    const QString country = entry.topAudienceCountry.trimmed();
    return {accountId, 0, std::nullopt, entry.displayName.trimmed(), metrics,
            country.isEmpty() ? QString() : countries::code(country).value_or(country), entry.categories,
            enteredBy};
}

} // namespace

Result<qint64> CreatorStore::add(const AccountEntry &entry, const QString &enteredBy) const
{
    if (auto checked = invalid(m_project, entry); !checked)
        return checked.error();
    ProjectChange change(m_project);
    if (!change.isActive())
        return change.error();
    auto writer = AccountWriter::prepare(m_project);
    if (!writer)
        return writer.error();
    const QString handle = normalizedHandle(entry.handle);
    auto existing = writer->find(entry.platform, handle);
    if (!existing)
        return existing.error();
    if (*existing)
        return Error{
            m_project.path(),
            StorageText::tr("already has @%1 on %2").arg(handle, platformDisplayName(entry.platform)),
            {}};
    auto creator = writer->addCreator(entry.displayName.trimmed().isEmpty() ? handle : entry.displayName.trimmed());
    if (!creator)
        return creator.error();
    auto account = writer->addAccount(*creator, entry.platform, handle);
    if (!account)
        return account.error();
    if (auto added = writer->addSnapshot(snapshotOf(*account, entry, enteredBy)); !added)
        return added.error();
    if (auto logged = AuditStore::append(change, {enteredBy, QStringLiteral("creator_added"),
                                                  QStringLiteral("account:%1").arg(*account),
                                                  QJsonObject{{QStringLiteral("platform"), platformId(entry.platform)}},
                                                  QJsonObject{{QStringLiteral("handle"), handle},
                                                              {QStringLiteral("name"), entry.displayName.trimmed()}},
                                                  *creator});
        !logged)
        return logged.error();
    if (auto committed = change.commit(); !committed)
        return committed.error();
    return account;
}

Result<qint64> CreatorStore::enterFigures(qint64 accountId, const AccountEntry &entry, const QString &enteredBy) const
{
    if (auto checked = invalid(m_project, entry); !checked)
        return checked.error();
    ProjectChange change(m_project);
    if (!change.isActive())
        return change.error();
    auto writer = AccountWriter::prepare(m_project);
    if (!writer)
        return writer.error();
    if (auto added = writer->addSnapshot(snapshotOf(accountId, entry, enteredBy)); !added)
        return added.error();
    auto snapshot = change.run("SELECT max(id) FROM metric_snapshots WHERE account_id = ?", {accountId});
    if (!snapshot || !snapshot->next())
        return snapshot ? Error{m_project.path(), StorageText::tr("lost the snapshot just written"), {}}
                        : snapshot.error();
    const qint64 snapshotId = snapshot->value(0).toLongLong();
    snapshot->finish();
    if (!entry.displayName.trimmed().isEmpty()) {
        if (auto renamed = change.run("UPDATE creators SET display_name = ? WHERE id = (SELECT creator_id FROM"
                                      " accounts WHERE id = ?)",
                                      {entry.displayName.trimmed(), accountId});
            !renamed)
            return renamed.error();
    }
    auto creator = AuditStore::creatorOfAccount(change, accountId);
    if (!creator)
        return creator.error();
    QJsonObject payload;
    if (!entry.displayName.trimmed().isEmpty())
        payload.insert(QStringLiteral("name"), entry.displayName.trimmed());
    if (auto logged = AuditStore::append(change, {enteredBy, QStringLiteral("figures_entered"),
                                                  QStringLiteral("account:%1").arg(accountId),
                                                  QJsonObject{{QStringLiteral("snapshot"), snapshotId}}, payload,
                                                  *creator});
        !logged)
        return logged.error();
    if (auto committed = change.commit(); !committed)
        return committed.error();
    return snapshotId;
}

Status CreatorStore::takeBackFigures(qint64 snapshotId, qint64 accountId, const QString &displayName,
                                     const QString &by) const
{
    ProjectChange change(m_project);
    if (!change.isActive())
        return change.error();
    if (auto done = change.run("DELETE FROM metric_snapshots WHERE id = ?", {snapshotId}); !done)
        return done.error();
    if (auto done = change.run("UPDATE creators SET display_name = ? WHERE id = (SELECT creator_id FROM accounts"
                               " WHERE id = ?)",
                               {displayName, accountId});
        !done)
        return done.error();
    if (auto logged = AuditStore::append(change, {by, QStringLiteral("figures_undone"),
                                                  QStringLiteral("account:%1").arg(accountId),
                                                  QJsonObject{{QStringLiteral("snapshot"), snapshotId}}, {}, {}});
        !logged)
        return logged.error();
    return change.commit();
}

Result<QString> CreatorStore::creatorName(qint64 accountId) const
{
    auto query = sql::run(m_project.database(), m_project.path(),
                          QStringLiteral("SELECT c.display_name FROM creators c JOIN accounts a ON a.creator_id = c.id"
                                         " WHERE a.id = ?"),
                          {accountId});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toString() : QString();
}

Result<QString> CreatorStore::handleOf(qint64 accountId) const
{
    auto query = sql::run(m_project.database(), m_project.path(), QStringLiteral("SELECT handle FROM accounts WHERE id = ?"),
                          {accountId});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toString() : QString();
}

Result<qint64> CreatorStore::creatorOf(qint64 accountId) const
{
    auto query = sql::run(m_project.database(), m_project.path(),
                          QStringLiteral("SELECT creator_id FROM accounts WHERE id = ?"), {accountId});
    if (!query)
        return query.error();
    if (!query->next())
        return Error{m_project.path(), StorageText::tr("has no account with id %1").arg(accountId), {}};
    return query->value(0).toLongLong();
}

Result<SavedRows> CreatorStore::rowsOf(qint64 creatorId) const
{
    return saveRows(m_project, kCreatorTables, creatorId);
}

QStringList CreatorStore::personalTables()
{
    QStringList names;
    for (const OwnedTable &t : kCreatorTables)
        names << QLatin1String(t.name);
    return names;
}

Result<SavedRows> CreatorStore::remove(qint64 creatorId, const QString &by) const
{
    auto saved = rowsOf(creatorId);
    if (!saved)
        return saved.error();
    ProjectChange change(m_project);
    if (!change.isActive())
        return change.error();
    // Everything else goes with the creator (ON DELETE CASCADE).
    if (auto removed = change.run("DELETE FROM creators WHERE id = ?", {creatorId}); !removed)
        return removed.error();
    if (auto logged = AuditStore::append(change, {by, QStringLiteral("creator_removed"),
                                                  QStringLiteral("creator:%1").arg(creatorId), {}, {}, {}});
        !logged)
        return logged.error();
    if (auto committed = change.commit(); !committed)
        return committed.error();
    return saved;
}

Status CreatorStore::restore(const SavedRows &rows, const QString &by) const
{
    ProjectChange change(m_project);
    if (!change.isActive())
        return change.error();
    if (auto restored = restoreRows(m_project, rows); !restored)
        return restored;
    const QVariant creator = rows.tables.isEmpty() || rows.tables.constFirst().rows.isEmpty()
                                 ? QVariant()
                                 : rows.tables.constFirst().rows.constFirst().value(0);
    if (auto logged = AuditStore::append(change, {by, QStringLiteral("creator_restored"),
                                                  QStringLiteral("creator:%1").arg(creator.toLongLong()), {}, {}, {}});
        !logged)
        return logged.error();
    return change.commit();
}

Result<CreatorStore::Merge> CreatorStore::merge(qint64 keptCreatorId, qint64 mergedCreatorId, const QString &by) const
{
    if (keptCreatorId == mergedCreatorId)
        return Error{m_project.path(), StorageText::tr("cannot merge a creator with itself"), {}};
    Merge merge{keptCreatorId, mergedCreatorId, {}, {}};
    auto saved = saveRows(m_project, kMergedTables, mergedCreatorId);
    if (!saved)
        return saved.error();
    merge.mergedRows = *saved;
    ProjectChange change(m_project);
    if (!change.isActive())
        return change.error();
    auto accounts = change.run("SELECT id FROM accounts WHERE creator_id = ?", {mergedCreatorId});
    if (!accounts)
        return accounts.error();
    while (accounts->next())
        merge.movedAccounts << accounts->value(0).toLongLong();
    accounts->finish();
    for (const char *statement : {"UPDATE accounts SET creator_id = ? WHERE creator_id = ?",
                                  "UPDATE OR IGNORE creator_attributes SET creator_id = ? WHERE creator_id = ?",
                                  "UPDATE consent_withdrawals SET creator_id = ? WHERE creator_id = ?"}) {
        if (auto done = change.run(statement, {keptCreatorId, mergedCreatorId}); !done)
            return done.error();
    }
    // What did not move (an attribute both have) goes with the merged creator.
    if (auto done = change.run("DELETE FROM creators WHERE id = ?", {mergedCreatorId}); !done)
        return done.error();
    if (auto logged = AuditStore::append(change, {by, QStringLiteral("creators_merged"),
                                                  QStringLiteral("creator:%1").arg(keptCreatorId),
                                                  QJsonObject{{QStringLiteral("merged"), mergedCreatorId}}, {}, {}});
        !logged)
        return logged.error();
    if (auto committed = change.commit(); !committed)
        return committed.error();
    return merge;
}

Status CreatorStore::unmerge(const Merge &merge, const QString &by) const
{
    ProjectChange change(m_project);
    if (!change.isActive())
        return change.error();
    // The moved attribute and withdrawal rows keep their ids: take them back out of the kept creator first.
    for (const SavedRows::Table &table : merge.mergedRows.tables) {
        if (table.name == QLatin1String("creators"))
            continue;
        for (const QVariantList &row : table.rows) {
            const char *statement = table.name == QLatin1String("creator_attributes")
                                        ? "DELETE FROM creator_attributes WHERE id = ?"
                                        : "DELETE FROM consent_withdrawals WHERE id = ?";
            if (auto done = change.run(statement, {row.value(0)}); !done)
                return done.error();
        }
    }
    if (auto restored = restoreRows(m_project, merge.mergedRows); !restored)
        return restored;
    for (qint64 account : merge.movedAccounts) {
        if (auto done = change.run("UPDATE accounts SET creator_id = ? WHERE id = ?", {merge.merged, account}); !done)
            return done.error();
    }
    if (auto logged = AuditStore::append(change, {by, QStringLiteral("creators_unmerged"),
                                                  QStringLiteral("creator:%1").arg(merge.kept),
                                                  QJsonObject{{QStringLiteral("merged"), merge.merged}}, {}, {}});
        !logged)
        return logged.error();
    return change.commit();
}

} // namespace candor
