// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProjectFile.h"

#include "BulkStatement.h"
#include "Schema.h"
#include "SqlSupport.h"
#include "core/TextContexts.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QStorageInfo>
#include <QTemporaryFile>
#include <sqlite3.h>

namespace candor {
namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("candor-project-%1").arg(counter.fetchAndAddRelaxed(1));
}

// name -> CREATE statement of every view and trigger that the migrations create, built once in memory.
QHash<QString, QString> referenceExecutableObjects()
{
    static const QHash<QString, QString> reference = [] {
        QHash<QString, QString> objects;
        const QString name = nextConnectionName();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QStringLiteral(":memory:"));
            if (db.open() && schema::migrate(db, QStringLiteral(":memory:"), 0, schema::currentVersion())) {
                auto rows = sql::run(db, {},
                                     QStringLiteral("SELECT name, sql FROM sqlite_schema"
                                                    " WHERE type IN ('view', 'trigger')"));
                while (rows && rows->next())
                    objects.insert(rows->value(0).toString(), rows->value(1).toString());
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return objects;
    }();
    return reference;
}

} // namespace

ProjectFile::ProjectFile(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

ProjectFile::~ProjectFile()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString ProjectFile::fileName() const
{
    return QFileInfo(m_path).fileName();
}

QSqlDatabase ProjectFile::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status ProjectFile::ensureWritable() const
{
    if (isReadOnly())
        return Error{m_path,
                     StorageText::tr("the project is open read-only: %1").arg(m_readOnlyReason),
                     {},
                     ErrorKind::ReadOnly};
    if (auto intact = verifyIntegrity(); !intact) {
        if (intact.error().kind != ErrorKind::Corrupt)
            return intact; // busy, say: nothing is known yet
        return Error{
            m_path,
            StorageText::tr("is damaged (%1), so Candor does not change it; restore it from a backup")
                .arg(intact.error().message),
            intact.error().detail, ErrorKind::Corrupt};
    }
    return success();
}

Status ProjectFile::verifyIntegrity() const
{
    if (m_integrity)
        return *m_integrity;
    Status result = checkIntegrity();
    // A check that could not run (the file was busy) tells nothing and is tried again.
    if (result || result.error().kind == ErrorKind::Corrupt)
        m_integrity = result;
    return result;
}

void ProjectFile::takeIntegrityResult(const Status &result) const
{
    m_integrity = result;
}

Result<std::unique_ptr<ProjectFile>> ProjectFile::connect(const QString &path, bool readOnly)
{
    std::unique_ptr<ProjectFile> project(new ProjectFile(path, nextConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), project->m_connectionName);
    db.setDatabaseName(path);
    const QString timeout = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(sql::busyTimeoutMs());
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;") + timeout : timeout);
    if (!db.open())
        return Error{path, StorageText::tr("cannot open the file"), db.lastError().text()};
    if (auto hardened = project->hardenConnection(); !hardened)
        return hardened.error();
    return project;
}

Status ProjectFile::hardenConnection() const
{
    const QSqlDatabase db = database();
    sqlite3 *handle = sql::rawHandle(db);
    if (!handle)
        return Error{m_path, StorageText::tr("the Qt SQLite driver did not expose its connection"), {}};
    // DEFENSIVE forbids writes that corrupt a file (writable_schema, raw page writes); an untrusted schema
    // keeps functions with side effects out of any view or trigger the file might carry.
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    for (const char *pragma : {"PRAGMA trusted_schema = OFF", "PRAGMA foreign_keys = ON"}) {
        if (auto done = sql::run(db, m_path, QString::fromLatin1(pragma)); !done)
            return done.error();
    }
    return success();
}

Result<std::unique_ptr<ProjectFile>> ProjectFile::create(const QString &path, const Filler &fill)
{
    const QFileInfo target(path);
    if (target.exists())
        return Error{path, StorageText::tr("a file with this name already exists; choose another name"), {}};
    // A name of our own beside the target: the same file system, so that the rename is atomic.
    QString partial;
    {
        QTemporaryFile reserved(target.absoluteDir().filePath(QStringLiteral(".%1-XXXXXX.partial").arg(target.fileName())));
        reserved.setAutoRemove(false);
        if (!reserved.open())
            return Error{path,
                         StorageText::tr("cannot create a file in this folder (check that it exists and that "
                                         "you may write to it)"),
                         reserved.errorString()};
        partial = reserved.fileName();
    }
    const auto fail = [&partial](const Error &error) -> Result<std::unique_ptr<ProjectFile>> {
        for (const QString &suffix : {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(partial + suffix);
        return error;
    };
    {
        auto project = connect(partial, false);
        if (!project)
            return fail(project.error());
        (*project)->m_path = path; // errors name the file the user asked for
        const QSqlDatabase db = (*project)->database();
        if (auto migrated = schema::migrate(db, path, 0, schema::currentVersion()); !migrated)
            return fail(migrated.error());
        (*project)->m_schemaVersion = schema::currentVersion();
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        auto named = sql::run(db, path,
                              QStringLiteral("INSERT INTO project_settings(key, value) VALUES"
                                             " ('name', ?), ('created_at', ?), ('created_by_version', ?)"),
                              {target.completeBaseName(), now, QStringLiteral(CANDOR_VERSION)});
        if (!named)
            return fail(named.error());
        if (fill) {
            if (auto filled = fill(**project); !filled)
                return fail(filled.error());
        }
    } // closed: everything is in the file, no journal is left
    // QFile::rename never replaces a file another process made at `path` meanwhile.
    if (QFile renamed(partial); !renamed.rename(path))
        return fail(
            Error{path, StorageText::tr("the new project could not be put in place"), renamed.errorString()});
    return open(path);
}

Result<std::unique_ptr<ProjectFile>> ProjectFile::open(const QString &path, Checks checks)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{path, StorageText::tr("the file does not exist"), {}};
    if (!info.isFile() || !info.isReadable())
        return Error{path, StorageText::tr("the file cannot be read (check its permissions)"), {}};
    const bool writable = info.isWritable();

    auto project = connect(path, !writable);
    if (!project)
        return project.error();

    const QSqlDatabase db = (*project)->database();
    auto header = sql::run(db, path, QStringLiteral("PRAGMA application_id"));
    if (!header && header.error().kind == ErrorKind::Locked)
        return header.error(); // busy, not foreign
    if (header && !header->next() && sql::kindOf(header->lastError()) == ErrorKind::Locked)
        return sql::databaseError(path, {}, header->lastError());
    if (!header || !header->isValid())
        return Error{path, StorageText::tr("is not a Candor project (not an SQLite database)"),
                     header ? QString() : header.error().detail, ErrorKind::Corrupt};
    const qint32 applicationId = header->value(0).toInt();
    header->finish(); // an open statement would keep a migration from dropping the tables it rebuilds
    if (applicationId != schema::kApplicationId)
        return Error{path,
                     StorageText::tr("is not a Candor project (application id 0x%1, Candor files carry 0x%2)")
                         .arg(static_cast<quint32>(applicationId), 8, 16, QLatin1Char('0'))
                         .arg(static_cast<quint32>(schema::kApplicationId), 8, 16, QLatin1Char('0')),
                     {},
                     ErrorKind::Corrupt};

    auto versionQuery = sql::run(db, path, QStringLiteral("PRAGMA user_version"));
    if (!versionQuery || !versionQuery->next())
        return Error{path, StorageText::tr("cannot read the schema version"), {}};
    const int version = versionQuery->value(0).toInt();
    versionQuery->finish();

    if (version > schema::currentVersion()) {
        // Reopen read-only: this build must not write to a schema it does not understand.
        project->reset();
        project = connect(path, true);
        if (!project)
            return project.error();
        (*project)->m_readOnlyReason =
            StorageText::tr("it was saved by a newer Candor (schema version %1; this "
                            "version understands up to %2)")
                .arg(version)
                .arg(schema::currentVersion());
    } else if (!writable) {
        (*project)->m_readOnlyReason = StorageText::tr("you do not have permission to change the file");
    }
    (*project)->m_schemaVersion = version;

    if (checks == Checks::AtOpen && info.size() < kQuickCheckAtOpenBelow) {
        if (auto checked = (*project)->quickCheck(); !checked)
            return checked.error();
    }
    if (auto clean = (*project)->checkForeignExecutableObjects(); !clean)
        return clean.error();

    if (version < schema::currentVersion() && !(*project)->isReadOnly()) {
        if (auto migrated = schema::migrate((*project)->database(), path, version, schema::currentVersion());
            !migrated)
            return migrated.error();
        (*project)->m_schemaVersion = schema::currentVersion();
    }
    if (auto shaped = (*project)->checkSchema(); !shaped)
        return shaped.error();
    return project;
}

Status ProjectFile::checkSchema() const
{
    // A file from a newer Candor may hold more; every file must hold what this version knows of.
    auto expected = schema::expectedShape(std::min(m_schemaVersion, schema::currentVersion()));
    if (!expected)
        return expected.error();
    auto actual = schema::shapeOf(database(), m_path);
    if (!actual)
        return actual.error();
    const auto damaged = [this](const QString &what) {
        return Error{m_path,
                     StorageText::tr("is damaged: %1; restore it from a backup").arg(what),
                     {},
                     ErrorKind::Corrupt};
    };
    for (auto table = expected->tables.cbegin(); table != expected->tables.cend(); ++table) {
        const auto found = actual->tables.constFind(table.key());
        if (found == actual->tables.cend())
            return damaged(StorageText::tr("the table %1 is missing").arg(table.key()));
        for (const QString &column : table.value()) {
            if (!found->contains(column))
                return damaged(StorageText::tr("the column %1.%2 is missing").arg(table.key(), column));
        }
    }
    for (const QString &index : std::as_const(expected->indexes)) {
        if (!actual->indexes.contains(index))
            return damaged(StorageText::tr("the index %1 is missing").arg(index));
    }
    return success();
}

Status ProjectFile::quickCheck() const
{
    auto check = sql::run(database(), m_path, QStringLiteral("PRAGMA quick_check"));
    if (!check)
        return Error{m_path, StorageText::tr("is damaged and cannot be read; restore it from a backup"),
                     check.error().detail, ErrorKind::Corrupt};
    QStringList problems;
    while (check->next())
        problems << check->value(0).toString();
    if (problems != QStringList{QStringLiteral("ok")})
        return Error{m_path,
                     StorageText::tr("is damaged (the integrity check failed); restore it from a backup"),
                     problems.mid(0, 5).join(QStringLiteral("; ")), ErrorKind::Corrupt};
    return success();
}

Result<qint64> ProjectFile::changesByOthers() const
{
    auto version = sql::run(database(), m_path, QStringLiteral("PRAGMA data_version"));
    if (!version)
        return version.error();
    if (!version->next())
        return Error{m_path, StorageText::tr("cannot read the data version"), {}};
    return version->value(0).toLongLong();
}

QString ProjectFile::networkShareWarning() const
{
    // File systems whose locks SQLite cannot rely on: network file systems and user-space ones that reach
    // across the network.
    static const QStringList kNetwork = {QStringLiteral("nfs"),  QStringLiteral("nfs4"),  QStringLiteral("cifs"),
                                         QStringLiteral("smb3"), QStringLiteral("smbfs"), QStringLiteral("9p"),
                                         QStringLiteral("afs"),  QStringLiteral("ceph"),  QStringLiteral("fuse.sshfs"),
                                         QStringLiteral("fuse.rclone"), QStringLiteral("davfs")};
    const QString type = QString::fromLatin1(QStorageInfo(m_path).fileSystemType()).toLower();
    if (!kNetwork.contains(type))
        return {};
    return StorageText::tr(
               "This project is on a network share (%1). SQLite cannot lock files reliably there: "
               "if two people or computers work on it at once, the file can be damaged. Copy it to this "
               "computer to work on it, and back when done.")
        .arg(type);
}

Status ProjectFile::checkIntegrity() const
{
    auto check = sql::run(database(), m_path, QStringLiteral("PRAGMA integrity_check"));
    if (!check)
        return check.error();
    QStringList problems;
    while (check->next())
        problems << check->value(0).toString();
    if (problems != QStringList{QStringLiteral("ok")})
        return Error{m_path, StorageText::tr("failed the integrity check"),
                     problems.join(QStringLiteral("; ")), ErrorKind::Corrupt};
    auto foreignKeys = sql::run(database(), m_path, QStringLiteral("PRAGMA foreign_key_check"));
    if (!foreignKeys)
        return foreignKeys.error();
    if (foreignKeys->next())
        return Error{m_path, StorageText::tr("has rows that point to missing rows"),
                     StorageText::tr("table %1").arg(foreignKeys->value(0).toString()), ErrorKind::Corrupt};
    return success();
}

Status ProjectFile::checkForeignExecutableObjects() const
{
    // Reading sqlite_schema only parses definitions; nothing runs until a view is queried or a trigger fires,
    // which is why this check comes before any query on Candor's own tables.
    auto objects = sql::run(database(), m_path,
                            QStringLiteral("SELECT type, name, sql FROM sqlite_schema"
                                           " WHERE type IN ('view', 'trigger') ORDER BY name"));
    if (!objects)
        return objects.error();
    const QHash<QString, QString> reference = referenceExecutableObjects();
    const QStringList known = schema::executableObjectNames(m_schemaVersion);
    while (objects->next()) {
        const QString type = objects->value(0).toString();
        const QString name = objects->value(1).toString();
        const bool ours = known.contains(name) && reference.value(name) == objects->value(2).toString();
        // A newer schema may add views or triggers we do not know; read-only access never fires or reads
        // them.
        const bool fromNewerCandor = m_schemaVersion > schema::currentVersion() && !reference.contains(name);
        if (!ours && !fromNewerCandor)
            return Error{
                m_path,
                StorageText::tr("contains a %1 named \"%2\" that Candor did not create; it was not opened "
                                "so that nothing in it could run")
                    .arg(type, name),
                {}};
    }
    return success();
}

Status ProjectFile::checkOwnExecutableObjects() const
{
    auto objects = sql::run(database(), m_path,
                            QStringLiteral("SELECT name FROM sqlite_schema WHERE type IN ('view', 'trigger')"));
    if (!objects)
        return objects.error();
    QStringList present;
    while (objects->next())
        present << objects->value(0).toString();
    for (const QString &name : schema::executableObjectNames(m_schemaVersion)) {
        if (!present.contains(name))
            return Error{
                m_path,
                StorageText::tr("lacks \"%1\", which Candor made: it was removed outside Candor").arg(name),
                {},
                ErrorKind::Corrupt};
    }
    return success();
}

Status ProjectFile::saveCopyAs(const QString &target) const
{
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    // A project holds personal data: the copy is readable by its owner only from its first byte (VACUUM INTO
    // writes into an empty file that already exists).
    {
        QFile empty(partial);
        if (!empty.open(QIODevice::WriteOnly) ||
            !empty.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Error{target, StorageText::tr("cannot create the copy"), empty.errorString()};
    }
    if (auto copied = sql::run(database(), m_path, QStringLiteral("VACUUM INTO ?"), {partial}); !copied) {
        QFile::remove(partial);
        Error error = copied.error();
        error.message = StorageText::tr("could not save a copy to %1").arg(target);
        return error;
    }
    if (QFileInfo::exists(target) && !QFile::remove(target)) {
        QFile::remove(partial);
        return Error{target, StorageText::tr("cannot replace the existing file"), {}};
    }
    if (!QFile::rename(partial, target))
        return Error{target, StorageText::tr("cannot move the finished copy into place"), partial};
    return success();
}

} // namespace candor
