// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AuditReport.h"

#include "core/Formatting.h"
#include "core/TextContexts.h"
#include "domain/AudienceLabels.h"

#include <algorithm>

namespace candor::fairness {

namespace {

// Candor's own: an audience outside the target smaller than this (1 % of the selection's audience) is a
// caution, not a warning. Minors are a critical finding at any share.
constexpr double kNotableShare = 0.01;

QString dimensionSubject(AudienceDimension dimension, const QString &category)
{
    return QStringLiteral("%1 %2").arg(dimensionDisplayName(dimension), category);
}

QString confidenceClause(const CategoryBalance &c)
{
    return FairnessText::tr("data confidence %1").arg(percentText(c.confidence, 0));
}

} // namespace

QString ReportRow::tooltip() const
{
    QString text = QStringLiteral("%1: %2").arg(technical, definition);
    if (!value.isDefined())
        text += FairnessText::tr(" Not defined here: %1.").arg(value.undefinedReason);
    return text;
}

namespace {

const char *severityWords(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return QT_TRANSLATE_NOOP("FairnessText", "Critical");
    case Severity::Warning:
        return QT_TRANSLATE_NOOP("FairnessText", "Warning");
    case Severity::Caution:
        break;
    }
    return QT_TRANSLATE_NOOP("FairnessText", "Caution");
}

} // namespace

QString severityLabel(Severity severity)
{
    return FairnessText::tr(severityWords(severity));
}

QString severityKey(Severity severity)
{
    // English whatever the language: scripts compare it.
    return QString::fromLatin1(severityWords(severity)).toLower();
}

bool includesMinors(AudienceDimension dimension, const QString &category)
{
    if (dimension != AudienceDimension::AgeBand)
        return false;
    const auto range = audience::ageRange(category);
    return range && range->first < 18;
}

QString intervalText(const Interval &interval, bool percent, int decimals)
{
    const auto text = [&](double v) { return percent ? percentText(v, decimals) : decimalText(v, decimals); };
    if (!interval.hasUpperLimit())
        return FairnessText::tr("from %1, no upper limit").arg(text(interval.low));
    return FairnessText::tr("%1 to %2").arg(text(interval.low), text(interval.high));
}

QList<ReportRow> audienceRows(const DimensionBalance &b)
{
    const bool data = b.light != DimensionBalance::Light::NoData;
    const auto measure = [data](double v) {
        return data ? Measure::of(v) : Measure::undefined(FairnessText::tr("no audience data"));
    };
    QList<ReportRow> rows;
    rows << ReportRow{
        QStringLiteral("tvd"),
        FairnessText::tr("Audience mismatch"),
        FairnessText::tr("total variation distance (TVD)"),
        FairnessText::tr("half the sum of the differences between the selection's audience shares and "
                         "the target's: the share of the audience that would have to move to match the "
                         "target. 0 is a perfect match, 1 no overlap at all."),
        measure(b.distances.tvd),
        3,
        data ? FairnessText::tr("%1 of the audience would have to move to match the target.")
                   .arg(percentText(b.distances.tvd, 1))
             : QString()};
    rows << ReportRow{
        QStringLiteral("kl"),
        FairnessText::tr("Divergence from the target"),
        FairnessText::tr("Kullback–Leibler divergence KL(selection ‖ target), natural logarithm"),
        FairnessText::tr("Σ p·ln(p / q) over the categories: 0 when the audiences match; it grows fast "
                         "where the selection reaches categories the target gives little. Not defined "
                         "where the selection reaches a category the target leaves out."),
        data ? b.distances.kl : measure(0.0),
        4,
        {}};
    rows << ReportRow{
        QStringLiteral("js_distance"),
        FairnessText::tr("Divergence, both ways"),
        FairnessText::tr("Jensen–Shannon distance"),
        FairnessText::tr("the square root of ½KL(p ‖ m) + ½KL(q ‖ m), m the average of the two "
                         "audiences: symmetric, defined even where the target leaves a category out, "
                         "from 0 (the same) to about 0.83 (no overlap)."),
        measure(b.distances.jsDistance),
        4,
        {}};
    rows << ReportRow{
        QStringLiteral("low_confidence_share"),
        FairnessText::tr("Resting on low-confidence estimates"),
        FairnessText::tr("low-confidence share of the pooled audience"),
        FairnessText::tr("the part of the pooled audience whose estimates come with a confidence below "
                         "the threshold (50 % by default): those figures may be far off."),
        measure(b.lowConfidenceShare),
        3,
        data ? FairnessText::tr("%1 of the pooled audience rests on low-confidence estimates.")
                   .arg(percentText(b.lowConfidenceShare, 0))
             : QString()};
    return rows;
}

