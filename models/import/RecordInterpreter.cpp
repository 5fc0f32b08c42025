// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RecordInterpreter.h"

#include "core/SafeText.h"
#include "core/TextContexts.h"
#include "domain/Countries.h"
#include "domain/Creator.h"

#include <QHash>
#include <cmath>

namespace candor {
namespace {

// The ceiling of any count of people or their actions per account: 8.2 billion people in mid-2025 (United
// Nations, World Population Prospects 2024, https://population.un.org/wpp/). A figure above it is a data
// error (a unit typed twice, a spreadsheet overflow), never an account.
constexpr double kWorldPopulation = 8.2e9;

class RowReader
{
public:
    RowReader(const QStringList &headers, const RawRecord &record, const NumberFormat &numbers)
        : m_headers(headers), m_record(record), m_numbers(numbers)
    {
    }

    QString text(std::optional<int> column) const
    {
        return column ? m_record.cells.value(*column).trimmed() : QString();
    }

    // What a figure counts, for the checks it gets: people and their actions (followers, likes, views) cannot
    // outnumber the people on Earth; a rate is a fraction; money has no natural ceiling.
    enum class Figure
    {
        People,
        Rate,
        Money
    };

    // Reads a non-negative figure; false when the row must be rejected (the issue is recorded).
    bool number(std::optional<int> column, std::optional<double> &target, Figure figure)
    {
        if (!column)
            return true;
        const ParsedNumber parsed = parseNumber(m_record.cells.value(*column), m_numbers);
        switch (parsed.kind) {
        case ParsedNumber::Kind::Missing:
            return true;
        case ParsedNumber::Kind::SpreadsheetError:
            warn(*column, parsed.problem + ImportText::tr("; the figure was left empty"));
            return true;
        case ParsedNumber::Kind::Invalid:
            return reject(*column, parsed.problem);
        case ParsedNumber::Kind::Value:
            break;
        }
        if (parsed.value < 0.0)
            return reject(*column,
                          ImportText::tr("\"%1\" is negative").arg(m_record.cells.value(*column).trimmed()));
        if (figure == Figure::People && parsed.value > kWorldPopulation)
            return reject(*column,
                          ImportText::tr("\"%1\" is more than there are people on Earth (%2 billion, UN "
                                         "World Population Prospects 2024): a data error")
                              .arg(excerpt(m_record.cells.value(*column).trimmed()))
                              .arg(kWorldPopulation / 1e9, 0, 'f', 1));
        const bool isRate = figure == Figure::Rate;
        if (isRate && !parsed.isPercent && parsed.value > 1.0)
            return reject(*column,
                          ImportText::tr("engagement rate \"%1\" is above 1: write it as a percentage "
                                         "(3.4%) or a fraction (0.034)")
                              .arg(m_record.cells.value(*column).trimmed()));
        target = parsed.value;
        return true;
    }

    bool count(std::optional<int> column, std::optional<qint64> &target)
    {
        std::optional<double> value;
        if (!number(column, value, Figure::People))
            return false;
        if (value) {
            const double rounded = std::round(*value);
            // "477.9M" is a rounded count by nature; "1234.5 followers" without a unit is a data error.
            const bool abbreviated = m_record.cells.value(*column).trimmed().back().isLetter();
            if (!abbreviated && std::abs(rounded - *value) > 1e-6)
                return reject(*column, ImportText::tr("\"%1\" is not a whole number")
                                           .arg(m_record.cells.value(*column).trimmed()));
            target = static_cast<qint64>(rounded);
        }
        return true;
    }

    bool reject(int column, const QString &reason)
    {
        m_issues << issue(column, RowIssue::Severity::Rejected, reason);
        m_rejected = true;
        return false;
    }
    void rejectRow(const QString &reason)
    {
        m_issues << RowIssue{m_record.line, {}, RowIssue::Severity::Rejected, reason, m_record.text};
        m_rejected = true;
    }
    void warn(int column, const QString &reason)
    {
        m_issues << issue(column, RowIssue::Severity::Warning, reason);
    }

    bool rejected() const { return m_rejected; }
    const QList<RowIssue> &issues() const { return m_issues; }

private:
    RowIssue issue(int column, RowIssue::Severity severity, const QString &reason) const
    {
        return RowIssue{m_record.line, m_headers.value(column).simplified(), severity, reason,
                        m_record.text};
    }

