#pragma once

#include "ProjectFile.h"
#include "core/Error.h"
#include "import/PostImporter.h"

#include <QList>
#include <optional>

namespace candor {

// An account's posts in the project (the evidence for disclosure, AI labels and brand safety).
class PostStore
{
public:
    explicit PostStore(const ProjectFile &project) : m_project(project) {}

    // Writes the posts in one transaction with their batch and rejected rows. A post of an account that is not in
    // the project is rejected (added to `prepared.issues`); one already there (same account, time and link) is
    // updated ("merged").
    Result<ImportCounts> importPosts(PreparedPostImport &prepared) const;

    struct StoredPost
    {
        qint64 accountId = 0;
        QString handle;
        Post post;
    };
    // Every post, or one account's (by handle, and platform when several accounts share it), newest first.
    Result<QList<StoredPost>> posts(const QString &handle = {}, std::optional<Platform> platform = {}) const;

private:
    const ProjectFile &m_project;
};

} // namespace candor
