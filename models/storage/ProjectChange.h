// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectFile.h"
#include "Transaction.h"
#include "core/Error.h"

#include <QSqlQuery>
#include <QVariantList>
#include <optional>

namespace candor {

// One change to a project: refuses a read-only file, then holds a Transaction (a savepoint when nested) and
// runs statements against the project, naming it in every error. Nothing is written unless commit() succeeds.
class ProjectChange
{
public:
    // Whether a change can alter the candidates' data that scoring reads (creators, accounts, figures,
    // categories, audiences, fees). Such a change moves the project's data generation, which retires every
    // stored scored pool. Campaigns, models and benchmarks are part of each pool's key themselves, so changing
    // one campaign keeps the other campaigns' pools; decisions, notes and consented attributes never reach
    // scores. When in doubt, a change counts as candidate data: a pool scored again costs time, a stale one
    // would lie.
    enum class Reach
    {
        CandidateData,
        Other
    };

    explicit ProjectChange(const ProjectFile &project, Reach reach = Reach::CandidateData);

    bool isActive() const { return m_transaction && m_transaction->isActive(); }
    const Error &error() const { return m_transaction ? m_transaction->error() : m_refused; }

    Result<QSqlQuery> run(const char *statement, const QVariantList &values = {}) const;
    Result<QSqlQuery> prepare(const char *statement) const;
    Status commit();

    // A change of one statement: an INSERT returning the new row's id, or any other statement.
    static Result<qint64> insertOne(const ProjectFile &project, const char *statement, const QVariantList &values,
                                    Reach reach = Reach::CandidateData);
    static Status runOne(const ProjectFile &project, const char *statement, const QVariantList &values,
                         Reach reach = Reach::CandidateData);

private:
    const ProjectFile &m_project;
    Reach m_reach;
    Error m_refused;
    std::optional<Transaction> m_transaction;
};

} // namespace candor
