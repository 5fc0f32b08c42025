// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestSupport.h"
#include "workbench/ProjectImport.h"
#include "demo/DemoProject.h"
#include "import/Importer.h"
#include "storage/ProjectChange.h"
#include "storage/ProjectFile.h"
#include "storage/ProjectStore.h"
#include "storage/Schema.h"
#include "storage/ShortlistStore.h"
#include "storage/SqlSupport.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

namespace {

// A plain connection that bypasses ProjectFile, to build files as other programs (or older Candors) would.
class RawConnection
{
public:
    explicit RawConnection(const QString &path) : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &statement) const { return sql::run(db(), {}, statement).ok(); }
    QVariant value(const QString &statement) const
    {
        auto q = sql::run(db(), {}, statement);
        return q && q->next() ? q->value(0) : QVariant();
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

int scalar(const ProjectFile &project, const QString &statement)
{
    auto q = sql::run(project.database(), project.path(), statement);
    return q && q->next() ? q->value(0).toInt() : -1;
}

} // namespace

class TestProjectFile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void busyProjectSaysSo();
    void createSetsIdentity();
    void createRefusesToOverwrite();
    void openRefusesForeignApplicationId();
    void openRefusesNonDatabase();
    void openRefusesMissingFile();
    void newerSchemaOpensReadOnly();
    void migratesFromEveryOlderVersion_data();
    void migratesFromEveryOlderVersion();
    void failedMigrationLeavesOlderVersion();
    void decisionsAreChainedAndNeverDuplicated();
    void refusesForeignTrigger();
    void refusesAlteredView();
    void reportsCorruptionInsteadOfCrashing();
    void missingTableIsNoticedAtOpen_data();
    void missingTableIsNoticedAtOpen();
    void damagedIndexRefusesWrites();
    void transactionRollsBackWithoutCommit();
    void injectedFailureMidImportLeavesFileUnchanged();
    void integrityAfterReopen();
    void saveCopyAs();
};

void TestProjectFile::createSetsIdentity()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("new.candor");
    {
        auto project = ProjectFile::create(path);
        QVERIFY_RESULT(project);
        QCOMPARE((*project)->schemaVersion(), schema::currentVersion());
        QVERIFY(!(*project)->isReadOnly());
    }
    RawConnection raw(path);
    QCOMPARE(raw.value("PRAGMA application_id").toInt(), 0x434E4452);
    QCOMPARE(raw.value("PRAGMA user_version").toInt(), schema::currentVersion());
    QCOMPARE(raw.value("SELECT value FROM project_settings WHERE key = 'name'").toString(), "new");
}

void TestProjectFile::createRefusesToOverwrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("taken.candor");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    auto project = ProjectFile::create(path);
    QVERIFY(!project);
    QCOMPARE(project.error().file, path);
    QVERIFY(project.error().message.contains("already exists"));
    QCOMPARE(fileHash(path), QCryptographicHash::hash("keep me", QCryptographicHash::Sha256));
}

void TestProjectFile::openRefusesForeignApplicationId()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("other.sqlite");
    {
        RawConnection raw(path);
        QVERIFY(raw.exec("PRAGMA application_id = 42"));
        QVERIFY(raw.exec("CREATE TABLE t(x)"));
    }
    auto project = ProjectFile::open(path);
    QVERIFY(!project);
    QCOMPARE(project.error().toString(),
             path + ": is not a Candor project (application id 0x0000002a, Candor files carry 0x434e4452)");
    QCOMPARE(project.error().kind, ErrorKind::Corrupt);
}

void TestProjectFile::openRefusesNonDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("notes.candor");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("handle,followers\nsomeone,12\n").repeated(200));
    file.close();
    auto project = ProjectFile::open(path);
    QVERIFY(!project);
    QCOMPARE(project.error().file, path);
    QVERIFY2(project.error().message.startsWith("is not a Candor project"),
             qPrintable(project.error().message));
    QCOMPARE(project.error().kind, ErrorKind::Corrupt);
}

