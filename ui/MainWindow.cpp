#include "MainWindow.h"

#include "demo/DemoProject.h"
#include "itemmodels/CandidateTableModel.h"
#include "storage/ProjectFile.h"
#include "storage/ProjectStore.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace candor {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(QStringLiteral("Candor"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/candor.svg")));

    m_model = new CandidateTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CandidateTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    m_syntheticBanner = new QLabel(
        QStringLiteral(
            "<b>Demo project:</b> every creator, figure and audience here is synthetic, made up by a "
            "generator to show how Candor works. None of it describes a real person."),
        central);
    m_syntheticBanner->setObjectName(QStringLiteral("syntheticBanner"));
    m_syntheticBanner->setWordWrap(true);
    m_syntheticBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4ce; color: #3d3000; border: 1px solid #e0c050; padding: 6px; }"));
    m_syntheticBanner->hide();
    layout->addWidget(m_syntheticBanner);

    m_search = new QLineEdit(central);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(QStringLiteral("Search handles, names and categories (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    layout->addWidget(m_search);

    m_table = new QTableView(central);
    m_table->setObjectName(QStringLiteral("candidateTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CandidateTableModel::Followers, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);
    setCentralWidget(central);

    m_statusLabel = new QLabel(this);
    statusBar()->addWidget(m_statusLabel, 1);
    createMenus();
    resize(1100, 700);
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(QStringLiteral("&File"));
    QAction *open =
        file->addAction(QStringLiteral("&Open Project…"), this, &MainWindow::chooseAndOpenProject);
    open->setShortcut(QKeySequence::Open);
    file->addAction(QStringLiteral("Open &Demo Project"), this, &MainWindow::openDemoProject);
    file->addSeparator();
    QAction *quit = file->addAction(QStringLiteral("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(QStringLiteral("&Edit"));
    QAction *find = edit->addAction(QStringLiteral("&Find…"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *help = menuBar()->addMenu(QStringLiteral("&Help"));
    help->addAction(QStringLiteral("&About Candor"), this, &MainWindow::showAbout);
}

Status MainWindow::openProject(const QString &path)
{
    auto opened = ProjectFile::open(path);
    if (!opened)
        return opened.error();
    const ProjectStore store(**opened);
    auto accounts = store.currentAccounts();
    if (!accounts)
        return accounts.error();
    auto summary = store.summary();
    if (!summary)
        return summary.error();

    m_model->setAccounts(std::move(*accounts));
    m_project = std::move(*opened);
    m_table->resizeColumnsToContents();
    m_syntheticBanner->setVisible(summary->synthetic);
    const QString name = summary->name.isEmpty() ? m_project->fileName() : summary->name;
    setWindowTitle(QStringLiteral("%1 — Candor").arg(name));
    setWindowFilePath(path);
    updateStatus();
    return success();
}

void MainWindow::openAndReport(const QString &path)
{
    if (auto opened = openProject(path); !opened)
        QMessageBox::warning(
            this, QStringLiteral("Cannot open the project"),
            QStringLiteral("%1\n\nThe file was not changed.").arg(opened.error().toString()));
}

void MainWindow::chooseAndOpenProject()
{
    const QString path =
        QFileDialog::getOpenFileName(this, QStringLiteral("Open Project"), QString(),
                                     QStringLiteral("Candor projects (*.candor);;All files (*)"));
    if (!path.isEmpty())
        openAndReport(path);
}

void MainWindow::openDemoProject()
{
    auto demo = DemoProject::ensureDefault();
    if (!demo) {
        QMessageBox::warning(this, QStringLiteral("Cannot create the demo project"), demo.error().toString());
        return;
    }
    openAndReport(*demo);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, QStringLiteral("About Candor"),
        QStringLiteral("<h3>Candor %1</h3><p>Choose influencers with scores you can explain.</p>"
                       "<p>The tool advises; a person decides.</p>")
            .arg(QStringLiteral(CANDOR_VERSION)));
}

void MainWindow::updateStatus()
{
    if (!m_project) {
        m_statusLabel->setText(
            QStringLiteral("No project open. Use File › Open Project or File › Open Demo Project."));
        return;
    }
    QString text = QStringLiteral("%1 candidates · %2").arg(m_model->rowCount()).arg(m_project->path());
    if (m_project->isReadOnly())
        text += QStringLiteral(" · read-only: ") + m_project->readOnlyReason();
    m_statusLabel->setText(text);
}

} // namespace candor
