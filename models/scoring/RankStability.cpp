// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RankStability.h"

#include "RankSorter.h"

#include <algorithm>
#include <boost/random/gamma_distribution.hpp>
#include <boost/random/mersenne_twister.hpp>
#include <cmath>
#include <numeric>
#include <thread>

namespace candor::scoring {
namespace {

// How many threads the Monte Carlo runs use: the cores, at most eight.
std::size_t parallelParts()
{
    return std::max<std::size_t>(1, std::min<std::size_t>(std::thread::hardware_concurrency(), 8));
}

// Splits [0, count) into parallelParts() ranges and runs work(part, first, last) on each on its own thread.
template <typename Work> void inParallel(std::size_t count, Work work)
{
    const std::size_t parts = parallelParts();
    const std::size_t chunk = (count + parts - 1) / parts;
    std::vector<std::thread> workers;
    for (std::size_t part = 0; part < parts && part * chunk < count; ++part)
        workers.emplace_back(work, part, part * chunk, std::min(count, (part + 1) * chunk));
    for (std::thread &worker : workers)
        worker.join();
}

} // namespace

std::vector<std::vector<double>> RankStability::drawWeights(const std::vector<double> &weights,
                                                            const StabilitySettings &settings)
{
    // Boost.Random gives the same stream on every platform, so a seed reproduces a result anywhere.
    boost::random::mt19937 engine(settings.seed);
    double total = 0.0;
    for (double w : weights)
        total += w;
    std::vector<std::vector<double>> draws(static_cast<std::size_t>(std::max(0, settings.draws)));
    for (std::vector<double> &draw : draws) {
        draw.assign(weights.size(), 0.0);
        double sum = 0.0;
        for (std::size_t f = 0; f < weights.size(); ++f) {
            if (weights[f] <= 0.0 || total <= 0.0)
                continue; // a factor switched off stays off
            draw[f] = boost::random::gamma_distribution<double>(settings.concentration * weights[f] /
                                                                total)(engine);
            sum += draw[f];
        }
        for (double &w : draw)
            w = sum > 0.0 ? w / sum : 0.0;
    }
    return draws;
}

std::vector<CandidateStability> RankStability::compute(const ScoredPool &pool,
                                                       const std::vector<double> &weights,
                                                       const StabilitySettings &settings)
{
    return compute(pool.matrix(), pool.tieBreak(), pool.eligible(), weights, settings);
}

std::vector<CandidateStability> RankStability::compute(const ScoreMatrix &matrix,
                                                       std::span<const qint64> tieBreak,
                                                       std::span<const unsigned char> eligible,
                                                       const std::vector<double> &weights,
                                                       const StabilitySettings &settings)
{
    const std::vector<std::vector<double>> draws = drawWeights(weights, settings);
    const std::size_t n = static_cast<std::size_t>(matrix.rows());
    const std::size_t d = draws.size();
    // ranks[candidate * d + draw]; 0 for a filtered-out candidate.
    std::vector<quint32> ranks(n * d, 0);

    const RankSorter sorter(tieBreak, eligible);
    inParallel(d, [&](std::size_t, std::size_t first, std::size_t last) {
        std::vector<double> scores;
        for (std::size_t draw = first; draw < last; ++draw) {
            matrix.scores(draws[draw], scores);
            const std::vector<int> order = sorter.order(scores);
            for (std::size_t position = 0; position < order.size(); ++position)
                ranks[static_cast<std::size_t>(order[position]) * d + draw] = static_cast<quint32>(position + 1);
        }
    });

    std::vector<CandidateStability> result(n);
    for (std::size_t c = 0; c < n; ++c) {
        if (eligible.empty() || eligible[c])
            result[c] = summarise(ranks.begin() + static_cast<std::ptrdiff_t>(c * d), d, settings.topK);
    }
    return result;
}

std::vector<CandidateStability> RankStability::computeFor(const ScoredPool &pool, const std::vector<double> &weights,
                                                          const StabilitySettings &settings,
                                                          std::span<const int> tracked)
{
    const std::vector<std::vector<double>> draws = drawWeights(weights, settings);
    const std::size_t d = draws.size();
    const std::size_t t = tracked.size();
    const ScoreMatrix &matrix = pool.matrix();
    const std::span<const qint64> tieBreak = pool.tieBreak();
    const std::vector<unsigned char> &eligible = pool.eligible();

    // First the tracked candidates alone: their scores and order in every draw.
    std::vector<double> trackedScore(d * t);
    std::vector<std::size_t> byRank(d * t); // per draw, tracked indexes best first
    for (std::size_t draw = 0; draw < d; ++draw) {
        double *score = trackedScore.data() + draw * t;
        for (std::size_t i = 0; i < t; ++i)
            matrix.scoreRows(draws[draw], tracked[i], tracked[i] + 1, score + i);
        const auto order = byRank.begin() + static_cast<std::ptrdiff_t>(draw * t);
        std::iota(order, order + static_cast<std::ptrdiff_t>(t), std::size_t{0});
        std::sort(order, order + static_cast<std::ptrdiff_t>(t), [&](std::size_t a, std::size_t b) {
            return score[a] != score[b] ? score[a] > score[b]
                                        : tieBreak[static_cast<std::size_t>(tracked[a])] <
                                              tieBreak[static_cast<std::size_t>(tracked[b])];
        });
    }

    // Then the pool in blocks that stay in the cache while every draw is tried on them (reading a million rows
    // once per draw was the cost), counting per draw how many come before each tracked place.
    constexpr int kBlock = 2048;
    const int rows = matrix.rows();
    std::vector<std::vector<quint32>> partial(parallelParts());
    inParallel(static_cast<std::size_t>(rows), [&](std::size_t part, std::size_t firstRow, std::size_t lastRow) {
        std::vector<quint32> &ahead = partial[part];
        ahead.assign(d * (t + 1), 0);
        std::vector<double> scores(kBlock);
        for (int block = static_cast<int>(firstRow); block < static_cast<int>(lastRow); block += kBlock) {
            const int end = std::min(static_cast<int>(lastRow), block + kBlock);
            for (std::size_t draw = 0; draw < d; ++draw) {
                matrix.scoreRows(draws[draw], block, end, scores.data());
                const double *score = trackedScore.data() + draw * t;
                const std::size_t *order = byRank.data() + draw * t;
                quint32 *count = ahead.data() + draw * (t + 1);
                const double lowest = t > 0 ? score[order[t - 1]] : 0.0;
                const double highest = t > 0 ? score[order[0]] : 0.0;
                for (int row = block; row < end; ++row) {
                    const double mine = scores[static_cast<std::size_t>(row - block)];
                    // Most rows score below every tracked candidate, some above all: one comparison settles them.
                    if (!eligible[static_cast<std::size_t>(row)] || mine < lowest)
                        continue;
                    if (mine > highest) {
                        ++count[0];
                        continue;
                    }
                    std::size_t behind = 0;
                    while (behind < t) {
                        const std::size_t i = order[behind];
                        const bool before = mine != score[i]
                                                ? mine > score[i]
                                                : tieBreak[static_cast<std::size_t>(row)] <
                                                      tieBreak[static_cast<std::size_t>(tracked[i])];
                        if (before)
                            break;
                        ++behind;
                    }
                    ++count[behind];
                }
            }
        }
    });

    std::vector<quint32> ranks(t * d, 0); // ranks[tracked * d + draw]
    for (std::size_t draw = 0; draw < d; ++draw) {
        quint32 comesBefore = 0;
        for (std::size_t position = 0; position < t; ++position) {
            for (const std::vector<quint32> &ahead : partial)
                comesBefore += ahead.empty() ? 0 : ahead[draw * (t + 1) + position];
            const std::size_t i = byRank[draw * t + position];
            if (eligible[static_cast<std::size_t>(tracked[i])])
                ranks[i * d + draw] = comesBefore + 1;
        }
    }
    std::vector<CandidateStability> result(t);
    for (std::size_t i = 0; i < t; ++i) {
        if (eligible[static_cast<std::size_t>(tracked[i])])
            result[i] = summarise(ranks.begin() + static_cast<std::ptrdiff_t>(i * d), d, settings.topK);
    }
    return result;
}

CandidateStability RankStability::summarise(std::vector<quint32>::iterator begin, std::size_t draws, int topK)
{
    CandidateStability s;
    if (draws == 0)
        return s;
    // Nearest-rank percentile: the value at position ceil(p × d) of the sorted ranks (1-based).
    const auto nearestRank = [draws](double p) {
        return static_cast<std::ptrdiff_t>(std::max(1.0, std::ceil(p * static_cast<double>(draws)))) - 1;
    };
    const auto low = nearestRank(0.05);
    const auto high = nearestRank(0.95);
    // Each candidate's ranks are its own slice: two selections find the percentiles without a sort.
    const auto end = begin + static_cast<std::ptrdiff_t>(draws);
    const auto inTop = std::count_if(begin, end, [&](quint32 r) { return r <= static_cast<quint32>(topK); });
    s.probabilityInTopK = static_cast<double>(inTop) / static_cast<double>(draws);
    std::nth_element(begin, begin + low, end);
    s.rankLow = static_cast<int>(*(begin + low));
    std::nth_element(begin + low, begin + high, end);
    s.rankHigh = static_cast<int>(*(begin + high));
    s.unstable = s.probabilityInTopK >= kUnstableLow && s.probabilityInTopK <= kUnstableHigh;
    return s;
}

} // namespace candor::scoring
