// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProjectChange.h"

#include "SqlSupport.h"

namespace candor {

ProjectChange::ProjectChange(const ProjectFile &project, Reach reach) : m_project(project), m_reach(reach)
{
    if (auto writable = project.ensureWritable(); !writable)
        m_refused = writable.error();
    else
        m_transaction.emplace(project.database(), project.path());
}

Result<QSqlQuery> ProjectChange::run(const char *statement, const QVariantList &values) const
{
    return sql::run(m_project.database(), m_project.path(), QString::fromLatin1(statement), values);
}

Result<QSqlQuery> ProjectChange::prepare(const char *statement) const
{
    return sql::prepare(m_project.database(), m_project.path(), QString::fromLatin1(statement));
}

Status ProjectChange::commit()
{
    if (m_transaction && m_transaction->isActive() && m_reach == Reach::CandidateData) {
        auto moved = run("INSERT INTO project_settings(key, value) VALUES ('data_generation', 1)"
                         " ON CONFLICT(key) DO UPDATE SET value = value + 1");
        if (!moved)
            return moved.error(); // the destructor rolls the change back
    }
    return m_transaction ? m_transaction->commit() : Status(m_refused);
}

Result<qint64> ProjectChange::insertOne(const ProjectFile &project, const char *statement,
                                        const QVariantList &values, Reach reach)
{
    ProjectChange change(project, reach);
    if (!change.isActive())
        return change.error();
    auto inserted = change.run(statement, values);
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted->lastInsertId().toLongLong();
    if (auto committed = change.commit(); !committed)
        return committed.error();
    return id;
}

Status ProjectChange::runOne(const ProjectFile &project, const char *statement, const QVariantList &values,
                             Reach reach)
{
    ProjectChange change(project, reach);
    if (!change.isActive())
        return change.error();
    if (auto done = change.run(statement, values); !done)
        return done.error();
    return change.commit();
}

} // namespace candor
