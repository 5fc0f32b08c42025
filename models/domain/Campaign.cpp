#include "Campaign.h"

#include <QSet>

namespace candor {

QStringList Campaign::validationErrors() const
{
    QStringList errors;
    if (name.trimmed().isEmpty())
        errors << QStringLiteral("The campaign needs a name.");
    if (budget && *budget < 0.0)
        errors << QStringLiteral("The budget cannot be negative.");
    if (startsOn.isValid() && endsOn.isValid() && endsOn < startsOn)
        errors << QStringLiteral("The campaign ends before it starts.");
    QSet<AudienceDimension> dimensions;
    for (const AudienceDistribution &target : targetAudience) {
        if (dimensions.contains(target.dimension()))
            errors << QStringLiteral("The target audience gives %1 twice.")
                          .arg(dimensionDisplayName(target.dimension()));
        dimensions.insert(target.dimension());
        errors << target.validationErrors();
    }
    return errors;
}

} // namespace candor
