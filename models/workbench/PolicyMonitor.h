// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ShortlistCheck.h"
#include "core/Error.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <functional>

namespace candor {

class Workbench;

// Keeps the ethics policy's findings on the shown campaign's shortlist current as the workbench changes
// (docs/policy.md), reading again only what a change can reach: a decision reads that creator's facts, the
// policy or a resolution only judges the facts it has again, new data or a privacy change reads every
// shortlisted creator's (and the consented attributes), and the group audit runs again, in memory, when the
// shortlist or the ranked pool changes, not while weights move. The result always equals checkShortlist() (tst_policymonitor checks it after 200 edits).
class PolicyMonitor : public QObject
{
    Q_OBJECT
public:
    explicit PolicyMonitor(Workbench &workbench, QObject *parent = nullptr);

    // The day the check is made on (the last N months, retention); today unless a test fixes it.
    void setToday(const QDate &today);
    const QDate &today() const { return m_today; }

    const policy::Policy &policy() const { return m_policy; }
    const QList<policy::Finding> &findings() const { return m_findings; }
    // What changed since the shortlist was approved, from the facts the monitor keeps (no read of its own).
    QStringList changesSinceApproval() const { return candor::changesSinceApproval(m_facts); }
    int openCount() const;
    int blockingCount() const;
    // What went wrong with the last re-evaluation (the findings then are those from before it).
    const std::optional<Error> &error() const { return m_error; }
    // Facts read since construction: how the incremental work is measured.
    int factsRead() const { return m_factsRead; }
    double lastUpdateMs() const { return m_lastUpdateMs; } // the last re-evaluation, findings judged included

    void refresh(); // everything read again

signals:
    void findingsChanged();

private:
    struct Cached
    {
        qint64 decisionId = 0;
        policy::SubjectFacts facts;
    };
    Status readPolicy();
    Status readContext();
    Status readAttributes(); // consented attributes change only with data or consent: refresh() reads them
    Status readGroups();
    Status updateSubjects(bool all); // the shortlisted creators whose decision changed (all: everyone)
    void rejudge();
    void run(const std::function<Status()> &step);

    Workbench &m_workbench;
    QDate m_today = QDate::currentDate();
    policy::Policy m_policy;
    ShortlistFacts m_facts;
    ConsentedAttributes m_attributes;
    QHash<qint64, Cached> m_subjects; // by account id
    std::size_t m_rankedCount = 0;    // the group audit's pool changes with it, not with the weights
    QList<policy::Finding> m_findings;
    std::optional<Error> m_error;
    int m_factsRead = 0;
    double m_lastUpdateMs = 0.0;
};

} // namespace candor