void TestProjectFile::openRefusesMissingFile()
{
    auto project = ProjectFile::open("/nonexistent/dir/x.candor");
    QVERIFY(!project);
    QCOMPARE(project.error().toString(), "/nonexistent/dir/x.candor: the file does not exist");
}

void TestProjectFile::newerSchemaOpensReadOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("future.candor");
    QVERIFY(ProjectFile::create(path));
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(schema::currentVersion() + 1)));
        QVERIFY(raw.exec("CREATE TABLE added_by_the_future(x)"));
        QVERIFY(raw.exec("CREATE VIEW future_view AS SELECT x FROM added_by_the_future"));
    }
    const QByteArray before = fileHash(path);
    {
        auto project = ProjectFile::open(path);
        QVERIFY_RESULT(project);
        QVERIFY((*project)->isReadOnly());
        QVERIFY((*project)->readOnlyReason().contains("newer Candor"));
        QCOMPARE((*project)->schemaVersion(), schema::currentVersion() + 1);
        QVERIFY(ProjectStore(**project).summary()); // reading works
        auto import = importCreators(**project, CANDOR_TEST_DATA "/quirk_swapped_headers.csv", {});
        QVERIFY(!import);
        QVERIFY(import.error().message.contains("read-only"));
    }
    QCOMPARE(fileHash(path), before);
}

void TestProjectFile::migratesFromEveryOlderVersion_data()
{
    QTest::addColumn<int>("from");
    for (int v = 1; v < schema::currentVersion(); ++v)
        QTest::addRow("from version %d", v) << v;
}

void TestProjectFile::migratesFromEveryOlderVersion()
{
    QFETCH(int, from);
    QTemporaryDir dir;
    const QString path = dir.filePath("old.candor");
    {
        RawConnection raw(path);
        QVERIFY(schema::migrate(raw.db(), path, 0, from));
        // Data written by the older version must survive the upgrade.
        QVERIFY(raw.exec(
            "INSERT INTO creators(id, display_name, created_at) VALUES (1, 'Old Timer', '2020-01-01')"));
        QVERIFY(raw.exec(
            "INSERT INTO accounts(creator_id, platform, handle) VALUES (1, 'instagram', 'oldtimer')"));
        QCOMPARE(raw.value("PRAGMA user_version").toInt(), from);
    }
    {
        auto project = ProjectFile::open(path);
        QVERIFY_RESULT(project);
        QCOMPARE((*project)->schemaVersion(), schema::currentVersion());
        QCOMPARE(scalar(**project, "SELECT count(*) FROM accounts WHERE handle = 'oldtimer'"), 1);
        QVERIFY((*project)->checkIntegrity());
    }
    // The upgraded file has exactly the schema of a new one.
    const QString fresh = dir.filePath("fresh.candor");
    QVERIFY(ProjectFile::create(fresh));
    RawConnection upgraded(path);
    RawConnection created(fresh);
    const QString schemaQuery =
        "SELECT group_concat(type || ' ' || name || ' ' || coalesce(sql, ''), '\n') FROM"
        " (SELECT * FROM sqlite_schema ORDER BY name)";
    QCOMPARE(upgraded.value(schemaQuery).toString(), created.value(schemaQuery).toString());
    QCOMPARE(upgraded.value("PRAGMA user_version").toInt(), schema::currentVersion());
}

