// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/FollowerProfile.h"

#include <QList>
#include <QString>
#include <optional>

namespace candor::authenticity {

// The checks a follower-sample rule can make, each on one profile feature.
enum class FollowerCheck
{
    FollowerRatio,     // followers / following below the threshold
    FollowingPerPost,  // following / posts (posts at least 1) above the threshold
    FewPosts,          // posts below the threshold
    NoProfilePicture,  // no profile picture
    MassFollowing,     // following above the threshold
    DigitHeavyName,    // more digits in the username than the threshold
    FewFollowers,      // followers below the threshold
};
QString followerCheckName(FollowerCheck check); // "Followers per account followed below 0.11"

// One readable rule: a check with its threshold, the points it adds when it holds and when it does not (log
// likelihood ratios from labelled followers), and how often it held for the fake and the real ones.
struct FollowerRule
{
    FollowerCheck check = FollowerCheck::FollowerRatio;
    double threshold = 0.0;
    double pointsIfHit = 0.0;
    double pointsIfNot = 0.0;
    int fakeHits = 0;
    int fakes = 0;
    int realHits = 0;
    int reals = 0;

    bool hits(const FollowerProfile &profile) const;
    QString condition() const; // "Followers per account followed below 0.114"
    QString describe() const; // "Followers per account followed below 0.11: +2.1 points (held for 64 % of fake…)"
};

struct ClassificationMetrics
{
    int truePositives = 0, falsePositives = 0, trueNegatives = 0, falseNegatives = 0;
    double accuracy() const;
    double specificity() const;
    double sensitivity() const; // recall of the fakes
    double precision() const;
    double baseRate() const; // share of fakes
    ClassificationMetrics &operator+=(const ClassificationMetrics &other);
};

// Seven rules and a cut: a follower whose points reach the cut looks fake. The rules' thresholds are chosen on
// labelled followers (each the threshold that tells fake from real best, by information gain) and their points
// are the evidence each gives; a person can read every number.
class FollowerRuleSet
{
public:
    QList<FollowerRule> rules;
    double cut = 0.0;

    static FollowerRuleSet fit(const QList<FollowerProfile> &labelled);
    // What fit() learns from SRF Data's 975 hand-labelled followers of Swiss influencers (2017, CC BY-SA 4.0):
    // the rules Candor applies to a sample without labels of its own (docs/authenticity.md).
    static FollowerRuleSet srf2017();
    static QString srf2017Source();
    double points(const FollowerProfile &profile) const;
    bool looksFake(const FollowerProfile &profile) const { return points(profile) >= cut; }
    ClassificationMetrics evaluate(const QList<FollowerProfile> &labelled) const;

    // Stratified k-fold cross-validation, repeated: the rules are fitted on the other folds each time, so no
    // threshold is ever scored on the followers it was chosen on. Folds are drawn with a fixed seed per repeat.
    struct CrossValidation
    {
        ClassificationMetrics pooled; // every repeat's held-out predictions together
        double lowestAccuracy = 0.0;
        double highestAccuracy = 0.0;
    };
    static CrossValidation crossValidate(const QList<FollowerProfile> &labelled, int folds, int repeats);
};

} // namespace candor::authenticity
