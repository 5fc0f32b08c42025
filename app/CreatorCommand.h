// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace candor::cli {

// candor creator add|edit|remove|merge FILE.candor [HANDLE [HANDLE]] [options]
void addCreatorCommandOptions(QCommandLineParser &parser);
int commandCreator(QCommandLineParser &parser, const QStringList &positional);

} // namespace candor::cli
