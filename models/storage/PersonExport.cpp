// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PersonExport.h"

#include "AuditStore.h"
#include "CreatorStore.h"
#include "SqlSupport.h"
#include "core/TextContexts.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace candor {
namespace {

QJsonValue jsonOf(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    if (value.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(value.toByteArray().toBase64());
    return QJsonValue::fromVariant(value);
}

} // namespace

Result<QJsonObject> PersonExport::of(qint64 creatorId) const
{
    auto rows = CreatorStore(m_project).rowsOf(creatorId);
    if (!rows)
        return rows.error();
    QJsonObject tables;
    QStringList handles;
    QString name;
    for (const SavedRows::Table &table : std::as_const(rows->tables)) {
        QJsonArray list;
        for (const QVariantList &row : table.rows) {
            QJsonObject o;
            for (qsizetype c = 0; c < table.columns.size(); ++c)
                o.insert(table.columns.at(c), jsonOf(row.value(c)));
            if (table.name == QLatin1String("accounts"))
                handles << o.value(QLatin1String("handle")).toString();
            if (table.name == QLatin1String("creators"))
                name = o.value(QLatin1String("display_name")).toString();
            list.append(o);
        }
        tables.insert(table.name, list);
    }
    if (tables.value(QLatin1String("creators")).toArray().isEmpty())
        return Error{m_project.path(), StorageText::tr("has no creator with id %1").arg(creatorId), {}};
    AuditStore::Filter about;
    about.creatorId = creatorId;
    auto log = AuditStore(m_project).rows(about);
    if (!log)
        return log.error();
    QJsonArray entries;
    for (const AuditStore::Row &r : std::as_const(*log))
        entries.append(QJsonObject{{QStringLiteral("sequence"), r.entry.sequence},
                                   {QStringLiteral("at"), r.entry.at},
                                   {QStringLiteral("user"), r.entry.user},
                                   {QStringLiteral("action"), r.entry.action},
                                   {QStringLiteral("details"), QJsonDocument::fromJson(r.entry.details.toUtf8()).object()},
                                   {QStringLiteral("personal"), r.personal}});
    QJsonArray rejected;
    for (const QString &handle : std::as_const(handles)) {
        auto issues = sql::run(m_project.database(), m_project.path(),
                               QStringLiteral("SELECT b.file_name, b.imported_at, i.line, i.reason, i.raw_record"
                                              " FROM import_issues i JOIN import_batches b ON b.id = i.batch_id"
                                              " WHERE instr(lower(i.raw_record), lower(?)) > 0 ORDER BY i.id"),
                               {handle});
        if (!issues)
            return issues.error();
        while (issues->next())
            rejected.append(QJsonObject{{QStringLiteral("file"), issues->value(0).toString()},
                                        {QStringLiteral("imported_at"), issues->value(1).toString()},
                                        {QStringLiteral("line"), issues->value(2).toInt()},
                                        {QStringLiteral("reason"), issues->value(3).toString()},
                                        {QStringLiteral("row"), issues->value(4).toString()}});
    }
    return QJsonObject{
        {QStringLiteral("about"),
         StorageText::tr(
             "Everything this Candor project holds about one person (GDPR Art. 15, CCPA right to know): "
             "each table's rows with their dates and the imports they came from (batch_id, "
             "import_batches), the audit-log entries about them, and import rows that mention them.")},
        {QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("creator_id"), creatorId},
        {QStringLiteral("name"), name},
        {QStringLiteral("handles"), QJsonArray::fromStringList(handles)},
        {QStringLiteral("tables"), tables},
        {QStringLiteral("audit_log"), entries},
        {QStringLiteral("rejected_import_rows"), rejected}};
}

} // namespace candor
