// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>
#include <span>
#include <vector>

namespace candor::scoring {

// The full rank order of one pool, again and again for different weights (a slider drag, a Monte Carlo run):
// the same order as rankOrder() — score descending, tie-break ascending — in linear time. The eligible rows
// are put in tie-break order once; each ranking is then a stable radix sort on the scores' bits, so equal
// scores keep that order. For 100,000 rows this is several times faster than a comparison sort, which is
// what keeps a weight-slider drag at 60 frames per second.
class RankSorter
{
public:
    RankSorter() = default;
    RankSorter(std::span<const qint64> tieBreak, std::span<const unsigned char> eligible);

    std::size_t size() const { return m_byTieBreak.size(); }
    // Rows best first. Reentrant: several threads may sort with one sorter.
    std::vector<int> order(std::span<const double> scores) const;

    // Coarse to fine, for a drag over a large pool: makes the first `top` rows of `order` (a full order for
    // earlier scores) exactly those of order(scores), and keeps the other rows in their earlier order. Returns
    // how many leading rows changed: rows from there on stand where they stood. Costs one pass over the scores
    // and a sort of about `top` rows, instead of a full sort.
    std::size_t refineTop(std::span<const double> scores, std::vector<int> &order, std::size_t top) const;

private:
    std::vector<int> m_byTieBreak; // eligible rows, tie-break ascending
    std::vector<int> m_tiePlace;   // of each row, its place in m_byTieBreak (-1: not eligible)
};

} // namespace candor::scoring
