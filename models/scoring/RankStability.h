// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ScoredPool.h"

#include <QtGlobal>
#include <span>
#include <vector>

namespace candor::scoring {

// How sure a candidate's place is when the weights are only roughly right. Weights are drawn from a
// Dirichlet distribution centred on the current weight shares (αᵢ = concentration × wᵢ / Σw), the pool is
// re-ranked for every draw, and each candidate gets P(in top k) and the 5th–95th percentile of its rank.
struct StabilitySettings
{
    int draws = 1000;
    double concentration = 50.0; // higher: draws stay closer to the current weights
    quint32 seed = 1;
    int topK = 10;
};

struct CandidateStability
{
    double probabilityInTopK = 0.0;
    int rankLow = 0;  // 5th percentile (nearest-rank method)
    int rankHigh = 0; // 95th percentile
    // Membership of the top k flips in a sizeable share of draws (between kUnstableLow and kUnstableHigh).
    bool unstable = false;
};

class RankStability
{
public:
    // Candor's own thresholds for the "unstable" mark: in the top k in at least 20 % and at most 80 % of
    // the draws. A place that holds in more than four draws out of five is reported as stable.
    static constexpr double kUnstableLow = 0.2;
    static constexpr double kUnstableHigh = 0.8;

    // One entry per candidate of the pool; filtered-out candidates get zeros. Deterministic for a seed:
    // the weight draws are made in one sequence before the (parallel) re-ranking.
    static std::vector<CandidateStability> compute(const ScoredPool &pool, const std::vector<double> &weights,
                                                   const StabilitySettings &settings);

    // The same over a bare matrix (the benchmark uses this).
    static std::vector<CandidateStability> compute(const ScoreMatrix &matrix,
                                                   std::span<const qint64> tieBreak,
                                                   std::span<const unsigned char> eligible,
                                                   const std::vector<double> &weights,
                                                   const StabilitySettings &settings);

    // The same for a few candidates only (the rows a command prints), in the order given: per draw one pass
    // over the pool counts who comes before each of them, so memory stays at candidates + tracked × draws
    // instead of candidates × draws, and the result equals compute()'s for those candidates.
    static std::vector<CandidateStability> computeFor(const ScoredPool &pool, const std::vector<double> &weights,
                                                      const StabilitySettings &settings, std::span<const int> tracked);

    static std::vector<std::vector<double>> drawWeights(const std::vector<double> &weights,
                                                        const StabilitySettings &settings);

private:
    // P(top k), the 5th and 95th percentile and the mark, from one candidate's ranks over the draws.
    static CandidateStability summarise(std::vector<quint32>::iterator begin, std::size_t draws, int topK);
};

} // namespace candor::scoring
