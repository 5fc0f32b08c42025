// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ShortlistStore.h"

#include "AuditStore.h"
#include "ProjectChange.h"
#include "SqlSupport.h"
#include "core/TextContexts.h"

#include <QDateTime>

namespace candor {
namespace {

Decision decisionFrom(const QSqlQuery &q, const sql::Columns &c)
{
    Decision d;
    d.id = q.value(c["id"]).toLongLong();
    d.accountId = q.value(c["account_id"]).toLongLong();
    d.kind = decisionFromKey(q.value(c["decision"]).toString()).value_or(DecisionKind::Shortlisted);
    d.reason = q.value(c["reason"]).toString();
    d.decidedBy = q.value(c["decided_by"]).toString();
    d.decidedAt = q.value(c["decided_at"]).toString();
    d.isOverride = q.value(c["is_override"]).toInt() != 0;
    d.rankAtDecision = sql::optionalValue<int>(q.value(c["rank_at_decision"]));
    d.scoreAtDecision = sql::optionalValue<double>(q.value(c["score_at_decision"]));
    d.replacesId = q.value(c["replaces_id"]).toLongLong();
    return d;
}

constexpr auto kColumns =
    "id, account_id, decision, reason, decided_by, decided_at, is_override, rank_at_decision,"
    " score_at_decision, replaces_id";

// Clears the shortlist's approval inside `change`; whether there was one to clear.
Result<bool> withdrawApproval(const ProjectChange &change, qint64 shortlistId)
{
    auto cleared = change.run("UPDATE shortlists SET approved_by = '', approved_at = '' WHERE id = ? AND approved_by <> ''",
                              {shortlistId});
    if (!cleared)
        return cleared.error();
    return cleared->numRowsAffected() > 0;
}

} // namespace

Result<qint64> ShortlistStore::shortlistFor(qint64 campaignId, qint64 scoringModelId) const
{
    auto found = sql::run(
        m_project.database(), m_project.path(),
        QStringLiteral("SELECT id FROM shortlists WHERE campaign_id = ? ORDER BY id LIMIT 1"), {campaignId});
    if (!found)
        return found.error();
    if (found->next())
        return found->value(0).toLongLong();
    return ProjectChange::insertOne(m_project,
                                    "INSERT INTO shortlists(campaign_id, name, created_at, scoring_model_id)"
                                    " VALUES (?, 'Shortlist', ?, ?)",
                                    {campaignId, QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                                     scoringModelId == 0 ? QVariant() : QVariant(scoringModelId)},
                                    ProjectChange::Reach::Other);
}

Result<QList<Decision>> ShortlistStore::history(qint64 shortlistId) const
{
    auto query =
        sql::run(m_project.database(), m_project.path(),
                 QStringLiteral("SELECT %1 FROM shortlist_decisions WHERE shortlist_id = ? ORDER BY id")
                     .arg(QLatin1String(kColumns)),
                 {shortlistId});
    if (!query)
        return query.error();
    QList<Decision> decisions;
    const sql::Columns columns(*query);
    while (query->next())
        decisions << decisionFrom(*query, columns);
    return decisions;
}

Result<ShortlistStore::Current> ShortlistStore::currentDecisions(qint64 shortlistId) const
{
    auto all = history(shortlistId);
    if (!all)
        return all.error();
    Current current;
    for (const Decision &d : std::as_const(*all)) {
        current.latestId.insert(d.accountId, d.id);
        if (d.kind == DecisionKind::Removed)
            current.decisions.remove(d.accountId);
        else
            current.decisions.insert(d.accountId, d);
    }
    return current;
}

Result<qint64> ShortlistStore::add(qint64 shortlistId, const Decision &d, const QJsonObject &context) const
{
    if (d.reason.trimmed().isEmpty())
        return Error{m_project.path(),
                     d.isOverride ? StorageText::tr(
                                        "this decision goes against the ranking: write why before saving it")
                                  : StorageText::tr("every decision needs a reason"),
                     {}};
    ProjectChange change(m_project, ProjectChange::Reach::Other);
    if (!change.isActive())
        return change.error();
    const QString at = d.decidedAt.isEmpty() ? QDateTime::currentDateTimeUtc().toString(Qt::ISODate) : d.decidedAt;
    auto added = change.run("INSERT INTO shortlist_decisions(shortlist_id, account_id, decision, reason, decided_by,"
                            " decided_at, is_override, rank_at_decision, score_at_decision, replaces_id)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            {shortlistId, d.accountId, decisionKey(d.kind), d.reason.trimmed(), d.decidedBy, at,
                             d.isOverride ? 1 : 0, sql::nullable(d.rankAtDecision), sql::nullable(d.scoreAtDecision),
                             d.replacesId});
    if (!added && added.error().kind == ErrorKind::Conflict)
        return Error{
            m_project.path(),
            StorageText::tr("someone else (another Candor window, or another computer sharing the file) "
                            "decided on this creator meanwhile; nothing was recorded: look at the decision "
                            "now shown and decide again if you still want to"),
            added.error().detail, ErrorKind::Conflict};
    if (!added)
        return added.error();
    const qint64 id = added->lastInsertId().toLongLong();
    auto withdrawn = withdrawApproval(change, shortlistId);
    if (!withdrawn)
        return withdrawn.error();
    QJsonObject details = context;
    if (*withdrawn)
        details.insert(QStringLiteral("approval_withdrawn"), true);
    details.insert(QStringLiteral("decision"), decisionKey(d.kind));
    details.insert(QStringLiteral("shortlist"), shortlistId);
    details.insert(QStringLiteral("decision_id"), id);
    details.insert(QStringLiteral("override"), d.isOverride);
    if (d.rankAtDecision)
        details.insert(QStringLiteral("rank_at_decision"), *d.rankAtDecision);
    if (d.scoreAtDecision)
        details.insert(QStringLiteral("score_at_decision"), *d.scoreAtDecision);
    auto creator = AuditStore::creatorOfAccount(change, d.accountId);
    if (!creator)
        return creator.error();
    if (auto logged = AuditStore::append(change, {d.decidedBy, QStringLiteral("decision"),
                                                  QStringLiteral("account:%1").arg(d.accountId), details,
                                                  QJsonObject{{QStringLiteral("reason"), d.reason.trimmed()}}, *creator});
        !logged)
        return logged.error();
    if (auto committed = change.commit(); !committed)
        return committed.error();
    return id;
}