QString categorySentence(const CategoryBalance &c, const Thresholds &t)
{
    switch (c.flag) {
    case CategoryBalance::Flag::NoData:
        return FairnessText::tr(
            "No selected creator's audience data names this category: its share is unknown.");
    case CategoryBalance::Flag::OutsideTarget:
        if (c.share <= 0.0)
            return FairnessText::tr("Outside the target, and not reached.");
        return FairnessText::tr("%1 of the selection's audience is here, and the campaign targets none (%2).")
            .arg(percentText(c.share, 1), confidenceClause(c));
    case CategoryBalance::Flag::Under:
    case CategoryBalance::Flag::Over:
    case CategoryBalance::Flag::Within:
        break;
    }
    const QString versus =
        FairnessText::tr("%1 of the selection's audience against a target of %2: %3 × the target")
            .arg(percentText(c.share, 1), percentText(c.target, 1), c.ratio.text(2));
    if (c.flag == CategoryBalance::Flag::Within)
        return versus +
               FairnessText::tr(", within %1–%2.").arg(decimalText(t.lower, 2), decimalText(t.upper, 2));
    return versus +
           FairnessText::tr(", %1 (outside %2–%3; %4).")
               .arg(flagLabel(c.flag), decimalText(t.lower, 2), decimalText(t.upper, 2), confidenceClause(c));
}

QList<ReportRow> attributeRows(const AttributeAudit &a, const Thresholds &t)
{
    const GroupOutcome *lowest = nullptr, *highest = nullptr;
    for (const GroupOutcome &g : a.groups.groups) {
        if (g.tooFew || !g.pprev.isDefined())
            continue;
        if (!lowest || *g.pprev.value < *lowest->pprev.value)
            lowest = &g;
        if (!highest || *g.pprev.value > *highest->pprev.value)
            highest = &g;
    }
    const auto rateOf = [](const GroupOutcome &g) {
        return FairnessText::tr("%1 of %2 (%3)")
            .arg(g.selected)
            .arg(g.poolSize)
            .arg(percentText(*g.pprev.value, 1));
    };
    QString ratioSentence;
    if (a.groups.parityRatio.isDefined() && lowest && highest) {
        ratioSentence = *a.groups.parityRatio.value == 0.0
                            ? FairnessText::tr("0 because %1 has no one selected, while %2 has %3.")
                                  .arg(lowest->group, highest->group, rateOf(*highest))
                            : FairnessText::tr("%1 (%2) is selected at %3 × the rate of %4 (%5).")
                                  .arg(lowest->group, rateOf(*lowest), a.groups.parityRatio.text(2),
                                       highest->group, rateOf(*highest));
        if (a.groups.tooFewSelected)
            ratioSentence +=
                FairnessText::tr(" With %1 selected in all (fewer than %2) this is too few to judge.")
                    .arg(a.groups.selected)
                    .arg(t.minimumSelected);
    }
    QList<ReportRow> rows;
    rows << ReportRow{
        QStringLiteral("parity_difference"),
        FairnessText::tr("Gap in selection rates"),
        FairnessText::tr("demographic parity difference (Fairlearn, between groups)"),
        FairnessText::tr("the highest minus the lowest selection rate among the groups large enough to "
                         "judge: 0 when every group is selected at the same rate."),
        a.groups.parityDifference,
        3,
        {}};
    rows << ReportRow{
        QStringLiteral("parity_ratio"),
        FairnessText::tr("Lowest rate against highest"),
        FairnessText::tr("demographic parity ratio (Fairlearn); AIF360 calls it disparate impact"),
        FairnessText::tr("the lowest selection rate divided by the highest, among the groups large "
                         "enough to judge: 1 when alike; under %1 fails the four-fifths rule.")
            .arg(decimalText(t.lower, 2)),
        a.groups.parityRatio,
        3,
        ratioSentence};
    rows << ReportRow{
        QStringLiteral("ndkl"),
        FairnessText::tr("Ranking exposure"),
        FairnessText::tr("normalised discounted KL divergence (NDKL; Geyik, Ambler and Kenthapadi 2019)"),
        FairnessText::tr("how far the groups' shares among the first i candidates are from their shares "
                         "of the pool, summed over every position i = 1 … n of the consenting ranked "
                         "candidates (not only the selection), each weighted 1 / log₂(i + 1) so the top "
                         "counts most, and divided by the sum of the weights. 0 = proportional at every "
                         "depth."),
        a.ndkl,
        4,
        {}};
    return rows;
}

