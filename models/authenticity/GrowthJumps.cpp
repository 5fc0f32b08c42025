// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GrowthJumps.h"

#include "core/TextContexts.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace candor::authenticity {
namespace {

// 1 / Φ⁻¹(3/4): makes the median absolute deviation of normal data estimate its standard deviation.
constexpr double kMadScale = 1.4826;

double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    const std::size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid), values.end());
    const double upper = values[mid];
    if (values.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid));
    return (lower + upper) / 2.0;
}

struct Interval
{
    QDate from, to;
    double start = 0.0, end = 0.0;
    qint64 days = 0;
    double dailyGrowth = 0.0;
};

// Consecutive readings as intervals with their relative growth per day (readings need not be daily).
QList<Interval> intervalsOf(QList<DatedCount> series)
{
    std::sort(series.begin(), series.end(), [](const DatedCount &a, const DatedCount &b) { return a.date < b.date; });
    QList<Interval> intervals;
    for (qsizetype i = 1; i < series.size(); ++i) {
        const DatedCount &a = series.at(i - 1);
        const DatedCount &b = series.at(i);
        const qint64 days = a.date.daysTo(b.date);
        if (days <= 0 || a.value <= 0.0)
            continue;
        const double growth = std::pow(b.value / a.value, 1.0 / static_cast<double>(days)) - 1.0;
        intervals << Interval{a.date, b.date, a.value, b.value, days, growth};
    }
    return intervals;
}

// Counts are whole numbers: one more or one fewer is the finest change a reading can show, so a spread below one
// count in the typical reading is rounding, not growth (a small account gaining 0 or 1 follower a day).
double spreadFloor(const QList<Interval> &intervals, double minimumSpread)
{
    std::vector<double> starts;
    for (const Interval &i : intervals)
        starts.push_back(i.start);
    const double typical = median(starts);
    return typical > 0.0 ? std::max(minimumSpread, 1.0 / typical) : minimumSpread;
}

} // namespace

GrowthJumpDetector::Spread GrowthJumpDetector::spreadOf(std::vector<double> values)
{
    Spread s;
    s.median = median(values);
    for (double &v : values)
        v = std::abs(v - s.median);
    s.mad = kMadScale * median(values);
    return s;
}

QList<GrowthJump> GrowthJumpDetector::find(QList<DatedCount> followers, QList<DatedCount> engagement) const
{
    const QList<Interval> intervals = intervalsOf(std::move(followers));
    if (intervals.size() < 3)
        return {}; // too few readings to know what is usual
    std::vector<double> growth;
    for (const Interval &i : intervals)
        growth.push_back(i.dailyGrowth);
    const Spread usual = spreadOf(growth);
    const double threshold = usual.median + k * std::max(usual.mad, spreadFloor(intervals, minimumSpread));

    // Engagement jumps by the same rule, on the engagement's own usual growth.
    QList<QDate> engagementJumps;
    const QList<Interval> engagementIntervals = intervalsOf(std::move(engagement));
    const bool compared = engagementIntervals.size() >= 3;
    if (compared) {
        std::vector<double> eg;
        for (const Interval &i : engagementIntervals)
            eg.push_back(i.dailyGrowth);
        const Spread e = spreadOf(eg);
        const double floor = spreadFloor(engagementIntervals, minimumSpread);
        for (const Interval &i : engagementIntervals) {
            if (i.dailyGrowth > e.median + k * std::max(e.mad, floor))
                engagementJumps << i.to;
        }
    }

    const QLocale locale;
    QList<GrowthJump> jumps;
    for (const Interval &i : intervals) {
        if (i.dailyGrowth <= threshold)
            continue;
        GrowthJump jump;
        jump.from = i.from;
        jump.to = i.to;
        jump.gained = i.end - i.start;
        jump.usualGain = i.start * (std::pow(1.0 + usual.median, static_cast<double>(i.days)) - 1.0);
        jump.dailyGrowth = i.dailyGrowth;
        jump.threshold = threshold;
        jump.engagementCompared = compared;
        jump.likelyOrganic = std::any_of(engagementJumps.cbegin(), engagementJumps.cend(), [&](const QDate &d) {
            return d >= i.from.addDays(-1) && d <= i.to.addDays(1);
        });
        jump.sentence =
            AuthenticityText::tr(
                "%1 followers gained between %2 and %3 (%4 a day; usual %5, a jump above %6)%7")
                .arg(locale.toString(jump.gained, 'f', 0), i.from.toString(Qt::ISODate),
                     i.to.toString(Qt::ISODate),
                     locale.toString(100.0 * i.dailyGrowth, 'f', 2) + QStringLiteral(" %"),
                     locale.toString(100.0 * usual.median, 'f', 2) + QStringLiteral(" %"),
                     locale.toString(100.0 * threshold, 'f', 2) + QStringLiteral(" %"),
                     !compared ? AuthenticityText::tr(": no engagement history to compare with; look at the "
                                                      "posts of those days")
                     : jump.likelyOrganic
                         ? AuthenticityText::tr(": engagement jumped on the same days, so likely organic "
                                                "(a post that spread)")
                         : AuthenticityText::tr(": engagement did not follow, which bought followers "
                                                "would explain"));
        jumps << jump;
    }
    return jumps;
}

} // namespace candor::authenticity
