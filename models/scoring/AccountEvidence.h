// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Candidate.h"
#include "EngagementBenchmarks.h"
#include "authenticity/AccountSignals.h"

#include <optional>

namespace candor::scoring {

// An account's engagement rate as its platform's benchmark row measures it: per follower, or per view where
// the row says so (video platforms).
struct MeasuredEngagement
{
    enum class Status
    {
        Measured,
        NoPlatformRow, // the table has no row for the account's platform
        NoFollowers,   // no follower count to find the tier
        NoTierRow,     // no row for the account's size
        NoFigures,     // a row, but not the figures it measures
    };
    Status status = Status::NoFigures;
    std::optional<EngagementBenchmarks::Match> benchmark;
    bool perView = false;
    double rate = 0.0; // when measured
};
MeasuredEngagement measureEngagement(const Account &account, const EngagementBenchmarks &benchmarks);

// What the authenticity signals take of a candidate: its newest figures (likes and comments per post from its
// posts when the figures have none), the benchmark of its platform and size, its follower history, the
// engagement of its posts by day, and how many of its sampled followers look fake by the follower rules
// learnt from SRF Data's labelled sample.
authenticity::AccountFacts authenticityFacts(const Candidate &candidate, const EngagementBenchmarks &benchmarks,
                                             authenticity::Detail detail = authenticity::Detail::Explained);

} // namespace candor::scoring
