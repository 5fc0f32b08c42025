#pragma once

#include "core/Error.h"

#include <QMainWindow>
#include <memory>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace candor {

class CandidateTableModel;
class ProjectFile;

// The workbench window: one open project, its candidates in a sortable, searchable table.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path` and shows its candidates; on failure the current project stays open and the error is
    // returned for the caller to show.
    Status openProject(const QString &path);

    QTableView *candidateTable() const { return m_table; }

private:
    void createMenus();
    void chooseAndOpenProject();
    void openDemoProject();
    void openAndReport(const QString &path);
    void showAbout();
    void updateStatus();

    std::unique_ptr<ProjectFile> m_project;
    CandidateTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_syntheticBanner = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace candor
