#pragma once

#include <QChart>
#include <QPalette>

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

} // namespace candor
