// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestSupport.h"
#include "import/DataFile.h"
#include "workbench/ProjectImport.h"
#include "import/ColumnMapping.h"
#include "workbench/ImportJob.h"
#include "import/Importer.h"
#include "storage/ProjectFile.h"
#include "storage/ProjectStore.h"
#include "storage/SqlSupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QDir>
#include <QStringEncoder>
#include <QElapsedTimer>
#include <sys/stat.h>

using namespace candor;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(CANDOR_TEST_DATA "/") + QLatin1String(name);
}

const ImportRow *rowFor(const ImportPlan &plan, const QString &handle)
{
    for (const ImportRow &row : plan.rows) {
        if (row.handle == handle)
            return &row;
    }
    return nullptr;
}

QStringList issueSummary(const ImportPlan &plan)
{
    QStringList lines;
    for (const RowIssue &issue : plan.issues)
        lines << QStringLiteral("%1 %2 [%3] %4")
                     .arg(issue.line)
                     .arg(issue.severity == RowIssue::Severity::Rejected ? QStringLiteral("R")
                                                                         : QStringLiteral("W"),
                          issue.column, issue.reason);
    return lines;
}

bool anyContains(const QStringList &list, const QString &fragment)
{
    for (const QString &s : list) {
        if (s.contains(fragment))
            return true;
    }
    return false;
}

int countRows(const ProjectFile &project, const QString &statement, const QVariantList &values = {})
{
    auto query = sql::run(project.database(), project.path(), statement, values);
    if (!query || !query->next())
        return -1;
    return query->value(0).toInt();
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT
private slots:
    void quirkFiles_data();
    void quirkFiles();
    void realDatasets_data();
    void realDatasets();
    void bomSemicolonDecimalComma();
    void latin1IsReportedNotGuessedSilently();
    void latin1WhenAsked();
    void utf16WithAndWithoutMark_data();
    void utf16WithAndWithoutMark();
    void strayQuotes();
    void badValues();
    void hugeValuesRejectTheirRowOnly();
    void swappedHeaders();
    void json();
    void brokenJsonNamesTheLine();
    void onlyRegularFilesAreRead_data();
    void onlyRegularFilesAreRead();
    void hugeHeaderIsQuotedInPart();
    void mappingOverrides_data();
    void mappingOverrides();
    void spreadsheetErrorsBecomeWarnings();
    void missingPlatformIsAnError();
    void snapshotsMergeNewestWins();
    void olderSnapshotImportedLaterKeepsNewest();
    void mappingIsSavedWithTheBatch();
    void feesAndCurrencies();
    void previewSampleAndMapping();
    void jobOnAWorkerThread();
    void largeFileStreamsInChunks();
    void cancelledJobLeavesTheProjectUnchanged();
};

void TestImporter::quirkFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("platform"); // --platform, empty when the file says it
    QTest::addColumn<int>("imported");
    QTest::addColumn<int>("rejected");
    QTest::addColumn<int>("warnings");
    QTest::addColumn<QString>("notice"); // a notice that must be given, empty for none in particular

    QTest::newRow("UTF-8 BOM, semicolons, decimal commas, CRLF")
        << dataFile("quirk_bom_semicolon_decimal_comma.csv") << "instagram" << 3 << 0 << 0
        << "byte-order mark";
    QTest::newRow("Latin-1") << dataFile("quirk_latin1.csv") << "tiktok" << 2 << 0 << 0 << "read as Latin-1";
    QTest::newRow("stray and unclosed quotes")
        << dataFile("quirk_stray_quotes.csv") << "instagram" << 3 << 1 << 2 << QString();
    QTest::newRow("bad values, duplicates, ragged rows, blank line")
        << dataFile("quirk_bad_values.csv") << QString() << 3 << 10 << 1 << "1 blank lines were skipped.";
    QTest::newRow("swapped handle and name headers")
        << dataFile("quirk_swapped_headers.csv") << QString() << 3 << 0 << 0 << "The headers look swapped";
    QTest::newRow("JSON with nested and unreadable values")
        << dataFile("creators.json") << QString() << 2 << 2 << 0 << QString();
    QTest::newRow("quoted multi-line headers, duplicate header names, CRLF")
        << dataFile("instagram_top1000_2022-09.csv") << QString() << 983 << 67 << 0
        << "followers is read from column 5 (\"Subscribers\")";
    QTest::newRow("N/A and #VALOR! cells")
        << dataFile("youtube_top1000_2022.csv") << QString() << 605 << 395 << 113
        << "Platform YouTube, recognised from the header \"youtuber name\"";
}

