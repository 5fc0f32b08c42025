#include "AccountSignals.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace candor::authenticity {
namespace {

QString percentText(double fraction, int decimals = 2)
{
    return QLocale().toString(100.0 * fraction, 'f', decimals) + QStringLiteral(" %");
}

// More readings, more trust: a few readings say little, about thirty say what they can.
double confidenceOf(qsizetype readings)
{
    return std::min(1.0, static_cast<double>(readings) / 30.0);
}

Signal engagementSignal(const AccountFacts &f, const SignalThresholds &t)
{
    Signal s{QStringLiteral("engagement-rate"), QStringLiteral("Engagement rate against similar accounts"), {}, {},
             t.engagementSource, Light::NoData, {}, 0.0, {}};
    if (!f.engagementRate || !f.benchmarkMedianRate || *f.benchmarkMedianRate <= 0.0) {
        s.evidence = f.engagementRate ? QStringLiteral("No benchmark for this platform and size.")
                                      : QStringLiteral("No engagement figures.");
        return s;
    }
    const double rate = *f.engagementRate;
    const double median = *f.benchmarkMedianRate;
    const double low = median * t.engagementLowShare;
    const double high = median * t.engagementHighMultiple;
    s.value = percentText(rate);
    s.threshold = QStringLiteral("%1 to %2").arg(percentText(low), percentText(high));
    s.confidence = 1.0;
    if (rate < low) {
        s.light = Light::Red;
        s.evidence = QStringLiteral("%1 is under %2 of the median for %3: few of its followers react, as when many "
                                    "are bought or inactive.")
                         .arg(percentText(rate), percentText(t.engagementLowShare, 0), f.benchmarkLabel);
    } else if (rate > high) {
        s.light = Light::Amber;
        s.evidence = QStringLiteral("%1 is over %2 times the median for %3: more reactions than an audience this "
                                    "size gives, as engagement pods and bought likes produce — or a post that "
                                    "spread.")
                         .arg(percentText(rate), QLocale().toString(t.engagementHighMultiple, 'f', 0), f.benchmarkLabel);
    } else {
        s.light = Light::Green;
        s.evidence = QStringLiteral("%1, within the usual range for %2.").arg(percentText(rate), f.benchmarkLabel);
    }
    return s;
}

Signal massFollowingSignal(const AccountFacts &f, const SignalThresholds &t)
{
    Signal s{QStringLiteral("mass-following"), QStringLiteral("Accounts it follows"), {}, {}, t.massFollowingSource,
             Light::NoData, {}, 0.0, {}};
    if (!f.following) {
        s.evidence = QStringLiteral("The number of accounts it follows is not known.");
        return s;
    }
    const QLocale locale;
    s.value = locale.toString(*f.following);
    s.threshold = QStringLiteral("at most %1").arg(locale.toString(t.massFollowing));
    s.confidence = 1.0;
    const bool mass = *f.following > t.massFollowing;
    const bool followsMoreThanFollowed = f.followers && *f.following > *f.followers;
    s.light = mass ? (followsMoreThanFollowed ? Light::Red : Light::Amber) : Light::Green;
    s.evidence = mass ? QStringLiteral("Follows %1 accounts%2: follow-for-follow is a common way to inflate a count.")
                            .arg(locale.toString(*f.following),
                                 followsMoreThanFollowed
                                     ? QStringLiteral(", more than follow it (%1)").arg(locale.toString(*f.followers))
                                     : QString())
                      : QStringLiteral("Follows %1 accounts.").arg(locale.toString(*f.following));
    return s;
}

Signal commentsSignal(const AccountFacts &f, const SignalThresholds &t)
{
    Signal s{QStringLiteral("comments-per-like"), QStringLiteral("Comments per like"), {}, {}, t.commentsSource,
             Light::NoData, {}, 0.0, {}};
    if (!f.averageLikes || !f.averageComments || *f.averageLikes <= 0.0) {
        s.evidence = QStringLiteral("Likes and comments per post are not both known.");
        return s;
    }
    const double ratio = *f.averageComments / *f.averageLikes;
    const QLocale locale;
    s.value = locale.toString(ratio, 'f', 4);
    s.threshold = QStringLiteral("%1 to %2").arg(locale.toString(t.commentsPerLikeLow, 'f', 3),
                                                 locale.toString(t.commentsPerLikeHigh, 'f', 1));
    s.confidence = 1.0;
    if (ratio < t.commentsPerLikeLow) {
        s.light = Light::Amber;
        s.evidence = QStringLiteral("%1 comments per like: likes without conversation, as bought likes come.")
                         .arg(s.value);
    } else if (ratio > t.commentsPerLikeHigh) {
        s.light = Light::Amber;
        s.evidence = QStringLiteral("%1 comments per like: more comments than likes usually bring, as engagement "
                                    "pods and comment bots produce (or a giveaway asking for comments).")
                         .arg(s.value);
    } else {
        s.light = Light::Green;
        s.evidence = QStringLiteral("%1 comments per like, within the usual range.").arg(s.value);
    }
    return s;
}

Signal growthSignal(const AccountFacts &f, const SignalThresholds &t)
{
    Signal s{QStringLiteral("growth-jumps"), QStringLiteral("Jumps in follower growth"), {}, {}, t.growthSource,
             Light::NoData, {}, 0.0, {}};
    if (f.followerHistory.size() < 4) {
        s.evidence = QStringLiteral("No follower history (at least four readings are needed).");
        return s;
    }
    GrowthJumpDetector detector;
    detector.k = t.growthK;
    s.jumps = detector.find(f.followerHistory, f.engagementHistory);
    // Suspicious: a jump that engagement, where it is known, did not follow.
    const auto unfollowed = [](const GrowthJump &j) { return j.engagementCompared && !j.likelyOrganic; };
    const auto firstSuspicious = std::find_if(s.jumps.cbegin(), s.jumps.cend(), unfollowed);
    const auto suspicious = std::count_if(firstSuspicious, s.jumps.cend(), unfollowed);
    s.value = QStringLiteral("%1 %2, %3 not followed by engagement")
                  .arg(s.jumps.size())
                  .arg(s.jumps.size() == 1 ? QStringLiteral("jump") : QStringLiteral("jumps"))
                  .arg(suspicious);
    s.threshold = QStringLiteral("k = %1").arg(QLocale().toString(t.growthK, 'f', 1));
    s.confidence = confidenceOf(f.followerHistory.size());
    // The evidence is the first jump engagement did not follow, else the first jump, else the calm history.
    if (s.jumps.isEmpty()) {
        s.light = Light::Green;
        s.evidence = QStringLiteral("Growth without jumps over %1 readings.").arg(f.followerHistory.size());
    } else {
        s.light = suspicious > 0 ? Light::Red : Light::Amber;
        s.evidence = (firstSuspicious != s.jumps.cend() ? *firstSuspicious : s.jumps.constFirst()).sentence;
    }
    return s;
}

Signal sampleSignal(const AccountFacts &f, const SignalThresholds &t)
{
    Signal s{QStringLiteral("follower-sample"), QStringLiteral("Followers that look real (sample)"), {}, {},
             t.sampleSource, Light::NoData, {}, 0.0, {}};
    if (!f.sampledFollowers || *f.sampledFollowers <= 0) {
        s.evidence = QStringLiteral("No follower sample.");
        return s;
    }
    const double credibility = 1.0 - static_cast<double>(f.sampleLookingFake) / *f.sampledFollowers;
    s.value = percentText(credibility, 0);
    s.threshold = QStringLiteral("at least %1").arg(percentText(t.sampleCredibility, 0));
    s.confidence = std::min(1.0, static_cast<double>(*f.sampledFollowers) / 100.0);
    s.light = credibility < t.sampleCredibility ? Light::Red : Light::Green;
    s.evidence = QStringLiteral("%1 of %2 sampled followers look fake by the follower rules.")
                     .arg(f.sampleLookingFake)
                     .arg(*f.sampledFollowers);
    return s;
}

} // namespace

QString lightKey(Light light)
{
    switch (light) {
    case Light::Green:
        return QStringLiteral("green");
    case Light::Amber:
        return QStringLiteral("amber");
    case Light::Red:
        return QStringLiteral("red");
    case Light::NoData:
        break;
    }
    return QStringLiteral("no_data");
}

QList<Signal> assessAccount(const AccountFacts &facts, const SignalThresholds &thresholds)
{
    return {engagementSignal(facts, thresholds), massFollowingSignal(facts, thresholds),
            commentsSignal(facts, thresholds), growthSignal(facts, thresholds), sampleSignal(facts, thresholds)};
}

} // namespace candor::authenticity