// Version 8 chains the decisions already made, oldest first, and from then on refuses a second decision that
// replaces the same one (two people deciding at once).
void TestProjectFile::decisionsAreChainedAndNeverDuplicated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("v7.candor");
    {
        RawConnection raw(path);
        QVERIFY(schema::migrate(raw.db(), path, 0, 7));
        QVERIFY(raw.exec("INSERT INTO creators(id, display_name, created_at) VALUES (1, 'A', '2020-01-01')"));
        QVERIFY(raw.exec("INSERT INTO accounts(id, creator_id, platform, handle) VALUES (1, 1, 'instagram', 'a')"));
        QVERIFY(raw.exec("INSERT INTO campaigns(id, name, created_at) VALUES (1, 'C', '2020-01-01')"));
        QVERIFY(raw.exec("INSERT INTO shortlists(id, campaign_id, name, created_at) VALUES (1, 1, 'S', '2020-01-01')"));
        for (const char *kind : {"shortlisted", "rejected", "shortlisted"})
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO shortlist_decisions(shortlist_id, account_id, decision, reason,"
                                            " decided_by, decided_at) VALUES (1, 1, '%1', 'why', 'x', '2020')")
                                 .arg(QLatin1String(kind))));
    }
    auto project = ProjectFile::open(path);
    QVERIFY_RESULT(project);
    RawConnection raw(path);
    QCOMPARE(raw.value("SELECT group_concat(replaces_id, ',') FROM (SELECT replaces_id FROM shortlist_decisions"
                       " ORDER BY id)")
                 .toString(),
             "0,1,2");
    // A second decision replacing decision 3 is refused by the schema.
    Decision d;
    d.accountId = 1;
    d.reason = "mine";
    d.decidedBy = "one";
    d.replacesId = 3;
    QVERIFY(ShortlistStore(**project).add(1, d));
    d.decidedBy = "two";
    auto second = ShortlistStore(**project).add(1, d);
    QVERIFY(!second);
    QCOMPARE(second.error().kind, ErrorKind::Conflict);
    QVERIFY(second.error().message.startsWith("someone else"));
}

void TestProjectFile::failedMigrationLeavesOlderVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("blocked.candor");
    {
        RawConnection raw(path);
        QVERIFY(schema::migrate(raw.db(), path, 0, 1));
        // A table in the way makes step 2 fail halfway through its statements.
        QVERIFY(raw.exec("CREATE TABLE campaigns(x)"));
    }
    auto project = ProjectFile::open(path);
    QVERIFY(!project);
    QVERIFY2(project.error().message.contains("could not upgrade the project to schema version 2"),
             qPrintable(project.error().toString()));
    RawConnection raw(path);
    QCOMPARE(raw.value("PRAGMA user_version").toInt(), 1);
    // Step 2 creates audience_shares before campaigns: its transaction must have taken that back.
    QCOMPARE(raw.value("SELECT count(*) FROM sqlite_schema WHERE name = 'audience_shares'").toInt(), 0);
}

void TestProjectFile::refusesForeignTrigger()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("trap.candor");
    QVERIFY(DemoProject::create(path));
    {
        RawConnection raw(path);
        QVERIFY(raw.exec("CREATE TRIGGER wipe AFTER INSERT ON creators BEGIN DELETE FROM accounts; END"));
    }
    auto project = ProjectFile::open(path);
    QVERIFY(!project);
    QCOMPARE(
        project.error().message,
        "contains a trigger named \"wipe\" that Candor did not create; it was not opened so that nothing in "
        "it could run");
}

void TestProjectFile::refusesAlteredView()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("view.candor");
    QVERIFY(ProjectFile::create(path));
    {
        RawConnection raw(path);
        QVERIFY(raw.exec("DROP VIEW current_snapshots"));
        QVERIFY(raw.exec("CREATE VIEW current_snapshots AS SELECT * FROM metric_snapshots"));
    }
    auto project = ProjectFile::open(path);
    QVERIFY(!project);
    QVERIFY(project.error().message.contains("view named \"current_snapshots\""));
}

void TestProjectFile::reportsCorruptionInsteadOfCrashing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("damaged.candor");
    QVERIFY(DemoProject::create(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(size > 40 * 4096);
    // Scribble over the middle of the file, leaving the header (and so the application id) intact.
    file.seek(size / 2);
    file.write(QByteArray(8 * 4096, '\x5a'));
    file.close();
    auto project = ProjectFile::open(path);
    QVERIFY(!project);
    QCOMPARE(project.error().file, path);
    QVERIFY2(project.error().message.contains("damaged"), qPrintable(project.error().toString()));
}

namespace {

// What the sqlite3 shell could do to a file: statements on a plain connection, without Candor's checks.
void damageOutsideCandor(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "damage");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &statement : statements)
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase("damage");
}

} // namespace

