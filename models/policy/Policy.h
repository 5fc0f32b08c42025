// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

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
// What a person reads for a rule id ("Age-restricted products"), and what the rule asks in one sentence.
QString ruleLabel(const QString &ruleId);
QString ruleExplanation(const QString &ruleId);

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

// How a finding can be resolved short of changing the data: a person overrides it with a written reason (the
// creator stays), acknowledges it with a note (a group disparity), or neither (it is resolved only by acting on it:
// removing the creator, renewing a consent, deciding again with a reason).
enum class ResolutionKind
{
    None,
    Override,
    Acknowledge,
};
QString resolutionKindKey(ResolutionKind kind); // "", override, acknowledge
ResolutionKind resolutionKindOf(const QString &ruleId);

// A person's written resolution of one finding, valid for the shortlist as it stood: `decisionId` is the
// subject's current decision (a creator) or the shortlist's newest decision (a group) when it was written, so a
// later decision on it asks again.
struct Resolution
{
    qint64 id = 0;
    QString ruleId;
    QString subjectKey;
    ResolutionKind kind = ResolutionKind::Override;
    QString reason;
    QString by;
    QString at; // ISO 8601 UTC
    qint64 decisionId = 0;
    bool operator==(const Resolution &other) const = default;
};

// One finding of a rule about one creator or group. Open until a valid resolution covers it.
struct Finding
{
    QString ruleId;
    Severity severity = Severity::Block;
    QString subject;    // "@handle", or "gender: woman"
    QString subjectKey; // "account:12", "group:gender=woman": what a resolution names
    qint64 accountId = 0; // 0 for a group
    QString sentence;   // the evidence in one plain sentence, with the source
    QString evidence;   // where the evidence is shown: audience, authenticity, disclosure, privacy, decision, fairness
    std::optional<double> share;
    std::optional<double> confidence;
    std::optional<Resolution> resolution;

    bool isOpen() const { return !resolution.has_value(); }
    bool blocks() const { return isOpen() && severity == Severity::Block; }
    bool operator==(const Finding &other) const = default;
};
QString statusLabel(const Finding &finding);         // "Blocks approval", "Warning", "Resolved"
QString resolutionSentence(const Resolution &resolution); // "Overridden by Ana on 2026-12-03: her reason"

} // namespace candor::policy
