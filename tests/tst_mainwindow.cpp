// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ApprovalBar.h"
#include "AudienceImportDialog.h"
#include "CampaignDialog.h"
#include "CandidateDetail.h"
#include "CompareView.h"
#include "CreatorDialog.h"
#include "DecisionDialog.h"
#include "EvidenceViews.h"
#include "FairnessDashboard.h"
#include "FiltersPanel.h"
#include "HelpBrowser.h"
#include "HistoryView.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "PolicyView.h"
#include "PreferencesDialog.h"
#include "PrivacyView.h"
#include "ReportDialog.h"
#include "TargetAudienceEditor.h"
#include "TestSupport.h"
#include "WeightsPanel.h"
#include "WelcomeDialog.h"
#include "core/Translations.h"
#include "demo/DemoProject.h"
#include "itemmodels/AuditLogModel.h"
#include "itemmodels/BenchmarkTableModel.h"
#include "itemmodels/BreakdownModel.h"
#include "itemmodels/ComparisonModel.h"
#include "itemmodels/EvidenceModels.h"
#include "itemmodels/GroupFairnessModel.h"
#include "itemmodels/ImportModels.h"
#include "itemmodels/PolicyFindingsModel.h"
#include "itemmodels/PrivacyReviewModel.h"
#include "itemmodels/RankingModel.h"
#include "itemmodels/TargetAudienceModel.h"
#include "storage/NewProject.h"
#include "storage/PrivacyStore.h"
#include "storage/ProjectFile.h"
#include "storage/ProjectStore.h"
#include "undo/WorkbenchCommands.h"
#include "workbench/PolicyMonitor.h"
#include "workbench/Workbench.h"

#include <QAbstractItemModelTester>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGroupBox>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTextStream>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>
#include <QValueAxis>
#include <QXYSeries>
#include <QXmlStreamReader>
#include <functional>

using namespace candor;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void showsAllDemoCandidates();
    void searchFilters();
    void failedOpenKeepsCurrentProject();
    void opensOnAWorkerAndCancels();
    void sliderReranksLikeTheCommandLineAndUndoRestores();
    void overrideWithoutJustificationIsRefused();
    void compareSelectedCandidates();
    void importDialogPreviewsMapsAndImports();
    void preferencesApplyAndPersist();
    void filtersAndNotesAreUndoable();
    void followsADarkPalette();
    void fairnessDashboardFollowsTheShortlist();
    void screenshots();
    void policyPageShowsAndResolvesTheAgeFinding();
    void aboutNamesEveryLicence();
    void welcomeAndUserGuide();
    void germanMenusAndDecisionDialog();
    void translationsComplete_data();
    void translationsComplete();
    void authenticityWarningAgreesWithTheCommandLine();
    void evidenceTabsShowSignalsJumpsAndPosts();
    void historyShowsTheDecisionRecord();
    void privacyPageResolvesFindings();
    void exportReportWithPreview();
    void largeImportShowsProgressAndClosingAsks();
    void decisionFromTheKeyboardAndUndoFromAnyFocus();
    void everyPageFitsAt1280x720();
    void ownDataEndToEnd();
    void campaignSwitchKeepsUnsavedWeights();
    void creatorsByHandAreUndoable();
    void campaignDialogStartingPoints();

private:
    QJsonArray cliRanking(const QStringList &extra, const QString &path = {});
    QString grabTo(QWidget *widget, const QString &name);
    // A writable copy of the demo at `path`, open in `window` (shown at 1500 x 900).
    bool openCopyOfDemo(MainWindow &window, const QString &path);

    QTemporaryDir m_dir;
    QString m_demoPath;
    QString m_template;
};

void TestMainWindow::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QStandardPaths::setTestModeEnabled(true); // settings under ~/.qttest, never the user's
    QCoreApplication::setOrganizationName("CandorTests");
    QCoreApplication::setApplicationName("tst_mainwindow");
    m_template = m_dir.filePath("template.candor");
    QVERIFY(DemoProject::create(m_template));
}

void TestMainWindow::init()
{
    // Every test starts from the default settings and an untouched copy of the demo.
    QSettings().clear();
    m_demoPath = m_dir.filePath(
        QStringLiteral("demo-%1.candor").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_demoPath);
    QVERIFY(QFile::copy(m_template, m_demoPath));
}

QJsonArray TestMainWindow::cliRanking(const QStringList &extra, const QString &path)
{
    QProcess process;
    process.start(CANDOR_EXECUTABLE,
                  QStringList{"rank", path.isEmpty() ? m_demoPath : path, "--format", "json", "--draws", "0"} + extra);
    if (!process.waitForFinished(60000))
        return {};
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object().value("candidates").toArray();
}

void TestMainWindow::showsAllDemoCandidates()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto opened = window.openProject(m_demoPath);
    QVERIFY_RESULT(opened);

    QTableView *table = window.findChild<QTableView *>("candidateTable");
    QCOMPARE(table->model()->rowCount(), 317); // 300 creators, 17 of them on two platforms
    QCOMPARE(table->model()->index(0, RankingModel::Rank).data().toInt(), 1);
    QVERIFY(window.findChild<QLabel *>("syntheticBanner")->isVisible());
    QCOMPARE(window.windowTitle(), "Candor demo (synthetic data) — Candor");
    QCOMPARE(window.campaignSelector()->count(), 3);
    QCOMPARE(window.campaignSelector()->currentText(), "Spring skincare launch");
    // The first row is selected and explained.
    QCOMPARE(window.detail()->candidate(), window.workbench()->order().front());

    // Another campaign: its own model and filters.
    window.campaignSelector()->setCurrentIndex(1);
    emit window.campaignSelector()->activated(1);
    QCOMPARE(window.workbench()->model().name, "Awareness");
    QCOMPARE(table->model()->index(58, RankingModel::Rank).data().toString(), QString()); // 58 ranked
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
        QCOMPARE(table->model()->index(row, RankingModel::Platform).data().toString(), "YouTube");
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

void TestMainWindow::opensOnAWorkerAndCancels()
{
    MainWindow window;
    window.show();
    std::optional<Status> outcome;
    window.openAndReport(m_demoPath, [&outcome](const Status &opened) { outcome = opened; });
    // Nothing is read on the GUI thread: the window is still empty and shows the progress and a way out.
    QVERIFY(window.isOpening());
    QVERIFY(!window.workbench());
    auto *cancel = window.findChild<QPushButton *>("cancelOpen");
    QVERIFY(cancel && cancel->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 60000);
    QVERIFY_RESULT(*outcome);
    QVERIFY(!cancel->isVisible());
    QCOMPARE(window.candidateTable()->model()->rowCount(), 317);

    // Another project, cancelled before it is ready: the first stays open and nothing is reported.
    const QString other = m_dir.filePath("other.candor");
    QFile::remove(other);
    QVERIFY(QFile::copy(m_demoPath, other));
    outcome.reset();
    window.resize(1280, 720);
    window.openAndReport(other, [&outcome](const Status &opened) { outcome = opened; });
    QVERIFY(cancel->isVisible());
    grabTo(&window, "opening-progress.png");
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!window.isOpening());
    QTest::qWait(1000); // whatever the worker still delivers is dropped
    QVERIFY(!outcome.has_value());
    QCOMPARE(window.workbench()->project().path(), m_demoPath);
}

void TestMainWindow::sliderReranksLikeTheCommandLineAndUndoRestores()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(m_demoPath));
    QTableView *table = window.candidateTable();
    const auto topHandle = [table] {
        return table->model()->index(0, RankingModel::Handle).data().toString();
    };
    const auto topScore = [table] { return table->model()->index(0, RankingModel::Score).data().toString(); };
    const QString handleBefore = topHandle();
    const QString scoreBefore = topScore();
    const QJsonArray before = cliRanking({});
    QCOMPARE(handleBefore, "@" + before.at(0).toObject().value("handle").toString());

    // Drag the reach slider from 1 to 6 with the keyboard (Page Up moves by a page step of 10 = 1.0).
    QSlider *reach = window.weightsPanel()->findChild<QSlider *>("weightSlider_reach");
    QVERIFY(reach);
    const int selected = window.workbench()->order().at(0);
    window.selectCandidate(selected);
    reach->setFocus();
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(reach, Qt::Key_PageUp);
    QCOMPARE(window.workbench()->weights()[3], 6.0);
    QCOMPARE(window.undoStack()->count(), 1); // one drag, one undo step
    // The detail pane follows quick changes once they pause: it ends on the last weights' score and rank.
    auto *summary = window.detail()->findChild<QLabel *>("detailSummary");
    const QString finalScore = QStringLiteral("<b>Score %1</b> of 100 · rank <b>%2</b>")
                                   .arg(QLocale().toString(window.workbench()->breakdown(selected).score, 'f', 1))
                                   .arg(window.workbench()->rankOf(selected));
    QTRY_VERIFY2(summary->text().contains(finalScore), qPrintable(summary->text()));

    const QJsonArray after = cliRanking({"--weight", "reach=6"});
    for (int row = 0; row < 10; ++row) {
        const QJsonObject expected = after.at(row).toObject();
        QCOMPARE(table->model()->index(row, RankingModel::Handle).data().toString(),
                 "@" + expected.value("handle").toString());
        QCOMPARE(table->model()->index(row, RankingModel::Score).data().toString(),
                 QLocale().toString(expected.value("score").toDouble(), 'f', 1));
    }
    QVERIFY(topHandle() != handleBefore || topScore() != scoreBefore);

    window.undoStack()->undo();
    QCOMPARE(window.workbench()->weights()[3], 1.0);
    QCOMPARE(reach->value(), 10);
    QCOMPARE(topHandle(), handleBefore);
    QCOMPARE(topScore(), scoreBefore);
}

void TestMainWindow::overrideWithoutJustificationIsRefused()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(m_demoPath));
    Workbench *workbench = window.workbench();
    const int fiftieth = workbench->order().at(49);
    window.selectCandidate(fiftieth);
    QCOMPARE(window.selectedCandidate(), fiftieth);

    bool okWasDisabled = false;
    bool sawOverrideText = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<DecisionDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        okWasDisabled = !ok->isEnabled();
        sawOverrideText =
            dialog->findChildren<QLabel *>().first()->text().contains("goes against the ranking");
        QTest::keyClicks(dialog->reasonEdit(), "   ");
        okWasDisabled = okWasDisabled && !ok->isEnabled(); // blanks are no justification
        dialog->reject();
    });
    QVERIFY(!window.decideSelected(DecisionKind::Shortlisted));
    QVERIFY(okWasDisabled);
    QVERIFY(sawOverrideText);
    QVERIFY(!workbench->decisionOf(fiftieth));
    QCOMPARE(window.undoStack()->count(), 0);

    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<DecisionDialog *>(QApplication::activeModalWidget());
        QTest::keyClicks(dialog->reasonEdit(), "Known to the client from the 2025 launch");
        dialog->accept();
    });
    QVERIFY(window.decideSelected(DecisionKind::Shortlisted));
    QVERIFY(workbench->decisionOf(fiftieth)->isOverride);
    QCOMPARE(window.candidateTable()->model()->index(49, RankingModel::Decision).data().toString(),
             "Shortlisted (override)");
    window.undoStack()->undo();
    QVERIFY(!workbench->decisionOf(fiftieth));
}

void TestMainWindow::compareSelectedCandidates()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(m_demoPath));
    QTableView *table = window.candidateTable();
    const auto &order = window.workbench()->order();

    // One selected: compared with the candidate ranked just above it.
    window.selectCandidate(order.at(11));
    window.compareSelected();
    QVERIFY(window.compareView());
    QCOMPARE(window.compareView()->model()->candidates(), (QList<int>{order.at(10), order.at(11)}));

    // Back in the main window, three picked with Ctrl+click, in any order: the best ranked is the reference.
    window.compareView()->window()->close();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(4, 1)).center());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      table->visualRect(table->model()->index(0, 1)).center());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      table->visualRect(table->model()->index(2, 1)).center());
    QTest::keyClick(table, Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(window.compareView()->model()->candidates(), (QList<int>{order.at(0), order.at(2), order.at(4)}));
    auto *explanation = window.compareView()->findChild<QLabel *>("compareExplanation");
    QVERIFY(explanation->text().startsWith("<p>@" + window.workbench()->pool().handle(order.at(0)) + " scores "));
    QCOMPARE(explanation->text().count("<p>"), 2);
    if (!qEnvironmentVariableIsEmpty("CANDOR_SCREENSHOT_DIR"))
        grabTo(window.compareView()->window(), "compare-view.png");
}

