// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "RawTable.h"

#include <QString>
#include <optional>

namespace candor {

// The responses of the platforms' APIs as they come: Instagram Graph API lists (`{"data": [...]}`: media,
// comments), YouTube Data API lists (`{"items": [...]}`: videos with `snippet`, `statistics` and
// `paidProductPlacementDetails` objects, comment threads with `snippet.topLevelComment.snippet`) or an array of
// such nested objects. Nested fields become dotted columns ("snippet.title"); rows are numbered by item. A
// YouTube video or comment thread without a link gets the video's watch link, which also says the platform.
// Anything else (a flat array, delimited text) is left to the ordinary readers: nothing is returned.
std::optional<RawTable> apiResponseTable(const QString &text);

} // namespace candor
