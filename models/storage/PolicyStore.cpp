// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PolicyStore.h"

#include "AuditStore.h"
#include "ProjectChange.h"
#include "ProjectStore.h"
#include "SqlSupport.h"
#include "core/TextContexts.h"

#include <QDateTime>
#include <QJsonDocument>

namespace candor {

Result<policy::Policy> PolicyStore::policy() const
{
    auto stored = ProjectStore(m_project).setting(QStringLiteral("policy"));
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return policy::Policy::defaults();
    return policy::Policy::fromJson(stored->toUtf8(), m_project.path());
}

Status PolicyStore::setPolicy(const policy::Policy &policy, const QString &by) const
{
    ProjectChange change(m_project, ProjectChange::Reach::Other);
    if (!change.isActive())
        return change.error();
    const QByteArray json = policy.toJson();
    if (auto kept = change.run("INSERT OR REPLACE INTO project_settings(key, value) VALUES ('policy', ?)",
                               {QString::fromUtf8(json)});
        !kept)
        return kept.error();
    const QJsonObject details{{QStringLiteral("policy"), QJsonDocument::fromJson(json).object()}};
    if (auto logged = AuditStore::append(change, {by, QStringLiteral("policy_changed"), {}, details, {}, {}}); !logged)
        return logged.error();
    return change.commit();
}

Result<QList<policy::Resolution>> PolicyStore::resolutions(qint64 shortlistId) const
{
    auto query = sql::run(m_project.database(), m_project.path(),
                          QStringLiteral("SELECT id, rule_id, subject_key, kind, reason, decided_by, decided_at,"
                                         " decision_id FROM policy_resolutions WHERE shortlist_id = ? ORDER BY id"),
                          {shortlistId});
    if (!query)
        return query.error();
    QList<policy::Resolution> found;
    while (query->next()) {
        const bool acknowledged = query->value(3).toString() == QLatin1String("acknowledge");
        found << policy::Resolution{query->value(0).toLongLong(),
                                    query->value(1).toString(),
                                    query->value(2).toString(),
                                    acknowledged ? policy::ResolutionKind::Acknowledge : policy::ResolutionKind::Override,
                                    query->value(4).toString(),
                                    query->value(5).toString(),
                                    query->value(6).toString(),
                                    query->value(7).toLongLong()};
    }
    return found;
}

Result<qint64> PolicyStore::resolve(qint64 shortlistId, qint64 accountId, const policy::Resolution &resolution) const
{
    const policy::ResolutionKind kind = policy::resolutionKindOf(resolution.ruleId);
    if (kind == policy::ResolutionKind::None)
        return Error{
            m_project.path(),
            StorageText::tr("a %1 finding is resolved only by acting on it (removing the creator, renewing "
                            "the consent, deciding again with a reason), not by a note")
                .arg(resolution.ruleId),
            {}};
    if (resolution.reason.trimmed().isEmpty())
        return Error{m_project.path(), StorageText::tr("a resolution needs a written reason"), {}};
    if (resolution.by.trimmed().isEmpty())
        return Error{m_project.path(),
                     StorageText::tr("a resolution is written by a named person: give your name"),
                     {}};
    ProjectChange change(m_project, ProjectChange::Reach::Other);
    if (!change.isActive())
        return change.error();
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    auto inserted = change.run("INSERT INTO policy_resolutions(shortlist_id, account_id, rule_id, subject_key, kind,"
                               " reason, decided_by, decided_at, decision_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                               {shortlistId, accountId == 0 ? QVariant() : QVariant(accountId), resolution.ruleId,
                                resolution.subjectKey, policy::resolutionKindKey(kind), resolution.reason.trimmed(),
                                resolution.by.trimmed(), at, resolution.decisionId});
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted->lastInsertId().toLongLong();
    std::optional<qint64> creator;
    if (accountId != 0) {
        auto found = AuditStore::creatorOfAccount(change, accountId);
        if (!found)
            return found.error();
        creator = *found;
    }
    // A group's note is about no one; a creator's reason may say things about them, so it is kept apart.
    QJsonObject details{{QStringLiteral("shortlist"), shortlistId},
                        {QStringLiteral("rule"), resolution.ruleId},
                        {QStringLiteral("kind"), policy::resolutionKindKey(kind)},
                        {QStringLiteral("decision"), resolution.decisionId}};
    QJsonObject payload;
    (accountId == 0 ? details : payload).insert(QStringLiteral("reason"), resolution.reason.trimmed());
    if (auto logged = AuditStore::append(change, {resolution.by.trimmed(), QStringLiteral("policy_resolved"),
                                                  resolution.subjectKey, details, payload, creator});
        !logged)
        return logged.error();
    if (auto committed = change.commit(); !committed)
        return committed.error();
    return id;
}

Result<QByteArray> PolicyStore::approvalSnapshot(qint64 shortlistId) const
{
    auto query = sql::run(m_project.database(), m_project.path(),
                          QStringLiteral("SELECT approval_snapshot FROM shortlists WHERE id = ?"), {shortlistId});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toString().toUtf8() : QByteArray();
}

} // namespace candor
