// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <optional>

namespace candor {

// Countries are ISO 3166-1 alpha-2 codes everywhere in a project ("IN", "US"). Exports write names and
// aliases ("India", "United States", "USA", "UK"); the shipped table resources/data/countries.tsv (names
// from Debian's iso-codes, aliases added by Candor) maps them. Matching ignores case, accents and
// punctuation.
namespace countries {

// The alpha-2 code for a code, alpha-3 code, name or alias; nothing when the text names no country.
std::optional<QString> code(const QString &text);
// The English short name of an alpha-2 code ("IN" -> "India"); the code itself when it is unknown.
QString name(const QString &alpha2);

} // namespace countries
} // namespace candor
