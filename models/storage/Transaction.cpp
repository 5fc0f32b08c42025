// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Transaction.h"

#include "SqlSupport.h"

#include <QHash>

namespace candor {
namespace {

// Open transactions per connection on this thread (connections are used by one thread only).
int &depthOf(const QSqlDatabase &db)
{
    thread_local QHash<QString, int> depths;
    return depths[db.connectionName()];
}

} // namespace

Transaction::Transaction(QSqlDatabase db, QString file) : m_db(std::move(db)), m_file(std::move(file))
{
    int &depth = depthOf(m_db);
    // The outermost level takes the write lock at once (IMMEDIATE), so a busy file fails here and not
    // halfway through the change; inner levels are savepoints that commit or roll back with it.
    m_savepoint = depth == 0 ? QString() : QStringLiteral("candor_%1").arg(depth);
    auto begun = sql::run(m_db, m_file,
                          m_savepoint.isEmpty() ? QStringLiteral("BEGIN IMMEDIATE")
                                                : QStringLiteral("SAVEPOINT ") + m_savepoint);
    m_active = begun.ok();
    if (m_active)
        ++depth;
    else
        m_error = begun.error();
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    // A destructor cannot hand an error back: a failed rollback is logged (SQLite then rolls the transaction
    // back itself when the connection closes; nothing half-done is ever committed).
    const QStringList statements = m_savepoint.isEmpty()
                                       ? QStringList{QStringLiteral("ROLLBACK")}
                                       : QStringList{QStringLiteral("ROLLBACK TO ") + m_savepoint,
                                                     QStringLiteral("RELEASE ") + m_savepoint};
    for (const QString &statement : statements) {
        if (auto done = sql::run(m_db, m_file, statement); !done)
            qWarning("%s", qPrintable(done.error().toString()));
    }
    --depthOf(m_db);
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error;
    auto committed =
        sql::run(m_db, m_file,
                 m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint);
    if (!committed)
        return committed.error(); // the destructor rolls back
    m_active = false;
    --depthOf(m_db);
    return success();
}

} // namespace candor
