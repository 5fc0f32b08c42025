#include "ProjectChange.h"

#include "SqlSupport.h"

namespace candor {

ProjectChange::ProjectChange(const ProjectFile &project) : m_project(project)
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

} // namespace candor
