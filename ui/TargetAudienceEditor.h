// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/AudienceDistribution.h"

#include <QWidget>

class QBarSeries;
class QBarSet;
class QChart;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableView;

namespace candor {

class TargetAudienceModel;

// One dimension of the target audience: the categories and shares in a table, their live total, a bar chart,
// and an explicit Normalise button. The dimension's weight in audience fit sits beside it.
class TargetAudienceEditor : public QWidget
{
    Q_OBJECT
public:
    TargetAudienceEditor(AudienceDimension dimension, QWidget *parent = nullptr);

    TargetAudienceModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *totalLabel() const { return m_total; }
    QPushButton *normalizeButton() const { return m_normalize; }
    QDoubleSpinBox *weight() const { return m_weight; }

private:
    void updateTotal();

    TargetAudienceModel *m_model;
    QTableView *m_table;
    QLabel *m_total;
    QPushButton *m_normalize;
    QDoubleSpinBox *m_weight;
    QChart *m_chart;
    QBarSet *m_bars;
};

} // namespace candor
