#include "Transaction.h"

#include "SqlSupport.h"

namespace candor {

Transaction::Transaction(QSqlDatabase db, QString file) : m_db(std::move(db)), m_file(std::move(file))
{
    // IMMEDIATE takes the write lock now, so a busy file fails here and not halfway through the change.
    auto begun = sql::run(m_db, m_file, QStringLiteral("BEGIN IMMEDIATE"));
    m_active = begun.ok();
    if (!m_active)
        m_error = begun.error();
}

Transaction::~Transaction()
{
    if (m_active)
        (void)sql::run(m_db, m_file, QStringLiteral("ROLLBACK"));
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error;
    auto committed = sql::run(m_db, m_file, QStringLiteral("COMMIT"));
    if (!committed)
        return committed.error(); // the destructor rolls back
    m_active = false;
    return success();
}

} // namespace candor
