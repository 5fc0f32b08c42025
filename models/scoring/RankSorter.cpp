// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RankSorter.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <numeric>

namespace candor::scoring {

namespace {

constexpr int kDigitBits = 11; // 2048 buckets: six passes over 64 bits, each histogram fits in L1
constexpr int kPasses = (64 + kDigitBits - 1) / kDigitBits;
constexpr std::size_t kBuckets = std::size_t{1} << kDigitBits;

// Maps a score to an unsigned key that sorts ascending as the score sorts descending.
std::uint64_t descendingKey(double score)
{
    if (score == 0.0)
        score = 0.0; // -0 equals +0 for the comparison sort; give both one key
    const auto bits = std::bit_cast<std::uint64_t>(score);
    const std::uint64_t ascending = (bits & (std::uint64_t{1} << 63)) ? ~bits : bits | (std::uint64_t{1} << 63);
    return ~ascending;
}

} // namespace

RankSorter::RankSorter(std::span<const qint64> tieBreak, std::span<const unsigned char> eligible)
{
    for (std::size_t row = 0; row < tieBreak.size(); ++row) {
        if (eligible.empty() || eligible[row])
            m_byTieBreak.push_back(static_cast<int>(row));
    }
    std::stable_sort(m_byTieBreak.begin(), m_byTieBreak.end(), [&](int a, int b) {
        return tieBreak[static_cast<std::size_t>(a)] < tieBreak[static_cast<std::size_t>(b)];
    });
    m_tiePlace.assign(tieBreak.size(), -1);
    for (std::size_t place = 0; place < m_byTieBreak.size(); ++place)
        m_tiePlace[static_cast<std::size_t>(m_byTieBreak[place])] = static_cast<int>(place);
}

std::size_t RankSorter::refineTop(std::span<const double> scores, std::vector<int> &order, std::size_t top) const
{
    const std::size_t n = m_byTieBreak.size();
    if (top == 0 || top >= n || order.size() != n) {
        order = this->order(scores);
        return n;
    }
    // A row's place in order(scores): its score's key, then its tie-break place. Smaller is better.
    const auto key = [&](int row) {
        return std::pair{descendingKey(scores[static_cast<std::size_t>(row)]),
                         m_tiePlace[static_cast<std::size_t>(row)]};
    };
    const auto better = [&](int a, int b) { return key(a) < key(b); };
    // The `top`-th best of the rows that led before is no better than the `top`-th best of all: every row that
    // belongs in the new top is at least as good, so one pass finds them all.
    std::vector<int> leaders(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(std::min(n, 2 * top)));
    std::nth_element(leaders.begin(), leaders.begin() + static_cast<std::ptrdiff_t>(top - 1), leaders.end(), better);
    const auto bar = key(leaders[top - 1]);
    std::vector<int> newTop;
    newTop.reserve(2 * top);
    // In row order, so that scores and places are read front to back.
    for (std::size_t row = 0; row < m_tiePlace.size(); ++row) {
        if (m_tiePlace[row] >= 0 && key(static_cast<int>(row)) <= bar)
            newTop.push_back(static_cast<int>(row));
    }
    std::partial_sort(newTop.begin(), newTop.begin() + static_cast<std::ptrdiff_t>(top), newTop.end(), better);
    newTop.resize(top);

    // The new top first, then the rows that stood before the last of them, in their earlier order.
    thread_local std::vector<unsigned char> inTop;
    inTop.assign(m_tiePlace.size(), 0);
    for (int row : newTop)
        inTop[static_cast<std::size_t>(row)] = 1;
    std::size_t changed = 0;
    std::vector<int> others;
    for (std::size_t found = 0; found < top; ++changed) {
        const int row = order[changed];
        if (inTop[static_cast<std::size_t>(row)])
            ++found;
        else
            others.push_back(row);
    }
    std::copy(newTop.begin(), newTop.end(), order.begin());
    std::copy(others.begin(), others.end(), order.begin() + static_cast<std::ptrdiff_t>(top));
    return changed;
}

std::vector<int> RankSorter::order(std::span<const double> scores) const
{
    const std::size_t n = m_byTieBreak.size();
    // Scratch space kept per thread and reused: a slider drag sorts 100,000 rows sixty times a second, and
    // allocating megabytes each time fragments the heap and costs more than the sort.
    thread_local std::vector<std::uint64_t> keys, keysOut;
    thread_local std::vector<int> rowsOut;
    thread_local std::vector<std::array<std::uint32_t, kBuckets>> counts(kPasses);
    keys.resize(n);
    keysOut.resize(n);
    rowsOut.resize(n);
    std::vector<int> rows = m_byTieBreak;
    for (auto &count : counts)
        count.fill(0);
    for (std::size_t i = 0; i < n; ++i) {
        keys[i] = descendingKey(scores[static_cast<std::size_t>(rows[i])]);
        for (int pass = 0; pass < kPasses; ++pass)
            ++counts[static_cast<std::size_t>(pass)][(keys[i] >> (pass * kDigitBits)) & (kBuckets - 1)];
    }
    for (int pass = 0; pass < kPasses; ++pass) {
        auto &count = counts[static_cast<std::size_t>(pass)];
        // A digit every key shares (the exponent bits of scores in one range) moves nothing: skip it.
        if (std::find(count.begin(), count.end(), static_cast<std::uint32_t>(n)) != count.end())
            continue;
        std::uint32_t next = 0;
        for (std::uint32_t &c : count)
            next += std::exchange(c, next);
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint32_t to = count[(keys[i] >> (pass * kDigitBits)) & (kBuckets - 1)]++;
            keysOut[to] = keys[i];
            rowsOut[to] = rows[i];
        }
        keys.swap(keysOut);
        rows.swap(rowsOut);
    }
    return rows;
}

} // namespace candor::scoring
