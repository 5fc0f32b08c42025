// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AudienceImporter.h"

#include "DataFile.h"
#include "core/EnumTable.h"
#include "core/Formatting.h"
#include "core/SystemUser.h"
#include "core/TextContexts.h"
#include "domain/AudienceLabels.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace candor {
namespace {

struct ProvenanceInfo
{
    AudienceProvenance provenance;
    const char *key;
    // The confidence an estimate gets when its file states none. Measured: the platform's own count of the
    // account's followers or viewers. Estimated: a vendor's model of an audience, which the vendors themselves
    // describe as estimates; Candor's documented default, to be overridden with --confidence or a column.
    double defaultConfidence;
};

constexpr ProvenanceInfo kProvenances[] = {
    {AudienceProvenance::Measured, "measured", 1.0},
    {AudienceProvenance::Estimated, "estimated", 0.7},
    {AudienceProvenance::Entered, "entered", 0.7},
};

const ProvenanceInfo &provenanceInfo(AudienceProvenance p)
{
    return rowOf(kProvenances, &ProvenanceInfo::provenance, p);
}

// One value read from the file before the group's scale is known.
struct Cell
{
    int line = 0;
    QString column;
    QString handle;
    std::optional<Platform> platform;
    AudienceDimension dimension = AudienceDimension::AgeBand;
    QString rawLabel;
    QString category;
    double value = 0.0;
    bool percentSign = false;
    QString source;
    std::optional<AudienceProvenance> provenance;
    std::optional<double> confidence;
    QDate asOf;
    QString rawRecord;
};

// Whole numbers above this sum are read as counts (docs/audience-import.md); percent shares add up to 100.
constexpr double kCountsAbove = 150.0;

enum class Scale
{
    Detect,
    Counts,
    Percent,
};

struct Reading
{
    AudienceFormat format = AudienceFormat::Long;
    QList<Cell> cells;
    QList<RowIssue> issues;
    int records = 0;
    Scale scale = Scale::Detect;
    QStringList notices;
};

void reject(Reading &r, int line, const QString &column, const QString &reason, const QString &raw)
{
    r.issues << RowIssue{line, column, RowIssue::Severity::Rejected, reason, raw};
}

// Parses "12.5", "12.5%", "0,125" (decimal comma); false when the text is no number.
bool parseShare(QString text, double &value, bool &percent)
{
    text = text.trimmed();
    percent = text.endsWith(QLatin1Char('%'));
    if (percent)
        text.chop(1);
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    value = text.trimmed().toDouble(&ok);
    return ok && std::isfinite(value);
}

// Line of the n-th (0-based) occurrence of `needle`, for files whose structure has no lines of its own.
int lineOfOccurrence(const QString &text, const QString &needle, int n)
{
    qsizetype at = -1;
    for (int i = 0; i <= n; ++i) {
        at = text.indexOf(needle, at + 1);
        if (at < 0)
            return 1;
    }
    return static_cast<int>(text.left(at).count(QLatin1Char('\n'))) + 1;
}

bool addCell(Reading &r, Cell cell)
{
    const auto category = audience::canonicalCategory(cell.dimension, cell.rawLabel);
    if (!category) {
        reject(r, cell.line, cell.column,
               ImportText::tr("\"%1\" is not a known %2%3")
                   .arg(cell.rawLabel, dimensionNameInText(cell.dimension),
                        cell.dimension == AudienceDimension::AgeBand ? QStringLiteral(" (13-17 … 65+)")
                        : cell.dimension == AudienceDimension::Country
                            ? ImportText::tr(" (an ISO 3166 code or an English country name)")
                            : QString()),
               cell.rawRecord);
        return false;
    }
    if (cell.value < 0.0) {
        reject(r, cell.line, cell.column, ImportText::tr("a share cannot be negative"), cell.rawRecord);
        return false;
    }
    cell.category = *category;
    r.cells << cell;
    return true;
}

std::optional<AudienceDimension> dimensionOfBreakdown(const QString &key)
{
    if (key == QLatin1String("age") || key == QLatin1String("ageGroup"))
        return AudienceDimension::AgeBand;
    if (key == QLatin1String("gender"))
        return AudienceDimension::Gender;
    if (key == QLatin1String("country"))
        return AudienceDimension::Country;
    if (key == QLatin1String("locale") || key == QLatin1String("language"))
        return AudienceDimension::Language;
    return std::nullopt;
}

// Instagram Graph API insights (current follower_demographics and the legacy audience_* metrics).
void readInstagram(const QJsonObject &root, const QString &text, const QString &handle, Reading &r)
{
    int resultIndex = 0;
    r.scale = Scale::Counts;
    r.format = AudienceFormat::InstagramGraph;
    for (const QJsonValue &metricValue : root.value(QLatin1String("data")).toArray()) {
        const QJsonObject metric = metricValue.toObject();
        const QString name = metric.value(QLatin1String("name")).toString();
        const QJsonObject total = metric.value(QLatin1String("total_value")).toObject();
        for (const QJsonValue &breakdownValue : total.value(QLatin1String("breakdowns")).toArray()) {
            const QJsonObject breakdown = breakdownValue.toObject();
            const QJsonArray keys = breakdown.value(QLatin1String("dimension_keys")).toArray();
            for (const QJsonValue &resultValue : breakdown.value(QLatin1String("results")).toArray()) {
                const QJsonObject result = resultValue.toObject();
                const QJsonArray values = result.value(QLatin1String("dimension_values")).toArray();
                const int line = lineOfOccurrence(text, QStringLiteral("\"dimension_values\""), resultIndex++);
                ++r.records;
                const QString raw = QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact));
                // A breakdown by age and gender at once counts each person in both dimensions.
                for (qsizetype k = 0; k < keys.size(); ++k) {
                    const auto dimension = dimensionOfBreakdown(keys.at(k).toString());
                    if (!dimension) {
                        if (keys.at(k).toString() != QLatin1String("city"))
                            reject(
                                r, line, keys.at(k).toString(),
                                ImportText::tr("breakdown \"%1\" is not an audience dimension Candor keeps")
                                    .arg(keys.at(k).toString()),
                                raw);
                        continue;
                    }
                    addCell(r, Cell{line,
                                    keys.at(k).toString(),
                                    handle,
                                    Platform::Instagram,
                                    *dimension,
                                    values.at(k).toString(),
                                    {},
                                    result.value(QLatin1String("value")).toDouble(),
                                    false,
                                    ImportText::tr("Instagram Graph API %1").arg(name),
                                    {},
                                    {},
                                    {},
                                    raw});
                }
            }
        }
        // Legacy metrics: {"values":[{"value":{"F.18-24": 120, …}, "end_time": "…"}]}
        for (const QJsonValue &entryValue : metric.value(QLatin1String("values")).toArray()) {
            r.format = AudienceFormat::InstagramLegacy;
            const QJsonObject entry = entryValue.toObject();
            const QDate asOf = QDate::fromString(entry.value(QLatin1String("end_time")).toString().left(10), Qt::ISODate);
            const QJsonObject counts = entry.value(QLatin1String("value")).toObject();
            const QString source = ImportText::tr("Instagram Graph API %1").arg(name);
            for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
                const int line = lineOfOccurrence(text, QStringLiteral("\"%1\"").arg(it.key()), 0);
                ++r.records;
                const QString raw = QStringLiteral("\"%1\": %2").arg(it.key()).arg(it.value().toDouble());
                const double count = it.value().toDouble();
                if (name == QLatin1String("audience_gender_age")) {
                    const QString genderCode = it.key().section(QLatin1Char('.'), 0, 0);
                    const QString age = it.key().section(QLatin1Char('.'), 1);
                    addCell(r, Cell{line, it.key(), handle, Platform::Instagram, AudienceDimension::Gender,
                                    genderCode, {}, count, false, source, {}, {}, asOf, raw});
                    addCell(r, Cell{line, it.key(), handle, Platform::Instagram, AudienceDimension::AgeBand, age,
                                    {}, count, false, source, {}, {}, asOf, raw});
                } else if (name == QLatin1String("audience_country")) {
                    addCell(r, Cell{line, it.key(), handle, Platform::Instagram, AudienceDimension::Country,
                                    it.key(), {}, count, false, source, {}, {}, asOf, raw});
                } else if (name == QLatin1String("audience_locale")) {
                    addCell(r, Cell{line, it.key(), handle, Platform::Instagram, AudienceDimension::Language,
                                    it.key(), {}, count, false, source, {}, {}, asOf, raw});
                } else {
                    reject(
                        r, line, name,
                        ImportText::tr("metric \"%1\" is not an audience dimension Candor keeps").arg(name),
                        raw);
                }
            }
        }
    }
}

