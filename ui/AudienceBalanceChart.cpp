// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AudienceBalanceChart.h"

#include "ChartStyle.h"
#include "FactorColors.h"

#include <QBarSeries>
#include <QBarSet>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>

namespace candor {

QChart *makeAudienceBalanceChart(const QString &title, const QList<AudienceBar> &categories, double lower,
                                 double upper, const QPalette &palette, QBarSeries **barsOut)
{
    auto *chart = new QChart;
    applyPaletteTheme(chart, palette);
    chart->setTitle(title);
    auto *selected = new QBarSet(ChartText::tr("Selection"));
    auto *lowConfidence = new QBarSet(ChartText::tr("low-confidence part"));
    auto *target = new QBarSet(ChartText::tr("Target"));
    selected->setColor(factorColor(0));
    lowConfidence->setColor(QColor(0x99, 0x99, 0x99));
    lowConfidence->setBrush(QBrush(QColor(0x88, 0x88, 0x88), Qt::BDiagPattern));
    target->setColor(factorColor(1));
    QStringList names;
    double largest = 0.0;
    for (const AudienceBar &c : categories) {
        // A category no source reports has no bar of its own, and says so under the axis.
        names << (c.share ? c.category : ChartText::tr("%1 (no data)").arg(c.category));
        *selected << 100.0 * c.share.value_or(0.0);
        *lowConfidence << 100.0 * c.share.value_or(0.0) * c.lowConfidencePart;
        *target << 100.0 * c.target;
        largest = std::max({largest, 100.0 * c.share.value_or(0.0), 100.0 * upper * c.target});
    }
    auto *bars = new QBarSeries;
    bars->append(selected);
    bars->append(lowConfidence);
    bars->append(target);
    chart->addSeries(bars);
    if (barsOut)
        *barsOut = bars;
    const auto [x, y] = addCategoryAxes(chart, bars, names, Qt::Vertical, ChartText::tr("% of the audience"));
    setRoundRange(y, largest);
    // The chosen band around each target share: a dashed box from lower × to upper × the target.
    QPen bandPen(palette.color(QPalette::WindowText));
    bandPen.setStyle(Qt::DashLine);
    bandPen.setWidthF(1.2);
    bool first = true;
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const double q = 100.0 * categories.at(i).target;
        if (q <= 0.0)
            continue;
        auto *band = new QLineSeries;
        band->setObjectName(QStringLiteral("bandBox"));
        band->setName(ChartText::tr("Band (%1–%2 × target)")
                          .arg(QLocale().toString(lower, 'f', 2), QLocale().toString(upper, 'f', 2)));
        band->setPen(bandPen);
        const double left = static_cast<double>(i) - 0.45, right = static_cast<double>(i) + 0.45;
        *band << QPointF(left, lower * q) << QPointF(right, lower * q) << QPointF(right, upper * q)
              << QPointF(left, upper * q) << QPointF(left, lower * q);
        chart->addSeries(band);
        band->attachAxis(x);
        band->attachAxis(y);
        if (!first)
            chart->legend()->markers(band).constFirst()->setVisible(false);
        first = false;
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace candor
