// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace candor::cli {

// candor report FILE --format html|csv|json --out PATH [--campaign C]: the client report of a campaign's shortlist
// (docs/report.md), written readable by its owner only.
void addReportOptions(QCommandLineParser &parser);
int commandReport(QCommandLineParser &parser, const QStringList &positional);

// candor agency FILE [--name NAME] [--logo FILE.png|--no-logo]: the agency a report names on its cover.
void addAgencyOptions(QCommandLineParser &parser);
int commandAgency(QCommandLineParser &parser, const QStringList &positional);

} // namespace candor::cli
