// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectFile.h"
#include "core/Error.h"
#include "import/CommentImporter.h"

namespace candor {

// The texts of comments under each account's posts: the evidence of the generic and repeated comments signal.
class CommentStore
{
public:
    explicit CommentStore(const ProjectFile &project) : m_project(project) {}

    // In one transaction with its batch. The comments of a post (an account and a link; no link is one post of
    // its own) replace those imported for it before, with a notice; a comment of an account not in the project is
    // rejected (added to `prepared.issues`).
    Result<ImportCounts> importComments(PreparedCommentImport &prepared) const;

private:
    const ProjectFile &m_project;
};

} // namespace candor
