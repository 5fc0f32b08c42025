#pragma once

#include "Candidate.h"
#include "EngagementBenchmarks.h"
#include "ScoringModel.h"
#include "domain/Campaign.h"

#include <QList>

namespace candor {

// What one ranking needs, read in one go.
struct ScoringInputs
{
    Campaign campaign;
    scoring::ScoringModel model;
    scoring::EngagementBenchmarks benchmarks;
    QList<scoring::Candidate> candidates;
};

} // namespace candor
