#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace candor::cli {

// candor creator add|edit|remove|merge FILE.candor [HANDLE [HANDLE]] [options]
void addCreatorCommandOptions(QCommandLineParser &parser);
int commandCreator(QCommandLineParser &parser, const QStringList &positional);

} // namespace candor::cli
