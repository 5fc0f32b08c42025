// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ColumnMapping.h"

#include "core/EnumTable.h"
#include "core/TextContexts.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace candor {
namespace {

struct FieldInfo
{
    Field field;
    const char *id;
    QStringList aliases; // normalised header names
};

const QList<FieldInfo> &fieldTable()
{
    static const QList<FieldInfo> table = {
        {Field::Handle,
         "handle",
         {QStringLiteral("handle"), QStringLiteral("username"), QStringLiteral("user name"),
          QStringLiteral("account"), QStringLiteral("instagram name"), QStringLiteral("instagram handle"),
          QStringLiteral("youtuber name"), QStringLiteral("youtube handle"), QStringLiteral("channel handle"),
          QStringLiteral("tiktok name"), QStringLiteral("tiktoker name"), QStringLiteral("tiktok handle"),
          QStringLiteral("screen name")}},
        {Field::DisplayName,
         "display_name",
         {QStringLiteral("name"), QStringLiteral("display name"), QStringLiteral("full name"),
          QStringLiteral("channel name"), QStringLiteral("creator name"), QStringLiteral("influencer name")}},
        {Field::Platform,
         "platform",
         {QStringLiteral("platform"), QStringLiteral("network"), QStringLiteral("social network")}},
        {Field::Followers,
         "followers",
         {QStringLiteral("followers"), QStringLiteral("subscribers"), QStringLiteral("follower count"),
          QStringLiteral("followers count"), QStringLiteral("number of followers"), QStringLiteral("subs")}},
        {Field::Following,
         "following",
         {QStringLiteral("following"), QStringLiteral("follows"), QStringLiteral("following count"),
          QStringLiteral("number of people they follow")}},
        {Field::Posts,
         "posts",
         {QStringLiteral("posts"), QStringLiteral("number of posts"), QStringLiteral("post count"),
          QStringLiteral("media count"), QStringLiteral("videos"), QStringLiteral("uploads")}},
        {Field::AverageLikes,
         "avg_likes",
         {QStringLiteral("avg likes"), QStringLiteral("average likes"), QStringLiteral("likes")}},
        {Field::AverageComments,
         "avg_comments",
         {QStringLiteral("avg comments"), QStringLiteral("average comments"), QStringLiteral("comments")}},
        {Field::AverageViews,
         "avg_views",
         {QStringLiteral("avg views"), QStringLiteral("average views"), QStringLiteral("views")}},
        {Field::AverageEngagement,
         "avg_engagement",
         {QStringLiteral("engagement average"), QStringLiteral("engagement average values"),
          QStringLiteral("avg engagement"), QStringLiteral("average engagement"), QStringLiteral("eng avg")}},
        {Field::AuthenticEngagement,
         "authentic_engagement",
         {QStringLiteral("authentic engagement"), QStringLiteral("authentic engagement values"),
          QStringLiteral("eng auth")}},
        {Field::EngagementRate,
         "engagement_rate",
         {QStringLiteral("engagement rate"), QStringLiteral("er"), QStringLiteral("eng rate")}},
        {Field::AudienceCountry,
         "audience_country",
         {QStringLiteral("audience country"), QStringLiteral("country"), QStringLiteral("top country"),
          QStringLiteral("main audience country")}},
        {Field::Category,
         "category",
         {QStringLiteral("category"), QStringLiteral("category 1"), QStringLiteral("category 2"),
          QStringLiteral("category 3"), QStringLiteral("categories"), QStringLiteral("topic"),
          QStringLiteral("niche")}},
        {Field::AsOf,
         "as_of",
         {QStringLiteral("as of"), QStringLiteral("snapshot date"), QStringLiteral("date")}},
        {Field::Fee,
         "fee",
         {QStringLiteral("fee"), QStringLiteral("price"), QStringLiteral("rate"),
          QStringLiteral("fee per post"), QStringLiteral("price per post"), QStringLiteral("cost per post")}},
        {Field::FeeCurrency, "fee_currency", {QStringLiteral("currency"), QStringLiteral("fee currency")}},
    };
    return table;
}

const FieldInfo &infoOf(Field field)
{
    return rowOf(fieldTable(), &FieldInfo::field, field);
}

QString columnLabel(const QStringList &headers, int column)
{
    return ImportText::tr("column %1 (\"%2\")").arg(column + 1).arg(headers.value(column).simplified());
}

double handleLikeShare(const RawTable &table, int column)
{
    static const QRegularExpression handleLike(QStringLiteral("^@?[A-Za-z0-9._-]+$"));
    qsizetype filled = 0;
    qsizetype likeHandles = 0;
    for (const RawRecord &record : table.records) {
        const QString value = record.cells.value(column).trimmed();
        if (value.isEmpty())
            continue;
        ++filled;
        if (handleLike.match(value).hasMatch())
            ++likeHandles;
    }
    return filled == 0 ? 0.0 : static_cast<double>(likeHandles) / static_cast<double>(filled);
}

// Share of the filled cells of `column` written with a K/M/B unit ("477.9M").
double abbreviatedShare(const RawTable &table, int column)
{
    static const QRegularExpression abbreviated(QStringLiteral("\\d\\s*[KMBkmb]$"));
    qsizetype filled = 0;
    qsizetype withUnit = 0;
    for (const RawRecord &record : table.records) {
        const QString value = record.cells.value(column).trimmed();
        if (value.isEmpty())
            continue;
        ++filled;
        if (abbreviated.match(value).hasMatch())
            ++withUnit;
    }
    return filled == 0 ? 1.0 : static_cast<double>(withUnit) / static_cast<double>(filled);
}

} // namespace

