// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace candor::cli {

// candor erase FILE HANDLE --reason TEXT [--platform P]: every trace of one creator removed (docs/privacy.md).
void addEraseOptions(QCommandLineParser &parser);
int commandErase(QCommandLineParser &parser, const QStringList &positional);

// candor export-person FILE HANDLE --out FILE.json: everything held about one creator (docs/privacy.md).
void addExportPersonOptions(QCommandLineParser &parser);
int commandExportPerson(QCommandLineParser &parser, const QStringList &positional);

// candor privacy FILE [--today D] [--retention-months N] [--notice-days N] [--format text|json]: the retention
// policy and every finding (past retention, consents expired or near expiry, no lawful basis, not informed, do
// not profile); the options set the policy first.
void addPrivacyOptions(QCommandLineParser &parser);
int commandPrivacy(QCommandLineParser &parser, const QStringList &positional);

// candor privacy-record FILE HANDLE [--basis B] [--informed-on D] [--profile yes|no] [--renew-retention]
// [--consent ATTR --given-on D [--expires D] [--evidence E]] [--reason R]: changes one creator's privacy record.
void addPrivacyRecordOptions(QCommandLineParser &parser);
int commandPrivacyRecord(QCommandLineParser &parser, const QStringList &positional);

} // namespace candor::cli
