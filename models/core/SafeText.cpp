// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SafeText.h"

#include <QRegularExpression>

namespace candor {

bool isControlOrBidi(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x20 || (u >= 0x7F && u <= 0x9F))
        return true;
    // Left-to-right and right-to-left marks, embeddings, overrides and isolates, and the Arabic letter mark.
    return u == 0x061C || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E) ||
           (u >= 0x2066 && u <= 0x2069);
}

QString csvField(const QString &value, QChar separator)
{
    static const QRegularExpression plainNumber(QStringLiteral("^[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d+)?%?$"));
    QString cell = value;
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        const bool risky = first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
                           first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
        if (risky && !plainNumber.match(cell).hasMatch())
            cell.prepend(QLatin1Char('\''));
    }
    if (cell.contains(separator) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n')) ||
        cell.contains(QLatin1Char('\r'))) {
        cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

QString csvRecord(const QStringList &fields, QChar separator)
{
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString &field : fields)
        cells << csvField(field, separator);
    return cells.join(separator);
}

QString excerpt(const QString &text, qsizetype limit)
{
    if (text.size() <= limit)
        return text;
    return text.left(limit) + QStringLiteral("… (%1 more characters)").arg(text.size() - limit);
}

QString listExcerpt(const QStringList &items, qsizetype limit)
{
    if (items.size() <= limit)
        return items.join(QStringLiteral(", "));
    return items.mid(0, limit).join(QStringLiteral(", ")) + QStringLiteral("… and %1 more").arg(items.size() - limit);
}

QString printable(const QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(), isControlOrBidi))
        return text;
    QString safe;
    safe.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (isControlOrBidi(c))
            safe += QStringLiteral("<U+%1>").arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')));
        else
            safe += c;
    }
    return safe;
}

} // namespace candor
