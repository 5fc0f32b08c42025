// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "workbench/ProjectImport.h"
#include "CommandLine.h"

#include "CliSupport.h"
#include "AuditCommand.h"
#include "AuthenticityCommands.h"
#include "HistoryCommands.h"
#include "PostCommands.h"
#include "PrivacyCommands.h"
#include "ShortlistCommands.h"
#include "ReportCommand.h"
#include "PolicyCommand.h"
#include "AudienceCommands.h"
#include "CampaignCommand.h"
#include "CreatorCommand.h"
#include "ScoringCommands.h"
#include "demo/DemoProject.h"
#include "import/Importer.h"
#include "storage/ProjectFile.h"
#include "storage/ProjectStore.h"
#include "storage/NewProject.h"
#include "core/SystemUser.h"
#include "privacy/PrivacyReview.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>
#include <functional>

namespace candor::cli {
namespace {

struct Command
{
    const char *name;
    const char *arguments;
    const char *summary;
    std::function<int(QCommandLineParser &, const QStringList &)> run;
    std::function<void(QCommandLineParser &)> addOptions = {};
};

int commandNew(QCommandLineParser &, const QStringList &positional)
{
    auto project = createUserProject(positional.at(0), systemUserName());
    if (!project)
        return reportOpenError(project.error());
    out() << Cli::tr("Created %1 (schema version %2)").arg(positional.at(0)).arg((*project)->schemaVersion())
          << '\n';
    return Ok;
}

int commandDemo(QCommandLineParser &, const QStringList &positional)
{
    const QString path = positional.value(0, DemoProject::defaultPath());
    if (QFileInfo::exists(path)) {
        out() << Cli::tr("The demo project already exists: %1").arg(path) << '\n';
        return Ok;
    }
    if (auto created = DemoProject::create(path); !created)
        return reportOpenError(created.error());
    out() << Cli::tr("Created the demo project (synthetic data): %1").arg(path) << '\n';
    return Ok;
}



int commandImport(QCommandLineParser &parser, const QStringList &positional)
{
    ImportOptions options;
    if (parser.isSet(QStringLiteral("platform"))) {
        options.platform = platformFromText(parser.value(QStringLiteral("platform")));
        if (!options.platform)
            return usageError(
                Cli::tr("unknown platform \"%1\" (known: %2)")
                    .arg(parser.value(QStringLiteral("platform")), platformIds().join(QStringLiteral(", "))),
                "import");
    }
    std::optional<int> badDate;
    options.asOf = dateOption(parser, "as-of", "import", badDate).value_or(QDate());
    options.informedOn = dateOption(parser, "informed-on", "import", badDate).value_or(QDate());
    if (badDate)
        return *badDate;
    if (parser.isSet(QStringLiteral("encoding"))) {
        const QString encoding = parser.value(QStringLiteral("encoding")).toLower();
        if (encoding == QLatin1String("utf8") || encoding == QLatin1String("utf-8"))
            options.encoding = TextEncoding::Utf8;
        else if (encoding == QLatin1String("latin1") || encoding == QLatin1String("iso-8859-1"))
            options.encoding = TextEncoding::Latin1;
        else
            return usageError(Cli::tr("--encoding must be utf8 or latin1"), "import");
    }
    options.columnOverrides = parser.values(QStringLiteral("map"));
    options.currency = parser.value(QStringLiteral("currency"));
    if (parser.isSet(QStringLiteral("lawful-basis"))) {
        const auto basis = privacy::lawfulBasisFromKey(parser.value(QStringLiteral("lawful-basis")));
        if (!basis)
            return usageError(Cli::tr("--lawful-basis must be one of %1")
                                  .arg(privacy::lawfulBasisKeys().join(QStringLiteral(", "))),
                              "import");
        options.lawfulBasis = privacy::lawfulBasisKey(*basis);
    }

    int exitCode = Ok;
    auto project = openProject(positional.at(0), exitCode);
    if (!project)
        return exitCode;
    auto report = importCreators(*project, positional.at(1), options);
    if (!report) {
        err() << "candor: " << report.error().toString() << '\n'
              << Cli::tr("Nothing was imported; the project is unchanged.") << '\n';
        err().flush();
        return DataError;
    }
    const ImportBatchInfo &batch = report->prepared.batch;
    const ImportPlan &plan = report->prepared.plan;
    const ImportCounts &counts = report->counts;
    const QString fileName = QFileInfo(positional.at(1)).fileName();
    out() << Cli::tr("Imported %1 into %2 (batch %3, %4, %5, platform %6)")
                 .arg(fileName, project->fileName(), QString::number(counts.batchId), batch.format.toUpper(),
                      batch.encoding, batch.platform)
          << '\n'
          << Cli::tr("  rows read: %1").arg(plan.recordsRead) << '\n'
          << Cli::tr("  imported:  %1 (new accounts)").arg(counts.imported) << '\n'
          << Cli::tr("  merged:    %1 (new snapshots of accounts already in the project)").arg(counts.merged)
          << '\n'
          << Cli::tr("  rejected:  %1").arg(counts.rejected) << '\n';
    if (!batch.notices.isEmpty()) {
        out() << Cli::tr("Notes on reading the file:") << '\n';
        for (const QString &notice : batch.notices)
            out() << "  - " << notice << '\n';
    }
    int warnings = 0;
    for (const RowIssue &issue : plan.issues) {
        if (issue.severity == RowIssue::Severity::Warning) {
            ++warnings;
            continue;
        }
        if (warnings == 0 && &issue == &plan.issues.constFirst())
            out() << Cli::tr("Rejected rows:") << '\n';
        printIssue(fileName, issue.line, issue.column, severityLabel(issue.severity), issue.reason);
    }
    if (warnings > 0)
        out() << Cli::tr(
                     "%n cell(s) left empty with a warning; list them with: candor rejected %1 --warnings",
                     nullptr, warnings)
                     .arg(positional.at(0))
              << '\n';
    out().flush();
    if (counts.merged > 0 || counts.imported > 0) {
        project.reset();
        if (const auto failed = printApprovalRechecks(positional.at(0)))
            return *failed;
    }
    return counts.rejected > 0 ? DataError : Ok;
}

int commandInfo(QCommandLineParser &, const QStringList &positional)
{
    int exitCode = Ok;
    auto project = openProject(positional.at(0), exitCode);
    if (!project)
        return exitCode;
    auto summary = ProjectStore(*project).summary();
    if (!summary)
        return reportOpenError(summary.error());
    const ProjectSummary &s = *summary;
    printAligned({
        {Cli::tr("Project:"), s.name},
        {s.synthetic ? Cli::tr("Data:") : QString(), Cli::tr("synthetic, made up by the demo generator")},
        {Cli::tr("File:"), project->path()},
        {Cli::tr("Schema version:"),
         QString::number(s.schemaVersion) + (project->isReadOnly() ? Cli::tr(" (read-only)") : QString())},
        {Cli::tr("Creators:"), QString::number(s.creators)},
        {Cli::tr("Accounts:"), QString::number(s.accounts)},
        {Cli::tr("Metric snapshots:"), QString::number(s.snapshots)},
        {Cli::tr("Audience shares:"), QString::number(s.audienceShares)},
        {Cli::tr("Consented attributes:"), QString::number(s.consentedAttributes)},
        {Cli::tr("Campaigns:"), QString::number(s.campaigns)},
        {Cli::tr("Imports:"), QString::number(s.importBatches)},
        {Cli::tr("Rejected rows:"), QString::number(s.rejectedRows)},
        {s.lastImport ? Cli::tr("Last import:") : QString(),
         s.lastImport
             ? Cli::tr("%1 at %2: %3 read, %4 imported, %5 merged, %6 rejected")
                   .arg(s.lastImport->fileName, s.lastImport->importedAt,
                        QString::number(s.lastImport->rowsRead), QString::number(s.lastImport->imported),
                        QString::number(s.lastImport->merged), QString::number(s.lastImport->rejected))
             : QString()},
    });
    out().flush();
    return Ok;
}

int commandRejected(QCommandLineParser &parser, const QStringList &positional)
{
    int exitCode = Ok;
    auto project = openProject(positional.at(0), exitCode);
    if (!project)
        return exitCode;
    auto issues = ProjectStore(*project).importIssues(!parser.isSet(QStringLiteral("warnings")));
    if (!issues)
        return reportOpenError(issues.error());
    if (issues->isEmpty())
        out() << Cli::tr("No rejected rows.") << '\n';
    for (const StoredImportIssue &issue : *issues) {
        printIssue(issue.fileName, issue.line, issue.column, issue.severity, issue.reason);
        if (parser.isSet(QStringLiteral("raw")) && !issue.rawRecord.isEmpty())
            out() << "      " << issue.rawRecord << '\n';
    }
    out().flush();
    return Ok;
}

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {"new", "FILE.candor", QT_TRANSLATE_NOOP("Cli", "Create an empty project file."), commandNew},
        {"demo", "[FILE.candor]",
         QT_TRANSLATE_NOOP("Cli", "Create the demo project (synthetic data) at FILE or the default place."),
         commandDemo},
        {"import", "FILE.candor DATA.csv|DATA.json",
         QT_TRANSLATE_NOOP("Cli", "Import creators from a CSV or JSON export."), commandImport,
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("platform"),
                          Cli::tr("Platform of the accounts: instagram, tiktok, youtube."),
                          QStringLiteral("P")});
             p.addOption({QStringLiteral("map"),
                          Cli::tr("Map a column (header or #N) to a field, or to 'ignore'. Repeatable."),
                          QStringLiteral("column=field")});
             p.addOption({QStringLiteral("encoding"), Cli::tr("utf8 or latin1 (default: detect)."),
                          QStringLiteral("E")});
             p.addOption({QStringLiteral("as-of"), Cli::tr("Date of the snapshot (default: today)."),
                          QStringLiteral("YYYY-MM-DD")});
             p.addOption(
                 {QStringLiteral("lawful-basis"),
                  Cli::tr("Lawful basis for the creators this file brings that have none yet: consent, "
                          "contract or legitimate_interest."),
                  QStringLiteral("B")});
             p.addOption({QStringLiteral("informed-on"),
                          Cli::tr("The day those creators were told their data is held (GDPR Art. 14)."),
                          QStringLiteral("DATE")});
             p.addOption({QStringLiteral("currency"),
                          Cli::tr("Currency of fees when the file has no currency column (e.g. EUR)."),
                          QStringLiteral("CODE")});
         }},
        {"import-audience", "FILE.candor DATA.csv|DATA.json",
         QT_TRANSLATE_NOOP(
             "Cli", "Import audience demographics (long CSV, Instagram or YouTube API JSON, vendor export)."),
         commandImportAudience, addImportAudienceOptions},
        {"import-attributes", "FILE.candor DATA.csv|DATA.json",
         QT_TRANSLATE_NOOP(
             "Cli", "Import self-declared creator attributes with their consent (for fairness audits only)."),
         commandImportAttributes},
        {"import-posts", "FILE.candor DATA.csv|DATA.json",
         QT_TRANSLATE_NOOP("Cli", "Import posts (Instagram Graph API, YouTube Data API or plain columns): "
                                  "evidence for disclosure."),
         commandImportPosts, addEvidenceImportOptions},
        {"import-history", "FILE.candor DATA.csv|DATA.json",
         QT_TRANSLATE_NOOP("Cli",
                           "Import follower counts by day (date, followers): evidence for growth jumps."),
         commandImportHistory, addEvidenceImportOptions},
        {"import-followers", "FILE.candor SAMPLE.csv|SAMPLE.json",
         QT_TRANSLATE_NOOP("Cli", "Import a sample of one account's followers (--handle H; posts, following, "
                                  "followers per profile): evidence for the "
                                  "follower-sample signal."),
         commandImportFollowers, addEvidenceImportOptions},
        {"import-comments", "FILE.candor DATA.csv|DATA.json",
         QT_TRANSLATE_NOOP("Cli", "Import comment texts (Instagram Graph API, YouTube Data API or plain "
                                  "columns): evidence for the generic and "
                                  "repeated comments signal."),
         commandImportComments, addCommentImportOptions},
        {"erase", "FILE.candor HANDLE",
         QT_TRANSLATE_NOOP("Cli", "Erase one creator: every row about them, their personal details in the "
                                  "log, rejected rows that mention "
                                  "them; the file is rewritten (--reason, without their name)."),
         commandErase, addEraseOptions},
        {"export-person", "FILE.candor HANDLE",
         QT_TRANSLATE_NOOP("Cli", "Export everything held about one creator to a JSON file (--out FILE.json; "
                                  "GDPR Art. 15, CCPA)."),
         commandExportPerson, addExportPersonOptions},
        {"privacy", "FILE.candor",
         QT_TRANSLATE_NOOP(
             "Cli", "Privacy review: retention policy, consents expiring, data without a basis or notice."),
         commandPrivacy, addPrivacyOptions},
        {"privacy-record", "FILE.candor HANDLE",
         QT_TRANSLATE_NOOP(
             "Cli", "Record a creator's lawful basis, notice, objection to profiling, or a renewed consent."),
         commandPrivacyRecord, addPrivacyRecordOptions},
        {"withdraw-consent", "FILE.candor HANDLE",
         QT_TRANSLATE_NOOP("Cli", "Delete a creator's self-declared attributes and record why."),
         commandWithdrawConsent, addWithdrawConsentOptions},
        {"creator", "ACTION FILE.candor [HANDLE] [HANDLE]",
         QT_TRANSLATE_NOOP(
             "Cli",
             "Creators by hand: add (--platform, figures), edit (new figures), remove, merge KEPT MERGED."),
         commandCreator, addCreatorCommandOptions},
        {"campaign", "ACTION FILE.candor [CAMPAIGN]",
         QT_TRANSLATE_NOOP("Cli",
                           "Campaigns: list, show (--format json), add (--name, --from JSON), edit, remove."),
         commandCampaign, addCampaignCommandOptions},
        {"decide", "FILE.candor HANDLE",
         QT_TRANSLATE_NOOP(
             "Cli",
             "Record a decision on a candidate (--decision shortlist|approve|reject|remove --reason TEXT)."),
         commandDecide, addDecideOptions},
        {"approve", "FILE.candor",
         QT_TRANSLATE_NOOP("Cli",
                           "Approve a campaign's shortlist as it stands, by a named person (--by NAME)."),
         commandApprove, addApproveOptions},
        {"report", "FILE.candor",
         QT_TRANSLATE_NOOP(
             "Cli", "Write the client report of a campaign's shortlist (--format html|csv|json --out PATH)."),
         commandReport, addReportOptions},
        {"agency", "FILE.candor",
         QT_TRANSLATE_NOOP(
             "Cli", "Show or set the agency a report names on its cover (--name NAME, --logo FILE.png)."),
         commandAgency, addAgencyOptions},
        {"check", "FILE.candor",
         QT_TRANSLATE_NOOP("Cli", "Check the campaign's shortlist against the ethics policy (exit 4 while a "
                                  "blocking finding is open)."),
         commandCheck, addCheckOptions},
        {"policy", "FILE.candor",
         QT_TRANSLATE_NOOP("Cli", "Show the ethics policy as JSON, or change it (--from FILE.json, "
                                  "--enable/--disable RULE, --set RULE.PARAM=VALUE)."),
         commandPolicy, addPolicyOptions},
        {"resolve", "FILE.candor",
         QT_TRANSLATE_NOOP("Cli", "Override a policy finding about a creator, or acknowledge one about a "
                                  "group, with a written --reason."),
         commandResolve, addResolveOptions},
        {"rank", "FILE.candor",
         QT_TRANSLATE_NOOP("Cli", "Rank a campaign's candidates with a per-factor breakdown."), commandRank,
         addRankOptions},
        {"explain", "FILE.candor HANDLE",
         QT_TRANSLATE_NOOP("Cli", "Explain one candidate's score, stability and what would change it."),
         commandExplain, addExplainOptions},
        {"audit", "FILE.candor",
         QT_TRANSLATE_NOOP("Cli", "Fairness audit: audience balance and creator-group selection rates."),
         commandAudit, addAuditOptions},
        {"disclosure", "FILE.candor [HANDLE]",
         QT_TRANSLATE_NOOP(
             "Cli", "Each sponsored post's disclosure verdict with its rule, and each creator's record."),
         commandDisclosure, addDisclosureOptions},
        {"verify", "FILE.candor",
         QT_TRANSLATE_NOOP("Cli", "Check the file: SQLite's integrity check, the schema, and the audit log's "
                                  "hash chain (exit 3 when broken)."),
         commandVerify, addVerifyOptions},
        {"log", "FILE.candor",
         QT_TRANSLATE_NOOP("Cli", "The audit log: who did what, when, to which creator or campaign."),
         commandLog, addLogOptions},
        {"brand-safety", "FILE.candor [HANDLE]",
         QT_TRANSLATE_NOOP("Cli", "Each post's brand-safety words (GARM categories) and the campaign's "
                                  "excluded topics, with the words found."),
         commandBrandSafety, addBrandSafetyOptions},
        {"authenticity", "FILE.candor HANDLE",
         QT_TRANSLATE_NOOP("Cli", "An account's authenticity signals with thresholds, sources and evidence."),
         commandAuthenticity, addAuthenticityOptions},
        {"followers-check", "SAMPLE.csv",
         QT_TRANSLATE_NOOP("Cli",
                           "Judge a follower sample with readable rules; with labels, how well they do."),
         commandFollowersCheck, addFollowersCheckOptions},
        {"info", "FILE.candor", QT_TRANSLATE_NOOP("Cli", "Show schema version, counts and the last import."),
         commandInfo},
        {"rejected", "FILE.candor",
         QT_TRANSLATE_NOOP("Cli", "List the rows imports rejected, with file, line, column and reason."),
         commandRejected,
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("warnings"), Cli::tr("Also list cells left empty with a warning.")});
             p.addOption({QStringLiteral("raw"), Cli::tr("Show each rejected row as it was written.")});
         }},
    };
    return list;
}

