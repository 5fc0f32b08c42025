// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Counterfactuals.h"

#include "core/Formatting.h"
#include "core/TextContexts.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace candor::scoring {
namespace {

// A counterfactual aims a hair above the threshold so that applying it really changes the rank.
constexpr double kMargin = 1e-6;

// A raw value as people read it: "3.5M" followers, "1.4" times the benchmark — never "3.5464e+06".
QString rawText(double value)
{
    if (std::abs(value) >= 10000.0)
        return compactCount(std::llround(value));
    return QLocale().toString(value, 'f', std::abs(value) >= 100.0 ? 0 : std::abs(value) >= 1.0 ? 2 : 3);
}

// The score of the candidate ranked k-th among the others (the one to beat), or nothing with fewer than k.
std::optional<double> scoreToBeat(const ScoredPool &pool, int candidate, int k,
                                  const std::vector<double> &scores)
{
    std::vector<unsigned char> others = pool.eligible();
    others[static_cast<std::size_t>(candidate)] = 0;
    const std::vector<int> top = rankOrder(scores, pool.tieBreak(), others, k);
    if (static_cast<int>(top.size()) < k)
        return std::nullopt;
    return scores[static_cast<std::size_t>(top.back())];
}

bool inTopK(const ScoredPool &pool, int candidate, int k, const std::vector<double> &weights)
{
    const int rank = pool.rankOf(candidate, weights);
    return rank > 0 && rank <= k;
}

} // namespace

QList<FactorDifference> compareCandidates(const ScoredPool &pool, int a, int b,
                                          const std::vector<double> &weights)
{
    const Breakdown first = pool.breakdown(a, weights);
    const Breakdown second = pool.breakdown(b, weights);
    QList<FactorDifference> differences;
    for (qsizetype f = 0; f < first.factors.size(); ++f)
        differences << FactorDifference{first.factors.at(f).value.id, first.factors.at(f).points,
                                        second.factors.at(f).points};
    return differences;
}

QList<ValueChange> Counterfactuals::valueChanges(const ScoredPool &pool, int candidate, const Breakdown &current,
                                                 int k, const std::vector<double> &weights)
{
    QList<ValueChange> changes;
    const std::vector<double> scores = pool.scores(weights);
    const auto target = scoreToBeat(pool, candidate, k, scores);
    const ScoreMatrix &matrix = pool.matrix();
    for (int f = 0; f < matrix.factors(); ++f) {
        const FactorContribution &c = current.factors.at(f);
        ValueChange change{c.value.id, false, c.usedValue, 0.0, std::nullopt, {}};
        const double w = weights[static_cast<std::size_t>(f)];
        if (!target || w <= 0.0) {
            change.sentence = ScoringText::tr("Not reachable: %1")
                                  .arg(w <= 0.0 ? ScoringText::tr("the factor has no weight")
                                                : ScoringText::tr("fewer than k others"));
            changes << change;
            continue;
        }
        // score' = 100 (N + w·f) / (W + w), where N and W leave this factor out: solve score' = target.
        const double denominatorWithout =
            matrix.denominator(candidate, weights) - (matrix.countsInScore(candidate, f) ? w : 0.0);
        double numeratorWithout = 0.0;
        for (int g = 0; g < matrix.factors(); ++g) {
            if (g != f && matrix.countsInScore(candidate, g))
                numeratorWithout += weights[static_cast<std::size_t>(g)] * matrix.usedValue(candidate, g);
        }
        const double needed = ((*target + kMargin) * (denominatorWithout + w) / 100.0 - numeratorWithout) / w;
        change.neededValue = std::max(0.0, needed);
        change.reachable = needed <= 1.0;
        if (change.reachable) {
            change.neededRaw = c.normalization.inverse(std::clamp(change.neededValue, 0.0, 1.0));
            change.sentence = ScoringText::tr("%1 would need a normalised value of %2 (now %3)")
                                  .arg(factorInfo(c.value.id).name, decimalText(change.neededValue),
                                       decimalText(c.usedValue));
            if (change.neededRaw && c.value.raw && c.normalization.kind != Normalization::Kind::Identity)
                change.sentence += ScoringText::tr(": a raw value of %1 (now %2)")
                                       .arg(rawText(*change.neededRaw), rawText(*c.value.raw));
        } else {
            change.sentence =
                ScoringText::tr("%1 alone cannot do it: even a perfect value leaves the candidate "
                                "outside the top %2")
                    .arg(factorInfo(c.value.id).name)
                    .arg(k);
        }
        changes << change;
    }
    return changes;
}

QList<WeightChange> Counterfactuals::weightChanges(const ScoredPool &pool, int candidate, int k,
                                                   const std::vector<double> &weights)
{
    QList<WeightChange> changes;
    double total = 0.0;
    for (double w : weights)
        total += w;
    // Far enough that a factor can dominate every other one a hundredfold.
    const double ceiling = std::max(1.0, total) * 100.0;

    for (std::size_t f = 0; f < weights.size(); ++f) {
        const FactorId id = pool.model().factors.at(static_cast<qsizetype>(f)).id;
        WeightChange change{id, false, weights[f], weights[f], {}};
        std::vector<double> trial = weights;
        const auto works = [&](double w) {
            trial[f] = w;
            return inTopK(pool, candidate, k, trial);
        };
        // Rank changes only where two candidates' scores cross, so a grid finds every region in which the
        // candidate enters the top k; bisection then finds the edge of the region nearest the current weight.
        std::optional<double> best;
        const auto searchTowards = [&](double end) {
            constexpr int kSteps = 256;
            double previous = weights[f];
            for (int step = 1; step <= kSteps; ++step) {
                const double t = static_cast<double>(step) / kSteps;
                // Upwards on a geometric grid (weights span orders of magnitude), downwards linearly to 0.
                const double w = end > weights[f] ? weights[f] + (end - weights[f]) *
                                                                     (std::pow(2.0, t * 16.0) - 1.0) / 65535.0
                                                  : weights[f] + (end - weights[f]) * t;
                if (works(w)) {
                    double inside = w;
                    double outside = previous;
                    for (int i = 0; i < 60; ++i) {
                        const double middle = 0.5 * (inside + outside);
                        (works(middle) ? inside : outside) = middle;
                    }
                    // Step a hair into the region, so that a weight rounded for display still works.
                    const double safer = inside + (inside - outside) * 1e6;
                    if (safer >= 0.0 && works(safer) &&
                        std::abs(safer - inside) < 1e-6 * std::max(1.0, inside))
                        inside = safer;
                    if (!best || std::abs(inside - weights[f]) < std::abs(*best - weights[f]))
                        best = inside;
                    return;
                }
                previous = w;
            }
        };
        searchTowards(ceiling);
        searchTowards(0.0);
        if (best) {
            change.reachable = true;
            change.neededWeight = *best;
            change.sentence =
                ScoringText::tr("Weight of %1 from %2 to %3")
                    .arg(factorInfo(id).name, decimalText(weights[f], 2), decimalText(*best, 3));
        } else {
            change.sentence = ScoringText::tr("No weight of %1 alone brings the candidate into the top %2")
                                  .arg(factorInfo(id).name)
                                  .arg(k);
        }
        changes << change;
    }
    return changes;
}

} // namespace candor::scoring
