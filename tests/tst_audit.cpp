// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestSupport.h"
#include "audit/AuditChain.h"
#include "storage/AuditStore.h"
#include "storage/CampaignStore.h"
#include "storage/CreatorStore.h"
#include "storage/ErasureStore.h"
#include "storage/PersonExport.h"
#include "storage/PostStore.h"
#include "import/PostImporter.h"
#include "storage/NoteStore.h"
#include "storage/ProjectChange.h"
#include "storage/ProjectFile.h"

#include <QDir>
#include <QJsonArray>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;
using audit::Entry;

// The audit log's hash chain (docs/audit-log.md): each way of tampering is found, with the first entry it breaks.
class TestAudit : public QObject
{
    Q_OBJECT
private slots:
    void knownHash();
    void tampering_data();
    void tampering();
    void appendOnlyInTheFile();
    void payloadsApartAndChecked();
    void erasureLeavesNoByteBehind();
    void everyTableAboutAPersonIsCovered();
};

namespace {

// A campaign and one creator on TikTok: their ids, or 0 when either could not be added.
std::pair<qint64, qint64> campaignAndPerson(const ProjectFile &project, const QString &handle, const QString &name)
{
    Campaign campaign;
    campaign.name = QStringLiteral("Spring");
    auto campaignId = CampaignStore(project).add(campaign, QStringLiteral("anna"));
    AccountEntry person;
    person.displayName = name;
    person.handle = handle;
    person.platform = Platform::TikTok;
    person.metrics.followers = 12000;
    auto accountId = CreatorStore(project).add(person, QStringLiteral("anna"));
    return {campaignId ? *campaignId : 0, accountId ? *accountId : 0};
}

QList<Entry> chainOf(int count)
{
    QList<Entry> entries;
    for (int i = 0; i < count; ++i) {
        Entry e;
        e.at = QStringLiteral("2026-12-01T10:00:0%1.000Z").arg(i);
        e.user = QStringLiteral("anna");
        e.action = i % 2 ? QStringLiteral("decision") : QStringLiteral("import");
        e.target = QStringLiteral("account:%1").arg(i + 1);
        e.details = QStringLiteral("{\"n\":%1}").arg(i);
        entries << audit::chained(e, entries.isEmpty() ? nullptr : &entries.last());
    }
    return entries;
}

} // namespace

// The hash is SHA-256 over the documented canonical form, so anyone can recompute it without Candor:
// printf '%s' '["1","2026-12-01T10:00:00.000Z","anna","import","batch:1","{}","","000…0"]' | sha256sum
void TestAudit::knownHash()
{
    Entry e;
    e.at = QStringLiteral("2026-12-01T10:00:00.000Z");
    e.user = QStringLiteral("anna");
    e.action = QStringLiteral("import");
    e.target = QStringLiteral("batch:1");
    e.details = QStringLiteral("{}");
    const Entry first = audit::chained(e, nullptr);
    QCOMPARE(first.sequence, 1);
    QCOMPARE(first.previousSha256, QString(64, QLatin1Char('0')));
    QCOMPARE(audit::canonicalContent(first),
             QByteArray("[\"1\",\"2026-12-01T10:00:00.000Z\",\"anna\",\"import\",\"batch:1\",\"{}\",\"\",\"") +
                 QByteArray(64, '0') + "\"]");
    QCOMPARE(first.sha256, "acffb248c4d8b142314bc4e117490184ecf454ca22830cfa00446d51f08d7005");
}

void TestAudit::tampering_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("firstBroken");
    QTest::addColumn<QString>("reasonStart");
    QTest::newRow("untouched") << "none" << true << qint64(0) << QString();
    QTest::newRow("a value changed") << "edit 3" << false << qint64(3) << "entry 3 (import, 2026-12-01T10:00:02.000Z) was changed";
    QTest::newRow("an entry deleted") << "delete 3" << false << qint64(3) << "entry 3 is missing: the next stored entry is number 4";
    QTest::newRow("renumbered after a delete") << "delete 3 renumber" << false << qint64(3)
                                               << "entry 3 does not follow entry 2";
    QTest::newRow("two entries swapped") << "swap 2 3" << false << qint64(2) << "entry 2 does not follow entry 1";
    QTest::newRow("the tail cut off") << "truncate 4" << false << qint64(5) << "the log ends after entry 4, but 6";
    QTest::newRow("one added at the end") << "append" << false << qint64(7) << "the log's last entry is not";
}

