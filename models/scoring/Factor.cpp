// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Factor.h"

#include "core/EnumTable.h"

#include <QCoreApplication>

namespace candor::scoring {
namespace {

const QList<FactorInfo> &factorTable()
{
    static const QList<FactorInfo> table = {
        {FactorId::AudienceFit, "audience_fit",
         QString::fromUtf8(QT_TRANSLATE_NOOP("candor::scoring::Factor", "Audience fit")),
         QString::fromUtf8(QT_TRANSLATE_NOOP("candor::scoring::Factor", "Audience fit")),
         QStringLiteral(
             "How closely the creator's audience (age band, gender, country) matches the campaign's "
             "target audience: 1 minus the total variation distance, per dimension."),
         QStringLiteral("Audience demographics of the account against the campaign target")},
        {FactorId::EngagementQuality, "engagement_quality",
         QString::fromUtf8(QT_TRANSLATE_NOOP("candor::scoring::Factor", "Engagement quality")),
         QString::fromUtf8(QT_TRANSLATE_NOOP("candor::scoring::Factor", "Engagement")),
         QStringLiteral(
             "Engagement rate compared with the typical rate for accounts of the same size on the same "
             "platform (the benchmark table)."),
         QStringLiteral("Newest metric snapshot; engagement benchmark table")},
        {FactorId::Authenticity, "authenticity",
         QString::fromUtf8(QT_TRANSLATE_NOOP("candor::scoring::Factor", "Authenticity")),
         QString::fromUtf8(QT_TRANSLATE_NOOP("candor::scoring::Factor", "Authenticity")),
         QStringLiteral(
             "Share of the engagement that comes from real accounts, as the data source reports it."),
         QStringLiteral("Authentic and average engagement from the newest metric snapshot")},
        {FactorId::Reach, "reach", QString::fromUtf8(QT_TRANSLATE_NOOP("candor::scoring::Factor", "Reach")),
         QString::fromUtf8(QT_TRANSLATE_NOOP("candor::scoring::Factor", "Reach")),
         QStringLiteral(
             "Audience size on a logarithmic scale between the campaign's bounds: followers, or average "
             "views for YouTube."),
         QStringLiteral("Followers or average views from the newest metric snapshot")},
        {FactorId::CostEfficiency, "cost_efficiency",
         QString::fromUtf8(QT_TRANSLATE_NOOP("candor::scoring::Factor", "Cost efficiency")),
         QString::fromUtf8(QT_TRANSLATE_NOOP("candor::scoring::Factor", "Cost")),
         QStringLiteral("Expected engagements per post for each unit of the creator's fee."),
         QStringLiteral("Fee per post; followers and engagement rate")},
        {FactorId::BrandSafety, "brand_safety",
         QString::fromUtf8(QT_TRANSLATE_NOOP("candor::scoring::Factor", "Brand safety and relevance")),
         QString::fromUtf8(QT_TRANSLATE_NOOP("candor::scoring::Factor", "Brand safety")),
         QStringLiteral(
             "How many of the brief's topics the creator's categories or posts match, times the share of its "
             "posts free of brand-safety categories (GARM); a topic the brief excludes, in a category or a "
             "post, "
             "sets it to zero."),
         QStringLiteral("Creator categories and imported posts against the campaign's topics and the "
                        "brand-safety list")},
        {FactorId::DisclosureRecord, "disclosure_record",
         QString::fromUtf8(QT_TRANSLATE_NOOP("candor::scoring::Factor", "Disclosure record")),
         QString::fromUtf8(QT_TRANSLATE_NOOP("candor::scoring::Factor", "Disclosure")),
         QStringLiteral("Share of the sponsored posts that were labelled as ads clearly and upfront (#ad, Ad "
                        "|, Werbung)."),
         QStringLiteral("Sponsored posts imported with candor import-posts, judged by the disclosure table")},
        {FactorId::TrackRecord, "track_record",
         QString::fromUtf8(QT_TRANSLATE_NOOP("candor::scoring::Factor", "Track record")),
         QString::fromUtf8(QT_TRANSLATE_NOOP("candor::scoring::Factor", "Track record")),
         QStringLiteral("Results of the creator's past campaigns with you."),
         QStringLiteral("Past campaign results (not collected yet)")},
    };
    return table;
}

} // namespace

const FactorInfo &factorInfo(FactorId id)
{
    return rowOf(factorTable(), &FactorInfo::id, id);
}

QString translatedFactorName(FactorId id)
{
    return QCoreApplication::translate("candor::scoring::Factor", factorInfo(id).name.toUtf8().constData());
}

QString translatedFactorShortName(FactorId id)
{
    return QCoreApplication::translate("candor::scoring::Factor",
                                       factorInfo(id).shortName.toUtf8().constData());
}

QList<FactorId> allFactors()
{
    QList<FactorId> ids;
    for (const FactorInfo &info : factorTable())
        ids << info.id;
    return ids;
}

std::optional<FactorId> factorFromKey(const QString &key)
{
    const FactorInfo *info =
        findRow(factorTable(), [&key](const FactorInfo &row) { return key == QLatin1String(row.key); });
    return info ? std::optional<FactorId>(info->id) : std::nullopt;
}

QString factorKey(FactorId id)
{
    return QString::fromLatin1(factorInfo(id).key);
}

} // namespace candor::scoring
