// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace candor {

enum class AudienceDimension
{
    AgeBand,
    Gender,
    Country,
    Language
};

QString dimensionId(AudienceDimension dimension); // stored id: age_band, gender, country, language
// The name in the user's language ("Age band"), for what a person reads; files and JSON use dimensionId().
QString dimensionDisplayName(AudienceDimension dimension);
QString dimensionNameInText(AudienceDimension dimension); // "age band" inside a sentence
std::optional<AudienceDimension> dimensionFromId(const QString &id);
QList<AudienceDimension> allDimensions();

struct AudienceShare
{
    QString category;
    double share = 0.0; // fraction of the audience, 0..1
    bool operator==(const AudienceShare &) const = default;
};

// The shares of one audience over the categories of one dimension (e.g. gender: female 0.62, male 0.38).
// Platform insights round each share, so the sum is checked within kSumTolerance, not exactly.
class AudienceDistribution
{
public:
    // Exports round shares to whole percent; across ~10 categories the rounding error stays below 1 point.
    static constexpr double kSumTolerance = 0.01;

    AudienceDistribution() = default;
    AudienceDistribution(AudienceDimension dimension, QList<AudienceShare> shares);

    AudienceDimension dimension() const { return m_dimension; }
    const QList<AudienceShare> &shares() const { return m_shares; }
    std::optional<double> shareOf(const QString &category) const;
    double total() const;

    // Empty when valid; otherwise one plain sentence per problem, naming the category at fault.
    QStringList validationErrors() const;
    bool isValid() const { return validationErrors().isEmpty(); }

    bool operator==(const AudienceDistribution &) const = default;

private:
    AudienceDimension m_dimension = AudienceDimension::AgeBand;
    QList<AudienceShare> m_shares;
};

// Where an audience estimate came from, and how far to trust it.
struct AudienceEstimate
{
    AudienceDistribution distribution;
    QString source;          // e.g. "platform insights screenshot", "third-party estimate"
    double confidence = 1.0; // 0..1, as stated by the source or the person entering it
    QDate asOf;
    QString provenance = QStringLiteral("estimated"); // measured (by the platform), estimated, entered
    bool partial = false; // the source reported part of the audience; the rest is "other (not reported)"

    // "Instagram Graph API follower_demographics, measured, 2026-11-01" (", partial" when it is).
    QString provenanceText() const;
};

// A creator's estimate for one dimension; null when there is none. The project keeps one per dimension and
// account (the newest, most confident), so the first match is the one.
const AudienceEstimate *estimateFor(const QList<AudienceEstimate> &audience, AudienceDimension dimension);

} // namespace candor
