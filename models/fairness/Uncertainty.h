// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <limits>
#include <vector>

namespace candor::fairness {

// A range of plausible values for a rate or a ratio; `high` may be infinite (no upper limit).
struct Interval
{
    double low = 0.0;
    double high = std::numeric_limits<double>::infinity();
    bool contains(double v) const { return v >= low && v <= high; }
    bool hasUpperLimit() const { return high < std::numeric_limits<double>::infinity(); }
};

// The exact (Clopper–Pearson) interval of a proportion: `successes` of `trials`, at `confidence`. It never
// claims more certainty than the counts give, which matters for the few people a shortlist holds.
Interval clopperPearson(int successes, int trials, double confidence = 0.95);

// A range for the ratio of two rates a/b from their exact intervals, each at 1 − (1 − confidence)/2 so that
// both hold together at `confidence` or more (Bonferroni): [a.low / b.high, a.high / b.low].
Interval rateRatioInterval(int successesA, int trialsA, int successesB, int trialsB, double confidence = 0.95);

// FA*IR's ranked group fairness test (Zehlike, Bonchi, Castillo, Hajian, Megahed and Baeza-Yates, "FA*IR: A
// Fair Top-k Ranking Algorithm", CIKM 2017): a ranking of k is fair to a group with share p when every prefix
// of length i holds at least m(i) of its members, m(i) the α-quantile of Binomial(i, p). Testing k prefixes
// at α each fails fair rankings more often than α; the adjusted α_c makes the whole test fail a fair ranking
// with probability close to α.
struct MTable
{
    double alpha = 0.0;
    std::vector<int> minimum; // m(1) … m(k)
    double failProbability = 0.0; // that a fair ranking (members drawn with probability p) fails some prefix
    int mass() const;
};
MTable fairMTable(int k, double p, double alpha);
// The α_c whose m-table fails fair rankings with probability closest to α, found by bisection as in the
// authors' reference implementation (fairsearch).
MTable adjustedMTable(int k, double p, double alpha);

struct RankedGroupTest
{
    int k = 0;
    double p = 0.0;
    double alpha = 0.0;
    double adjustedAlpha = 0.0;
    double failProbability = 0.0;
    bool passed = true;
    int failedAt = 0; // first prefix (1-based) with too few members; 0 when passed
    int needed = 0;   // there: members needed
    int had = 0;      // and members present
};
// `isMember[i]`: whether the candidate at rank i + 1 belongs to the group.
RankedGroupTest rankedGroupTest(const std::vector<bool> &isMember, int k, double p, double alpha);

} // namespace candor::fairness