void TestImporter::quirkFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, platform);
    QFETCH(int, imported);
    QFETCH(int, rejected);
    QFETCH(int, warnings);
    QFETCH(QString, notice);

    ImportOptions options;
    if (!platform.isEmpty())
        options.platform = platformFromText(platform);
    auto prepared = Importer::prepare(file, options);
    QVERIFY_RESULT(prepared);
    const ImportPlan &plan = prepared->plan;
    QCOMPARE(plan.rows.size(), imported);
    QCOMPARE(plan.rejectedCount(), rejected);
    QCOMPARE(plan.recordsRead,
             imported + rejected); // every record is accounted for: nothing dropped silently
    int warned = 0;
    for (const RowIssue &issue : plan.issues)
        warned += issue.severity == RowIssue::Severity::Warning ? 1 : 0;
    QCOMPARE(warned, warnings);
    if (!notice.isEmpty())
        QVERIFY2(anyContains(prepared->batch.notices, notice),
                 qPrintable(prepared->batch.notices.join('\n')));
}

void TestImporter::realDatasets_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("read");
    QTest::addColumn<int>("imported");
    QTest::addColumn<int>("rejected");
    QTest::addColumn<int>("exactRepeats");
    QTest::addColumn<int>("warnings");
    QTest::addColumn<QString>("platform");

    // Counts checked by hand with Python's csv module: the September file repeats 58 rows exactly
    // (the block S.no 951-1000 among them) and lists 9 handles twice with other figures; December has 7
    // exact repeats and 2 conflicting ones (juliaanalvarez, kevinhart4real); YouTube 1 and 1 (PrestonPlayz).
    // YouTube's full-number columns hold 38 + 209 "#VALOR!" cells (avg likes, avg comments): warnings.
    QTest::newRow("Instagram Sep 2022")
        << dataFile("instagram_top1000_2022-09.csv") << 1050 << 983 << 67 << 58 << 0 << "instagram";
    QTest::newRow("Instagram Dec 2022")
        << dataFile("instagram_top1000_2022-12.csv") << 1000 << 991 << 9 << 7 << 0 << "instagram";
    // 394 rows hold the channel's name ("Like Nastya") where the handle belongs: rejected with the reason.
    QTest::newRow("YouTube 2022") << dataFile("youtube_top1000_2022.csv") << 1000 << 605 << 395 << 0 << 113
                                  << "youtube";
    QTest::newRow("SRF labelled followers")
        << dataFile("srf_instagram_followers_labelled_fake.csv") << 975 << 975 << 0 << 0 << 0 << "instagram";
}

void TestImporter::realDatasets()
{
    QFETCH(QString, file);
    QFETCH(int, read);
    QFETCH(int, imported);
    QFETCH(int, rejected);
    QFETCH(int, exactRepeats);
    QFETCH(int, warnings);
    QFETCH(QString, platform);

    QTemporaryDir dir;
    auto project = ProjectFile::create(dir.filePath("p.candor"));
    QVERIFY_RESULT(project);
    auto report = importCreators(**project, file, {});
    QVERIFY_RESULT(report);
    QCOMPARE(report->prepared.plan.recordsRead, read);
    QCOMPARE(report->counts.imported, imported);
    QCOMPARE(report->counts.merged, 0);
    QCOMPARE(report->counts.rejected, rejected);
    QCOMPARE(report->prepared.batch.platform, platform);
    QCOMPARE(imported + rejected, read);

    int repeats = 0;
    int warned = 0;
    for (const RowIssue &issue : report->prepared.plan.issues) {
        QVERIFY(issue.line >= 2);
        QVERIFY(!issue.rawRecord.isEmpty());
        if (issue.severity == RowIssue::Severity::Warning) {
            ++warned;
            continue;
        }
        repeats += issue.reason.contains("exactly") ? 1 : 0;
    }
    QCOMPARE(warned, warnings);
    QCOMPARE(repeats, exactRepeats);

    // Stored: one account per imported row, every rejection listed with its line.
    QCOMPARE(countRows(**project, "SELECT count(*) FROM accounts"), imported);
    QCOMPARE(countRows(**project, "SELECT count(*) FROM import_issues WHERE severity = 'rejected'"),
             rejected);
    QCOMPARE(countRows(**project, "SELECT rejected FROM import_batches"), rejected);
}

void TestImporter::bomSemicolonDecimalComma()
{
    auto prepared =
        Importer::prepare(dataFile("quirk_bom_semicolon_decimal_comma.csv"),
                          ImportOptions{Platform::Instagram, {}, TextEncoding::Detect, {}, {}, {}, {}, {}, {}});
    QVERIFY_RESULT(prepared);
    const ImportPlan &plan = prepared->plan;
    QCOMPARE(plan.rows.size(), 3);
    QVERIFY(plan.issues.isEmpty());
    QCOMPARE(prepared->batch.delimiter, ";");
    QCOMPARE(prepared->batch.decimalSeparator, ",");
    QVERIFY(anyContains(prepared->batch.notices, "byte-order mark"));
    QVERIFY(anyContains(prepared->batch.notices, "semicolons"));
    QVERIFY(anyContains(prepared->batch.notices, "decimal comma"));

    const ImportRow *anna = rowFor(plan, "anna.k"); // BOM must not stick to the first header
    QVERIFY(anna);
    QCOMPARE(anna->displayName, "Anna K");
    QCOMPARE(*anna->metrics.followers, 12500);
    QCOMPARE(*anna->metrics.engagementRate, 0.034);
    QCOMPARE(*anna->metrics.averageLikes, 1234.5);
    const ImportRow *ben = rowFor(plan, "ben_m");
    QCOMPARE(*ben->metrics.followers, 1234567);
    QCOMPARE(*ben->metrics.averageLikes, 25000.0);
    const ImportRow *carla = rowFor(plan, "carla");
    QVERIFY(!carla->metrics.followers);
    QCOMPARE(*carla->metrics.engagementRate, 0.005);
}

