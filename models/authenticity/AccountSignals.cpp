// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AccountSignals.h"

#include "core/TextContexts.h"

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

// A signal with its name, source and weight; its texts only when they are to be shown.
Signal signalOf(const char *id, const char *name, const QString &source, double weight, bool explain)
{
    Signal s;
    s.id = QLatin1String(id);
    s.weight = weight;
    if (explain) {
        s.name = AuthenticityText::tr(name);
        s.source = source;
    }
    return s;
}

Signal engagementSignal(const AccountFacts &f, const SignalThresholds &t, bool explain)
{
    Signal s = signalOf("engagement-rate",
                        QT_TRANSLATE_NOOP("AuthenticityText", "Engagement rate against similar accounts"),
                        t.engagementSource, t.engagementWeight, explain);
    if (!f.engagementRate || !f.benchmarkMedianRate || *f.benchmarkMedianRate <= 0.0) {
        if (explain)
            s.evidence = f.engagementRate ? AuthenticityText::tr("No benchmark for this platform and size.")
                                          : AuthenticityText::tr("No engagement figures.");
        return s;
    }
    const double rate = *f.engagementRate;
    const double median = *f.benchmarkMedianRate;
    const double low = median * t.engagementLowShare;
    const double high = median * t.engagementHighMultiple;
    s.confidence = 1.0;
    s.light = rate < low ? Light::Red : rate > high ? Light::Amber : Light::Green;
    if (!explain)
        return s;
    s.value = percentText(rate);
    s.threshold = AuthenticityText::tr("%1 to %2").arg(percentText(low), percentText(high));
    if (s.light == Light::Red) {
        s.evidence = AuthenticityText::tr(
                         "%1 is under %2 of the median for %3: few of its followers react, as when many "
                         "are bought or inactive.")
                         .arg(percentText(rate), percentText(t.engagementLowShare, 0), f.benchmarkLabel);
    } else if (s.light == Light::Amber) {
        s.evidence = AuthenticityText::tr(
                         "%1 is over %2 times the median for %3: more reactions than an audience this "
                         "size gives, as engagement pods and bought likes produce — or a post that "
                         "spread.")
                         .arg(percentText(rate), QLocale().toString(t.engagementHighMultiple, 'f', 0),
                              f.benchmarkLabel);
    } else {
        s.evidence = AuthenticityText::tr("%1, within the usual range for %2.")
                         .arg(percentText(rate), f.benchmarkLabel);
    }
    return s;
}

Signal massFollowingSignal(const AccountFacts &f, const SignalThresholds &t, bool explain)
{
    Signal s = signalOf("mass-following", QT_TRANSLATE_NOOP("AuthenticityText", "Accounts it follows"),
                        t.massFollowingSource, t.massFollowingWeight, explain);
    if (!f.following) {
        if (explain)
            s.evidence = AuthenticityText::tr("The number of accounts it follows is not known.");
        return s;
    }
    s.confidence = 1.0;
    const bool mass = *f.following > t.massFollowing;
    const bool followsMoreThanFollowed = f.followers && *f.following > *f.followers;
    s.light = mass ? (followsMoreThanFollowed ? Light::Red : Light::Amber) : Light::Green;
    if (!explain)
        return s;
    const QLocale locale;
    s.value = locale.toString(*f.following);
    s.threshold = AuthenticityText::tr("at most %1").arg(locale.toString(t.massFollowing));
    s.evidence = mass ? AuthenticityText::tr(
                            "Follows %1 accounts%2: follow-for-follow is a common way to inflate a count.")
                            .arg(locale.toString(*f.following),
                                 followsMoreThanFollowed ? AuthenticityText::tr(", more than follow it (%1)")
                                                               .arg(locale.toString(*f.followers))
                                                         : QString())
                      : AuthenticityText::tr("Follows %1 accounts.").arg(locale.toString(*f.following));
    return s;
}

