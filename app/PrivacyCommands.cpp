#include "PrivacyCommands.h"

#include "CliSupport.h"
#include "core/SafeText.h"
#include "core/SystemUser.h"
#include "storage/ErasureStore.h"

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

} // namespace candor::cli