void TestImporter::latin1IsReportedNotGuessedSilently()
{
    auto prepared =
        Importer::prepare(dataFile("quirk_latin1.csv"), ImportOptions{Platform::TikTok, {}, {}, {}, {}, {}, {}, {}, {}});
    QVERIFY(prepared);
    QCOMPARE(prepared->batch.encoding, "ISO-8859-1");
    QVERIFY(anyContains(prepared->batch.notices, "not valid UTF-8, so it was read as Latin-1"));
    QCOMPARE(rowFor(prepared->plan, "zoe")->displayName, QStringLiteral("Zoé Dupré"));
    QVERIFY(rowFor(prepared->plan, QStringLiteral("müller")));
}

void TestImporter::latin1WhenAsked()
{
    auto forcedUtf8 = Importer::prepare(dataFile("quirk_latin1.csv"),
                                        ImportOptions{Platform::TikTok, {}, TextEncoding::Utf8, {}, {}, {}, {}, {}, {}});
    QVERIFY(forcedUtf8);
    QVERIFY(anyContains(forcedUtf8->batch.notices, "not valid UTF-8; unreadable characters were replaced"));
    auto latin1 = Importer::prepare(dataFile("quirk_latin1.csv"),
                                    ImportOptions{Platform::TikTok, {}, TextEncoding::Latin1, {}, {}, {}, {}, {}, {}});
    QVERIFY(latin1);
    QVERIFY(latin1->batch.notices.isEmpty() || !anyContains(latin1->batch.notices, "UTF-8"));
    QCOMPARE(rowFor(latin1->plan, QStringLiteral("müller"))->displayName, QStringLiteral("Jürgen Müller"));
}

void TestImporter::utf16WithAndWithoutMark_data()
{
    QTest::addColumn<bool>("bigEndian");
    QTest::addColumn<bool>("mark");
    QTest::addColumn<QString>("notice");
    QTest::newRow("LE with mark") << false << true << "The file is UTF-16 (UTF-16LE).";
    QTest::newRow("BE with mark") << true << true << "The file is UTF-16 (UTF-16BE).";
    QTest::newRow("LE without mark")
        << false << false << "The file is UTF-16 (UTF-16LE) without a byte-order mark, recognised by its zero bytes.";
    QTest::newRow("BE without mark")
        << true << false << "The file is UTF-16 (UTF-16BE) without a byte-order mark, recognised by its zero bytes.";
}

