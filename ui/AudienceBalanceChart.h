// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QPalette>
#include <QString>
#include <optional>

class QBarSeries;
class QChart;

namespace candor {

// One category of an audience dimension: the selection's share (none: no data), the part of it resting on
// low-confidence estimates, and the target's share.
struct AudienceBar
{
    QString category;
    std::optional<double> share;
    double lowConfidencePart = 0.0;
    double target = 0.0;
};

// The fairness dashboard's chart of one dimension — the selection's audience against the target, with the band
// (lower–upper × target) as a dashed box — as the dashboard shows it and the PDF report paints it. The caller owns
// the chart; `bars` receives its bar series (for hover tips).
QChart *makeAudienceBalanceChart(const QString &title, const QList<AudienceBar> &categories, double lower,
                                 double upper, const QPalette &palette, QBarSeries **bars = nullptr);

} // namespace candor