// YouTube Analytics reports.query: columnHeaders + rows, viewerPercentage in percent of signed-in viewers.
void readYouTube(const QJsonObject &root, const QString &text, const QString &handle, Reading &r)
{
    r.format = AudienceFormat::YouTubeAnalytics;
    r.scale = Scale::Percent;
    QStringList columns;
    for (const QJsonValue &h : root.value(QLatin1String("columnHeaders")).toArray())
        columns << h.toObject().value(QLatin1String("name")).toString();
    const qsizetype valueColumn = columns.indexOf(QStringLiteral("viewerPercentage"));
    if (valueColumn < 0) {
        reject(r, 1, QStringLiteral("columnHeaders"),
               ImportText::tr("the report has no viewerPercentage column"), {});
        return;
    }
    int index = 0;
    // Rows are a grid (ageGroup × gender): each dimension is summed over the other.
    for (const QJsonValue &rowValue : root.value(QLatin1String("rows")).toArray()) {
        const QJsonArray row = rowValue.toArray();
        const int rowLine = [&] {
            // The (index+1)-th '[' after "rows" starts this row.
            const qsizetype rows = text.indexOf(QStringLiteral("\"rows\""));
            qsizetype at = text.indexOf(QLatin1Char('['), rows);
            for (int i = 0; i <= index && at >= 0; ++i)
                at = text.indexOf(QLatin1Char('['), at + 1);
            return at < 0 ? 1 : static_cast<int>(text.left(at).count(QLatin1Char('\n'))) + 1;
        }();
        ++index;
        ++r.records;
        const QString raw = QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (c == valueColumn)
                continue;
            const auto dimension = dimensionOfBreakdown(columns.at(c));
            if (!dimension)
                continue;
            addCell(r, Cell{rowLine,
                            columns.at(c),
                            handle,
                            Platform::YouTube,
                            *dimension,
                            row.at(c).toString(),
                            {},
                            row.at(valueColumn).toDouble(),
                            false,
                            ImportText::tr("YouTube Analytics viewerPercentage"),
                            {},
                            {},
                            {},
                            raw});
        }
    }
}

