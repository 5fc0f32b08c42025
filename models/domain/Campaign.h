// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Error.h"
#include "AudienceDistribution.h"
#include "Platform.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace candor {

// Conditions a candidate must meet to be ranked at all. They are kept apart from the score: the ranked
// list says which filter removed a candidate instead of quietly lowering its score.
struct HardFilters
{
    std::optional<qint64> minFollowers;
    QList<Platform> platforms;      // empty: every platform
    QStringList audienceCountries;  // empty: any; otherwise the leading audience country must be one of these
    QStringList excludedCategories; // a creator with any of these categories is filtered out

    bool isEmpty() const
    {
        return !minFollowers && platforms.isEmpty() && audienceCountries.isEmpty() &&
               excludedCategories.isEmpty();
    }
};

struct Campaign
{
    qint64 id = 0;
    QString name;
    QString brief;
    std::optional<double> budget;
    QString currency = QStringLiteral("EUR");
    QDate startsOn;
    QDate endsOn;
    QList<AudienceDistribution> targetAudience; // at most one distribution per dimension

    // How the campaign tunes scoring.
    qint64 scoringModelId = 0;                        // 0: the project's default model
    QMap<AudienceDimension, double> dimensionWeights; // for audience fit; a missing dimension weighs 1
    std::optional<double> reachMin;                   // log-scale bounds of the reach factor
    std::optional<double> reachMax;
    QStringList relevantTopics; // the brief's topics, matched against creator categories
    QStringList excludedTopics; // topics the brief rules out (brand safety)
    // What the campaign sells, when an ethics-policy rule may restrict it ("alcohol", "gambling", "hfss_food";
    // empty for anything else). Lower-case letters and underscores.
    QString productCategory;
    HardFilters filters;

    QStringList validationErrors() const;
};

// The campaign a user names on the command line or in a file: by exact name (case-insensitive) or numeric id;
// the first when `nameOrId` is empty. The error names `file` and lists the campaigns there are.
Result<Campaign> findCampaign(const QList<Campaign> &campaigns, const QString &nameOrId, const QString &file);

} // namespace candor