QString fieldId(Field field)
{
    return QString::fromLatin1(infoOf(field).id);
}

std::optional<Field> fieldFromId(const QString &id)
{
    const FieldInfo *info =
        findRow(fieldTable(), [&id](const FieldInfo &row) { return id == QLatin1String(row.id); });
    return info ? std::optional<Field>(info->field) : std::nullopt;
}

QList<Field> allFields()
{
    QList<Field> fields;
    for (const FieldInfo &info : fieldTable())
        fields << info.field;
    return fields;
}

QString normalizedHeader(const QString &header)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return header.toLower().replace(separators, QStringLiteral(" ")).trimmed();
}

ColumnMapping ColumnMapping::detect(const QStringList &headers)
{
    ColumnMapping mapping;
    QHash<QString, Field> byAlias;
    for (const FieldInfo &info : fieldTable()) {
        for (const QString &alias : info.aliases)
            byAlias.insert(alias, info.field);
    }
    for (int column = 0; column < headers.size(); ++column) {
        const auto found = byAlias.constFind(normalizedHeader(headers.at(column)));
        if (found == byAlias.constEnd())
            continue;
        const Field field = *found;
        if (field != Field::Category && mapping.columnFor(field)) {
            mapping.m_alternatives[field] << column;
            continue;
        }
        mapping.m_fieldOfColumn.insert(column, field);
    }
    return mapping;
}

void ColumnMapping::resolveAmbiguities(const RawTable &table, QStringList *notices)
{
    // Exports often give a figure twice, abbreviated ("12.5K") and in full ("12512"): read the full one.
    for (auto it = m_alternatives.cbegin(); it != m_alternatives.cend(); ++it) {
        const Field field = it.key();
        const auto chosen = columnFor(field);
        if (!chosen || m_overridden.contains(field))
            continue;
        int best = *chosen;
        for (int candidate : it.value()) {
            if (abbreviatedShare(table, candidate) < abbreviatedShare(table, best))
                best = candidate;
        }
        if (best != *chosen) {
            m_fieldOfColumn.remove(*chosen);
            m_fieldOfColumn.insert(best, field);
        }
        QStringList others;
        for (int column : QList<int>{*chosen} + it.value()) {
            if (column != best)
                others << columnLabel(table.headers, column);
        }
        *notices << (others.size() == 1
                         ? ImportText::tr(
                               "%1 is read from %2%3; %4 seems to hold the same figure and is not "
                               "imported. You can choose another column (--map, or the Columns tab when "
                               "importing).")
                         : ImportText::tr(
                               "%1 is read from %2%3; %4 seem to hold the same figure and are not "
                               "imported. You can choose another column (--map, or the Columns tab when "
                               "importing)."))
                        .arg(fieldId(field), columnLabel(table.headers, best),
                             best != *chosen ? ImportText::tr(" (full numbers rather than abbreviations)")
                                             : QString(),
                             others.join(QStringLiteral(", ")));
    }
    correctSwappedNameColumns(table, notices);
    const QStringList unmapped = unmappedHeaders(table.headers);
    if (!unmapped.isEmpty())
        *notices << ImportText::tr("Not imported (no matching field): %1.")
                        .arg(unmapped.join(QStringLiteral(", ")));
}

Status ColumnMapping::applyOverride(const QString &spec, const QStringList &headers)
{
    const qsizetype equals = spec.lastIndexOf(QLatin1Char('='));
    if (equals <= 0)
        return Error{{}, ImportText::tr("--map needs column=field, got \"%1\"").arg(spec), {}};
    const QString columnText = spec.left(equals).trimmed();
    const QString fieldText = spec.mid(equals + 1).trimmed();

    int column = -1;
    if (columnText.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        column = columnText.mid(1).toInt(&ok) - 1;
        if (!ok || column < 0 || column >= headers.size())
            return Error{{},
                         ImportText::tr("--map: there is no column %1 (the file has %2)")
                             .arg(columnText)
                             .arg(headers.size()),
                         {}};
    } else {
        const QString wanted = normalizedHeader(columnText);
        for (int i = 0; i < headers.size(); ++i) {
            if (normalizedHeader(headers.at(i)) != wanted)
                continue;
            if (column >= 0)
                return Error{{},
                             ImportText::tr("--map: several columns are called \"%1\"; name one by number, "
                                            "e.g. #%2=%3")
                                 .arg(columnText)
                                 .arg(i + 1)
                                 .arg(fieldText),
                             {}};
            column = i;
        }
        if (column < 0)
            return Error{{}, ImportText::tr("--map: no column is called \"%1\"").arg(columnText), {}};
    }

    if (fieldText == QLatin1String("ignore")) {
        m_fieldOfColumn.remove(column);
        return success();
    }
    const auto field = fieldFromId(fieldText);
    if (!field) {
        QStringList ids;
        for (Field f : allFields())
            ids << fieldId(f);
        return Error{{},
                     ImportText::tr("--map: unknown field \"%1\"; known fields: %2, ignore")
                         .arg(fieldText, ids.join(QStringLiteral(", "))),
                     {}};
    }
    if (*field != Field::Category) {
        for (auto it = m_fieldOfColumn.begin(); it != m_fieldOfColumn.end();) {
            it = (it.value() == *field) ? m_fieldOfColumn.erase(it) : std::next(it);
        }
    }
    m_fieldOfColumn.insert(column, *field);
    m_overridden << *field;
    m_alternatives.remove(*field);
    return success();
}

