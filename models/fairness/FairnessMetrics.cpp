// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FairnessMetrics.h"

#include "core/TextContexts.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace candor::fairness {

QString Measure::text(int decimals) const
{
    if (value)
        return QLocale().toString(*value, 'f', decimals);
    return FairnessText::tr("not defined (%1)").arg(undefinedReason);
}

double selectionRate(std::span<const int> selected, std::span<const double> weights)
{
    double chosen = 0.0, total = 0.0;
    for (std::size_t i = 0; i < selected.size(); ++i) {
        const double w = weights.empty() ? 1.0 : weights[i];
        chosen += w * (selected[i] != 0 ? 1.0 : 0.0);
        total += w;
    }
    return total > 0.0 ? chosen / total : 0.0;
}

QList<double> normalized(const QList<double> &weights)
{
    double total = 0.0;
    for (double w : weights)
        total += w;
    QList<double> shares;
    for (double w : weights)
        shares << (total > 0.0 ? w / total : 0.0);
    return shares;
}

namespace {

// Σ aᵢ ln(aᵢ / bᵢ) with 0 × ln 0 = 0; nullopt where some bᵢ = 0 < aᵢ.
std::optional<double> klDivergence(const QList<double> &a, const QList<double> &b)
{
    double sum = 0.0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i) <= 0.0)
            continue;
        if (b.at(i) <= 0.0)
            return std::nullopt;
        sum += a.at(i) * std::log(a.at(i) / b.at(i));
    }
    return sum;
}

} // namespace

DistributionComparison compareDistributions(const QList<double> &p, const QList<double> &q)
{
    DistributionComparison c;
    QList<double> middle;
    for (qsizetype i = 0; i < p.size(); ++i) {
        c.tvd += 0.5 * std::abs(p.at(i) - q.at(i));
        middle << 0.5 * (p.at(i) + q.at(i));
        c.ratios << (q.at(i) > 0.0 ? Measure::of(p.at(i) / q.at(i))
                                   : Measure::undefined(FairnessText::tr("the target has no share here")));
    }
    const auto kl = klDivergence(p, q);
    c.kl =
        kl ? Measure::of(*kl)
           : Measure::undefined(FairnessText::tr("the selection reaches a category the target leaves out"));
    // Both halves are defined: the middle distribution is positive wherever p or q is.
    c.jsDivergence = 0.5 * *klDivergence(p, middle) + 0.5 * *klDivergence(q, middle);
    c.jsDistance = std::sqrt(std::max(0.0, c.jsDivergence));
    return c;
}

QString verdictLabel(Verdict verdict)
{
    switch (verdict) {
    case Verdict::TooFew:
        return FairnessText::tr("too few to judge");
    case Verdict::NotDefined:
        return FairnessText::tr("no comparison possible");
    case Verdict::Within:
        return FairnessText::tr("within the band");
    case Verdict::OutsideUnclear:
        return FairnessText::tr("outside the band, but could be chance");
    case Verdict::Outside:
        break;
    }
    return FairnessText::tr("outside the band");
}

