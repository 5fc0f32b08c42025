// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ShortlistCheck.h"

#include "Workbench.h"
#include "authenticity/AccountSignals.h"
#include "compliance/DisclosureCheck.h"
#include "fairness/AuditReport.h"
#include "fairness/FairnessAudit.h"
#include "policy/ApprovalSnapshot.h"
#include "scoring/AccountEvidence.h"
#include "storage/CreatorStore.h"
#include "storage/ShortlistStore.h"

#include <algorithm>

namespace candor {

namespace {

// The candidate's age estimate (the newest, most confident one, as the record orders them): every band that
// includes people under 18 counts whole, which errs on the side of the rule.
void readAge(const scoring::Candidate &record, policy::SubjectFacts &facts)
{
    for (const AudienceEstimate &estimate : record.audience) {
        if (estimate.distribution.dimension() != AudienceDimension::AgeBand)
            continue;
        double share = 0.0;
        for (const AudienceShare &s : estimate.distribution.shares())
            share += fairness::includesMinors(AudienceDimension::AgeBand, s.category) ? s.share : 0.0;
        facts.under18 = share;
        facts.under18Confidence = estimate.confidence;
        facts.dataAsOf = std::max(facts.dataAsOf, estimate.asOf);
        return;
    }
}

void readAuthenticity(const scoring::Candidate &record, const scoring::EngagementBenchmarks &benchmarks,
                      policy::SubjectFacts &facts)
{
    const QList<authenticity::Signal> assessed =
        authenticity::assessAccount(scoring::authenticityFacts(record, benchmarks));
    facts.authenticity = authenticity::lightKey(authenticity::summarize(assessed).worst);
    QStringList red;
    for (const authenticity::Signal &s : assessed) {
        if (s.light == authenticity::Light::Red)
            red << QStringLiteral("%1 %2 (%3)").arg(s.name, s.value, s.threshold);
    }
    facts.authenticityEvidence = red.join(QStringLiteral("; "));
}

void readDisclosure(const scoring::Candidate &record, policy::SubjectFacts &facts)
{
    static const compliance::DisclosureChecker checker;
    for (const Post &post : record.posts) {
        const auto finding = checker.checkDisclosure(post);
        if (!finding)
            continue;
        facts.sponsoredPosts << policy::SponsoredPost{post.publishedAt.date(),
                                                      finding->verdict == compliance::Verdict::Violation,
                                                      finding->sentence, post.permalink};
    }
}

Status readPrivacy(const Workbench &w, qint64 accountId, const QDate &today, policy::SubjectFacts &facts)
{
    auto record = w.privacyRecordOfAccount(accountId);
    if (!record)
        return record.error();
    auto rules = w.privacyPolicy();
    if (!rules)
        return rules.error();
    facts.doNotProfile = record->facts.doNotProfile;
    for (const privacy::Finding &f : privacy::findingsOf(record->facts, *rules, today)) {
        if (f.kind == privacy::FindingKind::PastRetention)
            facts.retentionEnded = f.date;
        else if (f.kind == privacy::FindingKind::ConsentExpired)
            facts.expiredConsents << f.attribute;
    }
    return success();
}

} // namespace

Result<policy::Context> policyContext(const Workbench &w, const QDate &today, QByteArray *snapshot)
{
    policy::Context context{w.campaign().productCategory, today, {}};
    auto approval = w.approval();
    if (!approval)
        return approval.error();
    if (approval->isApproved())
        context.approved = QDateTime::fromString(approval->at, Qt::ISODate).date();
    if (snapshot) {
        auto saw = w.approvalSnapshot();
        if (!saw)
            return saw.error();
        *snapshot = *saw;
    }
    return context;
}

Result<policy::SubjectFacts> subjectFacts(const Workbench &w, const Decision &decision, const QDate &today)
{
    policy::SubjectFacts facts;
    facts.accountId = decision.accountId;
    facts.overrideWithoutReason = decision.isOverride && decision.reason.trimmed().isEmpty();
    if (auto read = readPrivacy(w, decision.accountId, today, facts); !read)
        return read.error();
    const int candidate = w.candidateOfAccount(decision.accountId);
    if (candidate < 0) {
        auto handle = CreatorStore(w.project()).handleOf(decision.accountId);
        if (!handle)
            return handle.error();
        facts.handle = *handle;
        return facts;
    }
    facts.handle = w.pool().handle(candidate);
    auto record = w.record(candidate);
    if (!record)
        return record.error();
    facts.dataAsOf = record->account.metrics.asOf;
    readAge(*record, facts);
    readAuthenticity(*record, w.benchmarks(), facts);
    readDisclosure(*record, facts);
    return facts;
}

QList<policy::GroupFacts> groupFacts(const Workbench &w, const policy::Policy &policy,
                                     const ConsentedAttributes &attributes)
{
    QList<policy::GroupFacts> groups;
    const auto minimum = policy::minimumGroupSize(policy);
    if (!minimum || !w.hasCampaign())
        return groups;
    // The dashboard's selection audit of the shortlist (shortlisted or approved), without the rest of the audit:
    // its audiences and exposure are not the rule's business and cost a read of many records.
    std::vector<bool> selected(static_cast<std::size_t>(w.candidateCount()), false);
    for (const Decision &d : w.shortlisted()) {
        if (const int c = w.candidateOfAccount(d.accountId); c >= 0)
            selected[static_cast<std::size_t>(c)] = true;
    }
    fairness::Thresholds thresholds;
    thresholds.minimumGroupSize = *minimum;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
        const fairness::ConsentingMembers m = fairness::consentingMembers(
            w.order(), w.candidateCount(), [&w](qsizetype c) { return w.pool().accountId(static_cast<int>(c)); },
            selected, it.value());
        const fairness::GroupAudit audit = fairness::auditGroups(m.groupOf, m.chosen, thresholds);
        for (const fairness::GroupOutcome &g : audit.groups) {
            if (g.group == audit.reference)
                continue;
            const bool judged = !audit.tooFewSelected && g.verdict != fairness::Verdict::TooFew;
            groups << policy::GroupFacts{it.key(), g.group, audit.reference, g.poolSize, g.selected,
                                         judged ? g.pprevDisparity.value : std::nullopt};
        }
    }
    return groups;
}

