// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "AudienceDistribution.h"

#include <QString>
#include <optional>

namespace candor {

// How the platforms' and vendors' audience labels map to Candor's categories (docs/audience-import.md has the
// whole table with its sources):
// - age bands: 13-17, 18-24, 25-34, 35-44, 45-54, 55-64, 65+; other bands a source uses (Modash's 45-64)
//   are kept as they are and compared on the coarsest partition both sides share;
// - gender: female, male, and "other" for every "unknown / user-specified / other" code (Instagram U,
//   YouTube user_specified, vendors' Other), kept as its own category, never dropped or spread;
// - country: ISO 3166-1 alpha-2 codes (see Countries.h); "other" for a vendor's rest;
// - language: ISO 639-1 codes ("en", from "en_US" too).
namespace audience {

// The label a partial distribution's unreported remainder is stored under.
inline QString notReported()
{
    return QStringLiteral("other (not reported)");
}

// Candor's category for a label as a source wrote it; nothing when the label means nothing in the dimension.
std::optional<QString> canonicalCategory(AudienceDimension dimension, const QString &label);

// An age band as [from, to] in years (to = -1 for "65+"); nothing for labels that are not bands.
std::optional<std::pair<int, int>> ageRange(const QString &band);

// Both distributions of the age dimension re-aggregated on the finest partition that both can be expressed
// in ("45-54" and "55-64" become "45-64" when the other side has "45-64"). Returns whether anything merged.
bool toCommonAgeBands(AudienceDistribution &a, AudienceDistribution &b);

} // namespace audience
} // namespace candor
