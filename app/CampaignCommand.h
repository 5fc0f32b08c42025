// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace candor::cli {

// candor campaign list|show|add|edit|remove FILE.candor [CAMPAIGN] [options]
void addCampaignCommandOptions(QCommandLineParser &parser);
int commandCampaign(QCommandLineParser &parser, const QStringList &positional);

} // namespace candor::cli
