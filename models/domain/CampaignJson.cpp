// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CampaignJson.h"

#include "Countries.h"
#include "core/TextContexts.h"

#include <QJsonArray>
#include <QJsonValue>
#include <cmath>

namespace candor {
namespace {

QJsonArray toArray(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalDate(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// Reads one document, collecting every problem instead of stopping at the first.
class Reader
{
public:
    explicit Reader(const QString &file) : m_file(file) {}

    void fail(const QString &field, const QString &problem) { m_errors << QStringLiteral("\"%1\": %2").arg(field, problem); }
    bool failed() const { return !m_errors.isEmpty(); }
    Error error() const
    {
        return {m_file,
                DomainText::tr("is not a valid campaign: %1").arg(m_errors.join(QStringLiteral("; "))),
                {}};
    }

    void text(const QJsonObject &json, const char *field, QString &target)
    {
        const QJsonValue value = json.value(QLatin1String(field));
        if (value.isUndefined())
            return;
        if (value.isNull())
            target.clear();
        else if (value.isString())
            target = value.toString().trimmed();
        else
            fail(QLatin1String(field), DomainText::tr("must be text"));
    }

    void list(const QJsonObject &json, const char *field, QStringList &target)
    {
        const QJsonValue value = json.value(QLatin1String(field));
        if (value.isUndefined())
            return;
        if (value.isNull()) {
            target.clear();
            return;
        }
        if (!value.isArray()) {
            fail(QLatin1String(field), DomainText::tr("must be a list of text"));
            return;
        }
        QStringList items;
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString() || item.toString().trimmed().isEmpty()) {
                fail(QLatin1String(field), DomainText::tr("must be a list of non-empty text"));
                return;
            }
            items << item.toString().trimmed();
        }
        target = items;
    }

    template <typename T> void number(const QJsonObject &json, const char *field, std::optional<T> &target)
    {
        const QJsonValue value = json.value(QLatin1String(field));
        if (value.isUndefined())
            return;
        if (value.isNull())
            target.reset();
        else if (value.isDouble() && std::isfinite(value.toDouble()) && value.toDouble() >= 0.0)
            target = static_cast<T>(value.toDouble());
        else
            fail(QLatin1String(field), DomainText::tr("must be a number of 0 or more"));
    }

    void date(const QJsonObject &json, const char *field, QDate &target)
    {
        const QJsonValue value = json.value(QLatin1String(field));
        if (value.isUndefined())
            return;
        if (value.isNull()) {
            target = {};
            return;
        }
        const QDate parsed = QDate::fromString(value.toString(), Qt::ISODate);
        if (!parsed.isValid())
            fail(QLatin1String(field), DomainText::tr("must be a date such as 2026-03-01"));
        else
            target = parsed;
    }

    QStringList countryCodes(const QString &field, const QStringList &values)
    {
        QStringList codes;
        for (const QString &value : values) {
            if (const auto code = countries::code(value))
                codes << *code;
            else
                fail(field, DomainText::tr("\"%1\" is not a country name or ISO 3166 code").arg(value));
        }
        return codes;
    }

private:
    QString m_file;
    QStringList m_errors;
};

} // namespace

QJsonObject campaignToJson(const Campaign &c, const QString &modelName, int modelVersion)
{
    QJsonArray platforms;
    for (Platform p : c.filters.platforms)
        platforms.append(platformId(p));
    QJsonObject targets;
    for (const AudienceDistribution &target : c.targetAudience) {
        QJsonArray shares;
        for (const AudienceShare &s : target.shares())
            shares.append(QJsonObject{{QStringLiteral("category"), s.category}, {QStringLiteral("share"), s.share}});
        targets.insert(dimensionId(target.dimension()), shares);
    }
    QJsonObject dimensionWeights;
    for (auto it = c.dimensionWeights.cbegin(); it != c.dimensionWeights.cend(); ++it)
        dimensionWeights.insert(dimensionId(it.key()), it.value());
    QJsonObject filters{
        {QStringLiteral("min_followers"),
         c.filters.minFollowers ? QJsonValue(static_cast<double>(*c.filters.minFollowers)) : QJsonValue()},
        {QStringLiteral("platforms"), platforms},
        {QStringLiteral("audience_countries"), toArray(c.filters.audienceCountries)},
        {QStringLiteral("excluded_categories"), toArray(c.filters.excludedCategories)}};
    return {{QStringLiteral("name"), c.name},
            {QStringLiteral("brief"), c.brief},
            {QStringLiteral("relevant_topics"), toArray(c.relevantTopics)},
            {QStringLiteral("excluded_topics"), toArray(c.excludedTopics)},
            {QStringLiteral("product_category"), c.productCategory},
            {QStringLiteral("budget"), optionalNumber(c.budget)},
            {QStringLiteral("currency"), c.currency},
            {QStringLiteral("starts_on"), optionalDate(c.startsOn)},
            {QStringLiteral("ends_on"), optionalDate(c.endsOn)},
            {QStringLiteral("scoring_model"),
             QJsonObject{{QStringLiteral("name"), modelName}, {QStringLiteral("version"), modelVersion}}},
            {QStringLiteral("reach"),
             QJsonObject{{QStringLiteral("min"), optionalNumber(c.reachMin)},
                         {QStringLiteral("max"), optionalNumber(c.reachMax)}}},
            {QStringLiteral("filters"), filters},
            {QStringLiteral("target_audience"), targets},
            {QStringLiteral("dimension_weights"), dimensionWeights}};
}

Result<CampaignDocument> campaignFromJson(const QJsonObject &json, const QString &file, const Campaign &base)
{
    Reader read(file);
    CampaignDocument doc;
    Campaign &c = doc.campaign;
    c = base;
    read.text(json, "name", c.name);
    read.text(json, "brief", c.brief);
    read.list(json, "relevant_topics", c.relevantTopics);
    read.list(json, "excluded_topics", c.excludedTopics);
    read.text(json, "product_category", c.productCategory);
    c.productCategory = c.productCategory.trimmed().toLower();
    read.number(json, "budget", c.budget);
    read.text(json, "currency", c.currency);
    c.currency = c.currency.toUpper();
    if (!c.currency.isEmpty() && (c.currency.size() != 3 || !c.currency.at(0).isLetter()))
        read.fail(QStringLiteral("currency"),
                  DomainText::tr("must be a three-letter ISO 4217 code such as EUR"));
    read.date(json, "starts_on", c.startsOn);
    read.date(json, "ends_on", c.endsOn);

    const QJsonValue model = json.value(QLatin1String("scoring_model"));
    if (model.isString()) {
        doc.modelName = model.toString();
    } else if (model.isObject()) {
        doc.modelName = model[QLatin1String("name")].toString();
        if (model[QLatin1String("version")].isDouble())
            doc.modelVersion = model[QLatin1String("version")].toInt();
    } else if (!model.isUndefined() && !model.isNull()) {
        read.fail(QStringLiteral("scoring_model"),
                  DomainText::tr("must be a name or {\"name\", \"version\"}"));
    }

    const QJsonObject reach = json.value(QLatin1String("reach")).toObject();
    read.number(reach, "min", c.reachMin);
    read.number(reach, "max", c.reachMax);
    if (c.reachMin && c.reachMax && *c.reachMin >= *c.reachMax)
        read.fail(QStringLiteral("reach"), DomainText::tr("min must be below max"));

    const QJsonValue filterValue = json.value(QLatin1String("filters"));
    if (filterValue.isObject()) {
        const QJsonObject filters = filterValue.toObject();
        read.number(filters, "min_followers", c.filters.minFollowers);
        QStringList platforms;
        for (Platform p : std::as_const(c.filters.platforms))
            platforms << platformId(p);
        read.list(filters, "platforms", platforms);
        c.filters.platforms.clear();
        for (const QString &p : std::as_const(platforms)) {
            if (const auto platform = platformFromText(p))
                c.filters.platforms << *platform;
            else
                read.fail(QStringLiteral("filters.platforms"),
                          DomainText::tr("\"%1\" is not one of %2")
                              .arg(p, platformIds().join(QStringLiteral(", "))));
        }
        QStringList audienceCountries = c.filters.audienceCountries;
        read.list(filters, "audience_countries", audienceCountries);
        c.filters.audienceCountries = read.countryCodes(QStringLiteral("filters.audience_countries"), audienceCountries);
        read.list(filters, "excluded_categories", c.filters.excludedCategories);
    }

    const QJsonValue targetValue = json.value(QLatin1String("target_audience"));
    if (targetValue.isObject()) {
        c.targetAudience.clear();
        const QJsonObject targets = targetValue.toObject();
        for (auto it = targets.constBegin(); it != targets.constEnd(); ++it) {
            const QString field = QStringLiteral("target_audience.") + it.key();
            const auto dimension = dimensionFromId(it.key());
            if (!dimension) {
                read.fail(field, DomainText::tr(
                                     "is not an audience dimension (age_band, gender, country, language)"));
                continue;
            }
            QList<AudienceShare> shares;
            for (const QJsonValue &row : it.value().toArray()) {
                QString category = row[QLatin1String("category")].toString().trimmed();
                const QJsonValue share = row[QLatin1String("share")];
                if (*dimension == AudienceDimension::Country && category != QLatin1String("other")) {
                    if (const auto code = countries::code(category))
                        category = *code;
                    else
                        read.fail(
                            field,
                            DomainText::tr("\"%1\" is not a country name or ISO 3166 code").arg(category));
                }
                if (category.isEmpty() || !share.isDouble())
                    read.fail(field,
                              DomainText::tr("every entry needs a \"category\" and a numeric \"share\""));
                else
                    shares << AudienceShare{category, share.toDouble()};
            }
            c.targetAudience << AudienceDistribution(*dimension, shares);
        }
    } else if (!targetValue.isUndefined() && !targetValue.isNull()) {
        read.fail(QStringLiteral("target_audience"),
                  DomainText::tr("must map each dimension to a list of shares"));
    }

    const QJsonValue weightValue = json.value(QLatin1String("dimension_weights"));
    if (weightValue.isObject()) {
        c.dimensionWeights.clear();
        const QJsonObject weights = weightValue.toObject();
        for (auto it = weights.constBegin(); it != weights.constEnd(); ++it) {
            const auto dimension = dimensionFromId(it.key());
            if (!dimension || !it.value().isDouble() || it.value().toDouble() < 0.0)
                read.fail(QStringLiteral("dimension_weights.") + it.key(),
                          DomainText::tr("must be an audience dimension with a weight of 0 or more"));
            else
                c.dimensionWeights.insert(*dimension, it.value().toDouble());
        }
    }

    for (const QString &problem : c.validationErrors())
        read.fail(QStringLiteral("campaign"), problem);
    if (read.failed())
        return read.error();
    return doc;
}

} // namespace candor
