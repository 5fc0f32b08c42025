// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PreferencesDialog.h"

#include "core/SystemUser.h"
#include "itemmodels/BenchmarkTableModel.h"
#include "workbench/Workbench.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace candor {

namespace {
const auto kUserKey = QStringLiteral("user/name");
const auto kDrawsKey = QStringLiteral("stability/draws");
} // namespace

QString PreferencesDialog::userName()
{
    const QString saved = QSettings().value(kUserKey).toString().trimmed();
    return saved.isEmpty() ? systemUserName() : saved;
}

int PreferencesDialog::stabilityDraws()
{
    return QSettings().value(kDrawsKey, scoring::StabilitySettings{}.draws).toInt();
}

void PreferencesDialog::applyTo(Workbench *workbench)
{
    workbench->setUserName(userName());
    scoring::StabilitySettings settings = workbench->stabilitySettings();
    if (settings.draws == stabilityDraws())
        return; // no second Monte Carlo run for nothing
    settings.draws = stabilityDraws();
    workbench->setStabilitySettings(settings);
}

PreferencesDialog::PreferencesDialog(Workbench *workbench, QWidget *parent)
    : QDialog(parent), m_workbench(workbench),
      m_benchmarks(new BenchmarkTableModel(workbench->benchmarks(), this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);

    auto *you = new QGroupBox(tr("On this computer"), this);
    auto *youForm = new QFormLayout(you);
    m_user = new QLineEdit(userName(), you);
    m_user->setToolTip(tr("Recorded with every decision, override and import you make"));
    youForm->addRow(tr("&Your name:"), m_user);
    m_draws = new QSpinBox(you);
    m_draws->setRange(100, 10000);
    m_draws->setSingleStep(100);
    m_draws->setValue(stabilityDraws());
    m_draws->setToolTip(tr("How many times the weights are redrawn to see how stable a rank is; more "
                           "is steadier and slower"));
    youForm->addRow(tr("Rank-stability &draws:"), m_draws);
    layout->addWidget(you);

    auto *project = new QGroupBox(tr("In this project (saved in the file)"), this);
    auto *projectForm = new QFormLayout(project);
    m_missing = new QComboBox(project);
    m_missing->addItem(tr("Count it as neutral (0.5) and mark it imputed"),
                       QVariant::fromValue(scoring::MissingDataRule::Neutral));
    m_missing->addItem(tr("Leave the factor out and share its weight among the others"),
                       QVariant::fromValue(scoring::MissingDataRule::Exclude));
    m_missing->addItem(tr("Count it as 0: missing data never beats real data; the range shows what "
                          "data could add (recommended)"),
                       QVariant::fromValue(scoring::MissingDataRule::LowerBound));
    m_missing->setCurrentIndex(m_missing->findData(QVariant::fromValue(workbench->model().missingData)));
    m_missing->setToolTip(tr("Changing it saves a new version of the campaign's scoring model"));
    projectForm->addRow(tr("When a factor has no &data:"), m_missing);
    m_statistic = new QComboBox(project);
    m_statistic->addItem(tr("Median (recommended: the typical account)"),
                         QVariant::fromValue(scoring::EngagementBenchmarks::Statistic::Median));
    m_statistic->addItem(tr("Average"),
                         QVariant::fromValue(scoring::EngagementBenchmarks::Statistic::Average));
    m_statistic->setToolTip(tr("The median is the typical account's rate: a few extreme accounts cannot move "
                               "it. In the shipped table every median is higher than its average, so the "
                               "median is also the stricter benchmark."));
    m_statistic->setCurrentIndex(m_statistic->findData(QVariant::fromValue(workbench->benchmarks().statistic)));
    projectForm->addRow(tr("Compare engagement with the &tier's:"), m_statistic);
    auto *table = new QTableView(project);
    table->setObjectName(QStringLiteral("benchmarkTable"));
    table->setModel(m_benchmarks);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setMinimumHeight(220);
    projectForm->addRow(new QLabel(tr("Engagement benchmarks by follower tier (double-click a rate or "
                                      "a source to change it):"),
                                   project));
    projectForm->addRow(table);
    layout->addWidget(project, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    layout->addWidget(buttons);
    resize(820, 560);
}

void PreferencesDialog::accept()
{
    QSettings settings;
    const QString name = m_user->text().trimmed();
    settings.setValue(kUserKey, name == systemUserName() ? QString() : name);
    settings.setValue(kDrawsKey, m_draws->value());
    applyTo(m_workbench);

    m_benchmarks->setStatistic(m_statistic->currentData().value<scoring::EngagementBenchmarks::Statistic>());
    const scoring::EngagementBenchmarks &table = m_benchmarks->benchmarks();
    const scoring::EngagementBenchmarks &current = m_workbench->benchmarks();
    const bool tableChanged = table.statistic != current.statistic || table.rows.size() != current.rows.size() ||
                              !std::equal(table.rows.begin(), table.rows.end(), current.rows.begin(),
                                          [](const auto &a, const auto &b) {
                                              return a.averageRate == b.averageRate &&
                                                     a.medianRate == b.medianRate && a.source == b.source;
                                          });
    if (tableChanged) {
        if (auto saved = m_workbench->saveBenchmarks(table); !saved) {
            QMessageBox::warning(this, tr("Cannot save the benchmarks"), saved.error().toString());
            return;
        }
    }
    const auto rule = m_missing->currentData().value<scoring::MissingDataRule>();
    if (rule != m_workbench->model().missingData) {
        if (auto saved = m_workbench->saveModelVersion(rule); !saved) {
            QMessageBox::warning(this, tr("Cannot save the scoring model"), saved.error().toString());
            return;
        }
    }
    QDialog::accept();
}

} // namespace candor
