// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Error.h"
#include "domain/Decision.h"
#include "workbench/LatestOnlyJob.h"
#include "workbench/Workbench.h"

#include <QMainWindow>
#include <atomic>
#include <functional>
#include <memory>

class QComboBox;
class QDialog;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;
class QUndoStack;

namespace candor {

class AudienceImportDialog;
class ProjectCommand;
class CampaignDialog;
class CandidateDetail;
class CreatorDialog;
class FairnessDashboard;
class HistoryView;
class ApprovalBar;
class PrivacyView;
class PolicyMonitor;
class PolicyView;
class WelcomeDialog;
class HelpBrowser;
class FiltersPanel;
class CompareView;
class ImportDialog;
class PreferencesDialog;
class RankingModel;
class WeightsPanel;

// The workbench window: one open project (the SQLite file is the document), a campaign, its ranking with
// live weights, the selected candidate's explanation, and the shortlist. Every edit is an undoable command
// written to the project as it happens.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path` and waits for it; on failure the current project stays open and the error is returned for
    // the caller to show.
    Status openProject(const QString &path);
    // Opens `path` without blocking the window: the project is read and scored on a worker thread, with its
    // progress and a Cancel button in the status bar; failures are shown (a busy file offers to retry).
    // `opened` is called with the outcome when it is not cancelled.
    void openAndReport(const QString &path, const std::function<void(const Status &)> &opened = {});
    bool isOpening() const { return m_opening != nullptr; }

    Workbench *workbench() const { return m_workbench.get(); }
    QTableView *candidateTable() const { return m_table; }
    WeightsPanel *weightsPanel() const { return m_weights; }
    FiltersPanel *filtersPanel() const { return m_filters; }
    FairnessDashboard *fairnessDashboard() const { return m_fairness; } // null until the page is first opened
    QTabWidget *pages() const { return m_pages; }
    CandidateDetail *detail() const { return m_detail; }
    HistoryView *historyView() const { return m_history; }
    ApprovalBar *approvalBar() const { return m_approvalBar; }
    PrivacyView *privacyView() const { return m_privacy; }
    PolicyView *policyView() const { return m_policy; } // null until the page is first opened
    PolicyView *showPolicyPage();
    // Help › About: Candor's version and licence, those of Qt, Boost and SQLite, and the data it carries.
    static QString aboutText();
    // The first-run page (Help › Welcome): the demo, a new project, open one, or import a CSV into a new one.
    WelcomeDialog *showWelcome();
    HelpBrowser *showUserGuide(); // Help › User Guide (F1)
    PolicyMonitor *policyMonitor() const { return m_policyMonitor; }
    // After an import: every approved shortlist checked again on a worker, with a note of what changed since its
    // approval (the message box "approvalChanges", not modal). Emits approvalsRechecked when done.
    void recheckApprovals();
    // Where a policy finding's evidence is shown: the creator's detail tab, the privacy or the fairness page.
    void showPolicyEvidence(qint64 accountId, const QString &evidence);
    QUndoStack *undoStack() const { return m_undo; }
    QComboBox *campaignSelector() const { return m_campaigns; }