void TestProjectFile::missingTableIsNoticedAtOpen_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("message");
    QTest::newRow("dropped table") << "DROP TABLE candidate_notes"
                                   << "is damaged: the table candidate_notes is missing; restore it from a backup";
    QTest::newRow("dropped index") << "DROP INDEX audience_by_account"
                                   << "is damaged: the index audience_by_account is missing; restore it from a backup";
    QTest::newRow("dropped column") << "ALTER TABLE candidate_notes DROP COLUMN written_by"
                                    << "is damaged: the column candidate_notes.written_by is missing; restore it from "
                                       "a backup";
}

// The shape of the file is checked at open, against the schema the migrations build: a table, column or index
// removed outside Candor is named, instead of failing later in the middle of a ranking.
void TestProjectFile::missingTableIsNoticedAtOpen()
{
    QFETCH(QString, damage);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath("shape.candor");
    QVERIFY(DemoProject::create(path));
    damageOutsideCandor(path, {damage});
    auto project = ProjectFile::open(path);
    QVERIFY(!project);
    QCOMPARE(project.error().message, message);
    QCOMPARE(project.error().kind, ErrorKind::Corrupt);
}

// An index that no longer matches its table passes quick_check but not integrity_check (as a file copied beside
// a killed import's journal did). It may be read, but nothing is written to it: an import is refused with a
// sentence and the file stays as it was.
void TestProjectFile::damagedIndexRefusesWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("index.candor");
    QVERIFY(DemoProject::create(path));
    damageOutsideCandor(path, {"PRAGMA writable_schema = ON",
                               "UPDATE sqlite_schema SET sql = 'CREATE INDEX accounts_by_creator ON accounts(handle)'"
                               " WHERE name = 'accounts_by_creator'"});
    const QByteArray before = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                           : QByteArray();
    }();
    auto project = ProjectFile::open(path);
    QVERIFY_RESULT(project);
    auto imported = importCreators(**project, CANDOR_TEST_DATA "/fees.csv",
                                   ImportOptions{Platform::Instagram, {}, {}, {}, {}, QStringLiteral("EUR"), {}, {}, {}});
    QVERIFY(!imported);
    QVERIFY2(imported.error().kind == ErrorKind::Corrupt, qPrintable(imported.error().toString()));
    QCOMPARE(imported.error().message,
             "is damaged (failed the integrity check), so Candor does not change it; restore it from a backup");
    QVERIFY(imported.error().detail.contains("accounts_by_creator"));
    project->reset();
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256), before);
}

void TestProjectFile::transactionRollsBackWithoutCommit()
{
    QTemporaryDir dir;
    auto project = ProjectFile::create(dir.filePath("tx.candor"));
    QVERIFY(project);
    const ProjectFile &p = **project;
    {
        Transaction transaction(p.database(), p.path());
        QVERIFY(transaction.isActive());
        QVERIFY(sql::run(p.database(), p.path(),
                         "INSERT INTO creators(display_name, created_at) VALUES ('x', 'now')"));
        // leaving the scope without commit()
    }
    QCOMPARE(scalar(p, "SELECT count(*) FROM creators"), 0);
    {
        Transaction transaction(p.database(), p.path());
        QVERIFY(sql::run(p.database(), p.path(),
                         "INSERT INTO creators(display_name, created_at) VALUES ('y', 'now')"));
        QVERIFY(transaction.commit());
    }
    QCOMPARE(scalar(p, "SELECT count(*) FROM creators"), 1);
}

void TestProjectFile::injectedFailureMidImportLeavesFileUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("atomic.candor");
    QVERIFY(DemoProject::create(path));
    const QByteArray before = fileHash(path);
    {
        auto project = ProjectFile::open(path);
        QVERIFY(project);
        // A TEMP trigger lives in this connection only, never in the file: it fails the 500th new snapshot.
        QVERIFY(sql::run((*project)->database(), path,
                         "CREATE TEMP TRIGGER fail_midway AFTER INSERT ON main.metric_snapshots"
                         " WHEN (SELECT count(*) FROM main.metric_snapshots) > 317 + 499"
                         " BEGIN SELECT RAISE(ABORT, 'injected failure'); END"));
        auto report = importCreators(**project, CANDOR_TEST_DATA "/youtube_top1000_2022.csv", {});
        QVERIFY(!report);
        QVERIFY2(report.error().toString().contains("injected failure"),
                 qPrintable(report.error().toString()));
        QCOMPARE(scalar(**project, "SELECT count(*) FROM accounts"), 317);
        QCOMPARE(scalar(**project, "SELECT count(*) FROM import_batches"), 1);
    }
    QCOMPARE(fileHash(path), before);
}

