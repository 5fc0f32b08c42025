// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "authenticity/GrowthJumps.h"
#include "domain/AudienceDistribution.h"
#include "domain/Creator.h"
#include "domain/FollowerProfile.h"
#include "domain/Post.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace candor::scoring {

// Everything scoring may look at for one account. Self-declared creator attributes (gender, age,
// ethnicity) are deliberately absent: they are for fairness audits only, and scoring cannot reach them.
struct Candidate
{
    Account account;
    QList<AudienceEstimate> audience;
    std::optional<Fee> fee;
    // The evidence behind authenticity, disclosure and brand safety, as imported: its posts (newest first), its
    // follower counts by day (oldest first), a sample of its followers' profiles and the texts of comments under
    // its posts (in the order imported).
    QList<Post> posts;
    QList<authenticity::DatedCount> followerHistory;
    QList<FollowerProfile> followerSample;
    QStringList commentTexts;
};

} // namespace candor::scoring
