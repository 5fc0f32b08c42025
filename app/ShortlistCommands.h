// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace candor::cli {

// candor decide FILE HANDLE --decision shortlist|approve|reject|remove --reason TEXT [--campaign C] [--platform P]
// [--by NAME]: one decision on a candidate, as in the workbench; a decision against the ranking (a creator a hard
// filter excluded included) is an override and is recorded as one.
void addDecideOptions(QCommandLineParser &parser);
int commandDecide(QCommandLineParser &parser, const QStringList &positional);

// candor approve FILE --by NAME [--campaign C]: a named person approves the campaign's shortlist as it stands.
void addApproveOptions(QCommandLineParser &parser);
int commandApprove(QCommandLineParser &parser, const QStringList &positional);

} // namespace candor::cli
