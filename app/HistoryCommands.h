// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace candor::cli {

// candor verify FILE: the file's integrity, its schema and the audit log's hash chain.
void addVerifyOptions(QCommandLineParser &parser);
int commandVerify(QCommandLineParser &parser, const QStringList &positional);
// candor log FILE [--creator H] [--action A] [--format text|json]: the audit log.
void addLogOptions(QCommandLineParser &parser);
int commandLog(QCommandLineParser &parser, const QStringList &positional);

} // namespace candor::cli
