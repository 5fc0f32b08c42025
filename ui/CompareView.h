// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QBarCategoryAxis;
class QChart;
class QChartView;
class QLabel;
class QTableView;
class QValueAxis;

namespace candor {

class ComparisonModel;
class Workbench;

// Two or three candidates side by side: a grouped bar chart of what each factor gives each of them, the
// table of points and differences, and in plain words where the rank gap comes from. Follows the weights.
class CompareView : public QWidget
{
    Q_OBJECT
public:
    explicit CompareView(Workbench *workbench, QWidget *parent = nullptr);

    void compare(const QList<int> &candidates);
    ComparisonModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    Workbench *m_workbench;
    ComparisonModel *m_model;
    QLabel *m_explanation;
    QChartView *m_chartView;
    QTableView *m_table;
};

} // namespace candor
