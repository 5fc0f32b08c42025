#pragma once

#include <QAbstractSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QPalette>
#include <QValueAxis>

namespace candor {

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

} // namespace candor