void printGeneralHelp()
{
    out()
        << Cli::tr("Candor %1 — choose influencers with scores you can explain.")
               .arg(QLatin1String(CANDOR_VERSION))
        << "\n\n"
        << Cli::tr(
               "Usage:\n"
               "  candor [FILE.candor]          start the workbench (the demo project if no file is given)\n"
               "  candor COMMAND [options] ...  work headless\n\n"
               "Commands:\n");
    for (const Command &c : commands())
        out() << "  " << QString::fromLatin1(c.name).leftJustified(17) << ' '
              << QString::fromLatin1(c.arguments).leftJustified(32) << ' ' << Cli::tr(c.summary) << '\n';
    out() << Cli::tr("\nOptions:\n  -h, --help     show this help (candor COMMAND --help for a command)\n"
                     "  -v, --version  show the version\n\n"
                     "Exit codes: 0 ok, 1 usage error, 2 data errors (rows rejected or file unreadable),\n"
                     "            3 project file cannot be opened, 4 a blocking finding of the ethics policy "
                     "(check).\n");
    out().flush();
}

// troff needs its own escapes: a backslash, and a leading dot or quote would start a request.
QString roff(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\e")).replace(QLatin1Char('-'), QStringLiteral("\\-"));
    if (text.startsWith(QLatin1Char('.')) || text.startsWith(QLatin1Char('\'')))
        text.prepend(QStringLiteral("\\&"));
    return text;
}