// Some Windows tools save "Unicode text" as UTF-16 without a byte-order mark; it was read as Latin-1 with a
// zero byte between every two letters.
void TestImporter::utf16WithAndWithoutMark()
{
    QFETCH(bool, bigEndian);
    QFETCH(bool, mark);
    QFETCH(QString, notice);
    const QString text = QString::fromUtf8("handle,name,platform,followers\nzoe,Zoë Ærø,instagram,1200\n"
                                           "li,李小龙,tiktok,5000\n");
    QStringEncoder encoder(bigEndian ? QStringConverter::Utf16BE : QStringConverter::Utf16LE,
                           mark ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    QTemporaryDir dir;
    const QString path = dir.filePath("utf16.csv");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(encoder(text));
    file.close();
    auto prepared = Importer::prepare(path, {});
    QVERIFY_RESULT(prepared);
    QCOMPARE(prepared->batch.encoding, bigEndian ? "UTF-16BE" : "UTF-16LE");
    QVERIFY(prepared->batch.notices.contains(notice));
    QCOMPARE(prepared->plan.rows.size(), 2);
    QCOMPARE(rowFor(prepared->plan, "zoe")->displayName, QString::fromUtf8("Zoë Ærø"));
    QCOMPARE(rowFor(prepared->plan, "li")->displayName, QString::fromUtf8("李小龙"));
    QCOMPARE(*rowFor(prepared->plan, "li")->metrics.followers, 5000);
}

void TestImporter::strayQuotes()
{
    auto prepared = Importer::prepare(dataFile("quirk_stray_quotes.csv"),
                                      ImportOptions{Platform::Instagram, {}, {}, {}, {}, {}, {}, {}, {}});
    QVERIFY(prepared);
    const ImportPlan &plan = prepared->plan;
    QCOMPARE(plan.rows.size(), 3);
    QCOMPARE(rowFor(plan, "tom")->displayName, "Tom \"TJ\" Jones");
    QCOMPARE(rowFor(plan, "sue")->displayName, "Sue \"Q\" Lee");
    QCOMPARE(*rowFor(plan, "sue")->metrics.followers, 2000);
    QVERIFY(rowFor(plan, "lea"));
    QCOMPARE(plan.rejectedCount(), 1);
    QCOMPARE(
        issueSummary(plan),
        (QStringList{"2 W [name] a stray quote character was kept as text",
                     "2 W [name] a stray quote character was kept as text",
                     "4 R [] a quote opened on this line is never closed; the line was skipped and reading "
                     "went on with the next line"}));
}

void TestImporter::badValues()
{
    auto prepared = Importer::prepare(dataFile("quirk_bad_values.csv"), {});
    QVERIFY_RESULT(prepared);
    const ImportPlan &plan = prepared->plan;
    QStringList handles;
    for (const ImportRow &row : plan.rows)
        handles << row.handle;
    QCOMPARE(handles, (QStringList{"a1", "a2", "a88"}));
    QCOMPARE(*rowFor(plan, "a88")->metrics.followers, 1234567);
    QCOMPARE(rowFor(plan, "a2")->platform, Platform::TikTok);
    QCOMPARE(*rowFor(plan, "a2")->metrics.engagementRate, 0.02);
    QVERIFY(!rowFor(plan, "a2")->metrics.averageLikes);
    QCOMPARE(plan.rejectedCount(), 10);
    QCOMPARE(
        issueSummary(plan),
        (QStringList{
            "3 W [avg likes] \"#VALUE!\" is a spreadsheet error, not a value; the figure was left empty",
            "4 R [followers] \"lots\" is not a number: unexpected characters",
            "5 R [followers] \"-5\" is negative",
            "6 R [engagement rate] engagement rate \"7\" is above 1: write it as a percentage (3.4%) or a "
            "fraction (0.034)",
            "7 R [platform] unknown platform \"myspace\" (known: instagram, tiktok, youtube)",
            "8 R [handle] the handle is empty",
            "9 R [followers] \"1500.5\" is not a whole number",
            "12 R [handle] repeats line 2 exactly",
            "13 R [handle] repeats line 3 exactly",
            "14 R [] the row has 6 cells but the header has 5; the extra cells are not empty (a separator "
            "inside an unquoted value?)",
            "15 R [] the row has 2 cells but the header has 5",
        }));
    QVERIFY(anyContains(prepared->batch.notices, "1 blank lines were skipped."));
}

// A count of 2^63 or more once overflowed, failed a CHECK and discarded the whole import; a fee of 10^309
// became infinity. Each now rejects its own row, and the good rows are stored.
void TestImporter::hugeValuesRejectTheirRowOnly()
{
    auto prepared = Importer::prepare(dataFile("quirk_huge_values.csv"), {});
    QVERIFY_RESULT(prepared);
    const QString people = " is more than there are people on Earth (8.2 billion, UN World Population Prospects "
                           "2024): a data error";
    QCOMPARE(issueSummary(prepared->plan),
             (QStringList{"3 R [followers] \"9999999999999999999999\"" + people,
                          "4 R [followers] \"99999999999B\"" + people,
                          "5 R [avg likes] \"9000000000\"" + people,
                          "6 R [fee] \"" + QString(80, '9') + "… (221 more characters)\" is not a number: out of range"}));
    QTemporaryDir dir;
    auto project = ProjectFile::create(dir.filePath("huge.candor"));
    QVERIFY_RESULT(project);
    auto report = importCreators(**project, dataFile("quirk_huge_values.csv"), {});
    QVERIFY_RESULT(report);
    QCOMPARE(report->counts.imported, 2);
    QCOMPARE(report->counts.rejected, 4);
    auto accounts = ProjectStore(**project).currentAccounts();
    QVERIFY_RESULT(accounts);
    QCOMPARE(accounts->size(), 2);
    QCOMPARE(accounts->at(0).handle, "good1");
    QCOMPARE(*accounts->at(0).metrics.followers, 1000);
    QCOMPARE(accounts->at(1).handle, "good2");
}

void TestImporter::swappedHeaders()
{
    auto prepared = Importer::prepare(dataFile("quirk_swapped_headers.csv"), {});
    QVERIFY(prepared);
    QCOMPARE(prepared->plan.rows.size(), 3);
    QCOMPARE(prepared->plan.rows.at(0).handle, "alpha.one");
    QCOMPARE(prepared->plan.rows.at(0).displayName, "Alpha One");
    QVERIFY(anyContains(prepared->batch.notices, "The headers look swapped"));

    // A user who says which column is which is believed.
    auto overridden =
        Importer::prepare(dataFile("quirk_swapped_headers.csv"),
                          ImportOptions{{}, {"instagram name=handle", "name=display_name"}, {}, {}, {}, {}, {}, {}, {}});
    QVERIFY(overridden);
    QVERIFY(!anyContains(overridden->batch.notices, "swapped"));
    // … and told when the column holds names, not handles: every row is rejected with the reason.
    QVERIFY(overridden->plan.rows.isEmpty());
    QCOMPARE(overridden->plan.issues.constFirst().reason,
             "\"Alpha One\" is not valid as a handle on Instagram: a handle has no spaces (this looks like a name)");
}

void TestImporter::json()
{
    QTemporaryDir dir;
    auto project = ProjectFile::create(dir.filePath("p.candor"));
    QVERIFY(project);
    auto report = importCreators(**project, dataFile("creators.json"), {});
    QVERIFY_RESULT(report);
    QCOMPARE(report->prepared.batch.format, "json");
    QCOMPARE(report->counts.imported, 2);
    QCOMPARE(report->counts.rejected, 2);
    QVERIFY(report->prepared.plan.rows.isEmpty()); // written as read, not kept
    QCOMPARE(issueSummary(report->prepared.plan),
             (QStringList{"4 R [] \"followers\" holds a list or object; expected text or a number",
                          "5 R [followers] \"many\" is not a number: unexpected characters"}));
    auto prepared = Importer::prepare(dataFile("creators.json"), {});
    QVERIFY_RESULT(prepared);
    const ImportPlan &plan = prepared->plan;
    QCOMPARE(*rowFor(plan, "json_one")->metrics.followers, 15000);
    QCOMPARE(*rowFor(plan, "json_one")->metrics.engagementRate, 0.025);
    QCOMPARE(rowFor(plan, "json_two")->platform, Platform::YouTube);
    QCOMPARE(*rowFor(plan, "json_two")->metrics.followers, 1200000);
    QCOMPARE(*rowFor(plan, "json_two")->metrics.averageViews, 50000.0);
    QCOMPARE(issueSummary(plan),
             (QStringList{"4 R [] \"followers\" holds a list or object; expected text or a number",
                          "5 R [followers] \"many\" is not a number: unexpected characters"}));
}

void TestImporter::brokenJsonNamesTheLine()
{
    auto prepared = Importer::prepare(dataFile("broken.json"), {});
    QVERIFY(!prepared);
    QVERIFY2(prepared.error().message.startsWith("is not valid JSON: line 3:"),
             qPrintable(prepared.error().message));
    QVERIFY(prepared.error().file.endsWith("broken.json"));
}

void TestImporter::onlyRegularFilesAreRead_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("error");
    QTest::newRow("device") << "/dev/zero"
                            << "is not a regular file (a device, pipe or socket); export the data to a CSV or JSON "
                               "file and import that";
    QTest::newRow("pipe") << "fifo" << "is not a regular file (a device, pipe or socket); export the data to a CSV or "
                                       "JSON file and import that";
    QTest::newRow("folder") << "folder" << "is a folder, not a data file";
    QTest::newRow("missing") << "missing.csv" << "the data file does not exist";
    QTest::newRow("too large") << "huge.csv" << "is 1025 MiB, more than an import reads (1024 MiB); split it into "
                                                "smaller files";
}

