// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ImportPlan.h"
#include "core/Error.h"
#include "domain/FollowerProfile.h"

#include <QList>

namespace candor {

// A sample of an account's followers with what their profiles show (posts, following, followers, picture,
// private), and a person's fake/real label where there is one, as SRF Data's labelled file has it.
struct FollowerSample
{
    ImportBatchInfo batch;
    QList<FollowerProfile> profiles;
    QList<RowIssue> issues; // a rejected row has one issue per cell at fault
    int recordsRead = 0;
    bool hasLabels = false;  // a label column was found
    bool hasPictures = true; // a profile-picture column was found
};

// Reads a follower sample (CSV or JSON). Columns are recognised by name: SRF's ("Number.of.posts",
// "Number.of.people.they.follow", "Number.of.followers", "has_profile_picture", "Private.account", "rating"),
// the Instagram Graph API's ("media_count", "follows_count", "followers_count") and plain ones ("posts",
// "following", "followers", "is_private", "fake"). A row with a value that cannot be read is rejected with its
// line and reason; the others are kept.
class FollowerSampleImporter
{
public:
    static Result<FollowerSample> read(const QString &path);
};

} // namespace candor
