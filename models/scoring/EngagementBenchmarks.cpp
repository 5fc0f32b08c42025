// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EngagementBenchmarks.h"

#include "core/Formatting.h"
#include "core/TextContexts.h"

namespace candor::scoring {

QString engagementMeasureKey(EngagementMeasure measure)
{
    return measure == EngagementMeasure::PerView ? QStringLiteral("per_view") : QStringLiteral("per_follower");
}

std::optional<EngagementMeasure> engagementMeasureFromKey(const QString &key)
{
    if (key == QLatin1String("per_follower"))
        return EngagementMeasure::PerFollower;
    if (key == QLatin1String("per_view"))
        return EngagementMeasure::PerView;
    return std::nullopt;
}

EngagementBenchmarks EngagementBenchmarks::hypeAuditor2018()
{
    const QString source =
        QStringLiteral("HypeAuditor Instagram benchmark, March 2018 (about 37,000 accounts)");
    const QString instagram = platformId(Platform::Instagram);
    EngagementBenchmarks table;
    table.rows = {
        {instagram, 0, 1000, 0.1058, 0.1699, source},
        {instagram, 1000, 5000, 0.0426, 0.0645, source},
        {instagram, 5000, 20000, 0.0228, 0.0376, source},
        {instagram, 20000, 100000, 0.0162, 0.0263, source},
        {instagram, 100000, 1000000, 0.0155, 0.0257, source},
        {instagram, 1000000, std::nullopt, 0.0154, 0.0256, source},
    };
    return table;
}

EngagementBenchmarks EngagementBenchmarks::builtIn()
{
    return hypeAuditor2018();
}

std::optional<EngagementBenchmarks::Match> EngagementBenchmarks::find(Platform platform,
                                                                      qint64 followers) const
{
    const QString wanted = platformId(platform);
    for (const EngagementBenchmark &row : rows) {
        if (row.platform == wanted && followers >= row.minFollowers &&
            (!row.maxFollowers || followers < *row.maxFollowers))
            return Match{row, statistic == Statistic::Median ? row.medianRate : row.averageRate};
    }
    return std::nullopt;
}

bool EngagementBenchmarks::hasPlatform(Platform platform) const
{
    const QString wanted = platformId(platform);
    return std::any_of(rows.cbegin(), rows.cend(), [&](const EngagementBenchmark &row) { return row.platform == wanted; });
}

QString EngagementBenchmarks::tierLabel(const EngagementBenchmark &row)
{
    if (!row.maxFollowers)
        return ScoringText::tr("over %1", "a follower tier: over 1M").arg(compactCount(row.minFollowers));
    return QStringLiteral("%1–%2").arg(compactCount(row.minFollowers), compactCount(*row.maxFollowers));
}

} // namespace candor::scoring