// A device never ends and a pipe may never deliver: both are refused at once, as is a file over the limit
// (a sparse file, so the test writes nothing).
void TestImporter::onlyRegularFilesAreRead()
{
    QFETCH(QString, path);
    QFETCH(QString, error);
    QTemporaryDir dir;
    const QString full = path.startsWith('/') ? path : dir.filePath(path);
    if (path == "fifo")
        QCOMPARE(::mkfifo(QFile::encodeName(full).constData(), 0600), 0);
    if (path == "folder")
        QVERIFY(QDir(dir.path()).mkdir(path));
    if (path == "huge.csv") {
        QFile huge(full);
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(kMaxDataFileBytes + (qint64{1} << 20)));
    }
    QElapsedTimer timer;
    timer.start();
    auto prepared = Importer::prepare(full, {});
    QVERIFY(!prepared);
    QCOMPARE(prepared.error().message, error);
    QCOMPARE(prepared.error().file, full);
    QVERIFY(timer.elapsed() < 5000);
}

// A header without a handle column is quoted in the error, but a header of a million characters is not
// echoed whole: 80 characters of a column name and 30 names at most.
void TestImporter::hugeHeaderIsQuotedInPart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("wide.csv");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray header = QByteArray(1000000, 'x');
    for (int column = 0; column < 100; ++column)
        header += ",column" + QByteArray::number(column);
    file.write(header + "\n1,2\n");
    file.close();
    auto prepared = Importer::prepare(path, {});
    QVERIFY(!prepared);
    const QString expected = "no column holds the handle; name it with --map COLUMN=handle (columns: \"" +
                             QString(80, 'x') + "… (999920 more characters)\", \"column0\", ";
    QVERIFY2(prepared.error().message.startsWith(expected), qPrintable(prepared.error().message.left(300)));
    QVERIFY(prepared.error().message.endsWith("\"column28\"… and 71 more)"));
    QVERIFY(prepared.error().message.size() < 600);
}