void TestMainWindow::importDialogPreviewsMapsAndImports()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(m_demoPath));
    QCOMPARE(window.workbench()->candidateCount(), 317);
    ImportDialog *dialog = window.showImportDialog();
    QVERIFY(dialog);
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    QAbstractItemModelTester sampleTester(dialog->sampleModel(), mode);
    QAbstractItemModelTester mappingTester(dialog->mappingModel(), mode);
    QAbstractItemModelTester issuesTester(dialog->issuesModel(), mode);
    dialog->setFile(QStringLiteral(CANDOR_TEST_DATA "/instagram_top1000_2022-09.csv"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isPreviewReady(), 20000);
    QCOMPARE(dialog->sampleModel()->rowCount(), 20);
    QCOMPARE(dialog->sampleModel()->headerData(0, Qt::Vertical).toString(), "line 6");
    QCOMPARE(dialog->mappingModel()->rowCount(), 12);
    QCOMPARE(dialog->issuesModel()->rowCount(), 67);
    QVERIFY(dialog->summaryLabel()->text().contains("<b>983 will be imported</b>"));

    // Reading "Audience country" as nothing: the file is read again, off the GUI thread, with the override.
    QAbstractItemModel *mapping = dialog->mappingModel();
    QVERIFY(mapping->setData(mapping->index(5, ImportMappingModel::ReadAs), QString()));
    QCOMPARE(dialog->mappingModel()->overrides(), QStringList{"#6=ignore"});
    QTRY_COMPARE_WITH_TIMEOUT(mapping->index(5, ImportMappingModel::ReadAs).data().toString(), "(left out)", 20000);
    if (!qEnvironmentVariableIsEmpty("CANDOR_SCREENSHOT_DIR"))
        grabTo(dialog, "import-dialog.png");
    QVERIFY(mapping->setData(mapping->index(5, ImportMappingModel::ReadAs), "audience_country"));
    QTRY_COMPARE_WITH_TIMEOUT(mapping->index(5, ImportMappingModel::ReadAs).data().toString(), "audience country",
                              20000);

    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QVERIFY(dialog->isImporting());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isImporting(), 30000);
    QVERIFY2(dialog->summaryLabel()->text().contains("983 new accounts, 0 merged"),
             qPrintable(dialog->summaryLabel()->text()));
    // The workbench has read the project again, on the same campaign.
    QTRY_COMPARE(window.workbench()->candidateCount(), 317 + 983);
    QCOMPARE(window.workbench()->campaign().name, "Spring skincare launch");
    dialog->close();
}

void TestMainWindow::preferencesApplyAndPersist()
{
    QSettings().clear();
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(m_demoPath));
    Workbench *w = window.workbench();
    const int top = w->order().front();
    const double before = w->scores()[std::size_t(top)];
    const int version = w->model().version;

    PreferencesDialog *dialog = window.showPreferences();
    QVERIFY(dialog);
    QAbstractItemModelTester benchmarkTester(dialog->benchmarkModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog->benchmarkModel()->rowCount(), 6); // six follower tiers, HypeAuditor 2018
    if (!qEnvironmentVariableIsEmpty("CANDOR_SCREENSHOT_DIR"))
        grabTo(dialog, "preferences.png");
    dialog->userNameEdit()->setText("Ada Brand");
    // A source can be changed but not emptied; a rate must be a percentage.
    QAbstractItemModel *benchmarks = dialog->benchmarkModel();
    QVERIFY(!benchmarks->setData(benchmarks->index(0, BenchmarkTableModel::Source), "  "));
    QVERIFY(!benchmarks->setData(benchmarks->index(0, BenchmarkTableModel::Median), -1.0));
    for (int row = 0; row < benchmarks->rowCount(); ++row) {
        QVERIFY(benchmarks->setData(benchmarks->index(row, BenchmarkTableModel::Median), 10.0));
        QVERIFY(benchmarks->setData(benchmarks->index(row, BenchmarkTableModel::Source), "Our agency, 2026"));
    }
    QCOMPARE(benchmarks->index(0, BenchmarkTableModel::Median).data().toString(), "10.00 %");
    dialog->missingDataChoice()->setCurrentIndex(1); // leave missing factors out
    dialog->accept();

    QCOMPARE(w->userName(), "Ada Brand");
    QCOMPARE(PreferencesDialog::userName(), "Ada Brand");
    QCOMPARE(w->model().version, version + 1);
    QCOMPARE(w->model().missingData, scoring::MissingDataRule::Exclude);
    QCOMPARE(w->benchmarks().rows.front().source, "Our agency, 2026");
    QVERIFY(w->scores()[std::size_t(top)] != before);

    // Both project settings are in the file: a fresh workbench reads them back.
    auto reopened = Workbench::open(m_demoPath);
    QVERIFY(reopened);
    QCOMPARE((*reopened)->benchmarks().rows.front().medianRate, 0.10);
    QCOMPARE((*reopened)->model().missingData, scoring::MissingDataRule::Exclude);
    QSettings().clear();
}

void TestMainWindow::filtersAndNotesAreUndoable()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(m_demoPath));
    Workbench *w = window.workbench();
    FiltersPanel *filters = window.filtersPanel();
    QCOMPARE(filters->minimumFollowers()->value(), 10000);

    // A million followers at least, Instagram only: 34 ranked (SELECT count(*) on the file agrees).
    filters->minimumFollowers()->setValue(1000000);
    filters->platformBox(Platform::TikTok)->setChecked(false);
    filters->platformBox(Platform::YouTube)->setChecked(false);
    QCOMPARE(int(w->order().size()), 34);
    QCOMPARE(window.candidateTable()->model()->index(34, RankingModel::FilteredOutBy).data().toString().isEmpty(), false);
    window.undoStack()->undo();
    window.undoStack()->undo();
    window.undoStack()->undo();
    QCOMPARE(int(w->order().size()), 252);
    QCOMPARE(filters->minimumFollowers()->value(), 10000);
    QVERIFY(filters->platformBox(Platform::TikTok)->isChecked());

    // A note on the selected candidate, then undone.
    window.selectCandidate(w->order().at(2));
    QLineEdit *edit = window.detail()->noteEdit();
    QTest::keyClicks(edit, "Asked for the media kit");
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(edit->text().isEmpty());
    auto *notes = window.detail()->findChild<QLabel *>("detailNotes");
    QVERIFY2(notes->text().contains("Asked for the media kit"), qPrintable(notes->text()));
    QCOMPARE(window.undoStack()->undoText(), "note on @" + w->pool().handle(w->order().at(2)));
    window.undoStack()->undo();
    QCOMPARE(notes->text(), "<i>No notes yet.</i>");
}

void TestMainWindow::followsADarkPalette()
{
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x99, 0x99, 0x99));
    dark.setColor(QPalette::Midlight, QColor(0x44, 0x44, 0x44));

    MainWindow window;
    window.resize(1500, 900);
    window.show();
    QVERIFY(window.openProject(m_demoPath));
    QCOMPARE(window.detail()->breakdownChart()->chart()->theme(), QChart::ChartThemeLight);
    // The system switches to dark while the window is open: the charts follow.
    QApplication::setPalette(dark);
    QTRY_COMPARE(window.detail()->breakdownChart()->chart()->theme(), QChart::ChartThemeDark);
    window.selectCandidate(window.workbench()->order().at(11));
    QCOMPARE(window.detail()->breakdownChart()->chart()->series().size(), 1);
    if (!qEnvironmentVariableIsEmpty("CANDOR_SCREENSHOT_DIR"))
        grabTo(&window, "main-window-dark.png");
    QApplication::setPalette(light);
    QTRY_COMPARE(window.detail()->breakdownChart()->chart()->theme(), QChart::ChartThemeLight);
}

