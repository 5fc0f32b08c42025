// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Error.h"
#include "domain/Campaign.h"
#include "fairness/AuditInput.h"
#include "storage/AuditStore.h"
#include "storage/CampaignStore.h"
#include "storage/CreatorStore.h"
#include "scoring/RankStability.h"
#include "scoring/ScoredPool.h"
#include "storage/NoteStore.h"
#include "storage/ProjectFile.h"
#include "storage/ProjectStore.h"
#include "storage/ScoringStore.h"
#include "storage/PrivacyStore.h"
#include "policy/Policy.h"
#include "storage/ShortlistStore.h"
#include "workbench/LatestOnlyJob.h"

#include <QCache>
#include <QHash>
#include <QObject>
#include <memory>
#include <optional>
#include <vector>

namespace candor {

// The state of one open project in the workbench: the chosen campaign, its scored pool, the weights being
// tried, the ranking they give, its stability and the shortlist decisions. Views and commands talk to it;
// it talks to storage. It has no widgets, so everything the GUI does can be driven from a test.
class Workbench : public QObject
{
    Q_OBJECT
public:
    // Whether the Monte Carlo stability is computed: a command that never shows it does not start it.
    enum class Stability
    {
        Computed,
        Off
    };
    static Result<std::unique_ptr<Workbench>> open(const QString &path, QObject *parent = nullptr,
                                                  Stability stability = Stability::Computed);

    // Opening in two halves, so that a window stays responsive while a large project opens: read() does
    // everything slow (the checks, a migration, the first campaign's scored pool) on any thread, with its
    // own connection that it closes when done; adopt() then takes the result on the thread that will own
    // the workbench, which costs a fresh connection (without repeating the checks) and one re-rank.
    struct CampaignLoad
    {
        ScoringInputs inputs;
        qint64 shortlistId = 0;
        std::shared_ptr<scoring::ScoredPool> pool;
        std::vector<double> scores; // under the model's weights
        std::vector<int> order;
    };
    struct Opening
    {
        QString path;
        ProjectHeader header;
        QList<Campaign> campaigns;
        std::optional<CampaignLoad> first;
    };
    // `progress` counts candidates scored when the pool must be computed; setting `cancelled` stops it.
    static Result<Opening> read(const QString &path, const StepProgress &progress = {},
                                const std::atomic_bool *cancelled = nullptr);
    static Result<std::unique_ptr<Workbench>> adopt(Opening opening, QObject *parent = nullptr,
                                                   Stability stability = Stability::Computed);
    ~Workbench() override;

    const ProjectFile &project() const { return *m_project; }
    QString projectName() const { return m_projectName; }
    bool isSynthetic() const { return m_synthetic; }

    const QList<Campaign> &campaigns() const { return m_campaigns; }
    Status selectCampaign(qint64 campaignId);
    bool hasCampaign() const { return m_pool != nullptr; }
    int accountCount() const { return m_accountCount; } // in the project, with or without a campaign
    // Accounts of creators who asked not to be profiled: in the project, never in a ranking or an audit.
    int notProfiledCount() const { return m_notProfiledCount; }
    // Weights moved away from the model's saved ones (switching campaigns would lose them).
    bool hasUnsavedWeights() const { return m_pool && m_weights != savedWeights(); }

    // Campaigns as the user creates and edits them; each change is written at once. Adding or restoring one
    // selects it; removing the one shown selects the first left (or none).
    Result<qint64> addCampaign(const Campaign &campaign);
    Status updateCampaign(const Campaign &campaign);
    Result<CampaignRows> removeCampaign(qint64 campaignId);
    Status restoreCampaign(const CampaignRows &rows, qint64 campaignId);
    // Creators a person enters, corrects, deletes or merges; the pool is read again after each, on the same
    // campaign and weights. Figures are entered as "entered by" the user.
    Result<qint64> addCreator(const AccountEntry &entry); // the new account's id
    Result<qint64> enterFigures(int candidate, const AccountEntry &entry); // the new snapshot's id
    Status takeBackFigures(qint64 accountId, qint64 snapshotId, const QString &previousName);
    Result<SavedRows> removeCreator(qint64 accountId);   // the creator of this account, with everything
    Status restoreCreator(const SavedRows &rows);
    Result<CreatorStore::Merge> mergeCreators(qint64 keptAccountId, qint64 mergedAccountId);
    Status unmergeCreators(const CreatorStore::Merge &merge);
    // The candidate's account as the creator form shows it.
    Result<AccountEntry> entryOf(int candidate) const;
    int candidateOfAccount(qint64 accountId) const { return m_pool ? m_pool->indexOfAccount(accountId) : -1; }
    // The candidate's full record (figures, audience, fee), read from the project when first asked for: the
    // pool keeps only what ranking needs.
    Result<scoring::Candidate> record(int candidate) const;

