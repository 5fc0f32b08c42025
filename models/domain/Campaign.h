#pragma once

#include "AudienceDistribution.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace candor {

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

    QStringList validationErrors() const;
};

} // namespace candor
