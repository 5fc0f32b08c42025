// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ScoreMatrix.h"

#include "core/BinaryVectors.h"

#include <algorithm>
#include <numeric>
#include <thread>

namespace candor::scoring {

ScoreMatrix::ScoreMatrix(int factorCount, MissingDataRule rule) : m_factors(factorCount), m_rule(rule) {}

void ScoreMatrix::reserve(int rows)
{
    const std::size_t cells = static_cast<std::size_t>(rows) * static_cast<std::size_t>(m_factors);
    m_values.reserve(cells);
    m_states.reserve(cells);
    m_fullRow.reserve(static_cast<std::size_t>(rows));
}

std::size_t ScoreMatrix::memoryBytes() const
{
    return m_values.capacity() * sizeof(double) + m_states.capacity() + m_fullRow.capacity();
}

void ScoreMatrix::write(QDataStream &out) const
{
    writeVector(out, m_values);
    writeVector(out, m_states);
}

bool ScoreMatrix::read(QDataStream &in, int rows)
{
    const std::size_t cells = static_cast<std::size_t>(rows) * static_cast<std::size_t>(m_factors);
    if (!readVector(in, m_values, cells) || !readVector(in, m_states, cells))
        return false;
    if (std::any_of(m_states.begin(), m_states.end(),
                    [](unsigned char s) { return s > static_cast<unsigned char>(State::NotApplicable); }))
        return false;
    m_rows = rows;
    m_fullRow.resize(static_cast<std::size_t>(rows));
    for (int r = 0; r < rows; ++r) {
        bool full = true;
        for (int f = 0; f < m_factors; ++f)
            full = full && counts(state(r, f));
        m_fullRow[static_cast<std::size_t>(r)] = full ? 1 : 0;
    }
    return true;
}

void ScoreMatrix::addRow(std::span<const std::optional<double>> normalized, std::span<const State> states)
{
    Q_ASSERT(normalized.size() == static_cast<std::size_t>(m_factors));
    Q_ASSERT(states.size() == normalized.size());
    bool full = true;
    for (std::size_t f = 0; f < normalized.size(); ++f) {
        const std::optional<double> &value = normalized[f];
        const State state = value ? State::Available : states[f];
        m_states.push_back(static_cast<unsigned char>(state));
        m_values.push_back(value                                                             ? *value
                           : state == State::Missing && m_rule == MissingDataRule::Neutral ? kNeutralValue
                                                                                             : 0.0);
        full = full && counts(state);
    }
    m_fullRow.push_back(full ? 1 : 0);
    ++m_rows;
}

double ScoreMatrix::denominator(int row, std::span<const double> weights) const
{
    double total = 0.0;
    for (int f = 0; f < m_factors; ++f)
        total += countsInScore(row, f) ? weights[static_cast<std::size_t>(f)] : 0.0;
    return total;
}

ScoreMatrix::Range ScoreMatrix::range(int row, std::span<const double> weights) const
{
    double known = 0.0;
    double missing = 0.0;
    double judged = 0.0;
    for (int f = 0; f < m_factors; ++f) {
        const double w = weights[static_cast<std::size_t>(f)];
        switch (state(row, f)) {
        case State::Available:
            known += w * m_values[index(row, f)];
            judged += w;
            break;
        case State::Missing:
            missing += w;
            judged += w;
            break;
        case State::NotApplicable:
            break;
        }
    }
    if (judged <= 0.0)
        return {};
    return {100.0 * known / judged, 100.0 * (known + missing) / judged};
}

double ScoreMatrix::score(int row, std::span<const double> weights) const
{
    const double total = denominator(row, weights);
    if (total <= 0.0)
        return 0.0;
    // Summed as the breakdown sums contributions, so that the two agree to the last bit that matters.
    double sum = 0.0;
    for (int f = 0; f < m_factors; ++f)
        sum += 100.0 * weights[static_cast<std::size_t>(f)] * m_values[index(row, f)] / total;
    return sum;
}

void ScoreMatrix::scores(std::span<const double> weights, std::vector<double> &out) const
{
    out.resize(static_cast<std::size_t>(m_rows));
    // A large pool is scored in two halves at once: reading the matrix, not arithmetic, bounds the time, and a
    // second core reads as fast again. Starting a thread costs tens of microseconds; below this it is not worth it.
    constexpr int kRowsWorthAThread = 200000;
    if (m_rows < kRowsWorthAThread || std::thread::hardware_concurrency() < 2) {
        scoreRows(weights, 0, m_rows, out.data());
        return;
    }
    const int half = m_rows / 2;
    std::thread other([&] { scoreRows(weights, half, m_rows, out.data() + half); });
    scoreRows(weights, 0, half, out.data());
    other.join();
}

void ScoreMatrix::scoreRows(std::span<const double> weights, int first, int last, double *out) const
{
    const double *values = m_values.data();
    const unsigned char *states = m_states.data();
    const std::size_t m = static_cast<std::size_t>(m_factors);
    const double all = std::accumulate(weights.begin(), weights.end(), 0.0);
    for (std::size_t r = static_cast<std::size_t>(first); r < static_cast<std::size_t>(last); ++r) {
        const double *row = values + r * m;
        double dot = 0.0;
        double total = all;
        if (!m_fullRow[r]) {
            total = 0.0;
            const unsigned char *rowStates = states + r * m;
            for (std::size_t f = 0; f < m; ++f)
                total += counts(static_cast<State>(rowStates[f])) ? weights[f] : 0.0;
        }
        for (std::size_t f = 0; f < m; ++f)
            dot += weights[f] * row[f];
        out[r - static_cast<std::size_t>(first)] = total > 0.0 ? 100.0 * dot / total : 0.0;
    }
}

namespace {

bool before(std::size_t a, std::size_t b, std::span<const double> scores, std::span<const qint64> tieBreak)
{
    if (scores[a] != scores[b])
        return scores[a] > scores[b];
    return tieBreak[a] < tieBreak[b];
}

} // namespace

std::vector<int> rankOrder(std::span<const double> scores, std::span<const qint64> tieBreak,
                           std::span<const unsigned char> eligible, int limit)
{
    std::vector<int> order;
    order.reserve(scores.size());
    for (std::size_t i = 0; i < scores.size(); ++i) {
        if (eligible.empty() || eligible[i])
            order.push_back(static_cast<int>(i));
    }
    const auto compare = [&](int a, int b) {
        return before(static_cast<std::size_t>(a), static_cast<std::size_t>(b), scores, tieBreak);
    };
    if (limit >= 0 && static_cast<std::size_t>(limit) < order.size()) {
        std::partial_sort(order.begin(), order.begin() + limit, order.end(), compare);
        order.resize(static_cast<std::size_t>(limit));
    } else {
        std::sort(order.begin(), order.end(), compare);
    }
    return order;
}

int rankOf(int row, std::span<const double> scores, std::span<const qint64> tieBreak,
           std::span<const unsigned char> eligible)
{
    const std::size_t r = static_cast<std::size_t>(row);
    int ahead = 0;
    for (std::size_t i = 0; i < scores.size(); ++i) {
        if (i != r && (eligible.empty() || eligible[i]) && before(i, r, scores, tieBreak))
            ++ahead;
    }
    return ahead + 1;
}

} // namespace candor::scoring