QString headerKey(const QString &header)
{
    return header.simplified().toLower();
}

// Long format: one row per category.
void readLong(const RawTable &table, Reading &r)
{
    r.format = AudienceFormat::Long;
    QHash<QString, int> column;
    for (int c = 0; c < table.headers.size(); ++c)
        column.insert(headerKey(table.headers.at(c)), c);
    const auto cellOf = [&](const RawRecord &record, const char *name) {
        const int c = column.value(QLatin1String(name), -1);
        return c < 0 ? QString() : record.cells.value(c).trimmed();
    };
    const QString shareHeader = column.contains(QStringLiteral("share"))        ? QStringLiteral("share")
                                : column.contains(QStringLiteral("percentage")) ? QStringLiteral("percentage")
                                                                                 : QStringLiteral("value");
    for (const RawRecord &record : table.records) {
        ++r.records;
        Cell cell;
        cell.line = record.line;
        cell.rawRecord = record.text;
        cell.handle = cellOf(record, "handle");
        if (cell.handle.isEmpty()) {
            reject(r, record.line, QStringLiteral("handle"), ImportText::tr("the handle is empty"),
                   record.text);
            continue;
        }
        if (const QString platform = cellOf(record, "platform"); !platform.isEmpty()) {
            cell.platform = platformFromText(platform);
            if (!cell.platform) {
                reject(r, record.line, QStringLiteral("platform"),
                       ImportText::tr("\"%1\" is not one of %2")
                           .arg(platform, platformIds().join(QStringLiteral(", "))),
                       record.text);
                continue;
            }
        }
        const QString dimensionText = cellOf(record, "dimension").toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
        const auto dimension = dimensionFromId(dimensionText == QLatin1String("age") ? QStringLiteral("age_band")
                                                                                      : dimensionText);
        if (!dimension) {
            reject(r, record.line, QStringLiteral("dimension"),
                   ImportText::tr("\"%1\" is not age_band, gender, country or language")
                       .arg(cellOf(record, "dimension")),
                   record.text);
            continue;
        }
        cell.dimension = *dimension;
        cell.column = QStringLiteral("category");
        cell.rawLabel = cellOf(record, "category");
        const QString shareText = record.cells.value(column.value(shareHeader, -1)).trimmed();
        if (!parseShare(shareText, cell.value, cell.percentSign)) {
            reject(r, record.line, shareHeader, ImportText::tr("\"%1\" is not a number").arg(shareText),
                   record.text);
            continue;
        }
        cell.source = cellOf(record, "source");
        if (const QString p = cellOf(record, "provenance"); !p.isEmpty()) {
            cell.provenance = provenanceFromKey(p.toLower());
            if (!cell.provenance) {
                reject(r, record.line, QStringLiteral("provenance"),
                       ImportText::tr("\"%1\" is not measured, estimated or entered").arg(p), record.text);
                continue;
            }
        }
        if (const QString c = cellOf(record, "confidence"); !c.isEmpty()) {
            double confidence = 0.0;
            bool percent = false;
            if (!parseShare(c, confidence, percent) || (percent ? confidence / 100.0 : confidence) > 1.0 || confidence < 0.0) {
                reject(r, record.line, QStringLiteral("confidence"),
                       ImportText::tr("\"%1\" is not a confidence between 0 and 1").arg(c), record.text);
                continue;
            }
            cell.confidence = percent ? confidence / 100.0 : confidence;
        }
        if (const QString d = cellOf(record, "as_of"); !d.isEmpty()) {
            cell.asOf = QDate::fromString(d, Qt::ISODate);
            if (!cell.asOf.isValid()) {
                reject(r, record.line, QStringLiteral("as_of"),
                       ImportText::tr("\"%1\" is not a date such as 2026-11-01").arg(d), record.text);
                continue;
            }
        }
        addCell(r, cell);
    }
}

