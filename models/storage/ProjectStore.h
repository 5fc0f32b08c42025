// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Comment.h"
#include "domain/FollowerProfile.h"
#include "domain/Post.h"

#include "ProjectFile.h"
#include "core/Error.h"
#include "domain/AudienceDistribution.h"
#include "domain/Campaign.h"
#include "domain/Creator.h"
#include "privacy/PrivacyReview.h"
#include "scoring/ScoringModel.h"

#include <QList>
#include <QVariantList>
#include <functional>
#include <QMap>
#include <optional>

namespace candor {

struct ImportBatchSummary
{
    qint64 id = 0;
    QString fileName;
    QString format;
    QString importedAt;
    int rowsRead = 0;
    int imported = 0;
    int merged = 0;
    int rejected = 0;
};

struct ProjectHeader
{
    QString name;
    bool synthetic = false;
    int accounts = 0;
    int notProfiled = 0; // accounts of creators who asked not to be profiled: never ranked or audited
    // Moves when candidates' data change: Candor's data generation (every change Candor makes to scoring
    // data moves it), the number of accounts, and the largest row ids of figures, audiences and fees (rows
    // added outside Candor). A kept scored pool is keyed by it (ScoringStore), a window reloads by it.
    QString figuresStamp;
};

struct ProjectSummary
{
    int schemaVersion = 0;
    QString name;
    bool synthetic = false; // the demo project: every figure in it is invented
    int creators = 0;
    int accounts = 0;
    int snapshots = 0;
    int audienceShares = 0;
    int consentedAttributes = 0;
    int campaigns = 0;
    int importBatches = 0;
    int rejectedRows = 0;
    std::optional<ImportBatchSummary> lastImport;
};

struct StoredImportIssue
{
    qint64 batchId = 0;
    QString fileName;
    int line = 0;
    QString column;
    QString severity; // "rejected" or "warning"
    QString reason;
    QString rawRecord;
};

// A creator with everything that belongs to them, as a generator or a future form would add it.
// What an account of a generated dataset comes with beside its figures: posts (with the flags a user knows),
// follower counts by day, a sample of its followers and comments under its posts.
struct AccountEvidence
{
    QList<Post> posts;
    QList<std::pair<QDate, qint64>> followerHistory;
    QList<FollowerProfile> followerSample;
    QList<Comment> comments;
};

struct CreatorRecord
{
    Creator creator;
    QList<AccountEvidence> evidenceOfAccount; // parallel to creator.accounts, or empty
    QList<QList<AudienceEstimate>> audienceOfAccount; // parallel to creator.accounts
    QList<CreatorAttribute> attributes;
    QList<std::optional<Fee>> feeOfAccount; // parallel to creator.accounts
    privacy::LawfulBasis lawfulBasis = privacy::LawfulBasis::None;
    QDate informedOn; // GDPR Art. 14 notice; invalid: none recorded
};

struct Dataset
{
    QString sourceName; // recorded as the import batch the snapshots belong to
    QMap<QString, QString> settings;
    QList<CreatorRecord> creators;
    QList<Campaign> campaigns;
    // Stored as version 1 each. A campaign uses the model modelOfCampaign names for it, else the first.
    QList<scoring::ScoringModel> scoringModels;
    QMap<QString, QString> modelOfCampaign; // campaign name -> model name
};

// The storage interface the rest of Candor uses: every SQL statement lives below it, so a later edition can
// keep the same schema in another database.
class ProjectStore
{
public:
    explicit ProjectStore(const ProjectFile &project) : m_project(project) {}

    Result<ProjectSummary> summary() const;
    // What a window needs to show the project, without counting every table as summary() does (a project of
    // a million creators has eighteen million audience rows).
    Result<ProjectHeader> header() const;
    // The accounts that may be scored, with their current figures: every account but those of creators who asked
    // not to be profiled (GDPR Art. 21; PrivacyStore), whom no ranking or audit reads.
    Result<QList<Account>> currentAccounts() const;
    // The same one account at a time, in account-id order (a million accounts are never held at once); only
    // the accounts with these ids when `accountIds` is not empty (at most a few hundred per call).
    Status forEachCurrentAccount(const std::function<bool(Account &&)> &visit,
                                 const QVariantList &accountIds = {}) const;
    Result<QList<StoredImportIssue>> importIssues(bool rejectedOnly) const;
    Result<QList<Campaign>> campaigns() const;
    Result<QString> setting(const QString &key) const;

    // The agency a client report names on its cover: its name and a logo (PNG or JPEG bytes; empty for none).
    struct Agency
    {
        QString name;
        QByteArray logo;
    };
    Result<Agency> agency() const;
    // Refused for a logo over 512 KiB (it goes into every report). In the log as `agency_changed`.
    Status setAgency(const Agency &agency, const QString &by) const;

    // Adds a whole dataset in one transaction (used by the demo generator).
    Status addDataset(const Dataset &dataset) const;

private:
    Result<int> countRows(const QString &table) const;

    const ProjectFile &m_project;
};

} // namespace candor
