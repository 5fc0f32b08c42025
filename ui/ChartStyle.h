// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAbstractSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QPalette>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <iterator>

namespace candor {

// The words of the chart functions, which belong to no widget, translated under one context.
struct ChartText
{
    Q_DECLARE_TR_FUNCTIONS(ChartText)
};

// Charts follow the window's palette: the dark chart theme under a dark system palette, the light one
// otherwise. Set it before adding series: a theme change recolours series already there.
inline bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

inline void applyPaletteTheme(QChart *chart, const QPalette &palette)
{
    chart->setTheme(isDarkPalette(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
}

struct CategoryAxes
{
    QBarCategoryAxis *categories;
    QValueAxis *values;
};

// A category axis (bottom, or left for horizontal bars) and a value axis with its title and label format,
// added to the chart and attached to `series`.
inline CategoryAxes addCategoryAxes(QChart *chart, QAbstractSeries *series, const QStringList &categories,
                                    Qt::Orientation bars, const QString &valueTitle,
                                    const QString &labelFormat = QStringLiteral("%.0f"))
{
    CategoryAxes axes{new QBarCategoryAxis, new QValueAxis};
    axes.categories->append(categories);
    axes.values->setTitleText(valueTitle);
    axes.values->setLabelFormat(labelFormat);
    const bool horizontal = bars == Qt::Horizontal;
    chart->addAxis(axes.categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(axes.values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(axes.categories);
    series->attachAxis(axes.values);
    return axes;
}

// A value axis from 0 to a round number at or above `largest`, with a tick at every round step (1, 2, 5, 10,
// 20, 25 or 50 — at most six steps): "0, 5, 10 … 25", never "0, 6, 13, 19, 25".
inline void setRoundRange(QValueAxis *axis, double largest)
{
    constexpr double kSteps[] = {1.0, 2.0, 5.0, 10.0, 20.0, 25.0, 50.0};
    double step = kSteps[std::size(kSteps) - 1];
    for (double candidate : kSteps) {
        if (std::max(largest, 1.0) / candidate <= 6.0) {
            step = candidate;
            break;
        }
    }
    const double top = std::max(step, std::ceil(largest / step) * step);
    axis->setRange(0.0, top);
    axis->setTickCount(static_cast<int>(top / step) + 1);
    axis->setLabelFormat(QStringLiteral("%.0f"));
}

} // namespace candor