// The manual page candor(1), from the same table as --help and each command's own options, so that it names
// every subcommand, option and exit code (the package installs it; packaging/CMakeLists.txt writes it).
void printManPage()
{
    out() << ".TH CANDOR 1 \"\" \"Candor " << CANDOR_VERSION << "\" \"User Commands\"\n"
          << ".SH NAME\ncandor \\- choose influencers with scores you can explain\n"
          << ".SH SYNOPSIS\n.B candor\n[\\fIFILE.candor\\fR]\n.br\n.B candor\n\\fICOMMAND\\fR [\\fIoptions\\fR] ...\n"
          << ".SH DESCRIPTION\nWith no command, Candor starts the workbench: a desktop window that ranks influencer "
             "candidates with a transparent scoring model, audits the shortlist for fairness, checks authenticity, "
             "disclosure, privacy and the agency's ethics policy, and keeps everything in one SQLite project file "
             "(\\fI*.candor\\fR). With a command it works headless, on the same library.\n"
          << ".SH COMMANDS\n";
    for (const Command &c : commands()) { // in English: the program loads no translation for --man
        out() << ".TP\n.B " << c.name << ' ' << roff(QString::fromLatin1(c.arguments)) << '\n'
              << roff(QString::fromUtf8(c.summary)) << '\n';
        // Its options as `candor COMMAND --help` lists them (QCommandLineParser lays them out; Qt 6.4 has no list).
        QCommandLineParser parser;
        if (c.addOptions)
            c.addOptions(parser);
        const QString help = parser.helpText();
        const qsizetype options = help.indexOf(QLatin1String("Options:\n"));
        if (options >= 0 && c.addOptions)
            out() << ".RS\n.nf\n" << roff(help.mid(options + 9).chopped(help.endsWith(QLatin1Char('\n')) ? 1 : 0))
                  << "\n.fi\n.RE\n";
    }
    out() << ".SH OPTIONS\n.TP\n.B \\-h, \\-\\-help\nShow the commands (\\fBcandor\\fR \\fICOMMAND\\fR "
             "\\fB\\-\\-help\\fR for one command's options).\n.TP\n.B \\-v, \\-\\-version\nShow the version.\n"
          << ".SH EXIT STATUS\n.TP\n.B 0\nSuccess.\n.TP\n.B 1\nUsage error (an unknown command or option, a bad "
             "value).\n.TP\n.B 2\nData errors: rows rejected, a file that cannot be read, an unknown campaign or "
             "creator.\n.TP\n.B 3\nThe project file cannot be opened, or \\fBverify\\fR found it changed outside "
             "Candor.\n.TP\n.B 4\n\\fBcheck\\fR: a blocking finding of the ethics policy is open.\n"
          << ".SH FILES\n.TP\n.I *.candor\nA project: one SQLite database (application id \"CNDR\"), readable with "
             "\\fBsqlite3\\fR(1).\n"
          << ".SH SEE ALSO\n\\fBsqlite3\\fR(1)\n";
    out().flush();
}

} // namespace

