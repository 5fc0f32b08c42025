// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AccountMetrics.h"

namespace candor {

std::optional<double> AccountMetrics::effectiveEngagementRate() const
{
    if (engagementRate)
        return engagementRate;
    if (!followers || *followers <= 0)
        return std::nullopt;
    const double base = static_cast<double>(*followers);
    if (averageLikes && averageComments)
        return (*averageLikes + *averageComments) / base;
    if (averageEngagement)
        return *averageEngagement / base;
    return std::nullopt;
}

} // namespace candor
