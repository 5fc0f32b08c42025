// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ValueParser.h"

#include "core/SafeText.h"
#include "core/TextContexts.h"

#include <QRegularExpression>
#include <QUrl>
#include <charconv>
#include <cmath>
#include <optional>

namespace candor {
namespace {

bool isMissingMarker(const QString &text)
{
    static const QStringList markers = {QStringLiteral("n/a"),  QStringLiteral("na"),  QStringLiteral("-"),
                                        QStringLiteral("—"),    QStringLiteral("–"),   QStringLiteral("null"),
                                        QStringLiteral("none"), QStringLiteral("nan"), QStringLiteral("?")};
    return markers.contains(text.toLower());
}

// Excel and LibreOffice error values in the languages the datasets came in (#VALOR! is Spanish #VALUE!).
bool isSpreadsheetError(const QString &text)
{
    static const QRegularExpression error(QStringLiteral("^#(N/?A|NV|[A-Z\\x{00A1}-\\x{024F}/0]+[!?])$"),
                                          QRegularExpression::CaseInsensitiveOption);
    return error.match(text).hasMatch();
}

double suffixMultiplier(QChar suffix)
{
    switch (suffix.toUpper().unicode()) {
    case 'K':
        return 1e3;
    case 'M':
        return 1e6;
    case 'B':
        return 1e9;
    default:
        return 0.0;
    }
}

// Most cells of a large export are plain numbers ("1234", "0.0412", "-3"): those are read directly, without
// the trimming, unit and digit-group handling (and their regular expressions) the general path needs. The
// value is the same either way: both round the decimal text correctly. Anything else returns nothing.
std::optional<double> plainNumber(const QString &text, QChar decimalSeparator)
{
    constexpr qsizetype kLongestPlain = 40;
    const qsizetype size = text.size();
    if (size == 0 || size > kLongestPlain)
        return std::nullopt;
    char buffer[kLongestPlain];
    qsizetype digits = 0;
    bool decimalSeen = false;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= u'0' && c <= u'9') {
            ++digits;
            buffer[i] = static_cast<char>(c);
        } else if (c == u'-' && i == 0) {
            buffer[i] = '-';
        } else if (c == decimalSeparator.unicode() && !decimalSeen) {
            decimalSeen = true;
            buffer[i] = '.';
        } else {
            return std::nullopt;
        }
    }
    if (digits == 0)
        return std::nullopt;
    double value = 0.0;
    const auto [end, error] = std::from_chars(buffer, buffer + size, value);
    if (error != std::errc() || end != buffer + size || !std::isfinite(value))
        return std::nullopt;
    return value;
}

ParsedNumber invalid(const QString &text, const QString &why)
{
    ParsedNumber result;
    result.kind = ParsedNumber::Kind::Invalid;
    result.problem = ImportText::tr("\"%1\" is not a number: %2").arg(excerpt(text), why);
    return result;
}

} // namespace

ParsedNumber parseNumber(const QString &text, const NumberFormat &format)
{
    ParsedNumber result;
    if (const auto plain = plainNumber(text, format.decimalSeparator)) {
        result.kind = ParsedNumber::Kind::Value;
        result.value = *plain;
        return result;
    }
    QString t = text.trimmed();
    if (t.isEmpty() || isMissingMarker(t))
        return result;
    if (isSpreadsheetError(t)) {
        result.kind = ParsedNumber::Kind::SpreadsheetError;
        result.problem = ImportText::tr("\"%1\" is a spreadsheet error, not a value").arg(t);
        return result;
    }

    if (t.endsWith(QLatin1Char('%'))) {
        result.isPercent = true;
        t.chop(1);
    }
    double multiplier = 1.0;
    // A unit follows digits ("12.5K", "3 M"); a word such as "lots" is no number with a unit.
    const QString beforeUnit = t.chopped(t.isEmpty() ? 0 : 1).trimmed();
    if (!t.isEmpty() && t.back().isLetter() && !beforeUnit.isEmpty() && beforeUnit.back().isDigit()) {
        multiplier = suffixMultiplier(t.back());
        if (multiplier == 0.0)
            return invalid(text, ImportText::tr("unknown unit \"%1\" (known: K, M, B)").arg(t.back()));
        if (result.isPercent)
            return invalid(text, ImportText::tr("a percentage cannot carry a K/M/B unit"));
        t = beforeUnit;
    }
    // Spaces (also no-break and narrow no-break) group thousands in French and Nordic exports.
    t.remove(QLatin1Char(' '));
    t.remove(QChar(0x00A0));
    t.remove(QChar(0x202F));

    bool negative = false;
    if (t.startsWith(QLatin1Char('-'))) {
        negative = true;
        t.remove(0, 1);
    }
    const QChar decimal = format.decimalSeparator;
    const QChar group = format.groupSeparator();
    const qsizetype decimalAt = t.indexOf(decimal);
    if (decimalAt >= 0 && t.indexOf(decimal, decimalAt + 1) >= 0)
        return invalid(text, ImportText::tr("more than one decimal separator \"%1\"").arg(decimal));
    QString integerPart = decimalAt >= 0 ? t.left(decimalAt) : t;
    const QString fraction = decimalAt >= 0 ? t.mid(decimalAt + 1) : QString();

    if (integerPart.contains(group)) {
        const QStringList groups = integerPart.split(group);
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const qsizetype len = groups.at(i).size();
            if ((i == 0 && (len < 1 || len > 3)) || (i > 0 && len != 3))
                return invalid(
                    text,
                    ImportText::tr("digit groups separated by \"%1\" must have three digits").arg(group));
        }
        integerPart.remove(group);
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]*$"));
    if ((integerPart.isEmpty() && fraction.isEmpty()) || !digits.match(integerPart).hasMatch() ||
        !digits.match(fraction).hasMatch())
        return invalid(text, ImportText::tr("unexpected characters"));

    QString plain = integerPart.isEmpty() ? QStringLiteral("0") : integerPart;
    if (!fraction.isEmpty())
        plain += QLatin1Char('.') + fraction;
    bool ok = false;
    const double magnitude = plain.toDouble(&ok);
    if (!ok || !std::isfinite(magnitude))
        return invalid(text, ImportText::tr("out of range"));

    result.kind = ParsedNumber::Kind::Value;
    result.value = (negative ? -magnitude : magnitude) * multiplier;
    if (result.isPercent)
        result.value /= 100.0;
    if (!std::isfinite(result.value))
        return invalid(text, ImportText::tr("out of range"));
    return result;
}

