// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AccountEvidence.h"

#include "authenticity/FollowerRules.h"

#include <QMap>

namespace candor::scoring {

MeasuredEngagement measureEngagement(const Account &account, const EngagementBenchmarks &benchmarks)
{
    MeasuredEngagement measured;
    const AccountMetrics &m = account.metrics;
    if (!benchmarks.hasPlatform(account.platform)) {
        measured.status = MeasuredEngagement::Status::NoPlatformRow;
        return measured;
    }
    if (!m.followers) {
        measured.status = MeasuredEngagement::Status::NoFollowers;
        return measured;
    }
    measured.benchmark = benchmarks.find(account.platform, *m.followers);
    if (!measured.benchmark || measured.benchmark->rate <= 0.0) {
        measured.status = MeasuredEngagement::Status::NoTierRow;
        return measured;
    }
    measured.perView = measured.benchmark->row.measure == EngagementMeasure::PerView;
    const std::optional<double> rate =
        measured.perView
            ? (m.averageViews && *m.averageViews > 0.0 && m.averageLikes
                   ? std::optional<double>((*m.averageLikes + m.averageComments.value_or(0.0)) / *m.averageViews)
                   : std::nullopt)
            : m.effectiveEngagementRate();
    if (!rate) {
        measured.status = MeasuredEngagement::Status::NoFigures;
        return measured;
    }
    measured.status = MeasuredEngagement::Status::Measured;
    measured.rate = *rate;
    return measured;
}

namespace {

// The mean of a figure over the posts that carry it.
std::optional<double> meanOverPosts(const QList<Post> &posts, std::optional<qint64> Post::*figure)
{
    double sum = 0.0;
    int counted = 0;
    for (const Post &p : posts) {
        if (const auto &v = p.*figure) {
            sum += static_cast<double>(*v);
            ++counted;
        }
    }
    return counted > 0 ? std::optional<double>(sum / counted) : std::nullopt;
}

} // namespace

authenticity::AccountFacts authenticityFacts(const Candidate &c, const EngagementBenchmarks &benchmarks,
                                             authenticity::Detail detail)
{
    authenticity::AccountFacts f;
    const AccountMetrics &m = c.account.metrics;
    f.followers = m.followers;
    f.following = m.following;
    f.averageLikes = m.averageLikes ? m.averageLikes : meanOverPosts(c.posts, &Post::likes);
    f.averageComments = m.averageComments ? m.averageComments : meanOverPosts(c.posts, &Post::comments);
    const MeasuredEngagement engagement = measureEngagement(c.account, benchmarks);
    if (engagement.status == MeasuredEngagement::Status::Measured) {
        f.engagementRate = engagement.rate;
        f.benchmarkMedianRate = engagement.benchmark->rate;
        if (detail == authenticity::Detail::Explained)
            f.benchmarkLabel = QStringLiteral("%1 %2 (%3)")
                                   .arg(platformDisplayName(c.account.platform),
                                        EngagementBenchmarks::tierLabel(engagement.benchmark->row),
                                        engagement.benchmark->row.source);
    } else {
        f.engagementRate = m.effectiveEngagementRate(); // known, but with nothing to compare it to
    }
    f.followerHistory = c.followerHistory;
    // Engagement by day matters only beside a history long enough to find jumps in.
    if (f.followerHistory.size() >= 4) {
        QMap<QDate, double> byDay;
        for (const Post &p : c.posts) {
            if (p.likes || p.comments)
                byDay[p.publishedAt.date()] += static_cast<double>(p.likes.value_or(0) + p.comments.value_or(0));
        }
        for (auto it = byDay.cbegin(); it != byDay.cend(); ++it)
            f.engagementHistory << authenticity::DatedCount{it.key(), it.value()};
    }
    if (!c.followerSample.isEmpty()) {
        static const authenticity::FollowerRuleSet rules = authenticity::FollowerRuleSet::srf2017();
        f.sampledFollowers = static_cast<int>(c.followerSample.size());
        for (const FollowerProfile &p : c.followerSample)
            f.sampleLookingFake += rules.looksFake(p) ? 1 : 0;
    }
    if (!c.commentTexts.isEmpty())
        f.commentTexts = authenticity::tallyComments(c.commentTexts);
    return f;
}

} // namespace candor::scoring
