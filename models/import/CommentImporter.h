// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ImportPlan.h"
#include "core/Error.h"
#include "domain/Comment.h"
#include "domain/Platform.h"

#include <QList>
#include <optional>

namespace candor {

// One comment as read, with the account whose post it is under.
struct ImportedComment
{
    int line = 0;
    QString handle;
    std::optional<Platform> platform;
    Comment comment;
    QString rawRecord;
};

struct CommentImportOptions
{
    QString handle;                   // for a file of one account's comments
    std::optional<Platform> platform; // for a file without a platform column (else the post's link says)
    QString post;                     // the post's link, for a file of one post's comments
    QString importedBy;
};

struct PreparedCommentImport
{
    ImportBatchInfo batch;
    QList<ImportedComment> comments;
    QList<RowIssue> issues;
    int recordsRead = 0;
};

// Reads comment texts from CSV, flat JSON or an API's response as it comes: the Instagram Graph API's comments
// (text, timestamp, username), the YouTube Data API's comment threads (snippet.topLevelComment.snippet
// .textOriginal, .authorDisplayName, .publishedAt; snippet.videoId gives the post) and plain columns (handle,
// post, date, author, text); resources/templates/comments.csv shows them. The account is a handle column
// ("handle", "account": in the APIs "username" is the commenter) or --handle; the post a link column or --post.
// A row without text is rejected with its line.
class CommentImporter
{
public:
    static Result<PreparedCommentImport> prepare(const QString &path, const CommentImportOptions &options);
};

} // namespace candor