void TestProjectFile::integrityAfterReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("reopen.candor");
    {
        auto project = ProjectFile::create(path);
        QVERIFY(importCreators(**project, CANDOR_TEST_DATA "/instagram_top1000_2022-09.csv", {}));
    }
    auto project = ProjectFile::open(path);
    QVERIFY(project);
    QVERIFY((*project)->checkIntegrity());
    auto summary = ProjectStore(**project).summary();
    QCOMPARE(summary->accounts, 983);
    QCOMPARE(summary->rejectedRows, 67);
    QCOMPARE(summary->lastImport->fileName, "instagram_top1000_2022-09.csv");
}

void TestProjectFile::saveCopyAs()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("original.candor");
    const QString copy = dir.filePath("copy.candor");
    QVERIFY(DemoProject::create(path));
    auto project = ProjectFile::open(path);
    QVERIFY(project);
    QFile stale(copy);
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write("an older file the user chose to replace");
    stale.close();
    QVERIFY((*project)->saveCopyAs(copy));
    QVERIFY(!QFile::exists(copy + ".partial"));
    auto copied = ProjectFile::open(copy);
    QVERIFY_RESULT(copied);
    QCOMPARE(ProjectStore(**copied).summary()->accounts, 317);
    QVERIFY((*copied)->checkIntegrity());
    // Projects hold personal data: the original and the copy are readable by their owner only.
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    for (const QString &file : {path, copy}) {
        QVERIFY2((QFile::permissions(file) & ownerOnly) == ownerOnly, qPrintable(file));
        QVERIFY2((QFile::permissions(file) & others) == 0, qPrintable(file));
    }
}

QTEST_GUILESS_MAIN(TestProjectFile)
void TestProjectFile::initTestCase()
{
    qputenv("CANDOR_BUSY_TIMEOUT_MS", "300"); // a busy file is given up on after 0.3 s here, not 10 s
}

// A project another process is writing to is busy, not "not an SQLite database"; writing to it says so in a
// sentence, not with the driver's "database is locked".
void TestProjectFile::busyProjectSaysSo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("busy.candor");
    QVERIFY(ProjectFile::create(path));
    auto reader = ProjectFile::open(path);
    QVERIFY_RESULT(reader);
    const QString busy = "is busy: another Candor window or program is writing to it, and it stayed busy for 0.3 "
                         "seconds. Try again when that has finished.";
    {
        QSqlDatabase locker = QSqlDatabase::addDatabase("QSQLITE", "locker");
        locker.setDatabaseName(path);
        QVERIFY(locker.open());
        QSqlQuery lock(locker);
        QVERIFY(lock.exec("BEGIN EXCLUSIVE"));
        QVERIFY(lock.exec("INSERT INTO project_settings(key, value) VALUES ('busy', 'yes')"));

        auto opened = ProjectFile::open(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, ErrorKind::Locked);
        QCOMPARE(opened.error().message, busy);
        QCOMPARE(opened.error().file, path);
        auto written = ProjectChange::runOne(**reader, "INSERT INTO project_settings(key, value) VALUES (?, ?)",
                                             {"mine", "no"});
        QVERIFY(!written);
        QCOMPARE(written.error().kind, ErrorKind::Locked);
        QCOMPARE(written.error().message, busy);
        QVERIFY(lock.exec("ROLLBACK"));
    }
    QSqlDatabase::removeDatabase("locker");
    QVERIFY_RESULT(ProjectFile::open(path));
    QVERIFY(ProjectChange::runOne(**reader, "INSERT INTO project_settings(key, value) VALUES (?, ?)", {"mine", "yes"}));
}

#include "tst_projectfile.moc"