void TestImporter::mappingOverrides_data()
{
    QTest::addColumn<QStringList>("overrides");
    QTest::addColumn<QString>("error");
    QTest::newRow("ambiguous header")
        << QStringList{"Subscribers=followers"}
        << "--map: several columns are called \"Subscribers\"; name one by number, e.g. "
           "#5=followers";
    QTest::newRow("unknown column") << QStringList{"Likes per post=avg_likes"}
                                    << "--map: no column is called \"Likes per post\"";
    QTest::newRow("column out of range")
        << QStringList{"#13=followers"} << "--map: there is no column #13 (the file has 12)";
    QTest::newRow("unknown field") << QStringList{"#4=fans"} << "--map: unknown field \"fans\"";
    QTest::newRow("no equals sign") << QStringList{"followers"}
                                    << "--map needs column=field, got \"followers\"";
    QTest::newRow("handle ignored") << QStringList{"youtuber name=ignore"} << "no column holds the handle";
    QTest::newRow("by number") << QStringList{"#5=followers", "#3=ignore"} << QString();
}

void TestImporter::mappingOverrides()
{
    QFETCH(QStringList, overrides);
    QFETCH(QString, error);
    auto prepared =
        Importer::prepare(dataFile("youtube_top1000_2022.csv"), ImportOptions{{}, overrides, {}, {}, {}, {}, {}, {}, {}});
    if (error.isEmpty()) {
        QVERIFY_RESULT(prepared);
        QCOMPARE(prepared->batch.columnMapping.value("followers")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("column")
                     .toInt(),
                 5);
        QVERIFY(!prepared->batch.columnMapping.contains("category"));
        return;
    }
    QVERIFY(!prepared);
    QVERIFY2(prepared.error().message.startsWith(error), qPrintable(prepared.error().message));
}

void TestImporter::spreadsheetErrorsBecomeWarnings()
{
    // The YouTube export gives each figure twice; the full-number twins are read, and they hold "#VALOR!"
    // where the short ones say "N/A": 38 in avg likes (column 10) and 209 in avg comments (column 12).
    auto prepared = Importer::prepare(dataFile("youtube_top1000_2022.csv"), {});
    QVERIFY(prepared);
    QCOMPARE(prepared->batch.columnMapping.value("avg_comments")
                 .toArray()
                 .at(0)
                 .toObject()
                 .value("column")
                 .toInt(),
             12);
    QVERIFY(
        anyContains(prepared->batch.notices,
                    "avg_comments is read from column 12 (\"avg comments\") (full numbers rather than "
                    "abbreviations); column 11 (\"avg comments\") seems to hold the same figure and is not "
                    "imported."));
    int warnings = 0;
    for (const RowIssue &issue : prepared->plan.issues) {
        if (issue.severity == RowIssue::Severity::Warning) {
            ++warnings;
            QVERIFY(issue.reason.startsWith("\"#VALOR!\" is a spreadsheet error"));
        }
    }
    QCOMPARE(warnings, 113); // on the 605 rows whose handle is valid (verified with Python's csv module)
    QCOMPARE(prepared->plan.rows.size(), 605);
    QVERIFY(!rowFor(prepared->plan, "checkgate")->metrics.averageComments);
    QCOMPARE(*rowFor(prepared->plan, "tseries")->metrics.averageComments, 290.0);

    // Choosing the short columns instead: "N/A" is simply missing, no warning.
    auto shortColumns =
        Importer::prepare(dataFile("youtube_top1000_2022.csv"),
                          ImportOptions{{}, {"#9=avg_likes", "#11=avg_comments"}, {}, {}, {}, {}, {}, {}, {}});
    QVERIFY(shortColumns);
    // 394 names where the handle belongs and PrestonPlayz repeated with other figures (the exact repeat,
    // "ETV Jabardasth", is a name and rejected as such first).
    QCOMPARE(shortColumns->plan.issues.size(), 395);
}

void TestImporter::missingPlatformIsAnError()
{
    auto prepared = Importer::prepare(dataFile("quirk_latin1.csv"), {});
    QVERIFY(!prepared);
    QCOMPARE(prepared.error().message,
             "does not say which platform its accounts are on; use --platform (instagram, tiktok, youtube)");
}

void TestImporter::snapshotsMergeNewestWins()
{
    QTemporaryDir dir;
    auto project = ProjectFile::create(dir.filePath("p.candor"));
    QVERIFY(project);
    auto september = importCreators(**project, dataFile("instagram_top1000_2022-09.csv"),
                                   ImportOptions{{}, {}, {}, QDate(2022, 9, 30), {}, {}, {}, {}, {}});
    QVERIFY(september);
    auto december = importCreators(**project, dataFile("instagram_top1000_2022-12.csv"),
                                  ImportOptions{{}, {}, {}, QDate(2022, 12, 31), {}, {}, {}, {}, {}});
    QVERIFY(december);
    // 754 handles are in both snapshots (see the dataset's .source.txt).
    QCOMPARE(december->counts.merged, 754);
    QCOMPARE(december->counts.imported, 237);
    QCOMPARE(december->counts.rejected, 9);

    auto accounts = ProjectStore(**project).currentAccounts();
    QVERIFY(accounts);
    QCOMPARE(accounts->size(), 983 + 237);
    const auto cristiano = std::find_if(accounts->cbegin(), accounts->cend(),
                                        [](const Account &a) { return a.handle == "cristiano"; });
    QCOMPARE(*cristiano->metrics.followers, 523000000);
    QCOMPARE(cristiano->metrics.asOf, QDate(2022, 12, 31));
    QCOMPARE(countRows(**project,
                       "SELECT count(*) FROM metric_snapshots s JOIN accounts a ON a.id = s.account_id"
                       " WHERE a.handle = 'cristiano'"),
             2);
}

