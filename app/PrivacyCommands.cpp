#include "PrivacyCommands.h"

#include "CliSupport.h"
#include "core/SafeText.h"
#include "core/SystemUser.h"
#include "storage/ErasureStore.h"
#include "storage/PersonExport.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace candor::cli {

void addEraseOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("reason"),
                      QStringLiteral("Why (kept in the audit log, so without the person's name), e.g. \"erasure "
                                     "request of 2026-12-01, ticket 4411\"."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("platform"), QStringLiteral("Platform of HANDLE when it is on several."),
                      QStringLiteral("P")});
}

int commandErase(QCommandLineParser &parser, const QStringList &positional)
{
    constexpr const char *command = "erase";
    if (positional.size() != 2)
        return usageError(QStringLiteral("erase needs a project file and a handle"), command);
    const QString reason = parser.value(QStringLiteral("reason"));
    if (reason.trimmed().isEmpty())
        return usageError(QStringLiteral("erase needs --reason: why, without the person's name"), command);
    ProjectAccount opened;
    if (const auto failed = openAccount(parser, command, positional.at(0), positional.at(1), opened))
        return *failed;
    const auto &project = opened.project;
    auto erased = ErasureStore(*project).erase(opened.account.creatorId, reason, systemUserName());
    if (!erased)
        return reportDataError(erased.error());
    out() << "Erased creator " << erased->creatorId << " from " << project->fileName() << ": " << erased->accounts
          << " account(s) with their figures, audiences, attributes, posts, histories, samples, comments, decisions "
             "and notes; "
          << erased->logDetails << " personal detail(s) of the audit log; " << erased->rejectedRows
          << " rejected import row(s) that mentioned them. The file was rewritten so that none of it remains; the "
             "log keeps a tombstone with a salted hash of the handle.\n";
    out().flush();
    return Ok;
}

void addExportPersonOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("out"), QStringLiteral("The JSON file to write (readable by you only)."),
                      QStringLiteral("FILE.json")});
    parser.addOption({QStringLiteral("platform"), QStringLiteral("Platform of HANDLE when it is on several."),
                      QStringLiteral("P")});
}

int commandExportPerson(QCommandLineParser &parser, const QStringList &positional)
{
    constexpr const char *command = "export-person";
    if (positional.size() != 2)
        return usageError(QStringLiteral("export-person needs a project file and a handle"), command);
    const QString target = parser.value(QStringLiteral("out"));
    if (target.isEmpty())
        return usageError(QStringLiteral("export-person needs --out FILE.json"), command);
    ProjectAccount opened;
    if (const auto failed = openAccount(parser, command, positional.at(0), positional.at(1), opened))
        return *failed;
    auto exported = PersonExport(*opened.project).of(opened.account.creatorId);
    if (!exported)
        return reportDataError(exported.error());
    err() << "Writing personal data of one person to " << target
          << " (readable by you only): hand it to them, and delete it when that is done.\n";
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(QJsonDocument(*exported).toJson(QJsonDocument::Indented)) < 0 || !file.commit())
        return reportDataError(Error{target, QStringLiteral("could not be written: ") + file.errorString(), {}});
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out() << "Exported everything held about creator " << opened.account.creatorId << " to " << target << ".\n";
    out().flush();
    return Ok;
}

} // namespace candor::cli
