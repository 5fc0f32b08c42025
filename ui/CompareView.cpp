// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CompareView.h"

#include "ChartStyle.h"
#include "FactorColors.h"
#include "PlainTextDelegate.h"
#include "itemmodels/ComparisonModel.h"
#include "workbench/Workbench.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

namespace candor {

namespace {
// Candidates are told apart by colour here, not factors: take colours far from each other in the palette.
constexpr int kCandidateColour[ComparisonModel::kMaxCandidates] = {0, 4, 2};
} // namespace

CompareView::CompareView(Workbench *workbench, QWidget *parent)
    : QWidget(parent), m_workbench(workbench), m_model(new ComparisonModel(workbench, this))
{
    setObjectName(QStringLiteral("compareView"));
    auto *layout = new QVBoxLayout(this);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("compareExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_explanation);

    m_chartView = new QChartView(this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(360);
    layout->addWidget(m_chartView, 1);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new PlainTextDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(340);
    layout->addWidget(m_table);

    connect(m_model, &QAbstractItemModel::modelReset, this, &CompareView::refresh);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CompareView::refresh);
    refresh();
}

void CompareView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh(); // the chart takes the theme of the new palette
}

void CompareView::compare(const QList<int> &candidates)
{
    m_model->setCandidates(candidates);
}

void CompareView::refresh()
{
    const QList<int> &candidates = m_model->candidates();
    QStringList explanations;
    for (int other = 1; other < candidates.size(); ++other)
        explanations << m_model->gapExplanation(other).toHtmlEscaped();
    m_explanation->setText(candidates.size() < 2
                               ? tr("Select two or three candidates in the ranking and choose "
                                    "Candidate › Compare.")
                               : QStringLiteral("<p>") + explanations.join(QStringLiteral("</p><p>")) +
                                     QStringLiteral("</p>"));

    // The chart is small (a few dozen bars) and changes shape with the candidates: rebuilt each time.
    auto *chart = new QChart;
    applyPaletteTheme(chart, palette());
    chart->setTitle(tr("What each factor adds to each score (points)"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setReverseMarkers(true); // the sets go in bottom-up; the legend reads first to last
    auto *series = new QHorizontalBarSeries;
    double largest = 0.0;
    const int factors = m_model->factorCount();
    for (int position = static_cast<int>(candidates.size()) - 1; position >= 0; --position) {
        auto *set = new QBarSet(m_model->headerData(m_model->pointsColumn(position), Qt::Horizontal).toString());
        set->setColor(factorColor(kCandidateColour[position]));
        // Horizontal bars are drawn bottom-up: the first factor goes last so that it is on top.
        for (int f = factors - 1; f >= 0; --f) {
            *set << m_model->points(position, f);
            largest = std::max(largest, m_model->points(position, f));
        }
        series->append(set);
    }
    chart->addSeries(series);
    QStringList names;
    for (int f = factors - 1; f >= 0; --f)
        names << m_model->index(f, 0).data().toString();
    setRoundRange(
        addCategoryAxes(chart, series, names, Qt::Horizontal, tr("Points of the score (of 100)")).values,
        largest);
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
}

} // namespace candor
