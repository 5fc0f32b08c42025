// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "itemmodels/EvidenceModels.h"

#include <QWidget>

class QChartView;
class QLabel;
class QTableView;

namespace candor {

class Workbench;

// The candidate pane's Authenticity tab: what the authenticity factor is made of. Each signal with its light and
// evidence, the follower history with its jumps marked, the follower sample's rule table, and the export's own
// figure beside Candor's.
class AuthenticityView : public QWidget
{
    Q_OBJECT
public:
    explicit AuthenticityView(Workbench *workbench, QWidget *parent = nullptr);
    void showCandidate(int candidate); // -1 clears
    SignalTableModel *signalModel() const { return m_signals; }
    QChartView *growthChart() const { return m_chart; }

private:
    void showGrowth(const QList<authenticity::DatedCount> &history, const QList<authenticity::GrowthJump> &jumps);

    Workbench *m_workbench;
    SignalTableModel *m_signals;
    QLabel *m_summary;
    QTableView *m_table;
    QLabel *m_evidence;
    QChartView *m_chart;
    QLabel *m_sample;
};

// The candidate pane's Disclosure tab: each post with the disclosure table's verdict and the rule that decided
// it, and the AI labels.
class DisclosureView : public QWidget
{
    Q_OBJECT
public:
    explicit DisclosureView(Workbench *workbench, QWidget *parent = nullptr);
    void showCandidate(int candidate);
    PostVerdictModel *postModel() const { return m_posts; }

private:
    Workbench *m_workbench;
    compliance::DisclosureChecker m_checker;
    compliance::ContentMatcher m_matcher;
    PostVerdictModel *m_posts;
    QLabel *m_summary;
    QTableView *m_table;
};

} // namespace candor
