// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <optional>

namespace candor::cli {

// candor check FILE [--campaign C] [--format text|json] [--today D]: the ethics policy against the campaign's
// shortlist, resolved findings and what changed since approval included; exit 4 while a blocking finding is open,
// 0 otherwise (docs/policy.md), for scripts and scheduled jobs.
void addCheckOptions(QCommandLineParser &parser);
int commandCheck(QCommandLineParser &parser, const QStringList &positional);

// candor policy FILE [--from POLICY.json | --enable RULE | --disable RULE | --set RULE.PARAM=VALUE]: shows the
// project's policy (JSON), or changes it, in the audit log.
void addPolicyOptions(QCommandLineParser &parser);
int commandPolicy(QCommandLineParser &parser, const QStringList &positional);

// candor resolve FILE --rule R --subject @HANDLE|ATTRIBUTE=GROUP --reason TEXT [--by NAME]: a written override
// of a finding about a creator, or acknowledgement of one about a group.
void addResolveOptions(QCommandLineParser &parser);
int commandResolve(QCommandLineParser &parser, const QStringList &positional);

// After an import: every approved shortlist checked again, with what changed since approval (nothing printed when
// no shortlist is approved). An exit code when the project could not be read.
std::optional<int> printApprovalRechecks(const QString &path);

} // namespace candor::cli
