#include "MainWindow.h"
#include "demo/DemoProject.h"
#include "itemmodels/CandidateTableModel.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void showsAllDemoCreators();
    void searchFilters();
    void failedOpenKeepsCurrentProject();

private:
    QTemporaryDir m_dir;
    QString m_demoPath;
};

void TestMainWindow::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_demoPath = m_dir.filePath("demo.candor");
    QVERIFY(DemoProject::create(m_demoPath));
}

void TestMainWindow::showsAllDemoCreators()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto opened = window.openProject(m_demoPath);
    QVERIFY2(opened, qPrintable(opened.error().toString()));

    QTableView *table = window.findChild<QTableView *>("candidateTable");
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 317); // 300 creators, 17 of them on two platforms
    QSet<QString> names;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        names << table->model()->index(row, CandidateTableModel::Name).data().toString();
    QVERIFY(names.size() > 250); // names repeat only by chance of the generator's name lists
    QVERIFY(window.findChild<QLabel *>("syntheticBanner")->isVisible());
    QCOMPARE(window.windowTitle(), "Candor demo (synthetic data) — Candor");

    // Sorted by followers, largest first.
    const QModelIndex first = table->model()->index(0, CandidateTableModel::Followers);
    const QModelIndex second = table->model()->index(1, CandidateTableModel::Followers);
    QVERIFY(first.data(CandidateTableModel::SortRole).toLongLong() >=
            second.data(CandidateTableModel::SortRole).toLongLong());

    const QString screenshots = qEnvironmentVariable("CANDOR_SCREENSHOT_DIR");
    if (!screenshots.isEmpty()) {
        QDir().mkpath(screenshots);
        window.resize(1280, 760);
        QTest::qWait(50);
        QVERIFY(window.grab().save(QDir(screenshots).filePath("main-window.png")));
    }
}

void TestMainWindow::searchFilters()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(m_demoPath));
    QTableView *table = window.candidateTable();
    QLineEdit *search = window.findChild<QLineEdit *>("searchBox");
    QTest::keyClicks(search, "no such creator anywhere");
    QCOMPARE(table->model()->rowCount(), 0);
    search->clear();
    QCOMPARE(table->model()->rowCount(), 317);
    QTest::keyClicks(search, "youtube");
    const int youtube = table->model()->rowCount();
    QVERIFY(youtube > 0 && youtube < 317);
    for (int row = 0; row < youtube; ++row)
        QCOMPARE(table->model()->index(row, CandidateTableModel::Platform).data().toString(), "YouTube");
}

void TestMainWindow::failedOpenKeepsCurrentProject()
{
    MainWindow window;
    QVERIFY(window.openProject(m_demoPath));
    auto failed = window.openProject(m_dir.filePath("missing.candor"));
    QVERIFY(!failed);
    QVERIFY(failed.error().toString().contains("missing.candor"));
    QCOMPARE(window.candidateTable()->model()->rowCount(), 317);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