void TestImporter::olderSnapshotImportedLaterKeepsNewest()
{
    QTemporaryDir dir;
    auto project = ProjectFile::create(dir.filePath("p.candor"));
    QVERIFY(project);
    QVERIFY(importCreators(**project, dataFile("instagram_top1000_2022-12.csv"),
                          ImportOptions{{}, {}, {}, QDate(2022, 12, 31), {}, {}, {}, {}, {}}));
    auto september = importCreators(**project, dataFile("instagram_top1000_2022-09.csv"),
                                   ImportOptions{{}, {}, {}, QDate(2022, 9, 30), {}, {}, {}, {}, {}});
    QVERIFY(september);
    QCOMPARE(september->counts.merged, 754);
    auto accounts = ProjectStore(**project).currentAccounts();
    const auto leomessi = std::find_if(accounts->cbegin(), accounts->cend(),
                                       [](const Account &a) { return a.handle == "leomessi"; });
    QCOMPARE(*leomessi->metrics.followers, 409800000); // December, not September's 358.6M
}

void TestImporter::mappingIsSavedWithTheBatch()
{
    QTemporaryDir dir;
    auto project = ProjectFile::create(dir.filePath("p.candor"));
    QVERIFY(importCreators(**project, dataFile("youtube_top1000_2022.csv"),
                          ImportOptions{{}, {"#5=followers"}, {}, {}, {}, {}, {}, {}, {}}));
    auto query = sql::run((*project)->database(), {},
                          "SELECT column_mapping, notices, encoding, delimiter FROM import_batches");
    QVERIFY(query && query->next());
    QVERIFY2(query->value(0).toString().contains("\"followers\":[{\"column\":5,\"header\":\"Subscribers\"}]"),
             qPrintable(query->value(0).toString()));
    QVERIFY(query->value(1).toString().contains("Platform YouTube"));
    QCOMPARE(query->value(2).toString(), "UTF-8");
    QCOMPARE(query->value(3).toString(), ",");
}

void TestImporter::feesAndCurrencies()
{
    auto withoutCurrency =
        Importer::prepare(dataFile("fees.csv"), ImportOptions{Platform::TikTok, {}, {}, {}, {}, {}, {}, {}, {}});
    QVERIFY(withoutCurrency);
    QCOMPARE(issueSummary(withoutCurrency->plan),
             (QStringList{"3 R [fee] the fee has no currency; add a currency column or use --currency",
                          "4 R [fee] \"abc\" is not a number: unexpected characters"}));

    QTemporaryDir dir;
    auto project = ProjectFile::create(dir.filePath("fees.candor"));
    auto report = importCreators(**project, dataFile("fees.csv"),
                                ImportOptions{Platform::TikTok, {}, {}, QDate(2026, 11, 1), {}, "gbp", {}, {}, {}});
    QVERIFY_RESULT(report);
    QCOMPARE(report->counts.imported, 2);
    QCOMPARE(report->counts.rejected, 1);
    auto fees = sql::run((*project)->database(), {},
                         "SELECT a.handle, f.amount, f.currency, f.source, f.as_of FROM account_fees f"
                         " JOIN accounts a ON a.id = f.account_id ORDER BY a.handle");
    QStringList rows;
    while (fees->next())
        rows << QStringLiteral("%1 %2 %3 %4 %5")
                    .arg(fees->value(0).toString(), fees->value(1).toString(), fees->value(2).toString(),
                         fees->value(3).toString(), fees->value(4).toString());
    QCOMPARE(rows,
             (QStringList{"fee_one 250 EUR fees.csv 2026-11-01", "fee_two 1200 GBP fees.csv 2026-11-01"}));
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"

void TestImporter::previewSampleAndMapping()
{
    auto prepared = Importer::prepare(dataFile("instagram_top1000_2022-09.csv"), {});
    QVERIFY_RESULT(prepared);
    QCOMPARE(prepared->sample.size(), PreparedImport::kSampleSize);
    QCOMPARE(prepared->sample.first().line, 6); // the header spans five lines
    // The two "Subscribers" columns: the second holds full numbers and is read; so are both categories.
    QCOMPARE(prepared->fieldOfColumn,
             (QStringList{"", "handle", "display_name", "", "followers", "audience_country", "",
                          "authentic_engagement", "", "avg_engagement", "category", "category"}));
}

void TestImporter::jobOnAWorkerThread()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("p.candor");
    QVERIFY(ProjectFile::create(path));
    auto prepared = Importer::prepare(dataFile("instagram_top1000_2022-09.csv"), {});
    QVERIFY(prepared);
    ImportJob job(path, *prepared);
    QList<int> reports;
    connect(&job, &ImportJob::progress, this, [&](int written, int total) {
        QCOMPARE(total, 983);
        reports << written;
    });
    job.start();
    QVERIFY(job.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(job.result().has_value(), 30000);
    QVERIFY2(*job.result(), qPrintable(job.result()->error().toString()));
    QCOMPARE((*job.result())->imported, 983);
    QCOMPARE((*job.result())->rejected, 67);
    QCOMPARE(reports, (QList<int>{0, 250, 500, 750, 983}));
    auto project = ProjectFile::open(path);
    QCOMPARE(countRows(**project, "SELECT count(*) FROM accounts"), 983);
}

void TestImporter::cancelledJobLeavesTheProjectUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("p.candor");
    {
        auto project = ProjectFile::create(path);
        QVERIFY(project);
        QVERIFY(importCreators(**project, dataFile("youtube_top1000_2022.csv"), {}));
    }
    const auto bytes = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QByteArray before = bytes();
    QVERIFY(!before.isEmpty());

    // Enough rows that the worker is still writing when the first progress report reaches this thread, even on a
    // loaded machine (the reports are queued; a thousand rows could all be in before the first one arrives).
    const QString csv = dir.filePath("many.csv");
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray text = "handle,platform,followers\n";
        for (int i = 1; i <= 50000; ++i)
            text += "many_" + QByteArray::number(i) + ",tiktok," + QByteArray::number(1000 + i) + '\n';
        file.write(text);
    }
    auto prepared = Importer::prepare(csv, {});
    QVERIFY(prepared);
    ImportJob job(path, *prepared);
    // Cancel once a few hundred rows are in: they must all be rolled back.
    connect(&job, &ImportJob::progress, &job, [&](int written) {
        if (written >= 250)
            job.cancel();
    });
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(job.result().has_value(), 30000);
    QVERIFY(!*job.result());
    QVERIFY(job.result()->error().toString().contains("cancelled; the project is unchanged"));
    QCOMPARE(job.result()->error().kind, ErrorKind::Cancelled);
    QVERIFY(job.result()->error().toString().contains("p.candor"));
    QCOMPARE(bytes(), before);
    auto project = ProjectFile::open(path);
    QCOMPARE(countRows(**project, "SELECT count(*) FROM accounts"), 605);
    QCOMPARE(countRows(**project, "SELECT count(*) FROM import_batches"), 1);
}