Status ShortlistStore::remove(qint64 decisionId, const QString &by) const
{
    ProjectChange change(m_project, ProjectChange::Reach::Other);
    if (!change.isActive())
        return change.error();
    auto account = change.run("SELECT account_id, shortlist_id FROM shortlist_decisions WHERE id = ?", {decisionId});
    if (!account)
        return account.error();
    const bool found = account->next();
    const qint64 accountId = found ? account->value(0).toLongLong() : 0;
    const qint64 shortlistId = found ? account->value(1).toLongLong() : 0;
    account->finish();
    if (auto removed = change.run("DELETE FROM shortlist_decisions WHERE id = ?", {decisionId}); !removed)
        return removed.error();
    auto withdrawn = withdrawApproval(change, shortlistId);
    if (!withdrawn)
        return withdrawn.error();
    QJsonObject details{{QStringLiteral("decision_id"), decisionId}};
    if (*withdrawn)
        details.insert(QStringLiteral("approval_withdrawn"), true);
    // Taking a decision back is itself on the record: the log keeps that it was made and that it was undone.
    if (auto logged = AuditStore::append(change, {by, QStringLiteral("decision_undone"),
                                                  QStringLiteral("account:%1").arg(accountId), details, {}, {}});
        !logged)
        return logged.error();
    return change.commit();
}

Result<ShortlistStore::Approval> ShortlistStore::approval(qint64 shortlistId) const
{
    auto query = sql::run(m_project.database(), m_project.path(),
                          QStringLiteral("SELECT approved_by, approved_at FROM shortlists WHERE id = ?"), {shortlistId});
    if (!query)
        return query.error();
    if (!query->next())
        return Approval{};
    return Approval{query->value(0).toString(), query->value(1).toString()};
}

Result<QList<qint64>> ShortlistStore::approvedCampaigns() const
{
    auto query = sql::run(m_project.database(), m_project.path(),
                          QStringLiteral("SELECT DISTINCT campaign_id FROM shortlists WHERE approved_by <> '' ORDER BY campaign_id"));
    if (!query)
        return query.error();
    QList<qint64> ids;
    while (query->next())
        ids << query->value(0).toLongLong();
    return ids;
}

Status ShortlistStore::approve(qint64 shortlistId, const QString &by, const QJsonObject &context,
                              const QByteArray &policySnapshot) const
{
    const QString name = by.trimmed();
    if (name.isEmpty())
        return Error{m_project.path(),
                     StorageText::tr("a shortlist is approved by a named person: give your name"),
                     {}};
    auto current = currentDecisions(shortlistId);
    if (!current)
        return current.error();
    int chosen = 0;
    int rejected = 0;
    int overrides = 0;
    for (const Decision &d : std::as_const(current->decisions)) {
        (d.kind == DecisionKind::Rejected ? rejected : chosen) += 1;
        overrides += d.isOverride ? 1 : 0;
    }
    if (chosen == 0)
        return Error{m_project.path(),
                     StorageText::tr("nobody is on the shortlist yet: there is nothing to approve"),
                     {}};
    ProjectChange change(m_project, ProjectChange::Reach::Other);
    if (!change.isActive())
        return change.error();
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (auto done = change.run("UPDATE shortlists SET approved_by = ?, approved_at = ?, approval_snapshot = ? WHERE id = ?",
                               {name, at, QString::fromUtf8(policySnapshot), shortlistId});
        !done)
        return done.error();
    auto campaign = change.run("SELECT campaign_id FROM shortlists WHERE id = ?", {shortlistId});
    if (!campaign)
        return campaign.error();
    QJsonObject details = context;
    details.insert(QStringLiteral("shortlist"), shortlistId);
    details.insert(QStringLiteral("campaign"), campaign->next() ? campaign->value(0).toLongLong() : 0);
    campaign->finish();
    details.insert(QStringLiteral("chosen"), chosen);
    details.insert(QStringLiteral("rejected"), rejected);
    details.insert(QStringLiteral("overrides"), overrides);
    if (auto logged = AuditStore::append(change, {name, QStringLiteral("shortlist_approved"),
                                                  QStringLiteral("shortlist:%1").arg(shortlistId), details, {}, {}});
        !logged)
        return logged.error();
    return change.commit();
}

} // namespace candor