void TestAudit::tampering()
{
    QFETCH(QString, change);
    QList<Entry> entries = chainOf(6);
    const qint64 headCount = entries.size();
    const QString head = entries.last().sha256;
    if (change == QLatin1String("edit 3")) {
        entries[2].user = QStringLiteral("mallory");
    } else if (change.startsWith(QLatin1String("delete 3"))) {
        entries.removeAt(2);
        if (change.endsWith(QLatin1String("renumber"))) {
            for (qsizetype i = 2; i < entries.size(); ++i)
                entries[i].sequence = i + 1;
        }
    } else if (change == QLatin1String("swap 2 3")) {
        std::swap(entries[1], entries[2]);
        std::swap(entries[1].sequence, entries[2].sequence);
    } else if (change == QLatin1String("truncate 4")) {
        entries.resize(4);
    } else if (change == QLatin1String("append")) {
        Entry extra;
        extra.action = QStringLiteral("decision");
        entries << audit::chained(extra, &entries.last());
    }
    const audit::ChainVerdict verdict = audit::verifyChain(entries, headCount, head);
    QTEST(verdict.ok, "ok");
    QFETCH(qint64, firstBroken);
    QFETCH(QString, reasonStart);
    if (!verdict.ok) {
        QCOMPARE(*verdict.firstBroken, firstBroken);
        QVERIFY2(verdict.reason.startsWith(reasonStart), qPrintable(verdict.reason));
    }
}

// In a project file the log refuses UPDATE and DELETE from any connection, even the sqlite3 shell's.
void TestAudit::appendOnlyInTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("log.candor");
    auto project = ProjectFile::create(path);
    QVERIFY_RESULT(project);
    {
        ProjectChange change(**project, ProjectChange::Reach::Other);
        QVERIFY(change.isActive());
        QVERIFY_RESULT(AuditStore::append(change, {QStringLiteral("anna"), QStringLiteral("campaign"),
                                                   QStringLiteral("campaign:1"), {}, {}, {}}));
        QVERIFY_RESULT(change.commit());
    }
    QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "raw");
    db.setDatabaseName(path);
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(!q.exec("UPDATE audit_log SET user = 'mallory'"));
        QVERIFY(q.lastError().text().contains("the audit log is append-only"));
        QVERIFY(!q.exec("DELETE FROM audit_log"));
        QVERIFY(q.lastError().text().contains("the audit log is append-only"));
    }
    db.close();
    db = {};
    QSqlDatabase::removeDatabase("raw");
    auto verdict = AuditStore(**project).verify();
    QVERIFY_RESULT(verdict);
    QVERIFY(verdict->ok);
    QCOMPARE(verdict->entries, 1);
}