    // Every stored scoring model (all versions), for the campaign editor.
    Result<QList<scoring::ScoringModel>> models() const;
    // Older projects may hold no model: the built-in ones are added before a first campaign is made.
    Status ensureBuiltInModels() const;
    // The reach-weighted pooled audience of these candidates per dimension, as a starting point for a target.
    QList<AudienceDistribution> pooledAudience(const QList<int> &candidates) const;
    const Campaign &campaign() const { return m_inputs.campaign; }
    const scoring::ScoredPool &pool() const { return *m_pool; }
    // For work on another thread, which must keep the pool alive while the campaign changes.
    std::shared_ptr<const scoring::ScoredPool> sharedPool() const { return m_pool; }
    const scoring::ScoringModel &model() const { return m_inputs.model; }
    int candidateCount() const { return m_pool ? m_pool->size() : 0; }

    // Weights in the model's factor order. Changing them re-ranks at once.
    const std::vector<double> &weights() const { return m_weights; }
    std::vector<double> savedWeights() const { return m_pool->modelWeights(); }
    void setWeights(const std::vector<double> &weights);
    void setWeight(int factor, double weight);

    // While a weight slider is held, each re-ranking puts only the first rows (setQuickTopRows) in their exact
    // order and leaves the others where they stood: a frame of a drag over a million candidates has no time for
    // a full sort, and the top is what a user watches. settleRanking() ranks fully (a pause in the drag);
    // endQuickRanking() does too and ends the mode.
    void beginQuickRanking();
    void settleRanking();
    void endQuickRanking();
    void setQuickTopRows(std::size_t rows) { m_quickTopRows = rows; } // 2,000 unless changed
    // How many leading rows of order() the last rankingChanged moved: all of them after a full ranking.
    std::size_t changedRows() const { return m_changedRows; }
    // Stores the current weights as the next version of the campaign's model and makes the campaign use it.
    Result<scoring::ScoringModel> saveWeightsAsNewVersion();
    // The same with another rule for missing data: a new version too, as the rule changes scores.
    Result<scoring::ScoringModel> saveModelVersion(scoring::MissingDataRule rule);
    // The engagement benchmark table of the project; saving it scores everyone again.
    const scoring::EngagementBenchmarks &benchmarks() const { return m_inputs.benchmarks; }
    Status saveBenchmarks(const scoring::EngagementBenchmarks &benchmarks);

    const std::vector<double> &scores() const { return m_scores; }
    const std::vector<int> &order() const { return m_order; } // eligible candidates, best first
    int rankOf(int candidate) const;                          // 1-based; 0 when filtered out
    // With sentences, from the candidate's record.
    scoring::Breakdown breakdown(int candidate) const;

    // Recomputes the Monte Carlo stability for the current weights (seeded, so repeatable).
    // Pools up to this size are done at once (a few milliseconds); larger ones on a worker thread.
    static constexpr int kSynchronousStabilityLimit = 20000;
    void refreshStability();
    bool isStabilityPending() const { return m_stabilityPending; }
    const std::vector<scoring::CandidateStability> &stability() const { return m_stability; }
    int topK() const { return m_topK; }
    const scoring::StabilitySettings &stabilitySettings() const { return m_stabilitySettings; }
    void setStabilitySettings(const scoring::StabilitySettings &settings);

