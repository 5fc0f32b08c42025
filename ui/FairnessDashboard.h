// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "fairness/FairnessAudit.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTimer;

namespace candor {

class GroupFairnessModel;
class Workbench;

// Whether the selection (the shortlist, or the top k) reaches the campaign's target audience in balance, and
// whether creators of different self-declared groups fare alike: traffic lights per dimension, shortlist
// against target with the four-fifths band, what would rebalance it, and the group-fairness table with its
// disparity chart. Follows the weights and the shortlist as they change.
class FairnessDashboard : public QWidget
{
    Q_OBJECT
public:
    explicit FairnessDashboard(Workbench *workbench, QWidget *parent = nullptr);

    const fairness::FairnessAudit &audit() const { return m_audit; }
    GroupFairnessModel *groupModel() const { return m_groupModel; }
    QComboBox *attributeChoice() const { return m_attribute; }
    QComboBox *selectionChoice() const { return m_selection; }
    QLabel *summary() const { return m_summary; }
    QLabel *findingsLabel() const { return m_findings; }
    void refresh(); // recompute now

    // Fixed hints: the page sits in a tab widget that asks every page for its size hint on each layout pass,
    // and laying out this page's rich text and charts on every step of a slider drag cost ~8 ms a frame.
    QSize sizeHint() const override { return {720, 640}; }
    QSize minimumSizeHint() const override { return {360, 240}; }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void scheduleRefresh();
    fairness::AuditSettings settings() const;
    void showAudience();
    void showGroups();
    void showFactorGaps(const fairness::AttributeAudit &audit);
    QWidget *dimensionPage(const fairness::DimensionAudit &dimension);

    Workbench *m_workbench;
    fairness::FairnessAudit m_audit;
    std::optional<ConsentedAttributes> m_attributes;
    bool m_stale = true;
    QTimer *m_refreshTimer;

    QComboBox *m_selection;
    QSpinBox *m_topK;
    QComboBox *m_weighting;
    QCheckBox *m_excludeLow;
    QSpinBox *m_minGroup;
    QDoubleSpinBox *m_band;
    QLabel *m_summary;
    QLabel *m_findings;
    QTabWidget *m_dimensions;
    QComboBox *m_attribute;
    QComboBox *m_reference;
    QLabel *m_groupSummary;
    GroupFairnessModel *m_groupModel;
    QTableView *m_groupTable;
    QLabel *m_factorGaps;
    QChartView *m_disparityChart;
};

} // namespace candor
