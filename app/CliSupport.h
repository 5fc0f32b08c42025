// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "CommandLine.h"
#include "core/Error.h"
#include "domain/Platform.h"
#include "import/ImportPlan.h"
#include "storage/AccountLookup.h"
#include "storage/ProjectFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QTextStream>
#include <memory>
#include <optional>

namespace candor {
class Workbench;
}

namespace candor::cli {

// The command line's messages, translated under one context: the program loads the user's language, with the
// English plural forms of the %n messages beneath it. What other programs read (CSV, JSON, the columns of
// tables) is never translated.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QTextStream &out();
QTextStream &err();

// Label and value pairs as two columns, the values lined up after the longest label however long the labels
// are in the user's language; a pair without a label is left out.
void printAligned(const QList<std::pair<QString, QString>> &rows, int indent = 0);
// Prints the message with a pointer to the command's help; returns UsageError.
int usageError(const QString &message, const char *command);
// Prints the error; returns CannotOpen.
int reportOpenError(const Error &error);
// Prints a data error; returns DataError.
int reportDataError(const Error &error);
// One row an import rejected or warned about: "  FILE:LINE: [column] severity: reason", with the user's text
// made printable (no control or bidirectional characters reach the terminal).
void printIssue(const QString &fileName, int line, const QString &column, const QString &severity,
                const QString &reason);
// --NAME N: a whole number of at least `minimum`; `fallback` when the option is absent, nothing when its value
// is not such a number (the caller says what it needs).
std::optional<int> wholeNumberOption(const QCommandLineParser &parser, const char *name, int fallback, int minimum);
// --NAME DATE (ISO 8601): the date, nothing when absent; a usage error's exit code in `failed` when it is not a date.
std::optional<QDate> dateOption(const QCommandLineParser &parser, const char *name, const char *command,
                                std::optional<int> &failed);
// The --format value, defaulting to the first allowed one; nothing when it is not allowed.
std::optional<QString> chosenFormat(const QCommandLineParser &parser, const QStringList &allowed);
// --platform P into `platform`; a usage error's exit code when P is not a platform.
std::optional<int> platformOption(QCommandLineParser &parser, const char *command, std::optional<Platform> &platform);
// What an import of audiences, attributes or posts did: counts, notices and the rows not stored. DataError when
// rows were rejected.
int reportImport(const QString &kind, const QString &dataPath, const ProjectFile &project, const ImportCounts &counts,
                 int recordsRead, const QStringList &notices, const QList<RowIssue> &issues);
// The end of an import command: the error and "nothing was imported" when writing failed, else reportImport().
int finishImport(const QString &kind, const QString &dataPath, const ProjectFile &project,
                 const Result<ImportCounts> &counts, int recordsRead, const QStringList &notices,
                 const QList<RowIssue> &issues);
// --campaign C: a campaign's name or id; the first campaign when absent.
void addCampaignOption(QCommandLineParser &parser);
// Opens a project, noting on stderr when it is read-only; on failure sets `exitCode` and returns null.
std::unique_ptr<ProjectFile> openProject(const QString &path, int &exitCode);

// The project at `path` and the account `handle` names in it (--platform when it is on several): what commands
// about one account start with. An exit code when the option, the file or the account is not right.
struct ProjectAccount
{
    std::unique_ptr<ProjectFile> project;
    AccountLookup::Found account;
};
std::optional<int> openAccount(QCommandLineParser &parser, const char *command, const QString &path,
                               const QString &handle, ProjectAccount &opened);

// Why `handle` is no candidate in `project`: not there at all, or a creator who asked not to be profiled.
Error noCandidate(const ProjectFile &project, const QString &handle, std::optional<Platform> platform);

// The workbench on the campaign --campaign names (the first when absent), without stability runs: what commands
// about a campaign's shortlist start with. An exit code when the file or the campaign is not right.
std::optional<int> openWorkbenchOnCampaign(QCommandLineParser &parser, const QString &path,
                                           std::unique_ptr<Workbench> &opened);

} // namespace candor::cli