void TestMainWindow::fairnessDashboardFollowsTheShortlist()
{
    MainWindow window;
    window.resize(1700, 1050);
    window.show();
    QVERIFY(window.openProject(m_demoPath));
    QVERIFY(!window.fairnessDashboard()); // built when first opened
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(window.candidateTable(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    FairnessDashboard *dashboard = window.fairnessDashboard();
    QVERIFY(dashboard);
    QCOMPARE(window.pages()->currentWidget(), dashboard);
    QCOMPARE(window.pages()->tabText(1), "&Fairness");
    QAbstractItemModelTester tester(dashboard->groupModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(dashboard->audit().selectionLabel, "the top 10");
    QCOMPARE(dashboard->audit().dimensions.size(), 3); // age band, country, gender
    QVERIFY(dashboard->summary()->text().contains("Gender</b>: unbalanced"));
    QCOMPARE(dashboard->attributeChoice()->count(), 3);
    QCOMPARE(dashboard->attributeChoice()->currentText(), "age band");
    QCOMPARE(dashboard->groupModel()->rowCount(), 4);
    // Minors reached outside the target: the first, critical finding.
    QVERIFY2(dashboard->findingsLabel()->text().contains("Critical</b> · Age band 13-17: "),
             qPrintable(dashboard->findingsLabel()->text()));
    // The band drawn is the band chosen: a box from lower × to upper × each target share.
    auto *bandSpin = dashboard->findChild<QDoubleSpinBox *>("fairnessBand");
    for (const double band : {0.9, 0.7, 0.8}) {
        bandSpin->setValue(band);
        QTRY_COMPARE(dashboard->audit().settings.thresholds.lower, band);
        const fairness::DimensionBalance &age = dashboard->audit().dimensions.first().balance;
        auto *view = dashboard->findChild<QTabWidget *>()->widget(0)->findChild<QChartView *>();
        QList<QLineSeries *> boxes;
        for (QAbstractSeries *series : view->chart()->series()) {
            if (series->objectName() == "bandBox")
                boxes << qobject_cast<QLineSeries *>(series);
        }
        QVERIFY(!boxes.isEmpty());
        const double q = 100.0 * age.categories.first().target;
        const QList<QPointF> corners = boxes.first()->points();
        QCOMPARE(corners.at(0).y(), band * q);
        QCOMPARE(corners.at(2).y(), q / band);
        auto *axis = qobject_cast<QValueAxis *>(view->chart()->axes(Qt::Vertical).first());
        QVERIFY(axis->max() >= q / band);
    }
    QTest::qWait(50); // let the layout take the new texts before the picture
    if (!qEnvironmentVariableIsEmpty("CANDOR_SCREENSHOT_DIR")) {
        grabTo(&window, "fairness-dashboard.png");
        // The whole page, group fairness included, as it scrolls.
        grabTo(dashboard->findChild<QScrollArea *>()->widget(), "fairness-dashboard-page.png");
    }

    // Shortlisting one candidate: the dashboard now audits the shortlist.
    window.pages()->setCurrentIndex(0);
    window.selectCandidate(window.workbench()->order().at(0));
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<DecisionDialog *>(QApplication::activeModalWidget());
        QTest::keyClicks(dialog->reasonEdit(), "Strong fit with the brief.");
        dialog->accept();
    });
    QVERIFY(window.decideSelected(DecisionKind::Shortlisted));
    window.pages()->setCurrentWidget(dashboard);
    QTRY_COMPARE(dashboard->audit().selectionLabel, "the shortlist (1 candidate)");
    QCOMPARE(dashboard->audit().selected, QList<int>{window.workbench()->order().at(0)});
    // Undone: back to the top 10.
    window.undoStack()->undo();
    QTRY_COMPARE(dashboard->audit().selectionLabel, "the top 10");
}

QString TestMainWindow::grabTo(QWidget *widget, const QString &name)
{
    const QString directory = qEnvironmentVariable("CANDOR_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return {};
    QDir().mkpath(directory);
    const QString path = QDir(directory).filePath(name);
    widget->grab().save(path);
    return path;
}

namespace {

// What a person would see cut off at this size: a widget narrower (or a wrapped label lower) than it needs, a tab
// title or a chart label elided. QtCharts elides with "...".
QStringList clippedWidgets(QWidget *root)
{
    QStringList problems;
    const auto name = [](const QWidget *w) {
        QString text = QString::fromLatin1(w->metaObject()->className());
        if (!w->objectName().isEmpty())
            text += QLatin1Char('#') + w->objectName();
        if (const auto *label = qobject_cast<const QLabel *>(w))
            text += QStringLiteral(" \"%1\"").arg(label->text().left(40));
        if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            text += QStringLiteral(" \"%1\"").arg(button->text());
        return text;
    };
    for (QWidget *w : root->findChildren<QWidget *>()) {
        // What shows text to a person; a container's own hint says little (a scroll area scrolls).
        const bool showsText = qobject_cast<QLabel *>(w) || qobject_cast<QAbstractButton *>(w) ||
                               qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
                               qobject_cast<QTabBar *>(w) || qobject_cast<QChartView *>(w) ||
                               (qobject_cast<QLineEdit *>(w) && !w->objectName().startsWith(QLatin1String("qt_")));
        if (!w->isVisible() || !showsText || w->inherits("QDockWidgetTitleButton") || w->inherits("QToolBarExtension"))
            continue;
        const QSize needed = w->minimumSizeHint();
        if (!qobject_cast<QChartView *>(w) && needed.isValid() &&
            (w->width() < needed.width() || w->height() < needed.height()))
            problems << QStringLiteral("%1 is %2×%3, needs %4×%5")
                            .arg(name(w))
                            .arg(w->width())
                            .arg(w->height())
                            .arg(needed.width())
                            .arg(needed.height());
        if (auto *label = qobject_cast<QLabel *>(w); label && label->wordWrap() && !label->text().isEmpty()) {
            const int height = label->heightForWidth(label->width());
            if (height > label->height())
                problems << QStringLiteral("%1 is %2 high, its text needs %3").arg(name(w)).arg(label->height()).arg(height);
        }
        if (auto *tabs = qobject_cast<QTabBar *>(w); tabs && tabs->sizeHint().width() > tabs->width())
            problems << QStringLiteral("%1: tab titles need %2 px, have %3")
                            .arg(name(w))
                            .arg(tabs->sizeHint().width())
                            .arg(tabs->width());
        if (auto *view = qobject_cast<QChartView *>(w); view && view->chart()) {
            for (QGraphicsItem *item : view->scene()->items()) {
                QString text;
                if (auto *t = dynamic_cast<QGraphicsTextItem *>(item))
                    text = t->toPlainText();
                else if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                    text = simple->text();
                if (item->isVisible() && (text.contains(QLatin1String("...")) || text.contains(QChar(0x2026))))
                    problems << QStringLiteral("%1: chart text elided to \"%2\"").arg(name(w), text);
            }
        }
    }
    return problems;
}

} // namespace

void TestMainWindow::everyPageFitsAt1280x720()
{
    MainWindow window;
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(m_demoPath));
    window.selectCandidate(window.workbench()->order().at(11));
    QTest::qWait(100);
    QCOMPARE(window.size(), QSize(1280, 720));
    grabTo(&window, "fit-ranking-1280x720.png");
    grabTo(window.detail()->findChild<QScrollArea *>()->widget(), "fit-detail-1280x720.png");
    QStringList problems = clippedWidgets(&window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // Decisions and their reasons are in view without scrolling.
    QTableView *table = window.candidateTable();
    const int decisionRight = table->columnViewportPosition(RankingModel::Decision) + table->columnWidth(RankingModel::Decision);
    QVERIFY2(decisionRight <= table->viewport()->width(),
             qPrintable(QStringLiteral("Decision column ends at %1 of %2").arg(decisionRight).arg(table->viewport()->width())));
    QVERIFY(table->columnViewportPosition(RankingModel::Reason) < table->viewport()->width());
    // The "why" sentences of the breakdown are shown whole, wrapped under the table (the label's size is
    // checked above with every other).
    auto *breakdown = window.detail()->findChild<QTableView *>("breakdownTable");
    auto *reasons = window.detail()->findChild<QLabel *>("breakdownReasons");
    QCOMPARE(breakdown->model()->rowCount(), window.workbench()->model().factors.size());
    for (int row = 0; row < breakdown->model()->rowCount(); ++row) {
        const QString why = breakdown->model()->index(row, BreakdownModel::Sentence).data().toString();
        QVERIFY(!why.isEmpty());
        QVERIFY2(reasons->text().contains(why.toHtmlEscaped()), qPrintable(why));
    }

    // The fairness page takes the width: the side panels make room, and come back with the ranking.
    window.pages()->setCurrentIndex(1);
    FairnessDashboard *dashboard = window.fairnessDashboard();
    QTRY_COMPARE(dashboard->audit().selectionLabel, "the top 10");
    QTest::qWait(100);
    QVERIFY(!window.detail()->isVisible());
    QVERIFY(!window.weightsPanel()->isVisible());
    grabTo(&window, "fit-fairness-1280x720.png");
    problems = clippedWidgets(&window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // Every part of the page, scrolled through.
    auto *scroll = dashboard->findChild<QScrollArea *>();
    problems = clippedWidgets(scroll->widget());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    grabTo(scroll->widget(), "fit-fairness-page-1280.png");
    // The History and Privacy pages fit too: their rows of controls scroll instead of widening the window.
    for (QWidget *page : {static_cast<QWidget *>(window.historyView()), static_cast<QWidget *>(window.privacyView())}) {
        window.pages()->setCurrentWidget(page);
        QTRY_VERIFY(!window.privacyView()->isReviewing());
        QTest::qWait(50);
        QCOMPARE(window.size(), QSize(1280, 720));
        problems = clippedWidgets(page);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
    grabTo(&window, "fit-privacy-1280x720.png");
    window.pages()->setCurrentIndex(0);
    QVERIFY(window.detail()->isVisible());
    QVERIFY(window.weightsPanel()->isVisible());
}

void TestMainWindow::decisionFromTheKeyboardAndUndoFromAnyFocus()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openProject(m_demoPath));
    const int first = window.workbench()->order().at(0);
    window.selectCandidate(first);
    // Escape cancels.
    QTimer::singleShot(50, this, [] {
        auto *dialog = qobject_cast<DecisionDialog *>(QApplication::activeModalWidget());
        QTest::keyClicks(dialog->reasonEdit(), "Not yet");
        QTest::keyClick(dialog->reasonEdit(), Qt::Key_Escape);
    });
    QVERIFY(!window.decideSelected(DecisionKind::Shortlisted));
    QVERIFY(!window.workbench()->decisionOf(first));
    // Tab leaves the reason (no tab typed into it); Ctrl+Return records.
    QString typed;
    bool tabMovedFocus = false;
    QTimer::singleShot(50, this, [&] {
        auto *dialog = qobject_cast<DecisionDialog *>(QApplication::activeModalWidget());
        QPlainTextEdit *reason = dialog->reasonEdit();
        reason->setFocus();
        QTest::keyClicks(reason, "Strong fit");
        QTest::keyClick(reason, Qt::Key_Tab);
        tabMovedFocus = !reason->hasFocus();
        typed = reason->toPlainText();
        reason->setFocus();
        QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier);
    });
    QVERIFY(window.decideSelected(DecisionKind::Shortlisted));
    QVERIFY(tabMovedFocus);
    QCOMPARE(typed, "Strong fit");
    QCOMPARE(window.workbench()->decisionOf(first)->reason, "Strong fit");
    // Ctrl+Z with the focus in the search box undoes the decision, and leaves the search text alone.
    auto *search = window.findChild<QLineEdit *>("searchBox");
    search->setFocus();
    QTest::keyClicks(search, "gus");
    QTest::keyClick(search, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!window.workbench()->decisionOf(first));
    QCOMPARE(search->text(), "gus");
    QTest::keyClick(search, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(window.workbench()->decisionOf(first));
}

void TestMainWindow::largeImportShowsProgressAndClosingAsks()
{
    // 40,000 rows: long enough to watch the reading and the writing.
    const QString big = m_dir.filePath("big.csv");
    {
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QTextStream out(&file);
        out << "handle,platform,followers,engagement_rate\n";
        for (int i = 0; i < 40000; ++i)
            out << "creator" << i << ",instagram," << 10000 + i << ",0.02\n";
    }
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(m_demoPath));
    ImportDialog *dialog = window.showImportDialog();
    auto *progress = dialog->findChild<QProgressBar *>();
    dialog->setFile(big);
    QVERIFY(progress->isVisible()); // from the first moment, not a frozen "Reading…"
    QTRY_VERIFY_WITH_TIMEOUT(progress->maximum() > 0 || dialog->isPreviewReady(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isPreviewReady(), 60000);
    QVERIFY(!progress->isVisible());
    QVERIFY2(dialog->summaryLabel()->text().contains("<b>40000 will be imported</b>") ||
                 dialog->summaryLabel()->text().contains("<b>40,000 will be imported</b>"),
             qPrintable(dialog->summaryLabel()->text()));

    // Closing the window while it imports asks; "Keep Importing" keeps both.
    const auto answer = [this](const QString &button) {
        QTimer::singleShot(50, this, [button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            for (QAbstractButton *b : box->buttons()) {
                if (b->text() == button)
                    b->click();
            }
        });
    };
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QVERIFY(dialog->isImporting());
    answer("Keep Importing");
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QVERIFY(dialog->isImporting());
    // "Stop the Import": the window closes and the project is as it was.
    answer("Stop the Import");
    QVERIFY(window.close());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isImporting(), 30000);
    auto project = ProjectFile::open(m_demoPath);
    QVERIFY(project);
    auto summary = ProjectStore(**project).summary();
    QVERIFY(summary);
    QCOMPARE(summary->accounts, 317);
}

// The authenticity warning is one rule: the ranking's flags and `candor rank` name the same candidates.
void TestMainWindow::authenticityWarningAgreesWithTheCommandLine()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(m_demoPath));
    QSet<QString> inWindow;
    QAbstractItemModel *model = window.candidateTable()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, RankingModel::Flags).data().toString().contains("authenticity warning") &&
            model->index(row, RankingModel::Rank).data().toInt() > 0)
            inWindow << model->index(row, RankingModel::Handle).data().toString().mid(1);
    }
    QSet<QString> inCli;
    for (const QJsonValue &c : cliRanking({})) {
        for (const QJsonValue &w : c.toObject().value("warnings").toArray()) {
            if (w.toObject().value("key").toString() == "authenticity_warning")
                inCli << c.toObject().value("handle").toString();
        }
    }
    QVERIFY(!inWindow.isEmpty()); // the demo has some
    QCOMPARE(inWindow, inCli);
}

namespace {
QJsonObject cliJson(const QStringList &arguments);

// The signal with this id in `candor authenticity --format json`.
QJsonObject signalNamed(const QJsonObject &report, const QString &id)
{
    for (const QJsonValue &s : report.value("signals").toArray()) {
        if (s.toObject().value("id").toString() == id)
            return s.toObject();
    }
    return {};
}
} // namespace