    // Selects the candidate's row (and so shows its explanation).
    void selectCandidate(int candidate);
    int selectedCandidate() const;
    QList<int> selectedCandidates() const; // best ranked first
    QList<qint64> selectedCreatorIds() const; // the creators of the selected candidates
    // Opens the compare view on the selected candidates.
    void compareSelected();
    CompareView *compareView() const { return m_compare; }
    // Opens the import dialog for the open project (nullptr when none is open).
    ImportDialog *showImportDialog();
    PreferencesDialog *showPreferences();
    // Campaign › New / Edit: the dialog, not yet shown (the caller execs it or drives it in a test); its
    // result becomes an undoable command through applyCampaignDialog().
    CampaignDialog *campaignDialog(bool forNew);
    bool applyCampaignDialog(CampaignDialog *dialog);
    bool duplicateCampaign();
    bool deleteCampaign(bool ask = true);
    // Candidate › New Creator / Edit Figures: the dialog, not yet shown; applyCreatorDialog() saves it as an
    // undoable command. Delete and Merge act on the selected rows.
    CreatorDialog *creatorDialog(bool forNew);
    bool applyCreatorDialog(CreatorDialog *dialog, bool forNew);
    bool deleteSelectedCreator(bool ask = true);
    bool mergeSelectedCreators(bool ask = true);
    // File › Import Audiences / Self-declared Attributes.
    AudienceImportDialog *showAudienceImportDialog(bool attributes = false);
    // Shows another campaign; asks first when the weights being tried are not saved. False when the user keeps
    // the current one.
    bool switchToCampaign(qint64 campaignId, bool ask = true);
    QWidget *emptyStateActions() const { return m_emptyActions; }
    QLabel *emptyState() const { return m_emptyState; }
    // Asks for a reason and records the decision for the selected candidate; false when refused or cancelled.
    bool decideSelected(DecisionKind kind);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void approvalsRechecked(int withChanges);

private:
    void afterErasure(int count); // creators were erased: nothing in the undo history may hold them
    void createActions();
    void rebuildForProject();
    void removeProjectViews();
    // Asks before an import in progress is stopped (closing the window or the project); true when none runs
    // any more or the user agreed to stop it.
    bool stopImportsAfterAsking();
    int currentPage() const;
    void addHistoryPage();
    void rememberSplitter() const; // 0: ranking, 1: fairness
    void applyPanels();
    void fillCampaigns();
    void chooseAndOpenProject();
    void createNewProject();
    void importIntoNewProject();
    QString askAndCreateProject(const QString &suggested); // the new project's path, or empty
    void saveCopyAs();
    void closeProject();
    void openDemoProject();
    Status install(Result<Workbench::Opening> opening);
    void reportOpenFailure(const QString &path, const Error &error, const std::function<void(const Status &)> &opened);
    void cancelOpening();
    void showOpeningControls(bool shown);
    void rememberRecent(const QString &path);
    void fillRecentMenu();
    void showAbout();
    void buildFairnessPage();
    void buildPolicyPage();
    void updateStatus();
    void updateTitle();
    void onCampaignsChanged();
    void onCreatorsChanged();
    void reloadProject();
    // Runs the change and pushes it only when it happened; says why when it did not.
    bool pushProjectCommand(ProjectCommand *command, const QString &failureTitle);
    void reportUndoFailure(int index); // an undo or redo the project refused
    void takeChangesFromElsewhere();

    std::unique_ptr<Workbench> m_workbench;
    QUndoStack *m_undo;
    int m_undoIndex = 0; // the stack's index before its last change: tells undo from redo
    QTimer *m_stabilityTimer;
    QTimer *m_settleTimer;
    RankingModel *m_ranking = nullptr;
    QTableView *m_table;
    QLineEdit *m_search;
    QComboBox *m_warningFilter;
    HistoryView *m_history = nullptr;
    ApprovalBar *m_approvalBar = nullptr;
    PrivacyView *m_privacy = nullptr;
    PolicyMonitor *m_policyMonitor = nullptr;
    PolicyView *m_policy = nullptr;
    QWidget *m_policyPlaceholder = nullptr;
    QLabel *m_syntheticBanner;
    QLabel *m_emptyState;
    QWidget *m_emptyPanel;
    QWidget *m_emptyActions;
    QList<QAction *> m_campaignActions; // need a campaign
    QLabel *m_statusLabel;
    QComboBox *m_campaigns;
    QSplitter *m_splitter;
    QWidget *m_left;
    WeightsPanel *m_weights = nullptr;
    FiltersPanel *m_filters = nullptr;
    QTabWidget *m_pages;
    FairnessDashboard *m_fairness = nullptr;
    QWidget *m_fairnessPlaceholder = nullptr;
    CandidateDetail *m_detail = nullptr;
    QDockWidget *m_weightsDock = nullptr;
    QAction *m_weightsToggle = nullptr;
    QAction *m_detailToggle = nullptr;
    struct PagePanels
    {
        bool weights = true;
        bool detail = true;
    };
    PagePanels m_panels[2] = {{true, true}, {false, false}}; // per page: ranking, fairness
    QDialog *m_compareDialog = nullptr;
    CompareView *m_compare = nullptr;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_projectActions;
    // An open in progress on a worker thread: its cancel flag, and the status bar's progress and button.
    std::shared_ptr<std::atomic_bool> m_opening;
    LatestOnlyJob m_openJob;
    LatestOnlyJob m_recheckJob;
    QProgressBar *m_openProgress;
    QPushButton *m_cancelOpen;
};

} // namespace candor
