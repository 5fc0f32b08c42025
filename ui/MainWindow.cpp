// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MainWindow.h"

#include "AudienceImportDialog.h"
#include "CampaignDialog.h"
#include "CandidateDetail.h"
#include "CreatorDialog.h"
#include "CompareView.h"
#include "DecisionDialog.h"
#include "FairnessDashboard.h"
#include "FiltersPanel.h"
#include "HistoryView.h"
#include "ApprovalBar.h"
#include "PrivacyActions.h"
#include "HelpBrowser.h"
#include "PolicyView.h"
#include "WelcomeDialog.h"
#include "storage/SqlSupport.h"
#include "workbench/PolicyMonitor.h"
#include "workbench/ShortlistCheck.h"
#include "PrivacyView.h"
#include "ReportDialog.h"
#include "scoring/Warnings.h"
#include "ImportDialog.h"
#include "PreferencesDialog.h"
#include "PlainTextDelegate.h"
#include "ScoreDelegate.h"
#include "WeightsPanel.h"
#include "demo/DemoProject.h"
#include "itemmodels/ComparisonModel.h"
#include "itemmodels/RankingModel.h"
#include "core/SystemUser.h"
#include "storage/NewProject.h"
#include "undo/WorkbenchCommands.h"
#include "workbench/Workbench.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <boost/version.hpp>
#include <QInputDialog>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QHBoxLayout>
#include <functional>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QLocale>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <climits>

