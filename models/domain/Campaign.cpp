// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Campaign.h"

#include "core/TextContexts.h"

#include <QRegularExpression>
#include <QSet>

namespace candor {

QStringList Campaign::validationErrors() const
{
    QStringList errors;
    static const QRegularExpression categoryKey(QStringLiteral("^[a-z_]{0,40}$"));
    if (!categoryKey.match(productCategory).hasMatch())
        errors << DomainText::tr("the product category is a key such as alcohol, gambling or hfss_food");
    if (name.trimmed().isEmpty())
        errors << DomainText::tr("The campaign needs a name.");
    if (budget && *budget < 0.0)
        errors << DomainText::tr("The budget cannot be negative.");
    if (startsOn.isValid() && endsOn.isValid() && endsOn < startsOn)
        errors << DomainText::tr("The campaign ends before it starts.");
    QSet<AudienceDimension> dimensions;
    for (const AudienceDistribution &target : targetAudience) {
        if (dimensions.contains(target.dimension()))
            errors << DomainText::tr("The target audience gives %1 twice.")
                          .arg(dimensionDisplayName(target.dimension()));
        dimensions.insert(target.dimension());
        errors << target.validationErrors();
    }
    return errors;
}

Result<Campaign> findCampaign(const QList<Campaign> &campaigns, const QString &nameOrId, const QString &file)
{
    if (campaigns.isEmpty())
        return Error{file, DomainText::tr("has no campaign yet"), {}};
    if (nameOrId.isEmpty())
        return campaigns.constFirst();
    bool isNumber = false;
    const qint64 id = nameOrId.toLongLong(&isNumber);
    QStringList names;
    for (const Campaign &c : campaigns) {
        if ((isNumber && c.id == id) || c.name.compare(nameOrId, Qt::CaseInsensitive) == 0)
            return c;
        names << QStringLiteral("\"%1\"").arg(c.name);
    }
    return Error{file,
                 DomainText::tr("has no campaign \"%1\" (campaigns: %2)")
                     .arg(nameOrId, names.join(QStringLiteral(", "))),
                 {}};
}

} // namespace candor
