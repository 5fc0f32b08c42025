// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CampaignStore.h"

#include "AuditStore.h"
#include "ProjectChange.h"
#include "ScoringStore.h"
#include "SqlSupport.h"
#include "core/TextContexts.h"

#include <QDateTime>
#include <QJsonArray>

namespace candor {
namespace {

// Tables holding a campaign's rows and how to select them, parents first.
constexpr OwnedTable kOwnedTables[] = {
    {"campaigns", "id = ?"},
    {"campaign_targets", "campaign_id = ?"},
    {"campaign_terms", "campaign_id = ?"},
    {"campaign_dimension_weights", "campaign_id = ?"},
    {"shortlists", "campaign_id = ?"},
    {"shortlist_decisions", "shortlist_id IN (SELECT id FROM shortlists WHERE campaign_id = ?)"},
    {"candidate_notes", "campaign_id = ?"},
};

} // namespace

Status CampaignStore::checkName(const Campaign &campaign) const
{
    if (const QStringList errors = campaign.validationErrors(); !errors.isEmpty())
        return Error{m_project.path(), errors.join(QLatin1Char(' ')), {}};
    auto taken = sql::run(m_project.database(), m_project.path(),
                          QStringLiteral("SELECT name FROM campaigns WHERE name = ? COLLATE NOCASE AND id <> ?"),
                          {campaign.name.trimmed(), campaign.id});
    if (!taken)
        return taken.error();
    if (taken->next())
        return Error{m_project.path(),
                     StorageText::tr("already has a campaign called \"%1\"").arg(taken->value(0).toString()),
                     {}};
    return success();
}

Status CampaignStore::writeTargets(const Campaign &campaign) const
{
    ProjectChange change(m_project, ProjectChange::Reach::Other); // part of each pool's key
    if (!change.isActive())
        return change.error();
    if (auto cleared = change.run("DELETE FROM campaign_targets WHERE campaign_id = ?", {campaign.id}); !cleared)
        return cleared.error();
    for (const AudienceDistribution &target : campaign.targetAudience) {
        for (const AudienceShare &share : target.shares()) {
            if (auto done = change.run("INSERT INTO campaign_targets(campaign_id, dimension, category, share)"
                                       " VALUES (?, ?, ?, ?)",
                                       {campaign.id, dimensionId(target.dimension()), share.category, share.share});
                !done)
                return done.error();
        }
    }
    return change.commit();
}

Result<qint64> CampaignStore::add(const Campaign &input, const QString &by) const
{
    Campaign campaign = input;
    campaign.id = 0;
    campaign.name = campaign.name.trimmed();
    if (auto checked = checkName(campaign); !checked)
        return checked.error();
    ProjectChange change(m_project, ProjectChange::Reach::Other); // part of each pool's key
    if (!change.isActive())
        return change.error();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    auto inserted =
        change.run("INSERT INTO campaigns(name, brief, budget, currency, starts_on, ends_on, created_at,"
                   " product_category) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   {campaign.name, campaign.brief, sql::nullable(campaign.budget), campaign.currency,
                    sql::nullableText(campaign.startsOn.toString(Qt::ISODate)),
                    sql::nullableText(campaign.endsOn.toString(Qt::ISODate)), now, campaign.productCategory});
    if (!inserted)
        return inserted.error();
    campaign.id = inserted->lastInsertId().toLongLong();
    if (auto saved = ScoringStore(m_project).saveCampaignScoring(campaign); !saved)
        return saved.error();
    if (auto saved = writeTargets(campaign); !saved)
        return saved.error();
    if (auto done = change.run("INSERT INTO shortlists(campaign_id, name, created_at, scoring_model_id)"
                               " VALUES (?, 'Shortlist', ?, ?)",
                               {campaign.id, now,
                                campaign.scoringModelId == 0 ? QVariant() : QVariant(campaign.scoringModelId)});
        !done)
        return done.error();
    if (auto logged = logCampaign(change, by, QStringLiteral("campaign_added"), campaign); !logged)
        return logged.error();
    if (auto committed = change.commit(); !committed)
        return committed.error();
    return campaign.id;
}

