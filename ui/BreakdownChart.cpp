// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BreakdownChart.h"

#include "ChartStyle.h"
#include "FactorColors.h"

#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QLegend>

namespace candor {

BreakdownChart makeBreakdownChart(const QPalette &palette)
{
    BreakdownChart c;
    c.chart = new QChart;
    applyPaletteTheme(c.chart, palette);
    c.chart->legend()->setAlignment(Qt::AlignBottom);
    c.measured = new QBarSet(ChartText::tr("From data"));
    c.imputed = new QBarSet(ChartText::tr("Imputed (no data)"));
    c.measured->setColor(factorColor(0));
    c.imputed->setColor(QColor(0xBB, 0xBB, 0xBB));
    c.imputed->setBrush(QBrush(QColor(0x99, 0x99, 0x99), Qt::BDiagPattern));
    auto *series = new QHorizontalStackedBarSeries;
    series->append(c.measured);
    series->append(c.imputed);
    c.chart->addSeries(series);
    const CategoryAxes axes =
        addCategoryAxes(c.chart, series, {}, Qt::Horizontal, ChartText::tr("Points (of 100)"));
    c.factors = axes.categories;
    c.points = axes.values;
    return c;
}

void showBreakdown(const BreakdownChart &c, const QString &title, const QList<BreakdownBar> &bars)
{
    c.chart->setTitle(title);
    QStringList names;
    QList<qreal> measured, imputed;
    double largest = 0.0;
    // Horizontal bars are drawn bottom-up: the factors go in reverse so the first is on top.
    for (qsizetype f = bars.size() - 1; f >= 0; --f) {
        const BreakdownBar &bar = bars.at(f);
        names << bar.factor;
        measured << (bar.imputed ? 0.0 : bar.points);
        imputed << (bar.imputed ? bar.points : 0.0);
        largest = std::max(largest, bar.points);
    }
    if (c.factors->categories() != names) {
        c.factors->clear();
        c.factors->append(names);
    }
    const auto fill = [](QBarSet *set, const QList<qreal> &values) {
        if (set->count() != values.size()) {
            set->remove(0, set->count());
            set->append(values);
            return;
        }
        for (int i = 0; i < set->count(); ++i) {
            if (set->at(i) != values.at(i))
                set->replace(i, values.at(i));
        }
    };
    fill(c.measured, measured);
    fill(c.imputed, imputed);
    setRoundRange(c.points, largest);
}

} // namespace candor
