// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "BreakdownChart.h"

#include "workbench/LatestOnlyJob.h"

#include <QWidget>

class QChartView;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QTimer;

namespace candor {

class AuthenticityView;
class DisclosureView;

class BreakdownModel;
class Workbench;

// Why the selected candidate has its score: the contributions as a bar chart, the breakdown table, rank
// stability, what would change the outcome, the decision, and its audience against the campaign target.
class CandidateDetail : public QWidget
{
    Q_OBJECT
public:
    explicit CandidateDetail(Workbench *workbench, QWidget *parent = nullptr);

    void showCandidate(int candidate); // -1 clears
    int candidate() const { return m_candidate; }
    QChartView *breakdownChart() const { return m_chart; }
    QLineEdit *noteEdit() const { return m_noteEdit; }
    QTabWidget *tabs() const { return m_tabs; }
    AuthenticityView *authenticityView() const { return m_authenticity; }
    DisclosureView *disclosureView() const { return m_disclosure; }

signals:
    // The user wrote a note; the main window stores it as an undoable command.
    void noteRequested(int candidate, const QString &body);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void createChart();
    void refreshChart();
    void refreshReasons(); // the "why" sentence of every factor, under the table
    void refreshAudience();
    void refreshNotes();
    void refreshEvidence(); // the Authenticity or Disclosure tab, when it is the one shown
    QString summaryHtml() const;
    QString privacyHtml() const; // the creator's lawful basis, notice and retention, in one line
    void refreshAdvice();
    void computeAdvice();

    Workbench *m_workbench;
    int m_candidate = -1;
    BreakdownModel *m_breakdown;
    QLabel *m_summary;
    QChartView *m_chart;
    BreakdownChart m_breakdownChart;
    QTableView *m_table;
    QLabel *m_reasons;
    QLabel *m_advice;
    QLabel *m_notes;
    QLineEdit *m_noteEdit;
    QTabWidget *m_audience;
    QTabWidget *m_tabs;
    AuthenticityView *m_authenticity;
    DisclosureView *m_disclosure;
    QTimer *m_adviceTimer;
    QTimer *m_followTimer;       // running while rankings change in quick succession (a slider drag)
    bool m_followPending = false; // a ranking change arrived while it ran
    LatestOnlyJob m_adviceJob;
};

} // namespace candor
