// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Error.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>
#include <QVariantList>
#include <optional>

class QSqlError;

namespace candor::sql {

// The SQLite library Candor runs on ("3.40.1"), for Help › About.
QString sqliteVersion();

// What kind of failure a driver error is (locked, read-only, corrupt, a constraint another writer hit first).
ErrorKind kindOf(const QSqlError &error);
ErrorKind kindOf(int sqliteCode);

// How long a statement waits for another connection's lock before it gives up (SQLite's busy timeout):
// 10 seconds, or the milliseconds in the environment variable CANDOR_BUSY_TIMEOUT_MS (tests use a short one).
int busyTimeoutMs();

// The error for a failed statement: `what` failed, with the driver's text as detail; a busy file gets a
// sentence that says so instead.
Error databaseError(const QString &file, const QString &what, const QSqlError &error);
Error databaseError(const QString &file, const QString &what, ErrorKind kind, const QString &driverText);

// Prepares `statement`, binds `values` positionally and executes it. The error names `file` and carries
// the QSqlError text, so every caller reports failures the same way.
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &file, const QString &statement,
                      const QVariantList &values = {});

template <typename T> QVariant nullable(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

inline QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// A result's columns by name: a reader names the column it reads, so a reordered SELECT cannot shift its
// values. Look the names up before the loop over the rows (an index is an int), not per row.
class Columns
{
public:
    explicit Columns(const QSqlQuery &query);
    // A name the SELECT does not have is a programming error. Each name is looked up once: later calls with
    // the same literal find it by its address.
    int operator[](const char *name) const;

private:
    QSqlRecord m_record;
    mutable QHash<const char *, int> m_found;
};

// Walks a query ordered by account id alongside a walk over the accounts (a merge join): the rows of one
// account at a time, so that a million accounts never sit in one hash.
class AccountCursor
{
public:
    AccountCursor(QSqlQuery query, const char *accountColumn);
    // Calls `row` with the query on each row of `accountId`; rows of smaller ids are skipped. Account ids
    // must come in ascending order.
    template <typename F> void rowsOf(qint64 accountId, F &&row)
    {
        while (m_valid) {
            const qint64 id = m_query.value(m_column).toLongLong();
            if (id > accountId)
                return;
            if (id == accountId)
                row(m_query);
            m_valid = m_query.next();
        }
    }

private:
    QSqlQuery m_query;
    int m_column;
    bool m_valid;
};

// " IN (?, ?, …)" for `count` values, for statements over a chunk of ids.
QString inPlaceholders(qsizetype count);

template <typename T> std::optional<T> optionalValue(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.value<T>();
}

} // namespace candor::sql

namespace candor::sql {

// Binds `values` positionally to an already prepared `query` and executes it: for statements
// prepared once and run per row.
Status exec(QSqlQuery &query, const QString &file, const QVariantList &values);

Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &file, const QString &statement);

} // namespace candor::sql