QString groupSentence(const GroupOutcome &g, const QString &reference)
{
    if (g.tooFew)
        return FairnessText::tr("%1 of %2 selected — too few to judge (%3).")
            .arg(g.selected)
            .arg(g.poolSize)
            .arg(g.tooFewReason);
    QString text =
        FairnessText::tr("%1 of %2 selected (%3; plausibly %4)")
            .arg(g.selected)
            .arg(g.poolSize)
            .arg(percentText(g.pprev.value.value_or(0.0), 1), intervalText(g.pprevInterval, true, 1));
    if (g.group != reference && g.pprevDisparity.isDefined()) {
        text += FairnessText::tr("; %1 × the rate of %2").arg(g.pprevDisparity.text(2), reference);
        if (g.disparityInterval)
            text += FairnessText::tr(" (plausibly %1)").arg(intervalText(*g.disparityInterval, false, 2));
    } else if (g.group == reference) {
        text += FairnessText::tr("; the reference group");
    } else {
        text += FairnessText::tr("; no comparison: %1").arg(g.pprevDisparity.undefinedReason);
    }
    text += QStringLiteral(" — %1").arg(verdictLabel(g.verdict));
    if (g.verdict == Verdict::TooFew && !g.tooFewReason.isEmpty())
        text += QStringLiteral(" (%1)").arg(g.tooFewReason);
    return text + QLatin1Char('.');
}

QString rankedTestSentence(const GroupExposure &e)
{
    if (!e.rankedTest)
        return {};
    const RankedGroupTest &t = *e.rankedTest;
    const QString test = FairnessText::tr("FA*IR test, α = %1, adjusted to %2 for %3 positions")
                             .arg(decimalText(t.alpha, 2), decimalText(t.adjustedAlpha, 4))
                             .arg(t.k);
    if (t.passed)
        return FairnessText::tr("Placed in the top %1 as fairly as chance allows (%2).").arg(t.k).arg(test);
    return FairnessText::tr("Fewer in the ranking than chance allows: among the first %1 it needed at least "
                            "%2 and had %3 (%4).")
        .arg(t.failedAt)
        .arg(t.needed)
        .arg(t.had)
        .arg(test);
}

