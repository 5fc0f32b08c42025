// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Policy.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace candor::policy {

// The policy's rules evaluated on plain values (docs/policy.md): the workbench gathers the facts, these functions
// judge them, so every threshold can be tested at and around its edge without a project.

// What a check is about: the campaign and the day.
struct Context
{
    QString productCategory;      // the campaign's ("alcohol", …; empty for anything else)
    QDate today;                  // "the last N months" and retention are counted back from it
    std::optional<QDate> approved; // the day the shortlist was approved, if it is
};

// A sponsored post of the creator as the disclosure check judged it.
struct SponsoredPost
{
    QDate publishedOn;
    bool violation = false;
    QString sentence; // the disclosure check's own
    QString link;
};

// Everything the rules look at for one creator on the shortlist.
struct SubjectFacts
{
    qint64 accountId = 0;
    QString handle;
    // Newest age estimate: the share of the audience in bands that include people under 18 (none: no age data).
    std::optional<double> under18;
    double under18Confidence = 0.0;
    QString authenticity = QStringLiteral("no_data"); // the worst light among the signals with data
    QString authenticityEvidence;                     // the red signals' evidence
    QList<SponsoredPost> sponsoredPosts;
    QStringList expiredConsents;           // self-declared attributes whose consent has expired
    std::optional<QDate> retentionEnded;   // past the retention policy since this day
    bool doNotProfile = false;             // the creator objected to profiling (and left the ranking)
    bool overrideWithoutReason = false;    // the current decision goes against the ranking and gives no reason
    QDate dataAsOf;                        // the newest figures or audience estimate

    bool operator==(const SubjectFacts &other) const = default;
};

// One creator group of a consented attribute in the selection audit of the shortlist.
struct GroupFacts
{
    QString attribute; // "gender"
    QString group;     // "woman"
    QString reference; // the group the disparity is measured against
    int poolSize = 0;
    int selected = 0;
    std::optional<double> disparity; // selection rate / the reference group's
    bool operator==(const GroupFacts &other) const = default;
};

std::optional<Finding> ageRestriction(const Rule &rule, const Context &context, const SubjectFacts &creator);
std::optional<Finding> authenticityRed(const Rule &rule, const SubjectFacts &creator);
std::optional<Finding> disclosureHistory(const Rule &rule, const Context &context, const SubjectFacts &creator);
std::optional<Finding> deliverablesDisclosed(const Rule &rule, const Context &context, const SubjectFacts &creator);
QList<Finding> consentAndPrivacy(const Rule &rule, const SubjectFacts &creator);
std::optional<Finding> humanDecision(const Rule &rule, const SubjectFacts &creator);
std::optional<Finding> groupFairness(const Rule &rule, const GroupFacts &group);

// Every enabled rule about one creator, or about the shortlist's groups, in the policy's rule order.
QList<Finding> evaluateSubject(const Policy &policy, const Context &context, const SubjectFacts &creator);
QList<Finding> evaluateGroups(const Policy &policy, const QList<GroupFacts> &groups);
// The smallest group the group-fairness rule judges (the fairness audit's minimum group size when it is set).
std::optional<int> minimumGroupSize(const Policy &policy);

QString subjectKeyOf(qint64 accountId);
QString subjectKeyOf(const GroupFacts &group);

// Marks each finding a valid resolution covers. `currentDecision` gives a subject's current decision id (the
// shortlist's newest for a group); a resolution written before it no longer counts.
template<typename DecisionOf>
void applyResolutions(QList<Finding> &findings, const QList<Resolution> &resolutions, DecisionOf currentDecision)
{
    for (Finding &f : findings) {
        f.resolution.reset();
        if (resolutionKindOf(f.ruleId) == ResolutionKind::None)
            continue;
        for (const Resolution &r : resolutions) {
            if (r.ruleId == f.ruleId && r.subjectKey == f.subjectKey && r.decisionId == currentDecision(f))
                f.resolution = r; // the newest valid one wins: resolutions come oldest first
        }
    }
}
// Blocking open findings first, then warnings, then resolved ones; otherwise as found.
void sortFindings(QList<Finding> &findings);

} // namespace candor::policy