bool wantsCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    if (first.startsWith(QLatin1Char('-')))
        return true;
    for (const Command &c : commands()) {
        if (first == QLatin1String(c.name))
            return true;
    }
    // Anything else that is not a project file is a mistyped command, not a file for the GUI to open.
    return !first.endsWith(QLatin1String(".candor")) && !QFileInfo::exists(first);
}

int run(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printGeneralHelp();
        return Ok;
    }
    if (first == QLatin1String("--man")) {
        printManPage();
        return Ok;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out() << "candor " << CANDOR_VERSION << '\n';
        out().flush();
        return Ok;
    }
    for (const Command &c : commands()) {
        if (first != QLatin1String(c.name))
            continue;
        QCommandLineParser parser;
        parser.setApplicationDescription(Cli::tr(c.summary));
        parser.addHelpOption();
        if (c.addOptions)
            c.addOptions(parser);
        const QStringList commandArguments = arguments.mid(1); // the command name plays the program name
        if (!parser.parse(commandArguments))
            return usageError(parser.errorText(), c.name);
        if (parser.isSet(QStringLiteral("help"))) {
            out() << Cli::tr("Usage: candor %1 [options] %2")
                         .arg(QLatin1String(c.name), QLatin1String(c.arguments))
                  << "\n\n"
                  << parser.helpText().section(QLatin1Char('\n'), 2);
            out().flush();
            return Ok;
        }
        const QStringList positional = parser.positionalArguments();
        const QStringList expected = QString::fromLatin1(c.arguments).split(QLatin1Char(' '));
        qsizetype required = 0;
        for (const QString &e : expected)
            required += e.startsWith(QLatin1Char('[')) ? 0 : 1;
        if (positional.size() < required || positional.size() > expected.size())
            return usageError(Cli::tr("%1 expects %2").arg(QLatin1String(c.name), QLatin1String(c.arguments)),
                              c.name);
        return c.run(parser, positional);
    }
    return usageError(Cli::tr("unknown command \"%1\"").arg(first), "");
}

} // namespace candor::cli
