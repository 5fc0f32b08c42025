#pragma once

#include "core/Error.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace candor::policy {

// The agency's own rules (docs/policy.md): data with a documented schema ("candor-policy/1"), not code. Each rule
// has an id, on/off, a severity, its parameters and the source of its threshold.
enum class Severity
{
    Block, // a shortlist with an open finding cannot be approved
    Warn,
};
QString severityKey(Severity severity);

struct Rule
{
    QString id;
    bool enabled = true;
    Severity severity = Severity::Block;
    QJsonObject parameters;
    QString source;
};

struct Policy
{
    QList<Rule> rules;

    // The policy a new project starts with (resources/data/policy-default.json).
    static Policy defaults();
    // `file` names where the JSON came from in errors.
    static Result<Policy> fromJson(const QByteArray &json, const QString &file);
    QByteArray toJson() const;
    const Rule *rule(const QString &id) const; // enabled or not; nullptr when the policy has no such rule
};

// One open finding of a rule about one creator.
struct Finding
{
    QString ruleId;
    Severity severity = Severity::Block;
    QString subject;  // "@handle"
    QString sentence; // the evidence in one plain sentence, with the source
    std::optional<double> share;
    std::optional<double> confidence;
};

// Age-restricted products: for a campaign in one of the rule's categories, a creator whose audience under 18 is at
// or above the rule's share (CAP: "25 % or more") is a finding, and so is a creator with no age data ("unknown:
// ask for audience data"). Nothing for other campaigns or a rule switched off.
struct AudienceUnder18
{
    QString handle;
    std::optional<double> share; // none: no age data
    double confidence = 0.0;
};
std::optional<Finding> ageRestriction(const Rule &rule, const QString &campaignCategory, const AudienceUnder18 &creator);

} // namespace candor::policy
