// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "workbench/ProjectImport.h"
#include "AudienceCommands.h"

#include "CliSupport.h"
#include "PolicyCommand.h"
#include "core/Formatting.h"
#include "core/SafeText.h"
#include "core/SystemUser.h"
#include "import/AttributeImporter.h"
#include "import/AudienceImporter.h"
#include "storage/AttributeStore.h"

#include <QFileInfo>

namespace candor::cli {

void addImportAudienceOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("handle"),
                 Cli::tr("The account of an Instagram or YouTube API file (they name none)."),
                 QStringLiteral("H")});
    p.addOption({QStringLiteral("platform"),
                 Cli::tr("Platform of the accounts when the file has no platform column."),
                 QStringLiteral("P")});
    p.addOption({QStringLiteral("source"),
                 Cli::tr("Where the figures come from (default: the format or file)."),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("provenance"),
                 Cli::tr("measured (by the platform), estimated (by a vendor) or entered (by hand)."),
                 QStringLiteral("KIND")});
    p.addOption({QStringLiteral("confidence"), Cli::tr("How far to trust the figures, 0 to 1."),
                 QStringLiteral("C")});
    p.addOption({QStringLiteral("as-of"),
                 Cli::tr("Date of the figures, over any the file gives (default: the file's, else today)."),
                 QStringLiteral("YYYY-MM-DD")});
}

int commandImportAudience(QCommandLineParser &parser, const QStringList &positional)
{
    const char *command = "import-audience";
    AudienceImportOptions options;
    if (const auto failed = platformOption(parser, command, options.platform))
        return *failed;
    options.handle = parser.value(QStringLiteral("handle"));
    options.source = parser.value(QStringLiteral("source"));
    if (parser.isSet(QStringLiteral("provenance"))) {
        options.provenance = provenanceFromKey(parser.value(QStringLiteral("provenance")));
        if (!options.provenance)
            return usageError(Cli::tr("--provenance is measured, estimated or entered"), command);
    }
    if (parser.isSet(QStringLiteral("confidence"))) {
        bool ok = false;
        const double confidence = parser.value(QStringLiteral("confidence")).toDouble(&ok);
        if (!ok || confidence < 0.0 || confidence > 1.0)
            return usageError(Cli::tr("--confidence needs a number from 0 to 1"), command);
        options.confidence = confidence;
    }
    std::optional<int> badDate;
    options.asOf = dateOption(parser, "as-of", command, badDate).value_or(QDate());
    if (badDate)
        return *badDate;
    int exitCode = Ok;
    auto project = openProject(positional.at(0), exitCode);
    if (!project)
        return exitCode;
    auto report = importAudiences(*project, positional.at(1), options);
    if (!report) {
        err() << "candor: " << report.error().toString() << '\n'
              << Cli::tr("Nothing was imported; the project is unchanged.") << '\n';
        err().flush();
        return DataError;
    }
    const int reported =
        reportImport(Cli::tr("audiences"), positional.at(1), *project, report->counts,
                     report->prepared.recordsRead, report->prepared.batch.notices, report->prepared.issues);
    // Fresher audiences can change what the age rule sees on a shortlist already approved.
    project.reset();
    if (const auto failed = printApprovalRechecks(positional.at(0)))
        return *failed;
    return reported;
}

int commandImportAttributes(QCommandLineParser &, const QStringList &positional)
{
    int exitCode = Ok;
    auto project = openProject(positional.at(0), exitCode);
    if (!project)
        return exitCode;
    PreparedAttributeImport prepared;
    const auto counts = importAttributes(*project, positional.at(1), systemUserName(), &prepared);
    return finishImport(Cli::tr("self-declared attributes"), positional.at(1), *project, counts,
                        prepared.recordsRead, prepared.batch.notices, prepared.issues);
}

void addWithdrawConsentOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("attribute"), Cli::tr("Only this attribute (default: every one)."),
                 QStringLiteral("A")});
    p.addOption({QStringLiteral("platform"), Cli::tr("Platform of HANDLE when it is on several."),
                 QStringLiteral("P")});
    p.addOption({QStringLiteral("reason"), Cli::tr("Why, as the creator said it."), QStringLiteral("TEXT")});
}

int commandWithdrawConsent(QCommandLineParser &parser, const QStringList &positional)
{
    std::optional<Platform> platform;
    if (const auto failed = platformOption(parser, "withdraw-consent", platform))
        return *failed;
    int exitCode = Ok;
    auto project = openProject(positional.at(0), exitCode);
    if (!project)
        return exitCode;
    auto withdrawn = AttributeStore(*project).withdrawConsent(positional.at(1), platform,
                                                              parser.value(QStringLiteral("attribute")),
                                                              systemUserName(), parser.value(QStringLiteral("reason")));
    if (!withdrawn)
        return reportDataError(withdrawn.error());
    out()
        << Cli::tr(
               "Consent withdrawn: %n self-declared attribute(s) of @%1 deleted; the withdrawal is recorded.",
               nullptr, *withdrawn)
               .arg(printable(positional.at(1)))
        << '\n';
    out().flush();
    return Ok;
}

} // namespace candor::cli
