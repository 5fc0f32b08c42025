// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace candor {

// "477.9M", "20K", "9,999": audience sizes written the way exports and the platforms show them.
QString compactCount(qint64 count);

// A plain figure for tables: "3,078,637" for large values, up to six significant digits otherwise.
QString readableNumber(double value);

// A number with a fixed count of decimals, in the user's locale: "0.091", "1,44".
QString decimalText(double value, int decimals = 3);

// "2.63 %" from 0.0263.
QString percentText(double fraction, int decimals = 2);

// A label as it reads inside a sentence: English lowers its first letter ("Reach" → "reach"); a language
// whose nouns keep their capitals (German) keeps it, as its translation says.
QString labelInSentence(const QString &label);
// A label that starts a sentence or a cell: its first letter in capitals ("unbalanced" → "Unbalanced").
QString sentenceStart(const QString &label);

} // namespace candor
