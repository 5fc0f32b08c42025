// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectFile.h"
#include "core/Error.h"
#include "domain/FollowerProfile.h"
#include "import/FollowerSampleImporter.h"

#include <QList>
#include <QSqlQuery>

namespace candor {

// A sample of each account's followers: the evidence of the follower-sample signal (docs/authenticity.md).
class FollowerSampleStore
{
public:
    explicit FollowerSampleStore(const ProjectFile &project) : m_project(project) {}

    // The sample becomes the account's (a sample of an account already there is replaced: a sample is a look at
    // the followers on one day), in one transaction with its batch and rejected rows.
    Result<ImportCounts> importSample(FollowerSample &sample, qint64 accountId) const;

    // The columns a profile is read from, and the profile in a row that selects them from column `first` on.
    static constexpr const char *kProfileColumns =
        "line, username, posts, following, followers, has_picture, is_private, labelled_fake";
    static FollowerProfile profileFromRow(const QSqlQuery &row, int first);

private:
    const ProjectFile &m_project;
};

} // namespace candor
