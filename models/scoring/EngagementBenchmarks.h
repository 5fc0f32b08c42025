// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Platform.h"

#include <QList>
#include <QString>
#include <optional>

namespace candor::scoring {

// Typical engagement rate of accounts of one size on one platform, with where the figure comes from.
// What an engagement rate is divided by: followers (Instagram's usual rate) or views (for video platforms,
// where reach per post is measured in views).
enum class EngagementMeasure
{
    PerFollower,
    PerView
};
QString engagementMeasureKey(EngagementMeasure measure); // per_follower, per_view
std::optional<EngagementMeasure> engagementMeasureFromKey(const QString &key);

struct EngagementBenchmark
{
    QString platform; // platformId(); a table may hold rows for several platforms
    qint64 minFollowers = 0;
    std::optional<qint64> maxFollowers; // exclusive; none for the top tier
    double averageRate = 0.0;           // fractions: 0.0162 is 1.62 %
    double medianRate = 0.0;
    QString source;
    EngagementMeasure measure = EngagementMeasure::PerFollower;
};

// The user-editable benchmark table. The defaults are the only engagement figures from the outside world
// in Candor; every use shows the row and its source.
class EngagementBenchmarks
{
public:
    enum class Statistic
    {
        Median,
        Average
    };

    // HypeAuditor, "What is Instagram Engagement Rate and How to Calculate it", March 2018: about 37,000
    // Instagram accounts, last 90 days; ER = (likes + comments) / followers over the latest 12 posts.
    // The table and its source are in docs/scoring.md.
    static EngagementBenchmarks hypeAuditor2018();
    // What a new project starts with: every sourced row Candor ships.
    static EngagementBenchmarks builtIn();

    QList<EngagementBenchmark> rows;
    // The median by default: the typical account's rate, which the study's extreme accounts (rates up to
    // 6,600 %) cannot move. In its table every median is above the average, so it is also the stricter one.
    Statistic statistic = Statistic::Median;

    struct Match
    {
        EngagementBenchmark row;
        double rate = 0.0;
    };
    // The row for the account's platform and size. There is no stand-in from another platform: engagement
    // differs by platform, and comparing across them misjudged every YouTube channel.
    std::optional<Match> find(Platform platform, qint64 followers) const;
    bool hasPlatform(Platform platform) const;

    static QString tierLabel(const EngagementBenchmark &row); // "20K–100K", "over 1M"
};

} // namespace candor::scoring
