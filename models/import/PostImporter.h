// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ImportPlan.h"
#include "core/Error.h"
#include "domain/Post.h"

#include <QList>
#include <optional>

namespace candor {

// One post as read, with the account it belongs to.
struct ImportedPost
{
    int line = 0;
    QString handle;
    Platform platform = Platform::Instagram;
    Post post;
    QString rawRecord;
};

struct PostImportOptions
{
    std::optional<Platform> platform; // for files without a platform column (else the post's link says)
    QString handle;                   // for an export of one account's posts (as the platforms' APIs give them)
    QString importedBy;
};

struct PreparedPostImport
{
    ImportBatchInfo batch;
    QList<ImportedPost> posts;
    QList<RowIssue> issues;
    int recordsRead = 0;
};

// Reads posts from CSV, flat JSON, or an API's response as it comes (nested fields as dotted columns). Columns are recognised by the names of the platforms' own APIs (Instagram
// Graph API media: caption, timestamp, like_count, comments_count, media_type, permalink; YouTube Data API:
// snippet.title, snippet.description, snippet.publishedAt, statistics.viewCount / likeCount / commentCount,
// paidProductPlacementDetails.hasPaidProductPlacement) and by plain ones (date, likes, comments, views, shares,
// paid_partnership, sponsored, ai_label, ai_made); resources/templates/posts.csv shows them all. A row that
// cannot be read is rejected with its line, column and reason.
class PostImporter
{
public:
    static Result<PreparedPostImport> prepare(const QString &path, const PostImportOptions &options);
};

} // namespace candor
