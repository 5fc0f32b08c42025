// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AudienceDistribution.h"

#include "core/EnumTable.h"
#include "core/TextContexts.h"

#include <QCoreApplication>
#include <QSet>
#include <cmath>

namespace candor {

namespace {

struct DimensionInfo
{
    AudienceDimension dimension;
    const char *id;
    const char *displayName;
    const char *inText; // inside a sentence: English lowers it, German does not
};

constexpr DimensionInfo kDimensions[] = {
    {AudienceDimension::AgeBand, "age_band", QT_TRANSLATE_NOOP("candor::AudienceDimension", "Age band"),
     QT_TRANSLATE_NOOP("candor::AudienceDimension", "age band")},
    {AudienceDimension::Gender, "gender", QT_TRANSLATE_NOOP("candor::AudienceDimension", "Gender"),
     QT_TRANSLATE_NOOP("candor::AudienceDimension", "gender")},
    {AudienceDimension::Country, "country", QT_TRANSLATE_NOOP("candor::AudienceDimension", "Country"),
     QT_TRANSLATE_NOOP("candor::AudienceDimension", "country")},
    {AudienceDimension::Language, "language", QT_TRANSLATE_NOOP("candor::AudienceDimension", "Language"),
     QT_TRANSLATE_NOOP("candor::AudienceDimension", "language")},
};

const DimensionInfo &infoOf(AudienceDimension dimension)
{
    return rowOf(kDimensions, &DimensionInfo::dimension, dimension);
}

} // namespace

QString dimensionId(AudienceDimension dimension)
{
    return QString::fromLatin1(infoOf(dimension).id);
}

QString dimensionDisplayName(AudienceDimension dimension)
{
    return QCoreApplication::translate("candor::AudienceDimension", infoOf(dimension).displayName);
}

QString dimensionNameInText(AudienceDimension dimension)
{
    return QCoreApplication::translate("candor::AudienceDimension", infoOf(dimension).inText);
}

std::optional<AudienceDimension> dimensionFromId(const QString &id)
{
    const DimensionInfo *info =
        findRow(kDimensions, [&id](const DimensionInfo &row) { return id == QLatin1String(row.id); });
    return info ? std::optional<AudienceDimension>(info->dimension) : std::nullopt;
}

QList<AudienceDimension> allDimensions()
{
    QList<AudienceDimension> dimensions;
    for (const DimensionInfo &info : kDimensions)
        dimensions << info.dimension;
    return dimensions;
}

AudienceDistribution::AudienceDistribution(AudienceDimension dimension, QList<AudienceShare> shares)
    : m_dimension(dimension), m_shares(std::move(shares))
{
}

std::optional<double> AudienceDistribution::shareOf(const QString &category) const
{
    for (const AudienceShare &s : m_shares) {
        if (s.category == category)
            return s.share;
    }
    return std::nullopt;
}

double AudienceDistribution::total() const
{
    double sum = 0.0;
    for (const AudienceShare &s : m_shares)
        sum += s.share;
    return sum;
}

QStringList AudienceDistribution::validationErrors() const
{
    QStringList errors;
    const QString dim = dimensionDisplayName(m_dimension);
    if (m_shares.isEmpty()) {
        errors << DomainText::tr("%1 has no categories.").arg(dim);
        return errors;
    }
    QSet<QString> seen;
    for (const AudienceShare &s : m_shares) {
        if (s.category.trimmed().isEmpty())
            errors << DomainText::tr("%1 has a category without a name.").arg(dim);
        else if (seen.contains(s.category))
            errors << DomainText::tr("%1 lists \"%2\" twice.").arg(dim, s.category);
        seen.insert(s.category);
        if (!std::isfinite(s.share) || s.share < 0.0 || s.share > 1.0)
            errors << DomainText::tr("%1 \"%2\" has share %3; a share must lie between 0 and 1.")
                          .arg(dim, s.category)
                          .arg(s.share);
    }
    const double sum = total();
    if (std::abs(sum - 1.0) > kSumTolerance)
        errors << DomainText::tr("%1 shares add up to %2 %, not 100 % (allowed: ±%3 points).")
                      .arg(dim)
                      .arg(sum * 100.0, 0, 'f', 1)
                      .arg(kSumTolerance * 100.0, 0, 'f', 0);
    return errors;
}

const AudienceEstimate *estimateFor(const QList<AudienceEstimate> &audience, AudienceDimension dimension)
{
    for (const AudienceEstimate &e : audience) {
        if (e.distribution.dimension() == dimension)
            return &e;
    }
    return nullptr;
}

QString AudienceEstimate::provenanceText() const
{
    QStringList parts{source.isEmpty() ? DomainText::tr("unknown source") : source, provenance};
    if (asOf.isValid())
        parts << asOf.toString(Qt::ISODate);
    if (partial)
        parts << QStringLiteral("partial");
    return parts.join(QStringLiteral(", "));
}

} // namespace candor
