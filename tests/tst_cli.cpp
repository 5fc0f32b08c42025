#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void versionAndHelp();
    void usageErrors_data();
    void usageErrors();
    void newImportInfoRejected();
    void demoProject();
    void cannotOpen();
    void unreadableDataChangesNothing();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run candor(const QStringList &arguments);
    QTemporaryDir m_dir;
};

TestCli::Run TestCli::candor(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_DATA_HOME", m_dir.filePath("xdg")); // never touch the real user's demo project
    env.remove("DISPLAY");
    env.remove("QT_QPA_PLATFORM"); // subcommands must not need any display
    process.setProcessEnvironment(env);
    process.start(CANDOR_EXECUTABLE, arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestCli::versionAndHelp()
{
    const Run version = candor({"--version"});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out, "candor " CANDOR_VERSION "\n");
    const Run help = candor({"--help"});
    QCOMPARE(help.exitCode, 0);
    for (const char *command : {"new", "demo", "import", "info", "rejected"})
        QVERIFY2(help.out.contains(QStringLiteral("\n  %1 ").arg(QLatin1String(command))), command);
    const Run importHelp = candor({"import", "--help"});
    QCOMPARE(importHelp.exitCode, 0);
    QVERIFY(importHelp.out.contains("--map <column=field>"));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << "candor: unknown command \"frobnicate\"";
    QTest::newRow("missing argument")
        << QStringList{"import", "x.candor"} << "candor: import expects FILE.candor DATA.csv|DATA.json";
    QTest::newRow("unknown option") << QStringList{"info", "--colour", "x.candor"}
                                    << "candor: Unknown option 'colour'.";
    QTest::newRow("unknown platform") << QStringList{"import", "x.candor", "y.csv", "--platform", "myspace"}
                                      << "candor: unknown platform \"myspace\"";
    QTest::newRow("bad date") << QStringList{"import", "x.candor", "y.csv", "--as-of", "yesterday"}
                              << "candor: --as-of needs a date";
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = candor(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(message), qPrintable(run.err));
}

void TestCli::newImportInfoRejected()
{
    const QString project = m_dir.filePath("cli.candor");
    const Run created = candor({"new", project});
    QCOMPARE(created.exitCode, 0);
    QCOMPARE(created.out, QStringLiteral("Created %1 (schema version 3)\n").arg(project));

    const Run imported = candor({"import", project, CANDOR_TEST_DATA "/instagram_top1000_2022-09.csv"});
    QCOMPARE(imported.exitCode, 2); // rows were rejected
    QVERIFY2(imported.out.contains("  rows read: 1050\n  imported:  983 (new accounts)\n  merged:    0"),
             qPrintable(imported.out));
    QVERIFY(imported.out.contains("  rejected:  67\n"));
    QVERIFY(imported.out.contains(
        "  instagram_top1000_2022-09.csv:356: [Instagram name] rejected: repeats line 351 "
        "exactly\n"));
    QCOMPARE(imported.out.count("] rejected: "), 67);

    const Run merged = candor({"import", project, CANDOR_TEST_DATA "/instagram_top1000_2022-12.csv"});
    QCOMPARE(merged.exitCode, 2);
    QVERIFY(merged.out.contains("  imported:  237 (new accounts)\n  merged:    754"));

    const Run clean =
        candor({"import", project, CANDOR_TEST_DATA "/srf_instagram_followers_labelled_fake.csv"});
    QCOMPARE(clean.exitCode, 0);
    QVERIFY(clean.out.contains("  imported:  975"));

    const Run info = candor({"info", project});
    QCOMPARE(info.exitCode, 0);
    QVERIFY(info.out.contains("Schema version:       3\n"));
    QVERIFY(info.out.contains("Accounts:             2195\n")); // 983 + 237 + 975
    QVERIFY(info.out.contains("Rejected rows:        76\n"));   // 67 + 9
    QVERIFY(info.out.contains("Last import:          srf_instagram_followers_labelled_fake.csv"));

    const Run rejected = candor({"rejected", project});
    QCOMPARE(rejected.exitCode, 0);
    QCOMPARE(rejected.out.count('\n'), 76);
    QVERIFY(rejected.out.contains(
        "instagram_top1000_2022-12.csv:152: [name] rejected: handle \"juliaanalvarez\""));
}

void TestCli::demoProject()
{
    const QString path = m_dir.filePath("demo.candor");
    const Run demo = candor({"demo", path});
    QCOMPARE(demo.exitCode, 0);
    QVERIFY(demo.out.contains("synthetic"));
    const Run info = candor({"info", path});
    QVERIFY(info.out.contains("Data:                 synthetic, made up by the demo generator\n"));
    QVERIFY(info.out.contains("Creators:             300\n"));
    const Run again = candor({"demo", path});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.startsWith("The demo project already exists"));
}

void TestCli::cannotOpen()
{
    const Run missing = candor({"info", m_dir.filePath("nope.candor")});
    QCOMPARE(missing.exitCode, 3);
    QVERIFY(missing.err.contains("nope.candor: the file does not exist"));
    const Run foreign =
        candor({"import", CANDOR_TEST_DATA "/creators.json", CANDOR_TEST_DATA "/creators.json"});
    QCOMPARE(foreign.exitCode, 3);
    QVERIFY(foreign.err.contains("is not a Candor project"));
}

void TestCli::unreadableDataChangesNothing()
{
    const QString project = m_dir.filePath("unchanged.candor");
    QCOMPARE(candor({"new", project}).exitCode, 0);
    const Run broken = candor({"import", project, CANDOR_TEST_DATA "/broken.json"});
    QCOMPARE(broken.exitCode, 2);
    QVERIFY2(broken.err.contains("broken.json: is not valid JSON: line 3:"), qPrintable(broken.err));
    QVERIFY(broken.err.contains("Nothing was imported; the project is unchanged."));
    const Run info = candor({"info", project});
    QVERIFY(info.out.contains("Imports:              0\n"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