// Vendor-style wide rows: "Audience 18-24 %", "Audience female %", "Audience country US %", "Top country 1" with
// "Top country 1 %".
void readWide(const RawTable &table, Reading &r)
{
    r.format = AudienceFormat::VendorWide;
    static const QRegularExpression audienceColumn(
        QStringLiteral("^audience\\s+(?:(age|gender|country|language)\\s+)?(.+?)\\s*(%|share|\\(%\\))?$"));
    static const QRegularExpression topCountry(QStringLiteral("^top\\s+country\\s+(\\d+)$"));
    static const QRegularExpression topCountryShare(QStringLiteral("^top\\s+country\\s+(\\d+)\\s*(%|share)$"));
    int handleColumn = -1;
    int platformColumn = -1;
    QMap<int, std::pair<AudienceDimension, QString>> valueColumns; // column -> dimension, label
    QMap<int, std::pair<int, int>> topPairs;                     // rank -> (name column, share column)
    for (int c = 0; c < table.headers.size(); ++c) {
        const QString h = headerKey(table.headers.at(c));
        if (h == QLatin1String("handle") || h == QLatin1String("username") || h == QLatin1String("account"))
            handleColumn = c;
        else if (h == QLatin1String("platform"))
            platformColumn = c;
        else if (const auto m = topCountryShare.match(h); m.hasMatch())
            topPairs[m.captured(1).toInt()].second = c;
        else if (const auto m2 = topCountry.match(h); m2.hasMatch())
            topPairs[m2.captured(1).toInt()].first = c;
        else if (const auto m3 = audienceColumn.match(h); m3.hasMatch()) {
            const QString label = m3.captured(2);
            std::optional<AudienceDimension> dimension = dimensionFromId(m3.captured(1) == QLatin1String("age")
                                                                             ? QStringLiteral("age_band")
                                                                             : m3.captured(1));
            if (!dimension) {
                for (AudienceDimension d : {AudienceDimension::AgeBand, AudienceDimension::Gender}) {
                    if (audience::canonicalCategory(d, label))
                        dimension = d;
                }
            }
            if (dimension)
                valueColumns.insert(c, {*dimension, label});
        }
    }
    if (handleColumn < 0) {
        reject(r, table.headerLine, {}, ImportText::tr("no column holds the handle (name it \"handle\")"),
               {});
        return;
    }
    for (const RawRecord &record : table.records) {
        ++r.records;
        const QString handle = record.cells.value(handleColumn).trimmed();
        if (handle.isEmpty()) {
            reject(r, record.line, table.headers.value(handleColumn), ImportText::tr("the handle is empty"),
                   record.text);
            continue;
        }
        std::optional<Platform> platform;
        if (platformColumn >= 0 && !record.cells.value(platformColumn).trimmed().isEmpty())
            platform = platformFromText(record.cells.value(platformColumn));
        const auto add = [&](int column, AudienceDimension dimension, const QString &label, const QString &valueText) {
            if (valueText.trimmed().isEmpty())
                return;
            Cell cell{record.line, table.headers.value(column).simplified(), handle, platform, dimension, label, {}, 0.0,
                      false, {}, AudienceProvenance::Estimated, {}, {}, record.text};
            if (!parseShare(valueText, cell.value, cell.percentSign)) {
                reject(r, record.line, cell.column, ImportText::tr("\"%1\" is not a number").arg(valueText),
                       record.text);
                return;
            }
            addCell(r, cell);
        };
        for (auto it = valueColumns.cbegin(); it != valueColumns.cend(); ++it)
            add(it.key(), it->first, it->second, record.cells.value(it.key()));
        for (auto it = topPairs.cbegin(); it != topPairs.cend(); ++it) {
            const QString country = record.cells.value(it->first).trimmed();
            if (!country.isEmpty())
                add(it->second, AudienceDimension::Country, country, record.cells.value(it->second));
        }
    }
}

