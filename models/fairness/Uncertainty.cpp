// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Uncertainty.h"

#include <boost/math/special_functions/beta.hpp>
#include <boost/math/distributions/binomial.hpp>

#include <algorithm>
#include <cmath>

namespace candor::fairness {

Interval clopperPearson(int successes, int trials, double confidence)
{
    if (trials <= 0)
        return {0.0, 1.0};
    const double tail = (1.0 - confidence) / 2.0;
    const double x = successes, n = trials;
    Interval i;
    i.low = successes == 0 ? 0.0 : boost::math::ibeta_inv(x, n - x + 1.0, tail);
    i.high = successes == trials ? 1.0 : boost::math::ibeta_inv(x + 1.0, n - x, 1.0 - tail);
    return i;
}

Interval rateRatioInterval(int successesA, int trialsA, int successesB, int trialsB, double confidence)
{
    const double each = 1.0 - (1.0 - confidence) / 2.0;
    const Interval a = clopperPearson(successesA, trialsA, each);
    const Interval b = clopperPearson(successesB, trialsB, each);
    Interval r;
    r.low = a.low / b.high;
    if (b.low > 0.0)
        r.high = a.high / b.low;
    return r;
}

int MTable::mass() const
{
    int sum = 0;
    for (int m : minimum)
        sum += m;
    return sum;
}

namespace {

// The smallest x with P(X ≤ x) ≥ q for X ~ Binomial(n, p); 0 at least (a count is never negative).
int binomialQuantile(double q, int n, double p)
{
    const boost::math::binomial_distribution<double> d(n, p);
    for (int x = 0; x < n; ++x) {
        if (boost::math::cdf(d, x) >= q)
            return x;
    }
    return n;
}

// The probability that a ranking whose positions belong to the group independently with probability p has,
// at some prefix i, fewer than minimum[i − 1] members: one pass over the distribution of member counts,
// dropping the rankings that have already failed.
double failProbability(const std::vector<int> &minimum, double p)
{
    std::vector<double> alive{1.0}; // alive[j]: probability of j members so far, never having failed
    for (int required : minimum) {
        std::vector<double> next(alive.size() + 1, 0.0);
        for (std::size_t j = 0; j < alive.size(); ++j) {
            next[j] += alive[j] * (1.0 - p);
            next[j + 1] += alive[j] * p;
        }
        for (std::size_t j = 0; j < next.size() && static_cast<int>(j) < required; ++j)
            next[j] = 0.0;
        alive = std::move(next);
    }
    double survived = 0.0;
    for (double a : alive)
        survived += a;
    return std::clamp(1.0 - survived, 0.0, 1.0);
}

} // namespace

MTable fairMTable(int k, double p, double alpha)
{
    MTable t;
    t.alpha = alpha;
    for (int i = 1; i <= k; ++i)
        t.minimum.push_back(alpha <= 0.0 ? 0 : binomialQuantile(alpha, i, p));
    t.failProbability = failProbability(t.minimum, p);
    return t;
}

MTable adjustedMTable(int k, double p, double alpha)
{
    constexpr double kAlphaResolution = 1e-12;
    double low = 0.0, high = alpha, middle = alpha / 2.0;
    MTable lowTable = fairMTable(k, p, low), highTable = fairMTable(k, p, high), midTable = fairMTable(k, p, middle);
    const auto closest = [alpha](std::initializer_list<const MTable *> tables) {
        return **std::min_element(tables.begin(), tables.end(), [alpha](const MTable *a, const MTable *b) {
            return std::abs(a->failProbability - alpha) < std::abs(b->failProbability - alpha);
        });
    };
    while (lowTable.mass() < highTable.mass() && midTable.failProbability != alpha) {
        if (midTable.failProbability < alpha) {
            low = middle;
            lowTable = midTable;
        } else {
            high = middle;
            highTable = midTable;
        }
        middle = (low + high) / 2.0;
        midTable = fairMTable(k, p, middle);
        if (highTable.mass() - lowTable.mass() == 1 || high - low <= kAlphaResolution)
            return closest({&lowTable, &highTable});
        if (highTable.mass() - midTable.mass() == 1 && midTable.mass() - lowTable.mass() == 1)
            return closest({&lowTable, &midTable, &highTable});
    }
    return midTable;
}

RankedGroupTest rankedGroupTest(const std::vector<bool> &isMember, int k, double p, double alpha)
{
    RankedGroupTest test;
    test.k = std::min(k, static_cast<int>(isMember.size()));
    test.p = p;
    test.alpha = alpha;
    const MTable table = adjustedMTable(test.k, p, alpha);
    test.adjustedAlpha = table.alpha;
    test.failProbability = table.failProbability;
    int members = 0;
    for (int i = 0; i < test.k; ++i) {
        members += isMember[static_cast<std::size_t>(i)] ? 1 : 0;
        if (members < table.minimum[static_cast<std::size_t>(i)]) {
            test.passed = false;
            test.failedAt = i + 1;
            test.needed = table.minimum[static_cast<std::size_t>(i)];
            test.had = members;
            break;
        }
    }
    return test;
}

} // namespace candor::fairness
