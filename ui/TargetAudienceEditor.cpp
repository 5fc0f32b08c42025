// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TargetAudienceEditor.h"

#include "ChartStyle.h"
#include "core/Formatting.h"
#include "itemmodels/TargetAudienceModel.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace candor {

TargetAudienceEditor::TargetAudienceEditor(AudienceDimension dimension, QWidget *parent)
    : QWidget(parent), m_model(new TargetAudienceModel(dimension, this))
{
    setObjectName(QStringLiteral("target_") + dimensionId(dimension));
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(TargetAudienceModel::Category, 150);
    left->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add category"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    m_normalize = new QPushButton(tr("&Normalise to 100 %"), this);
    m_normalize->setToolTip(tr("Scale every share so that they add up to 100 %; nothing is scaled "
                               "unless you ask"));
    connect(add, &QPushButton::clicked, this, [this] {
        m_model->addCategory();
        m_table->edit(m_model->index(m_model->rowCount() - 1, TargetAudienceModel::Category));
    });
    connect(remove, &QPushButton::clicked, this, [this] { m_model->removeCategory(m_table->currentIndex().row()); });
    connect(m_normalize, &QPushButton::clicked, m_model, &TargetAudienceModel::normalize);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(m_normalize);
    left->addLayout(buttons);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("targetTotal"));
    left->addWidget(m_total);
    auto *form = new QFormLayout;
    m_weight = new QDoubleSpinBox(this);
    m_weight->setRange(0.0, 10.0);
    m_weight->setSingleStep(0.5);
    m_weight->setValue(1.0);
    m_weight->setToolTip(tr("How much this dimension counts in audience fit, against the others"));
    form->addRow(tr("&Weight in audience fit:"), m_weight);
    left->addLayout(form);
    layout->addLayout(left, 1);

    m_chart = new QChart;
    applyPaletteTheme(m_chart, palette());
    m_chart->legend()->hide();
    m_chart->setTitle(dimensionDisplayName(dimension) + tr(" target, %"));
    auto *view = new QChartView(m_chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumWidth(280);
    layout->addWidget(view, 1);
    m_bars = nullptr;

    connect(m_model, &TargetAudienceModel::totalChanged, this, &TargetAudienceEditor::updateTotal);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TargetAudienceEditor::updateTotal);
    updateTotal();
}

void TargetAudienceEditor::updateTotal()
{
    const double total = m_model->total();
    const QString problem = m_model->problem();
    const bool empty = m_model->rowCount() == 0;
    m_total->setText(empty               ? tr("No target for this dimension (audience fit leaves it out).")
                     : problem.isEmpty() ? tr("Total %1 ✓").arg(percentText(total, 1))
                                         : tr("<span style='color:#b00020'>Total %1: %2</span>")
                                               .arg(percentText(total, 1), problem.toHtmlEscaped()));
    m_normalize->setEnabled(!empty && !m_model->addsUp() && total > 0.0);

    // Rebuilt whole: a target has a handful of categories.
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    auto *series = new QBarSeries;
    m_bars = new QBarSet(tr("Target"));
    QStringList categories;
    const AudienceDistribution distribution = m_model->distribution();
    for (const AudienceShare &s : distribution.shares()) {
        categories << s.category;
        *m_bars << 100.0 * s.share;
    }
    series->append(m_bars);
    m_chart->addSeries(series);
    const CategoryAxes axes = addCategoryAxes(m_chart, series, categories, Qt::Vertical, QStringLiteral("%"));
    axes.values->setRange(0.0, 100.0);
    axes.values->setTickCount(6); // round ticks: 0, 20, 40 …
}

} // namespace candor
