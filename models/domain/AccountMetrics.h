// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <optional>

namespace candor {

// One snapshot of a creator's account on one platform, as reported by an export or the platform.
// Every figure is optional: exports leave gaps, and a gap must stay a gap rather than become 0.
struct AccountMetrics
{
    QDate asOf;
    std::optional<qint64> followers;
    std::optional<qint64> following;
    std::optional<qint64> posts;
    std::optional<double> averageLikes;
    std::optional<double> averageComments;
    std::optional<double> averageViews;
    std::optional<double> averageEngagement;   // likes + comments per post
    std::optional<double> authenticEngagement; // engagement from accounts judged real by the source
    std::optional<double> engagementRate;      // a fraction: 0.034 means 3.4 %

    // The reported rate if there is one, else (likes + comments) / followers, else average engagement /
    // followers.
    std::optional<double> effectiveEngagementRate() const;

    bool operator==(const AccountMetrics &) const = default;
};

} // namespace candor
