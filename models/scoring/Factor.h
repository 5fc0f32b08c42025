// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Normalization.h"

#include <QList>
#include <QString>
#include <optional>

namespace candor::scoring {

enum class FactorId
{
    AudienceFit,
    EngagementQuality,
    Authenticity,
    Reach,
    CostEfficiency,
    BrandSafety,
    DisclosureRecord,
    TrackRecord,
};

// What a factor is, in words a brand manager reads; formulas are in docs/scoring.md.
struct FactorInfo
{
    FactorId id;
    const char *key; // stable id in files, JSON and the command line
    QString name;
    QString shortName; // for chart axes, where space is short
    QString description;
    QString dataSource;
};

const FactorInfo &factorInfo(FactorId id);
// The table's words in the user's language, for what a person reads (the window, the command line's tables,
// the client report); files and JSON name a factor by its key.
QString translatedFactorName(FactorId id);
QString translatedFactorShortName(FactorId id);
QString translatedFactorDescription(FactorId id);
QString translatedFactorSource(FactorId id);
QList<FactorId> allFactors();
std::optional<FactorId> factorFromKey(const QString &key);
QString factorKey(FactorId id);

// One factor as a scoring model uses it.
struct FactorDefinition
{
    FactorId id = FactorId::AudienceFit;
    double weight = 1.0; // ≥ 0; only the ratios between weights matter
    Normalization normalization;
    bool operator==(const FactorDefinition &) const = default;
};

} // namespace candor::scoring
