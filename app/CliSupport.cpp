// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliSupport.h"

#include "storage/PrivacyStore.h"
#include "workbench/Workbench.h"

#include "core/SafeText.h"

#include <QFileInfo>

namespace candor::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void printAligned(const QList<std::pair<QString, QString>> &rows, int indent)
{
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    for (const auto &[label, value] : rows)
        if (!label.isEmpty())
            out() << QString(indent, QLatin1Char(' ')) << label.leftJustified(width + 1) << value << '\n';
}

int usageError(const QString &message, const char *command)
{
    err() << "candor: " << message << '\n'
          << Cli::tr("Try: candor %1 --help").arg(QLatin1String(command)) << '\n';
    err().flush();
    return UsageError;
}

int reportOpenError(const Error &error)
{
    err() << "candor: " << error.toString() << '\n';
    err().flush();
    return CannotOpen;
}

std::optional<int> wholeNumberOption(const QCommandLineParser &parser, const char *name, int fallback, int minimum)
{
    const QString option = QString::fromLatin1(name);
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    return ok && value >= minimum ? std::optional<int>(value) : std::nullopt;
}

std::unique_ptr<ProjectFile> openProject(const QString &path, int &exitCode)
{
    auto project = ProjectFile::open(path);
    if (!project) {
        exitCode = reportOpenError(project.error());
        return nullptr;
    }
    if ((*project)->isReadOnly())
        err() << "candor: "
              << Cli::tr("note: %1 is open read-only: %2").arg(path, (*project)->readOnlyReason()) << '\n';
    if (const QString warning = (*project)->networkShareWarning(); !warning.isEmpty())
        err() << "candor: " << Cli::tr("warning: %1: %2").arg(path, warning) << '\n';
    return std::move(*project);
}

std::optional<int> openAccount(QCommandLineParser &parser, const char *command, const QString &path,
                               const QString &handle, ProjectAccount &opened)
{
    std::optional<Platform> platform;
    if (const auto failed = platformOption(parser, command, platform))
        return *failed;
    int exitCode = Ok;
    opened.project = openProject(path, exitCode);
    if (!opened.project)
        return exitCode;
    auto lookup = AccountLookup::prepare(*opened.project);
    if (!lookup)
        return reportDataError(lookup.error());
    auto account = lookup->find(handle, platform);
    if (!account)
        return reportDataError(Error{opened.project->path(), account.error().message, {}});
    opened.account = *account;
    return std::nullopt;
}

int reportDataError(const Error &error)
{
    err() << "candor: " << error.toString() << '\n';
    err().flush();
    return DataError;
}

void printIssue(const QString &fileName, int line, const QString &column, const QString &severity,
                const QString &reason)
{
    out() << "  " << printable(fileName) << ':' << line << ": ";
    if (!column.isEmpty())
        out() << '[' << printable(column) << "] ";
    out() << severity << ": " << printable(reason) << '\n';
}

void addCampaignOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("campaign"), Cli::tr("Campaign name or id (default: the first)."),
                      QStringLiteral("C")});
}

std::optional<QString> chosenFormat(const QCommandLineParser &parser, const QStringList &allowed)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format.isEmpty())
        return allowed.constFirst();
    return allowed.contains(format) ? std::optional<QString>(format) : std::nullopt;
}

std::optional<int> platformOption(QCommandLineParser &parser, const char *command, std::optional<Platform> &platform)
{
    if (!parser.isSet(QStringLiteral("platform")))
        return std::nullopt;
    platform = platformFromText(parser.value(QStringLiteral("platform")));
    if (!platform)
        return usageError(Cli::tr("--platform is one of %1").arg(platformIds().join(QStringLiteral(", "))),
                          command);
    return std::nullopt;
}

