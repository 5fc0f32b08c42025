// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ScoredPool.h"

#include <QList>
#include <QString>
#include <optional>
#include <vector>

namespace candor::scoring {

// Factor-by-factor difference between two candidates; the differences add up to the score gap exactly.
struct FactorDifference
{
    FactorId id;
    double pointsA = 0.0;
    double pointsB = 0.0;
    double difference() const { return pointsA - pointsB; }
};
QList<FactorDifference> compareCandidates(const ScoredPool &pool, int a, int b,
                                          const std::vector<double> &weights);

// What single change would bring a candidate outside the top k into it.
struct ValueChange
{
    FactorId id;
    bool reachable = false;
    double currentValue = 0.0;       // normalised, as the score uses it
    double neededValue = 0.0;        // normalised
    std::optional<double> neededRaw; // in the factor's raw unit, where the curve can be inverted
    QString sentence;
};

struct WeightChange
{
    FactorId id;
    bool reachable = false;
    double currentWeight = 0.0;
    double neededWeight = 0.0;
    QString sentence;
};

class Counterfactuals
{
public:
    // The candidate's value of each factor alone raised (other factors and weights fixed) to the least
    // that puts it into the top k. `current` is the candidate's full breakdown under `weights` (its raw
    // values name the raw value needed).
    static QList<ValueChange> valueChanges(const ScoredPool &pool, int candidate, const Breakdown &current, int k,
                                           const std::vector<double> &weights);
    // Each weight alone moved, up or down, by the least that puts the candidate into the top k.
    static QList<WeightChange> weightChanges(const ScoredPool &pool, int candidate, int k,
                                             const std::vector<double> &weights);
};

} // namespace candor::scoring
