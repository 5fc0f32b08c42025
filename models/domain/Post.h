// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Platform.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace candor {

enum class MediaType
{
    Image,
    Carousel,
    Video, // a reel, a short, a long video
    Story,
    Other
};

// Who says a post was made with generative AI.
enum class AiLabel
{
    None,
    Creator,  // the creator declared it (in the caption or the platform's "Made with AI" toggle)
    Platform, // the platform's own "AI info" label
};

// One post of an account, as an export or the platform's API gives it.
struct Post
{
    Platform platform = Platform::Instagram;
    QDateTime publishedAt;
    QString permalink;
    MediaType mediaType = MediaType::Image;
    QString title;   // YouTube: the video's title; empty elsewhere
    QString caption; // Instagram and TikTok: the caption; YouTube: the description
    std::optional<qint64> likes;
    std::optional<qint64> comments;
    std::optional<qint64> views;
    std::optional<qint64> shares;
    bool platformPaidFlag = false; // the platform's paid-partnership / branded-content / paid-placement flag
    bool userKnowsSponsored = false; // the user knows a brand paid (a contract, a brand mention they confirmed)
    AiLabel aiLabel = AiLabel::None;
    bool userSaysAiMade = false; // the user judges it made with AI, whatever its label

    bool isSponsored() const { return platformPaidFlag || userKnowsSponsored; }
};

} // namespace candor