void ColumnMapping::correctSwappedNameColumns(const RawTable &table, QStringList *notices)
{
    const auto handleColumn = columnFor(Field::Handle);
    const auto nameColumn = columnFor(Field::DisplayName);
    if (!handleColumn || !nameColumn || m_overridden.contains(Field::Handle) ||
        m_overridden.contains(Field::DisplayName))
        return;
    // Thresholds: a real handle column is almost entirely handle-like; a name column mostly is not.
    const double handleShare = handleLikeShare(table, *handleColumn);
    const double nameShare = handleLikeShare(table, *nameColumn);
    if (handleShare >= 0.5 || nameShare < 0.8)
        return;
    m_fieldOfColumn.insert(*handleColumn, Field::DisplayName);
    m_fieldOfColumn.insert(*nameColumn, Field::Handle);
    if (notices)
        *notices << ImportText::tr(
                        "The headers look swapped: %1 holds display names (only %2 % look like "
                        "handles) while %3 holds handles (%4 %). Handles were read from %3. Override "
                        "with --map if this is wrong.")
                        .arg(columnLabel(table.headers, *handleColumn))
                        .arg(handleShare * 100.0, 0, 'f', 0)
                        .arg(columnLabel(table.headers, *nameColumn))
                        .arg(nameShare * 100.0, 0, 'f', 0);
}

std::optional<int> ColumnMapping::columnFor(Field field) const
{
    for (auto it = m_fieldOfColumn.cbegin(); it != m_fieldOfColumn.cend(); ++it) {
        if (it.value() == field)
            return it.key();
    }
    return std::nullopt;
}

QList<int> ColumnMapping::columnsFor(Field field) const
{
    QList<int> columns;
    for (auto it = m_fieldOfColumn.cbegin(); it != m_fieldOfColumn.cend(); ++it) {
        if (it.value() == field)
            columns << it.key();
    }
    return columns;
}

QStringList ColumnMapping::unmappedHeaders(const QStringList &headers) const
{
    QStringList unmapped;
    for (int column = 0; column < headers.size(); ++column) {
        if (!m_fieldOfColumn.contains(column))
            unmapped << columnLabel(headers, column);
    }
    return unmapped;
}

QJsonObject ColumnMapping::toJson(const QStringList &headers) const
{
    QJsonObject json;
    for (Field field : allFields()) {
        QJsonArray columns;
        for (int column : columnsFor(field))
            columns.append(QJsonObject{{QStringLiteral("column"), column + 1},
                                       {QStringLiteral("header"), headers.value(column).simplified()}});
        if (!columns.isEmpty())
            json.insert(fieldId(field), columns);
    }
    return json;
}

std::optional<Platform> ColumnMapping::detectPlatform(const RawTable &table, QString *reason)
{
    const QList<std::pair<Platform, QStringList>> markers = {
        {Platform::Instagram, {QStringLiteral("instagram")}},
        {Platform::YouTube, {QStringLiteral("youtube"), QStringLiteral("youtuber")}},
        {Platform::TikTok, {QStringLiteral("tiktok"), QStringLiteral("tiktoker")}},
    };
    for (const QString &header : table.headers) {
        const QStringList words = normalizedHeader(header).split(QLatin1Char(' '));
        for (const auto &[platform, names] : markers) {
            for (const QString &name : names) {
                if (words.contains(name)) {
                    *reason = ImportText::tr("the header \"%1\"").arg(header.simplified());
                    return platform;
                }
            }
        }
    }
    // Profile links such as https://instagram.com/name name the platform when the headers do not.
    static const QRegularExpression link(
        QStringLiteral("^https?://(www\\.)?(instagram|youtube|tiktok)\\.com/"),
        QRegularExpression::CaseInsensitiveOption);
    for (const RawRecord &record : table.records.mid(0, 20)) {
        for (const QString &cell : record.cells) {
            const auto match = link.match(cell.trimmed());
            if (match.hasMatch()) {
                *reason = ImportText::tr("profile links on line %1").arg(record.line);
                return platformFromText(match.captured(2));
            }
        }
    }
    return std::nullopt;
}

} // namespace candor
