#pragma once

#include "domain/AudienceDistribution.h"
#include "domain/Creator.h"

#include <QList>
#include <QString>
#include <optional>

namespace candor::scoring {

// Everything scoring may look at for one account. Self-declared creator attributes (gender, age,
// ethnicity) are deliberately absent: they are for fairness audits only, and scoring cannot reach them.
struct Candidate
{
    Account account;
    QList<AudienceEstimate> audience;
    std::optional<Fee> fee;
};

} // namespace candor::scoring
