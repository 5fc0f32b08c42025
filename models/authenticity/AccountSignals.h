// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "CommentQuality.h"
#include "GrowthJumps.h"

#include <QList>
#include <QString>
#include <optional>

namespace candor::authenticity {

enum class Light
{
    Green,
    Amber,
    Red,
    NoData
};
QString lightKey(Light light);   // green, amber, red, no_data
QString lightLabel(Light light); // the same in the user's language

// The thresholds behind the account signals, each with where it comes from: one table a user can edit. Those
// marked "Candor's default" are not published figures but choices stated as such.
struct SignalThresholds
{
    // Engagement rate against the median of the account's platform and follower tier.
    double engagementLowShare = 1.0 / 3.0; // below: few real people see or react (bought followers)
    double engagementHighMultiple = 3.0;   // above: more reactions than an audience that size gives (pods)
    QString engagementSource = QStringLiteral("Candor's default: a third of, and three times, the tier's median "
                                              "(the benchmark table names the median's source)");
    // An account that follows this many accounts is a "mass follower" (HypeAuditor's follower classes).
    qint64 massFollowing = 1500;
    QString massFollowingSource = QStringLiteral("HypeAuditor, audience types: mass followers follow more than "
                                                 "1,500 accounts");
    // Comments per like: pods and bots comment out of proportion, bought likes come without comments.
    double commentsPerLikeLow = 0.002;
    double commentsPerLikeHigh = 0.2;
    QString commentsSource = QStringLiteral("Candor's default: under 1 comment per 500 likes, or over 1 per 5");
    // Comment texts: the share that is generic (stock words, emoji only) or repeats an earlier comment word for
    // word. Real fans write "nice" and "😍" too, so only a majority is a sign of pods and bots.
    double commentTextsAmber = 0.5;
    double commentTextsRed = 0.75;
    int commentTextsMinimum = 20; // fewer comments say too little to judge
    QString commentTextsSource = QStringLiteral("Candor's default: more than half of the comments generic or "
                                                "repeated (amber), more than three in four (red); at least 20 "
                                                "comments");
    // A follower sample whose share of real-looking followers is below this is a warning sign.
    double sampleCredibility = 0.75;
    QString sampleSource = QStringLiteral("Modash: follower credibility below 75 % is often a sign of fraud");
    double growthK = 3.0;
    QString growthSource = QStringLiteral("median + k x MAD of daily growth, k = 3 (Leys et al. 2013)");

    // How much each signal counts in the authenticity factor (Candor's default: the signals about the whole
    // audience, engagement, growth and a follower sample, count twice those about one habit of the account).
    double engagementWeight = 2.0;
    double massFollowingWeight = 1.0;
    double commentsWeight = 1.0;
    double commentTextsWeight = 1.0;
    double growthWeight = 2.0;
    double sampleWeight = 2.0;
};

// What Candor knows of one account, handed in as values.
struct AccountFacts
{
    std::optional<qint64> followers;
    std::optional<qint64> following;
    std::optional<double> averageLikes;
    std::optional<double> averageComments;
    std::optional<double> engagementRate;
    std::optional<double> benchmarkMedianRate; // for the account's platform and tier
    QString benchmarkLabel;                    // "Instagram 20K–100K, median 2.63 % (HypeAuditor 2018)"
    QList<DatedCount> followerHistory;
    QList<DatedCount> engagementHistory;
    std::optional<int> sampledFollowers; // a follower sample judged by the follower rules
    int sampleLookingFake = 0;
    std::optional<CommentTally> commentTexts; // the imported comments counted
};

// One signal: its value, the threshold and its source, a light, the evidence in a sentence, and how much to
// trust it (0 to 1: how much data stands behind it).
struct Signal
{
    QString id; // engagement-rate, mass-following, comments-per-like, comment-texts, growth-jumps, follower-sample
    QString name;
    QString value;
    QString threshold;
    QString source;
    Light light = Light::NoData;
    QString evidence;
    double confidence = 0.0;
    double weight = 0.0;     // in the authenticity factor (SignalThresholds)
    QList<GrowthJump> jumps; // growth-jumps only

    // What the light is worth in the factor: green 1, amber ½, red 0 (no data leaves the factor).
    double points() const;
};

// Numbers leaves every text empty (value, threshold, evidence): scoring a pool of a million accounts needs only
// the lights, weights and confidences.
enum class Detail
{
    Numbers,
    Explained
};
QList<Signal> assessAccount(const AccountFacts &facts, const SignalThresholds &thresholds = {},
                            Detail detail = Detail::Explained);

// The authenticity factor's raw value: the signals' points weighted by weight x confidence, over the signals
// with data; nothing when no signal has data.
struct SignalSummary
{
    std::optional<double> score;
    int withData = 0;
    Light worst = Light::NoData; // the worst light among the signals with data
};
SignalSummary summarize(const QList<Signal> &assessed);

} // namespace candor::authenticity
