// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PolicyMonitor.h"

#include "Workbench.h"

#include <QElapsedTimer>

namespace candor {

PolicyMonitor::PolicyMonitor(Workbench &workbench, QObject *parent) : QObject(parent), m_workbench(workbench)
{
    connect(&workbench, &Workbench::campaignChanged, this, &PolicyMonitor::refresh);
    connect(&workbench, &Workbench::creatorsChanged, this, &PolicyMonitor::refresh);
    connect(&workbench, &Workbench::privacyChanged, this, &PolicyMonitor::refresh);
    connect(&workbench, &Workbench::campaignsChanged, this, [this] {
        // The shown campaign's product category may have changed.
        run([this] { return readContext(); });
    });
    connect(&workbench, &Workbench::policyChanged, this, [this] {
        run([this]() -> Status {
            if (auto read = readPolicy(); !read)
                return read;
            return readGroups(); // the minimum group size is the policy's
        });
    });
    connect(&workbench, &Workbench::decisionsChanged, this, [this] {
        run([this]() -> Status {
            if (auto read = readContext(); !read) // an approval's day
                return read;
            if (auto read = updateSubjects(false); !read)
                return read;
            return readGroups();
        });
    });
    connect(&workbench, &Workbench::rankingChanged, this, [this] {
        if (m_workbench.hasCampaign() && m_workbench.order().size() != m_rankedCount)
            run([this] { return readGroups(); });
    });
    refresh();
}

void PolicyMonitor::setToday(const QDate &today)
{
    m_today = today;
    refresh();
}

int PolicyMonitor::openCount() const
{
    return static_cast<int>(std::count_if(m_findings.cbegin(), m_findings.cend(),
                                          [](const policy::Finding &f) { return f.isOpen(); }));
}

int PolicyMonitor::blockingCount() const
{
    return static_cast<int>(std::count_if(m_findings.cbegin(), m_findings.cend(),
                                          [](const policy::Finding &f) { return f.blocks(); }));
}

void PolicyMonitor::refresh()
{
    run([this]() -> Status {
        m_subjects.clear();
        for (const auto &step : {&PolicyMonitor::readPolicy, &PolicyMonitor::readContext, &PolicyMonitor::readAttributes,
                                 &PolicyMonitor::readGroups}) {
            if (auto read = (this->*step)(); !read)
                return read;
        }
        return updateSubjects(true);
    });
}

void PolicyMonitor::run(const std::function<Status()> &step)
{
    QElapsedTimer timer;
    timer.start();
    if (auto done = step(); !done) {
        m_error = done.error();
    } else {
        m_error.reset();
        rejudge();
    }
    m_lastUpdateMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    emit findingsChanged();
}

Status PolicyMonitor::readPolicy()
{
    auto read = m_workbench.policy();
    if (!read)
        return read.error();
    m_policy = *read;
    auto resolutions = m_workbench.policyResolutions();
    if (!resolutions)
        return resolutions.error();
    m_facts.resolutions = *resolutions;
    return success();
}

Status PolicyMonitor::readContext()
{
    if (!m_workbench.hasCampaign())
        return success();
    auto context = policyContext(m_workbench, m_today, &m_facts.approvalSnapshot);
    if (!context)
        return context.error();
    m_facts.context = *context;
    return success();
}

Status PolicyMonitor::readAttributes()
{
    auto attributes = m_workbench.consentedAttributes();
    if (!attributes)
        return attributes.error();
    m_attributes = std::move(*attributes);
    return success();
}

Status PolicyMonitor::readGroups()
{
    m_rankedCount = m_workbench.hasCampaign() ? m_workbench.order().size() : 0;
    m_facts.groups = groupFacts(m_workbench, m_policy, m_attributes);
    return success();
}

Status PolicyMonitor::updateSubjects(bool all)
{
    if (!m_workbench.hasCampaign()) {
        m_subjects.clear();
        m_facts.subjects.clear();
        return success();
    }
    QHash<qint64, Cached> kept;
    m_facts.subjects.clear();
    for (const Decision &d : m_workbench.shortlisted()) {
        const auto cached = m_subjects.constFind(d.accountId);
        if (!all && cached != m_subjects.cend() && cached->decisionId == d.id) {
            kept.insert(d.accountId, *cached);
        } else {
            auto facts = subjectFacts(m_workbench, d, m_today);
            if (!facts)
                return facts.error();
            ++m_factsRead;
            kept.insert(d.accountId, Cached{d.id, *facts});
        }
        m_facts.subjects << kept.value(d.accountId).facts;
    }
    m_subjects = std::move(kept);
    return success();
}

void PolicyMonitor::rejudge()
{
    if (!m_workbench.hasCampaign()) {
        m_findings.clear();
        return;
    }
    m_findings = judge(m_workbench, m_policy, m_facts);
}

} // namespace candor
