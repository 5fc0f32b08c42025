// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace candor {

class AuditLogModel;
class Workbench;

// The History page: the audit log, filterable by kind of action, by the campaign open and by the creator
// selected, with whether its hash chain holds. With "Decisions" and "this campaign" it is the shortlist's
// decision record: who decided what, when, on which model and weights, against the ranking or not, and why.
class HistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryView(Workbench *workbench, QWidget *parent = nullptr);

    AuditLogModel *model() const { return m_model; }
    QComboBox *actionFilter() const { return m_action; }
    QCheckBox *campaignOnly() const { return m_campaignOnly; }
    QCheckBox *creatorOnly() const { return m_creatorOnly; }
    QLabel *summary() const { return m_summary; }

    // Reads the log again (the page does when it is shown); `candidate` is the one selected, or -1.
    void refresh(int candidate = -1);
    // The shortlist's decision record: this campaign's decisions and approvals.
    void showDecisionRecord();

private:
    Workbench *m_workbench;
    AuditLogModel *m_model;
    QComboBox *m_action;
    QCheckBox *m_campaignOnly;
    QCheckBox *m_creatorOnly;
    QLabel *m_summary;
    QTableView *m_table;
    int m_candidate = -1;
};

} // namespace candor
