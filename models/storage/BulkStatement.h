// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace candor::sql {

// The connection under a QSqlDatabase, or null when the driver does not expose one.
sqlite3 *rawHandle(const QSqlDatabase &db);

// A statement run many times in a bulk write (an import's rows), bound and stepped through SQLite's own
// interface. QSqlQuery copies every value into a QVariant and builds a QSqlRecord on every run, which made up
// half of an import's time; here a value goes from the row straight to SQLite. The caller holds the
// transaction; the statement must end before its connection closes.
class BulkStatement
{
public:
    static Result<BulkStatement> prepare(const QSqlDatabase &db, const QString &file, const char *statement);
    BulkStatement(BulkStatement &&other) noexcept;
    BulkStatement &operator=(BulkStatement &&other) noexcept;
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;
    ~BulkStatement();

    // Parameters are numbered from 1, as in SQLite. Text is copied; a null QString binds '' (NULL only
    // through bindNull or an empty optional), as sql::exec does.
    BulkStatement &bind(int parameter, qint64 value);
    BulkStatement &bind(int parameter, double value);
    BulkStatement &bind(int parameter, const QString &text);
    BulkStatement &bind(int parameter, const QByteArray &utf8);
    BulkStatement &bindNull(int parameter);
    template <typename T> BulkStatement &bind(int parameter, const std::optional<T> &value)
    {
        return value ? bind(parameter, *value) : bindNull(parameter);
    }

    // Runs a statement that returns no rows, and makes it ready for the next values.
    Status run();
    // Steps a query: true while there is a row to read with column…(); reset() when done with it.
    Result<bool> next();
    void reset();
    qint64 columnInt64(int column) const;
    QByteArray columnUtf8(int column) const;

    qint64 lastInsertRowId() const;

private:
    BulkStatement(sqlite3 *db, sqlite3_stmt *statement, const QString &file);
    Error error(int code) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_file;
};

// SQLite's page cache for one bulk write, restored afterwards. An import of a million rows inserts handles
// into the (platform, handle) index in no particular order; with the default 2 MiB cache every insert after
// the first few thousand evicts a page, and in a rollback-journal transaction an evicted dirty page is
// written to the journal and the file before the commit. A cache that holds the index keeps those writes to
// the commit. The journal mode and the fsyncs at commit stay as they are, so a kill at any moment still
// leaves the project as it was or with the whole import (scripts/kill-test.sh).
class ScopedPageCache
{
public:
    static constexpr int kBulkCacheKiB = 64 * 1024;
    ScopedPageCache(const QSqlDatabase &db, int kibibytes = kBulkCacheKiB);
    ~ScopedPageCache();
    ScopedPageCache(const ScopedPageCache &) = delete;
    ScopedPageCache &operator=(const ScopedPageCache &) = delete;

private:
    sqlite3 *m_db = nullptr;
    QByteArray m_previous;
};

} // namespace candor::sql
