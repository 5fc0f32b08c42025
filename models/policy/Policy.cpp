// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Policy.h"

#include "core/TextContexts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace candor::policy {

QString severityKey(Severity severity)
{
    return severity == Severity::Block ? QStringLiteral("block") : QStringLiteral("warn");
}

Policy Policy::defaults()
{
    QFile file(QStringLiteral(":/data/policy-default.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the default policy is missing from the resources");
    auto policy = fromJson(file.readAll(), file.fileName());
    if (!policy)
        qFatal("%s", qPrintable(policy.error().toString()));
    return *policy;
}

Result<Policy> Policy::fromJson(const QByteArray &json, const QString &file)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{file,
                     PolicyText::tr("is not a policy: %1 at character %2")
                         .arg(parseError.errorString())
                         .arg(parseError.offset),
                     {}};
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("schema")).toString() != QLatin1String("candor-policy/1"))
        return Error{file, PolicyText::tr("is not a policy of schema candor-policy/1"), {}};
    Policy policy;
    for (const QJsonValue &value : root.value(QLatin1String("rules")).toArray()) {
        const QJsonObject o = value.toObject();
        Rule rule;
        rule.id = o.value(QLatin1String("id")).toString();
        rule.enabled = o.value(QLatin1String("enabled")).toBool(true);
        const QString severity = o.value(QLatin1String("severity")).toString();
        if (rule.id.isEmpty() || (severity != QLatin1String("block") && severity != QLatin1String("warn")))
            return Error{file,
                         PolicyText::tr("rule %1 needs an id and a severity of block or warn")
                             .arg(rule.id.isEmpty() ? PolicyText::tr("(no id)") : rule.id),
                         {}};
        rule.severity = severity == QLatin1String("block") ? Severity::Block : Severity::Warn;
        rule.parameters = o.value(QLatin1String("parameters")).toObject();
        rule.source = o.value(QLatin1String("source")).toString();
        policy.rules << rule;
    }
    return policy;
}

QByteArray Policy::toJson() const
{
    QJsonArray list;
    for (const Rule &r : rules)
        list.append(QJsonObject{{QStringLiteral("id"), r.id},
                                 {QStringLiteral("enabled"), r.enabled},
                                 {QStringLiteral("severity"), severityKey(r.severity)},
                                 {QStringLiteral("parameters"), r.parameters},
                                 {QStringLiteral("source"), r.source}});
    return QJsonDocument(QJsonObject{{QStringLiteral("schema"), QStringLiteral("candor-policy/1")},
                                     {QStringLiteral("rules"), list}})
        .toJson(QJsonDocument::Indented);
}

const Rule *Policy::rule(const QString &id) const
{
    for (const Rule &r : rules) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

namespace {

// Labels and explanations in the user's language; files and JSON name a rule by its id.
struct RuleText
{
    const char *id;
    const char *label;
    const char *explanation;
};
constexpr RuleText kRuleTexts[] = {
    {"age_restricted_products", QT_TRANSLATE_NOOP("PolicyText", "Age-restricted products"),
     QT_TRANSLATE_NOOP("PolicyText", "For alcohol, gambling and less healthy food: no creator whose audience "
                                     "is too young, and none without age data")},
    {"authenticity_red", QT_TRANSLATE_NOOP("PolicyText", "Authenticity"),
     QT_TRANSLATE_NOOP("PolicyText",
                       "A creator whose authenticity check is red needs a person's override with a reason")},
    {"disclosure_history", QT_TRANSLATE_NOOP("PolicyText", "Disclosure history"),
     QT_TRANSLATE_NOOP(
         "PolicyText",
         "Creators who did not disclose sponsored posts properly in the last months are flagged")},
    {"deliverables_disclosed", QT_TRANSLATE_NOOP("PolicyText", "Deliverables disclosed"),
     QT_TRANSLATE_NOOP("PolicyText",
                       "Sponsored posts published after approval must pass the disclosure check")},
    {"consent_and_privacy", QT_TRANSLATE_NOOP("PolicyText", "Consent and privacy"),
     QT_TRANSLATE_NOOP(
         "PolicyText",
         "No expired consent, no creator who objected to profiling and none past retention on a shortlist")},
    {"human_decision", QT_TRANSLATE_NOOP("PolicyText", "Human decision"),
     QT_TRANSLATE_NOOP("PolicyText",
                       "A named person approves, and every decision against the ranking has a reason")},
    {"group_fairness", QT_TRANSLATE_NOOP("PolicyText", "Group fairness"),
     QT_TRANSLATE_NOOP(
         "PolicyText",
         "A creator group selected at a rate outside the four-fifths band must be acknowledged with a note")},
};

} // namespace

QString ruleLabel(const QString &ruleId)
{
    for (const RuleText &t : kRuleTexts) {
        if (ruleId == QLatin1String(t.id))
            return PolicyText::tr(t.label);
    }
    return ruleId;
}

QString ruleExplanation(const QString &ruleId)
{
    for (const RuleText &t : kRuleTexts) {
        if (ruleId == QLatin1String(t.id))
            return PolicyText::tr(t.explanation);
    }
    return {};
}

QString statusLabel(const Finding &finding)
{
    if (!finding.isOpen())
        return PolicyText::tr("Resolved");
    return finding.severity == Severity::Block ? PolicyText::tr("Blocks approval")
                                               : PolicyText::tr("Warning");
}

QString resolutionSentence(const Resolution &r)
{
    return PolicyText::tr("%1 by %2 on %3: %4")
        .arg(r.kind == ResolutionKind::Acknowledge ? PolicyText::tr("Acknowledged")
                                                   : PolicyText::tr("Overridden"),
             r.by, r.at.left(10), r.reason);
}

QString resolutionKindKey(ResolutionKind kind)
{
    switch (kind) {
    case ResolutionKind::Override:
        return QStringLiteral("override");
    case ResolutionKind::Acknowledge:
        return QStringLiteral("acknowledge");
    case ResolutionKind::None:
        break;
    }
    return {};
}

ResolutionKind resolutionKindOf(const QString &ruleId)
{
    // Consent, retention and a missing reason are the law's and the agency's own floor: only acting on them
    // resolves them. A group disparity is a fact about the whole shortlist that a person acknowledges.
    if (ruleId == QLatin1String("group_fairness"))
        return ResolutionKind::Acknowledge;
    if (ruleId == QLatin1String("consent_and_privacy") || ruleId == QLatin1String("human_decision"))
        return ResolutionKind::None;
    return ResolutionKind::Override;
}

} // namespace candor::policy
