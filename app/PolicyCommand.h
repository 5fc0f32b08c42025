#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace candor::cli {

// candor check FILE [--campaign C] [--format text|json]: the ethics policy against the campaign's shortlist; exit 4
// while a blocking finding is open, 0 otherwise (docs/policy.md), for scripts and scheduled jobs.
void addCheckOptions(QCommandLineParser &parser);
int commandCheck(QCommandLineParser &parser, const QStringList &positional);

} // namespace candor::cli
