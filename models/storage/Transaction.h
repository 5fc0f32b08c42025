// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Error.h"

#include <QSqlDatabase>

namespace candor {

// Scoped write transaction: BEGIN IMMEDIATE on construction, ROLLBACK in the destructor unless commit()
// succeeded. An early return or an exception therefore never leaves half a change in the project file.
// Nested inside another Transaction on the same connection it becomes a savepoint, so a unit of work can
// be used on its own or as part of a larger one.
class Transaction
{
public:
    Transaction(QSqlDatabase db, QString file);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when BEGIN failed (locked or read-only file); error() then says why.
    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }

    Status commit();

private:
    QSqlDatabase m_db;
    QString m_file;
    QString m_savepoint; // empty for the outermost level
    bool m_active = false;
    Error m_error;
};

} // namespace candor
