// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectFile.h"
#include "core/Error.h"
#include "policy/Policy.h"

#include <QByteArray>
#include <QList>

namespace candor {

// The project's ethics policy and the written resolutions of its findings (docs/policy.md). Every change is in
// the audit log: a new policy with its JSON, a resolution with its reason kept apart as personal data.
class PolicyStore
{
public:
    explicit PolicyStore(const ProjectFile &project) : m_project(project) {}

    // The policy kept in the project, or the default one for a project that has none.
    Result<policy::Policy> policy() const;
    Status setPolicy(const policy::Policy &policy, const QString &by) const;

    // Oldest first. Refused without a reason or a name, or for a rule that only acting on it resolves.
    Result<QList<policy::Resolution>> resolutions(qint64 shortlistId) const;
    Result<qint64> resolve(qint64 shortlistId, qint64 accountId, const policy::Resolution &resolution) const;

    // What the policy saw of each shortlisted creator when the shortlist was last approved (JSON; empty when it
    // never was).
    Result<QByteArray> approvalSnapshot(qint64 shortlistId) const;

private:
    const ProjectFile &m_project;
};

} // namespace candor
