// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <optional>

namespace candor {

enum class DecisionKind
{
    Shortlisted,
    Approved,
    Rejected,
    Removed
};
QString decisionKey(DecisionKind kind);   // stored value
QString decisionLabel(DecisionKind kind); // what a user reads
std::optional<DecisionKind> decisionFromKey(const QString &key);

// A person's decision about one candidate, with why, who, when, and what the tool advised at that moment.
struct Decision
{
    qint64 id = 0;
    qint64 accountId = 0;
    DecisionKind kind = DecisionKind::Shortlisted;
    QString reason;
    QString decidedBy;
    QString decidedAt; // ISO 8601 UTC
    bool isOverride = false;
    std::optional<int> rankAtDecision;
    std::optional<double> scoreAtDecision;
    // The decision on this account that the person saw when deciding (0: none). Two decisions may not
    // replace the same one: the second of two people deciding at once is refused, not recorded twice.
    qint64 replacesId = 0;
};

} // namespace candor
