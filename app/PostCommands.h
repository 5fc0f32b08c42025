// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace candor::cli {

// --platform and --handle, for the imports of posts and histories.
void addEvidenceImportOptions(QCommandLineParser &parser);
// candor import-posts FILE.candor DATA: an account's posts, the evidence for disclosure and AI labels.
int commandImportPosts(QCommandLineParser &parser, const QStringList &positional);

// candor import-history FILE.candor DATA: follower counts by day, the evidence for growth jumps.
int commandImportHistory(QCommandLineParser &parser, const QStringList &positional);
void addCommentImportOptions(QCommandLineParser &parser);
void addBrandSafetyOptions(QCommandLineParser &parser);
int commandBrandSafety(QCommandLineParser &parser, const QStringList &positional);
int commandImportComments(QCommandLineParser &parser, const QStringList &positional);

// candor import-followers FILE.candor SAMPLE --handle H: a sample of one account's followers, judged by the
// follower rules (the evidence for the follower-sample signal).
int commandImportFollowers(QCommandLineParser &parser, const QStringList &positional);

void addDisclosureOptions(QCommandLineParser &parser);
// candor disclosure FILE.candor [HANDLE]: each sponsored post's verdict with its rule, and each creator's record
// (docs/disclosure.md).
int commandDisclosure(QCommandLineParser &parser, const QStringList &positional);

} // namespace candor::cli