// The summary every import prints: counts, how the file was read, and every rejected row.
int reportImport(const QString &kind, const QString &dataPath, const ProjectFile &project, const ImportCounts &counts,
                 int recordsRead, const QStringList &notices, const QList<RowIssue> &issues)
{
    const QString fileName = QFileInfo(dataPath).fileName();
    out() << Cli::tr("Imported %1 from %2 into %3 (batch %4)")
                 .arg(kind, fileName, project.fileName(), QString::number(counts.batchId))
          << '\n'
          << Cli::tr("  rows read: %1").arg(recordsRead) << '\n'
          << Cli::tr("  imported:  %1").arg(counts.imported) << '\n'
          << Cli::tr("  merged:    %1 (replacing or adding to what the project had)").arg(counts.merged)
          << '\n'
          << Cli::tr("  rejected:  %1").arg(counts.rejected) << '\n';
    if (!notices.isEmpty()) {
        out() << Cli::tr("Notes on reading the file:") << '\n';
        for (const QString &notice : notices)
            out() << "  - " << notice << '\n';
    }
    bool header = false;
    for (const RowIssue &issue : issues) {
        if (!header)
            out() << Cli::tr("Rows not stored, and warnings:") << '\n';
        header = true;
        printIssue(fileName, issue.line, issue.column, severityLabel(issue.severity), issue.reason);
    }
    out().flush();
    return counts.rejected > 0 ? DataError : Ok;
}


int finishImport(const QString &kind, const QString &dataPath, const ProjectFile &project,
                 const Result<ImportCounts> &counts, int recordsRead, const QStringList &notices,
                 const QList<RowIssue> &issues)
{
    if (!counts) {
        err() << "candor: " << counts.error().toString() << '\n'
              << Cli::tr("Nothing was imported; the project is unchanged.") << '\n';
        err().flush();
        return DataError;
    }
    return reportImport(kind, dataPath, project, *counts, recordsRead, notices, issues);
}

std::optional<int> openWorkbenchOnCampaign(QCommandLineParser &parser, const QString &path,
                                           std::unique_ptr<Workbench> &opened)
{
    auto workbench = Workbench::open(path, nullptr, Workbench::Stability::Off);
    if (!workbench)
        return reportOpenError(workbench.error());
    Workbench &w = **workbench;
    if (w.campaigns().isEmpty())
        return reportDataError(Error{path, Cli::tr("has no campaign yet"), {}});
    if (const QString wanted = parser.value(QStringLiteral("campaign")); !wanted.isEmpty()) {
        const auto found = findCampaign(w.campaigns(), wanted, path);
        if (!found)
            return reportDataError(found.error());
        if (auto selected = w.selectCampaign(found->id); !selected)
            return reportDataError(selected.error());
    }
    opened = std::move(*workbench);
    return std::nullopt;
}

Error noCandidate(const ProjectFile &project, const QString &handle, std::optional<Platform> platform)
{
    const QString shown = printable(normalizedHandle(handle));
    if (auto lookup = AccountLookup::prepare(project)) {
        if (auto account = lookup->find(handle, platform)) {
            if (auto facts = PrivacyStore(project).facts(account->creatorId); facts && facts->doNotProfile)
                return Error{project.path(),
                             Cli::tr("holds @%1, who asked not to be profiled: they are neither scored nor "
                                     "audited (candor privacy lists them)")
                                 .arg(shown),
                             {}};
        }
    }
    return Error{project.path(), Cli::tr("has no candidate @%1").arg(shown), {}};
}

std::optional<QDate> dateOption(const QCommandLineParser &parser, const char *name, const char *command,
                                std::optional<int> &failed)
{
    const QString option = QString::fromLatin1(name);
    if (!parser.isSet(option))
        return std::nullopt;
    const QDate date = QDate::fromString(parser.value(option), Qt::ISODate);
    if (!date.isValid())
        failed = usageError(
            Cli::tr("--%1 needs a date such as 2026-12-01, not \"%2\"").arg(option, parser.value(option)),
            command);
    return date;
}

} // namespace candor::cli
