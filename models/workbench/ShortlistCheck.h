// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Error.h"
#include "domain/Creator.h"
#include "domain/Decision.h"
#include "policy/PolicyRules.h"

#include <QDate>
#include <QList>

namespace candor {

class Workbench;

// The ethics policy against the shortlist of the campaign the workbench shows (docs/policy.md): the workbench's
// data gathered into the plain facts the rules judge.

// The campaign's product category, `today` and the day the shortlist was approved (if it is); with the approval,
// what the policy saw then (`snapshot`, empty when not approved).
Result<policy::Context> policyContext(const Workbench &workbench, const QDate &today, QByteArray *snapshot = nullptr);
// One shortlisted creator (the current decision is not a rejection): their newest age estimate, authenticity
// light, sponsored posts, privacy record and decision. A creator who objected to profiling is in the ranking no
// more; their facts say only that.
Result<policy::SubjectFacts> subjectFacts(const Workbench &workbench, const Decision &decision,
                                          const QDate &today);
// The consented attributes' groups in the selection audit of the shortlist, judged or not. `attributes` are the
// workbench's consentedAttributes(): read once by a caller that judges often (they change only with consent).
QList<policy::GroupFacts> groupFacts(const Workbench &workbench, const policy::Policy &policy,
                                     const ConsentedAttributes &attributes);

// Every shortlisted creator's facts, by account id.
Result<QList<policy::SubjectFacts>> shortlistedFacts(const Workbench &workbench, const QDate &today);

// The current decision id a resolution of this finding must name (the shortlist's newest for a group).
qint64 decisionIdFor(const Workbench &workbench, const policy::Finding &finding);

// Everything one check judges: what the full check gathers at once and the incremental PolicyMonitor keeps.
struct ShortlistFacts
{
    policy::Context context;
    QList<policy::SubjectFacts> subjects;
    QList<policy::GroupFacts> groups;
    QList<policy::Resolution> resolutions;
    QByteArray approvalSnapshot; // empty unless the shortlist is approved
};
Result<ShortlistFacts> gatherFacts(const Workbench &workbench, const policy::Policy &policy, const QDate &today);
// Every finding, open or resolved (the project's resolutions applied), blocking open ones first.
QList<policy::Finding> judge(const Workbench &workbench, const policy::Policy &policy, const ShortlistFacts &facts);
Result<QList<policy::Finding>> checkShortlist(const Workbench &workbench, const policy::Policy &policy,
                                              const QDate &today);
// What changed, since the shortlist was approved, in what the policy looks at: one sentence per change, from the
// facts a check has gathered anyway.
QStringList changesSinceApproval(const ShortlistFacts &facts);

// After fresher data came in: each approved shortlist of the project checked again, with what changed since its
// approval. Selects each such campaign in turn and ends on the one shown before.
struct ApprovalRecheck
{
    QString campaign;
    QString approvedBy;
    QString approvedAt;
    QStringList changes;
};
Result<QList<ApprovalRecheck>> recheckApprovedShortlists(Workbench &workbench, const QDate &today);

} // namespace candor
