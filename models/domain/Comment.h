// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QString>

namespace candor {

// One comment under a post, as an export or the platform's API gives it: the evidence of the generic and repeated
// comments signal (docs/authenticity.md).
struct Comment
{
    QString permalink; // of the post it is under; empty when the export does not say
    QDateTime postedAt;
    QString author;
    QString text; // as written
};

} // namespace candor