Signal commentsSignal(const AccountFacts &f, const SignalThresholds &t, bool explain)
{
    Signal s = signalOf("comments-per-like", QT_TRANSLATE_NOOP("AuthenticityText", "Comments per like"),
                        t.commentsSource, t.commentsWeight, explain);
    if (!f.averageLikes || !f.averageComments || *f.averageLikes <= 0.0) {
        if (explain)
            s.evidence = AuthenticityText::tr("Likes and comments per post are not both known.");
        return s;
    }
    const double ratio = *f.averageComments / *f.averageLikes;
    s.confidence = 1.0;
    const bool few = ratio < t.commentsPerLikeLow;
    const bool many = ratio > t.commentsPerLikeHigh;
    s.light = few || many ? Light::Amber : Light::Green;
    if (!explain)
        return s;
    const QLocale locale;
    s.value = locale.toString(ratio, 'f', 4);
    s.threshold = AuthenticityText::tr("%1 to %2")
                      .arg(locale.toString(t.commentsPerLikeLow, 'f', 3),
                           locale.toString(t.commentsPerLikeHigh, 'f', 1));
    if (few) {
        s.evidence =
            AuthenticityText::tr("%1 comments per like: likes without conversation, as bought likes come.")
                .arg(s.value);
    } else if (many) {
        s.evidence = AuthenticityText::tr(
                         "%1 comments per like: more comments than likes usually bring, as engagement "
                         "pods and comment bots produce (or a giveaway asking for comments).")
                         .arg(s.value);
    } else {
        s.evidence = AuthenticityText::tr("%1 comments per like, within the usual range.").arg(s.value);
    }
    return s;
}

Signal commentTextsSignal(const AccountFacts &f, const SignalThresholds &t, bool explain)
{
    Signal s =
        signalOf("comment-texts", QT_TRANSLATE_NOOP("AuthenticityText", "Generic and repeated comments"),
                 t.commentTextsSource, t.commentTextsWeight, explain);
    if (!f.commentTexts || f.commentTexts->read < t.commentTextsMinimum) {
        if (explain)
            s.evidence = f.commentTexts
                             ? AuthenticityText::tr("Only %1 comment texts: at least %2 are needed to judge.")
                                   .arg(f.commentTexts->read)
                                   .arg(t.commentTextsMinimum)
                             : AuthenticityText::tr("No comment texts imported.");
        return s;
    }
    const CommentTally &c = *f.commentTexts;
    const double share = static_cast<double>(c.flagged()) / c.read;
    s.confidence = std::min(1.0, c.read / 100.0);
    s.light = share > t.commentTextsRed ? Light::Red : share > t.commentTextsAmber ? Light::Amber : Light::Green;
    if (!explain)
        return s;
    s.value = percentText(share, 0);
    s.threshold = AuthenticityText::tr("at most %1").arg(percentText(t.commentTextsAmber, 0));
    s.evidence = AuthenticityText::tr(
                     "%1 of %2 comments are generic (stock words or emoji only) and %3 repeat an earlier "
                     "comment word for word")
                     .arg(c.generic)
                     .arg(c.read)
                     .arg(c.repeated);
    if (c.mostRepeatedTimes > 1)
        s.evidence += AuthenticityText::tr("; “%1” comes %2 times")
                          .arg(c.mostRepeated.left(60), QString::number(c.mostRepeatedTimes));
    s.evidence += QLatin1Char('.');
    return s;
}

Signal growthSignal(const AccountFacts &f, const SignalThresholds &t, bool explain)
{
    Signal s = signalOf("growth-jumps", QT_TRANSLATE_NOOP("AuthenticityText", "Jumps in follower growth"),
                        t.growthSource, t.growthWeight, explain);
    if (f.followerHistory.size() < 4) {
        if (explain)
            s.evidence = AuthenticityText::tr("No follower history (at least four readings are needed).");
        return s;
    }
    GrowthJumpDetector detector;
    detector.k = t.growthK;
    s.jumps = detector.find(f.followerHistory, f.engagementHistory);
    // Suspicious: a jump that engagement, where it is known, did not follow.
    const auto unfollowed = [](const GrowthJump &j) { return j.engagementCompared && !j.likelyOrganic; };
    const auto firstSuspicious = std::find_if(s.jumps.cbegin(), s.jumps.cend(), unfollowed);
    const auto suspicious = std::count_if(firstSuspicious, s.jumps.cend(), unfollowed);
    s.confidence = confidenceOf(f.followerHistory.size());
    s.light = s.jumps.isEmpty() ? Light::Green : suspicious > 0 ? Light::Red : Light::Amber;
    if (!explain)
        return s;
    s.value = AuthenticityText::tr("%n jump(s), %1 not followed by engagement", nullptr,
                                   static_cast<int>(s.jumps.size()))
                  .arg(suspicious);
    s.threshold = QStringLiteral("k = %1").arg(QLocale().toString(t.growthK, 'f', 1));
    // The evidence is the first jump engagement did not follow, else the first jump, else the calm history.
    if (s.jumps.isEmpty())
        s.evidence =
            AuthenticityText::tr("Growth without jumps over %1 readings.").arg(f.followerHistory.size());
    else
        s.evidence = (firstSuspicious != s.jumps.cend() ? *firstSuspicious : s.jumps.constFirst()).sentence;
    return s;
}