struct GroupKey
{
    QString handle;
    int platform;
    int dimension;
    QString source;
    QDate asOf;
    bool operator<(const GroupKey &o) const
    {
        return std::tie(handle, platform, dimension, source, asOf) <
               std::tie(o.handle, o.platform, o.dimension, o.source, o.asOf);
    }
};

// Per account and dimension: the scale, the shares as fractions, a partial distribution's remainder.
void buildGroups(Reading &r, const AudienceImportOptions &options, const QString &defaultSource, const QDate &asOf,
                 PreparedAudienceImport &prepared)
{
    std::map<GroupKey, QList<Cell>> groups;
    for (const Cell &cell : std::as_const(r.cells)) {
        const QString source = !options.source.isEmpty() ? options.source
                               : !cell.source.isEmpty()  ? cell.source
                                                         : defaultSource;
        groups[GroupKey{cell.handle.toLower(), cell.platform ? static_cast<int>(*cell.platform) : -1,
                        static_cast<int>(cell.dimension), source,
                        options.asOf.isValid() ? options.asOf : cell.asOf.isValid() ? cell.asOf : asOf}]
            << cell;
    }
    QStringList scales;
    for (auto &[key, cells] : groups) {
        AudienceGroup g;
        g.handle = cells.constFirst().handle;
        g.platform = cells.constFirst().platform.value_or(options.platform.value_or(Platform::Instagram));
        g.platformGiven = cells.constFirst().platform.has_value() || options.platform.has_value();
        g.dimension = cells.constFirst().dimension;
        g.source = key.source;
        g.asOf = key.asOf;
        const bool measured = r.format == AudienceFormat::InstagramGraph || r.format == AudienceFormat::InstagramLegacy ||
                              r.format == AudienceFormat::YouTubeAnalytics;
        g.provenance = options.provenance.value_or(cells.constFirst().provenance.value_or(
            measured ? AudienceProvenance::Measured : AudienceProvenance::Estimated));
        g.confidence = options.confidence.value_or(
            cells.constFirst().confidence.value_or(provenanceInfo(g.provenance).defaultConfidence));
        g.rawRecord = cells.constFirst().rawRecord;
        double sum = 0.0;
        bool percentSign = false;
        bool allFractions = true;
        bool allWhole = true;
        for (const Cell &c : std::as_const(cells)) {
            sum += c.value;
            percentSign = percentSign || c.percentSign;
            allFractions = allFractions && c.value <= 1.0;
            allWhole = allWhole && std::floor(c.value) == c.value;
            if (!g.lines.contains(c.line))
                g.lines << c.line;
        }
        // Whole numbers summing to well over 100 are counts; a little over 100 is percent that does not add up,
        // and is rejected below rather than quietly rescaled.
        const Scale scale = r.scale != Scale::Detect ? r.scale
                            : percentSign            ? Scale::Percent
                            : allFractions           ? Scale::Detect // fractions
                            : allWhole && sum > kCountsAbove ? Scale::Counts
                                                             : Scale::Percent;
        const double divisor = scale == Scale::Counts ? sum : scale == Scale::Percent ? 100.0 : 1.0;
        const QString scaleName = scale == Scale::Counts    ? QStringLiteral("counts")
                                  : scale == Scale::Percent ? ImportText::tr("percent (0–100)")
                                                            : ImportText::tr("fractions (0–1)");
        if (!scales.contains(scaleName))
            scales << scaleName;
        if (divisor <= 0.0) {
            for (int line : std::as_const(g.lines))
                prepared.issues << RowIssue{
                    line, cells.constFirst().column, RowIssue::Severity::Rejected,
                    ImportText::tr("every %1 share of @%2 is 0").arg(dimensionId(g.dimension), g.handle),
                    g.rawRecord};
            continue;
        }
        double total = 0.0;
        for (const Cell &c : std::as_const(cells)) {
            const double share = c.value / divisor;
            total += share;
            auto same = std::find_if(g.shares.begin(), g.shares.end(),
                                     [&](const AudienceGroup::Share &s) { return s.category == c.category; });
            if (same != g.shares.end()) {
                same->share += share;
                if (!same->rawLabel.split(QStringLiteral(", ")).contains(c.rawLabel))
                    same->rawLabel += QStringLiteral(", ") + c.rawLabel;
            } else {
                g.shares << AudienceGroup::Share{c.category, c.rawLabel, share};
            }
        }
        if (total > 1.0 + AudienceDistribution::kSumTolerance) {
            for (const Cell &c : std::as_const(cells))
                prepared.issues << RowIssue{
                    c.line, c.column, RowIssue::Severity::Rejected,
                    ImportText::tr("the %1 shares of @%2 add up to %3, more than 100 %")
                        .arg(dimensionNameInText(g.dimension), g.handle, percentText(total, 1)),
                    c.rawRecord};
            continue;
        }
        if (total < 1.0 - AudienceDistribution::kSumTolerance) {
            // Only part was reported (a vendor's top three countries): the rest is kept as its own category,
            // never spread over the others, and the estimate counts as less certain in proportion.
            g.partial = true;
            g.shares << AudienceGroup::Share{audience::notReported(), QString(), 1.0 - total};
            g.confidence *= total;
        }
        prepared.groups << g;
    }
    // A distribution is stored whole or not at all: one rejected row (a bad label, shares over 100 %) takes the
    // rest of its distribution with it, and a rejected row of a wide file takes every dimension of that row.
    QSet<int> rejected = rejectedLines(prepared.issues);
    for (bool changed = true; changed;) {
        changed = false;
        for (qsizetype i = prepared.groups.size() - 1; i >= 0; --i) {
            const AudienceGroup &g = prepared.groups.at(i);
            const auto bad = std::find_if(g.lines.cbegin(), g.lines.cend(), [&](int l) { return rejected.contains(l); });
            if (bad == g.lines.cend())
                continue;
            for (int line : g.lines) {
                if (!rejected.contains(line))
                    prepared.issues << RowIssue{
                        line, QString(), RowIssue::Severity::Rejected,
                        ImportText::tr("not stored: line %1 of the same %2 distribution of @%3 "
                                       "was rejected, and a distribution is kept whole")
                            .arg(*bad)
                            .arg(dimensionNameInText(g.dimension), g.handle),
                        g.rawRecord};
                rejected.insert(line);
            }
            prepared.groups.removeAt(i);
            changed = true;
        }
    }
    std::stable_sort(prepared.issues.begin(), prepared.issues.end(),
                     [](const RowIssue &a, const RowIssue &b) { return a.line < b.line; });
    if (!scales.isEmpty())
        prepared.batch.notices
            << ImportText::tr("Shares read as %1.").arg(scales.join(QStringLiteral(" and ")));
}

} // namespace

