// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace candor {

class PolicyFindingsModel;
class PolicyMonitor;
class Workbench;
namespace policy {
struct Finding;
}

// The Ethics Policy page (docs/policy.md): the project's rules checked live against the campaign's shortlist.
// Every finding with its evidence sentence and source, and the actions that resolve the selected one: show its
// evidence, override it with a written reason (or acknowledge a group's), remove the creator from the shortlist,
// or ask the creator for data or consent. What changed since the shortlist was approved is listed above.
class PolicyView : public QWidget
{
    Q_OBJECT
public:
    PolicyView(Workbench *workbench, PolicyMonitor *monitor, QWidget *parent = nullptr);

    PolicyFindingsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    QLabel *changes() const { return m_changes; }
    QLabel *detail() const { return m_detail; }
    QPushButton *button(const char *objectName) const;

    // The actions on the selected finding. The ones that need words ask for them first; these take them.
    bool resolveSelected(const QString &reason);
    // The message asking the creator for what resolves the finding, copied to the clipboard and kept as a note.
    QString requestSelected();

    void askResolution();
    void askRequest();

signals:
    void evidenceRequested(qint64 accountId, const QString &evidence); // 0: a group (the fairness page)
    void removalRequested(qint64 accountId);

private:
    void refresh();
    void updateButtons();
    const policy::Finding *selectedFinding() const;

    Workbench *m_workbench;
    PolicyMonitor *m_monitor;
    PolicyFindingsModel *m_model;
    QLabel *m_summary;
    QLabel *m_changes;
    QTableView *m_table;
    QLabel *m_detail;
};

} // namespace candor
