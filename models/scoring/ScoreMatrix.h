// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ScoringModel.h"

#include <QDataStream>
#include <QtGlobal>
#include <optional>
#include <span>
#include <vector>

namespace candor::scoring {

// Normalised factor values of many candidates in one contiguous array (candidate-major), so that a weight
// change is one pass of multiply-adds: no re-evaluation, no allocation per candidate.
class ScoreMatrix
{
public:
    // The value a missing factor counts as under MissingDataRule::Neutral.
    static constexpr double kNeutralValue = 0.5;

    ScoreMatrix(int factorCount, MissingDataRule rule);

    // A factor that does not apply to a candidate (no benchmark for its platform, say) is not missing data:
    // it leaves the score under every rule, and the other weights count for more.
    enum class State : unsigned char
    {
        Missing,
        Available,
        NotApplicable
    };

    void reserve(int rows);
    // The values and states as stored in a project file (see ScoredPool::toBytes); read() is false on bytes
    // that do not fit this matrix's factor count.
    void write(QDataStream &out) const;
    std::size_t memoryBytes() const;
    bool read(QDataStream &in, int rows);
    void addRow(std::span<const std::optional<double>> normalized, std::span<const State> states);

    int rows() const { return m_rows; }
    int factors() const { return m_factors; }
    MissingDataRule rule() const { return m_rule; }
    State state(int row, int factor) const { return static_cast<State>(m_states[index(row, factor)]); }
    bool isAvailable(int row, int factor) const { return state(row, factor) == State::Available; }
    // The value the score uses: the normalised value, 0.5 for a missing factor under the neutral rule,
    // 0 for a missing factor under the lower-bound and exclude rules (under exclude its weight also leaves
    // the denominator).
    double usedValue(int row, int factor) const { return m_values[index(row, factor)]; }
    bool countsInScore(int row, int factor) const { return counts(state(row, factor)); }

    // The sum of the weights that count for `row`: Σ wᵢ, or Σ wᵢ over available factors under the exclude
    // rule.
    double denominator(int row, std::span<const double> weights) const;
    // What one factor adds to the row's score, in points of 100, given the row's denominator(): the breakdown
    // and the fairness audit's factor gaps count it the same way.
    double points(int row, int factor, std::span<const double> weights, double denominator) const
    {
        return denominator > 0.0 && countsInScore(row, factor)
                   ? 100.0 * weights[static_cast<std::size_t>(factor)] * usedValue(row, factor) / denominator
                   : 0.0;
    }
    // The score's range over the factors without data: each at 0 (lowest) and each at full marks (highest), over
    // the weights of every factor that applies. Equal when nothing is missing.
    struct Range
    {
        double lowest = 0.0;
        double highest = 0.0;
    };
    Range range(int row, std::span<const double> weights) const;
    double score(int row, std::span<const double> weights) const;
    void scores(std::span<const double> weights, std::vector<double> &out) const;
    // The scores of rows [first, last) into out[0 … last − first): a block small enough to stay in the cache
    // while many weightings are tried on it.
    void scoreRows(std::span<const double> weights, int first, int last, double *out) const;

private:
    bool counts(State state) const
    {
        return state == State::Available || (state == State::Missing && m_rule != MissingDataRule::Exclude);
    }
    std::size_t index(int row, int factor) const
    {
        return static_cast<std::size_t>(row) * static_cast<std::size_t>(m_factors) +
               static_cast<std::size_t>(factor);
    }

    int m_factors;
    int m_rows = 0;
    MissingDataRule m_rule;
    std::vector<double> m_values;
    std::vector<unsigned char> m_states;
    std::vector<unsigned char> m_fullRow;  // 1 where every weight counts: the common, fast case
};

// Candidates in rank order: score descending, then `tieBreak` ascending (account ids, so that equal scores
// keep a stable, documented order). Only rows with eligible[row] take part; `limit` < 0 ranks them all,
// otherwise only the top `limit` are sorted (a partial sort: the visible top of a long list).
std::vector<int> rankOrder(std::span<const double> scores, std::span<const qint64> tieBreak,
                           std::span<const unsigned char> eligible, int limit = -1);

// 1-based rank of `row` among the eligible rows without sorting: 1 + the number that come before it.
int rankOf(int row, std::span<const double> scores, std::span<const qint64> tieBreak,
           std::span<const unsigned char> eligible);

} // namespace candor::scoring
