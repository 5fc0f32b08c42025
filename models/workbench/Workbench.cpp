// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Workbench.h"

#include "ShortlistCheck.h"
#include "core/SystemUser.h"
#include "core/TextContexts.h"
#include "domain/CampaignJson.h"
#include "fairness/AudienceBalance.h"
#include "policy/ApprovalSnapshot.h"
#include "storage/CampaignStore.h"
#include "storage/ErasureStore.h"
#include "storage/FairnessStore.h"
#include "storage/NoteStore.h"
#include "storage/PolicyStore.h"
#include "storage/ProjectStore.h"

#include <QJsonArray>

namespace candor {

Workbench::Workbench(std::unique_ptr<ProjectFile> project, QObject *parent)
    : QObject(parent), m_project(std::move(project)), m_userName(systemUserName())
{
}

Workbench::~Workbench() = default;

Result<std::unique_ptr<Workbench>> Workbench::open(const QString &path, QObject *parent, Stability stability)
{
    // On one thread one connection serves both halves.
    auto project = ProjectFile::open(path);
    if (!project)
        return project.error();
    auto opening = readFrom(**project);
    if (!opening)
        return opening.error();
    return adoptInto(std::move(*project), std::move(*opening), parent, stability);
}

Result<Workbench::Opening> Workbench::read(const QString &path, const StepProgress &progress,
                                           const std::atomic_bool *cancelled)
{
    auto project = ProjectFile::open(path);
    if (!project)
        return project.error();
    return readFrom(**project, progress, cancelled);
}

Result<std::unique_ptr<Workbench>> Workbench::adopt(Opening opening, QObject *parent, Stability stability)
{
    auto project = ProjectFile::open(opening.path, ProjectFile::Checks::DoneByAnotherConnection);
    if (!project)
        return project.error();
    return adoptInto(std::move(*project), std::move(opening), parent, stability);
}

Result<Workbench::Opening> Workbench::readFrom(const ProjectFile &project, const StepProgress &progress,
                                               const std::atomic_bool *cancelled)
{
    const ProjectStore store(project);
    Opening opening;
    opening.path = project.path();
    auto header = store.header();
    if (!header)
        return header.error();
    opening.header = *header;
    auto campaigns = store.campaigns();
    if (!campaigns)
        return campaigns.error();
    opening.campaigns = *campaigns;
    if (!opening.campaigns.isEmpty()) {
        auto first = loadCampaign(project, opening.campaigns.constFirst().id, progress, cancelled);
        if (!first)
            return first.error();
        opening.first = std::move(*first);
    }
    return opening;
}

Result<std::unique_ptr<Workbench>> Workbench::adoptInto(std::unique_ptr<ProjectFile> project, Opening opening,
                                                        QObject *parent, Stability stability)
{
    std::unique_ptr<Workbench> workbench(new Workbench(std::move(project), parent));
    workbench->m_stabilityMode = stability;
    const ProjectHeader &header = opening.header;
    workbench->m_projectName = header.name.isEmpty() ? workbench->m_project->fileName() : header.name;
    workbench->m_synthetic = header.synthetic;
    workbench->m_accountCount = header.accounts;
    workbench->m_notProfiledCount = header.notProfiled;
    workbench->m_figuresStamp = header.figuresStamp;
    auto seen = workbench->m_project->changesByOthers();
    if (!seen)
        return seen.error();
    workbench->m_changesByOthers = *seen;
    workbench->m_campaigns = opening.campaigns;
    if (opening.first) {
        if (auto shown = workbench->showCampaign(std::move(*opening.first)); !shown)
            return shown.error();
    }
    return workbench;
}

Result<Workbench::CampaignLoad> Workbench::loadCampaign(const ProjectFile &project, qint64 campaignId,
                                                        const StepProgress &progress,
                                                        const std::atomic_bool *cancelled)
{
    auto inputs = ScoringStore(project).inputs(QString::number(campaignId));
    if (!inputs)
        return inputs.error();
    auto shortlist = ShortlistStore(project).shortlistFor(campaignId, inputs->model.id);
    if (!shortlist)
        return shortlist.error();
    auto pool = ScoringStore(project).scoredPool(*inputs, progress, cancelled);
    if (!pool)
        return pool.error();
    CampaignLoad load{std::move(*inputs), *shortlist, std::make_shared<scoring::ScoredPool>(std::move(*pool)), {}, {}};
    // The first ranking too, so that a window adopting this on its own thread only has to show it.
    load.pool->matrix().scores(load.pool->modelWeights(), load.scores);
    load.order = load.pool->sorter().order(load.scores);
    return load;
}

Status Workbench::selectCampaign(qint64 campaignId)
{
    auto load = loadCampaign(*m_project, campaignId);
    if (!load)
        return load.error();
    return showCampaign(std::move(*load));
}

Status Workbench::showCampaign(CampaignLoad &&load)
{
    m_inputs = std::move(load.inputs);
    m_shortlistId = load.shortlistId;
    setPool(std::move(*load.pool));
    m_weights = m_pool->modelWeights();
    m_stability.clear();
    m_scores = std::move(load.scores);
    m_order = std::move(load.order);
    m_changedRows = m_order.size();
    m_settled = true;
    fillRanks(m_changedRows);
    if (auto loaded = reloadDecisions(); !loaded)
        return loaded;
    emit campaignChanged();
    emit weightsChanged();
    emit rankingChanged();
    refreshStability();
    return success();
}

void Workbench::rerank()
{
    m_pool->matrix().scores(m_weights, m_scores);
    if (m_quickRanking && m_order.size() > 2 * m_quickTopRows) {
        m_changedRows = m_pool->sorter().refineTop(m_scores, m_order, m_quickTopRows);
        m_settled = false;
    } else {
        m_order = m_pool->sorter().order(m_scores);
        m_changedRows = m_order.size();
        m_settled = true;
    }
    fillRanks(m_changedRows);
}

void Workbench::fillRanks(std::size_t rows)
{
    if (rows >= m_order.size())
        m_rankOf.assign(m_scores.size(), 0);
    for (std::size_t position = 0; position < std::min(rows, m_order.size()); ++position)
        m_rankOf[static_cast<std::size_t>(m_order[position])] = static_cast<int>(position + 1);
}

void Workbench::beginQuickRanking()
{
    m_quickRanking = true;
}

void Workbench::settleRanking()
{
    if (!m_pool || m_settled)
        return;
    m_order = m_pool->sorter().order(m_scores);
    m_changedRows = m_order.size();
    m_settled = true;
    fillRanks(m_changedRows);
    emit rankingChanged();
}

void Workbench::endQuickRanking()
{
    m_quickRanking = false;
    settleRanking();
}

int Workbench::rankOf(int candidate) const
{
    return m_rankOf.at(static_cast<std::size_t>(candidate));
}

void Workbench::setWeights(const std::vector<double> &weights)
{
    if (!m_pool || weights == m_weights || weights.size() != m_weights.size())
        return;
    m_weights = weights;
    rerank();
    emit weightsChanged();
    emit rankingChanged();
}

void Workbench::setWeight(int factor, double weight)
{
    std::vector<double> weights = m_weights;
    weights.at(static_cast<std::size_t>(factor)) = weight;
    setWeights(weights);
}

Result<scoring::ScoringModel> Workbench::saveWeightsAsNewVersion()
{
    return saveModelVersion(m_inputs.model.missingData);
}

Result<scoring::ScoringModel> Workbench::saveModelVersion(scoring::MissingDataRule rule)
{
    scoring::ScoringModel model = m_inputs.model;
    for (qsizetype f = 0; f < model.factors.size(); ++f)
        model.factors[f].weight = m_weights[static_cast<std::size_t>(f)];
    model.missingData = rule;
    const ScoringStore store(*m_project);
    auto saved = store.saveNewVersion(model, m_userName);
    if (!saved)
        return saved.error();
    Campaign campaign = m_inputs.campaign;
    campaign.scoringModelId = saved->id;
    if (auto stored = storeCampaign(campaign); !stored)
        return stored.error();
    m_inputs.model = *saved;
    if (auto scored = rescore(); !scored)
        return scored.error();
    return saved;
}

Status Workbench::saveBenchmarks(const scoring::EngagementBenchmarks &benchmarks)
{
    if (auto saved = ScoringStore(*m_project).saveBenchmarks(benchmarks); !saved)
        return saved;
    m_inputs.benchmarks = benchmarks;
    return rescore();
}

Status Workbench::rescore()
{
    // The weights being tried stay; only what they apply to changes.
    auto pool = ScoringStore(*m_project).scoredPool(m_inputs);
    if (!pool)
        return pool.error();
    setPool(std::move(*pool));
    rerank();
    emit campaignChanged();
    refreshStability();
    return success();
}

void Workbench::setPool(scoring::ScoredPool &&pool)
{
    m_pool = std::make_shared<const scoring::ScoredPool>(std::move(pool));
    m_records.clear();
}

Result<scoring::Candidate> Workbench::record(int candidate) const
{
    const qint64 account = m_pool->accountId(candidate);
    if (const scoring::Candidate *cached = m_records.object(account))
        return *cached;
    auto read = ScoringStore(*m_project).candidate(account);
    if (read)
        m_records.insert(account, new scoring::Candidate(*read));
    return read;
}

scoring::Breakdown Workbench::breakdown(int candidate) const
{
    const auto full = record(candidate);
    if (full)
        return m_pool->breakdown(candidate, *full, m_weights);
    // The numbers stand without the record; say why the words are missing.
    scoring::Breakdown numbers = m_pool->breakdown(candidate, m_weights);
    for (scoring::FactorContribution &f : numbers.factors)
        f.sentence = full.error().toString();
    return numbers;
}

void Workbench::setStabilitySettings(const scoring::StabilitySettings &settings)
{
    m_stabilitySettings = settings;
    m_topK = settings.topK;
    refreshStability();
}

void Workbench::refreshStability()
{
    if (!m_pool || m_stabilityMode == Stability::Off)
        return;
    m_stabilitySettings.topK = m_topK;
    if (candidateCount() <= kSynchronousStabilityLimit) {
        m_stabilityJob.cancel();
        m_stabilityPending = false;
        m_stability = scoring::RankStability::compute(*m_pool, m_weights, m_stabilitySettings);
        emit stabilityChanged();
        return;
    }
    // A large pool takes seconds: the worker keeps its own reference to the pool.
    m_stabilityPending = true;
    m_stabilityJob.start(
        this,
        [pool = m_pool, weights = m_weights, settings = m_stabilitySettings] {
            return scoring::RankStability::compute(*pool, weights, settings);
        },
        [this](std::vector<scoring::CandidateStability> result) {
            m_stability = std::move(result);
            m_stabilityPending = false;
            emit stabilityChanged();
        });
}

Status Workbench::reloadDecisions()
{
    auto current = ShortlistStore(*m_project).currentDecisions(m_shortlistId);
    if (!current)
        return current.error();
    m_decisions = current->decisions;
    m_latestDecisionId = current->latestId;
    emit decisionsChanged();
    return success();
}

std::optional<Decision> Workbench::decisionOf(int candidate) const
{
    const auto found = m_decisions.constFind(m_pool->accountId(candidate));
    return found == m_decisions.constEnd() ? std::nullopt : std::optional<Decision>(*found);
}

bool Workbench::wouldOverride(int candidate, DecisionKind kind) const
{
    const int rank = rankOf(candidate);
    const bool inTop = rank > 0 && rank <= m_topK;
    switch (kind) {
    case DecisionKind::Shortlisted:
    case DecisionKind::Approved:
        return !inTop;
    case DecisionKind::Rejected:
        return inTop;
    case DecisionKind::Removed:
        return false;
    }
    return false;
}

Status Workbench::checkDecision(int candidate, DecisionKind kind, const QString &reason) const
{
    if (!reason.trimmed().isEmpty())
        return success();
    return Error{m_project->path(),
                 wouldOverride(candidate, kind)
                     ? WorkbenchText::tr("this decision goes against the ranking: write why before saving it")
                     : WorkbenchText::tr("every decision needs a reason"),
                 {}};
}

QJsonObject Workbench::decisionContext() const
{
    // The model and the weights in use, unsaved ones included.
    QJsonObject weights;
    for (std::size_t f = 0; f < m_weights.size(); ++f)
        weights.insert(scoring::factorKey(m_pool->model().factors.at(static_cast<qsizetype>(f)).id), m_weights[f]);
    return {{QStringLiteral("model"), m_pool->model().id},
            {QStringLiteral("model_name"), m_pool->model().name},
            {QStringLiteral("model_version"), m_pool->model().version},
            {QStringLiteral("weights"), weights},
            {QStringLiteral("weights_saved"), !hasUnsavedWeights()}};
}

Result<ShortlistStore::Approval> Workbench::approval() const
{
    return ShortlistStore(*m_project).approval(m_shortlistId);
}

Status Workbench::approveShortlist(const QString &name, const QDate &today)
{
    if (!m_pool)
        return Error{
            m_project->path(), WorkbenchText::tr("has no campaign whose shortlist could be approved"), {}};
    // A blocking finding of the ethics policy must be resolved first (docs/policy.md).
    auto rules = policy();
    if (!rules)
        return rules.error();
    auto facts = gatherFacts(*this, *rules, today);
    if (!facts)
        return facts.error();
    QStringList blocking;
    int resolved = 0;
    // What the policy found, for the log: rule, subject (by id: no handle) and whether a person resolved it.
    QJsonArray found;
    for (const policy::Finding &f : judge(*this, *rules, *facts)) {
        if (f.blocks())
            blocking << QStringLiteral("%1: %2").arg(f.subject, f.sentence);
        resolved += f.isOpen() ? 0 : 1;
        found.append(QJsonObject{{QStringLiteral("rule"), f.ruleId},
                                 {QStringLiteral("subject"), f.subjectKey},
                                 {QStringLiteral("severity"), policy::severityKey(f.severity)},
                                 {QStringLiteral("resolution"), f.resolution ? policy::resolutionKindKey(f.resolution->kind)
                                                                             : QStringLiteral("open")}});
    }
    if (!blocking.isEmpty())
        return Error{
            m_project->path(),
            WorkbenchText::tr("the shortlist cannot be approved while the ethics policy has %n blocking "
                              "finding(s) open (candor check lists them): %1",
                              nullptr, static_cast<int>(blocking.size()))
                .arg(blocking.join(QStringLiteral("; "))),
            {}};
    QJsonObject context = decisionContext();
    context.insert(QStringLiteral("policy_findings_resolved"), resolved);
    context.insert(QStringLiteral("policy_findings"), found);
    if (auto approved = ShortlistStore(*m_project).approve(m_shortlistId, name, context,
                                                           policy::approvalSnapshot(facts->subjects));
        !approved)
        return approved;
    emit decisionsChanged();
    return success();
}

QList<Decision> Workbench::shortlisted() const
{
    QList<Decision> chosen;
    for (const Decision &d : m_decisions) {
        if (d.kind != DecisionKind::Rejected)
            chosen << d;
    }
    std::sort(chosen.begin(), chosen.end(), [](const Decision &a, const Decision &b) { return a.accountId < b.accountId; });
    return chosen;
}

qint64 Workbench::newestDecisionId() const
{
    qint64 newest = 0;
    for (const qint64 id : m_latestDecisionId)
        newest = std::max(newest, id);
    return newest;
}

Result<policy::Policy> Workbench::policy() const
{
    return PolicyStore(*m_project).policy();
}

Status Workbench::setPolicy(const policy::Policy &rules)
{
    if (auto set = PolicyStore(*m_project).setPolicy(rules, m_userName); !set)
        return set;
    emit policyChanged();
    return success();
}

Result<QList<policy::Resolution>> Workbench::policyResolutions() const
{
    if (!m_pool)
        return QList<policy::Resolution>{};
    return PolicyStore(*m_project).resolutions(m_shortlistId);
}

Result<qint64> Workbench::resolveFinding(const policy::Finding &finding, const QString &reason)
{
    if (!m_pool)
        return Error{
            m_project->path(), WorkbenchText::tr("has no campaign whose findings could be resolved"), {}};
    policy::Resolution r;
    r.ruleId = finding.ruleId;
    r.subjectKey = finding.subjectKey;
    r.reason = reason;
    r.by = m_userName;
    r.decisionId = decisionIdFor(*this, finding);
    auto added = PolicyStore(*m_project).resolve(m_shortlistId, finding.accountId, r);
    if (!added)
        return added.error();
    emit policyChanged();
    return added;
}

Result<QByteArray> Workbench::approvalSnapshot() const
{
    if (!m_pool)
        return QByteArray{};
    auto approved = approval();
    if (!approved)
        return approved.error();
    if (!approved->isApproved())
        return QByteArray{};
    return PolicyStore(*m_project).approvalSnapshot(m_shortlistId);
}

Result<qint64> Workbench::decide(int candidate, DecisionKind kind, const QString &reason)
{
    Decision d;
    d.accountId = m_pool->accountId(candidate);
    d.kind = kind;
    d.reason = reason;
    d.decidedBy = m_userName;
    d.isOverride = wouldOverride(candidate, kind);
    if (const int rank = rankOf(candidate); rank > 0)
        d.rankAtDecision = rank;
    d.scoreAtDecision = m_scores.at(static_cast<std::size_t>(candidate));
    d.replacesId = m_latestDecisionId.value(d.accountId);
    QJsonObject context = decisionContext();
    // Shortlisting a creator a hard filter excluded overrides that filter: the record names which.
    if (const auto filteredBy = m_pool->filteredOutBy(candidate))
        context.insert(QStringLiteral("filtered_out_by"), *filteredBy);
    auto added = ShortlistStore(*m_project).add(m_shortlistId, d, context);
    if (!added) {
        // Someone else decided first: show what they decided.
        if (added.error().kind == ErrorKind::Conflict) {
            if (auto reloaded = reloadDecisions(); !reloaded)
                return reloaded.error();
        }
        return added.error();
    }
    if (auto loaded = reloadDecisions(); !loaded)
        return loaded.error();
    return added;
}

Result<qint64> Workbench::removeFromShortlist(qint64 accountId, const QString &reason)
{
    if (!m_pool)
        return Error{
            m_project->path(), WorkbenchText::tr("has no campaign whose shortlist could change"), {}};
    Decision d;
    d.accountId = accountId;
    d.kind = DecisionKind::Removed;
    d.reason = reason;
    d.decidedBy = m_userName;
    d.replacesId = m_latestDecisionId.value(accountId);
    auto added = ShortlistStore(*m_project).add(m_shortlistId, d, decisionContext());
    if (auto loaded = reloadDecisions(); !loaded)
        return loaded.error();
    return added;
}

Status Workbench::takeBack(qint64 decisionId)
{
    if (auto removed = ShortlistStore(*m_project).remove(decisionId, m_userName); !removed)
        return removed;
    return reloadDecisions();
}

Result<QList<Note>> Workbench::notesOf(int candidate) const
{
    return NoteStore(*m_project).notes(m_inputs.campaign.id, m_pool->accountId(candidate));
}

Result<QList<AuditStore::Row>> Workbench::history(const AuditStore::Filter &filter) const
{
    return AuditStore(*m_project).rows(filter);
}

Result<audit::ChainVerdict> Workbench::verifyHistory() const
{
    return AuditStore(*m_project).verify();
}

Result<qint64> Workbench::creatorOf(int candidate) const
{
    return CreatorStore(*m_project).creatorOf(m_pool->accountId(candidate));
}

Result<qint64> Workbench::addNote(int candidate, const QString &body)
{
    auto added = NoteStore(*m_project).add(
        Note{0, m_inputs.campaign.id, m_pool->accountId(candidate), body, m_userName, {}});
    if (added)
        emit notesChanged(candidate);
    return added;
}

Status Workbench::removeNote(int candidate, qint64 noteId)
{
    if (auto removed = NoteStore(*m_project).remove(noteId, m_userName); !removed)
        return removed;
    emit notesChanged(candidate);
    return success();
}

Status Workbench::setFilters(const HardFilters &filters)
{
    Campaign campaign = m_inputs.campaign;
    campaign.filters = filters;
    if (auto saved = storeCampaign(campaign); !saved)
        return saved;
    return rescore();
}

Status Workbench::storeCampaign(const Campaign &campaign)
{
    if (auto saved = ScoringStore(*m_project).saveCampaignScoring(campaign); !saved)
        return saved;
    m_inputs.campaign = campaign;
    for (Campaign &c : m_campaigns) {
        if (c.id == campaign.id)
            c = campaign;
    }
    return success();
}

Status Workbench::reloadCampaigns()
{
    auto campaigns = ProjectStore(*m_project).campaigns();
    if (!campaigns)
        return campaigns.error();
    m_campaigns = *campaigns;
    return success();
}

void Workbench::clearCampaign()
{
    m_pool.reset();
    m_inputs = {};
    m_weights.clear();
    m_scores.clear();
    m_order.clear();
    m_rankOf.clear();
    m_changedRows = 0;
    m_settled = true;
    m_stability.clear();
    m_decisions.clear();
    m_records.clear();
    m_shortlistId = 0;
    emit campaignChanged();
    emit weightsChanged();
    emit rankingChanged();
}

Result<qint64> Workbench::addCampaign(const Campaign &campaign)
{
    auto id = CampaignStore(*m_project).add(campaign, m_userName);
    if (!id)
        return id.error();
    if (auto reloaded = reloadCampaigns(); !reloaded)
        return reloaded.error();
    const auto selected = selectCampaign(*id);
    emit campaignsChanged(); // after the selection: views follow the campaign shown
    if (!selected)
        return selected.error();
    return id;
}

Status Workbench::updateCampaign(const Campaign &campaign)
{
    if (auto saved = CampaignStore(*m_project).update(campaign, m_userName); !saved)
        return saved;
    if (auto reloaded = reloadCampaigns(); !reloaded)
        return reloaded;
    const Status shown = m_pool && m_inputs.campaign.id == campaign.id ? rereadCampaign() : success();
    emit campaignsChanged();
    return shown;
}

Result<CampaignRows> Workbench::removeCampaign(qint64 campaignId)
{
    const CampaignStore store(*m_project);
    auto rows = store.rowsOf(campaignId);
    if (!rows)
        return rows.error();
    if (auto removed = store.remove(campaignId, m_userName); !removed)
        return removed.error();
    if (auto reloaded = reloadCampaigns(); !reloaded)
        return reloaded.error();
    const Status shown = m_pool && m_inputs.campaign.id == campaignId ? showFirstCampaign() : success();
    emit campaignsChanged();
    if (!shown)
        return shown.error();
    return rows;
}

Status Workbench::showFirstCampaign()
{
    if (m_campaigns.isEmpty()) {
        clearCampaign();
        return success();
    }
    return selectCampaign(m_campaigns.constFirst().id);
}

Status Workbench::restoreCampaign(const CampaignRows &rows, qint64 campaignId)
{
    if (auto restored = CampaignStore(*m_project).restore(rows, m_userName); !restored)
        return restored;
    if (auto reloaded = reloadCampaigns(); !reloaded)
        return reloaded;
    const Status shown = selectCampaign(campaignId);
    emit campaignsChanged();
    return shown;
}

Status Workbench::reloadCandidates()
{
    auto header = ProjectStore(*m_project).header();
    if (!header)
        return header.error();
    m_accountCount = header->accounts;
    m_notProfiledCount = header->notProfiled;
    const Status shown = m_pool ? rereadCampaign() : success();
    emit creatorsChanged();
    return shown;
}

Status Workbench::rereadCampaign()
{
    // The weights being tried stay, unless the campaign now uses another model (whose factors they may not fit).
    const std::vector<double> tried = m_weights;
    const qint64 model = m_inputs.model.id;
    const Status shown = selectCampaign(m_inputs.campaign.id);
    if (shown && m_inputs.model.id == model)
        setWeights(tried);
    return shown;
}

Result<qint64> Workbench::addCreator(const AccountEntry &entry)
{
    auto account = CreatorStore(*m_project).add(entry, m_userName);
    if (!account)
        return account.error();
    if (auto reloaded = reloadCandidates(); !reloaded)
        return reloaded.error();
    return account;
}

Result<qint64> Workbench::enterFigures(int candidate, const AccountEntry &entry)
{
    const qint64 account = m_pool->accountId(candidate);
    auto snapshot = CreatorStore(*m_project).enterFigures(account, entry, m_userName);
    if (!snapshot)
        return snapshot.error();
    if (auto reloaded = reloadCandidates(); !reloaded)
        return reloaded.error();
    return snapshot;
}

Status Workbench::takeBackFigures(qint64 accountId, qint64 snapshotId, const QString &previousName)
{
    if (auto taken = CreatorStore(*m_project).takeBackFigures(snapshotId, accountId, previousName, m_userName); !taken)
        return taken;
    return reloadCandidates();
}

Result<QList<PrivacyStore::ReviewRow>> Workbench::privacyReviewOf(const QString &path, const QDate &today)
{
    auto project = ProjectFile::open(path, ProjectFile::Checks::DoneByAnotherConnection);
    if (!project)
        return project.error();
    return PrivacyStore(**project).review(today);
}

Result<Workbench::PrivacyRecord> Workbench::privacyRecordOf(int candidate) const
{
    return privacyRecordOfAccount(m_pool->accountId(candidate));
}

Result<Workbench::PrivacyRecord> Workbench::privacyRecordOfAccount(qint64 accountId) const
{
    auto creator = CreatorStore(*m_project).creatorOf(accountId);
    if (!creator)
        return creator.error();
    const PrivacyStore store(*m_project);
    auto facts = store.facts(*creator);
    if (!facts)
        return facts.error();
    auto policy = store.policy();
    if (!policy)
        return policy.error();
    const QDate ends = privacy::retentionEnds(*facts, *policy);
    return PrivacyRecord{std::move(*facts), ends};
}

Result<ProjectStore::Agency> Workbench::agency() const
{
    return ProjectStore(*m_project).agency();
}

Status Workbench::setAgency(const ProjectStore::Agency &agency)
{
    return ProjectStore(*m_project).setAgency(agency, m_userName);
}

Result<privacy::Policy> Workbench::privacyPolicy() const
{
    return PrivacyStore(*m_project).policy();
}

Status Workbench::setPrivacyPolicy(const privacy::Policy &policy)
{
    if (auto set = PrivacyStore(*m_project).setPolicy(policy, m_userName); !set)
        return set;
    emit privacyChanged();
    return success();
}

Status Workbench::changePrivacyRecords(const QList<qint64> &creatorIds, const PrivacyStore::RecordChange &change,
                                       const QString &reason)
{
    if (auto changed = PrivacyStore(*m_project).changeRecords(creatorIds, change, reason, m_userName); !changed)
        return changed;
    if (change.doNotProfile) {
        if (auto reloaded = reloadCandidates(); !reloaded)
            return reloaded;
    }
    emit privacyChanged();
    return success();
}

Status Workbench::renewConsent(qint64 creatorId, const QString &attribute, const QDate &givenOn,
                               const QDate &expiresOn, const QString &evidence)
{
    if (auto renewed = PrivacyStore(*m_project).renewConsent(creatorId, attribute, givenOn, expiresOn, evidence, m_userName);
        !renewed)
        return renewed;
    emit privacyChanged();
    return success();
}

Result<int> Workbench::eraseCreators(const QList<qint64> &creatorIds, const QString &reason)
{
    int erased = 0;
    Status failed = success();
    for (const qint64 creatorId : creatorIds) {
        auto done = ErasureStore(*m_project).erase(creatorId, reason, m_userName);
        if (!done) {
            failed = done.error();
            break;
        }
        ++erased;
    }
    m_records.clear(); // a cached record could hold an erased person
    if (erased > 0) {
        if (auto reloaded = reloadCandidates(); !reloaded)
            return reloaded.error();
        emit privacyChanged();
    }
    if (!failed)
        return failed.error();
    return erased;
}

Result<SavedRows> Workbench::removeCreator(qint64 accountId)
{
    const CreatorStore store(*m_project);
    auto creator = store.creatorOf(accountId);
    if (!creator)
        return creator.error();
    auto removed = store.remove(*creator, m_userName);
    if (!removed)
        return removed.error();
    if (auto reloaded = reloadCandidates(); !reloaded)
        return reloaded.error();
    return removed;
}

Status Workbench::restoreCreator(const SavedRows &rows)
{
    if (auto restored = CreatorStore(*m_project).restore(rows, m_userName); !restored)
        return restored;
    return reloadCandidates();
}

Result<CreatorStore::Merge> Workbench::mergeCreators(qint64 keptAccountId, qint64 mergedAccountId)
{
    const CreatorStore store(*m_project);
    auto kept = store.creatorOf(keptAccountId);
    auto merged = store.creatorOf(mergedAccountId);
    if (!kept || !merged)
        return kept ? merged.error() : kept.error();
    auto merge = store.merge(*kept, *merged, m_userName);
    if (!merge)
        return merge.error();
    if (auto reloaded = reloadCandidates(); !reloaded)
        return reloaded.error();
    return merge;
}

Status Workbench::unmergeCreators(const CreatorStore::Merge &merge)
{
    if (auto split = CreatorStore(*m_project).unmerge(merge, m_userName); !split)
        return split;
    return reloadCandidates();
}

Result<AccountEntry> Workbench::entryOf(int candidate) const
{
    const auto full = record(candidate);
    if (!full)
        return full.error();
    const Account &a = full->account;
    return AccountEntry{a.displayName, a.platform, a.handle, a.metrics, a.categories, a.topAudienceCountry};
}

Result<QList<scoring::ScoringModel>> Workbench::models() const
{
    return ScoringStore(*m_project).models();
}

Status Workbench::ensureBuiltInModels() const
{
    return ScoringStore(*m_project).installBuiltIns(m_userName);
}

QList<AudienceDistribution> Workbench::pooledAudience(const QList<int> &candidates) const
{
    QList<AudienceDistribution> pooled;
    if (!m_pool)
        return pooled;
    QList<qint64> accounts;
    for (int c : candidates)
        accounts << m_pool->accountId(c);
    const auto records = ScoringStore(*m_project).candidates(accounts);
    if (!records)
        return pooled;
    QList<fairness::AudienceMember> members;
    for (const scoring::Candidate &candidate : *records) {
        const auto followers = candidate.account.metrics.followers;
        members << fairness::AudienceMember{followers ? std::optional<double>(double(*followers)) : std::nullopt,
                                            candidate.audience};
    }
    for (AudienceDimension dimension : allDimensions()) {
        // Pooled against an empty target: every category the audiences have, none the target would add.
        const fairness::DimensionBalance balance =
            fairness::balanceOf(members, AudienceDistribution(dimension, {}), {}, {});
        QList<AudienceShare> shares;
        for (const fairness::CategoryBalance &category : balance.categories)
            shares << AudienceShare{category.category, category.share};
        if (balance.membersPooled > 0 && !shares.isEmpty())
            pooled << AudienceDistribution(dimension, shares);
    }
    return pooled;
}

Result<bool> Workbench::takeChangesFromElsewhere()
{
    auto version = m_project->changesByOthers();
    if (!version)
        return version.error();
    if (*version == m_changesByOthers)
        return false;
    m_changesByOthers = *version;
    auto header = ProjectStore(*m_project).header();
    if (!header)
        return header.error();
    const QString stamp = header->figuresStamp;
    const bool figuresChanged = stamp != m_figuresStamp;
    m_figuresStamp = stamp;
    if (auto campaigns = reloadCampaigns(); !campaigns)
        return campaigns.error();
    const auto shown = std::find_if(m_campaigns.cbegin(), m_campaigns.cend(),
                                    [this](const Campaign &c) { return m_pool && c.id == m_inputs.campaign.id; });
    const auto json = [this](const Campaign &c) {
        return campaignToJson(c, m_inputs.model.name, m_inputs.model.version);
    };
    Status read = success();
    if (m_pool && shown == m_campaigns.cend())
        read = showFirstCampaign(); // the campaign shown was deleted elsewhere
    else if (figuresChanged)
        read = reloadCandidates(); // reads the shown campaign again too
    else if (m_pool && json(*shown) != json(m_inputs.campaign))
        read = rereadCampaign();
    else if (m_pool)
        read = reloadDecisions();
    emit campaignsChanged();
    if (!read)
        return read.error();
    return true;
}

Result<ConsentedAttributes> Workbench::consentedAttributes() const
{
    return FairnessStore(*m_project).consentedAttributes();
}

fairness::AuditInput Workbench::auditInput(const ConsentedAttributes &attributes) const
{
    fairness::AuditInput in;
    in.campaign = campaign().name;
    in.target = campaign().targetAudience;
    if (!m_pool)
        return in;
    for (const scoring::FactorDefinition &factor : model().factors)
        in.factors << factor.id;
    // Which candidates have any attribute: one merge per attribute over the pool, which is in account order.
    std::vector<bool> hasAttribute(static_cast<std::size_t>(candidateCount()), false);
    for (const AttributeColumn &column : attributes) {
        const auto entries =
            column.entriesFor(candidateCount(), [this](qsizetype c) { return m_pool->accountId(static_cast<int>(c)); });
        for (std::size_t c = 0; c < entries.size(); ++c)
            hasAttribute[c] = hasAttribute[c] || entries[c] >= 0;
    }
    // Audiences of the shortlisted and of the best-ranked, read for them only (see AuditInput).
    QList<qint64> withAudience;
    for (auto it = m_decisions.cbegin(); it != m_decisions.cend(); ++it)
        withAudience << it.key();
    for (std::size_t r = 0; r < std::min(m_order.size(), fairness::AuditInput::kAudienceRanks); ++r)
        withAudience << m_pool->accountId(m_order[r]);
    QHash<qint64, scoring::Candidate> recordOf;
    if (const auto records = ScoringStore(*m_project).candidates(withAudience)) {
        for (const scoring::Candidate &record : *records)
            recordOf.insert(record.account.id, record);
    }
    const scoring::ScoreMatrix &matrix = m_pool->matrix();
    in.candidates.reserve(static_cast<std::size_t>(candidateCount()));
    for (int c = 0; c < candidateCount(); ++c) {
        fairness::AuditCandidate a;
        a.accountId = m_pool->accountId(c);
        a.score = m_scores[static_cast<std::size_t>(c)];
        const auto decision = m_decisions.constFind(a.accountId);
        a.shortlisted = decision != m_decisions.cend() &&
                        (decision->kind == DecisionKind::Shortlisted || decision->kind == DecisionKind::Approved);
        if (const auto followers = m_pool->followers(c))
            a.followers = static_cast<double>(*followers);
        if (const auto found = recordOf.constFind(a.accountId); found != recordOf.cend()) {
            a.handle = found->account.handle;
            a.averageViews = found->account.metrics.averageViews;
            a.audience = found->audience;
        }
        if (hasAttribute[static_cast<std::size_t>(c)]) {
            const double total = matrix.denominator(c, m_weights);
            for (int f = 0; f < matrix.factors(); ++f)
                a.factorPoints.push_back(matrix.points(c, f, m_weights, total));
        }
        in.candidates.push_back(std::move(a));
    }
    in.order = m_order;
    return in;
}

} // namespace candor
