// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Factor.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace candor::scoring {

// What to do with a factor a candidate has no data for. Either way the breakdown marks it.
enum class MissingDataRule
{
    Neutral,    // the factor counts as 0.5 ("imputed")
    Exclude,    // the factor is left out and the other weights are renormalised for that candidate
    LowerBound, // the factor counts as 0: the score is the lowest the missing data allows, so that missing
                // data never beats real data; the range up to the highest is shown beside it
};

QString missingDataRuleKey(MissingDataRule rule);
std::optional<MissingDataRule> missingDataRuleFromKey(const QString &key);

// A named, versioned set of weighted factors. Score = 100 × Σ wᵢ·fᵢ / Σ wᵢ.
struct ScoringModel
{
    qint64 id = 0; // 0 until stored
    QString name;
    int version = 1;
    MissingDataRule missingData = MissingDataRule::Neutral;
    QList<FactorDefinition> factors;

    // "Balanced": every shipped factor, audience fit weighted highest. See docs/scoring.md.
    static ScoringModel balanced();
    // "Awareness": the same factors with reach weighted highest, for campaigns that buy attention.
    static ScoringModel awareness();

    const FactorDefinition *factor(FactorId factorId) const;
    double totalWeight() const;
    QStringList validationErrors() const;

    QJsonObject toJson() const; // as `candor rank --format json` prints it
    bool operator==(const ScoringModel &) const = default;
};

} // namespace candor::scoring
