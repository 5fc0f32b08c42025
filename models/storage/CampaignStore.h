// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectFile.h"
#include "SavedRows.h"
#include "core/Error.h"
#include "domain/Campaign.h"

#include <QList>

namespace candor {

class ProjectChange;

// Every row that belongs to one campaign (the campaign, its targets, terms, shortlists, decisions and notes),
// kept so that deleting a campaign can be undone exactly, ids included.
using CampaignRows = SavedRows;

// Writes campaigns. Reading is ProjectStore::campaigns() and ScoringStore::campaign().
class CampaignStore
{
public:
    explicit CampaignStore(const ProjectFile &project) : m_project(project) {}

    // A new campaign with its targets and scoring settings and an empty shortlist that keeps the campaign's
    // model version. Returns its id. The name must be unique (case-insensitively).
    // `by` names who, in the audit log.
    Result<qint64> add(const Campaign &campaign, const QString &by) const;
    // Replaces everything about campaign.id (name, brief, dates, targets, scoring settings, filters).
    Status update(const Campaign &campaign, const QString &by) const;
    Status remove(qint64 campaignId, const QString &by) const;

    Result<CampaignRows> rowsOf(qint64 campaignId) const;
    Status restore(const CampaignRows &rows, const QString &by) const;

private:
    static Status logCampaign(const ProjectChange &change, const QString &by, const QString &action,
                              const Campaign &campaign);
    Status checkName(const Campaign &campaign) const;
    Status writeTargets(const Campaign &campaign) const;

    const ProjectFile &m_project;
};

} // namespace candor
