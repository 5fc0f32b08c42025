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
    explicit ProjectChange(const ProjectFile &project);

    bool isActive() const { return m_transaction && m_transaction->isActive(); }
    const Error &error() const { return m_transaction ? m_transaction->error() : m_refused; }

    Result<QSqlQuery> run(const char *statement, const QVariantList &values = {}) const;
    Result<QSqlQuery> prepare(const char *statement) const;
    Status commit() { return m_transaction->commit(); }

    // A change of one statement: an INSERT returning the new row's id, or any other statement.
    static Result<qint64> insertOne(const ProjectFile &project, const char *statement, const QVariantList &values);
    static Status runOne(const ProjectFile &project, const char *statement, const QVariantList &values);

private:
    const ProjectFile &m_project;
    Error m_refused;
    std::optional<Transaction> m_transaction;
};

} // namespace candor