// The Authenticity and Disclosure tabs of a demo creator whose follower history has a jump engagement did not
// follow and whose followers were sampled: the same lights and verdicts as the command line, the jump marked on
// the chart, and the warning's link opens the evidence.
void TestMainWindow::evidenceTabsShowSignalsJumpsAndPosts()
{
    MainWindow window;
    window.resize(1500, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(m_demoPath));
    Workbench *w = window.workbench();
    int chosen = -1;
    for (int candidate : w->order()) {
        auto record = w->record(candidate);
        QVERIFY_RESULT(record);
        if (record->followerSample.isEmpty() || record->posts.isEmpty())
            continue;
        const auto lights = cliJson({"authenticity", m_demoPath, record->account.handle, "--platform",
                                     platformId(record->account.platform), "--format", "json"});
        if (signalNamed(lights, "growth-jumps").value("light").toString() == "red") {
            chosen = candidate;
            break;
        }
    }
    QVERIFY(chosen >= 0);
    window.selectCandidate(chosen);
    CandidateDetail *detail = window.detail();
    detail->tabs()->setCurrentWidget(detail->authenticityView());
    SignalTableModel *signalRows = detail->authenticityView()->signalModel();
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    QAbstractItemModelTester signalTester(signalRows, mode);
    const QString handle = w->pool().handle(chosen);
    const QJsonObject cli = cliJson({"authenticity", m_demoPath, handle, "--platform", platformId(w->pool().platform(chosen)),
                                     "--format", "json"});
    QCOMPARE(signalRows->rowCount(), 6);
    for (int row = 0; row < 6; ++row)
        QCOMPARE(signalRows->index(row, SignalTableModel::Light).data(SignalTableModel::LightRole).toString(),
                 cli.value("signals").toArray().at(row).toObject().value("light").toString());
    // The chart: the history, and the jump engagement did not follow as a red mark on its day.
    const QList<QAbstractSeries *> series = detail->authenticityView()->growthChart()->chart()->series();
    QCOMPARE(series.size(), 3);
    QCOMPARE(qobject_cast<QXYSeries *>(series.at(0))->count(), 60);
    QCOMPARE(qobject_cast<QXYSeries *>(series.at(1))->count(),
             signalNamed(cli, "growth-jumps").value("jumps").toArray().size());
    auto *rules = detail->authenticityView()->findChild<QLabel *>("followerRules");
    QVERIFY2(rules->text().contains("Follower sample</b>: 200 followers"), qPrintable(rules->text()));
    if (!qEnvironmentVariableIsEmpty("CANDOR_SCREENSHOT_DIR"))
    {
        QTest::qWait(50); // the wrapped labels take their height
        grabTo(detail, "authenticity-tab.png");
    }

    detail->tabs()->setCurrentWidget(detail->disclosureView());
    PostVerdictModel *posts = detail->disclosureView()->postModel();
    QAbstractItemModelTester postTester(posts, mode);
    QCOMPARE(posts->rowCount(), 12);
    const QJsonObject disclosure = cliJson({"disclosure", m_demoPath, handle, "--platform",
                                            platformId(w->pool().platform(chosen)), "--format", "json"});
    const QJsonObject record = disclosure.value("creators").toArray().at(0).toObject();
    int compliant = 0;
    for (int row = 0; row < posts->rowCount(); ++row)
        compliant += posts->index(row, PostVerdictModel::Verdict).data(PostVerdictModel::VerdictRole).toString() ==
                     "compliant";
    QCOMPARE(compliant, record.value("compliant").toInt());
    if (!qEnvironmentVariableIsEmpty("CANDOR_SCREENSHOT_DIR"))
    {
        QTest::qWait(50);
        grabTo(detail, "disclosure-tab.png");
    }

    // The Score tab's warning links to the evidence.
    detail->tabs()->setCurrentIndex(0);
    auto *summary = detail->findChild<QLabel *>("detailSummary");
    if (summary->text().contains("#authenticity")) {
        emit summary->linkActivated("#authenticity");
        QCOMPARE(detail->tabs()->currentWidget(), detail->authenticityView());
    }

    // The warning filter beside the search: only candidates with a disclosure issue (118 in the demo, counted
    // from the posts in tst_workbench), each saying so in its summary with a link to the Disclosure tab.
    auto *filter = window.findChild<QComboBox *>("warningFilter");
    QVERIFY(filter);
    QCOMPARE(filter->count(), 5);
    filter->setCurrentIndex(filter->findData(QStringLiteral("disclosure_issue")));
    QCOMPARE(window.candidateTable()->model()->rowCount(), 118);
    window.selectCandidate(qobject_cast<RankingModel *>(window.candidateTable()->model())->candidateAt(0));
    detail->tabs()->setCurrentIndex(0);
    QVERIFY2(summary->text().contains("<b>Disclosure issue</b>: A sponsored post is not labelled as an ad clearly"),
             qPrintable(summary->text()));
    emit summary->linkActivated("#disclosure");
    QCOMPARE(detail->tabs()->currentWidget(), detail->disclosureView());
    // A brand-safety hit: the post and the words in the Disclosure tab's findings.
    filter->setCurrentIndex(filter->findData(QStringLiteral("brand_safety_hit")));
    QCOMPARE(window.candidateTable()->model()->rowCount(), 22);
    window.selectCandidate(qobject_cast<RankingModel *>(window.candidateTable()->model())->candidateAt(0));
    detail->tabs()->setCurrentWidget(detail->disclosureView());
    PostVerdictModel *risky = detail->disclosureView()->postModel();
    QStringList found;
    for (int row = 0; row < risky->rowCount(); ++row) {
        if (!risky->rows().at(row).brandSafety.isEmpty())
            found << risky->index(row, PostVerdictModel::Findings).data().toString();
    }
    QVERIFY(!found.isEmpty());
    QVERIFY2(found.constFirst().contains(QRegularExpression("Brand safety: “(beer|casino)” \\(")), qPrintable(found.join('|')));
    QVERIFY(detail->disclosureView()->findChild<QLabel *>("disclosureSummary")->text().contains(
        QStringLiteral("a topic the brief excludes in %1 of them").arg(found.size())));
    if (!qEnvironmentVariableIsEmpty("CANDOR_SCREENSHOT_DIR")) {
        QTest::qWait(50);
        grabTo(detail, "brand-safety-posts.png");
    }
    filter->setCurrentIndex(filter->findData(QStringLiteral("any")));
    QCOMPARE(window.candidateTable()->model()->rowCount(), 122);
    filter->setCurrentIndex(0);
    QCOMPARE(window.candidateTable()->model()->rowCount(), 317);
}

bool TestMainWindow::openCopyOfDemo(MainWindow &window, const QString &path)
{
    if (!QFile::copy(m_demoPath, path))
        return false;
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    window.resize(1500, 900);
    window.show();
    return window.openProject(path).ok();
}

// File › Export Report…: the preview is the document the PDF prints; each format saves readable by its owner only.
void TestMainWindow::exportReportWithPreview()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(openCopyOfDemo(window, dir.filePath("report.candor")));
    Workbench *w = window.workbench();
    for (int i = 0; i < 2; ++i)
        QVERIFY_RESULT(w->decide(w->order().at(static_cast<std::size_t>(i)), DecisionKind::Shortlisted,
                                 QStringLiteral("fits the brief")));
    ReportDialog dialog(*w, &window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString text = dialog.preview()->toPlainText();
    QVERIFY(text.startsWith(w->campaign().name + "\n"));
    QVERIFY(text.contains("The shortlist (2)"));
    QVERIFY(text.contains(QStringLiteral("@%1 · ").arg(w->pool().handle(w->order().at(0)))));
    if (!qEnvironmentVariableIsEmpty("CANDOR_SCREENSHOT_DIR")) {
        dialog.preview()->scrollToAnchor(QString());
        QTest::qWait(50);
        grabTo(&dialog, "report-preview.png");
    }
    // The agency typed here goes on the cover of this and every later report.
    dialog.agencyName()->setText(QStringLiteral("Acme Agency"));
    dialog.applyAgency();
    QVERIFY(dialog.preview()->toPlainText().contains("Acme Agency · Prepared on "));
    QCOMPARE(w->agency()->name, QStringLiteral("Acme Agency"));
    for (const char *format : {"pdf", "html", "csv", "json"}) {
        dialog.format()->setCurrentIndex(dialog.format()->findData(QString::fromLatin1(format)));
        QCOMPARE(dialog.paper()->isEnabled(), QLatin1String(format) == QLatin1String("pdf"));
        const QString path = dir.filePath(QStringLiteral("report.%1").arg(QLatin1String(format)));
        QVERIFY_RESULT(dialog.saveTo(path));
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(5);
        if (QLatin1String(format) == QLatin1String("pdf"))
            QCOMPARE(head, QByteArray("%PDF-"));
        else if (QLatin1String(format) == QLatin1String("html"))
            QCOMPARE(head, QByteArray("<!DOC"));
    }
    // In the client's language: the preview and the saved file German, the dialog and the window still
    // English.
    QCOMPARE(dialog.language()->currentData().toString(), QStringLiteral("en"));
    dialog.language()->setCurrentIndex(dialog.language()->findData(QStringLiteral("de")));
    QCOMPARE(dialog.language()->currentText(), QStringLiteral("Deutsch"));
    const QString german = dialog.preview()->toPlainText();
    QVERIFY(german.contains("So entsteht die Bewertung"));
    QVERIFY(german.contains("Die Shortlist (2)"));
    QVERIFY(german.contains("Acme Agency · Erstellt am "));
    QVERIFY(!german.contains("How the score is made"));
    if (!qEnvironmentVariableIsEmpty("CANDOR_SCREENSHOT_DIR")) {
        dialog.preview()->scrollToAnchor(QString());
        QTest::qWait(50);
        grabTo(&dialog, "report-preview-german.png");
    }
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Export the client report"));
    dialog.format()->setCurrentIndex(dialog.format()->findData(QStringLiteral("html")));
    const QString path = dir.filePath(QStringLiteral("bericht.html"));
    QVERIFY_RESULT(dialog.saveTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QVERIFY(html.contains("<html lang=\"de\">"));
    QVERIFY(html.contains("<h2>So entsteht die Bewertung</h2>"));
    QCOMPARE(translationLanguage().bcp47Name(), QStringLiteral("en")); // the window's language is back
    QCOMPARE(QCoreApplication::translate("DomainText", "Shortlisted"), QStringLiteral("Shortlisted"));
}

// The Privacy page on the demo: its findings counted, a basis recorded, an objection to profiling that takes the
// creator out of the ranking, and an erasure that clears the undo history and leaves none of the person's bytes.
void TestMainWindow::privacyPageResolvesFindings()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("privacy.candor");
    MainWindow window;
    QVERIFY(openCopyOfDemo(window, path));
    Workbench *w = window.workbench();
    PrivacyView *privacy = window.privacyView();
    QVERIFY(privacy);
    window.pages()->setCurrentWidget(privacy);
    PrivacyReviewModel *review = privacy->model();
    QTRY_VERIFY(!privacy->isReviewing()); // on a worker thread
    QAbstractItemModelTester tester(review, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The demo records a basis for all but 8 creators and a notice for all but 21.
    QCOMPARE(review->rowCount(), 29);
    QVERIFY2(privacy->summary()->text().endsWith("29 creators need attention: 8 no lawful basis, 21 not informed."),
             qPrintable(privacy->summary()->text()));
    if (!qEnvironmentVariableIsEmpty("CANDOR_SCREENSHOT_DIR")) {
        QTest::qWait(50);
        grabTo(&window, "privacy-view.png");
    }

    // Two years on, every creator is past retention (the demo was made today).
    privacy->setToday(QDate::currentDate().addMonths(24).addDays(1));
    privacy->refresh();
    QTRY_VERIFY(!privacy->isReviewing());
    privacy->kindFilter()->setCurrentIndex(privacy->kindFilter()->findData("past_retention"));
    QCOMPARE(review->rowCount(), 300);
    privacy->setToday(QDate::currentDate());
    privacy->refresh();
    QTRY_VERIFY(!privacy->isReviewing());

    // A basis and a notice for the first creator without one.
    privacy->kindFilter()->setCurrentIndex(privacy->kindFilter()->findData("no_lawful_basis"));
    QCOMPARE(review->rowCount(), 8);
    privacy->table()->selectRow(0);
    const qint64 first = review->index(0, 0).data(PrivacyReviewModel::CreatorIdRole).toLongLong();
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *basis = dialog->findChild<QComboBox *>("lawfulBasis");
        basis->setCurrentIndex(basis->findData("contract"));
        dialog->findChild<QCheckBox *>("informed")->setChecked(true);
        dialog->findChild<QLineEdit *>("privacyReason")->setText("contract of 2026-11-20");
        dialog->accept();
    });
    privacy->button("recordPrivacy")->click();
    QTRY_VERIFY(!privacy->isReviewing());
    QCOMPARE(review->rowCount(), 7);
    auto facts = PrivacyStore(w->project()).facts(first);
    QVERIFY_RESULT(facts);
    QCOMPARE(facts->basis, privacy::LawfulBasis::Contract);
    QCOMPARE(facts->informedOn, QDate::currentDate());
    // The detail pane says so for the creator's account, and what a creator without a basis lacks.
    const QString firstHandle = facts->handles.section(' ', 0, 0).mid(1);
    window.selectCandidate(w->pool().indicesOfHandle(firstHandle).constFirst());
    const auto *summary = window.detail()->findChild<QLabel *>("detailSummary");
    QVERIFY2(summary->text().contains(QStringLiteral("Privacy: lawful basis: contract (GDPR Art. 6(1)(b)) · informed on %1 · "
                                                     "data kept until %2")
                                          .arg(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat),
                                               QLocale().toString(QDate::currentDate().addMonths(24), QLocale::ShortFormat))),
             qPrintable(summary->text()));

    // An objection to profiling: the creator leaves the ranking at once.
    const int candidates = w->candidateCount();
    privacy->kindFilter()->setCurrentIndex(0);
    privacy->table()->selectRow(0);
    const qint64 objecting = review->index(0, 0).data(PrivacyReviewModel::CreatorIdRole).toLongLong();
    const QString objectingHandles = review->index(0, PrivacyReviewModel::Creator).data().toString();
    const auto answer = [this](const QString &text) {
        QTimer::singleShot(0, this, [text] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setTextValue(text);
            dialog->accept();
        });
    };
    answer("objected by e-mail of 2026-12-01");
    privacy->button("stopProfiling")->click();
    QTRY_VERIFY(!privacy->isReviewing());
    QCOMPARE(w->candidateCount(), candidates - static_cast<int>(objectingHandles.count('@')));
    privacy->kindFilter()->setCurrentIndex(privacy->kindFilter()->findData("do_not_profile"));
    QCOMPARE(review->rowCount(), 1);
    QCOMPARE(review->index(0, 0).data(PrivacyReviewModel::CreatorIdRole).toLongLong(), objecting);

    // Erasure: with a step on the undo stack that holds a candidate's rows, then none, and no byte of the person.
    window.pages()->setCurrentIndex(0);
    QVERIFY_RESULT(w->decide(w->order().at(0), DecisionKind::Shortlisted, QStringLiteral("fits")));
    window.undoStack()->push(new QUndoCommand(QStringLiteral("a step")));
    window.pages()->setCurrentWidget(window.privacyView());
    privacy = window.privacyView();
    QTRY_VERIFY(!privacy->isReviewing());
    privacy->kindFilter()->setCurrentIndex(privacy->kindFilter()->findData("no_lawful_basis"));
    privacy->table()->selectRow(0);
    const qint64 erased = privacy->model()->index(0, 0).data(PrivacyReviewModel::CreatorIdRole).toLongLong();
    const QString handles = privacy->model()->index(0, PrivacyReviewModel::Creator).data().toString();
    const QString handle = handles.section(' ', 0, 0).mid(1);
    answer("erasure request, ticket 4412");
    privacy->button("erasePrivacy")->click();
    QCOMPARE(window.undoStack()->count(), 0);
    QTRY_VERIFY(window.privacyView() != nullptr);
    QVERIFY(!PrivacyStore(window.workbench()->project()).facts(erased));
    QVERIFY(window.workbench()->pool().indicesOfHandle(handle).isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY2(!file.readAll().contains(handle.toUtf8()), qPrintable(handle));
    file.close();

    // Any creator can ask: Candidate › Erase Creator… on the one ranked first.
    window.pages()->setCurrentIndex(0);
    w = window.workbench();
    const int top = w->order().at(0);
    const QString topHandle = w->pool().handle(top);
    const int before = w->candidateCount();
    window.selectCandidate(top);
    window.undoStack()->push(new QUndoCommand(QStringLiteral("another step")));
    answer("erasure request, ticket 4413");
    window.findChild<QAction *>("eraseCreatorAction")->trigger();
    QCOMPARE(window.undoStack()->count(), 0);
    QVERIFY(w->candidateCount() < before);
    QVERIFY(w->pool().indicesOfHandle(topHandle).isEmpty());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY2(!file.readAll().contains(topHandle.toUtf8()), qPrintable(topHandle));
}

