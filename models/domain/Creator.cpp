#include "Creator.h"

#include "Countries.h"
#include "core/SafeText.h"

#include <cmath>

namespace candor {

QString normalizedHandle(const QString &handle)
{
    QString h = handle.trimmed();
    if (h.startsWith(QLatin1Char('@')))
        h.remove(0, 1);
    return h;
}

QStringList AccountEntry::validationErrors() const
{
    QStringList errors;
    const QString h = normalizedHandle(handle);
    if (h.isEmpty())
        errors << QStringLiteral("The handle is empty.");
    else if (const auto problem = handleProblem(platform, h))
        errors << QStringLiteral("“%1” is not valid as a handle on %2: %3.")
                      .arg(printable(h), platformDisplayName(platform), *problem);
    if (std::any_of(displayName.cbegin(), displayName.cend(), isControlOrBidi))
        errors << QStringLiteral("The name holds control or bidirectional characters.");
    const auto negative = [&](const auto &value, const char *what) {
        if (value && (*value < 0 || !std::isfinite(static_cast<double>(*value))))
            errors << QStringLiteral("%1 cannot be negative.").arg(QLatin1String(what));
    };
    negative(metrics.followers, "Followers");
    negative(metrics.following, "Following");
    negative(metrics.posts, "Posts");
    negative(metrics.averageLikes, "Average likes");
    negative(metrics.averageComments, "Average comments");
    negative(metrics.averageViews, "Average views");
    negative(metrics.averageEngagement, "Average engagement");
    negative(metrics.authenticEngagement, "Authentic engagement");
    negative(metrics.engagementRate, "The engagement rate");
    if (metrics.engagementRate && *metrics.engagementRate > 1.0)
        errors << QStringLiteral("The engagement rate is a share from 0 to 100 %.");
    if (!topAudienceCountry.trimmed().isEmpty() && !countries::code(topAudienceCountry))
        errors << QStringLiteral("“%1” is not a country name or ISO 3166 code.").arg(printable(topAudienceCountry));
    return errors;
}

} // namespace candor
