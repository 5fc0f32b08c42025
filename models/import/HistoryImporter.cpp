// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "HistoryImporter.h"

#include "DataFile.h"
#include "ValueParser.h"
#include "core/TextContexts.h"
#include "domain/Creator.h"

#include <cmath>

namespace candor {
namespace {

enum class HistoryField
{
    Handle,
    Platform,
    Day,
    Followers
};

const QHash<QString, HistoryField> &fieldOfName()
{
    static const QHash<QString, HistoryField> names = {
        {QStringLiteral("handle"), HistoryField::Handle},     {QStringLiteral("username"), HistoryField::Handle},
        {QStringLiteral("account"), HistoryField::Handle},    {QStringLiteral("platform"), HistoryField::Platform},
        {QStringLiteral("date"), HistoryField::Day},          {QStringLiteral("day"), HistoryField::Day},
        {QStringLiteral("endtime"), HistoryField::Day},       {QStringLiteral("followers"), HistoryField::Followers},
        {QStringLiteral("followerscount"), HistoryField::Followers},
        {QStringLiteral("followercount"), HistoryField::Followers},
    };
    return names;
}

} // namespace

Result<PreparedHistoryImport> HistoryImporter::prepare(const QString &path, const QString &handle,
                                                       std::optional<Platform> platform, const QString &importedBy)
{
    auto data = readDataFile(path, QStringLiteral("history"), importedBy);
    if (!data)
        return data.error();
    PreparedHistoryImport prepared;
    prepared.batch = data->batch;
    const RawTable &table = data->table;
    const QHash<HistoryField, int> columns = columnsByHeader(table.headers, fieldOfName());
    const int handleColumn = columns.value(HistoryField::Handle, -1);
    const int platformColumn = columns.value(HistoryField::Platform, -1);
    const int dayColumn = columns.value(HistoryField::Day, -1);
    const int followersColumn = columns.value(HistoryField::Followers, -1);
    if (dayColumn < 0 || followersColumn < 0)
        return Error{
            path, ImportText::tr("needs a date column and a followers column (date, followers)"), {}};
    if (handleColumn < 0 && handle.isEmpty())
        return Error{
            path,
            ImportText::tr("does not say whose history this is: add a handle column or use --handle"),
            {}};
    prepared.batch.platform = platform ? platformId(*platform) : ImportText::tr("per row");
    prepared.issues << rejectedRecords(table);
    prepared.recordsRead = static_cast<int>(table.records.size() + prepared.issues.size());
    for (const RawRecord &record : table.records) {
        HistoryReading r;
        r.line = record.line;
        r.rawRecord = record.text;
        const auto cell = [&](int c) { return record.cells.value(c).trimmed(); };
        const auto reject = [&](int c, const QString &reason) {
            prepared.issues << RowIssue{record.line, table.headers.value(c).simplified(), RowIssue::Severity::Rejected,
                                        reason, record.text};
        };
        const qsizetype before = prepared.issues.size();
        r.handle = normalizedHandle(handleColumn >= 0 ? cell(handleColumn) : handle);
        if (r.handle.isEmpty())
            reject(handleColumn, ImportText::tr("the handle is empty"));
        r.platform = platform;
        if (platformColumn >= 0 && !cell(platformColumn).isEmpty()) {
            r.platform = platformFromText(cell(platformColumn));
            if (!r.platform)
                reject(platformColumn,
                       ImportText::tr("unknown platform \"%1\"").arg(cell(platformColumn).left(40)));
        }
        r.day = QDate::fromString(cell(dayColumn).left(10), Qt::ISODate);
        if (!r.day.isValid())
            reject(dayColumn,
                   ImportText::tr("\"%1\" is not a date such as 2024-05-01").arg(cell(dayColumn).left(40)));
        const ParsedNumber n = parseNumber(cell(followersColumn), NumberFormat{});
        if (n.kind != ParsedNumber::Kind::Value || n.value < 0 || n.value > 1e10)
            reject(followersColumn,
                   ImportText::tr("\"%1\" is not a follower count").arg(cell(followersColumn).left(40)));
        else
            r.followers = std::llround(n.value);
        if (prepared.issues.size() == before)
            prepared.readings << r;
    }
    return prepared;
}

} // namespace candor
