// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Formatting.h"

#include "TextContexts.h"

#include <QLocale>
#include <cmath>

namespace candor {
namespace {

QString withUnit(double value, QChar unit)
{
    QString text = QLocale().toString(value, 'f', 1);
    const QString zero = QLocale().decimalPoint() + QLatin1Char('0');
    if (text.endsWith(zero))
        text.chop(zero.size());
    return text + unit;
}

} // namespace

QString compactCount(qint64 count)
{
    const double value = static_cast<double>(count);
    if (count >= 1000000000)
        return withUnit(value / 1e9, QLatin1Char('B'));
    if (count >= 1000000)
        return withUnit(value / 1e6, QLatin1Char('M'));
    if (count >= 10000)
        return withUnit(value / 1e3, QLatin1Char('K'));
    return QLocale().toString(count);
}

QString readableNumber(double value)
{
    if (std::abs(value) >= 1000.0)
        return QLocale().toString(static_cast<qint64>(std::llround(value)));
    return QLocale().toString(value, 'g', 6);
}

QString percentText(double fraction, int decimals)
{
    return QLocale().toString(fraction * 100.0, 'f', decimals) + QStringLiteral(" %");
}

QString decimalText(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString labelInSentence(const QString &label)
{
    //: "lower" if a label inside a sentence starts in lower case (English), "keep" if it keeps its capital
    //: (German).
    static const char *const rule = QT_TRANSLATE_NOOP("DomainText", "lower");
    if (DomainText::tr(rule) != QLatin1String("lower") || label.isEmpty())
        return label;
    return label.left(1).toLower() + label.mid(1);
}

QString sentenceStart(const QString &label)
{
    return label.left(1).toUpper() + label.mid(1);
}

} // namespace candor
