// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectFile.h"
#include "core/Error.h"
#include "domain/Decision.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace candor {

class ShortlistStore
{
public:
    explicit ShortlistStore(const ProjectFile &project) : m_project(project) {}

    // The campaign's shortlist, created (with the campaign's model version) if it has none yet.
    Result<qint64> shortlistFor(qint64 campaignId, qint64 scoringModelId) const;
    // The latest decision per account ("removed" decisions count as none), and the id of the latest decision
    // row per account, "removed" ones included: the one a new decision replaces.
    struct Current
    {
        QHash<qint64, Decision> decisions;
        QHash<qint64, qint64> latestId;
    };
    Result<Current> currentDecisions(qint64 shortlistId) const;
    Result<QList<Decision>> history(qint64 shortlistId) const;
    // Refuses a blank reason: every decision carries one, an override a written justification.
    // `context` is what the log keeps beside the decision of what the person saw: the model, its version and
    // the weights in use (unsaved ones included).
    Result<qint64> add(qint64 shortlistId, const Decision &decision, const QJsonObject &context = {}) const;
    // Takes back a decision (undo).
    Status remove(qint64 decisionId, const QString &by) const; // undo, by `by`

    // A shortlist is approved only by a named person's explicit act, for the shortlist as it stands then: a later
    // decision on it, or one taken back, withdraws the approval (the log says so with that decision).
    struct Approval
    {
        QString by; // empty: not approved
        QString at; // ISO 8601 UTC
        bool isApproved() const { return !by.isEmpty(); }
    };
    Result<Approval> approval(qint64 shortlistId) const;
    // The campaigns whose shortlist is approved, in id order.
    Result<QList<qint64>> approvedCampaigns() const;
    // Refused without a name or with nobody on the shortlist. `context` as for add(): what the person saw;
    // `policySnapshot` what the ethics policy saw of each creator (PolicyStore::approvalSnapshot reads it).
    Status approve(qint64 shortlistId, const QString &by, const QJsonObject &context = {},
                   const QByteArray &policySnapshot = {}) const;

private:
    const ProjectFile &m_project;
};

} // namespace candor
