// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReportBuilder.h"

#include "ReportText.h"
#include "core/Formatting.h"
#include "core/Translations.h"
#include "fairness/AudienceBalance.h"
#include "fairness/AuditReport.h"
#include "scoring/RankStability.h"
#include "scoring/Warnings.h"
#include "storage/AuditStore.h"
#include "storage/ProjectStore.h"
#include "workbench/ShortlistCheck.h"
#include "workbench/Workbench.h"

#include <algorithm>

namespace candor::report {

namespace {

using scoring::MissingDataRule;

QString missingDataSentence(MissingDataRule rule)
{
    switch (rule) {
    case MissingDataRule::Neutral:
        return ReportText::tr("A factor without data counts as half marks (0.5) and is marked \"imputed\".");
    case MissingDataRule::Exclude:
        return ReportText::tr(
            "A factor without data is left out for that creator and the other weights are scaled "
            "up to make up for it.");
    case MissingDataRule::LowerBound:
        return ReportText::tr(
            "A factor without data adds nothing, so missing data never beats real data; the range "
            "the score could reach with the data is shown beside it.");
    }
    return {};
}

QStringList filterSentences(const HardFilters &f)
{
    QStringList sentences;
    if (f.minFollowers)
        sentences << ReportText::tr("at least %1 followers").arg(compactCount(*f.minFollowers));
    if (!f.platforms.isEmpty()) {
        QStringList names;
        for (Platform p : f.platforms)
            names << platformDisplayName(p);
        sentences << ReportText::tr("on %1").arg(names.join(QStringLiteral(", ")));
    }
    if (!f.audienceCountries.isEmpty())
        sentences << ReportText::tr("leading audience country one of %1")
                         .arg(f.audienceCountries.join(QStringLiteral(", ")));
    if (!f.excludedCategories.isEmpty())
        sentences
            << ReportText::tr("no category among %1").arg(f.excludedCategories.join(QStringLiteral(", ")));
    return sentences;
}

AudienceDimension dimensionOf(const fairness::DimensionBalance &b)
{
    AudienceDimension d;
    d.dimensionKey = dimensionId(b.dimension);
    d.dimension = dimensionDisplayName(b.dimension);
    d.lightKey = fairness::lightKey(b.light);
    d.pooled = b.membersPooled;
    d.members = b.members;
    QStringList outside, under, over;
    for (const fairness::CategoryBalance &c : b.categories) {
        const bool known = c.flag != fairness::CategoryBalance::Flag::NoData &&
                           b.light != fairness::DimensionBalance::Light::NoData;
        d.shares << AudienceShare{c.category,
                                  known ? std::optional<double>(c.share) : std::nullopt,
                                  c.lowConfidencePart,
                                  c.target,
                                  fairness::flagKey(c.flag),
                                  fairness::flagLabel(c.flag)};
        const QString item = ReportText::tr("%1 at %2").arg(c.category, percentText(c.share, 1));
        switch (c.flag) {
        case fairness::CategoryBalance::Flag::OutsideTarget:
            if (c.share > 0.0)
                outside << item;
            break;
        case fairness::CategoryBalance::Flag::Under:
            under << ReportText::tr("%1 against %2").arg(item, percentText(c.target, 1));
            break;
        case fairness::CategoryBalance::Flag::Over:
            over << ReportText::tr("%1 against %2").arg(item, percentText(c.target, 1));
            break;
        default:
            break;
        }
    }
    // Under the dimension's heading: it starts with the verdict ("Unbalanced; …").
    QString text = ReportText::tr("%1; the audiences of %2 of %n creator(s) are known.", nullptr, d.members)
                       .arg(sentenceStart(fairness::lightLabel(b.light)), QString::number(d.pooled));
    if (!outside.isEmpty())
        text += ReportText::tr(" Not in the target: %1.").arg(outside.join(QStringLiteral(", ")));
    if (!under.isEmpty())
        text += ReportText::tr(" Fewer than the target: %1.").arg(under.join(QStringLiteral(", ")));
    if (!over.isEmpty())
        text += ReportText::tr(" More than the target: %1.").arg(over.join(QStringLiteral(", ")));
    if (outside.isEmpty() && under.isEmpty() && over.isEmpty() && b.light != fairness::DimensionBalance::Light::NoData)
        text += ReportText::tr(" Every part of the target is within the four-fifths band.");
    d.paragraph = text;
    d.outsideTarget = !outside.isEmpty();
    return d;
}

Card cardOf(const Workbench &w, int candidate, const Decision &decision)
{
    const scoring::ScoredPool &pool = w.pool();
    Card card;
    card.handle = pool.handle(candidate);
    card.displayName = pool.displayName(candidate);
    card.platform = platformDisplayName(pool.platform(candidate));
    card.rank = w.rankOf(candidate);
    card.filteredOutBy = pool.filteredOutBy(candidate).value_or(QString());
    const scoring::Breakdown b = w.breakdown(candidate);
    card.score = b.score;
    card.lowest = b.lowest;
    card.highest = b.highest;
    card.coverage = b.coverage;
    for (const scoring::FactorContribution &f : b.factors)
        card.contributions << Contribution{QString::fromLatin1(scoring::factorInfo(f.value.id).key),
                                           scoring::translatedFactorName(f.value.id),
                                           f.value.raw,
                                           f.usedValue,
                                           f.weight,
                                           f.points,
                                           f.imputed || f.leftOut || f.countedAsZero,
                                           f.sentence};
    for (const scoring::CandidateWarning &warning : scoring::warningsOf(pool, candidate))
        card.warnings << warning.sentence;
    card.decisionKey = decisionKey(decision.kind);
    card.decision = decisionLabel(decision.kind);
    card.reason = decision.reason;
    card.decidedBy = decision.decidedBy;
    card.decidedAt = decision.decidedAt;
    card.isOverride = decision.isOverride;
    return card;
}

} // namespace

Result<ClientReport> build(const Workbench &w, const QDate &preparedOn)
{
    if (!w.hasCampaign())
        return Error{w.project().path(), ReportText::tr("has no campaign to report on"), {}};
    ClientReport r;
    r.language = translationLanguage().bcp47Name();
    const Campaign &campaign = w.campaign();
    const scoring::ScoringModel &model = w.model();
    r.campaign = campaign.name;
    r.brief = campaign.brief;
    auto agency = ProjectStore(w.project()).agency();
    if (!agency)
        return agency.error();
    r.agency = agency->name;
    r.agencyLogo = agency->logo;
    r.preparedOn = preparedOn.toString(Qt::ISODate);
    r.modelName = model.name;
    r.modelVersion = model.version;
    r.missingDataRule = missingDataSentence(model.missingData);
    r.topK = w.topK();
    double total = 0.0;
    for (double weight : w.weights())
        total += weight;
    for (qsizetype f = 0; f < model.factors.size(); ++f) {
        const scoring::FactorDefinition &definition = model.factors.at(f);
        const scoring::FactorInfo &info = scoring::factorInfo(definition.id);
        const double weight = w.weights().at(static_cast<std::size_t>(f));
        r.factors << MethodFactor{QString::fromLatin1(info.key),
                                  scoring::translatedFactorName(definition.id),
                                  scoring::translatedFactorDescription(definition.id),
                                  definition.normalization.describe(),
                                  scoring::translatedFactorSource(definition.id),
                                  weight,
                                  total > 0.0 ? weight / total : 0.0};
    }
    r.filters = filterSentences(campaign.filters);

    // The shortlist, best ranked first (creators a filter excluded after the ranked ones), and the rejections.
    QList<std::pair<int, Decision>> chosen;
    QList<std::pair<int, Decision>> rejected;
    const scoring::ScoredPool &pool = w.pool();
    for (int c = 0; c < pool.size(); ++c) {
        if (const auto decision = w.decisionOf(c))
            (decision->kind == DecisionKind::Rejected ? rejected : chosen) << std::pair{c, *decision};
    }
    const auto byRank = [&w](const auto &a, const auto &b) {
        const int ra = w.rankOf(a.first) > 0 ? w.rankOf(a.first) : std::numeric_limits<int>::max();
        const int rb = w.rankOf(b.first) > 0 ? w.rankOf(b.first) : std::numeric_limits<int>::max();
        return ra != rb ? ra < rb : w.pool().accountId(a.first) < w.pool().accountId(b.first);
    };
    std::sort(chosen.begin(), chosen.end(), byRank);
    std::sort(rejected.begin(), rejected.end(), byRank);
    std::vector<int> tracked;
    for (const auto &[candidate, decision] : std::as_const(chosen)) {
        r.cards << cardOf(w, candidate, decision);
        if (w.rankOf(candidate) > 0)
            tracked.push_back(candidate);
    }
    for (const auto &[candidate, decision] : std::as_const(rejected))
        r.rejected << cardOf(w, candidate, decision);
    for (const Card &card : std::as_const(r.cards))
        r.imputedValues += static_cast<int>(std::count_if(card.contributions.cbegin(), card.contributions.cend(),
                                                          [](const Contribution &c) { return c.imputed; }));
    // The stability interval of each ranked card, as `candor rank` computes it (seeded, so repeatable).
    scoring::StabilitySettings stability = w.stabilitySettings();
    const std::vector<scoring::CandidateStability> intervals =
        scoring::RankStability::computeFor(pool, w.weights(), stability, tracked);
    std::size_t next = 0;
    for (Card &card : r.cards) {
        if (card.rank == 0)
            continue;
        const scoring::CandidateStability &s = intervals.at(next++);
        card.probabilityInTopK = s.probabilityInTopK;
        card.rankLow = s.rankLow;
        card.rankHigh = s.rankHigh;
    }

    auto attributes = w.consentedAttributes();
    if (!attributes)
        return attributes.error();
    const fairness::FairnessAudit audit = fairness::audit(w.auditInput(*attributes), *attributes, {});
    r.fairnessSelection = audit.selectionLabel;
    r.bandLower = audit.settings.thresholds.lower;
    r.bandUpper = audit.settings.thresholds.upper;
    for (const fairness::DimensionAudit &d : audit.dimensions)
        r.audience << dimensionOf(d.balance);
    // Audiences the campaign does not target (minors above all) come first.
    std::stable_sort(r.audience.begin(), r.audience.end(), [](const AudienceDimension &a, const AudienceDimension &b) {
        return a.outsideTarget && !b.outsideTarget;
    });
    for (const fairness::Finding &f : fairness::findings(audit))
        r.fairness << FairnessFinding{fairness::severityKey(f.severity), fairness::severityLabel(f.severity),
                                      f.subject, f.sentence};
    r.fairnessCaveat =
        ReportText::tr("Audience figures are estimates with a stated confidence; creator groups count only "
                       "creators who declared "
                       "the attribute with consent, and a group smaller than %1 is not judged.")
            .arg(audit.settings.thresholds.minimumGroupSize);

    auto rules = w.policy();
    if (!rules)
        return rules.error();
    for (const policy::Rule &rule : rules->rules)
        r.policyRules << PolicyRuleLine{rule.id, policy::ruleLabel(rule.id),
                                        policy::severityKey(rule.severity), rule.enabled, rule.source};
    auto facts = gatherFacts(w, *rules, preparedOn);
    if (!facts)
        return facts.error();
    for (const policy::Finding &f : judge(w, *rules, *facts))
        r.policyFindings << PolicyFindingLine{
            f.isOpen() ? policy::severityKey(f.severity) : QStringLiteral("resolved"),
            policy::statusLabel(f),
            f.ruleId,
            policy::ruleLabel(f.ruleId),
            f.subject,
            f.sentence,
            f.resolution ? policy::resolutionSentence(*f.resolution) : QString()};
    r.policyChanges = changesSinceApproval(*facts);

    auto approval = w.approval();
    if (!approval)
        return approval.error();
    r.approvedBy = approval->by;
    r.approvedAt = approval->at;
    auto head = AuditStore(w.project()).head();
    if (!head)
        return head.error();
    r.auditEntries = head->count;
    r.auditHeadSha256 = head->sha256;
    return r;
}

} // namespace candor::report
