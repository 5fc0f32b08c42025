// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AudienceBalance.h"

#include "core/TextContexts.h"
#include "domain/AudienceLabels.h"

#include <QMap>

namespace candor::fairness {

QString reachWeightingLabel(ReachWeighting weighting)
{
    return weighting == ReachWeighting::Followers ? FairnessText::tr("followers")
                                                  : FairnessText::tr("average views");
}

namespace {

// The words a light and a flag read as: English in `candor audit --json` and the report's JSON (keys a script
// compares), the user's language on screen.
const char *lightWords(DimensionBalance::Light light)
{
    switch (light) {
    case DimensionBalance::Light::Green:
        return QT_TRANSLATE_NOOP("FairnessText", "balanced");
    case DimensionBalance::Light::Amber:
        return QT_TRANSLATE_NOOP("FairnessText", "some categories off");
    case DimensionBalance::Light::Red:
        return QT_TRANSLATE_NOOP("FairnessText", "unbalanced");
    case DimensionBalance::Light::NoData:
        break;
    }
    return QT_TRANSLATE_NOOP("FairnessText", "no data");
}

const char *flagWords(CategoryBalance::Flag flag)
{
    switch (flag) {
    case CategoryBalance::Flag::Within:
        return QT_TRANSLATE_NOOP("FairnessText", "within");
    case CategoryBalance::Flag::Under:
        return QT_TRANSLATE_NOOP("FairnessText", "under-represented");
    case CategoryBalance::Flag::Over:
        return QT_TRANSLATE_NOOP("FairnessText", "over-represented");
    case CategoryBalance::Flag::OutsideTarget:
        return QT_TRANSLATE_NOOP("FairnessText", "outside the target");
    case CategoryBalance::Flag::NoData:
        break;
    }
    return QT_TRANSLATE_NOOP("FairnessText", "no data");
}

} // namespace

QString lightKey(DimensionBalance::Light light)
{
    return QString::fromLatin1(lightWords(light));
}

QString lightLabel(DimensionBalance::Light light)
{
    return FairnessText::tr(lightWords(light));
}

QString flagKey(CategoryBalance::Flag flag)
{
    return QString::fromLatin1(flagWords(flag));
}

QString flagLabel(CategoryBalance::Flag flag)
{
    return FairnessText::tr(flagWords(flag));
}

DimensionBalance balanceOf(const QList<AudienceMember> &members, const AudienceDistribution &target,
                           const AudienceSettings &settings, const Thresholds &thresholds)
{
    DimensionBalance balance;
    balance.dimension = target.dimension();
    balance.members = static_cast<int>(members.size());
    // Each member's distribution as it is pooled: on the coarsest age partition that every source and the target
    // share (two passes: the target takes every member's cuts, then every member the target's).
    AudienceDistribution pooledTarget = target;
    QList<std::optional<AudienceDistribution>> distributions;
    for (const AudienceMember &member : members) {
        const AudienceEstimate *estimate = estimateFor(member.audience, target.dimension());
        distributions << (estimate ? std::optional<AudienceDistribution>(estimate->distribution) : std::nullopt);
    }
    if (target.dimension() == AudienceDimension::AgeBand) {
        for (const auto &d : std::as_const(distributions)) {
            if (!d)
                continue;
            AudienceDistribution copy = *d;
            audience::toCommonAgeBands(copy, pooledTarget);
        }
        bool merged = pooledTarget.shares() != target.shares();
        for (auto &d : distributions) {
            if (!d)
                continue;
            AudienceDistribution targetCopy = pooledTarget;
            merged = audience::toCommonAgeBands(*d, targetCopy) || merged;
        }
        if (merged) {
            QStringList bands;
            for (const AudienceShare &s : pooledTarget.shares())
                bands << s.category;
            balance.partitionNote =
                FairnessText::tr("age bands cut differently by the sources are pooled and compared on "
                                 "the bands they all share: %1")
                    .arg(bands.join(QStringLiteral(", ")));
        }
    }
    QMap<QString, double> mass, lowMass, confidenceMass;
    QMap<QString, int> reportedBy;
    double lowWeight = 0.0;
    for (qsizetype i = 0; i < members.size(); ++i) {
        const AudienceMember &member = members.at(i);
        const AudienceEstimate *estimate = estimateFor(member.audience, target.dimension());
        if (!estimate || !member.reach || *member.reach <= 0.0)
            continue;
        const AudienceDistribution &distribution = *distributions.at(i);
        const bool low = estimate->confidence < settings.lowConfidenceBelow;
        if (low && settings.excludeLowConfidence) {
            ++balance.membersLeftOutLowConfidence;
            continue;
        }
        const double sum = distribution.total();
        if (sum <= 0.0)
            continue;
        const double w = *member.reach;
        for (const AudienceShare &s : distribution.shares()) {
            mass[s.category] += w * s.share / sum;
            confidenceMass[s.category] += w * s.share / sum * estimate->confidence;
            ++reportedBy[s.category];
            if (low)
                lowMass[s.category] += w * s.share / sum;
        }
        ++balance.membersPooled;
        balance.pooledReach += w;
        lowWeight += low ? w : 0.0;
    }

    QStringList categories;
    for (const AudienceShare &s : pooledTarget.shares())
        categories << s.category;
    for (auto it = mass.cbegin(); it != mass.cend(); ++it) {
        if (!categories.contains(it.key()))
            categories << it.key();
    }
    QList<double> p, q;
    for (const QString &category : std::as_const(categories)) {
        p << (balance.pooledReach > 0.0 ? mass.value(category) / balance.pooledReach : 0.0);
        q << pooledTarget.shareOf(category).value_or(0.0);
    }
    q = normalized(q); // the target too may be rounded
    if (balance.pooledReach <= 0.0) {
        balance.light = DimensionBalance::Light::NoData;
        for (qsizetype i = 0; i < categories.size(); ++i)
            balance.categories << CategoryBalance{categories.at(i),
                                                  0.0,
                                                  q.at(i),
                                                  Measure::undefined(FairnessText::tr("no audience data")),
                                                  CategoryBalance::Flag::NoData,
                                                  0.0,
                                                  0.0,
                                                  0};
        return balance;
    }
    balance.lowConfidenceShare = lowWeight / balance.pooledReach;
    balance.distances = compareDistributions(p, q);
    bool allWithin = true;
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const double categoryMass = mass.value(categories.at(i));
        CategoryBalance c{categories.at(i),
                          p.at(i),
                          q.at(i),
                          balance.distances.ratios.at(i),
                          CategoryBalance::Flag::Within,
                          categoryMass > 0.0 ? lowMass.value(categories.at(i)) / categoryMass : 0.0,
                          categoryMass > 0.0 ? confidenceMass.value(categories.at(i)) / categoryMass : 0.0,
                          reportedBy.value(categories.at(i))};
        if (c.reportedBy == 0 && c.target > 0.0) {
            c.flag = CategoryBalance::Flag::NoData;
            c.ratio = Measure::undefined(
                FairnessText::tr("no selected creator's audience data names this category"));
        } else if (!c.ratio.isDefined())
            c.flag = CategoryBalance::Flag::OutsideTarget;
        else if (*c.ratio.value < thresholds.lower - 1e-12)
            c.flag = CategoryBalance::Flag::Under;
        else if (*c.ratio.value > thresholds.upper + 1e-12)
            c.flag = CategoryBalance::Flag::Over;
        allWithin = allWithin && (c.flag == CategoryBalance::Flag::Within ||
                                  (c.flag == CategoryBalance::Flag::OutsideTarget && c.share == 0.0));
        balance.categories << c;
    }
    balance.light = allWithin                                     ? DimensionBalance::Light::Green
                    : balance.distances.tvd <= thresholds.tvdAlert ? DimensionBalance::Light::Amber
                                                                   : DimensionBalance::Light::Red;
    return balance;
}

} // namespace candor::fairness
