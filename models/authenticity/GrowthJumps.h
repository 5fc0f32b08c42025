// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace candor::authenticity {

// A count on a day: followers of an account, or its engagement (likes and comments on that day's posts).
struct DatedCount
{
    QDate date;
    double value = 0.0;
};

// A day whose growth stands out from the account's own usual growth.
struct GrowthJump
{
    QDate from; // the reading before the jump
    QDate to;   // the reading that shows it
    double gained = 0.0;         // followers gained between the two readings
    double usualGain = 0.0;      // what the usual daily growth would have added over the same days
    double dailyGrowth = 0.0;    // relative growth per day over the interval (0.05 is 5 % a day)
    double threshold = 0.0;      // the daily growth above which a day is a jump
    bool engagementCompared = false; // there was an engagement history to compare with
    bool likelyOrganic = false;      // engagement jumped on the same days (a post that went viral)
    QString sentence;
};

// Finds jumps in a follower history with a robust rule: a day's relative growth above the median daily growth
// plus k times the median absolute deviation (scaled by 1.4826 to match a standard deviation for normal data;
// Leys et al. 2013 recommend k = 3 as conservative, 2.5 as moderate). The median and MAD are not pulled up by
// the jumps they are meant to find, as a mean and standard deviation are. A jump with an engagement jump
// within a day of it is marked likely organic rather than suspicious: bought followers do not like or comment.
class GrowthJumpDetector
{
public:
    double k = 3.0;
    // Growth per day is read at this resolution: a history whose growth never varies (MAD 0) still needs a day
    // to grow by more than a hundredth of a percent beyond the usual to count as a jump. Counts are whole, so the
    // resolution is never finer than one count in the typical reading (1 / 2,000 for an account of 2,000).
    double minimumSpread = 1e-4;

    QList<GrowthJump> find(QList<DatedCount> followers, QList<DatedCount> engagement = {}) const;

    struct Spread
    {
        double median = 0.0;
        double mad = 0.0; // scaled
    };
    static Spread spreadOf(std::vector<double> values);
};

} // namespace candor::authenticity
