// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace candor::cli {

void addRankOptions(QCommandLineParser &parser);
int commandRank(QCommandLineParser &parser, const QStringList &positional);

void addExplainOptions(QCommandLineParser &parser);
int commandExplain(QCommandLineParser &parser, const QStringList &positional);

} // namespace candor::cli
