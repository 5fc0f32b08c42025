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
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "candor::scoring::Factor",
             "How closely the creator's audience (age band, gender, country) matches the campaign's "
             "target audience: 1 minus the total variation distance, per dimension.")),
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "candor::scoring::Factor", "Audience demographics of the account against the campaign target"))},
        {FactorId::EngagementQuality, "engagement_quality",
         QString::fromUtf8(QT_TRANSLATE_NOOP("candor::scoring::Factor", "Engagement quality")),
         QString::fromUtf8(QT_TRANSLATE_NOOP("candor::scoring::Factor", "Engagement")),
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "candor::scoring::Factor",
             "Engagement rate compared with the typical rate for accounts of the same size on the same "
             "platform (the benchmark table).")),
         QString::fromUtf8(QT_TRANSLATE_NOOP("candor::scoring::Factor",
                                             "Newest metric snapshot; engagement benchmark table"))},
        {FactorId::Authenticity, "authenticity",
         QString::fromUtf8(QT_TRANSLATE_NOOP("candor::scoring::Factor", "Authenticity")),
         QString::fromUtf8(QT_TRANSLATE_NOOP("candor::scoring::Factor", "Authenticity")),
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "candor::scoring::Factor",
             "Share of the engagement that comes from real accounts, as the data source reports it.")),
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "candor::scoring::Factor", "Authentic and average engagement from the newest metric snapshot"))},
        {FactorId::Reach, "reach", QString::fromUtf8(QT_TRANSLATE_NOOP("candor::scoring::Factor", "Reach")),
         QString::fromUtf8(QT_TRANSLATE_NOOP("candor::scoring::Factor", "Reach")),
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "candor::scoring::Factor",
             "Audience size on a logarithmic scale between the campaign's bounds: followers, or average "
             "views for YouTube.")),
         QString::fromUtf8(QT_TRANSLATE_NOOP("candor::scoring::Factor",
                                             "Followers or average views from the newest metric snapshot"))},
        {FactorId::CostEfficiency, "cost_efficiency",
         QString::fromUtf8(QT_TRANSLATE_NOOP("candor::scoring::Factor", "Cost efficiency")),
         QString::fromUtf8(QT_TRANSLATE_NOOP("candor::scoring::Factor", "Cost")),
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "candor::scoring::Factor", "Expected engagements per post for each unit of the creator's fee.")),
         QString::fromUtf8(
             QT_TRANSLATE_NOOP("candor::scoring::Factor", "Fee per post; followers and engagement rate"))},
        {FactorId::BrandSafety, "brand_safety",
         QString::fromUtf8(QT_TRANSLATE_NOOP("candor::scoring::Factor", "Brand safety and relevance")),
         QString::fromUtf8(QT_TRANSLATE_NOOP("candor::scoring::Factor", "Brand safety")),
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "candor::scoring::Factor",
             "How many of the brief's topics the creator's categories or posts match, times the share of its "
             "posts free of brand-safety categories (GARM); a topic the brief excludes, in a category or a "
             "post, "
             "sets it to zero.")),
         QString::fromUtf8(
             QT_TRANSLATE_NOOP("candor::scoring::Factor",
                               "Creator categories and imported posts against the campaign's topics and the "
                               "brand-safety list"))},
        {FactorId::DisclosureRecord, "disclosure_record",
         QString::fromUtf8(QT_TRANSLATE_NOOP("candor::scoring::Factor", "Disclosure record")),
         QString::fromUtf8(QT_TRANSLATE_NOOP("candor::scoring::Factor", "Disclosure")),
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "candor::scoring::Factor",
             "Share of the sponsored posts that were labelled as ads clearly and upfront (#ad, Ad "
             "|, Werbung).")),
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "candor::scoring::Factor",
             "Sponsored posts imported with candor import-posts, judged by the disclosure table"))},
        {FactorId::TrackRecord, "track_record",
         QString::fromUtf8(QT_TRANSLATE_NOOP("candor::scoring::Factor", "Track record")),
         QString::fromUtf8(QT_TRANSLATE_NOOP("candor::scoring::Factor", "Track record")),
         QString::fromUtf8(QT_TRANSLATE_NOOP("candor::scoring::Factor",
                                             "Results of the creator's past campaigns with you.")),
         QString::fromUtf8(
             QT_TRANSLATE_NOOP("candor::scoring::Factor", "Past campaign results (not collected yet)"))},
    };
    return table;
}

} // namespace

const FactorInfo &factorInfo(FactorId id)
{
    return rowOf(factorTable(), &FactorInfo::id, id);
}

namespace {

QString translated(const QString &english)
{
    return QCoreApplication::translate("candor::scoring::Factor", english.toUtf8().constData());
}

} // namespace

QString translatedFactorName(FactorId id)
{
    return translated(factorInfo(id).name);
}

QString translatedFactorShortName(FactorId id)
{
    return translated(factorInfo(id).shortName);
}

QString translatedFactorDescription(FactorId id)
{
    return translated(factorInfo(id).description);
}

QString translatedFactorSource(FactorId id)
{
    return translated(factorInfo(id).dataSource);
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