// A note's text goes into a payload apart from the chained entry; the entry keeps the payload's hash. A changed
// payload is found; a deleted one (erasure) leaves the chain whole.
void TestAudit::payloadsApartAndChecked()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("notes.candor");
    auto project = ProjectFile::create(path);
    QVERIFY_RESULT(project);
    const auto [campaignId, accountId] = campaignAndPerson(**project, QStringLiteral("maria.lopez"), QStringLiteral("Maria Lopez"));
    QVERIFY(campaignId > 0 && accountId > 0);
    const QString text = QStringLiteral("Agent: maria@example.org, rates go up in May");
    QVERIFY_RESULT(NoteStore(**project).add(Note{0, campaignId, accountId, text, QStringLiteral("anna"), {}}));
    const AuditStore store(**project);
    AuditStore::Filter notes;
    notes.action = QStringLiteral("note");
    auto entries = store.entries(notes);
    QVERIFY_RESULT(entries);
    QCOMPARE(entries->size(), 1);
    const Entry &note = entries->at(0);
    QCOMPARE(note.action, "note");
    QCOMPARE(note.target, QStringLiteral("account:%1").arg(accountId));
    QVERIFY(!note.details.contains("maria"));
    QCOMPARE(note.payloadSha256,
             audit::sha256Hex(QStringLiteral("{\"text\":\"%1\"}").arg(text).toUtf8()));
    auto shown = store.rows(notes);
    QVERIFY_RESULT(shown);
    QCOMPARE(shown->at(0).personal.value("text").toString(), text);
    QCOMPARE(shown->at(0).about, "@maria.lopez (tiktok)");
    QVERIFY(!shown->at(0).erased);

    const auto raw = [&](const char *statement) {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "raw");
        db.setDatabaseName(path);
        bool done = db.open() && QSqlQuery(db).exec(QLatin1String(statement));
        db.close();
        db = {};
        QSqlDatabase::removeDatabase("raw");
        return done;
    };
    QVERIFY(raw("UPDATE audit_payloads SET content = replace(content, 'May', 'June')"));
    auto changed = store.verify();
    QVERIFY_RESULT(changed);
    QVERIFY(!changed->ok);
    QCOMPARE(*changed->firstBroken, note.sequence);
    QVERIFY(changed->reason.startsWith(QStringLiteral("the personal details of entry %1 were changed").arg(note.sequence)));
    QVERIFY(raw("DELETE FROM audit_payloads"));
    auto erased = store.verify();
    QVERIFY_RESULT(erased);
    QVERIFY(erased->ok);
}

