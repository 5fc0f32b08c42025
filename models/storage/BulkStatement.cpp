// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BulkStatement.h"

#include "SqlSupport.h"
#include "core/TextContexts.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>
#include <utility>

namespace candor::sql {

sqlite3 *rawHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

BulkStatement::BulkStatement(sqlite3 *db, sqlite3_stmt *statement, const QString &file)
    : m_db(db), m_statement(statement), m_file(file)
{
}

Result<BulkStatement> BulkStatement::prepare(const QSqlDatabase &db, const QString &file, const char *statement)
{
    sqlite3 *handle = rawHandle(db);
    if (!handle)
        return Error{file, StorageText::tr("the Qt SQLite driver did not expose its connection"), {}};
    sqlite3_stmt *prepared = nullptr;
    const int code = sqlite3_prepare_v3(handle, statement, -1, SQLITE_PREPARE_PERSISTENT, &prepared, nullptr);
    if (code != SQLITE_OK) {
        sqlite3_finalize(prepared);
        return databaseError(file, StorageText::tr("could not prepare a database statement"), kindOf(code),
                             QString::fromUtf8(sqlite3_errmsg(handle)));
    }
    return BulkStatement(handle, prepared, file);
}

BulkStatement::BulkStatement(BulkStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_statement(std::exchange(other.m_statement, nullptr)),
      m_file(std::move(other.m_file))
{
}

BulkStatement &BulkStatement::operator=(BulkStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_db = std::exchange(other.m_db, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_file = std::move(other.m_file);
    }
    return *this;
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_statement);
}

BulkStatement &BulkStatement::bind(int parameter, qint64 value)
{
    sqlite3_bind_int64(m_statement, parameter, value);
    return *this;
}

BulkStatement &BulkStatement::bind(int parameter, double value)
{
    sqlite3_bind_double(m_statement, parameter, value);
    return *this;
}

BulkStatement &BulkStatement::bind(int parameter, const QString &text)
{
    // A null QString's utf16() is still a valid empty string, so it binds '' like sql::exec does.
    sqlite3_bind_text16(m_statement, parameter, text.utf16(), static_cast<int>(text.size() * 2), SQLITE_TRANSIENT);
    return *this;
}

BulkStatement &BulkStatement::bind(int parameter, const QByteArray &utf8)
{
    sqlite3_bind_text(m_statement, parameter, utf8.isNull() ? "" : utf8.constData(), static_cast<int>(utf8.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

BulkStatement &BulkStatement::bindNull(int parameter)
{
    sqlite3_bind_null(m_statement, parameter);
    return *this;
}

Error BulkStatement::error(int code) const
{
    return databaseError(m_file, StorageText::tr("a database statement failed"), kindOf(code),
                         QString::fromUtf8(sqlite3_errmsg(m_db)));
}

Status BulkStatement::run()
{
    const int code = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (code != SQLITE_DONE && code != SQLITE_ROW)
        return error(code);
    return success();
}

Result<bool> BulkStatement::next()
{
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code == SQLITE_DONE)
        return false;
    const Error failed = error(code);
    sqlite3_reset(m_statement);
    return failed;
}

void BulkStatement::reset()
{
    sqlite3_reset(m_statement);
}

qint64 BulkStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArray BulkStatement::columnUtf8(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArray(text, sqlite3_column_bytes(m_statement, column));
}

qint64 BulkStatement::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

namespace {

QByteArray pragmaValue(sqlite3 *db, const char *pragma)
{
    sqlite3_stmt *statement = nullptr;
    QByteArray value;
    if (sqlite3_prepare_v2(db, pragma, -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW)
        value = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    return value;
}

} // namespace

ScopedPageCache::ScopedPageCache(const QSqlDatabase &db, int kibibytes) : m_db(rawHandle(db))
{
    if (!m_db)
        return;
    m_previous = pragmaValue(m_db, "PRAGMA cache_size");
    // A failure only costs speed: the write goes on with the cache it had.
    sqlite3_exec(m_db, QByteArray("PRAGMA cache_size = -" + QByteArray::number(kibibytes)).constData(), nullptr,
                 nullptr, nullptr);
}

ScopedPageCache::~ScopedPageCache()
{
    if (m_db && !m_previous.isEmpty())
        sqlite3_exec(m_db, QByteArray("PRAGMA cache_size = " + m_previous).constData(), nullptr, nullptr, nullptr);
}

} // namespace candor::sql