    // Shortlist. A decision goes against the tool's advice (an override) when it shortlists or approves a
    // candidate outside the top k, or rejects one inside it; an override needs a written justification.
    std::optional<Decision> decisionOf(int candidate) const;
    bool wouldOverride(int candidate, DecisionKind kind) const;
    // Whether decide() would accept this; the message says what is missing.
    Status checkDecision(int candidate, DecisionKind kind, const QString &reason) const;
    Result<qint64> decide(int candidate, DecisionKind kind, const QString &reason);
    Status takeBack(qint64 decisionId);
    // Takes a creator off the shortlist by account, also one no longer in the ranking (who objected to profiling):
    // a "removed" decision with its reason.
    Result<qint64> removeFromShortlist(qint64 accountId, const QString &reason);
    // The shortlist approved by a named person (`name`, who need not be the user: a client may approve in a
    // meeting), with the model and weights in use; a later decision withdraws the approval.
    Result<ShortlistStore::Approval> approval() const;
    // Refused while the ethics policy has a blocking finding open at `today`; what the policy saw of each creator
    // is kept with the approval, so that fresher data can say what changed since (approvalSnapshot).
    Status approveShortlist(const QString &name, const QDate &today = QDate::currentDate());
    // Every current decision that is not a rejection, in or out of the ranking, by account id.
    QList<Decision> shortlisted() const;
    qint64 latestDecisionIdOf(qint64 accountId) const { return m_latestDecisionId.value(accountId); }
    qint64 newestDecisionId() const; // of the whole shortlist; 0 before its first decision

    // The ethics policy (docs/policy.md): the project's, and the written resolutions of its findings on this
    // campaign's shortlist. A resolution is for the finding as it stands: a later decision on its subject asks
    // again.
    Result<policy::Policy> policy() const;
    Status setPolicy(const policy::Policy &policy);
    Result<QList<policy::Resolution>> policyResolutions() const;
    Result<qint64> resolveFinding(const policy::Finding &finding, const QString &reason);
    // What the policy saw at the approval that stands (empty when the shortlist is not approved): compared with
    // the facts of a check, it says what changed since (changesSinceApproval in ShortlistCheck.h).
    Result<QByteArray> approvalSnapshot() const;

    // Notes on a candidate in this campaign, oldest first; written as the user, removed again by undo.
    Result<QList<Note>> notesOf(int candidate) const;

    // The audit log, as the History page lists it, and whether its chain holds.
    Result<QList<AuditStore::Row>> history(const AuditStore::Filter &filter) const;
    Result<audit::ChainVerdict> verifyHistory() const;
    // The creator a candidate's account belongs to (for the History page's "this creator").
    Result<qint64> creatorOf(int candidate) const;
    Result<qint64> addNote(int candidate, const QString &body);
    Status removeNote(int candidate, qint64 noteId);

    // Privacy (docs/privacy.md): the review at `today` under the project's retention policy, and what resolves a
    // finding. An objection to profiling, a lifted one and an erasure read the candidates again. Erasure cannot be
    // undone: the window clears its undo history, which could otherwise bring the person back.
    // On any thread, with a connection of its own to the project at `path` (a million creators take seconds: the
    // Privacy page does not wait for them on the GUI thread).
    static Result<QList<PrivacyStore::ReviewRow>> privacyReviewOf(const QString &path, const QDate &today);
    Result<privacy::Policy> privacyPolicy() const;
    // The privacy record of the candidate's creator, and the day the policy's retention ends for them.
    struct PrivacyRecord
    {
        privacy::CreatorFacts facts;
        QDate retentionEnds;
    };
    Result<PrivacyRecord> privacyRecordOf(int candidate) const;
    Result<PrivacyRecord> privacyRecordOfAccount(qint64 accountId) const;
    Status setPrivacyPolicy(const privacy::Policy &policy);
    Status changePrivacyRecords(const QList<qint64> &creatorIds, const PrivacyStore::RecordChange &change,
                                const QString &reason);
    Status renewConsent(qint64 creatorId, const QString &attribute, const QDate &givenOn, const QDate &expiresOn,
                        const QString &evidence);
    // Erases each creator (ErasureStore); stops at the first that fails, with those before it erased.
    Result<int> eraseCreators(const QList<qint64> &creatorIds, const QString &reason);

    // The agency a client report names on its cover; changed as the user.
    Result<ProjectStore::Agency> agency() const;
    Status setAgency(const ProjectStore::Agency &agency);