// Erasing a creator: their handle, display name and an e-mail address in a note no longer occur anywhere in the
// file's bytes nor in a side file, a rejected import row that mentioned them is gone, the chain still verifies,
// and the tombstone holds a salted hash, not the handle. Another creator's rows stay.
void TestAudit::erasureLeavesNoByteBehind()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("erase.candor");
    auto project = ProjectFile::create(path);
    QVERIFY_RESULT(project);
    const auto [campaignId, accountId] =
        campaignAndPerson(**project, QStringLiteral("maria.lopez.test"), QStringLiteral("Maria Testperson"));
    QVERIFY(campaignId > 0 && accountId > 0);
    AccountEntry other;
    other.displayName = QStringLiteral("Somebody Else");
    other.handle = QStringLiteral("somebody.else");
    other.platform = Platform::TikTok;
    QVERIFY_RESULT(CreatorStore(**project).add(other, QStringLiteral("anna")));
    QVERIFY_RESULT(NoteStore(**project).add(
        Note{0, campaignId, accountId, QStringLiteral("Agent: maria.agent@example.org"), QStringLiteral("anna"), {}}));
    // An import whose rejected row and file name mention her.
    const QString posts = dir.filePath("maria.lopez.test-posts.csv");
    {
        QFile file(posts);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("handle,timestamp,caption\n"
                   "maria.lopez.test,2024-05-01T10:00:00Z,Hello from Maria Testperson\n"
                   "maria.lopez.test,someday,rejected row naming maria.lopez.test\n");
    }
    PostImportOptions options;
    options.platform = Platform::TikTok;
    auto prepared = PostImporter::prepare(posts, options);
    QVERIFY_RESULT(prepared);
    QVERIFY_RESULT(PostStore(**project).importPosts(*prepared));

    const QList<QByteArray> personal{"maria.lopez.test", "Maria Testperson", "maria.agent@example.org"};
    const auto occurrences = [&] {
        QStringList found;
        const QDir folder(dir.path());
        for (const QString &name : folder.entryList({QStringLiteral("erase.candor*")}, QDir::Files)) {
            QFile file(folder.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            for (const QByteArray &text : personal) {
                if (bytes.contains(text))
                    found << name + QLatin1Char(':') + QString::fromUtf8(text);
            }
        }
        return found;
    };
    QVERIFY(!occurrences().isEmpty()); // before: she is there

    auto creator = CreatorStore(**project).creatorOf(accountId);
    QVERIFY_RESULT(creator);
    // What she can ask to see first: her rows, the log's entries about her, the rejected row that names her.
    auto exported = PersonExport(**project).of(*creator);
    QVERIFY_RESULT(exported);
    QCOMPARE(exported->value("handles").toArray(), QJsonArray{"maria.lopez.test"});
    QCOMPARE(exported->value("tables").toObject().value("posts").toArray().size(), 1);
    QCOMPARE(exported->value("tables").toObject().value("candidate_notes").toArray().at(0).toObject().value("body").toString(),
             "Agent: maria.agent@example.org");
    QStringList logged;
    for (const QJsonValue &e : exported->value("audit_log").toArray())
        logged << e.toObject().value("action").toString();
    // The import of her posts is about her too (its file name is the batch's, not hers).
    QCOMPARE(logged, (QStringList{"creator_added", "note", "import"}));
    QCOMPARE(exported->value("rejected_import_rows").toArray().size(), 1);
    QVERIFY(!ErasureStore(**project).erase(*creator, QStringLiteral("request from Maria Testperson"), "anna"));
    auto report = ErasureStore(**project).erase(*creator, QStringLiteral("erasure request, ticket 4411"), "anna");
    QVERIFY_RESULT(report);
    QCOMPARE(report->accounts, 1);
    QCOMPARE(report->rejectedRows, 1);
    QCOMPARE(report->logDetails, 3); // creator added, note, and the import's file name
    QCOMPARE(occurrences(), QStringList());
    QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));

    auto verdict = AuditStore(**project).verify();
    QVERIFY_RESULT(verdict);
    QVERIFY2(verdict->ok, qPrintable(verdict->reason));
    AuditStore::Filter erasures;
    erasures.action = QStringLiteral("erase");
    auto tombstone = AuditStore(**project).entries(erasures);
    QVERIFY_RESULT(tombstone);
    QCOMPARE(tombstone->size(), 1);
    QVERIFY(tombstone->at(0).details.contains("\"handle_hashes\":[\""));
    QVERIFY(!tombstone->at(0).details.contains("maria"));
    QSqlQuery q((*project)->database());
    QVERIFY(q.exec("SELECT count(*) FROM accounts WHERE handle = 'somebody.else'") && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

// A table that holds a creator's or an account's id is about a person: erasure must delete it and an export must
// hold it. A new such table fails here until CreatorStore lists it (the audit log's payloads are handled apart).
void TestAudit::everyTableAboutAPersonIsCovered()
{
    QTemporaryDir dir;
    auto project = ProjectFile::create(dir.filePath("tables.candor"));
    QVERIFY_RESULT(project);
    QSqlQuery tables((*project)->database());
    QVERIFY(tables.exec("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    const QStringList covered = CreatorStore::personalTables() << QStringLiteral("audit_payloads");
    QStringList personal;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery columns((*project)->database());
        QVERIFY(columns.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)));
        while (columns.next()) {
            const QString column = columns.value(0).toString();
            if (column == QLatin1String("creator_id") || column == QLatin1String("account_id") ||
                (table == QLatin1String("creators") && column == QLatin1String("id")) ||
                (table == QLatin1String("metric_snapshots") && column == QLatin1String("id")))
                personal << table;
        }
    }
    personal.removeDuplicates();
    personal.removeAll(QStringLiteral("metric_snapshots")); // listed itself; its categories hang on its id
    personal << QStringLiteral("metric_snapshots") << QStringLiteral("snapshot_categories");
    for (const QString &table : std::as_const(personal))
        QVERIFY2(covered.contains(table), qPrintable(table + QStringLiteral(" holds data about a person but is not in "
                                                                            "CreatorStore's personal tables")));
    QCOMPARE(personal.size(), 16);
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
