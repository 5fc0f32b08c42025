#include "RankStability.h"

#include "RankSorter.h"

#include <algorithm>
#include <boost/random/gamma_distribution.hpp>
#include <boost/random/mersenne_twister.hpp>
#include <cmath>
#include <thread>

namespace candor::scoring {

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
    const auto work = [&](std::size_t first, std::size_t last) {
        std::vector<double> scores;
        for (std::size_t draw = first; draw < last; ++draw) {
            matrix.scores(draws[draw], scores);
            const std::vector<int> order = sorter.order(scores);
            for (std::size_t position = 0; position < order.size(); ++position)
                ranks[static_cast<std::size_t>(order[position]) * d + draw] = static_cast<quint32>(position + 1);
        }
    };
    const std::size_t threads =
        std::max<std::size_t>(1, std::min<std::size_t>(std::thread::hardware_concurrency(), 8));
    std::vector<std::thread> workers;
    const std::size_t chunk = (d + threads - 1) / threads;
    for (std::size_t t = 0; t < threads && t * chunk < d; ++t)
        workers.emplace_back(work, t * chunk, std::min(d, (t + 1) * chunk));
    for (std::thread &worker : workers)
        worker.join();

    std::vector<CandidateStability> result(n);
    if (d == 0)
        return result;
    // Nearest-rank percentile: the value at position ceil(p × d) of the sorted ranks (1-based).
    const auto nearestRank = [d](double p) {
        return static_cast<std::size_t>(std::max(1.0, std::ceil(p * static_cast<double>(d)))) - 1;
    };
    const auto low = static_cast<std::ptrdiff_t>(nearestRank(0.05));
    const auto high = static_cast<std::ptrdiff_t>(nearestRank(0.95));
    for (std::size_t c = 0; c < n; ++c) {
        if (!eligible.empty() && !eligible[c])
            continue;
        // Each candidate's ranks are its own slice: two selections find the percentiles without a sort.
        const auto begin = ranks.begin() + static_cast<std::ptrdiff_t>(c * d);
        const auto end = begin + static_cast<std::ptrdiff_t>(d);
        const auto inTop =
            std::count_if(begin, end, [&](quint32 r) { return r <= static_cast<quint32>(settings.topK); });
        CandidateStability &s = result[c];
        s.probabilityInTopK = static_cast<double>(inTop) / static_cast<double>(d);
        std::nth_element(begin, begin + low, end);
        s.rankLow = static_cast<int>(*(begin + low));
        std::nth_element(begin + low, begin + high, end);
        s.rankHigh = static_cast<int>(*(begin + high));
        s.unstable = s.probabilityInTopK >= kUnstableLow && s.probabilityInTopK <= kUnstableHigh;
    }
    return result;
}

} // namespace candor::scoring