QList<Finding> findings(const FairnessAudit &audit)
{
    QList<Finding> list;
    const Thresholds &t = audit.settings.thresholds;
    if (audit.dimensions.isEmpty())
        list << Finding{
            Severity::Caution,
            QStringLiteral("no_target"),
            FairnessText::tr("Audience balance"),
            FairnessText::tr(
                "The campaign has no target audience, so the audience balance cannot be checked."),
            {},
            {}};
    for (const DimensionAudit &d : audit.dimensions) {
        const DimensionBalance &b = d.balance;
        if (b.light == DimensionBalance::Light::NoData) {
            list << Finding{
                Severity::Caution,
                QStringLiteral("no_data"),
                dimensionDisplayName(b.dimension),
                FairnessText::tr(
                    "No selected creator has audience data for this dimension: add it with File › "
                    "Import Audiences or candor import-audience (docs/audience-import.md)."),
                {},
                {}};
            continue;
        }
        if (b.membersPooled < t.minimumGroupSize)
            list << Finding{
                Severity::Caution,
                QStringLiteral("few_pooled"),
                dimensionDisplayName(b.dimension),
                FairnessText::tr("Only %1 creators' audiences are pooled: the balance moves a lot with each "
                                 "creator added or removed.")
                    .arg(b.membersPooled),
                {},
                {}};
        for (const CategoryBalance &c : b.categories) {
            const QString subject = dimensionSubject(b.dimension, c.category);
            switch (c.flag) {
            case CategoryBalance::Flag::OutsideTarget:
                if (c.share > 0.0 && includesMinors(b.dimension, c.category))
                    list << Finding{
                        Severity::Critical,
                        QStringLiteral("minors"),
                        subject,
                        FairnessText::tr("%1 of the selection's audience is aged %2, which includes people "
                                         "under 18, and the campaign does not target it (%3).")
                            .arg(percentText(c.share, 1), c.category, confidenceClause(c)),
                        c.share,
                        c.confidence};
                break;
            case CategoryBalance::Flag::Under:
            case CategoryBalance::Flag::Over:
                list << Finding{Severity::Warning,
                                c.flag == CategoryBalance::Flag::Under ? QStringLiteral("under") : QStringLiteral("over"),
                                subject, categorySentence(c, t), c.share, c.confidence};
                break;
            case CategoryBalance::Flag::NoData:
                list << Finding{Severity::Caution, QStringLiteral("no_data"), subject, categorySentence(c, t), {}, {}};
                break;
            case CategoryBalance::Flag::Within:
                break;
            }
        }
        // The rest of the audience outside the target, in one finding per dimension, largest part first.
        QList<const CategoryBalance *> outside;
        double outsideShare = 0.0, outsideConfidence = 0.0;
        for (const CategoryBalance &c : b.categories) {
            if (c.flag == CategoryBalance::Flag::OutsideTarget && c.share > 0.0 && !includesMinors(b.dimension, c.category)) {
                outside << &c;
                outsideShare += c.share;
                outsideConfidence += c.share * c.confidence;
            }
        }
        if (!outside.isEmpty()) {
            std::stable_sort(outside.begin(), outside.end(),
                             [](const CategoryBalance *x, const CategoryBalance *y) { return x->share > y->share; });
            QStringList parts;
            for (const CategoryBalance *c : std::as_const(outside))
                parts << QStringLiteral("%1 %2").arg(c->category, percentText(c->share, 1));
            outsideConfidence /= outsideShare;
            list << Finding{
                outsideShare >= kNotableShare ? Severity::Warning : Severity::Caution,
                QStringLiteral("outside_target"),
                dimensionDisplayName(b.dimension),
                FairnessText::tr("%1 of the selection's audience is in categories the campaign does not "
                                 "target: %2 (data confidence %3).")
                    .arg(percentText(outsideShare, 1), parts.join(QStringLiteral(", ")),
                         percentText(outsideConfidence, 0)),
                outsideShare,
                outsideConfidence};
        }
    }
    for (const AttributeAudit &a : audit.attributes) {
        const QString attribute = FairnessText::tr("Creators by %1").arg(attributeLabel(a.attribute));
        if (a.groups.tooFewSelected)
            list << Finding{
                Severity::Caution,
                QStringLiteral("too_few_selected"),
                attribute,
                FairnessText::tr("%1 consenting creators are selected, fewer than %2: too few to judge "
                                 "whether groups are selected alike.")
                    .arg(a.groups.selected)
                    .arg(t.minimumSelected),
                {},
                {}};
        for (qsizetype i = 0; i < a.groups.groups.size(); ++i) {
            const GroupOutcome &g = a.groups.groups.at(i);
            const QString subject = QStringLiteral("%1: %2").arg(attribute, g.group);
            if (g.verdict == Verdict::Outside || g.verdict == Verdict::OutsideUnclear)
                list << Finding{g.verdict == Verdict::Outside ? Severity::Warning : Severity::Caution,
                                QStringLiteral("group_outside_band"), subject, groupSentence(g, a.groups.reference),
                                {}, {}};
            const GroupExposure &e = a.exposure.at(i);
            if (e.rankedTest && !e.rankedTest->passed)
                list << Finding{Severity::Warning, QStringLiteral("ranked_too_low"), subject, rankedTestSentence(e),
                                {}, {}};
        }
    }
    std::stable_sort(list.begin(), list.end(),
                     [](const Finding &x, const Finding &y) { return x.severity < y.severity; });
    return list;
}

} // namespace candor::fairness
