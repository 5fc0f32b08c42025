// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PrivacyStore.h"

#include "AuditStore.h"
#include "ProjectChange.h"
#include "SqlSupport.h"
#include "core/TextContexts.h"
#include "domain/Platform.h"

#include <QJsonObject>

namespace candor {

using privacy::CreatorFacts;
using privacy::LawfulBasis;
using privacy::Policy;

namespace {

constexpr const char *kRetentionKey = "retention_months";
constexpr const char *kNoticeKey = "consent_notice_days";

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

QString textOf(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString creatorTarget(qint64 creatorId)
{
    return QStringLiteral("creator:%1").arg(creatorId);
}

} // namespace

Result<Policy> PrivacyStore::policy() const
{
    auto query = sql::run(m_project.database(), m_project.path(),
                          QStringLiteral("SELECT key, value FROM project_settings WHERE key IN (?, ?)"),
                          {QLatin1String(kRetentionKey), QLatin1String(kNoticeKey)});
    if (!query)
        return query.error();
    Policy policy = Policy::defaults();
    while (query->next()) {
        bool ok = false;
        const int value = query->value(1).toString().toInt(&ok);
        if (!ok)
            continue; // not written by Candor: the default holds, and setPolicy() writes a good value again
        (query->value(0).toString() == QLatin1String(kRetentionKey) ? policy.retentionMonths
                                                                     : policy.consentNoticeDays) = value;
    }
    return policy;
}

Status PrivacyStore::setPolicy(const Policy &policy, const QString &by) const
{
    if (const QStringList errors = policy.validationErrors(); !errors.isEmpty())
        return Error{m_project.path(), errors.join(QStringLiteral("; ")), {}};
    auto before = this->policy();
    if (!before)
        return before.error();
    ProjectChange change(m_project, ProjectChange::Reach::Other);
    if (!change.isActive())
        return change.error();
    const std::pair<const char *, int> values[] = {{kRetentionKey, policy.retentionMonths},
                                                   {kNoticeKey, policy.consentNoticeDays}};
    for (const auto &[key, value] : values) {
        if (auto kept = change.run("INSERT OR REPLACE INTO project_settings(key, value) VALUES (?, ?)",
                                   {QLatin1String(key), QString::number(value)});
            !kept)
            return kept.error();
    }
    const QJsonObject details{{QStringLiteral("retention_months"), policy.retentionMonths},
                              {QStringLiteral("consent_notice_days"), policy.consentNoticeDays},
                              {QStringLiteral("before"),
                               QJsonObject{{QStringLiteral("retention_months"), before->retentionMonths},
                                           {QStringLiteral("consent_notice_days"), before->consentNoticeDays}}}};
    if (auto logged = AuditStore::append(change, {by, QStringLiteral("privacy_policy"), {}, details, {}, {}}); !logged)
        return logged.error();
    return change.commit();
}

QString PrivacyStore::factsQuery(bool oneCreator)
{
    // Last use: the newest figures (the day they were true or imported, whichever is later), decision, note or
    // renewal. Each subquery walks one creator's accounts by index.
    return QStringLiteral(
               "SELECT c.id, c.display_name, c.lawful_basis, c.informed_on, c.do_not_profile, c.created_at,"
               " max(c.retention_renewed_on,"
               "  coalesce((SELECT max(max(s.as_of, coalesce(substr(b.imported_at, 1, 10), '')))"
               "   FROM accounts a JOIN metric_snapshots s ON s.account_id = a.id"
               "   LEFT JOIN import_batches b ON b.id = s.batch_id WHERE a.creator_id = c.id), ''),"
               "  coalesce((SELECT max(substr(d.decided_at, 1, 10)) FROM accounts a"
               "   JOIN shortlist_decisions d ON d.account_id = a.id WHERE a.creator_id = c.id), ''),"
               "  coalesce((SELECT max(substr(n.written_at, 1, 10)) FROM accounts a"
               "   JOIN candidate_notes n ON n.account_id = a.id WHERE a.creator_id = c.id), '')) AS last_used,"
               " (SELECT group_concat(a.platform || ':' || a.handle, char(10)) FROM"
               "  (SELECT platform, handle FROM accounts WHERE creator_id = c.id ORDER BY id) a) AS accounts"
               " FROM creators c") +
           (oneCreator ? QStringLiteral(" WHERE c.id = ?") : QString()) + QStringLiteral(" ORDER BY c.id");
}

Status PrivacyStore::forEachCreator(const std::function<bool(CreatorFacts &&)> &visit,
                                    std::optional<qint64> onlyCreator) const
{
    const QSqlDatabase db = m_project.database();
    const QString file = m_project.path();
    const QVariantList only = onlyCreator ? QVariantList{*onlyCreator} : QVariantList{};
    auto consents = sql::run(db, file,
                             QStringLiteral("SELECT creator_id, attribute, consent_given_on, consent_expires_on"
                                            " FROM creator_attributes") +
                                 (onlyCreator ? QStringLiteral(" WHERE creator_id = ?") : QString()) +
                                 QStringLiteral(" ORDER BY creator_id, attribute"),
                             only);
    if (!consents)
        return consents.error();
    sql::AccountCursor consentsOf(std::move(*consents), "creator_id");
    auto query = sql::run(db, file, factsQuery(onlyCreator.has_value()), only);
    if (!query)
        return query.error();
    const sql::Columns c(*query);
    while (query->next()) {
        CreatorFacts f;
        f.creatorId = query->value(c["id"]).toLongLong();
        f.name = query->value(c["display_name"]).toString();
        QStringList handles;
        for (const QString &account : query->value(c["accounts"]).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const auto platform = platformFromText(account.section(QLatin1Char(':'), 0, 0));
            handles << QStringLiteral("@%1 (%2)").arg(account.section(QLatin1Char(':'), 1),
                                                    platform ? platformDisplayName(*platform) : QString());
        }
        f.handles = handles.join(QStringLiteral(", "));
        f.basis = privacy::lawfulBasisFromKey(query->value(c["lawful_basis"]).toString()).value_or(LawfulBasis::None);
        f.informedOn = dateOf(query->value(c["informed_on"]));
        f.doNotProfile = query->value(c["do_not_profile"]).toInt() != 0;
        f.firstHeld = dateOf(query->value(c["created_at"]));
        f.lastUsed = dateOf(query->value(c["last_used"]));
        if (!f.lastUsed.isValid() || f.lastUsed < f.firstHeld)
            f.lastUsed = f.firstHeld;
        consentsOf.rowsOf(f.creatorId, [&f](const QSqlQuery &row) {
            f.consents << privacy::ConsentFacts{row.value(1).toString(), dateOf(row.value(2)), dateOf(row.value(3))};
        });
        if (!visit(std::move(f)))
            break;
    }
    return success();
}

Result<CreatorFacts> PrivacyStore::facts(qint64 creatorId) const
{
    std::optional<CreatorFacts> found;
    if (auto read = forEachCreator(
            [&found](CreatorFacts &&f) {
                found = std::move(f);
                return false;
            },
            creatorId);
        !read)
        return read.error();
    if (!found)
        return Error{m_project.path(), StorageText::tr("has no creator with id %1").arg(creatorId), {}};
    return std::move(*found);
}

Result<QList<PrivacyStore::ReviewRow>> PrivacyStore::review(const QDate &today) const
{
    auto policy = this->policy();
    if (!policy)
        return policy.error();
    QList<ReviewRow> rows;
    if (auto read = forEachCreator([&](CreatorFacts &&f) {
            for (privacy::Finding &finding : privacy::findingsOf(f, *policy, today))
                rows << ReviewRow{std::move(finding), f.name, f.handles};
            return true;
        });
        !read)
        return read.error();
    return rows;
}

Status PrivacyStore::changeRecords(const QList<qint64> &creatorIds, const RecordChange &record, const QString &reason,
                                   const QString &by) const
{
    // Only "do not profile" changes who is ranked; the other fields never reach a score.
    ProjectChange change(m_project, record.doNotProfile ? ProjectChange::Reach::CandidateData
                                                        : ProjectChange::Reach::Other);
    if (!change.isActive())
        return change.error();
    for (const qint64 creatorId : creatorIds) {
        auto current = change.run("SELECT lawful_basis, informed_on, do_not_profile, retention_renewed_on"
                                  " FROM creators WHERE id = ?",
                                  {creatorId});
        if (!current)
            return current.error();
        if (!current->next())
            return Error{m_project.path(), StorageText::tr("has no creator with id %1").arg(creatorId), {}};
        const QString before[] = {current->value(0).toString(), current->value(1).toString(),
                                  current->value(2).toInt() != 0 ? QStringLiteral("yes") : QStringLiteral("no"),
                                  current->value(3).toString()};
        current->finish();
        const QString after[] = {
            record.basis ? privacy::lawfulBasisKey(*record.basis) : before[0],
            record.informedOn ? textOf(*record.informedOn) : before[1],
            record.doNotProfile ? (*record.doNotProfile ? QStringLiteral("yes") : QStringLiteral("no")) : before[2],
            record.retentionRenewedOn ? textOf(*record.retentionRenewedOn) : before[3]};
        static const char *const fields[] = {"lawful_basis", "informed_on", "do_not_profile", "retention_renewed_on"};
        QJsonObject changed;
        for (int i = 0; i < 4; ++i) {
            if (before[i] != after[i])
                changed.insert(QLatin1String(fields[i]),
                               QJsonObject{{QStringLiteral("from"), before[i]}, {QStringLiteral("to"), after[i]}});
        }
        if (changed.isEmpty())
            continue;
        if (auto done = change.run("UPDATE creators SET lawful_basis = ?, informed_on = ?, do_not_profile = ?,"
                                   " retention_renewed_on = ? WHERE id = ?",
                                   {after[0], after[1], after[2] == QLatin1String("yes") ? 1 : 0, after[3], creatorId});
            !done)
            return done.error();
        const QJsonObject payload =
            reason.trimmed().isEmpty() ? QJsonObject{} : QJsonObject{{QStringLiteral("reason"), reason.trimmed()}};
        if (auto logged = AuditStore::append(change, {by, QStringLiteral("privacy_record"), creatorTarget(creatorId),
                                                      changed, payload, creatorId});
            !logged)
            return logged.error();
    }
    return change.commit();
}

Status PrivacyStore::renewConsent(qint64 creatorId, const QString &attribute, const QDate &givenOn,
                                  const QDate &expiresOn, const QString &evidence, const QString &by) const
{
    if (!givenOn.isValid())
        return Error{m_project.path(), StorageText::tr("a renewed consent needs the date it was given"), {}};
    if (expiresOn.isValid() && expiresOn < givenOn)
        return Error{m_project.path(),
                     StorageText::tr("a consent cannot expire (%1) before it was given (%2)")
                         .arg(textOf(expiresOn), textOf(givenOn)),
                     {}};
    ProjectChange change(m_project, ProjectChange::Reach::Other); // attributes are for audits only
    if (!change.isActive())
        return change.error();
    auto done = change.run("UPDATE creator_attributes SET consent_given_on = ?, consent_expires_on = ?,"
                           " consent_evidence = CASE WHEN ? = '' THEN consent_evidence ELSE ? END"
                           " WHERE creator_id = ? AND attribute = ?",
                           {textOf(givenOn), textOf(expiresOn), evidence, evidence, creatorId, attribute.toLower()});
    if (!done)
        return done.error();
    if (done->numRowsAffected() == 0)
        return Error{m_project.path(),
                     StorageText::tr("creator %1 has no self-declared \"%2\" to renew the consent of")
                         .arg(creatorId)
                         .arg(attribute),
                     {}};
    const QJsonObject details{{QStringLiteral("attribute"), attribute.toLower()},
                              {QStringLiteral("given_on"), textOf(givenOn)},
                              {QStringLiteral("expires_on"), textOf(expiresOn)}};
    const QJsonObject payload =
        evidence.isEmpty() ? QJsonObject{} : QJsonObject{{QStringLiteral("evidence"), evidence}};
    if (auto logged = AuditStore::append(change, {by, QStringLiteral("consent_renewed"), creatorTarget(creatorId),
                                                  details, payload, creatorId});
        !logged)
        return logged.error();
    return change.commit();
}

} // namespace candor