    // The campaign's hard filters; changing them is saved with the campaign and scores everyone again.
    const HardFilters &filters() const { return m_inputs.campaign.filters; }
    Status setFilters(const HardFilters &filters);

    // Self-declared creator attributes with consent, for fairness audits only (attribute -> account -> value).
    Result<ConsentedAttributes> consentedAttributes() const;
    // The campaign's ranking, shortlist and audiences as plain values for a fairness audit; factor points only
    // for the creators in `attributes`.
    fairness::AuditInput auditInput(const ConsentedAttributes &attributes) const;

    // Another Candor window or process may write to the same file: its committed changes are read again
    // (campaigns, decisions; the candidates when creators or figures changed). Returns whether anything
    // changed since the last call; cheap enough to call every second or two.
    Result<bool> takeChangesFromElsewhere();

    QString userName() const { return m_userName; }
    void setUserName(const QString &name) { m_userName = name; }

signals:
    void campaignsChanged(); // added, edited, removed or restored
    void creatorsChanged();  // added, edited, removed, merged (the pool was read again)
    void campaignChanged();
    void weightsChanged();
    void rankingChanged();
    void stabilityChanged();
    void decisionsChanged();
    void notesChanged(int candidate);
    void privacyChanged(); // a record, a consent or the retention policy; an erasure also reads the creators again
    void policyChanged();  // the ethics policy or a resolution

private:
    Workbench(std::unique_ptr<ProjectFile> project, QObject *parent);
    void rerank();
    void fillRanks(std::size_t rows); // m_rankOf of the first `rows` of m_order (all rows: of every candidate)
    Status rescore(); // after the model, the filters or the benchmarks changed
    void setPool(scoring::ScoredPool &&pool);
    static Result<Opening> readFrom(const ProjectFile &project, const StepProgress &progress = {},
                                    const std::atomic_bool *cancelled = nullptr);
    static Result<std::unique_ptr<Workbench>> adoptInto(std::unique_ptr<ProjectFile> project, Opening opening,
                                                       QObject *parent, Stability stability);
    static Result<CampaignLoad> loadCampaign(const ProjectFile &project, qint64 campaignId,
                                             const StepProgress &progress = {},
                                             const std::atomic_bool *cancelled = nullptr);
    Status showCampaign(CampaignLoad &&load);
    Status storeCampaign(const Campaign &campaign);
    Status reloadCampaigns();
    Status reloadCandidates();
    Status rereadCampaign(); // the shown campaign's inputs read again
    void clearCampaign();
    Status showFirstCampaign(); // after the campaign shown was removed: the first left, or none
    Status reloadDecisions();
    QJsonObject decisionContext() const; // what the person saw: model, version, weights in use

    std::unique_ptr<ProjectFile> m_project;
    QString m_projectName;
    bool m_synthetic = false;
    int m_accountCount = 0;
    int m_notProfiledCount = 0;
    QList<Campaign> m_campaigns;
    ScoringInputs m_inputs;
    std::shared_ptr<const scoring::ScoredPool> m_pool; // shared with a stability run in progress
    std::vector<double> m_weights;
    std::vector<double> m_scores;
    std::vector<int> m_order;
    std::vector<int> m_rankOf;
    std::size_t m_changedRows = 0;
    bool m_quickRanking = false;
    std::size_t m_quickTopRows = 2000; // about sixty screens of the table
    bool m_settled = true; // every row of m_order is in its exact place
    std::vector<scoring::CandidateStability> m_stability;
    scoring::StabilitySettings m_stabilitySettings;
    int m_topK = 10;
    LatestOnlyJob m_stabilityJob;
    bool m_stabilityPending = false;
    Stability m_stabilityMode = Stability::Computed;
    qint64 m_shortlistId = 0;
    QHash<qint64, Decision> m_decisions; // by account id
    QHash<qint64, qint64> m_latestDecisionId; // by account id: what a new decision replaces
    qint64 m_changesByOthers = 0;             // PRAGMA data_version when last looked
    QString m_figuresStamp;                   // ProjectHeader::figuresStamp: tells when the candidates changed
    mutable QCache<qint64, scoring::Candidate> m_records{256}; // by account id
    QString m_userName;
};

} // namespace candor
