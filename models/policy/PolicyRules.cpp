// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PolicyRules.h"

#include "core/Formatting.h"
#include "core/TextContexts.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace candor::policy {

namespace {

Finding findingAbout(const Rule &rule, const SubjectFacts &creator, const QString &evidence)
{
    Finding f;
    f.ruleId = rule.id;
    f.severity = rule.severity;
    f.subject = QLatin1Char('@') + creator.handle;
    f.subjectKey = subjectKeyOf(creator.accountId);
    f.accountId = creator.accountId;
    f.evidence = evidence;
    return f;
}

double number(const Rule &rule, const char *parameter, double fallback)
{
    return rule.parameters.value(QLatin1String(parameter)).toDouble(fallback);
}

// Thresholds are compared in thousandths, so that a share exported as 25.0 % or a ratio of 0.8 is not let
// through (or caught) by the float that holds it.
qint64 thousandths(double value)
{
    return static_cast<qint64>(std::llround(value * 1000.0));
}

QString dateText(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// The sponsored posts failing the disclosure check published from `from` to `to` (both included): how many, and
// the newest or the oldest of them.
struct FailingPosts
{
    int count = 0;
    const SponsoredPost *newest = nullptr;
    const SponsoredPost *oldest = nullptr;
};
FailingPosts failingPosts(const QList<SponsoredPost> &posts, const QDate &from, const QDate &to)
{
    FailingPosts found;
    for (const SponsoredPost &post : posts) {
        if (!post.violation || post.publishedOn < from || (to.isValid() && post.publishedOn > to))
            continue;
        ++found.count;
        if (!found.newest || post.publishedOn > found.newest->publishedOn)
            found.newest = &post;
        if (!found.oldest || post.publishedOn < found.oldest->publishedOn)
            found.oldest = &post;
    }
    return found;
}

} // namespace

QString subjectKeyOf(qint64 accountId)
{
    return QStringLiteral("account:%1").arg(accountId);
}

QString subjectKeyOf(const GroupFacts &group)
{
    return QStringLiteral("group:%1=%2").arg(group.attribute, group.group);
}

std::optional<Finding> ageRestriction(const Rule &rule, const Context &context, const SubjectFacts &creator)
{
    if (!rule.enabled)
        return std::nullopt;
    QStringList categories;
    for (const QJsonValue &c : rule.parameters.value(QLatin1String("categories")).toArray())
        categories << c.toString();
    if (context.productCategory.isEmpty() || !categories.contains(context.productCategory))
        return std::nullopt;
    const double limit = number(rule, "max_under_18_share", 0.25);
    Finding f = findingAbout(rule, creator, QStringLiteral("audience"));
    if (!creator.under18) {
        f.sentence =
            PolicyText::tr("unknown: no age data for this creator's audience; ask for audience data before "
                           "it takes part in %1 campaigns (%2)")
                .arg(context.productCategory, rule.source);
        return f;
    }
    // The source's "25 % or more": a share at the limit is a finding.
    if (thousandths(*creator.under18) < thousandths(limit))
        return std::nullopt;
    f.share = creator.under18;
    f.confidence = creator.under18Confidence;
    f.sentence =
        PolicyText::tr("%1 of the audience is under 18 (data confidence %2), at or above the %3 limit for "
                       "%4 campaigns (%5)")
            .arg(percentText(*creator.under18, 1), percentText(creator.under18Confidence, 0),
                 percentText(limit, 0), context.productCategory, rule.source);
    return f;
}

std::optional<Finding> authenticityRed(const Rule &rule, const SubjectFacts &creator)
{
    if (!rule.enabled || creator.authenticity != QLatin1String("red"))
        return std::nullopt;
    Finding f = findingAbout(rule, creator, QStringLiteral("authenticity"));
    f.sentence =
        PolicyText::tr("the authenticity check is red%1; it needs an override with a reason before the "
                       "shortlist is approved (%2)")
            .arg(creator.authenticityEvidence.isEmpty() ? QString()
                                                        : QStringLiteral(": ") + creator.authenticityEvidence,
                 rule.source);
    return f;
}

std::optional<Finding> disclosureHistory(const Rule &rule, const Context &context, const SubjectFacts &creator)
{
    if (!rule.enabled)
        return std::nullopt;
    const int months = static_cast<int>(number(rule, "months", 12));
    const QDate since = context.today.addMonths(-months);
    // On the first day of the window a post counts: "in the last 12 months" includes today a year ago.
    const FailingPosts failing = failingPosts(creator.sponsoredPosts, since, context.today);
    const int violations = failing.count;
    const SponsoredPost *newest = failing.newest;
    if (!newest)
        return std::nullopt;
    Finding f = findingAbout(rule, creator, QStringLiteral("disclosure"));
    f.sentence =
        PolicyText::tr("%n sponsored post(s) in the last %1 months were not disclosed as the rules ask; the "
                       "newest, on %2: %3 (%4)",
                       nullptr, violations)
            .arg(QString::number(months), dateText(newest->publishedOn), newest->sentence, rule.source);
    return f;
}

std::optional<Finding> deliverablesDisclosed(const Rule &rule, const Context &context, const SubjectFacts &creator)
{
    if (!rule.enabled || !context.approved)
        return std::nullopt;
    const FailingPosts since = failingPosts(creator.sponsoredPosts, *context.approved, {});
    const int failing = since.count;
    const SponsoredPost *first = since.oldest;
    if (!first)
        return std::nullopt;
    Finding f = findingAbout(rule, creator, QStringLiteral("disclosure"));
    f.sentence =
        PolicyText::tr("%n sponsored post(s) published since the shortlist was approved on %1 fail(s) the "
                       "disclosure check; the first, on %2: %3 (%4)",
                       nullptr, failing)
            .arg(dateText(*context.approved), dateText(first->publishedOn), first->sentence, rule.source);
    return f;
}

QList<Finding> consentAndPrivacy(const Rule &rule, const SubjectFacts &creator)
{
    QList<Finding> found;
    if (!rule.enabled)
        return found;
    const auto add = [&](const QString &sentence) {
        Finding f = findingAbout(rule, creator, QStringLiteral("privacy"));
        f.sentence = sentence + QStringLiteral(" (%1)").arg(rule.source);
        found << f;
    };
    if (creator.doNotProfile)
        add(PolicyText::tr("the creator objected to profiling; remove them from the shortlist"));
    if (creator.retentionEnded)
        add(PolicyText::tr(
                "the project's retention period for this creator ended on %1; remove them from the "
                "shortlist or record a new use")
                .arg(dateText(*creator.retentionEnded)));
    for (const QString &attribute : creator.expiredConsents)
        add(PolicyText::tr(
                "the consent to the self-declared %1 has expired; ask for it again or erase the value")
                .arg(attribute));
    return found;
}

std::optional<Finding> humanDecision(const Rule &rule, const SubjectFacts &creator)
{
    if (!rule.enabled || !creator.overrideWithoutReason)
        return std::nullopt;
    Finding f = findingAbout(rule, creator, QStringLiteral("decision"));
    f.sentence =
        PolicyText::tr("the decision goes against the ranking without a written reason; decide again with "
                       "one (%1)")
            .arg(rule.source);
    return f;
}

std::optional<Finding> groupFairness(const Rule &rule, const GroupFacts &group)
{
    if (!rule.enabled || !group.disparity)
        return std::nullopt;
    if (group.poolSize < static_cast<int>(number(rule, "min_group_size", 5)))
        return std::nullopt;
    const double low = number(rule, "low", 0.8);
    const double high = number(rule, "high", 1.25);
    const qint64 d = thousandths(*group.disparity);
    if (d >= thousandths(low) && d <= thousandths(high))
        return std::nullopt;
    Finding f;
    f.ruleId = rule.id;
    f.severity = rule.severity;
    f.subject = QStringLiteral("%1: %2").arg(group.attribute, group.group);
    f.subjectKey = subjectKeyOf(group);
    f.evidence = QStringLiteral("fairness");
    f.share = group.disparity;
    f.sentence =
        PolicyText::tr("%1 of %2 creators in this group were shortlisted, a selection rate %3 times the "
                       "%4 group's, outside the %5 to %6 band; acknowledge it with a written note (%7)")
            .arg(group.selected)
            .arg(group.poolSize)
            .arg(decimalText(*group.disparity, 2), group.reference, decimalText(low, 2), decimalText(high, 2),
                 rule.source);
    return f;
}

QList<Finding> evaluateSubject(const Policy &policy, const Context &context, const SubjectFacts &creator)
{
    QList<Finding> found;
    const auto keep = [&found](std::optional<Finding> f) {
        if (f)
            found << *f;
    };
    for (const Rule &rule : policy.rules) {
        // A creator who objected to profiling (GDPR Art. 21) is not analysed further: only what resolves it.
        const bool personal = rule.id == QLatin1String("consent_and_privacy") || rule.id == QLatin1String("human_decision");
        if (creator.doNotProfile && !personal)
            continue;
        if (rule.id == QLatin1String("age_restricted_products"))
            keep(ageRestriction(rule, context, creator));
        else if (rule.id == QLatin1String("authenticity_red"))
            keep(authenticityRed(rule, creator));
        else if (rule.id == QLatin1String("disclosure_history"))
            keep(disclosureHistory(rule, context, creator));
        else if (rule.id == QLatin1String("deliverables_disclosed"))
            keep(deliverablesDisclosed(rule, context, creator));
        else if (rule.id == QLatin1String("consent_and_privacy"))
            found << consentAndPrivacy(rule, creator);
        else if (rule.id == QLatin1String("human_decision"))
            keep(humanDecision(rule, creator));
    }
    return found;
}

QList<Finding> evaluateGroups(const Policy &policy, const QList<GroupFacts> &groups)
{
    QList<Finding> found;
    const Rule *rule = policy.rule(QStringLiteral("group_fairness"));
    if (!rule)
        return found;
    for (const GroupFacts &g : groups) {
        if (auto f = groupFairness(*rule, g))
            found << *f;
    }
    return found;
}

std::optional<int> minimumGroupSize(const Policy &policy)
{
    const Rule *rule = policy.rule(QStringLiteral("group_fairness"));
    if (!rule || !rule->enabled)
        return std::nullopt;
    return static_cast<int>(number(*rule, "min_group_size", 5));
}

void sortFindings(QList<Finding> &findings)
{
    const auto rankOf = [](const Finding &f) { return f.blocks() ? 0 : f.isOpen() ? 1 : 2; };
    std::stable_sort(findings.begin(), findings.end(),
                     [&](const Finding &a, const Finding &b) { return rankOf(a) < rankOf(b); });
}

} // namespace candor::policy
