// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <optional>

namespace candor {

// What a follower's public profile shows, as in a follower sample a user exports.
struct FollowerProfile
{
    int line = 0; // in the file it was read from
    QString username;
    qint64 posts = 0;
    qint64 following = 0;
    qint64 followers = 0;
    bool hasProfilePicture = true;
    bool isPrivate = false;
    std::optional<bool> labelledFake; // a person's judgement, where the sample has one
};

} // namespace candor
