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