NumberFormat detectNumberFormat(const QList<QStringList> &rows, QString *evidence)
{
    // A decimal comma is certain in "3,25", "0,5", "1.234,56" or "2,5M"; a decimal point in "477.9M",
    // "3.25" or "1,234.5". "1,234" and "1.234" could be either, so they are not counted.
    static const QRegularExpression commaDecimal(
        QStringLiteral("^-?(\\d{1,3}(\\.\\d{3})+,\\d+|\\d+,(\\d{1,2}|\\d{4,}))\\s*[%KMBkmb]?$"));
    static const QRegularExpression pointDecimal(
        QStringLiteral("^-?(\\d{1,3}(,\\d{3})+\\.\\d+|\\d+\\.(\\d{1,2}|\\d{4,}))\\s*[%KMBkmb]?$"));
    qsizetype commas = 0;
    qsizetype points = 0;
    for (const QStringList &row : rows) {
        for (const QString &cell : row) {
            const QString t = cell.trimmed();
            if (t.isEmpty() || !t.front().isDigit())
                continue;
            if (commaDecimal.match(t).hasMatch())
                ++commas;
            else if (pointDecimal.match(t).hasMatch())
                ++points;
        }
    }
    NumberFormat format;
    if (commas > points)
        format.decimalSeparator = QLatin1Char(',');
    if (evidence) {
        if (commas == 0 && points == 0)
            *evidence = QString();
        else if (commas > 0 && points > 0)
            *evidence =
                ImportText::tr("Numbers are written both ways: %1 cells use a decimal comma, %2 a decimal "
                               "point. Read with a decimal %3; cells written the other way are rejected.")
                    .arg(commas)
                    .arg(points)
                    .arg(commas > points ? ImportText::tr("comma") : ImportText::tr("point"));
        else if (commas > 0)
            *evidence =
                ImportText::tr("Numbers use a decimal comma (%1 cells such as \"3,4\"): \"1.234,5\" is "
                               "read as one thousand two hundred thirty-four and a half.")
                    .arg(commas);
    }
    return format;
}

// ISO 8601 as the APIs write it: "2024-05-01", "2024-05-01T10:00:00Z", Instagram's "…+0000".
QDateTime parseDateTime(QString text)
{
    static const QRegularExpression offsetWithoutColon(QStringLiteral("([+-]\\d{2})(\\d{2})$"));
    text = text.trimmed();
    text.replace(offsetWithoutColon, QStringLiteral("\\1:\\2"));
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid()) {
        const QDate day = QDate::fromString(text.left(10), Qt::ISODate);
        if (day.isValid() && text.size() == 10)
            when = QDateTime(day, QTime(0, 0), Qt::UTC);
    }
    return when.isValid() ? when.toUTC() : QDateTime();
}

// An export without a platform column still links each post: the link's host names the platform.
std::optional<Platform> platformOfLink(const QString &link)
{
    const QString host = QUrl(link).host().toLower();
    const auto on = [&host](const char *domain) {
        return host == QLatin1String(domain) || host.endsWith(QLatin1Char('.') + QLatin1String(domain));
    };
    if (on("instagram.com"))
        return Platform::Instagram;
    if (on("youtube.com") || on("youtu.be"))
        return Platform::YouTube;
    if (on("tiktok.com"))
        return Platform::TikTok;
    return std::nullopt;
}

} // namespace candor
