// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace candor::cli {

void addAuditOptions(QCommandLineParser &parser);
// candor audit FILE.candor: every number of the fairness dashboard, as text or JSON (docs/fairness.md).
int commandAudit(QCommandLineParser &parser, const QStringList &positional);

} // namespace candor::cli
