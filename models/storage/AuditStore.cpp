#include "AuditStore.h"

#include "ProjectChange.h"
#include "SqlSupport.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>

namespace candor {
namespace {

constexpr const char *kEntryColumns =
    "sequence, at, user, action, target, details, payload_sha256, previous_sha256, sha256";

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

Result<QList<audit::Entry>> AuditStore::entries(const Filter &filter) const
{
    QString statement = QStringLiteral("SELECT ") + QLatin1String(kEntryColumns) + QStringLiteral(" FROM audit_log");
    QStringList conditions;
    QVariantList values;
    if (filter.creatorId) {
        conditions << QStringLiteral("sequence IN (SELECT sequence FROM audit_payloads WHERE creator_id = ?)");
        values << *filter.creatorId;
    }
    if (filter.campaignId) {
        conditions << QStringLiteral("(target = 'campaign:' || ? OR json_extract(details, '$.campaign') = ?"
                                     " OR json_extract(details, '$.shortlist') IN"
                                     " (SELECT id FROM shortlists WHERE campaign_id = ?))");
        values << *filter.campaignId << *filter.campaignId << *filter.campaignId;
    }
    if (filter.action.endsWith(QLatin1Char('*'))) {
        conditions << QStringLiteral("action LIKE ? ESCAPE '\\'");
        QString prefix = filter.action.chopped(1);
        values << prefix.replace(QLatin1Char('_'), QStringLiteral("\\_")) + QLatin1Char('%');
    } else if (!filter.action.isEmpty()) {
        conditions << QStringLiteral("action = ?");
        values << filter.action;
    }
    if (!conditions.isEmpty())
        statement += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    auto rows = sql::run(m_project.database(), m_project.path(), statement + QStringLiteral(" ORDER BY sequence"),
                         values);
    if (!rows)
        return rows.error();
    QList<audit::Entry> list;
    while (rows->next())
        list << entryFromRow(*rows);
    return list;
}

Result<QList<AuditStore::Row>> AuditStore::rows(const Filter &filter) const
{
    auto list = entries(filter);
    if (!list)
        return list.error();
    // What each kind of target is called now, looked up once per target.
    auto names = sql::run(m_project.database(), m_project.path(),
                          QStringLiteral("SELECT 'account:' || id, '@' || handle || ' (' || platform || ')' FROM accounts"
                                         " UNION ALL SELECT 'creator:' || id, display_name FROM creators"
                                         " UNION ALL SELECT 'campaign:' || id, name FROM campaigns"
                                         " UNION ALL SELECT 'model:' || id, name || ' v' || version FROM scoring_models"));
    if (!names)
        return names.error();
    QHash<QString, QString> nameOf;
    while (names->next())
        nameOf.insert(names->value(0).toString(), names->value(1).toString());
    auto payloads = sql::run(m_project.database(), m_project.path(),
                             QStringLiteral("SELECT sequence, content FROM audit_payloads"));
    if (!payloads)
        return payloads.error();
    QHash<qint64, QString> payloadOf;
    while (payloads->next())
        payloadOf.insert(payloads->value(0).toLongLong(), payloads->value(1).toString());
    QList<Row> rows;
    rows.reserve(list->size());
    for (audit::Entry &e : *list) {
        Row row;
        row.about = nameOf.value(e.target);
        const auto payload = payloadOf.constFind(e.sequence);
        if (payload != payloadOf.cend())
            row.personal = QJsonDocument::fromJson(payload->toUtf8()).object();
        row.erased = !e.payloadSha256.isEmpty() && payload == payloadOf.cend();
        row.entry = std::move(e);
        rows << row;
    }
    return rows;
}

Result<QJsonObject> AuditStore::payload(qint64 sequence) const
{
    auto row = sql::run(m_project.database(), m_project.path(),
                        QStringLiteral("SELECT content FROM audit_payloads WHERE sequence = ?"), {sequence});
    if (!row)
        return row.error();
    return row->next() ? QJsonDocument::fromJson(row->value(0).toString().toUtf8()).object() : QJsonObject();
}

Result<audit::ChainVerdict> AuditStore::verify() const
{
    auto all = entries();
    if (!all)
        return all.error();
    auto head = sql::run(m_project.database(), m_project.path(),
                         QStringLiteral("SELECT (SELECT value FROM project_settings WHERE key = 'audit_head_count'),"
                                        " (SELECT value FROM project_settings WHERE key = 'audit_head_sha256')"));
    if (!head)
        return head.error();
    head->next();
    audit::ChainVerdict verdict = audit::verifyChain(*all, head->value(0).toLongLong(), head->value(1).toString());
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
            verdict.reason = QStringLiteral("entry %1 is missing, though its personal details are still there (it "
                                            "was deleted)")
                                 .arg(payloads->value(0).toLongLong());
            return verdict;
        }
        if (audit::sha256Hex(payloads->value(1).toString().toUtf8()) != payloads->value(2).toString()) {
            verdict.ok = false;
            verdict.firstBroken = payloads->value(0).toLongLong();
            verdict.reason = QStringLiteral("the personal details of entry %1 were changed after they were written: "
                                            "they no longer match the hash the entry keeps")
                                 .arg(payloads->value(0).toLongLong());
            return verdict;
        }
    }
    return verdict;
}

} // namespace candor
