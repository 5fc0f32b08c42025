// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/AudienceDistribution.h"
#include "scoring/Factor.h"

#include <QList>
#include <QString>
#include <optional>
#include <vector>

namespace candor::fairness {

// One candidate as a fairness audit sees it: plain values, no database behind them.
struct AuditCandidate
{
    qint64 accountId = 0;
    QString handle; // like the audience below: filled for the shortlisted and the best-ranked
    double score = 0.0;
    bool shortlisted = false; // shortlisted or approved by a person
    std::optional<double> followers;
    // Filled for the shortlisted and the best-ranked (AuditInput::kAudienceRanks); empty for the rest, who
    // then take no part in the audience balance or its rebalancing suggestions.
    std::optional<double> averageViews;
    QList<AudienceEstimate> audience;
    // Points each factor adds to the score (0 where it does not count), in AuditInput::factors order. Filled
    // only for creators with a consented attribute: no one else's is looked at.
    std::vector<double> factorPoints;
};

// What an audit reads: the campaign's target, the ranking and every candidate. The workbench fills it
// (Workbench::auditInput); tests write it by hand.
struct AuditInput
{
    // How far down the ranking audiences are read: enough for any top k a person audits and for
    // rebalancing suggestions (a candidate ranked lower gives up too many points to be worth suggesting),
    // without reading a million audiences.
    static constexpr std::size_t kAudienceRanks = 5000;

    QString campaign;
    QList<AudienceDistribution> target;   // one per dimension
    QList<scoring::FactorId> factors;     // the model's, in order
    std::vector<AuditCandidate> candidates;
    std::vector<int> order;               // the ranked candidates (indexes), best first; the rest are filtered out
};

} // namespace candor::fairness
