// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace candor::cli {

void addFollowersCheckOptions(QCommandLineParser &parser);
// candor followers-check SAMPLE.csv: each rule's hits in a follower sample, who looks fake, and how the rules do
// against the sample's own labels when it has them (docs/authenticity.md).
int commandFollowersCheck(QCommandLineParser &parser, const QStringList &positional);

void addAuthenticityOptions(QCommandLineParser &parser);
// candor authenticity FILE.candor HANDLE: the account's signals (engagement against its tier, following, comments
// per like, growth jumps, a follower sample) with value, threshold, source, light and evidence.
int commandAuthenticity(QCommandLineParser &parser, const QStringList &positional);

} // namespace candor::cli
