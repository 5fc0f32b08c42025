#include "Policy.h"

#include "core/Formatting.h"

#include <QFile>
#include <cmath>
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
        return Error{file, QStringLiteral("is not a policy: %1 at character %2").arg(parseError.errorString()).arg(parseError.offset), {}};
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("schema")).toString() != QLatin1String("candor-policy/1"))
        return Error{file, QStringLiteral("is not a policy of schema candor-policy/1"), {}};
    Policy policy;
    for (const QJsonValue &value : root.value(QLatin1String("rules")).toArray()) {
        const QJsonObject o = value.toObject();
        Rule rule;
        rule.id = o.value(QLatin1String("id")).toString();
        rule.enabled = o.value(QLatin1String("enabled")).toBool(true);
        const QString severity = o.value(QLatin1String("severity")).toString();
        if (rule.id.isEmpty() || (severity != QLatin1String("block") && severity != QLatin1String("warn")))
            return Error{file, QStringLiteral("rule %1 needs an id and a severity of block or warn")
                                   .arg(rule.id.isEmpty() ? QStringLiteral("(no id)") : rule.id),
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

std::optional<Finding> ageRestriction(const Rule &rule, const QString &campaignCategory, const AudienceUnder18 &creator)
{
    if (!rule.enabled)
        return std::nullopt;
    QStringList categories;
    for (const QJsonValue &c : rule.parameters.value(QLatin1String("categories")).toArray())
        categories << c.toString();
    if (!categories.contains(campaignCategory))
        return std::nullopt;
    const double limit = rule.parameters.value(QLatin1String("max_under_18_share")).toDouble();
    Finding f{rule.id, rule.severity, QLatin1Char('@') + creator.handle, {}, creator.share, {}};
    if (!creator.share) {
        f.sentence = QStringLiteral("unknown: no age data for this creator's audience; ask for audience data before "
                                    "it takes part in %1 campaigns (%2)")
                         .arg(campaignCategory, rule.source);
        return f;
    }
    // The source's "25 % or more": a share at the limit is a finding. Compared in tenths of a percentage point, so
    // that a share exported as 25.0 % is not let through by the float that holds it.
    const double tenths = std::round(*creator.share * 1000.0);
    if (tenths < std::round(limit * 1000.0))
        return std::nullopt;
    f.confidence = creator.confidence;
    f.sentence = QStringLiteral("%1 of the audience is under 18 (data confidence %2), at or above the %3 limit for "
                                "%4 campaigns (%5)")
                     .arg(percentText(*creator.share, 1), percentText(creator.confidence, 0), percentText(limit, 0),
                          campaignCategory, rule.source);
    return f;
}

} // namespace candor::policy