// The History page: a decision against the ranking and a note, each with who, when and why; the decision record
// of this campaign's shortlist; what the log holds about the selected creator; the chain checked.
void TestMainWindow::historyShowsTheDecisionRecord()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("history.candor");
    MainWindow window;
    QVERIFY(openCopyOfDemo(window, path));
    Workbench *w = window.workbench();
    const int candidate = w->order().at(20); // far from the top: approving it goes against the ranking
    QVERIFY_RESULT(w->decide(candidate, DecisionKind::Approved, QStringLiteral("Client asked for her by name")));
    QVERIFY_RESULT(w->addNote(candidate, QStringLiteral("Agent: maria@example.org")));
    window.selectCandidate(candidate);
    window.pages()->setCurrentWidget(window.historyView());
    HistoryView *history = window.historyView();
    AuditLogModel *log = history->model();
    QAbstractItemModelTester tester(log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Newest first: the note, the decision, then the demo's own entries (models, campaigns, the generated import).
    QCOMPARE(log->index(0, AuditLogModel::What).data().toString(), "Note");
    QCOMPARE(log->index(0, AuditLogModel::Personal).data().toString(), "Agent: maria@example.org");
    QCOMPARE(log->index(1, AuditLogModel::What).data().toString(), "Decision");
    QCOMPARE(log->index(1, AuditLogModel::Details).data().toString(),
             QStringLiteral("approved, against the ranking, at rank 21 (score %1); model Balanced v1")
                 .arg(QLocale().toString(w->scores()[std::size_t(candidate)], 'f', 1)));
    QCOMPARE(log->index(1, AuditLogModel::About).data().toString(),
             QStringLiteral("@%1 (%2)").arg(w->pool().handle(candidate), platformId(w->pool().platform(candidate))));
    QCOMPARE(log->index(1, AuditLogModel::Personal).data().toString(), "Client asked for her by name");
    QCOMPARE(log->index(1, AuditLogModel::Who).data().toString(), w->userName());
    const int all = log->rowCount();
    // note, decision; three campaigns; two models; the generated import; the alcohol campaign's seven decisions
    QCOMPARE(all, 2 + 3 + 2 + 1 + 7);
    QVERIFY2(history->summary()->text().contains(QStringLiteral("the hash chain over all %1 entries holds").arg(all)),
             qPrintable(history->summary()->text()));

    // The shortlist's decision record: this campaign's decisions only.
    history->actionFilter()->setCurrentIndex(history->actionFilter()->findData(QStringLiteral("decision*,shortlist_approved")));
    history->campaignOnly()->setChecked(true);
    QCOMPARE(log->rowCount(), 1);
    QCOMPARE(log->index(0, AuditLogModel::What).data().toString(), "Decision");
    // Everything about the selected creator.
    history->actionFilter()->setCurrentIndex(0);
    history->campaignOnly()->setChecked(false);
    history->creatorOnly()->setChecked(true);
    QCOMPARE(log->rowCount(), 3); // the note, the decision, the demo's import that brought her figures
    history->creatorOnly()->setChecked(false);

    // A named person approves the shortlist from the bar above the ranking; the record then shows who and when.
    window.pages()->setCurrentIndex(0);
    QVERIFY(window.approvalBar()->status()->text().contains("Shortlist not approved."));
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setTextValue(QStringLiteral("Dana Client"));
        dialog->accept();
    });
    window.approvalBar()->approveButton()->click();
    QVERIFY2(window.approvalBar()->status()->text().startsWith("<b>Approved</b> by Dana Client on "),
             qPrintable(window.approvalBar()->status()->text()));
    window.pages()->setCurrentWidget(history);
    history->showDecisionRecord();
    QCOMPARE(log->rowCount(), 2);
    QCOMPARE(log->index(0, AuditLogModel::What).data().toString(), "Shortlist approved");
    QCOMPARE(log->index(0, AuditLogModel::Who).data().toString(), "Dana Client");
    QCOMPARE(log->index(0, AuditLogModel::About).data().toString(), "shortlist of " + w->campaign().name);
    QCOMPARE(log->index(0, AuditLogModel::Details).data().toString(),
             "1 chosen, 0 rejected, 1 against the ranking; model Balanced v1");
    QVERIFY(history->summary()->text().startsWith("<b>Approved</b> by Dana Client"));
    if (!qEnvironmentVariableIsEmpty("CANDOR_SCREENSHOT_DIR")) {
        QTest::qWait(50);
        grabTo(&window, "history-view.png");
    }
}

