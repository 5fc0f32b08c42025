// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace candor {

// A note on a candidate in one campaign ("asked for the media kit", "agency says rates go up in May").
struct Note
{
    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 accountId = 0;
    QString body;
    QString writtenBy;
    QString writtenAt; // ISO 8601 UTC
};

} // namespace candor
