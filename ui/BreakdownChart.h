// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QPalette>
#include <QString>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QValueAxis;

namespace candor {

// One bar of the breakdown chart: a factor's points, from data or imputed.
struct BreakdownBar
{
    QString factor; // its short name
    double points = 0.0;
    bool imputed = false;
};

// The "points each factor adds" chart, as the detail pane shows it and the PDF report paints it (vectors, from the
// same chart). The caller owns `chart` (a QChartView takes it over).
struct BreakdownChart
{
    QChart *chart = nullptr;
    QBarSet *measured = nullptr;
    QBarSet *imputed = nullptr;
    QBarCategoryAxis *factors = nullptr;
    QValueAxis *points = nullptr;
};
BreakdownChart makeBreakdownChart(const QPalette &palette);
// The bars top first; values are replaced in place, so a slider drag does not rebuild the chart.
void showBreakdown(const BreakdownChart &chart, const QString &title, const QList<BreakdownBar> &bars);

} // namespace candor
