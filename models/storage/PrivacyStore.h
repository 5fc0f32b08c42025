// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectFile.h"
#include "core/Error.h"
#include "privacy/PrivacyReview.h"

#include <QDate>
#include <QList>
#include <functional>
#include <optional>

namespace candor {

// Each creator's privacy record (lawful basis, GDPR Art. 14 notice, "do not profile", consents with their expiry)
// and the project's retention policy; the review of them all at a given day (docs/privacy.md). Every change is in
// the audit log, in the same transaction.
class PrivacyStore
{
public:
    explicit PrivacyStore(const ProjectFile &project) : m_project(project) {}

    Result<privacy::Policy> policy() const;
    Status setPolicy(const privacy::Policy &policy, const QString &by) const;

    // The facts of every creator (or of one), in creator order, one at a time.
    Status forEachCreator(const std::function<bool(privacy::CreatorFacts &&)> &visit,
                          std::optional<qint64> onlyCreator = {}) const;
    Result<privacy::CreatorFacts> facts(qint64 creatorId) const;
    // The statement forEachCreator() steps (one row per creator), for the benchmark's baseline.
    static QString factsQuery(bool oneCreator = false);

    struct ReviewRow
    {
        privacy::Finding finding;
        QString name;
        QString handles;
    };
    // Every finding at `today` under the project's policy, creator by creator.
    Result<QList<ReviewRow>> review(const QDate &today) const;

    // A change to creators' records; what is unset stays. `reason` goes into the log's personal details.
    struct RecordChange
    {
        std::optional<privacy::LawfulBasis> basis;
        std::optional<QDate> informedOn;
        std::optional<bool> doNotProfile;
        std::optional<QDate> retentionRenewedOn;
    };
    Status changeRecords(const QList<qint64> &creatorIds, const RecordChange &change, const QString &reason,
                         const QString &by) const;
    // A consent given again: the attribute's consent is dated `givenOn` and runs to `expiresOn` (invalid: no expiry).
    Status renewConsent(qint64 creatorId, const QString &attribute, const QDate &givenOn, const QDate &expiresOn,
                        const QString &evidence, const QString &by) const;

private:
    const ProjectFile &m_project;
};

} // namespace candor
