// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace candor::report {

// What a client receives about one campaign's shortlist, as values: every format (HTML, CSV, JSON, PDF) renders
// this one content, so the formats cannot disagree. Self-declared creator attributes appear only in aggregate,
// through the fairness findings (groups below the minimum size are not judged), never per creator.

struct MethodFactor
{
    QString key;           // "audience_fit"
    QString name;          // "Audience fit"
    QString description;   // what it measures
    QString normalization; // how a raw value becomes 0..1
    QString dataSource;    // where its data and benchmarks come from
    double weight = 0.0;
    double share = 0.0; // of the total weight, 0..1
};

struct Contribution
{
    QString key;
    QString name;
    std::optional<double> raw;
    double normalized = 0.0;
    double weight = 0.0;
    double points = 0.0;
    bool imputed = false; // missing data, counted by the model's rule
    QString sentence;
};

struct Card
{
    QString handle;
    QString displayName;
    QString platform; // its display name
    int rank = 0;     // 0: a hard filter excluded the creator (see filteredOutBy)
    QString filteredOutBy;
    double score = 0.0;
    double lowest = 0.0; // the score with each missing factor at 0 and at full marks
    double highest = 0.0;
    double coverage = 0.0;
    std::optional<double> probabilityInTopK;
    int rankLow = 0; // 5th and 95th percentile of the rank under weight draws
    int rankHigh = 0;
    QList<Contribution> contributions;
    QStringList warnings; // authenticity, disclosure, brand safety in a sentence each
    QString decisionKey;  // "shortlisted", "approved", "rejected": what the CSV and the JSON carry
    QString decision;     // its label in the report's language: "Shortlisted", "Approved", "Rejected"
    QString reason;
    QString decidedBy;
    QString decidedAt;
    bool isOverride = false;
};

// The shortlist's pooled audience in one dimension against the campaign's target.
struct AudienceShare
{
    QString category;
    std::optional<double> share; // none: no pooled creator's estimate names it
    double lowConfidencePart = 0.0; // of the share, the part resting on low-confidence estimates
    double target = 0.0;
    QString flagKey; // "within", "under-represented", "over-represented", "outside the target", "no data"
    QString flag;    // the same in the report's language
};

struct AudienceDimension
{
    QString dimensionKey; // "age_band"
    QString dimension;    // "Age band"
    QString lightKey;     // "balanced", "some categories off", "unbalanced", "no data"
    int pooled = 0;    // creators whose audience is known in this dimension
    int members = 0;
    QList<AudienceShare> shares;
    QString paragraph; // the dimension in plain words
    bool outsideTarget = false; // part of the audience is one the campaign does not target
};

struct FairnessFinding
{
    QString severityKey; // "critical", "warning", "caution"
    QString severity;    // the same in the report's language
    QString subject;
    QString sentence;
};

// The project's ethics policy as it judged the shortlist (docs/policy.md).
struct PolicyRuleLine
{
    QString id;       // "age_restricted_products"
    QString label;    // "Age-restricted products"
    QString severity; // "block", "warn"
    bool enabled = true;
    QString source;
};
struct PolicyFindingLine
{
    QString statusKey; // "block", "warn" while open; "resolved"
    QString status;    // "Blocks approval", "Warning", "Resolved"
    QString ruleId;
    QString rule; // its label
    QString subject;
    QString sentence;
    QString resolution; // who overrode or acknowledged it, when and why; empty while open
};

struct ClientReport
{
    QString language; // BCP 47 code of the language its words are in: "en", "de"
    QString campaign;
    QString brief;
    QString agency;        // project setting "agency_name"; empty when none
    QByteArray agencyLogo; // PNG or JPEG bytes; empty when none
    QString preparedOn; // ISO date
    QString modelName;
    int modelVersion = 0;
    QString missingDataRule; // the rule in a sentence
    int topK = 10;
    QList<MethodFactor> factors;
    QStringList filters; // the hard filters in words
    int imputedValues = 0; // across the shortlist's cards
    QList<Card> cards;     // the shortlist (shortlisted and approved), best ranked first
    QList<Card> rejected;  // considered and rejected, with the reason
    QString fairnessSelection;
    QList<AudienceDimension> audience; // dimensions with an audience outside the target first
    double bandLower = 0.8; // the audit's band around a target share (four-fifths rule), as audited
    double bandUpper = 1.25;
    QList<FairnessFinding> fairness;
    QString fairnessCaveat;
    QList<PolicyRuleLine> policyRules;
    QList<PolicyFindingLine> policyFindings; // open blocking ones first, resolved ones last
    QStringList policyChanges;               // since approval
    QString approvedBy; // empty: not approved
    QString approvedAt;
    qint64 auditEntries = 0;
    QString auditHeadSha256;
};

} // namespace candor::report
