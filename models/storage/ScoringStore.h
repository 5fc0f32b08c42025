// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectFile.h"
#include "core/Error.h"
#include "domain/Campaign.h"
#include "domain/Creator.h"
#include "scoring/Candidate.h"
#include "scoring/EngagementBenchmarks.h"
#include "import/RawTable.h"
#include "scoring/ScoredPool.h"
#include "scoring/ScoringInputs.h"
#include "scoring/ScoringModel.h"

#include <QList>
#include <QVariantList>
#include <atomic>
#include <functional>

namespace candor {

// Storage of everything scoring reads and writes: candidates (without sensitive attributes), scoring
// models and their versions, the benchmark table, fees and the campaigns' scoring settings.
class ScoringStore
{
public:
    explicit ScoringStore(const ProjectFile &project) : m_project(project) {}

    // Accounts with their newest figures, audience estimates and fee. Reads no creator attribute.
    Result<QList<scoring::Candidate>> candidates() const;
    // The same one at a time in account-id order, so that a million are never held at once; only the
    // accounts with these ids when `accountIds` is not empty (at most a few hundred per call).
    Status forEachCandidate(const std::function<bool(scoring::Candidate &&)> &visit,
                            const QVariantList &accountIds = {}) const;
    // The candidates of these accounts, in account-id order (ids without an account are left out).
    Result<QList<scoring::Candidate>> candidates(const QList<qint64> &accountIds) const;
    Result<scoring::Candidate> candidate(qint64 accountId) const;

    // The campaign (see campaign()), its model or the one with `modelId` and the benchmarks.
    Result<ScoringInputs> inputs(const QString &campaignNameOrId, std::optional<qint64> modelId = {}) const;
    // Every candidate scored under `inputs`: the pool kept in the project when nothing it depends on has
    // changed, otherwise read one candidate at a time (with progress in candidates) and kept for next time.
    // Setting `cancelled` (from any thread) stops the reading within a few thousand candidates.
    Result<scoring::ScoredPool> scoredPool(const ScoringInputs &inputs, const StepProgress &progress = {},
                                           const std::atomic_bool *cancelled = nullptr) const;

    // By exact name (case-insensitive) or numeric id; the first campaign when `nameOrId` is empty.
    Result<Campaign> campaign(const QString &nameOrId) const;

    Result<QList<scoring::ScoringModel>> models() const; // every version of every model
    Result<scoring::ScoringModel> model(qint64 id) const;
    // The campaign's model, else the project's default model (see defaultModel()).
    Result<scoring::ScoringModel> modelFor(const Campaign &campaign) const;
    // The newest version of "Balanced", else of the project's first model, else the built-in Balanced model.
    Result<scoring::ScoringModel> defaultModel() const;
    // A stored model by name (case-insensitive): the given version, or the newest.
    Result<scoring::ScoringModel> modelNamed(const QString &name, std::optional<int> version = {}) const;
    // What a new project starts with, so that its first campaign ranks at once: the built-in models and the
    // engagement benchmark table with its sources. Does nothing to a project that already has models.
    Status installBuiltIns(const QString &author) const;
    // Stores `model` as the next version of its name; returns it with id and version set.
    Result<scoring::ScoringModel> saveNewVersion(scoring::ScoringModel model, const QString &author) const;

    // The project's table, or the built-in HypeAuditor table when the project has none.
    Result<scoring::EngagementBenchmarks> benchmarks() const;
    Status saveBenchmarks(const scoring::EngagementBenchmarks &benchmarks) const;

    // Writes the scoring settings of an existing campaign (replacing earlier ones).
    Status saveCampaignScoring(const Campaign &campaign) const;

private:
    // A SHA-256 of everything a scored pool depends on.
    Result<QString> poolKey(const ScoringInputs &inputs) const;

    const ProjectFile &m_project;
};

} // namespace candor