Signal sampleSignal(const AccountFacts &f, const SignalThresholds &t, bool explain)
{
    Signal s = signalOf("follower-sample",
                        QT_TRANSLATE_NOOP("AuthenticityText", "Followers that look real (sample)"),
                        t.sampleSource, t.sampleWeight, explain);
    if (!f.sampledFollowers || *f.sampledFollowers <= 0) {
        if (explain)
            s.evidence = AuthenticityText::tr("No follower sample.");
        return s;
    }
    const double credibility = 1.0 - static_cast<double>(f.sampleLookingFake) / *f.sampledFollowers;
    s.confidence = std::min(1.0, static_cast<double>(*f.sampledFollowers) / 100.0);
    s.light = credibility < t.sampleCredibility ? Light::Red : Light::Green;
    if (!explain)
        return s;
    s.value = percentText(credibility, 0);
    s.threshold = AuthenticityText::tr("at least %1").arg(percentText(t.sampleCredibility, 0));
    s.evidence = AuthenticityText::tr("%1 of %2 sampled followers look fake by the follower rules.")
                     .arg(f.sampleLookingFake)
                     .arg(*f.sampledFollowers);
    return s;
}

} // namespace

namespace {

// A light's words: its key in files and JSON (spaces as underscores: "no_data"), its label in the user's
// language.
const char *lightWords(Light light)
{
    switch (light) {
    case Light::Green:
        return QT_TRANSLATE_NOOP("AuthenticityText", "green");
    case Light::Amber:
        return QT_TRANSLATE_NOOP("AuthenticityText", "amber");
    case Light::Red:
        return QT_TRANSLATE_NOOP("AuthenticityText", "red");
    case Light::NoData:
        break;
    }
    return QT_TRANSLATE_NOOP("AuthenticityText", "no data");
}

} // namespace

QString lightKey(Light light)
{
    return QString::fromLatin1(lightWords(light)).replace(QLatin1Char(' '), QLatin1Char('_'));
}

QString lightLabel(Light light)
{
    return AuthenticityText::tr(lightWords(light));
}

double Signal::points() const
{
    switch (light) {
    case Light::Green:
        return 1.0;
    case Light::Amber:
        return 0.5;
    case Light::Red:
    case Light::NoData:
        break;
    }
    return 0.0;
}

QList<Signal> assessAccount(const AccountFacts &facts, const SignalThresholds &thresholds, Detail detail)
{
    const bool explain = detail == Detail::Explained;
    return {engagementSignal(facts, thresholds, explain), massFollowingSignal(facts, thresholds, explain),
            commentsSignal(facts, thresholds, explain), commentTextsSignal(facts, thresholds, explain),
            growthSignal(facts, thresholds, explain),
            sampleSignal(facts, thresholds, explain)};
}

SignalSummary summarize(const QList<Signal> &assessed)
{
    SignalSummary summary;
    double weighted = 0.0;
    double weights = 0.0;
    // Worst first: red, amber, green.
    const auto severity = [](Light l) { return l == Light::Red ? 3 : l == Light::Amber ? 2 : l == Light::Green ? 1 : 0; };
    for (const Signal &s : assessed) {
        if (s.light == Light::NoData)
            continue;
        ++summary.withData;
        if (severity(s.light) > severity(summary.worst))
            summary.worst = s.light;
        weighted += s.weight * s.confidence * s.points();
        weights += s.weight * s.confidence;
    }
    if (weights > 0.0)
        summary.score = weighted / weights;
    return summary;
}

} // namespace candor::authenticity
