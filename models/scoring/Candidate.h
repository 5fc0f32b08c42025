#pragma once

#include "domain/AudienceDistribution.h"
#include "domain/Creator.h"

#include <QList>
#include <QString>
#include <optional>

namespace candor::scoring {

// An account's sponsored posts and how many of them were labelled clearly (by the disclosure table, see
// docs/disclosure.md): the disclosure record factor's input.
struct DisclosureTally
{
    int sponsored = 0;
    int compliant = 0;
};

// Everything scoring may look at for one account. Self-declared creator attributes (gender, age,
// ethnicity) are deliberately absent: they are for fairness audits only, and scoring cannot reach them.
struct Candidate
{
    Account account;
    QList<AudienceEstimate> audience;
    std::optional<Fee> fee;
    std::optional<DisclosureTally> disclosure; // none when no sponsored post is known
};

} // namespace candor::scoring