Status CampaignStore::update(const Campaign &input, const QString &by) const
{
    Campaign campaign = input;
    campaign.name = campaign.name.trimmed();
    if (auto checked = checkName(campaign); !checked)
        return checked;
    ProjectChange change(m_project, ProjectChange::Reach::Other); // part of each pool's key
    if (!change.isActive())
        return change.error();
    auto updated = change.run("UPDATE campaigns SET name = ?, brief = ?, budget = ?, currency = ?, starts_on = ?,"
                              " ends_on = ?, product_category = ? WHERE id = ?",
                              {campaign.name, campaign.brief, sql::nullable(campaign.budget), campaign.currency,
                               sql::nullableText(campaign.startsOn.toString(Qt::ISODate)),
                               sql::nullableText(campaign.endsOn.toString(Qt::ISODate)), campaign.productCategory,
                               campaign.id});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error{m_project.path(), StorageText::tr("has no campaign with id %1").arg(campaign.id), {}};
    if (auto saved = ScoringStore(m_project).saveCampaignScoring(campaign); !saved)
        return saved;
    if (auto saved = writeTargets(campaign); !saved)
        return saved;
    if (auto logged = logCampaign(change, by, QStringLiteral("campaign_changed"), campaign); !logged)
        return logged;
    return change.commit();
}

Status CampaignStore::remove(qint64 campaignId, const QString &by) const
{
    ProjectChange change(m_project, ProjectChange::Reach::Other); // part of each pool's key
    if (!change.isActive())
        return change.error();
    // Decisions, notes, targets and terms go with it (ON DELETE CASCADE).
    auto removed = change.run("DELETE FROM campaigns WHERE id = ?", {campaignId});
    if (!removed)
        return removed.error();
    if (removed->numRowsAffected() != 1)
        return Error{m_project.path(), StorageText::tr("has no campaign with id %1").arg(campaignId), {}};
    if (auto logged = AuditStore::append(change, {by, QStringLiteral("campaign_removed"),
                                                  QStringLiteral("campaign:%1").arg(campaignId), {}, {}, {}});
        !logged)
        return logged.error();
    return change.commit();
}

Result<CampaignRows> CampaignStore::rowsOf(qint64 campaignId) const
{
    return saveRows(m_project, kOwnedTables, campaignId);
}

Status CampaignStore::restore(const CampaignRows &saved, const QString &by) const
{
    ProjectChange change(m_project, ProjectChange::Reach::Other);
    if (!change.isActive())
        return change.error();
    if (auto restored = restoreRows(m_project, saved); !restored)
        return restored;
    const QVariant id = saved.tables.isEmpty() || saved.tables.constFirst().rows.isEmpty()
                            ? QVariant()
                            : saved.tables.constFirst().rows.constFirst().value(0);
    if (auto logged = AuditStore::append(change, {by, QStringLiteral("campaign_restored"),
                                                  QStringLiteral("campaign:%1").arg(id.toLongLong()), {}, {}, {}});
        !logged)
        return logged.error();
    return change.commit();
}

Status CampaignStore::logCampaign(const ProjectChange &change, const QString &by, const QString &action,
                                  const Campaign &campaign)
{
    // What the brief asks for, as the log keeps it: no person is named in a campaign's settings.
    QJsonObject details{{QStringLiteral("name"), campaign.name},
                        {QStringLiteral("model"), campaign.scoringModelId},
                        {QStringLiteral("currency"), campaign.currency},
                        {QStringLiteral("relevant_topics"), QJsonArray::fromStringList(campaign.relevantTopics)},
                        {QStringLiteral("excluded_topics"), QJsonArray::fromStringList(campaign.excludedTopics)}};
    if (campaign.budget)
        details.insert(QStringLiteral("budget"), *campaign.budget);
    return AuditStore::append(change, {by, action, QStringLiteral("campaign:%1").arg(campaign.id), details, {}, {}});
}

} // namespace candor
