// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SqlSupport.h"

#include "core/TextContexts.h"

#include <QLocale>
#include <QSqlError>
#include <sqlite3.h>

namespace candor::sql {

QString sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

ErrorKind kindOf(int sqliteCode)
{
    // SQLite's result codes, primary (the low byte of an extended code): https://sqlite.org/rescode.html
    switch (sqliteCode & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return ErrorKind::Locked;
    case 8: // SQLITE_READONLY
        return ErrorKind::ReadOnly;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return ErrorKind::Corrupt;
    case 19: // SQLITE_CONSTRAINT: a row someone else wrote first, where the schema allows only one
        return ErrorKind::Conflict;
    default:
        return ErrorKind::General;
    }
}

ErrorKind kindOf(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? kindOf(code) : ErrorKind::General;
}

Columns::Columns(const QSqlQuery &query) : m_record(query.record()) {}

int Columns::operator[](const char *name) const
{
    if (const auto found = m_found.constFind(name); found != m_found.cend())
        return *found;
    const int index = m_record.indexOf(QLatin1String(name));
    Q_ASSERT_X(index >= 0, "sql::Columns", name);
    m_found.insert(name, index);
    return index;
}

int busyTimeoutMs()
{
    static const int timeout = [] {
        bool ok = false;
        const int fromEnvironment = qEnvironmentVariableIntValue("CANDOR_BUSY_TIMEOUT_MS", &ok);
        return ok && fromEnvironment >= 0 ? fromEnvironment : 10000;
    }();
    return timeout;
}

Error databaseError(const QString &file, const QString &what, const QSqlError &error)
{
    return databaseError(file, what, kindOf(error), error.text());
}

Error databaseError(const QString &file, const QString &what, ErrorKind kind, const QString &driverText)
{
    // The driver's "database is locked … Unable to fetch row" means nothing to a brand manager.
    if (kind == ErrorKind::Locked)
        return Error{file,
                     StorageText::tr(
                         "is busy: another Candor window or program is writing to it, and it stayed busy for "
                         "%1 seconds. Try again when that has finished.")
                         .arg(QLocale().toString(busyTimeoutMs() / 1000.0, 'g', 3)),
                     driverText, kind};
    return Error{file, what, driverText, kind};
}

Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &file, const QString &statement)
{
    QSqlQuery query(db);
    // Every reader walks its rows once, front to back: forward-only saves the driver keeping each row for a
    // possible seek back, which for a 100,000-creator project is a large part of opening it.
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return databaseError(file, StorageText::tr("could not prepare a database statement"),
                             query.lastError());
    return query;
}

Status exec(QSqlQuery &query, const QString &file, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // Qt binds a null QString as SQL NULL; text that is merely empty must stay ''. Intentional NULLs come
        // from nullable()/nullableText() as an invalid QVariant.
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.bindValue(static_cast<int>(i), nullText ? QVariant(QString(QLatin1String(""))) : value);
    }
    if (!query.exec())
        return databaseError(file, StorageText::tr("a database statement failed"), query.lastError());
    return success();
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &file, const QString &statement,
                      const QVariantList &values)
{
    auto query = prepare(db, file, statement);
    if (!query)
        return query;
    if (auto done = exec(*query, file, values); !done)
        return done.error();
    return query;
}

AccountCursor::AccountCursor(QSqlQuery query, const char *accountColumn)
    : m_query(std::move(query)), m_column(m_query.record().indexOf(QLatin1String(accountColumn)))
{
    Q_ASSERT(m_column >= 0);
    m_valid = m_query.next();
}

QString inPlaceholders(qsizetype count)
{
    QString text = QStringLiteral(" IN (");
    for (qsizetype i = 0; i < count; ++i)
        text += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return text + QLatin1Char(')');
}

} // namespace candor::sql