qint64 decisionIdFor(const Workbench &w, const policy::Finding &finding)
{
    return finding.accountId != 0 ? w.latestDecisionIdOf(finding.accountId) : w.newestDecisionId();
}

Result<QList<ApprovalRecheck>> recheckApprovedShortlists(Workbench &w, const QDate &today)
{
    QList<ApprovalRecheck> found;
    auto approved = ShortlistStore(w.project()).approvedCampaigns();
    if (!approved)
        return approved.error();
    const qint64 shown = w.hasCampaign() ? w.campaign().id : 0;
    for (const qint64 id : std::as_const(*approved)) {
        if (auto selected = w.selectCampaign(id); !selected)
            return selected.error();
        auto approval = w.approval();
        if (!approval)
            return approval.error();
        ShortlistFacts facts;
        auto snapshot = w.approvalSnapshot();
        if (!snapshot)
            return snapshot.error();
        facts.approvalSnapshot = *snapshot;
        auto subjects = shortlistedFacts(w, today);
        if (!subjects)
            return subjects.error();
        facts.subjects = *subjects;
        found << ApprovalRecheck{w.campaign().name, approval->by, approval->at, changesSinceApproval(facts)};
    }
    if (shown != 0 && w.hasCampaign() && w.campaign().id != shown) {
        if (auto back = w.selectCampaign(shown); !back)
            return back.error();
    }
    return found;
}

Result<QList<policy::SubjectFacts>> shortlistedFacts(const Workbench &w, const QDate &today)
{
    QList<policy::SubjectFacts> subjects;
    for (const Decision &d : w.shortlisted()) {
        auto facts = subjectFacts(w, d, today);
        if (!facts)
            return facts.error();
        subjects << *facts;
    }
    return subjects;
}

Result<ShortlistFacts> gatherFacts(const Workbench &w, const policy::Policy &policy, const QDate &today)
{
    ShortlistFacts facts;
    if (!w.hasCampaign())
        return facts;
    auto context = policyContext(w, today, &facts.approvalSnapshot);
    if (!context)
        return context.error();
    facts.context = *context;
    auto subjects = shortlistedFacts(w, today);
    if (!subjects)
        return subjects.error();
    facts.subjects = *subjects;
    auto attributes = w.consentedAttributes();
    if (!attributes)
        return attributes.error();
    facts.groups = groupFacts(w, policy, *attributes);
    auto resolutions = w.policyResolutions();
    if (!resolutions)
        return resolutions.error();
    facts.resolutions = *resolutions;
    return facts;
}

QList<policy::Finding> judge(const Workbench &w, const policy::Policy &policy, const ShortlistFacts &facts)
{
    QList<policy::Finding> found;
    for (const policy::SubjectFacts &subject : facts.subjects)
        found << policy::evaluateSubject(policy, facts.context, subject);
    found << policy::evaluateGroups(policy, facts.groups);
    policy::applyResolutions(found, facts.resolutions, [&w](const policy::Finding &f) { return decisionIdFor(w, f); });
    policy::sortFindings(found);
    return found;
}

QStringList changesSinceApproval(const ShortlistFacts &facts)
{
    return facts.approvalSnapshot.isEmpty() ? QStringList{} : policy::changesSince(facts.approvalSnapshot, facts.subjects);
}

Result<QList<policy::Finding>> checkShortlist(const Workbench &w, const policy::Policy &policy, const QDate &today)
{
    auto facts = gatherFacts(w, policy, today);
    if (!facts)
        return facts.error();
    return judge(w, policy, *facts);
}

} // namespace candor
