// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace candor::cli {

// Exit codes, documented in docs/cli.md.
enum ExitCode
{
    Ok = 0,
    UsageError = 1,
    DataError = 2,
    CannotOpen = 3,
    PolicyBlocked = 4 // `check`: a blocking finding of the ethics policy is open
};

// True when the arguments ask for a headless subcommand, --help or --version rather than the GUI.
bool wantsCommandLine(const QStringList &arguments);

int run(const QStringList &arguments);

} // namespace candor::cli