GroupAudit auditGroups(const QStringList &groupOf, const std::vector<bool> &selected, const Thresholds &thresholds,
                       const QString &reference)
{
    GroupAudit audit;
    QHash<QString, GroupOutcome> byGroup;
    int totalSelected = 0;
    for (qsizetype i = 0; i < groupOf.size(); ++i) {
        GroupOutcome &g = byGroup[groupOf.at(i)];
        g.group = groupOf.at(i);
        ++g.poolSize;
        if (selected[static_cast<std::size_t>(i)]) {
            ++g.selected;
            ++totalSelected;
        }
    }
    QList<GroupOutcome> groups = byGroup.values();
    std::sort(groups.begin(), groups.end(), [](const GroupOutcome &a, const GroupOutcome &b) {
        return a.poolSize != b.poolSize ? a.poolSize > b.poolSize : a.group < b.group;
    });
    for (GroupOutcome &g : groups) {
        g.tooFew = g.poolSize < thresholds.minimumGroupSize;
        g.pprev = Measure::of(static_cast<double>(g.selected) / g.poolSize);
        g.ppr = totalSelected > 0 ? Measure::of(static_cast<double>(g.selected) / totalSelected)
                                  : Measure::undefined(FairnessText::tr("no one is selected"));
    }
    audit.selected = totalSelected;
    audit.tooFewSelected = totalSelected < thresholds.minimumSelected;
    for (GroupOutcome &g : groups)
        g.pprevInterval = clopperPearson(g.selected, g.poolSize, thresholds.confidence);
    audit.reference = reference.isEmpty() && !groups.isEmpty() ? groups.first().group : reference;
    const auto ref = std::find_if(groups.cbegin(), groups.cend(),
                                  [&](const GroupOutcome &g) { return g.group == audit.reference; });
    const auto ratio = [](const Measure &value, const Measure &base, const QString &zeroReason) {
        if (!value.isDefined() || !base.isDefined())
            return Measure::undefined(value.isDefined() ? base.undefinedReason : value.undefinedReason);
        if (*base.value == 0.0)
            return Measure::undefined(zeroReason);
        return Measure::of(*value.value / *base.value);
    };
    double highest = -1.0, lowest = 2.0;
    for (GroupOutcome &g : groups) {
        if (g.tooFew) {
            g.tooFewReason = FairnessText::tr("%1 members, fewer than %2")
                                 .arg(g.poolSize)
                                 .arg(thresholds.minimumGroupSize);
            const QString why = FairnessText::tr("too few to judge: ") + g.tooFewReason;
            g.pprevDisparity = g.pprDisparity = Measure::undefined(why);
            continue;
        }
        ++audit.groupsJudged;
        highest = std::max(highest, *g.pprev.value);
        lowest = std::min(lowest, *g.pprev.value);
        if (ref == groups.cend()) {
            g.pprevDisparity = g.pprDisparity =
                Measure::undefined(FairnessText::tr("the reference group is not in the pool"));
            continue;
        }
        const QString none =
            FairnessText::tr("no one of the reference group (%1) is selected").arg(ref->group);
        g.pprevDisparity = ratio(g.pprev, ref->pprev, none);
        g.pprDisparity = ratio(g.ppr, ref->ppr, none);
        if (!g.pprevDisparity.isDefined()) {
            g.verdict = Verdict::NotDefined;
            continue;
        }
        g.fair = thresholds.withinBand(*g.pprevDisparity.value);
        g.disparityInterval =
            rateRatioInterval(g.selected, g.poolSize, ref->selected, ref->poolSize, thresholds.confidence);
        const bool intervalReachesBand =
            g.disparityInterval->high >= thresholds.lower - 1e-12 && g.disparityInterval->low <= thresholds.upper + 1e-12;
        g.verdict = *g.fair ? Verdict::Within : intervalReachesBand ? Verdict::OutsideUnclear : Verdict::Outside;
        if (audit.tooFewSelected) {
            g.verdict = Verdict::TooFew;
            g.fair.reset();
            g.tooFewReason = FairnessText::tr("%1 selected in all, fewer than %2")
                                 .arg(totalSelected)
                                 .arg(thresholds.minimumSelected);
        }
    }
    if (audit.groupsJudged < 2) {
        const QString why = FairnessText::tr("fewer than two groups large enough to judge");
        audit.parityDifference = audit.parityRatio = Measure::undefined(why);
    } else {
        audit.parityDifference = Measure::of(highest - lowest);
        audit.parityRatio = highest > 0.0
                                ? Measure::of(lowest / highest)
                                : Measure::undefined(FairnessText::tr("no group has anyone selected"));
    }
    audit.groups = groups;
    return audit;
}

Measure skewAtK(const QStringList &ranking, int k, const QString &group, double targetShare)
{
    const int top = std::min(k, static_cast<int>(ranking.size()));
    if (top <= 0)
        return Measure::undefined(FairnessText::tr("the ranking is empty"));
    if (targetShare <= 0.0)
        return Measure::undefined(FairnessText::tr("the group has no target share"));
    const auto inTop = std::count(ranking.cbegin(), ranking.cbegin() + top, group);
    if (inTop == 0)
        return Measure::undefined(FairnessText::tr("no one of the group is in the top %1").arg(top));
    return Measure::of(std::log((static_cast<double>(inTop) / top) / targetShare));
}

Measure ndkl(const QStringList &ranking, const QHash<QString, double> &target)
{
    if (ranking.isEmpty())
        return Measure::undefined(FairnessText::tr("the ranking is empty"));
    QStringList groups = target.keys();
    groups.sort();
    QList<double> wanted;
    for (const QString &g : std::as_const(groups))
        wanted << target.value(g);
    // Counts by the group's place in `groups`, and one prefix distribution reused: a ranking of a million
    // consenting creators must not look up texts and allocate at every position.
    QHash<QString, qsizetype> place;
    for (qsizetype g = 0; g < groups.size(); ++g)
        place.insert(groups.at(g), g);
    QList<int> counts(groups.size(), 0);
    QList<double> prefix(groups.size(), 0.0);
    double sum = 0.0, z = 0.0;
    for (qsizetype i = 0; i < ranking.size(); ++i) {
        const auto found = place.constFind(ranking.at(i));
        if (found == place.cend())
            return Measure::undefined(
                FairnessText::tr("group \"%1\" has no target share").arg(ranking.at(i)));
        ++counts[*found];
        for (qsizetype g = 0; g < groups.size(); ++g)
            prefix[g] = static_cast<double>(counts.at(g)) / static_cast<double>(i + 1);
        const auto kl = klDivergence(prefix, wanted);
        if (!kl)
            return Measure::undefined(FairnessText::tr("a ranked group has a target share of 0"));
        const double discount = 1.0 / std::log2(static_cast<double>(i) + 2.0);
        sum += *kl * discount;
        z += discount;
    }
    return Measure::of(sum / z);
}

} // namespace candor::fairness