// The demo's alcohol campaign: the Ethics Policy page shows the one creator whose audience is too young, with its
// evidence; the approval is refused until a person removes her (undoable) or overrides the finding with a reason.
void TestMainWindow::policyPageShowsAndResolvesTheAgeFinding()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("policy.candor");
    MainWindow window;
    QVERIFY(openCopyOfDemo(window, path));
    Workbench *w = window.workbench();
    const auto spritz = std::find_if(w->campaigns().cbegin(), w->campaigns().cend(),
                                     [](const Campaign &c) { return c.productCategory == "alcohol"; });
    QVERIFY(spritz != w->campaigns().cend());
    QVERIFY(window.switchToCampaign(spritz->id, false));
    // Built when first opened (opening a project does not wait for it), then live.
    QVERIFY(!window.policyView());
    PolicyView *policy = window.showPolicyPage();
    QVERIFY(policy);
    QTabWidget *pages = window.pages();
    QCOMPARE(pages->currentWidget(), policy);
    QCOMPARE(pages->tabText(pages->indexOf(policy)), "Ethics Polic&y (1)");
    PolicyFindingsModel *findings = policy->model();
    QAbstractItemModelTester tester(findings, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(findings->rowCount(), 1);
    QCOMPARE(findings->index(0, PolicyFindingsModel::Status).data().toString(), "Blocks approval");
    QCOMPARE(findings->index(0, PolicyFindingsModel::Rule).data().toString(), "Age-restricted products");
    QCOMPARE(findings->index(0, PolicyFindingsModel::Subject).data().toString(), "@amarahaddad57");
    QVERIFY(findings->index(0, PolicyFindingsModel::Finding).data().toString().startsWith(
        "29.1 % of the audience is under 18 (data confidence 66 %)"));
    QVERIFY2(policy->summary()->text().startsWith("1 open finding on the shortlist of \"Summer spritz launch\"; 1 of "
                                                  "them blocks approval until resolved."),
             qPrintable(policy->summary()->text()));
    QVERIFY(!w->approveShortlist("Dana Client"));

    // Nothing selected, nothing to do; selected, its evidence is one click away.
    QVERIFY(!policy->button("resolve")->isEnabled());
    policy->table()->selectRow(0);
    QVERIFY(policy->button("resolve")->isEnabled());
    QVERIFY(policy->button("request")->isEnabled());
    if (!qEnvironmentVariableIsEmpty("CANDOR_SCREENSHOT_DIR")) {
        QTest::qWait(50);
        grabTo(&window, "policy-page.png");
    }
    const qint64 account = findings->findingAt(0).accountId;
    policy->button("showEvidence")->click();
    QCOMPARE(pages->currentIndex(), 0);
    QCOMPARE(w->pool().accountId(window.detail()->candidate()), account);
    QCOMPARE(window.detail()->tabs()->tabText(window.detail()->tabs()->currentIndex()), "&Score");

    // Asking the creator for data copies a message and keeps a note.
    pages->setCurrentWidget(policy);
    policy->table()->selectRow(0);
    const QString request = policy->requestSelected();
    QVERIFY(request.startsWith("Hello @amarahaddad57, about the campaign \"Summer spritz launch\": could you send us "
                               "the age breakdown"));
    QCOMPARE(QGuiApplication::clipboard()->text(), request);
    auto notes = w->notesOf(w->candidateOfAccount(account));
    QVERIFY_RESULT(notes);
    QCOMPARE(notes->size(), 1);

    // Removed from the shortlist (an undoable decision): nothing open, and back with undo.
    window.undoStack()->push(
        new DecisionCommand(w, w->candidateOfAccount(account), DecisionKind::Removed, "audience too young for alcohol"));
    QCOMPARE(findings->rowCount(), 0);
    QCOMPARE(pages->tabText(pages->indexOf(policy)), "Ethics Polic&y");
    QVERIFY(policy->summary()->text().startsWith("The shortlist of \"Summer spritz launch\" meets the project's ethics policy."));
    window.undoStack()->undo();
    QCOMPARE(findings->rowCount(), 1);

    // Overridden with a written reason: resolved, in the log, and the shortlist can be approved.
    policy->table()->selectRow(0);
    QVERIFY(policy->resolveSelected("Her posts for this brand go to her 18+ close-friends list only"));
    QCOMPARE(findings->rowCount(), 1);
    QCOMPARE(findings->index(0, PolicyFindingsModel::Status).data().toString(), "Resolved");
    QVERIFY(findings->index(0, PolicyFindingsModel::Resolution).data().toString().startsWith(
        QStringLiteral("Overridden by %1 on ").arg(w->userName())));
    QVERIFY(!policy->button("resolve")->isEnabled());
    QCOMPARE(pages->tabText(pages->indexOf(policy)), "Ethics Polic&y");
    QVERIFY_RESULT(w->approveShortlist("Dana Client"));

    // Fresher figures for an approved creator: an engagement rate far above the tier's median turns the light
    // amber; the approval stands, and the window says what changed since.
    // (An Instagram account: its benchmark is per follower, so the entered rate is what it measures.)
    qint64 changed = 0;
    for (const Decision &d : w->shortlisted()) {
        if (changed == 0 && w->pool().platform(w->candidateOfAccount(d.accountId)) == Platform::Instagram)
            changed = d.accountId;
    }
    const int candidate = w->candidateOfAccount(changed);
    auto entry = w->entryOf(candidate);
    QVERIFY_RESULT(entry);
    entry->metrics.engagementRate = 0.5;
    entry->metrics.asOf = QDate::currentDate();
    QVERIFY_RESULT(w->enterFigures(candidate, *entry));
    QSignalSpy rechecked(&window, &MainWindow::approvalsRechecked);
    window.recheckApprovals();
    QVERIFY(rechecked.wait(20000));
    QCOMPARE(rechecked.at(0).at(0).toInt(), 1);
    QPointer<QMessageBox> box = window.findChild<QMessageBox *>("approvalChanges");
    QVERIFY(box);
    const QString expected = QStringLiteral("authenticity fell from green to amber for @%1 on %2")
                                 .arg(w->pool().handle(w->candidateOfAccount(changed)),
                                      QDate::currentDate().toString(Qt::ISODate));
    QVERIFY2(box->detailedText().contains(expected), qPrintable(box->detailedText()));
    QVERIFY2(policy->changes()->text().contains(expected), qPrintable(policy->changes()->text()));
    if (!qEnvironmentVariableIsEmpty("CANDOR_SCREENSHOT_DIR")) {
        QTest::qWait(50);
        grabTo(&window, "policy-changes-since-approval.png");
    }
    box->close(); // deletes it
    QTRY_VERIFY(!box);
    if (!qEnvironmentVariableIsEmpty("CANDOR_SCREENSHOT_DIR"))
        grabTo(&window, "policy-page-resolved.png");
}

// Help › About: Candor's licence, those of the libraries it is built on with their versions, and the
// attribution of the data it carries (REUSE's LICENSES/ has the texts).
void TestMainWindow::aboutNamesEveryLicence()
{
    const QString about = MainWindow::aboutText();
    QVERIFY(about.contains("<h3>Candor " CANDOR_VERSION "</h3>"));
    QVERIFY(about.contains("(GPL-3.0-or-later)"));
    QVERIFY(about.contains(QStringLiteral("Qt %1, under the GNU Lesser General Public License v3").arg(QString::fromLatin1(qVersion()))));
    QVERIFY(about.contains("Boost 1.74.0, under the Boost Software License 1.0 (BSL-1.0)"));
    QVERIFY(QRegularExpression("SQLite 3\\.\\d+\\.\\d+, in the public domain").match(about).hasMatch());
    QVERIFY(about.contains("\"2017-10-instagram-influencers\" by SRF Data, CC BY-SA 4.0"));
    QVERIFY(QFile::exists(QStringLiteral(CANDOR_SOURCE_DIR "/LICENSES/GPL-3.0-or-later.txt")));
}

