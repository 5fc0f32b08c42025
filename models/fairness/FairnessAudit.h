// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "AudienceBalance.h"
#include "AuditInput.h"
#include "FairnessMetrics.h"
#include "domain/Creator.h"
#include "scoring/Factor.h"

#include <QHash>
#include <QList>
#include <functional>

namespace candor::fairness {

struct AuditSettings
{
    enum class Selection
    {
        Automatic, // the shortlist (shortlisted or approved) when it has anyone, the top k otherwise
        Shortlist,
        TopK
    };
    Selection selection = Selection::Automatic;
    int topK = 10;
    AudienceSettings audience;
    Thresholds thresholds;
    QHash<QString, QString> referenceGroup; // per attribute; the largest group when none is given
    int suggestions = 5;                    // rebalancing candidates per under-represented category
};

// A candidate not yet selected who would raise an under-represented category most per point of score given up.
struct Suggestion
{
    int candidate = -1;
    QString handle;
    int rank = 0;
    double score = 0.0;
    double newShare = 0.0;      // the category's pooled share with the candidate added
    double gain = 0.0;          // newShare − the current share (a fraction)
    double pointsGivenUp = 0.0; // the weakest selected candidate's score − this one's (at least kMinPointsGivenUp)
    double gainPerPoint = 0.0;  // gain per point of score given up (a fraction: 0.004 is 0.4 percentage points)
};
// Candor's own floor: a candidate scoring as well as the weakest selected one costs at least this much, so
// that the ratio stays finite.
constexpr double kMinPointsGivenUp = 0.1;
// Candor's own cut-off: a candidate who would move the category's share by less than this (a fraction: 0.1
// percentage point) is not worth suggesting, however little score it costs.
constexpr double kMinShareGain = 0.001;

struct DimensionAudit
{
    DimensionBalance balance;
    QHash<QString, QList<Suggestion>> rebalance; // per under-represented category
};

struct GroupExposure
{
    QString group;
    double targetShare = 0.0; // the group's share of the consenting ranked pool
    Measure skew;             // skew@k
    // FA*IR's ranked group test of the top k against targetShare; none for a group too small to judge or a
    // k of 0.
    std::optional<RankedGroupTest> rankedTest;
};

struct FactorGap
{
    scoring::FactorId factor;
    QHash<QString, double> averagePoints; // per group: mean points the factor gives its members
};

struct AttributeAudit
{
    QString attribute; // as stored ("age_band"); attributeLabel() for people
    int consenting = 0;    // ranked candidates whose creator gave consent for this attribute
    int notConsenting = 0; // ranked candidates without it: left out of this audit
    QStringList consentPurposes; // the purposes the consents were given for, as recorded
    GroupAudit groups;
    QList<FactorGap> factors;
    int k = 0;
    QList<GroupExposure> exposure;
    Measure ndkl;
};

struct FairnessAudit
{
    QString campaign;
    QString selectionLabel; // "the shortlist (12 candidates)", "the top 10"
    QList<int> selected;
    AuditSettings settings;
    QList<DimensionAudit> dimensions; // one per dimension of the campaign target
    QList<AttributeAudit> attributes; // in name order
};

QString attributeLabel(const QString &attribute); // "age_band" -> "age band"

// The ranked candidates (`order`, indexes into a pool of `poolSize`) whose creator consented to the attribute:
// each one's group and whether it is selected. What the group audit of an attribute starts from; the ethics
// policy uses it alone, without the rest of the audit.
struct ConsentingMembers
{
    QList<int> members;
    QStringList groupOf;
    std::vector<bool> chosen;
    int notConsenting = 0;
    QStringList consentPurposes;
};
ConsentingMembers consentingMembers(const std::vector<int> &order, qsizetype poolSize,
                                    const std::function<qint64(qsizetype)> &accountAt,
                                    const std::vector<bool> &isSelected, const AttributeColumn &values);

// Everything the dashboard and `candor audit` show, from a ranking, its shortlist and the audiences.
// `attributes`: attribute -> account id -> the consented attribute (FairnessStore).
FairnessAudit audit(const AuditInput &input, const ConsentedAttributes &attributes, const AuditSettings &settings);

} // namespace candor::fairness
