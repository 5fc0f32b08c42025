// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "FairnessMetrics.h"
#include "domain/AudienceDistribution.h"

#include <QList>
#include <optional>

namespace candor::fairness {

// How each creator's audience counts in the shortlist's pooled audience: by expected reach.
enum class ReachWeighting
{
    Followers,
    AverageViews
};
QString reachWeightingLabel(ReachWeighting weighting);

struct AudienceSettings
{
    ReachWeighting weighting = ReachWeighting::Followers;
    // Candor's own default: an audience estimate whose source gives a confidence below this is "low
    // confidence"; it is shown apart and can be left out.
    double lowConfidenceBelow = 0.5;
    bool excludeLowConfidence = false;
};

// One creator as the pooling sees it.
struct AudienceMember
{
    std::optional<double> reach; // followers or average views, per the weighting
    QList<AudienceEstimate> audience;
};

struct CategoryBalance
{
    enum class Flag
    {
        Within,
        Under,
        Over,
        OutsideTarget, // the target gives the category no share: no ratio
        NoData         // no pooled creator's estimate names the category: its share is unknown, not 0
    };
    QString category;
    double share = 0.0;  // in the pooled audience of the selection (p)
    double target = 0.0; // in the campaign target (q)
    Measure ratio;       // p / q
    Flag flag = Flag::Within;
    double lowConfidencePart = 0.0; // of this category's pooled share, the part from low-confidence estimates
    double confidence = 0.0;  // the sources' confidence, averaged over the category's pooled audience
    int reportedBy = 0;       // pooled creators whose estimate names the category; none: "no data", not 0 %
};

struct DimensionBalance
{
    enum class Light
    {
        Green, // every target category within the band
        Amber, // some outside the band, the whole within Thresholds::tvdAlert
        Red,
        NoData
    };
    AudienceDimension dimension = AudienceDimension::Gender;
    QList<CategoryBalance> categories; // the target's categories first, in its order
    DistributionComparison distances;
    int members = 0;
    int membersPooled = 0;            // with a reach and an estimate for this dimension (that was not left out)
    int membersLeftOutLowConfidence = 0;
    double pooledReach = 0.0;         // sum of the weights pooled
    double lowConfidenceShare = 0.0;  // of the pooled audience, the share resting on low-confidence estimates
    Light light = Light::NoData;
    // Set when age bands cut differently (a vendor's 45-64 beside 45-54 and 55-64) were pooled, and compared
    // with the target, on the coarsest partition they all share.
    QString partitionNote;
};

// The reach-weighted pooled audience of `members` in one dimension, against the campaign's `target`. Each
// member's shares are first scaled to sum to 1 (exports round them).
DimensionBalance balanceOf(const QList<AudienceMember> &members, const AudienceDistribution &target,
                           const AudienceSettings &settings, const Thresholds &thresholds);

QString lightKey(DimensionBalance::Light light);   // English, for JSON: "balanced", "some categories off" …
QString lightLabel(DimensionBalance::Light light); // the same in the user's language
QString flagKey(CategoryBalance::Flag flag);       // English, for JSON: "within", "under-represented" …
QString flagLabel(CategoryBalance::Flag flag);

} // namespace candor::fairness