namespace candor {
namespace {

constexpr int kMaxRecentFiles = 8;
// Stability is a Monte Carlo run: wait until a slider has come to rest before recomputing it.
constexpr int kStabilityDelayMs = 400;
// A held slider that has not moved for this long shows the full ranking, not only its top.
constexpr int kSettleDelayMs = 150;
// How often the file is asked whether another process changed it (PRAGMA data_version: one cheap read).
constexpr int kOutsideChangesPollMs = 2000;
constexpr int kStatusMessageMs = 6000;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_undo(new QUndoStack(this)), m_stabilityTimer(new QTimer(this)), m_settleTimer(new QTimer(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/candor.svg")));
    connect(m_undo, &QUndoStack::indexChanged, this, &MainWindow::reportUndoFailure);
    auto *outsideChanges = new QTimer(this);
    outsideChanges->setInterval(kOutsideChangesPollMs);
    connect(outsideChanges, &QTimer::timeout, this, &MainWindow::takeChangesFromElsewhere);
    outsideChanges->start();
    m_stabilityTimer->setSingleShot(true);
    m_stabilityTimer->setInterval(kStabilityDelayMs);
    connect(m_stabilityTimer, &QTimer::timeout, this, [this] {
        if (m_workbench)
            m_workbench->refreshStability();
    });

    m_left = new QWidget(this);
    auto *layout = new QVBoxLayout(m_left);
    m_syntheticBanner = new QLabel(
        tr("<b>Demo project:</b> every creator, figure and audience here is synthetic, made up by a "
           "generator to show how Candor works. None of it describes a real person."),
        m_left);
    m_syntheticBanner->setObjectName(QStringLiteral("syntheticBanner"));
    m_syntheticBanner->setWordWrap(true);
    m_syntheticBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4ce; color: #3d3000; border: 1px solid #e0c050; padding: 6px; }"));
    m_syntheticBanner->hide();
    layout->addWidget(m_syntheticBanner);
    m_search = new QLineEdit(m_left);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search handles, names, platforms, flags and decisions (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_ranking)
            m_ranking->setFilterText(text);
    });
    // The same verdicts as the flags column: a list of the candidates that need a closer look.
    m_warningFilter = new QComboBox(m_left);
    m_warningFilter->setObjectName(QStringLiteral("warningFilter"));
    m_warningFilter->addItem(tr("All candidates"), QString());
    m_warningFilter->addItem(tr("Any warning"), QStringLiteral("any"));
    for (const scoring::WarningKind &kind : scoring::warningKinds())
        m_warningFilter->addItem(kind.pluralLabel(), kind.key);
    m_warningFilter->setToolTip(tr("Show only candidates with a warning: authenticity (a red signal or "
                                   "several amber ones), disclosure (a sponsored post not labelled "
                                   "clearly and upfront) or brand safety (a post with a brand-safety "
                                   "word or a topic the brief excludes)"));
    m_warningFilter->setAccessibleName(tr("Show candidates"));
    connect(m_warningFilter, &QComboBox::currentIndexChanged, this, [this] {
        if (m_ranking)
            m_ranking->setWarningFilter(m_warningFilter->currentData().toString());
    });
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_warningFilter);
    layout->addLayout(searchRow);
    m_approvalBar = new ApprovalBar(m_left);
    layout->addWidget(m_approvalBar);
    connect(m_approvalBar, &ApprovalBar::recordRequested, this, [this] {
        if (!m_history)
            return;
        m_pages->setCurrentWidget(m_history);
        m_history->showDecisionRecord();
    });
    // Shown instead of the table while there is nothing to rank: what to do next, and (for a new project) the
    // three steps as buttons.
    m_emptyPanel = new QWidget(m_left);
    auto *emptyLayout = new QVBoxLayout(m_emptyPanel);
    emptyLayout->addStretch(1);
    m_emptyState = new QLabel(m_emptyPanel);
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setWordWrap(true);
    m_emptyState->setAlignment(Qt::AlignCenter);
    emptyLayout->addWidget(m_emptyState);
    m_emptyActions = new QWidget(m_emptyPanel);
    m_emptyActions->setObjectName(QStringLiteral("emptyStateActions"));
    auto *steps = new QHBoxLayout(m_emptyActions);
    steps->addStretch(1);
    const struct
    {
        const char *text;
        const char *tip;
        std::function<void()> run;
    } firstSteps[] = {
        {QT_TR_NOOP("&1  Import creators…"),
         QT_TR_NOOP("Your export of creators and their figures (CSV or JSON)"),
         [this] { showImportDialog(); }},
        {QT_TR_NOOP("&2  Import audiences… (optional)"),
         QT_TR_NOOP("Audience demographics per account, for audience fit and fairness"),
         [this] { showAudienceImportDialog(); }},
        {QT_TR_NOOP("&3  Create a campaign…"),
         QT_TR_NOOP("Name, brief, filters and target audience: the ranking follows"),
         [this] {
             if (CampaignDialog *dialog = campaignDialog(true); dialog && dialog->exec() == QDialog::Accepted)
                 applyCampaignDialog(dialog);
         }},
    };
    for (const auto &step : firstSteps) {
        auto *button = new QPushButton(tr(step.text), m_emptyActions);
        button->setToolTip(tr(step.tip));
        connect(button, &QPushButton::clicked, this, step.run);
        steps->addWidget(button);
    }
    steps->addStretch(1);
    emptyLayout->addWidget(m_emptyActions);
    emptyLayout->addStretch(2);
    layout->addWidget(m_emptyPanel, 1);
    m_table = new QTableView(m_left);
    m_table->setObjectName(QStringLiteral("candidateTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // two or three to compare
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(30);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegate(new PlainTextDelegate(m_table));
    m_table->setItemDelegateForColumn(RankingModel::Score, new ScoreDelegate(m_table));
    m_table->setItemDelegateForColumn(RankingModel::Decision, new DecisionDelegate(m_table));
    layout->addWidget(m_table, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    // The ranking and the fairness dashboard side by side as pages: the dashboard audits what the ranking shows.
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("mainPages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_left, tr("&Ranking"));
    connect(m_pages, &QTabWidget::currentChanged, this, [this] {
        if (m_fairnessPlaceholder && m_pages->currentWidget() == m_fairnessPlaceholder)
            buildFairnessPage();
        if (m_history && m_pages->currentWidget() == m_history)
            m_history->refresh(m_detail ? m_detail->candidate() : -1);
        if (m_privacy && m_pages->currentWidget() == m_privacy)
            m_privacy->refresh();
        if (m_policyPlaceholder && m_pages->currentWidget() == m_policyPlaceholder)
            showPolicyPage();
        applyPanels();
    });
    m_splitter->addWidget(m_pages);
    setCentralWidget(m_splitter);

    m_statusLabel = new QLabel(this);
    statusBar()->addWidget(m_statusLabel, 1);
    m_openProgress = new QProgressBar(this);
    m_openProgress->setMaximumWidth(200);
    m_openProgress->setTextVisible(false);
    m_openProgress->hide();
    statusBar()->addPermanentWidget(m_openProgress);
    m_cancelOpen = new QPushButton(tr("Cancel"), this);
    m_cancelOpen->setObjectName(QStringLiteral("cancelOpen"));
    m_cancelOpen->setToolTip(tr("Stop opening the project; the one open now stays open"));
    m_cancelOpen->hide();
    connect(m_cancelOpen, &QPushButton::clicked, this, &MainWindow::cancelOpening);
    statusBar()->addPermanentWidget(m_cancelOpen);
    m_campaigns = new QComboBox(this);
    m_campaigns->setObjectName(QStringLiteral("campaignSelector"));
    m_campaigns->setMinimumContentsLength(24);
    m_campaigns->setToolTip(tr("The campaign brings its brief, target audience, filters and scoring model"));
    connect(m_campaigns, &QComboBox::activated, this, [this](int index) {
        if (!switchToCampaign(m_campaigns->itemData(index).toLongLong()) && m_workbench && m_workbench->hasCampaign())
            m_campaigns->setCurrentIndex(m_campaigns->findData(m_workbench->campaign().id));
    });

    createActions();
    resize(1400, 860);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    rebuildForProject();
}

MainWindow::~MainWindow()
{
    // The undo stack empties as it goes, after this class is gone: nothing of it must reach the window.
    disconnect(m_undo, nullptr, this, nullptr);
    // An open still reading stops instead of keeping the application from quitting.
    if (m_opening)
        m_opening->store(true);
    // The views read the workbench while they go: take them down before it.
    removeProjectViews();
}

void MainWindow::removeProjectViews()
{
    m_approvalBar->setWorkbench(nullptr);
    m_table->setModel(nullptr);
    delete m_ranking;
    m_ranking = nullptr;
    delete m_detail;
    m_detail = nullptr;
    delete m_fairness; // removes its tab
    m_fairness = nullptr;
    delete m_fairnessPlaceholder;
    m_fairnessPlaceholder = nullptr;
    delete m_history;
    m_history = nullptr;
    delete m_policy; // removes its tab
    m_policy = nullptr;
    delete m_policyPlaceholder;
    m_policyPlaceholder = nullptr;
    delete m_policyMonitor;
    m_policyMonitor = nullptr;
    // Its own action may be what changed the project (an erasure): it goes once that action has returned.
    if (m_privacy) {
        m_pages->removeTab(m_pages->indexOf(m_privacy));
        m_privacy->deleteLater();
        m_privacy = nullptr;
    }
    delete m_compareDialog; // it reads the workbench that is going
    m_compareDialog = nullptr;
    m_compare = nullptr;
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        delete dock;
    m_weightsDock = nullptr;
    m_weights = nullptr;
    m_filters = nullptr;
}

void MainWindow::addHistoryPage()
{
    // The last pages, read when they are shown.
    m_history = new HistoryView(m_workbench.get());
    m_pages->addTab(m_history, tr("&History"));
    m_pages->setTabToolTip(m_pages->indexOf(m_history),
                           tr("Who did what, when: imports, decisions and their reasons, notes, consent, "
                              "campaigns and models, with the log's hash chain checked"));
    m_privacy = new PrivacyView(m_workbench.get());
    m_pages->addTab(m_privacy, tr("Pri&vacy"));
    m_pages->setTabToolTip(m_pages->indexOf(m_privacy),
                           tr("Creators past retention, consents expiring, data without a lawful basis or "
                              "notice, objections to profiling; erase or renew them"));
    connect(m_privacy, &PrivacyView::creatorsErased, this, &MainWindow::afterErasure);
    if (!m_workbench->hasCampaign())
        return;
    // Built when first opened, like the fairness page: checking the shortlist reads every shortlisted creator's
    // record, which a project that is only ranked need not wait for. Approval checks the policy either way.
    m_policyPlaceholder = new QWidget;
    m_pages->addTab(m_policyPlaceholder, tr("Ethics Polic&y"));
    m_pages->setTabToolTip(m_pages->indexOf(m_policyPlaceholder),
                           tr("The project's ethics policy checked against the shortlist: audiences too "
                              "young for the product, red authenticity, undisclosed ads, consent, group "
                              "fairness"));
}

PolicyView *MainWindow::showPolicyPage()
{
    if (!m_policy && m_policyPlaceholder)
        buildPolicyPage();
    if (m_policy)
        m_pages->setCurrentWidget(m_policy);
    return m_policy;
}

void MainWindow::buildPolicyPage()
{
    // Checked live from here on, as the shortlist, the data and the policy change (PolicyMonitor).
    m_policyMonitor = new PolicyMonitor(*m_workbench, this);
    m_policy = new PolicyView(m_workbench.get(), m_policyMonitor);
    const int placeholder = m_pages->indexOf(m_policyPlaceholder);
    {
        const QSignalBlocker blocker(m_pages); // no second currentChanged while the tab is swapped
        m_pages->insertTab(placeholder, m_policy, QString());
        delete m_policyPlaceholder;
        m_policyPlaceholder = nullptr;
    }
    const auto title = [this] {
        const int open = m_policyMonitor->openCount();
        const int index = m_pages->indexOf(m_policy);
        m_pages->setTabText(index, open > 0 ? tr("Ethics Polic&y (%1)").arg(open) : tr("Ethics Polic&y"));
        m_pages->setTabToolTip(index, tr("The project's ethics policy checked against the shortlist: "
                                         "audiences too young for the product, red authenticity, "
                                         "undisclosed ads, consent, group fairness; %1 open finding(s), "
                                         "%2 blocking approval")
                                          .arg(open)
                                          .arg(m_policyMonitor->blockingCount()));
    };
    title();
    connect(m_policyMonitor, &PolicyMonitor::findingsChanged, m_policy, title);
    connect(m_policy, &PolicyView::evidenceRequested, this, &MainWindow::showPolicyEvidence);
    connect(m_policy, &PolicyView::removalRequested, this, [this](qint64 accountId) {
        const int candidate = m_workbench->candidateOfAccount(accountId);
        if (candidate >= 0) {
            m_pages->setCurrentIndex(0);
            selectCandidate(candidate);
            decideSelected(DecisionKind::Removed);
            return;
        }
        // No longer in the ranking (an objection to profiling): taken off by account, with a reason.
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Remove From Shortlist"),
                                                     tr("Why is the creator taken off the shortlist?"),
                                                     QLineEdit::Normal, tr("objected to profiling"), &ok);
        if (ok && !reason.trimmed().isEmpty()) {
            if (auto removed = m_workbench->removeFromShortlist(accountId, reason.trimmed()); !removed)
                QMessageBox::warning(this, tr("Not removed"), removed.error().toString());
        }
    });
}

void MainWindow::showPolicyEvidence(qint64 accountId, const QString &evidence)
{
    if (evidence == QLatin1String("fairness")) {
        if (m_fairnessPlaceholder)
            buildFairnessPage();
        if (m_fairness)
            m_pages->setCurrentWidget(m_fairness);
        return;
    }
    if (evidence == QLatin1String("privacy")) {
        m_pages->setCurrentWidget(m_privacy);
        return;
    }
    const int candidate = m_workbench->candidateOfAccount(accountId);
    if (candidate < 0)
        return;
    m_pages->setCurrentIndex(0);
    selectCandidate(candidate);
    if (evidence == QLatin1String("decision")) {
        m_pages->setCurrentWidget(m_history);
        return;
    }
    if (!m_detail)
        return;
    m_detail->setVisible(true);
    const QString wanted = evidence == QLatin1String("authenticity") ? tr("Authenticity")
                           : evidence == QLatin1String("disclosure") ? tr("Disclosure")
                                                                     : tr("Score"); // the audience is there
    for (int t = 0; t < m_detail->tabs()->count(); ++t) {
        if (m_detail->tabs()->tabText(t).remove(QLatin1Char('&')) == wanted)
            m_detail->tabs()->setCurrentIndex(t);
    }
}

void MainWindow::afterErasure(int count)
{
    // An undo step may hold the erased person's rows (a deleted creator, entered figures): none may survive.
    m_undo->clear();
    statusBar()->showMessage(tr("%n creator(s) erased; the undo history was cleared.", nullptr, count), kStatusMessageMs);
}

int MainWindow::currentPage() const
{
    return m_pages->currentIndex() > 0 ? 1 : 0;
}

void MainWindow::applyPanels()
{
    const PagePanels &shown = m_panels[currentPage()];
    if (m_weightsDock)
        m_weightsDock->setVisible(shown.weights);
    if (m_detail)
        m_detail->setVisible(shown.detail);
    const QSignalBlocker weightsBlocker(m_weightsToggle);
    const QSignalBlocker detailBlocker(m_detailToggle);
    m_weightsToggle->setChecked(shown.weights);
    m_detailToggle->setChecked(shown.detail);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // A text field claims Ctrl+Z for its own text and then receives the key press: it is taken here first.
    if (event->type() == QEvent::KeyPress) {
        auto *widget = qobject_cast<QWidget *>(watched);
        const auto *key = static_cast<QKeyEvent *>(event);
        if (widget && widget->window() == this && m_workbench) {
            if (key->matches(QKeySequence::Undo)) {
                m_undo->undo();
                return true;
            }
            if (key->matches(QKeySequence::Redo)) {
                m_undo->redo();
                return true;
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Project…"), QKeySequence::New, this, &MainWindow::createNewProject);
    file->addAction(tr("&Open Project…"), QKeySequence::Open, this,
                    &MainWindow::chooseAndOpenProject);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addAction(tr("Open &Demo Project"), this, &MainWindow::openDemoProject);
    file->addSeparator();
    QAction *import = file->addAction(QIcon(QStringLiteral(":/icons/import.svg")), tr("&Import Creators…"),
                                      this, &MainWindow::showImportDialog);
    import->setShortcut(QKeySequence(QStringLiteral("Ctrl+I")));
    m_projectActions << import;
    QAction *importAudiences =
        file->addAction(tr("Import A&udiences…"), this, [this] { showAudienceImportDialog(false); });
    importAudiences->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+I")));
    importAudiences->setToolTip(tr("Audience demographics per account (age, gender, country, language)"));
    m_projectActions << importAudiences;
    m_projectActions << file->addAction(tr("Import Self-declared A&ttributes…"), this,
                                        [this] { showAudienceImportDialog(true); });
    QAction *exportReport = file->addAction(tr("&Export Report…"), this, [this] {
        ReportDialog dialog(*m_workbench, this);
        dialog.exec();
    });
    exportReport->setObjectName(QStringLiteral("exportReportAction"));
    exportReport->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+E")));
    exportReport->setToolTip(tr("The client report of this campaign's shortlist: PDF, HTML, CSV or JSON"));
    m_campaignActions << exportReport;
    m_projectActions << file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this,
                                        &MainWindow::saveCopyAs);
    m_projectActions << file->addAction(tr("&Close Project"), QKeySequence::Close, this,
                                        &MainWindow::closeProject);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    // Ctrl+Z means the workbench's undo wherever the focus is in this window: a line edit or spin box would
    // otherwise claim it for its own text (the search box, a note, a filter field).
    qApp->installEventFilter(this);
    edit->addSeparator();
    edit->addAction(tr("&Find…"), QKeySequence::Find, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcuts({QKeySequence::Preferences, QKeySequence(QStringLiteral("Ctrl+,"))});
    m_projectActions << preferences;

    QMenu *campaignMenu = menuBar()->addMenu(tr("Ca&mpaign"));
    QAction *newCampaign = campaignMenu->addAction(tr("&New Campaign…"), this, [this] {
        if (CampaignDialog *dialog = campaignDialog(true); dialog && dialog->exec() == QDialog::Accepted)
            applyCampaignDialog(dialog);
    });
    newCampaign->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    m_projectActions << newCampaign;
    QAction *editCampaign = campaignMenu->addAction(tr("&Edit Campaign…"), this, [this] {
        if (CampaignDialog *dialog = campaignDialog(false); dialog && dialog->exec() == QDialog::Accepted)
            applyCampaignDialog(dialog);
    });
    editCampaign->setShortcut(QKeySequence(QStringLiteral("Ctrl+E")));
    QAction *duplicate = campaignMenu->addAction(tr("&Duplicate Campaign"), this, [this] { duplicateCampaign(); });
    campaignMenu->addSeparator();
    QAction *deleteAction = campaignMenu->addAction(tr("De&lete Campaign…"), this, [this] { deleteCampaign(); });
    campaignMenu->addSeparator();
    QAction *approve = campaignMenu->addAction(tr("&Approve Shortlist…"), this, [this] { m_approvalBar->approve(); });
    approve->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+A")));
    m_campaignActions << editCampaign << duplicate << deleteAction << approve;

    QMenu *candidate = menuBar()->addMenu(tr("&Candidate"));
    const struct
    {
        DecisionKind kind;
        const char *text;
        const char *shortcut;
        const char *icon;
    } decisions[] = {{DecisionKind::Shortlisted, QT_TR_NOOP("&Shortlist…"), "Ctrl+1", ":/icons/shortlist.svg"},
                     {DecisionKind::Approved, QT_TR_NOOP("&Approve…"), "Ctrl+2", ":/icons/approve.svg"},
                     {DecisionKind::Rejected, QT_TR_NOOP("&Reject…"), "Ctrl+3", ":/icons/reject.svg"},
                     {DecisionKind::Removed, QT_TR_NOOP("Remove from Short&list…"), "Ctrl+0", nullptr}};
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon); // words, not only pictures
    toolbar->addWidget(new QLabel(tr(" Campaign: "), toolbar));
    toolbar->addWidget(m_campaigns);
    toolbar->addSeparator();
    for (const auto &d : decisions) {
        QAction *action = candidate->addAction(tr(d.text), this,
                                               [this, kind = d.kind] { decideSelected(kind); });
        action->setShortcut(QKeySequence(QString::fromLatin1(d.shortcut)));
        if (d.icon)
            action->setIcon(QIcon(QString::fromLatin1(d.icon)));
        action->setToolTip(tr("Record a decision for the selected candidate, with your reason"));
        if (d.kind != DecisionKind::Removed)
            toolbar->addAction(action);
        m_campaignActions << action;
    }
    candidate->addSeparator();
    QAction *newCreator = candidate->addAction(tr("&New Creator…"), this, [this] {
        if (CreatorDialog *dialog = creatorDialog(true); dialog && dialog->exec() == QDialog::Accepted)
            applyCreatorDialog(dialog, true);
    });
    newCreator->setToolTip(tr("Enter a creator and one of their accounts by hand"));
    m_projectActions << newCreator;
    QAction *editFigures = candidate->addAction(tr("&Edit Figures…"), this, [this] {
        if (CreatorDialog *dialog = creatorDialog(false); dialog && dialog->exec() == QDialog::Accepted)
            applyCreatorDialog(dialog, false);
    });
    editFigures->setShortcut(QKeySequence(QStringLiteral("F2")));
    QAction *mergeCreators = candidate->addAction(tr("&Merge Selected Creators…"), this,
                                                  [this] { mergeSelectedCreators(); });
    mergeCreators->setToolTip(tr("Two selected accounts are the same person on two platforms"));
    QAction *deleteCreator = candidate->addAction(tr("&Delete Creator…"), this,
                                                  [this] { deleteSelectedCreator(); });
    // Privacy requests come for any creator, not only those the Privacy page lists.
    QAction *stopProfiling = candidate->addAction(tr("Do &Not Profile…"), this, [this] {
        privacyActions::setProfiling(this, *m_workbench, selectedCreatorIds(), false);
    });
    stopProfiling->setToolTip(tr("The creator objected to profiling (GDPR Art. 21): left out of every "
                                 "ranking and audit; lifted again on the Privacy page"));
    QAction *eraseCreator = candidate->addAction(tr("E&rase Creator…"), this, [this] {
        if (const int erased = privacyActions::erase(this, *m_workbench, selectedCreatorIds()); erased > 0)
            afterErasure(erased);
    });
    eraseCreator->setObjectName(QStringLiteral("eraseCreatorAction"));
    stopProfiling->setObjectName(QStringLiteral("stopProfilingAction"));
    eraseCreator->setToolTip(tr("Every trace of the selected creators removed from the file (GDPR Art. 17); "
                                "cannot be undone"));
    m_campaignActions << editFigures << mergeCreators << deleteCreator << stopProfiling << eraseCreator;
    candidate->addSeparator();
    QAction *compare = candidate->addAction(tr("&Compare…"), this, &MainWindow::compareSelected);
    compare->setShortcut(QKeySequence(QStringLiteral("Ctrl+K")));
    compare->setIcon(QIcon(QStringLiteral(":/icons/compare.svg")));
    compare->setToolTip(tr("Two or three selected candidates side by side, factor by factor (with "
                           "one selected: against the candidate ranked just above it)"));
    toolbar->addSeparator();
    toolbar->addAction(compare);
    m_campaignActions << compare;

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *ranking = view->addAction(tr("&Ranking"), this, [this] { m_pages->setCurrentIndex(0); });
    ranking->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+R")));
    QAction *fairness = view->addAction(tr("&Fairness Dashboard"), this, [this] {
        if (m_fairnessPlaceholder || m_fairness)
            m_pages->setCurrentIndex(1);
    });
    fairness->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+F")));
    QAction *historyPage = view->addAction(tr("&History"), this, [this] {
        if (m_history)
            m_pages->setCurrentWidget(m_history);
    });
    historyPage->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+H")));
    QAction *privacyPage = view->addAction(tr("Pri&vacy"), this, [this] {
        if (m_privacy)
            m_pages->setCurrentWidget(m_privacy);
    });
    privacyPage->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    QAction *policyPage = view->addAction(tr("&Ethics Policy"), this, [this] { showPolicyPage(); });
    policyPage->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+Y")));
    policyPage->setToolTip(tr("The project's ethics policy checked live against the shortlist"));
    m_campaignActions << policyPage;
    privacyPage->setToolTip(tr("Retention, consent, lawful basis and erasure"));
    historyPage->setToolTip(tr("Who did what, when, and why: the project's audit log"));
    fairness->setToolTip(tr("Audience balance of the shortlist and how creator groups fare in selection"));
    m_campaignActions << fairness;
    view->addSeparator();
    // Each page remembers which side panels it shows: the ranking keeps the weights and the details beside it,
    // the fairness page takes the whole width until the user brings them back.
    m_weightsToggle = view->addAction(tr("&Weights and Filters Panel"));
    m_weightsToggle->setShortcut(QKeySequence(Qt::Key_F7));
    m_detailToggle = view->addAction(tr("Candidate &Details Pane"));
    m_detailToggle->setShortcut(QKeySequence(Qt::Key_F8));
    for (QAction *toggle : {m_weightsToggle, m_detailToggle}) {
        toggle->setCheckable(true);
        m_campaignActions << toggle;
    }
    connect(m_weightsToggle, &QAction::toggled, this, [this](bool shown) {
        m_panels[currentPage()].weights = shown;
        applyPanels();
    });
    connect(m_detailToggle, &QAction::toggled, this, [this](bool shown) {
        m_panels[currentPage()].detail = shown;
        applyPanels();
    });
    view->addSeparator();
    QMenu *columns = view->addMenu(tr("&Columns"));
    connect(columns, &QMenu::aboutToShow, this, [this, columns] {
        columns->clear();
        if (!m_ranking)
            return;
        for (int c = 0; c < m_ranking->columnCount(); ++c) {
            QAction *toggle = columns->addAction(m_ranking->headerData(c, Qt::Horizontal).toString());
            toggle->setCheckable(true);
            toggle->setChecked(!m_table->isColumnHidden(c));
            connect(toggle, &QAction::toggled, this,
                    [this, c](bool shown) { m_table->setColumnHidden(c, !shown); });
        }
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User Guide"), this, [this] { showUserGuide(); });
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setToolTip(tr("The score, the fairness page, authenticity and privacy in plain words"));
    help->addAction(tr("&Welcome"), this, [this] { showWelcome(); });
    help->addSeparator();
    help->addAction(tr("&About Candor"), this, &MainWindow::showAbout);
}

Status MainWindow::openProject(const QString &path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opening = Workbench::read(path);
    QApplication::restoreOverrideCursor();
    return install(std::move(opening));
}

Status MainWindow::install(Result<Workbench::Opening> opening)
{
    if (!opening)
        return opening.error();
    const QString path = opening->path;
    auto opened = Workbench::adopt(std::move(*opening));
    if (!opened)
        return opened.error();
    m_undo->clear();
    removeProjectViews();
    m_search->clear(); // a search typed in one project must not hide another's ranking
    m_warningFilter->setCurrentIndex(0);
    m_workbench = std::move(*opened);
    // Writing the settings file waits for the disk: after the ranking is on screen, not before.
    QTimer::singleShot(0, this, [this, path] { rememberRecent(QFileInfo(path).absoluteFilePath()); });
    rebuildForProject();
    if (const QString warning = m_workbench->project().networkShareWarning(); !warning.isEmpty())
        QMessageBox::warning(this, tr("Project on a network share"), warning);
    return success();
}

void MainWindow::openAndReport(const QString &path, const std::function<void(const Status &)> &opened)
{
    cancelOpening(); // the newest request wins
    // Reading and scoring a large project takes seconds: on a worker thread with its own connection, so that
    // the window keeps painting and the current project stays usable until the new one is ready.
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_opening = cancelled;
    m_openProgress->setRange(0, 0);
    showOpeningControls(true);
    statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    const auto progress = [window = QPointer<MainWindow>(this), cancelled](qint64 done, qint64 total) {
        if (MainWindow *receiver = window.data())
            QMetaObject::invokeMethod(
                receiver,
                [window, cancelled, done, total] {
                    if (!window || window->m_opening != cancelled)
                        return;
                    constexpr int kSteps = 1000;
                    window->m_openProgress->setRange(0, kSteps);
                    window->m_openProgress->setValue(total > 0 ? static_cast<int>(kSteps * done / total) : 0);
                    window->statusBar()->showMessage(
                        tr("Scoring %1 of %Ln creator(s)…", nullptr, static_cast<int>(total))
                            .arg(QLocale().toString(done)));
                },
                Qt::QueuedConnection);
    };
    m_openJob.start(
        this,
        [path, progress, cancelled] {
            return std::make_shared<Result<Workbench::Opening>>(Workbench::read(path, progress, cancelled.get()));
        },
        [this, path, opened, cancelled](const std::shared_ptr<Result<Workbench::Opening>> &opening) {
            if (m_opening != cancelled)
                return;
            m_opening.reset();
            showOpeningControls(false);
            statusBar()->clearMessage();
            if (!*opening) {
                reportOpenFailure(path, opening->error(), opened);
                return;
            }
            const Status installed = install(std::move(*opening));
            if (!installed)
                reportOpenFailure(path, installed.error(), opened);
            else if (opened)
                opened(installed);
        });
}

void MainWindow::reportOpenFailure(const QString &path, const Error &error,
                                   const std::function<void(const Status &)> &opened)
{
    if (error.kind == ErrorKind::Cancelled)
        return;
    // Busy is passing: another window or program is writing. Offer to wait for it instead of giving up.
    if (error.kind == ErrorKind::Locked &&
        QMessageBox::warning(this, tr("The project is busy"), error.message,
                             QMessageBox::Retry | QMessageBox::Cancel,
                             QMessageBox::Retry) == QMessageBox::Retry) {
        openAndReport(path, opened);
        return;
    }
    if (error.kind != ErrorKind::Locked)
        QMessageBox::warning(this, tr("Cannot open the project"),
                             tr("%1\n\nThe file was not changed.").arg(error.toString()));
    if (opened)
        opened(error);
}

void MainWindow::cancelOpening()
{
    if (!m_opening)
        return;
    // The worker stops within a few thousand candidates; its result, if any, is dropped.
    m_opening->store(true);
    m_opening.reset();
    m_openJob.cancel();
    showOpeningControls(false);
    statusBar()->showMessage(tr("Opening cancelled"), kStatusMessageMs);
}

void MainWindow::showOpeningControls(bool shown)
{
    m_openProgress->setVisible(shown);
    m_cancelOpen->setVisible(shown);
}

void MainWindow::takeChangesFromElsewhere()
{
    // Another Candor window or computer may have written to the file: read its changes while nothing modal
    // is open (a dialog may be showing what is about to change).
    if (!m_workbench || QApplication::activeModalWidget())
        return;
    auto changed = m_workbench->takeChangesFromElsewhere();
    if (!changed)
        statusBar()->showMessage(changed.error().toString(), kStatusMessageMs);
    else if (*changed)
        statusBar()->showMessage(tr("Changes made in another Candor window were loaded."), kStatusMessageMs);
}

void MainWindow::rebuildForProject()
{
    rememberSplitter();
    removeProjectViews();

    for (QAction *action : std::as_const(m_projectActions))
        action->setEnabled(m_workbench != nullptr);
    const bool hasCampaign = m_workbench && m_workbench->hasCampaign();
    m_campaigns->setEnabled(hasCampaign);
    for (QAction *action : std::as_const(m_campaignActions))
        action->setEnabled(hasCampaign);
    m_table->setVisible(hasCampaign);
    m_emptyPanel->setVisible(!hasCampaign);
    m_emptyActions->setVisible(m_workbench && !hasCampaign);
    m_emptyState->setText(
        !m_workbench ? tr("No project is open.\n\nFile › New Project (Ctrl+N) for your own data, File › "
                          "Open Project (Ctrl+O), or File › Open Demo Project to look around with "
                          "synthetic data.")
                     : tr("This project has %Ln candidate(s) and no campaign yet.\n\nThree steps to an "
                          "explained, audited shortlist:",
                          nullptr, m_workbench->accountCount()));
    m_syntheticBanner->setVisible(m_workbench && m_workbench->isSynthetic());
    fillCampaigns();
    updateTitle();
    if (!m_workbench) {
        updateStatus();
        return;
    }

    PreferencesDialog::applyTo(m_workbench.get());
    connect(m_workbench.get(), &Workbench::campaignsChanged, this, &MainWindow::onCampaignsChanged,
            Qt::UniqueConnection);
    connect(m_workbench.get(), &Workbench::creatorsChanged, this, &MainWindow::onCreatorsChanged,
            Qt::UniqueConnection);
    if (!hasCampaign) {
        addHistoryPage();
        updateStatus();
        return;
    }
    m_ranking = new RankingModel(m_workbench.get(), this);
    if (hasCampaign) {
        // The page is built when it is first opened: a project that is only ranked pays nothing for it (with
        // 100,000 candidates the built page measurably slowed a slider drag, even hidden).
        m_fairnessPlaceholder = new QWidget;
        m_pages->addTab(m_fairnessPlaceholder, tr("&Fairness"));
        m_pages->setTabToolTip(
            m_pages->indexOf(m_fairnessPlaceholder),
            tr("Audience balance of the shortlist and how creator groups fare in selection"));
    }
    addHistoryPage();
    m_approvalBar->setWorkbench(m_workbench.get());
    m_ranking->setFilterText(m_search->text());
    m_ranking->setWarningFilter(m_warningFilter->currentData().toString());
    m_table->setModel(m_ranking);
    // The model starts in rank order: with the indicator set first, enabling sorting re-sorts nothing (a
    // million rows laid out twice took a tenth of a second).
    m_table->horizontalHeader()->setSortIndicator(RankingModel::Rank, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    const std::pair<int, int> widths[] = {{RankingModel::Rank, 48},      {RankingModel::Handle, 130},
                                          {RankingModel::Name, 110},     {RankingModel::Platform, 76},
                                          {RankingModel::Followers, 74}, {RankingModel::Score, 104},
                                          {RankingModel::ScoreRange, 90}, {RankingModel::Flags, 150},
                                          {RankingModel::Decision, 120},  {RankingModel::Reason, 200}};
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, width);
    // What a person decided stands next to the score, in view at any window width; the reason follows it.
    QHeaderView *header = m_table->horizontalHeader();
    header->moveSection(header->visualIndex(RankingModel::Score), 2);
    header->moveSection(header->visualIndex(RankingModel::Decision), 3);
    header->moveSection(header->visualIndex(RankingModel::Reason), 4);
    // The detail pane names the creator; View › Columns brings the column back.
    m_table->setColumnHidden(RankingModel::Name, true);

    m_detail = new CandidateDetail(m_workbench.get(), m_splitter);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    if (!m_splitter->restoreState(QSettings().value(QStringLiteral("window/splitter")).toByteArray()))
        m_splitter->setSizes({600, 500});

    auto *panels = new QWidget;
    auto *panelLayout = new QVBoxLayout(panels);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    m_weights = new WeightsPanel(m_workbench.get(), panels);
    m_filters = new FiltersPanel(m_workbench.get(), panels);
    panelLayout->addWidget(m_weights);
    panelLayout->addWidget(m_filters);
    panelLayout->addStretch(1);
    auto *dock = new QDockWidget(tr("Weights and filters"), this);
    dock->setObjectName(QStringLiteral("weightsDock"));
    dock->setWidget(panels);
    m_weightsDock = dock;

    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    // Narrow by default (the filters' labels go above their fields), once the window has laid the dock out.
    QTimer::singleShot(0, dock, [this, dock] { resizeDocks({dock}, {dock->minimumSizeHint().width()}, Qt::Horizontal); });
    applyPanels();
    connect(m_weights, &WeightsPanel::weightEdited, this, [this](int factor, double weight) {
        m_undo->push(new WeightCommand(m_workbench.get(), factor, weight));
        m_stabilityTimer->start();
        m_settleTimer->start();
    });
    // While a slider is held only the top of the ranking follows each move; the rest follows a pause or the
    // release.
    m_settleTimer->setSingleShot(true);
    m_settleTimer->setInterval(kSettleDelayMs);
    connect(m_settleTimer, &QTimer::timeout, m_workbench.get(), &Workbench::settleRanking);
    connect(m_weights, &WeightsPanel::dragStarted, m_workbench.get(), &Workbench::beginQuickRanking);
    connect(m_weights, &WeightsPanel::dragFinished, m_workbench.get(), &Workbench::endQuickRanking);
    connect(m_filters, &FiltersPanel::filtersEdited, this, [this](const HardFilters &filters) {
        // Everyone is scored again; keep the candidate the user was looking at.
        if (auto writable = m_workbench->project().ensureWritable(); !writable) {
            QMessageBox::warning(this, tr("Filters not changed"), writable.error().toString());
            m_filters->showFilters();
            return;
        }
        const int shown = selectedCandidate();
        if (!pushProjectCommand(new FilterCommand(m_workbench.get(), filters), tr("Filters not changed")))
            m_filters->showFilters();
        if (shown >= 0)
            selectCandidate(shown);
    });
    connect(m_detail, &CandidateDetail::noteRequested, this, [this](int candidate, const QString &body) {
        if (auto writable = m_workbench->project().ensureWritable(); !writable) {
            QMessageBox::warning(this, tr("Note not saved"), writable.error().toString());
            return;
        }
        if (pushProjectCommand(new NoteCommand(m_workbench.get(), candidate, body), tr("Note not saved")))
            m_detail->noteEdit()->clear();
    });
    connect(m_weights, &WeightsPanel::resetRequested, this, [this] {
        m_undo->push(new ResetWeightsCommand(m_workbench.get()));
        m_stabilityTimer->start();
    });
    connect(m_weights, &WeightsPanel::saveRequested, this, [this] {
        auto saved = m_workbench->saveWeightsAsNewVersion();
        if (!saved)
            QMessageBox::warning(this, tr("Cannot save the model"), saved.error().toString());
        else
            statusBar()->showMessage(tr("Saved as %1 version %2").arg(saved->name).arg(saved->version), 5000);
    });
    connect(m_workbench.get(), &Workbench::rankingChanged, this, &MainWindow::updateStatus);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_detail->showCandidate(selectedCandidate()); });
    if (m_ranking->rowCount() > 0)
        m_table->selectRow(0);
    updateStatus();
}

void MainWindow::fillCampaigns()
{
    m_campaigns->clear();
    if (!m_workbench)
        return;
    for (const Campaign &c : m_workbench->campaigns()) {
        m_campaigns->addItem(c.name, c.id);
        m_campaigns->setItemData(m_campaigns->count() - 1, c.brief, Qt::ToolTipRole);
    }
}

void MainWindow::selectCandidate(int candidate)
{
    if (!m_ranking)
        return;
    const QModelIndex shown = m_ranking->index(m_ranking->rowOf(candidate), 0);
    if (shown.isValid()) {
        m_table->selectRow(shown.row());
        m_table->scrollTo(shown);
    }
}

QList<qint64> MainWindow::selectedCreatorIds() const
{
    QList<qint64> ids;
    for (const int candidate : selectedCandidates()) {
        if (auto creator = m_workbench->creatorOf(candidate); creator && !ids.contains(*creator))
            ids << *creator;
    }
    return ids;
}

QList<int> MainWindow::selectedCandidates() const
{
    QList<int> candidates;
    if (!m_table->selectionModel())
        return candidates;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        candidates << row.data(RankingModel::CandidateRole).toInt();
    // The best placed first: the comparison measures the others against it.
    std::sort(candidates.begin(), candidates.end(), [this](int a, int b) {
        const int ra = m_workbench->rankOf(a), rb = m_workbench->rankOf(b);
        return (ra == 0 ? INT_MAX : ra) < (rb == 0 ? INT_MAX : rb);
    });
    return candidates;
}

void MainWindow::compareSelected()
{
    if (!m_workbench)
        return;
    QList<int> candidates = selectedCandidates();
    if (candidates.size() == 1) {
        // "Why is the one above me above me?": compare with the neighbour in the ranking.
        const int rank = m_workbench->rankOf(candidates.front());
        const auto &order = m_workbench->order();
        if (rank > 1)
            candidates.prepend(order.at(static_cast<std::size_t>(rank - 2)));
        else if (rank == 1 && order.size() > 1)
            candidates << order.at(1);
    }
    if (candidates.size() < 2) {
        statusBar()->showMessage(tr("Select two or three candidates to compare"), 5000);
        return;
    }
    if (!m_compareDialog) {
        m_compareDialog = new QDialog(this);
        m_compareDialog->setObjectName(QStringLiteral("compareDialog"));
        m_compareDialog->setWindowTitle(tr("Compare candidates"));
        auto *layout = new QVBoxLayout(m_compareDialog);
        m_compare = new CompareView(m_workbench.get(), m_compareDialog);
        layout->addWidget(m_compare);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_compareDialog);
        connect(buttons, &QDialogButtonBox::rejected, m_compareDialog, &QDialog::close);
        layout->addWidget(buttons);
        m_compareDialog->resize(1000, 900);
    }
    m_compare->compare(candidates.mid(0, ComparisonModel::kMaxCandidates));
    m_compareDialog->show();
    m_compareDialog->raise();
}

ImportDialog *MainWindow::showImportDialog()
{
    if (!m_workbench)
        return nullptr;
    const QString path = m_workbench->project().path();
    auto *dialog = new ImportDialog(path, m_workbench->userName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, &MainWindow::reloadProject);
    dialog->show();
    return dialog;
}

void MainWindow::reloadProject()
{
    // The workbench holds the candidates in memory: read them again, on the same campaign.
    if (!m_workbench)
        return;
    const QString path = m_workbench->project().path();
    const qint64 campaign = m_workbench->hasCampaign() ? m_workbench->campaign().id : 0;
    if (auto reopened = openProject(path); !reopened) {
        QMessageBox::warning(this, tr("Cannot reload the project"), reopened.error().toString());
        return;
    }
    if (campaign != 0 && m_workbench->hasCampaign() && m_workbench->campaign().id != campaign)
        switchToCampaign(campaign, false);
    recheckApprovals();
}

void MainWindow::recheckApprovals()
{
    if (!m_workbench)
        return;
    // Its own connection and workbench: the one the window shows keeps its campaign.
    m_recheckJob.start(
        this,
        [path = m_workbench->project().path()]() -> Result<QList<ApprovalRecheck>> {
            auto opened = Workbench::open(path, nullptr, Workbench::Stability::Off);
            if (!opened)
                return opened.error();
            return recheckApprovedShortlists(**opened, QDate::currentDate());
        },
        [this](Result<QList<ApprovalRecheck>> rechecks) {
            if (!rechecks) {
                statusBar()->showMessage(
                    tr("Approved shortlists could not be checked again: %1").arg(rechecks.error().toString()),
                    kStatusMessageMs);
                emit approvalsRechecked(0);
                return;
            }
            QStringList lines;
            int withChanges = 0;
            for (const ApprovalRecheck &r : std::as_const(*rechecks)) {
                if (r.changes.isEmpty())
                    continue;
                ++withChanges;
                lines << tr("\"%1\", approved by %2:").arg(r.campaign, r.approvedBy);
                for (const QString &c : r.changes)
                    lines << QStringLiteral("  • ") + c;
            }
            if (withChanges > 0) {
                auto *box = new QMessageBox(QMessageBox::Information, tr("Changed Since Approval"),
                                            tr("The new data changes what the ethics policy sees on %1 "
                                               "approved shortlist(s). The approvals stand; look at them "
                                               "again on the Ethics Policy page.")
                                                .arg(withChanges),
                                            QMessageBox::Ok, this);
                box->setObjectName(QStringLiteral("approvalChanges"));
                box->setDetailedText(lines.join(QLatin1Char('\n')));
                box->setInformativeText(lines.mid(0, 6).join(QLatin1Char('\n')));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            } else if (!rechecks->isEmpty()) {
                statusBar()->showMessage(tr("Approved shortlists checked again: nothing the ethics "
                                            "policy looks at changed."),
                                         kStatusMessageMs);
            }
            emit approvalsRechecked(withChanges);
        });
}

AudienceImportDialog *MainWindow::showAudienceImportDialog(bool attributes)
{
    if (!m_workbench)
        return nullptr;
    auto *dialog = new AudienceImportDialog(m_workbench->project(),
                                            attributes ? AudienceImportDialog::Mode::Attributes
                                                       : AudienceImportDialog::Mode::Audience,
                                            m_workbench->userName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (dialog->imported())
            reloadProject();
    });
    dialog->show();
    return dialog;
}

bool MainWindow::switchToCampaign(qint64 campaignId, bool ask)
{
    if (!m_workbench)
        return false;
    if (m_workbench->hasCampaign() && m_workbench->campaign().id == campaignId)
        return true; // re-selecting the campaign shown changes nothing, and loses nothing
    if (ask && m_workbench->hasUnsavedWeights()) {
        const auto answer = QMessageBox::question(
            this, tr("Weights not saved"),
            tr("The weights you are trying for “%1” are not saved. Save them as a new version of the "
               "model before switching?")
                .arg(m_workbench->campaign().name),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Save) {
            if (auto saved = m_workbench->saveWeightsAsNewVersion(); !saved) {
                QMessageBox::warning(this, tr("Cannot save the model"), saved.error().toString());
                return false;
            }
        }
    }
    if (auto selected = m_workbench->selectCampaign(campaignId); !selected) {
        QMessageBox::warning(this, tr("Cannot show the campaign"), selected.error().toString());
        return false;
    }
    m_undo->clear(); // weight steps belong to the campaign they were made in
    m_campaigns->setCurrentIndex(m_campaigns->findData(campaignId));
    m_table->sortByColumn(RankingModel::Rank, Qt::AscendingOrder);
    updateStatus();
    return true;
}

void MainWindow::onCreatorsChanged()
{
    // Without a campaign only the count on the empty page changes; with one the ranking follows by itself.
    if (!m_workbench->hasCampaign())
        rebuildForProject();
    updateStatus();
}

void MainWindow::onCampaignsChanged()
{
    // From no campaign to one (or back) the views change; otherwise only the list does.
    if (m_workbench->hasCampaign() != (m_ranking != nullptr)) {
        rebuildForProject();
        return;
    }
    fillCampaigns();
    if (m_workbench->hasCampaign())
        m_campaigns->setCurrentIndex(m_campaigns->findData(m_workbench->campaign().id));
}

CampaignDialog *MainWindow::campaignDialog(bool forNew)
{
    if (!m_workbench || (!forNew && !m_workbench->hasCampaign()))
        return nullptr;
    if (auto writable = m_workbench->project().ensureWritable(); !writable) {
        QMessageBox::warning(this, tr("Campaigns cannot be changed"), writable.error().toString());
        return nullptr;
    }
    if (auto installed = m_workbench->ensureBuiltInModels(); !installed) {
        QMessageBox::warning(this, tr("Cannot add the built-in models"), installed.error().toString());
        return nullptr;
    }
    Campaign start;
    if (!forNew)
        start = m_workbench->campaign();
    auto *dialog = new CampaignDialog(m_workbench.get(), start, m_workbench->hasCampaign() ? selectedCandidates() : QList<int>{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

bool MainWindow::pushProjectCommand(ProjectCommand *command, const QString &failureTitle)
{
    std::unique_ptr<ProjectCommand> owned(command);
    if (Status done = owned->runFirst(); !done) {
        QMessageBox::warning(this, failureTitle,
                             tr("%1\n\nThe project was not changed.").arg(done.error().toString()));
        return false;
    }
    m_undo->push(owned.release()); // it has happened: pushing does not run it again
    return true;
}

void MainWindow::reportUndoFailure(int index)
{
    // Undo lowers the index (the command undone is at the new index), redo raises it (the one redone is below).
    const bool undone = index < m_undoIndex;
    m_undoIndex = index;
    const auto *command = dynamic_cast<const ProjectCommand *>(m_undo->command(undone ? index : index - 1));
    if (!command || !command->lastError())
        return;
    QMessageBox::warning(
        this, (undone ? tr("Could not undo “%1”") : tr("Could not redo “%1”")).arg(command->text()),
        tr("%1\n\nThat step was not applied; the project is as it was before it.")
            .arg(command->lastError()->toString()));
}

CreatorDialog *MainWindow::creatorDialog(bool forNew)
{
    if (!m_workbench)
        return nullptr;
    const int candidate = selectedCandidate();
    if (!forNew && candidate < 0)
        return nullptr;
    if (auto writable = m_workbench->project().ensureWritable(); !writable) {
        QMessageBox::warning(this, tr("Creators cannot be changed"), writable.error().toString());
        return nullptr;
    }
    AccountEntry entry;
    if (!forNew) {
        auto current = m_workbench->entryOf(candidate);
        if (!current) {
            QMessageBox::warning(this, tr("Creator cannot be edited"), current.error().toString());
            return nullptr;
        }
        entry = *current;
    }
    auto *dialog = new CreatorDialog(entry, forNew, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

bool MainWindow::applyCreatorDialog(CreatorDialog *dialog, bool forNew)
{
    if (!dialog || !m_workbench || !dialog->problems().isEmpty())
        return false;
    if (forNew)
        return pushProjectCommand(new AddCreatorCommand(m_workbench.get(), dialog->entry()),
                                  tr("Creator not added"));
    const int candidate = selectedCandidate();
    if (candidate < 0)
        return false;
    const bool saved = pushProjectCommand(
        new EnterFiguresCommand(m_workbench.get(), candidate, dialog->entry()), tr("Figures not saved"));
    return saved;
}

bool MainWindow::deleteSelectedCreator(bool ask)
{
    const int candidate = selectedCandidate();
    if (!m_workbench || candidate < 0)
        return false;
    const scoring::ScoredPool &pool = m_workbench->pool();
    if (ask && QMessageBox::question(
                   this, tr("Delete creator"),
                   tr("Delete %1 (@%2) with every account, figure, audience, attribute, "
                      "decision and note of theirs? Edit › Undo brings all of it back.")
                       .arg(pool.displayName(candidate).toHtmlEscaped(), pool.handle(candidate)),
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    return pushProjectCommand(new DeleteCreatorCommand(m_workbench.get(), candidate),
                              tr("Creator not deleted"));
}

bool MainWindow::mergeSelectedCreators(bool ask)
{
    const QList<int> selected = selectedCandidates();
    if (!m_workbench || selected.size() != 2) {
        statusBar()->showMessage(tr("Select the two accounts of the same person to merge them"), 5000);
        return false;
    }
    const scoring::ScoredPool &pool = m_workbench->pool();
    const int kept = selected.at(0);
    const int merged = selected.at(1);
    if (ask && QMessageBox::question(this, tr("Merge creators"),
                                     tr("Are @%1 (%2) and @%3 (%4) the same person? Their accounts become "
                                        "one creator's, named %5.")
                                         .arg(pool.handle(kept), platformDisplayName(pool.platform(kept)),
                                              pool.handle(merged), platformDisplayName(pool.platform(merged)),
                                              pool.displayName(kept).toHtmlEscaped()),
                                     QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    return pushProjectCommand(new MergeCreatorsCommand(m_workbench.get(), selected.at(0), selected.at(1)),
                              tr("Creators not merged"));
}

bool MainWindow::applyCampaignDialog(CampaignDialog *dialog)
{
    if (!dialog || !m_workbench)
        return false;
    const Campaign edited = dialog->campaign();
    if (edited.id == 0)
        return pushProjectCommand(
            new AddCampaignCommand(m_workbench.get(), edited, tr("new campaign \"%1\"").arg(edited.name)),
            tr("Campaign not created"));
    return pushProjectCommand(new EditCampaignCommand(m_workbench.get(), m_workbench->campaign(), edited),
                              tr("Campaign not saved"));
}

bool MainWindow::duplicateCampaign()
{
    if (!m_workbench || !m_workbench->hasCampaign())
        return false;
    Campaign copy = m_workbench->campaign();
    copy.id = 0;
    // "Name (copy)", then "Name (copy 2)" …: names are unique.
    QString name = tr("%1 (copy)").arg(copy.name);
    for (int n = 2; std::any_of(m_workbench->campaigns().cbegin(), m_workbench->campaigns().cend(),
                                [&](const Campaign &c) { return c.name.compare(name, Qt::CaseInsensitive) == 0; });
         ++n)
        name = tr("%1 (copy %2)").arg(copy.name).arg(n);
    copy.name = name;
    return pushProjectCommand(
        new AddCampaignCommand(m_workbench.get(), copy,
                               tr("duplicate campaign \"%1\"").arg(m_workbench->campaign().name)),
        tr("Campaign not duplicated"));
}

bool MainWindow::deleteCampaign(bool ask)
{
    if (!m_workbench || !m_workbench->hasCampaign())
        return false;
    const Campaign campaign = m_workbench->campaign();
    if (ask && QMessageBox::question(
                   this, tr("Delete campaign"),
                   tr("Delete “%1” with its shortlist, decisions and notes? Edit › Undo brings "
                      "all of it back.")
                       .arg(campaign.name),
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    return pushProjectCommand(new DeleteCampaignCommand(m_workbench.get(), campaign),
                              tr("Campaign not deleted"));
}

void MainWindow::buildFairnessPage()
{
    const int index = m_pages->indexOf(m_fairnessPlaceholder);
    m_fairness = new FairnessDashboard(m_workbench.get());
    const QSignalBlocker blocker(m_pages); // no second currentChanged while the tab is swapped
    m_pages->insertTab(index, m_fairness, m_pages->tabText(index));
    m_pages->setTabToolTip(index, m_pages->tabToolTip(index + 1));
    delete m_fairnessPlaceholder;
    m_fairnessPlaceholder = nullptr;
    m_pages->setCurrentWidget(m_fairness);
}

PreferencesDialog *MainWindow::showPreferences()
{
    if (!m_workbench)
        return nullptr;
    auto *dialog = new PreferencesDialog(m_workbench.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

int MainWindow::selectedCandidate() const
{
    const QModelIndex current =
        m_table->selectionModel() ? m_table->selectionModel()->currentIndex() : QModelIndex();
    return current.isValid() ? current.data(RankingModel::CandidateRole).toInt() : -1;
}

bool MainWindow::decideSelected(DecisionKind kind)
{
    const int candidate = selectedCandidate();
    if (!m_workbench || candidate < 0)
        return false;
    const QString handle = m_workbench->pool().handle(candidate);
    DecisionDialog dialog(handle, kind, m_workbench->wouldOverride(candidate, kind),
                          m_workbench->rankOf(candidate), m_workbench->topK(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (auto allowed = m_workbench->checkDecision(candidate, kind, dialog.reason()); !allowed) {
        QMessageBox::warning(this, tr("Decision not recorded"), allowed.error().message);
        return false;
    }
    return pushProjectCommand(new DecisionCommand(m_workbench.get(), candidate, kind, dialog.reason()),
                              tr("Decision not recorded"));
}

void MainWindow::chooseAndOpenProject()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(),
                                                      tr("Candor projects (*.candor);;All files (*)"));
    if (!path.isEmpty())
        openAndReport(path);
}

QString MainWindow::askAndCreateProject(const QString &suggested)
{
    QString path =
        QFileDialog::getSaveFileName(this, tr("New Project"), suggested, tr("Candor projects (*.candor)"));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QLatin1String(".candor")))
        path += QStringLiteral(".candor");
    if (auto created = createUserProject(path, m_workbench ? m_workbench->userName() : systemUserName());
        !created) {
        QMessageBox::warning(this, tr("Cannot create the project"), created.error().toString());
        return {};
    }
    return path;
}

void MainWindow::createNewProject()
{
    if (const QString path = askAndCreateProject({}); !path.isEmpty())
        openAndReport(path);
}

void MainWindow::importIntoNewProject()
{
    const QString exported = QFileDialog::getOpenFileName(
        this, tr("Import Creators"), QString(), tr("Creator exports (*.csv *.json);;All files (*)"));
    if (exported.isEmpty())
        return;
    const QFileInfo file(exported);
    const QString path = askAndCreateProject(file.dir().filePath(file.completeBaseName() + QStringLiteral(".candor")));
    if (path.isEmpty())
        return;
    openAndReport(path, [this, exported](const Status &opened) {
        if (!opened)
            return;
        if (ImportDialog *dialog = showImportDialog())
            dialog->setFile(exported);
    });
}

WelcomeDialog *MainWindow::showWelcome()
{
    auto *welcome = new WelcomeDialog(this);
    welcome->setAttribute(Qt::WA_DeleteOnClose);
    connect(welcome, &QDialog::accepted, this, [this, welcome] {
        switch (welcome->choice()) {
        case WelcomeDialog::Choice::Demo:
            openDemoProject();
            break;
        case WelcomeDialog::Choice::NewProject:
            createNewProject();
            break;
        case WelcomeDialog::Choice::OpenProject:
            chooseAndOpenProject();
            break;
        case WelcomeDialog::Choice::ImportCsv:
            importIntoNewProject();
            break;
        case WelcomeDialog::Choice::None:
            break;
        }
    });
    welcome->open();
    return welcome;
}

HelpBrowser *MainWindow::showUserGuide()
{
    auto *help = new HelpBrowser(this);
    help->setAttribute(Qt::WA_DeleteOnClose);
    help->show();
    return help;
}

void MainWindow::saveCopyAs()
{
    if (!m_workbench)
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Save Project As"), QString(),
                                                tr("Candor projects (*.candor)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".candor")))
        path += QStringLiteral(".candor");
    if (auto saved = m_workbench->project().saveCopyAs(path); !saved) {
        QMessageBox::warning(this, tr("Cannot save the project"), saved.error().toString());
        return;
    }
    openAndReport(path); // like any Save As, go on working in the new file
}

bool MainWindow::stopImportsAfterAsking()
{
    QList<ImportDialog *> running;
    for (ImportDialog *dialog : findChildren<ImportDialog *>()) {
        if (dialog->isImporting())
            running << dialog;
    }
    if (running.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("An import is running"),
                    tr("An import into this project is still running. Stop it?"), QMessageBox::NoButton,
                    this);
    box.setInformativeText(tr("An import is written whole or not at all: stopped now, it leaves the "
                              "project exactly as it was before, and you can run it again later."));
    QPushButton *stop = box.addButton(tr("Stop the Import"), QMessageBox::DestructiveRole);
    box.addButton(tr("Keep Importing"), QMessageBox::RejectRole);
    box.setDefaultButton(qobject_cast<QPushButton *>(box.buttons().last()));
    box.exec();
    if (box.clickedButton() != stop)
        return false;
    for (ImportDialog *dialog : std::as_const(running))
        dialog->cancelImport();
    return true;
}

void MainWindow::closeProject()
{
    if (!stopImportsAfterAsking())
        return;
    m_undo->clear();
    removeProjectViews();
    m_workbench.reset();
    rebuildForProject();
}

void MainWindow::openDemoProject()
{
    auto demo = DemoProject::ensureDefault();
    if (!demo) {
        QMessageBox::warning(this, tr("Cannot create the demo project"), demo.error().toString());
        return;
    }
    openAndReport(*demo);
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(QStringLiteral("recentFiles"), recent.mid(0, kMaxRecentFiles));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(path, this, [this, path] { openAndReport(path); });
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("(none yet)"))->setEnabled(false);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!stopImportsAfterAsking()) {
        event->ignore();
        return;
    }
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    rememberSplitter();
    QMainWindow::closeEvent(event);
}

void MainWindow::rememberSplitter() const
{
    // Only as a page with the details beside it shows it: elsewhere the pane is hidden, and its width of 0 would
    // be what the next project opens with.
    if (m_detail && m_detail->isVisible())
        QSettings().setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
}

QString MainWindow::aboutText()
{
    return tr("<h3>Candor %1</h3><p>Choose influencers with scores you can explain. The tool advises; a "
              "person "
              "decides.</p>"
              "<p>Candor is free software under the <b>GNU General Public License, version 3 or later</b> "
              "(GPL-3.0-or-later): you may use, study, share and change it. It comes with no warranty.</p>"
              "<p><b>Built on</b></p><ul>"
              "<li>Qt %2, under the GNU Lesser General Public License v3 (LGPL-3.0) and GPL; Qt Charts under "
              "the GPL-3.0</li>"
              "<li>Boost %3, under the Boost Software License 1.0 (BSL-1.0)</li>"
              "<li>SQLite %4, in the public domain</li></ul>"
              "<p><b>Data it carries</b></p><ul>"
              "<li>Follower rules learnt from SRF Data's 975 hand-labelled followers of Swiss influencers "
              "(\"2017-10-instagram-influencers\" by SRF Data, CC BY-SA 4.0)</li>"
              "<li>Engagement-rate medians by follower tier from the HypeAuditor Instagram benchmark (March "
              "2018), "
              "and the thresholds of the UK CAP Code, the FTC Endorsement Guides, GDPR and the EU AI Act, "
              "each "
              "named where it is used</li>"
              "<li>The demo project: synthetic, made up by Candor's generator; it describes no real "
              "person</li>"
              "</ul>")
        .arg(QStringLiteral(CANDOR_VERSION), QString::fromLatin1(qVersion()),
             QStringLiteral("%1.%2.%3")
                 .arg(BOOST_VERSION / 100000)
                 .arg(BOOST_VERSION / 100 % 1000)
                 .arg(BOOST_VERSION % 100),
             sql::sqliteVersion());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Candor"), aboutText());
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_workbench ? tr("%1 — Candor").arg(m_workbench->projectName()) : tr("Candor"));
    setWindowFilePath(m_workbench ? m_workbench->project().path() : QString());
}

void MainWindow::updateStatus()
{
    if (!m_workbench) {
        m_statusLabel->setText(tr("No project open."));
        return;
    }
    if (!m_workbench->hasCampaign()) {
        m_statusLabel->setText(tr("%Ln candidate(s), no campaign · %1", nullptr, m_workbench->accountCount())
                                   .arg(m_workbench->project().path()));
        return;
    }
    QString text =
        tr("%Ln candidate(s), %1 ranked for “%2” · model %3 v%4 · %5", nullptr, m_workbench->candidateCount())
            .arg(QLocale().toString(m_workbench->order().size()), m_workbench->campaign().name,
                 m_workbench->model().name, QString::number(m_workbench->model().version),
                 m_workbench->project().path());
    if (m_workbench->notProfiledCount() > 0)
        text += tr(" · %n account(s) not profiled at their creator's request", nullptr, m_workbench->notProfiledCount());
    if (m_workbench->project().isReadOnly())
        text += tr(" · read-only: ") + m_workbench->project().readOnlyReason();
    m_statusLabel->setText(text);
}

} // namespace candor
