#include "CliSupport.h"

#include "core/SafeText.h"

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

int usageError(const QString &message, const char *command)
{
    err() << "candor: " << message << "\nTry: candor " << command << " --help\n";
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
        err() << "candor: note: " << path << " is open read-only: " << (*project)->readOnlyReason() << '\n';
    if (const QString warning = (*project)->networkShareWarning(); !warning.isEmpty())
        err() << "candor: warning: " << path << ": " << warning << '\n';
    return std::move(*project);
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
    parser.addOption({QStringLiteral("campaign"), QStringLiteral("Campaign name or id (default: the first)."),
                      QStringLiteral("C")});
}

std::optional<QString> chosenFormat(const QCommandLineParser &parser, const QStringList &allowed)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format.isEmpty())
        return allowed.constFirst();
    return allowed.contains(format) ? std::optional<QString>(format) : std::nullopt;
}

} // namespace candor::cli
