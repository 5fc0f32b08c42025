// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectFile.h"
#include "core/Error.h"
#include "import/PostImporter.h"

#include <QList>
#include <QSqlQuery>
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

    // The columns a post is read from (prefixed with `table.` when given), and the post in a row that selects
    // them from column `first` on: for the readers of posts elsewhere in storage.
    static QString postColumns(const QString &table = {});
    static Post postFromRow(const QSqlQuery &row, int first, Platform platform);
    // A post's values in the order of postColumns(), for an INSERT.
    static QVariantList postValues(const Post &post);

private:
    const ProjectFile &m_project;
};

} // namespace candor
