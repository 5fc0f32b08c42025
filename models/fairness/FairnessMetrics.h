// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Uncertainty.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <span>
#include <vector>

namespace candor::fairness {

// The thresholds that come from outside Candor, in one place with their sources.
struct Thresholds
{
    // US Equal Employment Opportunity Commission et al., Uniform Guidelines on Employee Selection Procedures,
    // 29 CFR § 1607.4(D) (1978): "A selection rate for any race, sex, or ethnic group which is less than
    // four-fifths (4/5) (or eighty percent) of the rate for the group with the highest rate will generally be
    // regarded ... as evidence of adverse impact". Aequitas applies it both ways (fair iff 0.8 <= disparity
    // <= 1.25 = 1 / 0.8), and so does Candor, also to audience representation ratios.
    static constexpr double kFourFifths = 0.8;
    double lower = kFourFifths;
    double upper = 1.0 / kFourFifths;
    // Candor's own default, not an outside figure: with fewer members a selection rate says more about chance
    // than about treatment, so the group is shown as "too few to judge". Users can change it.
    int minimumGroupSize = 5;
    // Candor's own default too: a selection (of consenting creators) smaller than this gets no four-fifths
    // verdict at all. With fewer selected, one person more or less swings every rate past the band.
    int minimumSelected = 10;
    // The confidence of the intervals given with every rate and ratio (exact binomial, Clopper–Pearson).
    double confidence = 0.95;
    // The significance of FA*IR's ranked group test: the example value of Zehlike et al. (2017).
    double rankedTestAlpha = 0.1;
    // Candor's own choice: a dimension whose categories are not all within the band is "amber" while the
    // shortlist's audience stays within this total variation distance of the target, "red" beyond it.
    double tvdAlert = 0.10;

    bool withinBand(double ratio) const { return ratio >= lower - 1e-12 && ratio <= upper + 1e-12; }
};

// A number that may be undefined (a zero denominator, ln 0), with the reason in plain words. Candor never
// fills in 0, 1 or 10 for an undefined value (Aequitas fills 10).
struct Measure
{
    std::optional<double> value;
    QString undefinedReason;

    static Measure of(double v) { return {v, {}}; }
    static Measure undefined(QString why) { return {std::nullopt, std::move(why)}; }
    bool isDefined() const { return value.has_value(); }
    QString text(int decimals = 3) const; // the number, or "not defined (reason)"
};

// Fairlearn `selection_rate`: the (weighted) share of members selected.
double selectionRate(std::span<const int> selected, std::span<const double> weights = {});

// Two distributions over the same categories, in the same order (each sums to 1; p is the shortlist's
// audience, q the campaign's target). Natural logarithms throughout.
struct DistributionComparison
{
    double tvd = 0.0;          // total variation distance: 0.5 × Σ|pᵢ − qᵢ|
    Measure kl;                // KL(p‖q); undefined where some qᵢ = 0 < pᵢ
    double jsDivergence = 0.0; // Jensen–Shannon divergence
    double jsDistance = 0.0;   // its square root
    QList<Measure> ratios;     // representation ratio pᵢ / qᵢ per category; undefined where qᵢ = 0
};
DistributionComparison compareDistributions(const QList<double> &p, const QList<double> &q);
// Counts or weights to a distribution (shares that sum to 1); all zero stays all zero.
QList<double> normalized(const QList<double> &weights);

// Aequitas-style group audit of a selection (shortlisted, or in the top k).
// What the four-fifths check concludes for one group, in words a person can act on.
enum class Verdict
{
    TooFew,          // below Thresholds::minimumGroupSize members, or the selection below minimumSelected
    NotDefined,      // no disparity (the reference group has no one selected)
    Within,          // the disparity is within the band
    OutsideUnclear,  // outside the band, but its interval reaches into it: could be chance
    Outside,         // outside the band, and so is its whole interval
};
QString verdictLabel(Verdict verdict);

struct GroupOutcome
{
    QString group;
    int poolSize = 0;
    int selected = 0;
    bool tooFew = false;    // fewer members than Thresholds::minimumGroupSize: no rate is judged
    Measure pprev;          // selected / pool size (the group's selection rate)
    Measure ppr;            // the group's share of everyone selected
    Measure pprevDisparity; // pprev / the reference group's pprev
    Measure pprDisparity;   // ppr / the reference group's ppr
    std::optional<bool> fair; // pprev disparity within the four-fifths band; none when not judged
    Interval pprevInterval;   // exact interval of the selection rate, at Thresholds::confidence
    std::optional<Interval> disparityInterval; // of the pprev disparity; none where it is not defined
    Verdict verdict = Verdict::TooFew;
    QString tooFewReason; // why a TooFew verdict, in words
};

struct GroupAudit
{
    QList<GroupOutcome> groups; // sorted by pool size, largest first
    QString reference;          // the group disparities are measured against
    int groupsJudged = 0;
    int selected = 0;          // members selected, all groups together
    bool tooFewSelected = false; // below Thresholds::minimumSelected: no group gets a verdict
    // Fairlearn demographic_parity_difference / _ratio ("between_groups": max − min and min / max of the
    // selection rates) over the groups large enough to judge.
    Measure parityDifference;
    Measure parityRatio;
};

// `groupOf[i]` is member i's group, `selected[i]` whether it was selected. The reference group defaults to
// the largest (the first in name order among equals).
GroupAudit auditGroups(const QStringList &groupOf, const std::vector<bool> &selected, const Thresholds &thresholds,
                       const QString &reference = {});

// Ranked exposure (Geyik, Ambler and Kenthapadi, "Fairness-Aware Ranking in Search & Recommendation Systems",
// KDD 2019). `ranking` holds each ranked member's group, best first; `target` the wanted share per group.
// skew@k = ln(share of the group in the top k / its target share): 0 is proportional, below 0 too few.
Measure skewAtK(const QStringList &ranking, int k, const QString &group, double targetShare);
// NDKL = (1/Z) Σᵢ KL(top-i distribution ‖ target) / log2(i + 1), Z = Σᵢ 1 / log2(i + 1), 0 × ln 0 = 0.
Measure ndkl(const QStringList &ranking, const QHash<QString, double> &target);

} // namespace candor::fairness
