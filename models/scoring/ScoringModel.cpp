// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ScoringModel.h"

#include "core/TextContexts.h"

#include <QJsonArray>
#include <cmath>

namespace candor::scoring {

QString missingDataRuleKey(MissingDataRule rule)
{
    switch (rule) {
    case MissingDataRule::Neutral:
        return QStringLiteral("neutral");
    case MissingDataRule::Exclude:
        return QStringLiteral("exclude");
    case MissingDataRule::LowerBound:
        break;
    }
    return QStringLiteral("lower_bound");
}

std::optional<MissingDataRule> missingDataRuleFromKey(const QString &key)
{
    if (key == QLatin1String("neutral"))
        return MissingDataRule::Neutral;
    if (key == QLatin1String("exclude"))
        return MissingDataRule::Exclude;
    if (key == QLatin1String("lower_bound"))
        return MissingDataRule::LowerBound;
    return std::nullopt;
}

ScoringModel ScoringModel::balanced()
{
    ScoringModel model;
    model.name = QStringLiteral("Balanced");
    model.factors = {
        {FactorId::AudienceFit, 3.0, Normalization::identity()},
        // Twice the tier's typical engagement rate earns full marks.
        {FactorId::EngagementQuality, 2.0, Normalization::benchmarkRatio(0.0, 2.0)},
        // Half of the engagement from real accounts scores 0; all of it scores 1.
        {FactorId::Authenticity, 2.0, Normalization::clampLinear(0.5, 1.0)},
        // Bounds come from the campaign when it sets them (see Campaign::reachMin/reachMax).
        {FactorId::Reach, 1.0, Normalization::logScale(1e4, 1e7)},
        // From 0.1 to 10 expected engagements per currency unit, on a log scale.
        {FactorId::CostEfficiency, 1.0, Normalization::logScale(0.1, 10.0)},
        // Two matching topics give full marks.
        {FactorId::BrandSafety, 1.0, Normalization::clampLinear(0.0, 2.0)},
        {FactorId::DisclosureRecord, 1.0, Normalization::identity()},
        {FactorId::TrackRecord, 1.0, Normalization::identity()},
    };
    return model;
}

ScoringModel ScoringModel::awareness()
{
    ScoringModel model = balanced();
    model.name = QStringLiteral("Awareness");
    for (FactorDefinition &f : model.factors) {
        if (f.id == FactorId::Reach)
            f.weight = 3.0;
        else if (f.id == FactorId::AudienceFit)
            f.weight = 2.0;
    }
    return model;
}

const FactorDefinition *ScoringModel::factor(FactorId factorId) const
{
    for (const FactorDefinition &f : factors) {
        if (f.id == factorId)
            return &f;
    }
    return nullptr;
}

double ScoringModel::totalWeight() const
{
    double total = 0.0;
    for (const FactorDefinition &f : factors)
        total += f.weight;
    return total;
}

QStringList ScoringModel::validationErrors() const
{
    QStringList errors;
    if (name.trimmed().isEmpty())
        errors << ScoringText::tr("The model needs a name.");
    for (const FactorDefinition &f : factors) {
        if (!std::isfinite(f.weight) || f.weight < 0.0)
            errors << ScoringText::tr("%1 has weight %2; weights must be 0 or more.")
                          .arg(factorInfo(f.id).name)
                          .arg(f.weight);
    }
    if (totalWeight() <= 0.0)
        errors << ScoringText::tr("At least one factor needs a weight above 0.");
    return errors;
}

QJsonObject ScoringModel::toJson() const
{
    QJsonObject weights;
    QJsonArray definitions;
    for (const FactorDefinition &f : factors) {
        weights.insert(factorKey(f.id), f.weight);
        definitions.append(QJsonObject{{QStringLiteral("factor"), factorKey(f.id)},
                                       {QStringLiteral("name"), factorInfo(f.id).name},
                                       {QStringLiteral("weight"), f.weight},
                                       {QStringLiteral("normalization"), f.normalization.toJson()}});
    }
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("version"), version},
            {QStringLiteral("missing_data"), missingDataRuleKey(missingData)},
            {QStringLiteral("weights"), weights},
            {QStringLiteral("factors"), definitions}};
}

} // namespace candor::scoring