    const QStringList &m_headers;
    const RawRecord &m_record;
    NumberFormat m_numbers;
    QList<RowIssue> m_issues;
    bool m_rejected = false;
};

bool trailingCellsBlank(const QStringList &cells, qsizetype from)
{
    for (qsizetype i = from; i < cells.size(); ++i) {
        if (!cells.at(i).trimmed().isEmpty())
            return false;
    }
    return true;
}

size_t dataHash(const ImportRow &row)
{
    size_t seed = qHashMulti(0, static_cast<int>(row.platform), row.handle.toLower(), row.displayName,
                             row.metrics.asOf, row.categories, row.topAudienceCountry, row.feeCurrency);
    const auto mix = [&seed](const auto &value) {
        seed = value ? qHashMulti(seed, true, *value) : qHashMulti(seed, false);
    };
    const AccountMetrics &m = row.metrics;
    mix(m.followers);
    mix(m.following);
    mix(m.posts);
    for (const auto *figure : {&m.averageLikes, &m.averageComments, &m.averageViews, &m.averageEngagement,
                               &m.authenticEngagement, &m.engagementRate, &row.fee})
        mix(*figure);
    return seed;
}

} // namespace

RecordInterpreter::RecordInterpreter(QStringList headers, ColumnMapping mapping, InterpretOptions options)
    : m_headers(std::move(headers)), m_mapping(std::move(mapping)), m_options(std::move(options))
{
}

void RecordInterpreter::addReadIssue(const ReadIssue &issue, ImportPlan &plan) const
{
    plan.issues << RowIssue{issue.line, m_headers.value(issue.column).simplified(),
                            issue.rejectsRecord ? RowIssue::Severity::Rejected : RowIssue::Severity::Warning,
                            issue.reason, issue.text};
    if (issue.rejectsRecord)
        ++plan.recordsRead;
}

std::optional<RecordInterpreter::Seen> RecordInterpreter::seen(const QString &key, size_t fingerprint) const
{
    const auto first = m_seen.constFind(fingerprint);
    if (first == m_seen.constEnd())
        return std::nullopt;
    if (key.toUtf8() == QByteArrayView(m_keys.constData() + first->keyAt))
        return *first;
    const auto other = m_seenSharingAFingerprint.constFind(key);
    return other == m_seenSharingAFingerprint.constEnd() ? std::nullopt : std::optional<Seen>(*other);
}

void RecordInterpreter::remember(const QString &key, size_t fingerprint, Seen row)
{
    if (m_seen.contains(fingerprint)) {
        m_seenSharingAFingerprint.insert(key, row);
        return;
    }
    row.keyAt = static_cast<quint32>(m_keys.size());
    m_keys += key.toUtf8();
    m_keys += '\0';
    m_seen.insert(fingerprint, row);
}

void RecordInterpreter::add(const RawRecord &record, ImportPlan &plan)
{
    const ColumnMapping &mapping = m_mapping;
    const InterpretOptions &options = m_options;
    ++plan.recordsRead;
    RowReader reader(m_headers, record, options.numbers);
    ImportRow row;
    row.line = record.line;

    const qsizetype width = m_headers.size();
    if (record.cells.size() < width) {
        reader.rejectRow(
            ImportText::tr("the row has %1 cells but the header has %2").arg(record.cells.size()).arg(width));
    } else if (!trailingCellsBlank(record.cells, width)) {
        reader.rejectRow(ImportText::tr("the row has %1 cells but the header has %2; the extra cells are not "
                                        "empty (a separator inside an unquoted value?)")
                             .arg(record.cells.size())
                             .arg(width));
    }

    if (!reader.rejected()) {
        row.handle = normalizedHandle(reader.text(mapping.columnFor(Field::Handle)));
        if (row.handle.isEmpty())
            reader.reject(mapping.columnFor(Field::Handle).value_or(-1),
                          ImportText::tr("the handle is empty"));
    }
    if (!reader.rejected()) {
        const auto platformColumn = mapping.columnFor(Field::Platform);
        const QString platformText = reader.text(platformColumn);
        if (!platformText.isEmpty()) {
            const auto platform = platformFromText(platformText);
            if (platform)
                row.platform = *platform;
            else
                reader.reject(*platformColumn,
                              ImportText::tr("unknown platform \"%1\" (known: %2)")
                                  .arg(platformText, platformIds().join(QStringLiteral(", "))));
        } else if (options.platform) {
            row.platform = *options.platform;
        } else {
            reader.rejectRow(ImportText::tr("the row names no platform; use --platform"));
        }
    }
    if (!reader.rejected()) {
        if (const auto problem = handleProblem(row.platform, row.handle))
            reader.reject(mapping.columnFor(Field::Handle).value_or(-1),
                          ImportText::tr("\"%1\" is not valid as a handle on %2: %3")
                              .arg(row.handle.left(60), platformDisplayName(row.platform), *problem));
    }
    if (!reader.rejected()) {
        AccountMetrics &m = row.metrics;
        m.asOf = options.asOf;
        const QString asOfText = reader.text(mapping.columnFor(Field::AsOf));
        if (!asOfText.isEmpty()) {
            m.asOf = QDate::fromString(asOfText, Qt::ISODate);
            if (!m.asOf.isValid())
                reader.reject(*mapping.columnFor(Field::AsOf),
                              ImportText::tr("\"%1\" is not a date in the form 2022-09-30").arg(asOfText));
        }
        // Every figure is read even after a bad one, so that one pass lists all the cells to fix.
        reader.count(mapping.columnFor(Field::Followers), m.followers);
        reader.count(mapping.columnFor(Field::Following), m.following);
        reader.count(mapping.columnFor(Field::Posts), m.posts);
        reader.number(mapping.columnFor(Field::AverageLikes), m.averageLikes, RowReader::Figure::People);
        reader.number(mapping.columnFor(Field::AverageComments), m.averageComments, RowReader::Figure::People);
        reader.number(mapping.columnFor(Field::AverageViews), m.averageViews, RowReader::Figure::People);
        reader.number(mapping.columnFor(Field::AverageEngagement), m.averageEngagement, RowReader::Figure::People);
        reader.number(mapping.columnFor(Field::AuthenticEngagement), m.authenticEngagement,
                      RowReader::Figure::People);
        reader.number(mapping.columnFor(Field::EngagementRate), m.engagementRate, RowReader::Figure::Rate);
        row.displayName = reader.text(mapping.columnFor(Field::DisplayName));
        reader.number(mapping.columnFor(Field::Fee), row.fee, RowReader::Figure::Money);
        if (row.fee) {
            row.feeCurrency = reader.text(mapping.columnFor(Field::FeeCurrency)).toUpper();
            if (row.feeCurrency.isEmpty())
                row.feeCurrency = options.currency;
            if (row.feeCurrency.isEmpty())
                reader.reject(
                    *mapping.columnFor(Field::Fee),
                    ImportText::tr("the fee has no currency; add a currency column or use --currency"));
        }
        row.topAudienceCountry = reader.text(mapping.columnFor(Field::AudienceCountry));
        if (parseNumber(row.topAudienceCountry, options.numbers).kind == ParsedNumber::Kind::Missing)
            row.topAudienceCountry.clear(); // "N/A" is no country
        if (!row.topAudienceCountry.isEmpty()) {
            // Stored as an ISO 3166 code, so that a campaign's "IN" matches an export's "India".
            if (const auto code = countries::code(row.topAudienceCountry))
                row.topAudienceCountry = *code;
            else
                reader.warn(*mapping.columnFor(Field::AudienceCountry),
                            ImportText::tr("\"%1\" is not a country Candor knows; it is kept as written")
                                .arg(row.topAudienceCountry));
        }
        for (int column : mapping.columnsFor(Field::Category)) {
            const QString category = reader.text(column);
            if (!category.isEmpty())
                row.categories << category;
        }
    }

    if (record.text.contains(QChar(0xFFFD)))
        reader.warn(-1, ImportText::tr("holds bytes that are not valid UTF-8 (shown as \uFFFD); check the "
                                       "names on this row"));
    plan.issues << reader.issues();
    if (reader.rejected())
        return;

    const QString key = platformId(row.platform) + QLatin1Char('/') + row.handle.toLower();
    const size_t fingerprint = qHash(key, size_t{0});
    const size_t hash = dataHash(row);
    if (const auto first = seen(key, fingerprint)) {
        const QString reason =
            hash == first->dataHash
                ? ImportText::tr("repeats line %1 exactly").arg(first->line)
                : ImportText::tr("handle \"%1\" already appears on line %2 with different figures; line %2 "
                                 "was kept. Remove one of the two rows, or import them as separate snapshots")
                      .arg(row.handle)
                      .arg(first->line);
        plan.issues << RowIssue{record.line,
                                m_headers.value(mapping.columnFor(Field::Handle).value_or(-1)).simplified(),
                                RowIssue::Severity::Rejected, reason, record.text};
        return;
    }
    remember(key, fingerprint, Seen{hash, row.line, 0});
    plan.rows << std::move(row);
}

} // namespace candor
