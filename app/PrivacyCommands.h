#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace candor::cli {

// candor erase FILE HANDLE --reason TEXT [--platform P]: every trace of one creator removed (docs/privacy.md).
void addEraseOptions(QCommandLineParser &parser);
int commandErase(QCommandLineParser &parser, const QStringList &positional);

// candor export-person FILE HANDLE --out FILE.json: everything held about one creator (docs/privacy.md).
void addExportPersonOptions(QCommandLineParser &parser);
int commandExportPerson(QCommandLineParser &parser, const QStringList &positional);

} // namespace candor::cli
