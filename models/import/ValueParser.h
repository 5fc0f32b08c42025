// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Platform.h"

#include <QChar>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace candor {

// How numbers are written in a file: "1,234.5" (decimal point) or "1.234,5" (decimal comma, as European
// spreadsheets export with semicolon separators).
struct NumberFormat
{
    QChar decimalSeparator = QLatin1Char('.');
    QChar groupSeparator() const
    {
        return decimalSeparator == QLatin1Char('.') ? QLatin1Char(',') : QLatin1Char('.');
    }
};

struct ParsedNumber
{
    enum class Kind
    {
        Value,
        Missing,          // blank, "N/A", "-": the source has no figure
        SpreadsheetError, // "#VALUE!", "#VALOR!", "#DIV/0!": a broken formula in the export
        Invalid           // text that is not a number; `problem` says why
    };
    Kind kind = Kind::Missing;
    double value = 0.0;
    bool isPercent = false; // the text ended in '%'; value is already divided by 100
    QString problem;
};

// Reads the numbers real exports contain: "477.9M", "12.5K", "1,234", "3.4%", "1 234", "1.234,5".
ParsedNumber parseNumber(const QString &text, const NumberFormat &format);

// Tells decimal point from decimal comma by the cells that can only be read one way ("3,25", "477.9M");
// ambiguous cells such as "1,234" give no evidence. `evidence` receives a sentence for the import notices.
NumberFormat detectNumberFormat(const QList<QStringList> &rows, QString *evidence);

// A moment as the platforms' APIs write it ("2024-05-01", "2024-05-01T10:00:00Z", Instagram's "…+0000"), in
// UTC; invalid when the text is none of these.
QDateTime parseDateTime(QString text);

// The platform a post's link is on (instagram.com, youtube.com or youtu.be, tiktok.com), if any.
std::optional<Platform> platformOfLink(const QString &link);

} // namespace candor