// The first-run page offers every way in and the own-data path's three steps; the demo button opens the demo.
// The user guide in the program is docs/user-guide.md, word for word.
void TestMainWindow::welcomeAndUserGuide()
{
    MainWindow window;
    window.resize(1500, 900);
    window.show();
    WelcomeDialog *welcome = window.showWelcome();
    QVERIFY(welcome->isVisible());
    const QString text = welcome->findChild<QLabel *>("welcomeText")->text();
    for (const char *step : {"<b>Import creators</b>", "<b>Import audiences</b> (optional)", "<b>Create a campaign</b>"})
        QVERIFY2(text.contains(QLatin1String(step)), step);
    for (const auto choice : {WelcomeDialog::Choice::Demo, WelcomeDialog::Choice::NewProject,
                              WelcomeDialog::Choice::OpenProject, WelcomeDialog::Choice::ImportCsv})
        QVERIFY(welcome->button(choice) && welcome->button(choice)->isEnabled());
    if (!qEnvironmentVariableIsEmpty("CANDOR_SCREENSHOT_DIR")) {
        QTest::qWait(50);
        grabTo(welcome, "welcome.png");
    }
    QPointer<WelcomeDialog> closing = welcome;
    welcome->button(WelcomeDialog::Choice::Demo)->click();
    QTRY_VERIFY(!closing);
    QTRY_VERIFY_WITH_TIMEOUT(window.workbench() && window.workbench()->isSynthetic(), 30000);

    QFile source(QStringLiteral(CANDOR_SOURCE_DIR "/docs/user-guide.md"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QCOMPARE(HelpBrowser::guide(), QString::fromUtf8(source.readAll()));
    HelpBrowser *help = window.showUserGuide();
    const QString shown = help->browser()->toPlainText();
    for (const char *part : {"The score", "The fairness page", "Authenticity", "Privacy", "The ethics policy"})
        QVERIFY2(shown.contains(QLatin1String(part)), part);
    if (!qEnvironmentVariableIsEmpty("CANDOR_SCREENSHOT_DIR")) {
        QTest::qWait(50);
        grabTo(help, "user-guide.png");
    }
    help->close();
}

namespace {

// Every text of the window's menus, submenus included, without the mnemonic's "&".
QStringList menuTexts(const QMenuBar *bar)
{
    QStringList texts;
    std::function<void(const QList<QAction *> &)> walk = [&](const QList<QAction *> &actions) {
        for (const QAction *a : actions) {
            if (a->isSeparator() || a->text().isEmpty())
                continue;
            texts << QString(a->text()).remove(QLatin1Char('&'));
            if (a->menu())
                walk(a->menu()->actions());
        }
    };
    walk(bar->actions());
    return texts;
}

// The texts the window's own widgets show, wherever they are in it: tab names, buttons, check boxes, group
// titles, dock titles, placeholders and labels (the texts of labels that show data vary with it; the
// comparison below finds each German text in the English set or not).
QStringList widgetTexts(const QWidget *window)
{
    QStringList texts;
    const auto add = [&texts](const QString &text) {
        const QString plain = QString(text).remove(QLatin1Char('&')).trimmed();
        if (plain.contains(QRegularExpression("[A-Za-z]{3}")))
            texts << plain;
    };
    for (const QTabWidget *tabs : window->findChildren<QTabWidget *>())
        for (int i = 0; i < tabs->count(); ++i)
            add(tabs->tabText(i));
    for (const QAbstractButton *b : window->findChildren<QAbstractButton *>())
        add(b->text());
    for (const QGroupBox *g : window->findChildren<QGroupBox *>())
        add(g->title());
    for (const QDockWidget *d : window->findChildren<QDockWidget *>())
        add(d->windowTitle());
    for (const QLineEdit *e : window->findChildren<QLineEdit *>())
        add(e->placeholderText());
    for (const QLabel *l : window->findChildren<QLabel *>())
        add(l->text());
    for (const QTabWidget *tabs : window->findChildren<QTabWidget *>())
        for (int i = 0; i < tabs->count(); ++i)
            add(tabs->tabToolTip(i));
    for (const QComboBox *box : window->findChildren<QComboBox *>())
        for (int i = 0; i < box->count(); ++i)
            add(box->itemText(i));
    for (const QAbstractItemView *v : window->findChildren<QAbstractItemView *>()) {
        if (!v->model())
            continue;
        for (int c = 0; c < v->model()->columnCount(); ++c)
            add(v->model()->headerData(c, Qt::Horizontal).toString());
        // What the tables say about the data, first rows: verdicts, lights, flags, signals (the data itself,
        // the same in both languages, is left out by the caller).
        for (int r = 0; r < std::min(v->model()->rowCount(), 20); ++r)
            for (int c = 0; c < v->model()->columnCount(); ++c)
                add(v->model()->index(r, c).data().toString());
    }
    return texts;
}

} // namespace

// Under a German locale the menus and the decision dialog are German: no text of them is the English one
// (words that are the same in both, "Ranking", aside).
void TestMainWindow::germanMenusAndDecisionDialog()
{
    QStringList english;
    QStringList englishDialog;
    QStringList englishWidgets;
    {
        MainWindow window;
        english = menuTexts(window.menuBar());
        window.resize(1500, 900);
        window.show();
        QVERIFY(openCopyOfDemo(window, m_dir.filePath("english.candor")));
        for (int page = 0; page < window.pages()->count();
             ++page) { // each page builds its contents when shown
            window.pages()->setCurrentIndex(page);
            QTest::qWait(50);
        }
        englishWidgets = widgetTexts(&window);
        DecisionDialog dialog("maria", DecisionKind::Shortlisted, true, 21, 10);
        englishDialog << dialog.windowTitle() << dialog.findChild<QLabel *>()->text()
                      << dialog.reasonEdit()->placeholderText();
        for (QAbstractButton *b : dialog.buttons()->buttons())
            englishDialog << b->text();
    }
    QVERIFY(english.contains("Ethics Policy"));
    // As under LANG=de_DE.UTF-8: German words, and German numbers and dates.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(installTranslations(QLocale(QLocale::German, QLocale::Germany)));
    const auto back = qScopeGuard([] {
        removeTranslations();
        installTranslations(QLocale(QLocale::English));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    });
    MainWindow window;
    window.resize(1500, 900);
    window.show();
    const QStringList german = menuTexts(window.menuBar());
    QCOMPARE(german.size(), english.size());
    const QStringList sameInBoth{"Ranking"};
    for (const QString &text : german)
        QVERIFY2(!english.contains(text) || sameInBoth.contains(text), qPrintable(text));
    QVERIFY(german.contains("Ethikrichtlinie"));
    DecisionDialog dialog("maria", DecisionKind::Shortlisted, true, 21, 10);
    QCOMPARE(dialog.windowTitle(), "Auf die Shortlist: @maria");
    const QString intro = dialog.findChild<QLabel *>()->text();
    QVERIFY2(intro.startsWith("<b>Das widerspricht dem Ranking</b>: @maria ist auf Platz 21, außerhalb der besten 10."),
             qPrintable(intro));
    QStringList shown{dialog.windowTitle(), intro, dialog.reasonEdit()->placeholderText()};
    for (QAbstractButton *b : dialog.buttons()->buttons())
        shown << b->text();
    for (const QString &text : shown)
        QVERIFY2(!englishDialog.contains(text), qPrintable(text));
    QVERIFY(openCopyOfDemo(window, m_dir.filePath("german.candor")));
    for (int page = 0; page < window.pages()->count(); ++page) {
        window.pages()->setCurrentIndex(page);
        QTest::qWait(50);
    }
    window.pages()->setCurrentIndex(0);
    const QStringList germanWidgets = widgetTexts(&window);
    QVERIFY2(germanWidgets.size() > 150, qPrintable(QString::number(germanWidgets.size())));
    // Words German shares with English, and names (of platforms, too).
    const QStringList alike{
        "Ranking", "Shortlist", "Fairness", "Status", "Name",   "Pool",      "Import", "Signal", "Creator",
        "Logo…",   "Format:",   "Name:",    "Letter", "Candor", "Instagram", "TikTok", "YouTube"};
    // The demo's own data, which no translation touches: handles, names, campaigns, models, reasons, sources
    // and citations of outside figures.
    QSet<QString> data;
    const scoring::ScoredPool &pool = window.workbench()->pool();
    for (int c = 0; c < pool.size(); ++c)
        data << pool.displayName(c);
    static const QRegularExpression dataPattern(
        "@|^(Awareness|Balanced) v\\d+$|^batch:\\d+$|^Synthetic|^HypeAuditor|^Candor demo "
        "generator$|launch$|app$|"
        "^The brand asked for her|^Ranked high for the brief");
    QStringList stillEnglish;
    for (const QString &text : germanWidgets)
        if (englishWidgets.contains(text) && !alike.contains(text) && !data.contains(text) &&
            !dataPattern.match(text).hasMatch() && !stillEnglish.contains(text))
            stillEnglish << text;
    QVERIFY2(stillEnglish.isEmpty(), qPrintable(stillEnglish.join(QLatin1String("\n"))));
    if (!qEnvironmentVariableIsEmpty("CANDOR_SCREENSHOT_DIR")) {
        QTest::qWait(100);
        grabTo(&window, "main-window-german.png");
        grabTo(&dialog, "decision-dialog-german.png");
    }
}

void TestMainWindow::translationsComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("pluralsOnly");
    QTest::addColumn<int>("atLeast");
    QTest::newRow("German") << "candor_de.ts" << false << 700;
    QTest::newRow("English plurals") << "candor_en.ts" << true << 24;
}

// Every message of a translation is finished, keeps its source's placeholders (%1, %n) and, where the source
// has a keyboard accelerator (&), has one too; German has two plural forms.
void TestMainWindow::translationsComplete()
{
    QFETCH(QString, file);
    QFETCH(bool, pluralsOnly);
    QFETCH(int, atLeast);
    QFile ts(QStringLiteral(CANDOR_SOURCE_DIR "/translations/") + file);
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    const QRegularExpression placeholder("%L?n|%\\d");
    const auto placeholders = [&placeholder](const QString &text) {
        QStringList found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found << it.next().captured();
        found.sort();
        return found;
    };
    const auto accelerators = [](const QString &text) {
        return QString(text)
            .remove(QLatin1String("&&"))
            .count(QRegularExpression("&[^ ;#a-z]|&[a-z](?![a-z]*;)"));
    };
    int messages = 0;
    QString source;
    QStringList forms;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value("numerus") == QLatin1String("yes");
            forms.clear();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
            QVERIFY2(xml.attributes().value("type").isEmpty(), qPrintable(source));
            if (!numerus)
                forms << xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
            forms << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ++messages;
            QVERIFY2(!pluralsOnly || numerus, qPrintable(source));
            QCOMPARE(forms.size(), numerus ? 2 : 1);
            for (const QString &form : std::as_const(forms)) {
                QVERIFY2(!form.isEmpty(), qPrintable(source));
                QCOMPARE(placeholders(form), placeholders(source));
                if (!source.contains(QLatin1Char('<')))
                    QVERIFY2(accelerators(form) == accelerators(source), qPrintable(source + " / " + form));
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(messages >= atLeast, qPrintable(QString::number(messages)));
}

void TestMainWindow::screenshots()
{
    MainWindow window;
    window.resize(1500, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(m_demoPath));
    window.selectCandidate(window.workbench()->order().at(11)); // rank 12: shows the counterfactuals too
    QVERIFY(window.detail()->breakdownChart()->chart()->series().size() == 1);
    // The counterfactual advice is worked out on a worker thread once the selection has settled.
    auto *advice = window.detail()->findChild<QLabel *>("detailAdvice");
    QTRY_VERIFY_WITH_TIMEOUT(advice->text().contains("What would bring it into the top 10"), 10000);
    QVERIFY2(advice->text().contains("<li>"), qPrintable(advice->text()));
    if (qEnvironmentVariableIsEmpty("CANDOR_SCREENSHOT_DIR"))
        QSKIP("set CANDOR_SCREENSHOT_DIR to save screenshots");
    grabTo(&window, "main-window.png");
    grabTo(window.detail(), "detail-pane.png");
    QTimer::singleShot(50, this, [&] {
        auto *dialog = qobject_cast<DecisionDialog *>(QApplication::activeModalWidget());
        QTest::keyClicks(dialog->reasonEdit(),
                         "Strong UK audience; the client asked for more skincare voices.");
        grabTo(dialog, "decision-dialog.png");
        dialog->reject();
    });
    window.decideSelected(DecisionKind::Shortlisted);
}

namespace {

// Answers the next modal dialog (a message box) with `button`, once it is up.
void answerNextMessageBox(QObject *context, QMessageBox::StandardButton button)
{
    QTimer::singleShot(50, context, [button] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(button)->click();
    });
}

QJsonObject cliJson(const QStringList &arguments)
{
    QProcess process;
    process.start(CANDOR_EXECUTABLE, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

} // namespace

void TestMainWindow::ownDataEndToEnd()
{
    // A new user with the real Instagram export and an audience file, in the GUI only.
    const QString path = m_dir.filePath("own-gui.candor");
    QFile::remove(path);
    QVERIFY(createUserProject(path, "tester"));
    MainWindow window;
    window.resize(1500, 900);
    window.show();
    QVERIFY(window.openProject(path));
    QVERIFY(!window.workbench()->hasCampaign());
    QVERIFY(window.emptyStateActions()->isVisible());
    QVERIFY(!window.candidateTable()->isVisible());
    QVERIFY(!window.campaignSelector()->isEnabled());
    if (!qEnvironmentVariableIsEmpty("CANDOR_SCREENSHOT_DIR"))
        grabTo(&window, "own-data-empty.png");

    // 1 Import creators.
    ImportDialog *creators = window.showImportDialog();
    creators->setFile(QStringLiteral(CANDOR_TEST_DATA "/instagram_top1000_2022-09.csv"));
    QTRY_VERIFY_WITH_TIMEOUT(creators->isPreviewReady(), 20000);
    QTest::mouseClick(creators->importButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!creators->isImporting(), 30000);
    QTRY_COMPARE(window.workbench()->accountCount(), 983);
    creators->close();
    QVERIFY(window.emptyState()->text().contains("983 candidates and no campaign yet"));

    // 2 Import audiences: an Instagram Graph API response and a long CSV.
    for (const char *file : {"/audience/instagram_follower_demographics.json", "/audience/long.csv"}) {
        AudienceImportDialog *audience = window.showAudienceImportDialog();
        QVERIFY(audience);
        audience->setFile(QStringLiteral(CANDOR_TEST_DATA) + QLatin1String(file));
        QVERIFY(audience->report()->toPlainText().startsWith("Recognised as "));
        if (QLatin1String(file).endsWith(QLatin1String(".json")) && !qEnvironmentVariableIsEmpty("CANDOR_SCREENSHOT_DIR"))
            grabTo(audience, "audience-import.png");
        QVERIFY(audience->importFile());
        QVERIFY2(audience->report()->toPlainText().startsWith("Imported "), qPrintable(audience->report()->toPlainText()));
        audience->close();
    }
    QVERIFY(!window.workbench()->hasCampaign());

    // 3 Create the campaign of tests/data/campaign.json in the dialog.
    CampaignDialog *dialog = window.campaignDialog(true);
    QVERIFY(dialog);
    dialog->nameEdit()->setText("Lifestyle launch");
    dialog->topicsEdit()->setText("Lifestyle, Fashion, Beauty");
    dialog->excludedTopicsEdit()->setText("Gambling");
    dialog->audienceCountriesEdit()->setText("United States, India, UK");
    for (QCheckBox *box : dialog->findChildren<QCheckBox *>()) {
        if (box->text() == "TikTok" || box->text() == "YouTube")
            box->setChecked(false);
    }
    for (QSpinBox *box : dialog->findChildren<QSpinBox *>()) {
        if (box->specialValueText() == "no minimum")
            box->setValue(1000000);
    }
    TargetAudienceModel *gender = dialog->targetEditor(AudienceDimension::Gender)->model();
    QAbstractItemModelTester tester(gender, QAbstractItemModelTester::FailureReportingMode::QtTest);
    gender->addCategory("female");
    gender->addCategory("male");
    gender->addCategory("U"); // Instagram's code for unknown: stored as "other"
    QVERIFY(gender->setData(gender->index(0, TargetAudienceModel::Share), 60.0));
    QVERIFY(gender->setData(gender->index(1, TargetAudienceModel::Share), 35.0));
    QVERIFY(gender->setData(gender->index(2, TargetAudienceModel::Share), 4.0));
    QCOMPARE(gender->index(2, TargetAudienceModel::Category).data().toString(), "other");
    // 99 %: never saved as it is, and never scaled without being asked.
    QVERIFY(dialog->problems().join(' ').contains("Target gender: the shares add up to 99.0 %"));
    QVERIFY(gender->setData(gender->index(2, TargetAudienceModel::Share), 5.0));
    TargetAudienceModel *age = dialog->targetEditor(AudienceDimension::AgeBand)->model();
    age->addCategory("18-24");
    age->addCategory("25-34");
    QVERIFY(age->setData(age->index(0, TargetAudienceModel::Share), 30.0));
    QVERIFY(age->setData(age->index(1, TargetAudienceModel::Share), 30.0));
    QVERIFY(dialog->targetEditor(AudienceDimension::AgeBand)->normalizeButton()->isEnabled());
    dialog->targetEditor(AudienceDimension::AgeBand)->normalizeButton()->click();
    QCOMPARE(age->total(), 1.0);
    QVERIFY2(dialog->problems().isEmpty(), qPrintable(dialog->problems().join('\n')));
    if (!qEnvironmentVariableIsEmpty("CANDOR_SCREENSHOT_DIR")) {
        dialog->show();
        dialog->tabs()->setCurrentIndex(2);
        QTest::qWait(50);
        grabTo(dialog, "campaign-dialog.png");
        dialog->hide();
    }
    QVERIFY(window.applyCampaignDialog(dialog));
    dialog->close();
    QVERIFY(window.workbench()->hasCampaign());
    QVERIFY(window.candidateTable()->isVisible());
    QCOMPARE(window.workbench()->campaign().filters.audienceCountries, QStringList({"US", "IN", "GB"}));

    // The ranking shows the same top 10 as `candor rank` on the file.
    const QJsonArray cli = cliRanking({"--top", "10"}, path);
    QCOMPARE(cli.size(), 10);
    for (int i = 0; i < 10; ++i) {
        const int candidate = window.workbench()->order().at(std::size_t(i));
        QCOMPARE(window.workbench()->pool().handle(candidate),
                 cli.at(i).toObject().value("handle").toString());
        QCOMPARE_NEAR_TO(window.workbench()->scores()[std::size_t(candidate)], cli.at(i).toObject().value("score").toDouble(), 1e-3);
    }
    QCOMPARE(cli.at(0).toObject().value("handle").toString(), "zendaya");
    // The ranking shows where each score could lie with the missing data, as `candor rank` does.
    const QJsonArray range = cli.at(0).toObject().value("score_range").toArray();
    QCOMPARE(window.candidateTable()->model()->index(0, RankingModel::ScoreRange).data().toString(),
             QStringLiteral("%1–%2").arg(QLocale().toString(range.at(0).toDouble(), 'f', 1),
                                         QLocale().toString(range.at(1).toDouble(), 'f', 1)));
    // Authenticity comes from Candor's signals (here engagement against the benchmark, green: full marks), not
    // from the export's own authentic-engagement figure.
    QCOMPARE(window.candidateTable()->model()->index(0, RankingModel::ScoreRange).data().toString(), "63.2–88.2");
    if (!qEnvironmentVariableIsEmpty("CANDOR_SCREENSHOT_DIR")) {
        window.selectCandidate(window.workbench()->order().at(0));
        QTest::qWait(50);
        grabTo(&window, "own-data-ranking.png");
    }

    // Undo takes the new campaign back (the way in shows again); redo restores it as it was.
    const qint64 id = window.workbench()->campaign().id;
    window.undoStack()->undo();
    QVERIFY(!window.workbench()->hasCampaign());
    QVERIFY(window.emptyStateActions()->isVisible());
    window.undoStack()->redo();
    QVERIFY(window.workbench()->hasCampaign());
    QCOMPARE(window.workbench()->campaign().id, id);

    // Shortlist the leader: the fairness page shows the numbers of `candor audit`.
    window.selectCandidate(window.workbench()->order().at(0));
    QTimer::singleShot(0, this, [&] {
        auto *decision = qobject_cast<DecisionDialog *>(QApplication::activeModalWidget());
        QTest::keyClicks(decision->reasonEdit(), "Measured audience matches the target.");
        decision->accept();
    });
    QVERIFY(window.decideSelected(DecisionKind::Shortlisted));
    window.pages()->setCurrentIndex(1); // the Fairness page, built as it opens
    FairnessDashboard *dashboard = window.fairnessDashboard();
    QVERIFY(dashboard);
    QTRY_COMPARE(dashboard->audit().selectionLabel, "the shortlist (1 candidate)");
    const QJsonObject audit = cliJson({"audit", path, "--format", "json"});
    const QJsonArray dimensions = audit.value("audience").toArray();
    QCOMPARE(dimensions.size(), dashboard->audit().dimensions.size());
    for (qsizetype d = 0; d < dimensions.size(); ++d) {
        const QJsonArray categories = dimensions.at(d).toObject().value("categories").toArray();
        const auto &shown = dashboard->audit().dimensions.at(d).balance.categories;
        QCOMPARE(categories.size(), shown.size());
        for (qsizetype c = 0; c < categories.size(); ++c) {
            QCOMPARE(categories.at(c).toObject().value("category").toString(), shown.at(c).category);
            QCOMPARE_NEAR_TO(categories.at(c).toObject().value("share").toDouble(), shown.at(c).share, 1e-12);
        }
    }

    // Edit, then undo the edit.
    window.pages()->setCurrentIndex(0);
    CampaignDialog *edit = window.campaignDialog(false);
    QCOMPARE(edit->nameEdit()->text(), "Lifestyle launch");
    edit->findChild<QPlainTextEdit *>()->setPlainText("Autumn launch for young adults.");
    QVERIFY(window.applyCampaignDialog(edit));
    edit->close();
    QCOMPARE(window.workbench()->campaign().brief, "Autumn launch for young adults.");
    window.undoStack()->undo();
    QCOMPARE(window.workbench()->campaign().brief, "");

    // Delete with its shortlist, then undo: the decision is back too.
    QVERIFY(window.deleteCampaign(false));
    QVERIFY(!window.workbench()->hasCampaign());
    window.undoStack()->undo();
    QVERIFY(window.workbench()->hasCampaign());
    QVERIFY(window.workbench()->decisionOf(window.workbench()->order().at(0)).has_value());

    // Opening another project clears the search typed here.
    window.findChild<QLineEdit *>("searchBox")->setText("zendaya");
    QVERIFY(window.openProject(m_demoPath));
    QCOMPARE(window.findChild<QLineEdit *>("searchBox")->text(), "");
    QCOMPARE(window.workbench()->candidateCount(), 317);
}

void TestMainWindow::campaignSwitchKeepsUnsavedWeights()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(m_demoPath));
    const qint64 first = window.workbench()->campaign().id;
    window.workbench()->setWeight(3, 7.0);
    window.undoStack()->push(new WeightCommand(window.workbench(), 0, 5.0));
    QVERIFY(window.workbench()->hasUnsavedWeights());
    // Re-selecting the campaign shown keeps the weights and the undo steps.
    QVERIFY(window.switchToCampaign(first));
    QCOMPARE(window.workbench()->weights()[3], 7.0);
    QCOMPARE(window.undoStack()->count(), 1);
    // Another campaign: asked first; Cancel stays.
    const qint64 second = window.workbench()->campaigns().at(1).id;
    answerNextMessageBox(this, QMessageBox::Cancel);
    QVERIFY(!window.switchToCampaign(second));
    QCOMPARE(window.workbench()->campaign().id, first);
    QCOMPARE(window.workbench()->weights()[3], 7.0);
    // Save: the weights become the model's next version, then the switch happens.
    const int version = window.workbench()->model().version;
    answerNextMessageBox(this, QMessageBox::Save);
    QVERIFY(window.switchToCampaign(second));
    QCOMPARE(window.workbench()->campaign().id, second);
    QVERIFY(window.switchToCampaign(first));
    QCOMPARE(window.workbench()->model().version, version + 1);
    QCOMPARE(window.workbench()->weights()[3], 7.0);
}

void TestMainWindow::creatorsByHandAreUndoable()
{
    MainWindow window;
    window.resize(1500, 900);
    window.show();
    QVERIFY(window.openProject(m_demoPath));
    QCOMPARE(window.workbench()->candidateCount(), 317);
    const auto creators = [&] { return ProjectStore(window.workbench()->project()).summary()->creators; };
    const int before = creators();

    CreatorDialog *dialog = window.creatorDialog(true);
    QVERIFY(dialog);
    dialog->field("display_name")->setText("Nadia Okafor");
    dialog->field("handle")->setText("nadia okafor"); // a name, not a handle
    QVERIFY(!dialog->saveButton()->isEnabled());
    QVERIFY(dialog->problems().join(' ').contains("a handle has no spaces"));
    dialog->field("handle")->setText("@nadia.okafor");
    dialog->field("followers")->setText("250K");
    dialog->field("engagement_rate")->setText("3.1%");
    dialog->field("categories")->setText("Skincare, Beauty");
    dialog->field("country")->setText("United Kingdom");
    QVERIFY2(dialog->saveButton()->isEnabled(), qPrintable(dialog->problems().join('\n')));
    if (!qEnvironmentVariableIsEmpty("CANDOR_SCREENSHOT_DIR"))
        grabTo(dialog, "creator-dialog.png");
    QVERIFY(window.applyCreatorDialog(dialog, true));
    dialog->close();
    QCOMPARE(window.workbench()->candidateCount(), 318);
    const auto find = [&]() -> int {
        const auto found = window.workbench()->pool().indicesOfHandle("nadia.okafor");
        return found.isEmpty() ? -1 : found.constFirst();
    };
    int nadia = find();
    QVERIFY(nadia >= 0);
    const auto record = window.workbench()->record(nadia);
    QVERIFY_RESULT(record);
    const Account &account = record->account;
    QCOMPARE(*account.metrics.followers, 250000);
    QCOMPARE(*account.metrics.engagementRate, 0.031);
    QCOMPARE(account.topAudienceCountry, "GB");
    QCOMPARE(account.categories, QStringList({"Skincare", "Beauty"}));
    window.undoStack()->undo();
    QCOMPARE(window.workbench()->candidateCount(), 317);
    QCOMPARE(creators(), before);
    window.undoStack()->redo();
    QCOMPARE(window.workbench()->candidateCount(), 318);

    // New figures are a snapshot; undo takes them back.
    window.selectCandidate(find());
    CreatorDialog *edit = window.creatorDialog(false);
    QVERIFY(!edit->field("handle")->isEnabled());
    QCOMPARE(edit->field("followers")->text(), "250000");
    edit->field("followers")->setText("260,000");
    QVERIFY(window.applyCreatorDialog(edit, false));
    edit->close();
    QCOMPARE(*window.workbench()->pool().followers(find()), 260000);
    window.undoStack()->undo();
    QCOMPARE(*window.workbench()->pool().followers(find()), 250000);

    // Merge with another creator's account, then undo.
    const int other = window.workbench()->order().at(0);
    const qint64 otherAccount = window.workbench()->pool().accountId(other);
    window.undoStack()->push(new MergeCreatorsCommand(window.workbench(), find(), other));
    QCOMPARE(creators(), before); // 1 added, 1 merged away
    window.undoStack()->undo();
    QCOMPARE(creators(), before + 1);
    QVERIFY(window.workbench()->candidateOfAccount(otherAccount) >= 0);

    // Delete, then undo.
    window.selectCandidate(find());
    QVERIFY(window.deleteSelectedCreator(false));
    QCOMPARE(find(), -1);
    QCOMPARE(window.workbench()->candidateCount(), 317);
    window.undoStack()->undo();
    QVERIFY(find() >= 0);
}

void TestMainWindow::campaignDialogStartingPoints()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(m_demoPath));
    Workbench *w = window.workbench();
    // Select the first two ranked candidates.
    const int a = w->order().at(0), b = w->order().at(1);
    window.selectCandidate(a);
    auto *model = window.candidateTable()->model();
    const QModelIndex second = model->index(1, 0);
    QCOMPARE(second.data(RankingModel::CandidateRole).toInt(), b);
    window.candidateTable()->selectionModel()->select(second, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(window.selectedCandidates().size(), 2);

    CampaignDialog *dialog = window.campaignDialog(true);
    dialog->takeSelectedAudience();
    // By hand: followers-weighted, each creator's gender shares scaled to sum to 1.
    QMap<QString, double> expected;
    double reach = 0.0;
    for (int c : {a, b}) {
        const auto record = w->record(c);
        QVERIFY_RESULT(record);
        const scoring::Candidate &candidate = *record;
        const AudienceEstimate *gender = estimateFor(candidate.audience, AudienceDimension::Gender);
        QVERIFY(gender);
        const double followers = double(*candidate.account.metrics.followers);
        reach += followers;
        for (const AudienceShare &share : gender->distribution.shares())
            expected[share.category] += followers * share.share / gender->distribution.total();
    }
    const AudienceDistribution pooled = dialog->targetEditor(AudienceDimension::Gender)->model()->distribution();
    QCOMPARE(pooled.shares().size(), expected.size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE_NEAR_TO(pooled.shareOf(it.key()).value_or(-1), it.value() / reach, 1e-12);
    QVERIFY(dialog->targetEditor(AudienceDimension::Gender)->model()->addsUp());

    // Copy from a campaign: its targets exactly, and dimensions it does not target emptied.
    const Campaign &other = w->campaigns().at(1);
    dialog->copyTargetFrom(other.id);
    for (AudienceDimension dimension : allDimensions()) {
        const AudienceDistribution copied = dialog->targetEditor(dimension)->model()->distribution();
        const auto wanted = std::find_if(other.targetAudience.cbegin(), other.targetAudience.cend(),
                                         [&](const AudienceDistribution &t) { return t.dimension() == dimension; });
        if (wanted == other.targetAudience.cend())
            QVERIFY(copied.shares().isEmpty());
        else
            QCOMPARE(copied, *wanted);
    }
    dialog->close();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