QString provenanceKey(AudienceProvenance provenance)
{
    return QString::fromLatin1(provenanceInfo(provenance).key);
}

std::optional<AudienceProvenance> provenanceFromKey(const QString &key)
{
    const ProvenanceInfo *info =
        findRow(kProvenances, [&](const ProvenanceInfo &row) { return key == QLatin1String(row.key); });
    return info ? std::optional<AudienceProvenance>(info->provenance) : std::nullopt;
}

QString audienceFormatName(AudienceFormat format)
{
    switch (format) {
    case AudienceFormat::Long:
        return ImportText::tr("long (one row per category)");
    case AudienceFormat::InstagramGraph:
        return ImportText::tr("Instagram Graph API follower_demographics");
    case AudienceFormat::InstagramLegacy:
        return ImportText::tr("Instagram Graph API audience_gender_age (legacy)");
    case AudienceFormat::YouTubeAnalytics:
        return ImportText::tr("YouTube Analytics viewerPercentage");
    case AudienceFormat::VendorWide:
        break;
    }
    return ImportText::tr("vendor export (one row per account)");
}

Result<PreparedAudienceImport> AudienceImporter::prepare(const QString &path, const AudienceImportOptions &options)
{
    auto opened = openDataFile(path, options.encoding, QStringLiteral("audience"), options.asOf, options.importedBy);
    if (!opened)
        return opened.error();
    const DecodedText &decoded = opened->decoded;
    PreparedAudienceImport prepared;
    ImportBatchInfo &batch = prepared.batch;
    batch = opened->batch;
    batch.platform = options.platform ? platformId(*options.platform) : ImportText::tr("per row");

    Reading reading;
    const QString trimmed = decoded.text.trimmed();
    if (trimmed.startsWith(QLatin1Char('{'))) {
        batch.format = QStringLiteral("json");
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(decoded.text.toUtf8(), &error).object();
        if (error.error != QJsonParseError::NoError)
            return Error{path,
                         ImportText::tr("is not valid JSON at line %1 (%2)")
                             .arg(decoded.text.left(error.offset).count(QLatin1Char('\n')) + 1)
                             .arg(error.errorString()),
                         {}};
        QString handle = options.handle;
        for (const char *key : {"username", "handle", "channel"}) {
            if (handle.isEmpty())
                handle = root.value(QLatin1String(key)).toString();
        }
        const bool youtube = root.contains(QLatin1String("columnHeaders"));
        const bool instagram = root.value(QLatin1String("data")).isArray();
        if (!youtube && !instagram)
            return Error{
                path,
                ImportText::tr("is JSON but neither an Instagram Graph API insights response (\"data\") nor "
                               "a YouTube Analytics report (\"columnHeaders\", \"rows\")"),
                {}};
        if (handle.isEmpty())
            return Error{
                path,
                ImportText::tr("does not name its account: give it with --handle (the %1 response has no "
                               "username)")
                    .arg(youtube ? ImportText::tr("YouTube Analytics") : ImportText::tr("Instagram")),
                {}};
        if (youtube)
            readYouTube(root, decoded.text, handle, reading);
        else
            readInstagram(root, decoded.text, handle, reading);
        batch.platform = platformId(youtube ? Platform::YouTube : Platform::Instagram);
    } else {
        auto read = readTable(path, decoded.text, batch);
        if (!read)
            return read.error();
        const RawTable &table = *read;
        reading.issues << rejectedRecords(table);
        QStringList keys;
        for (const QString &h : std::as_const(table.headers))
            keys << headerKey(h);
        if (keys.contains(QStringLiteral("dimension")) && keys.contains(QStringLiteral("category")))
            readLong(table, reading);
        else
            readWide(table, reading);
        if (reading.format == AudienceFormat::VendorWide && reading.cells.isEmpty() && reading.issues.isEmpty())
            return Error{
                path,
                ImportText::tr("has no audience columns Candor recognises: use the long format (handle, "
                               "platform, dimension, category, share) or columns such as \"Audience 18-24 "
                               "%\", \"Audience female %\", \"Top country 1\" (see docs/audience-import.md)"),
                {}};
    }
    prepared.format = reading.format;
    prepared.recordsRead = reading.records;
    prepared.issues = reading.issues;
    batch.notices.prepend(ImportText::tr("Recognised as %1.").arg(audienceFormatName(reading.format)));
    const QString defaultSource = reading.format == AudienceFormat::VendorWide || reading.format == AudienceFormat::Long
                                      ? QFileInfo(path).fileName()
                                      : audienceFormatName(reading.format);
    buildGroups(reading, options, defaultSource, batch.asOf, prepared);
    return prepared;
}

} // namespace candor
