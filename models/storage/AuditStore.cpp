// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AuditStore.h"

#include "ProjectChange.h"
#include "SqlSupport.h"
#include "core/TextContexts.h"

#include <QDateTime>
#include <QJsonDocument>

namespace candor {
namespace {

constexpr const char *kEntryColumns =
    "l.sequence, l.at, l.user, l.action, l.target, l.details, l.payload_sha256, l.previous_sha256, l.sha256";

audit::Entry entryFromRow(const QSqlQuery &row)
{
    return audit::Entry{row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString(),
                        row.value(3).toString(),   row.value(4).toString(), row.value(5).toString(),
                        row.value(6).toString(),   row.value(7).toString(), row.value(8).toString()};
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

Status AuditStore::append(const ProjectChange &change, const AuditEvent &event)
{
    auto last = change.run("SELECT sequence, at, user, action, target, details, payload_sha256, previous_sha256,"
                           " sha256 FROM audit_log ORDER BY sequence DESC LIMIT 1");
    if (!last)
        return last.error();
    std::optional<audit::Entry> previous;
    if (last->next())
        previous = entryFromRow(*last);
    last->finish();
    audit::Entry entry;
    entry.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    entry.user = event.user;
    entry.action = event.action;
    entry.target = event.target;
    entry.details = compact(event.details);
    const QString payload = event.payload.isEmpty() ? QString() : compact(event.payload);
    entry.payloadSha256 = payload.isEmpty() ? QString() : audit::sha256Hex(payload.toUtf8());
    entry = audit::chained(entry, previous ? &*previous : nullptr);
    if (auto added = change.run("INSERT INTO audit_log(sequence, at, user, action, target, details, payload_sha256,"
                                " previous_sha256, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                {entry.sequence, entry.at, entry.user, entry.action, entry.target, entry.details,
                                 entry.payloadSha256, entry.previousSha256, entry.sha256});
        !added)
        return added.error();
    if (!payload.isEmpty()) {
        if (auto kept = change.run("INSERT INTO audit_payloads(sequence, creator_id, content) VALUES (?, ?, ?)",
                                   {entry.sequence, sql::nullable(event.creatorId), payload});
            !kept)
            return kept.error();
    }
    // The head, kept beside the log: a tail cut off the log no longer matches it.
    for (const auto &[key, value] : {std::pair{"audit_head_count", QString::number(entry.sequence)},
                                     std::pair{"audit_head_sha256", entry.sha256}}) {
        if (auto moved = change.run("INSERT OR REPLACE INTO project_settings(key, value) VALUES (?, ?)",
                                    {QLatin1String(key), value});
            !moved)
            return moved.error();
    }
    return success();
}

Result<std::optional<qint64>> AuditStore::creatorOfAccount(const ProjectChange &change, qint64 accountId)
{
    auto row = change.run("SELECT creator_id FROM accounts WHERE id = ?", {accountId});
    if (!row)
        return row.error();
    return row->next() ? std::optional<qint64>(row->value(0).toLongLong()) : std::nullopt;
}

Result<QSqlQuery> AuditStore::select(const Filter &filter, const char *moreColumns) const
{
    QString statement = QStringLiteral("SELECT ") + QLatin1String(kEntryColumns) + QLatin1String(moreColumns) +
                        QStringLiteral(" FROM audit_log l");
    QStringList conditions;
    QVariantList values;
    if (filter.creatorId) {
        // About them: their personal details, the creator or one of their accounts as the target, or an import
        // that brought their figures, audience or posts.
        conditions << QStringLiteral(
            "(l.sequence IN (SELECT sequence FROM audit_payloads WHERE creator_id = ?)"
            " OR l.target = 'creator:' || ?"
            " OR l.target IN (SELECT 'account:' || id FROM accounts WHERE creator_id = ?)"
            " OR l.target IN (SELECT 'batch:' || s.batch_id FROM accounts a JOIN metric_snapshots s"
            "  ON s.account_id = a.id WHERE a.creator_id = ?"
            "  UNION SELECT 'batch:' || d.batch_id FROM accounts a JOIN audience_shares d ON d.account_id = a.id"
            "  WHERE a.creator_id = ?"
            "  UNION SELECT 'batch:' || p.batch_id FROM accounts a JOIN posts p ON p.account_id = a.id"
            "  WHERE a.creator_id = ?))");
        for (int i = 0; i < 6; ++i)
            values << *filter.creatorId;
    }
    if (filter.campaignId) {
        conditions << QStringLiteral("(l.target = 'campaign:' || ? OR json_extract(l.details, '$.campaign') = ?"
                                     " OR json_extract(l.details, '$.shortlist') IN"
                                     " (SELECT id FROM shortlists WHERE campaign_id = ?))");
        values << *filter.campaignId << *filter.campaignId << *filter.campaignId;
    }
    QStringList actions;
    for (const QString &wanted : filter.action.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString action = wanted.trimmed();
        if (action.endsWith(QLatin1Char('*'))) {
            actions << QStringLiteral("l.action LIKE ? ESCAPE '\\'");
            QString prefix = action.chopped(1);
            values << prefix.replace(QLatin1Char('_'), QStringLiteral("\\_")) + QLatin1Char('%');
        } else {
            actions << QStringLiteral("l.action = ?");
            values << action;
        }
    }
    if (!actions.isEmpty())
        conditions << QLatin1Char('(') + actions.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    if (!conditions.isEmpty())
        statement += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return sql::run(m_project.database(), m_project.path(), statement + QStringLiteral(" ORDER BY l.sequence"), values);
}

Result<QList<audit::Entry>> AuditStore::entries(const Filter &filter) const
{
    auto rows = select(filter, "");
    if (!rows)
        return rows.error();
    QList<audit::Entry> list;
    while (rows->next())
        list << entryFromRow(*rows);
    return list;
}

Result<QList<AuditStore::Row>> AuditStore::rows(const Filter &filter) const
{
    // The personal details and what the target is called now, looked up for the entries shown only (a project
    // of a million accounts has a million names it need not read).
    auto rows = select(filter,
                       ", (SELECT content FROM audit_payloads p WHERE p.sequence = l.sequence),"
                       " CASE WHEN l.target LIKE 'account:%' THEN (SELECT '@' || handle || ' (' || platform || ')'"
                       "   FROM accounts WHERE id = CAST(substr(l.target, 9) AS INTEGER))"
                       " WHEN l.target LIKE 'creator:%' THEN (SELECT display_name FROM creators"
                       "   WHERE id = CAST(substr(l.target, 9) AS INTEGER))"
                       " WHEN l.target LIKE 'campaign:%' THEN (SELECT name FROM campaigns"
                       "   WHERE id = CAST(substr(l.target, 10) AS INTEGER))"
                       " WHEN l.target LIKE 'model:%' THEN (SELECT name || ' v' || version FROM scoring_models"
                       "   WHERE id = CAST(substr(l.target, 7) AS INTEGER))"
                       " WHEN l.target LIKE 'shortlist:%' THEN (SELECT 'shortlist of ' || c.name FROM shortlists s"
                       "   JOIN campaigns c ON c.id = s.campaign_id WHERE s.id = CAST(substr(l.target, 11) AS INTEGER))"
                       " END");
    if (!rows)
        return rows.error();
    QList<Row> list;
    while (rows->next()) {
        Row row;
        row.entry = entryFromRow(*rows);
        const QVariant payload = rows->value(9);
        if (!payload.isNull())
            row.personal = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
        row.erased = !row.entry.payloadSha256.isEmpty() && payload.isNull();
        row.about = rows->value(10).toString();
        list << row;
    }
    return list;
}

Result<AuditStore::Head> AuditStore::head() const
{
    auto head = sql::run(m_project.database(), m_project.path(),
                         QStringLiteral("SELECT (SELECT value FROM project_settings WHERE key = 'audit_head_count'),"
                                        " (SELECT value FROM project_settings WHERE key = 'audit_head_sha256')"));
    if (!head)
        return head.error();
    head->next();
    return Head{head->value(0).toLongLong(), head->value(1).toString()};
}

Result<audit::ChainVerdict> AuditStore::verify() const
{
    auto all = entries();
    if (!all)
        return all.error();
    auto head = this->head();
    if (!head)
        return head.error();
    audit::ChainVerdict verdict = audit::verifyChain(*all, head->count, head->sha256);
    if (!verdict.ok)
        return verdict;
    // A payload must be the one its entry was written with; an erased one is simply gone.
    auto payloads = sql::run(m_project.database(), m_project.path(),
                             QStringLiteral("SELECT p.sequence, p.content, l.payload_sha256 FROM audit_payloads p"
                                            " LEFT JOIN audit_log l ON l.sequence = p.sequence ORDER BY p.sequence"));
    if (!payloads)
        return payloads.error();
    while (payloads->next()) {
        if (payloads->value(2).isNull()) {
            verdict.ok = false;
            verdict.firstBroken = payloads->value(0).toLongLong();
            verdict.reason =
                StorageText::tr("entry %1 is missing, though its personal details are still there (it "
                                "was deleted)")
                    .arg(payloads->value(0).toLongLong());
            return verdict;
        }
        if (audit::sha256Hex(payloads->value(1).toString().toUtf8()) != payloads->value(2).toString()) {
            verdict.ok = false;
            verdict.firstBroken = payloads->value(0).toLongLong();
            verdict.reason =
                StorageText::tr("the personal details of entry %1 were changed after they were written: "
                                "they no longer match the hash the entry keeps")
                    .arg(payloads->value(0).toLongLong());
            return verdict;
        }
    }
    return verdict;
}

} // namespace candor
