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
    // Whether a change can alter what scoring reads (accounts, figures, audiences, fees, campaigns, models,
    // benchmarks). Such a change moves the project's data generation, which retires every stored scored
    // pool; decisions, notes and consented attributes leave scores alone and keep the pools. When in doubt,
    // a change counts as reaching the scoring inputs: a pool scored again costs time, a stale one would lie.
    enum class Reach
    {
        ScoringInputs,
        OutsideScoring
    };

    explicit ProjectChange(const ProjectFile &project, Reach reach = Reach::ScoringInputs);

    bool isActive() const { return m_transaction && m_transaction->isActive(); }
    const Error &error() const { return m_transaction ? m_transaction->error() : m_refused; }

    Result<QSqlQuery> run(const char *statement, const QVariantList &values = {}) const;
    Result<QSqlQuery> prepare(const char *statement) const;
    Status commit();

    // A change of one statement: an INSERT returning the new row's id, or any other statement.
    static Result<qint64> insertOne(const ProjectFile &project, const char *statement, const QVariantList &values,
                                    Reach reach = Reach::ScoringInputs);
    static Status runOne(const ProjectFile &project, const char *statement, const QVariantList &values,
                         Reach reach = Reach::ScoringInputs);

private:
    const ProjectFile &m_project;
    Reach m_reach;
    Error m_refused;
    std::optional<Transaction> m_transaction;
};

} // namespace candor
