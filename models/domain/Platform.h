// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace candor {

enum class Platform
{
    Instagram,
    TikTok,
    YouTube
};

QString platformId(Platform platform);          // stable id stored in the project file
QString platformDisplayName(Platform platform); // what a user reads
std::optional<Platform> platformFromText(const QString &text);
QStringList platformIds();

// Why `handle` (without "@") cannot be an account's handle on `platform`, or nothing when it can. The rules
// are the platforms' own (docs/own-data.md cites them; letters of any script): Instagram 1–30 letters, digits,
// "." and "_";
// TikTok 2–24 letters, digits, "." and "_"; YouTube 3–30 letters, digits, "_", "-" and ".". Spaces, control
// characters, bidirectional overrides, quotes and angle brackets are named as such.
std::optional<QString> handleProblem(Platform platform, const QString &handle);

} // namespace candor
