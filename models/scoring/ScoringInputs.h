// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "EngagementBenchmarks.h"
#include "ScoringModel.h"
#include "domain/Campaign.h"


namespace candor {

// What one ranking needs besides the candidates, which are read one at a time into a pool
// (ScoringStore::scoredPool).
struct ScoringInputs
{
    Campaign campaign;
    scoring::ScoringModel model;
    scoring::EngagementBenchmarks benchmarks;
};

} // namespace candor
