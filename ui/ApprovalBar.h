// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace candor {

class Workbench;

// Above the ranking: whether the campaign's shortlist is approved, by whom and when, and the button with which a
// named person approves it (the tool never approves by itself). A new decision withdraws an approval.
class ApprovalBar : public QWidget
{
    Q_OBJECT
public:
    explicit ApprovalBar(QWidget *parent = nullptr);

    void setWorkbench(Workbench *workbench); // nullptr: no campaign shown
    QLabel *status() const { return m_status; }
    QPushButton *approveButton() const { return m_approve; }

    // Asks for the approver's name (the user's, unless someone else approves) and records the approval.
    void approve();
    // What the bar says when the approval is as `workbench` has it now.
    static QString statusText(const Workbench &workbench);

signals:
    void recordRequested(); // show the shortlist's decision record

private:
    void refresh();

    Workbench *m_workbench = nullptr;
    QLabel *m_status;
    QPushButton *m_approve;
};

} // namespace candor