// A file longer than the survey and than one chunk: repeats are found across chunks, rows after the survey are
// read with its decisions, blank lines anywhere are counted, and what was written is what a preview counted.
void TestImporter::largeFileStreamsInChunks()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath("large.csv");
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray text = "handle,platform,followers,engagement_rate\n";
        for (int i = 1; i <= 20000; ++i) {
            if (i == 15000)
                text += "creator_2,tiktok,1002,0.002\n"; // line 15001 repeats line 3
            else if (i == 19000)
                text += "CREATOR_3,tiktok,99,0.0300\n"; // line 19001 conflicts with line 4
            else
                text += QStringLiteral("creator_%1,tiktok,%2,0.0%3\n").arg(i).arg(1000 + i).arg(i % 100, 2, 10, QLatin1Char('0')).toUtf8();
            if (i == 17000)
                text += "\n";
        }
        file.write(text);
    }
    auto preview = Importer::prepare(csv, {}, Importer::Keep::Summary);
    QVERIFY_RESULT(preview);
    QCOMPARE(preview->rowsAccepted, 19998);
    QVERIFY(preview->plan.rows.isEmpty());
    QCOMPARE(preview->plan.recordsRead, 20000);

    const QString path = dir.filePath("p.candor");
    auto project = ProjectFile::create(path);
    QVERIFY_RESULT(project);
    auto report = importCreators(**project, csv, {});
    QVERIFY_RESULT(report);
    QCOMPARE(report->counts.imported, 19998);
    QCOMPARE(report->counts.rejected, 2);
    QCOMPARE(report->prepared.plan.recordsRead, 20000);
    QCOMPARE(issueSummary(report->prepared.plan),
             (QStringList{"15001 R [handle] repeats line 3 exactly",
                          "19002 R [handle] handle \"CREATOR_3\" already appears on line 4 with different figures; "
                          "line 4 was kept. Remove one of the two rows, or import them as separate snapshots"}));
    QVERIFY(report->prepared.batch.notices.contains(
        "The columns, the number format and the platform were judged from the first 10,000 rows."));
    QVERIFY(report->prepared.batch.notices.contains("1 blank lines were skipped."));
    QCOMPARE(countRows(**project, "SELECT count(*) FROM accounts"), 19998);
    QCOMPARE(countRows(**project, "SELECT count(*) FROM import_issues"), 2);
    QCOMPARE(countRows(**project, "SELECT rows_read FROM import_batches"), 20000);
    QCOMPARE(countRows(**project, "SELECT rejected FROM import_batches"), 2);
    QCOMPARE(countRows(**project, "SELECT count(*) FROM import_batches WHERE notices LIKE '%blank lines%'"), 1);
    QCOMPARE(countRows(**project, "SELECT followers FROM metric_snapshots s JOIN accounts a ON a.id = s.account_id"
                                  " WHERE a.handle = 'creator_19999'"),
             20999);
}
