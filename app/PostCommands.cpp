// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PostCommands.h"

#include "CliSupport.h"
#include "compliance/BrandSafety.h"
#include "compliance/DisclosureCheck.h"
#include "core/SafeText.h"
#include "core/SystemUser.h"
#include "import/CommentImporter.h"
#include "import/FollowerSampleImporter.h"
#include "import/HistoryImporter.h"
#include "import/PostImporter.h"
#include "storage/AccountLookup.h"
#include "storage/CommentStore.h"
#include "storage/FollowerSampleStore.h"
#include "storage/HistoryStore.h"
#include "storage/PostStore.h"
#include "storage/ScoringStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QSet>

namespace candor::cli {
namespace {

using compliance::Finding;
using compliance::Verdict;

struct CreatorRecord
{
    QString handle;
    Platform platform = Platform::Instagram;
    int sponsored = 0;
    int compliant = 0;
    int warnings = 0;
    int violations = 0;
    QList<std::pair<PostStore::StoredPost, Finding>> findings; // disclosure and AI findings, newest post first
};

QJsonObject findingJson(const PostStore::StoredPost &stored, const Finding &f)
{
    QJsonObject o{{QStringLiteral("published_at"), stored.post.publishedAt.toString(Qt::ISODate)},
                  {QStringLiteral("permalink"), stored.post.permalink},
                  {QStringLiteral("verdict"), compliance::verdictKey(f.verdict)},
                  {QStringLiteral("rule"), f.rule},
                  {QStringLiteral("sentence"), f.sentence},
                  {QStringLiteral("source"), f.source}};
    if (f.label) {
        o.insert(QStringLiteral("label"), f.label->text);
        o.insert(QStringLiteral("position"), static_cast<int>(f.label->position + 1));
        o.insert(QStringLiteral("in_title"), f.label->inTitle);
    }
    return o;
}

} // namespace

void addEvidenceImportOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("platform"),
                      Cli::tr("Platform of the accounts when the file has no "
                              "platform column: instagram, tiktok, youtube."),
                      QStringLiteral("P")});
    parser.addOption({QStringLiteral("handle"),
                      Cli::tr("Whose data this is, for an export of one account (as the APIs give them)."),
                      QStringLiteral("HANDLE")});
}

void addCommentImportOptions(QCommandLineParser &parser)
{
    addEvidenceImportOptions(parser);
    parser.addOption(
        {QStringLiteral("post"),
         Cli::tr("The link of the post the comments are under, for a file of one post's comments "
                 "(as the Instagram Graph API gives them)."),
         QStringLiteral("LINK")});
}

int commandImportPosts(QCommandLineParser &parser, const QStringList &positional)
{
    constexpr const char *command = "import-posts";
    if (positional.size() != 2)
        return usageError(Cli::tr("import-posts needs a project file and a data file"), command);
    PostImportOptions options;
    if (const auto failed = platformOption(parser, command, options.platform))
        return *failed;
    options.handle = parser.value(QStringLiteral("handle"));
    options.importedBy = systemUserName();
    int exitCode = Ok;
    auto project = openProject(positional.at(0), exitCode);
    if (!project)
        return exitCode;
    auto prepared = PostImporter::prepare(positional.at(1), options);
    if (!prepared)
        return reportDataError(prepared.error());
    const auto counts = PostStore(*project).importPosts(*prepared);
    return finishImport(Cli::tr("posts"), positional.at(1), *project, counts, prepared->recordsRead,
                        prepared->batch.notices, prepared->issues);
}

namespace {

// An import of evidence read row by row, each row naming its account (a handle column or --handle): the follower
// history and the comments. `prepare` reads the file, `store` writes what it read.
template <typename Prepare, typename Store>
int importRowsOfAccounts(QCommandLineParser &parser, const QStringList &positional, const char *command,
                         const QString &what, Prepare prepare, Store store)
{
    if (positional.size() != 2)
        return usageError(Cli::tr("%1 needs a project file and a data file").arg(QLatin1String(command)),
                          command);
    std::optional<Platform> platform;
    if (const auto failed = platformOption(parser, command, platform))
        return *failed;
    int exitCode = Ok;
    auto project = openProject(positional.at(0), exitCode);
    if (!project)
        return exitCode;
    auto prepared = prepare(positional.at(1), parser.value(QStringLiteral("handle")), platform, systemUserName());
    if (!prepared)
        return reportDataError(prepared.error());
    const auto counts = store(*project, *prepared);
    return finishImport(what, positional.at(1), *project, counts, prepared->recordsRead, prepared->batch.notices,
                        prepared->issues);
}

} // namespace

int commandImportHistory(QCommandLineParser &parser, const QStringList &positional)
{
    return importRowsOfAccounts(parser, positional, "import-history", Cli::tr("follower history"),
                                &HistoryImporter::prepare,
                                [](const ProjectFile &project, PreparedHistoryImport &p) {
                                    return HistoryStore(project).importHistory(p);
                                });
}

int commandImportComments(QCommandLineParser &parser, const QStringList &positional)
{
    const QString post = parser.value(QStringLiteral("post"));
    return importRowsOfAccounts(
        parser, positional, "import-comments", QStringLiteral("comments"),
        [&post](const QString &path, const QString &handle, std::optional<Platform> platform, const QString &user) {
            return CommentImporter::prepare(path, CommentImportOptions{handle, platform, post, user});
        },
        [](const ProjectFile &project, PreparedCommentImport &p) { return CommentStore(project).importComments(p); });
}

int commandImportFollowers(QCommandLineParser &parser, const QStringList &positional)
{
    constexpr const char *command = "import-followers";
    if (positional.size() != 2)
        return usageError(Cli::tr("import-followers needs a project file and a follower sample"), command);
    const QString handle = parser.value(QStringLiteral("handle"));
    if (handle.isEmpty())
        return usageError(Cli::tr("import-followers needs --handle: whose followers the sample shows"),
                          command);
    ProjectAccount opened;
    if (const auto failed = openAccount(parser, command, positional.at(0), handle, opened))
        return *failed;
    auto sample = FollowerSampleImporter::read(positional.at(1));
    if (!sample)
        return reportDataError(sample.error());
    sample->batch.importedBy = systemUserName();
    const auto counts = FollowerSampleStore(*opened.project).importSample(*sample, opened.account.accountId);
    return finishImport(Cli::tr("follower sample"), positional.at(1), *opened.project, counts,
                        sample->recordsRead, sample->batch.notices, sample->issues);
}

namespace {

// The options of the reports on posts: HANDLE's platform and the format.
void addPostReportOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("platform"), Cli::tr("Platform of HANDLE when it is on several."),
                      QStringLiteral("P")});
    parser.addOption({QStringLiteral("format"), Cli::tr("text (default) or json."), QStringLiteral("F")});
}

} // namespace

void addDisclosureOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("markets"),
         Cli::tr("Whose rules decide where they differ, e.g. US or UK,DE (default: the strictest "
                 "of all)."),
         QStringLiteral("LIST")});
    addPostReportOptions(parser);
}

namespace {

// What the reports on posts (disclosure, brand safety) start from: FILE [HANDLE], --format text|json, --platform.
struct PostReport
{
    QString format;
    std::unique_ptr<ProjectFile> project;
    QList<PostStore::StoredPost> posts;
};

std::optional<int> openPostReport(QCommandLineParser &parser, const QStringList &positional, const char *command,
                                  PostReport &report)
{
    if (positional.isEmpty() || positional.size() > 2)
        return usageError(
            Cli::tr("%1 needs a project file and, optionally, a handle").arg(QLatin1String(command)),
            command);
    const auto format = chosenFormat(parser, {QStringLiteral("text"), QStringLiteral("json")});
    if (!format)
        return usageError(Cli::tr("--format must be text or json"), command);
    report.format = *format;
    std::optional<Platform> platform;
    if (const auto failed = platformOption(parser, command, platform))
        return *failed;
    int exitCode = Ok;
    report.project = openProject(positional.at(0), exitCode);
    if (!report.project)
        return exitCode;
    auto posts = PostStore(*report.project).posts(positional.value(1), platform);
    if (!posts)
        return reportDataError(posts.error());
    report.posts = std::move(*posts);
    return std::nullopt;
}

} // namespace

int commandDisclosure(QCommandLineParser &parser, const QStringList &positional)
{
    PostReport report;
    if (const auto failed = openPostReport(parser, positional, "disclosure", report))
        return *failed;

    compliance::DisclosureRules rules = compliance::DisclosureRules::builtIn();
    for (const QString &market : parser.value(QStringLiteral("markets")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        rules.markets << market.trimmed().toUpper();
    const compliance::DisclosureChecker checker(rules);
    QMap<qint64, CreatorRecord> records;
    for (const PostStore::StoredPost &stored : std::as_const(report.posts)) {
        CreatorRecord &r = records[stored.accountId];
        r.handle = stored.handle;
        r.platform = stored.post.platform;
        if (const auto finding = checker.checkDisclosure(stored.post)) {
            ++r.sponsored;
            ++(finding->verdict == Verdict::Compliant ? r.compliant
               : finding->verdict == Verdict::Warning ? r.warnings
                                                      : r.violations);
            r.findings << std::pair{stored, *finding};
        }
        if (const auto ai = checker.checkAiLabel(stored.post))
            r.findings << std::pair{stored, *ai};
    }

    if (report.format == QLatin1String("json")) {
        QJsonArray creators;
        for (const CreatorRecord &r : std::as_const(records)) {
            QJsonArray findings;
            for (const auto &[stored, finding] : r.findings)
                findings.append(findingJson(stored, finding));
            creators.append(QJsonObject{
                {QStringLiteral("handle"), r.handle},
                {QStringLiteral("platform"), platformId(r.platform)},
                {QStringLiteral("sponsored_posts"), r.sponsored},
                {QStringLiteral("compliant"), r.compliant},
                {QStringLiteral("warnings"), r.warnings},
                {QStringLiteral("violations"), r.violations},
                {QStringLiteral("disclosure_record"),
                 r.sponsored > 0 ? QJsonValue(static_cast<double>(r.compliant) / r.sponsored) : QJsonValue()},
                {QStringLiteral("findings"), findings}});
        }
        out() << QJsonDocument(QJsonObject{{QStringLiteral("markets"), QJsonArray::fromStringList(rules.markets)},
                                           {QStringLiteral("creators"), creators}})
                     .toJson(QJsonDocument::Indented);
        out().flush();
        return Ok;
    }
    out() << (rules.markets.isEmpty()
                  ? Cli::tr("Disclosure of sponsored posts in %1 (the strictest rule of every market where "
                            "they differ; "
                            "docs/disclosure.md)")
                        .arg(report.project->fileName())
                  : Cli::tr("Disclosure of sponsored posts in %1 (the rules of %2 where they differ; "
                            "docs/disclosure.md)")
                        .arg(report.project->fileName(), rules.markets.join(QStringLiteral(", "))))
          << '\n';
    if (records.isEmpty())
        out() << Cli::tr("No posts imported yet: candor import-posts FILE.candor POSTS.csv") << '\n';
    const QLocale locale;
    for (const CreatorRecord &r : std::as_const(records)) {
        out() << "\n@" << printable(r.handle) << " (" << platformDisplayName(r.platform)
              << "): " << Cli::tr("%n sponsored post(s)", nullptr, r.sponsored);
        if (r.sponsored > 0)
            out() << ", "
                  << Cli::tr("%1 compliant (%2 %), %3 with a warning, %4 violations")
                         .arg(QString::number(r.compliant),
                              locale.toString(100.0 * r.compliant / r.sponsored, 'f', 0),
                              QString::number(r.warnings), QString::number(r.violations));
        out() << '\n';
        for (const auto &[stored, finding] : r.findings)
            out() << "  " << stored.post.publishedAt.date().toString(Qt::ISODate) << "  "
                  << compliance::verdictKey(finding.verdict).leftJustified(9) << " [" << finding.rule << "] "
                  << printable(finding.sentence) << (stored.post.permalink.isEmpty() ? QString()
                                                     : QStringLiteral(" ") + printable(stored.post.permalink))
                  << '\n';
    }
    out().flush();
    return Ok;
}

void addBrandSafetyOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("campaign"),
                      Cli::tr("Also match this campaign's excluded topics (name or id; default: the first "
                              "campaign, if any)."),
                      QStringLiteral("C")});
    addPostReportOptions(parser);
}

int commandBrandSafety(QCommandLineParser &parser, const QStringList &positional)
{
    PostReport report;
    if (const auto failed = openPostReport(parser, positional, "brand-safety", report))
        return *failed;
    // The campaign's excluded topics count too; a project without campaigns is judged on the categories alone.
    QString campaignName;
    QStringList excluded;
    const QString wanted = parser.value(QStringLiteral("campaign"));
    if (auto inputs = ScoringStore(*report.project).inputs(wanted)) {
        campaignName = inputs->campaign.name;
        excluded = inputs->campaign.excludedTopics;
    } else if (!wanted.isEmpty()) {
        return reportDataError(inputs.error());
    }
    struct AccountHits
    {
        QString handle;
        Platform platform = Platform::Instagram;
        QList<PostStore::StoredPost> posts;
    };
    QMap<qint64, AccountHits> accounts; // in account order, posts newest first
    for (const PostStore::StoredPost &stored : std::as_const(report.posts)) {
        AccountHits &a = accounts[stored.accountId];
        a.handle = stored.handle;
        a.platform = stored.post.platform;
        a.posts << stored;
    }
    const compliance::ContentMatcher matcher;
    const bool json = report.format == QLatin1String("json");
    QJsonArray creators;
    if (!json) {
        const QString topics =
            campaignName.isEmpty()
                ? QString()
                : Cli::tr("; topics campaign \"%1\" excludes: %2")
                      .arg(printable(campaignName), excluded.isEmpty()
                                                        ? Cli::tr("none")
                                                        : printable(excluded.join(QStringLiteral(", "))));
        out() << Cli::tr("Brand safety of posts in %1 (%2%3; docs/brand-safety.md)")
                     .arg(report.project->fileName(), matcher.list().source, topics)
              << '\n';
        if (accounts.isEmpty())
            out() << Cli::tr("No posts imported yet: candor import-posts FILE.candor POSTS.csv") << '\n';
    }
    const bool oneAccount = !positional.value(1).isEmpty();
    int flaggedAccounts = 0;
    for (const AccountHits &a : std::as_const(accounts)) {
        QList<Post> posts;
        for (const PostStore::StoredPost &stored : a.posts)
            posts << stored.post;
        const QList<compliance::ContentHit> hits =
            matcher.postHits(compliance::ContentMatcher::normalizedPosts(posts), excluded);
        QSet<int> withHits;
        for (const compliance::ContentHit &hit : hits)
            withHits.insert(hit.post);
        if (json) {
            QJsonArray list;
            for (const compliance::ContentHit &hit : hits) {
                const Post &p = posts.at(hit.post);
                list.append(QJsonObject{{QStringLiteral("published_at"), p.publishedAt.toString(Qt::ISODate)},
                                        {QStringLiteral("permalink"), p.permalink},
                                        {QStringLiteral("category"), hit.category},
                                        {QStringLiteral("words"), QJsonArray::fromStringList(hit.words)}});
            }
            creators.append(QJsonObject{{QStringLiteral("handle"), a.handle},
                                        {QStringLiteral("platform"), platformId(a.platform)},
                                        {QStringLiteral("posts"), static_cast<int>(posts.size())},
                                        {QStringLiteral("posts_with_hits"), static_cast<int>(withHits.size())},
                                        {QStringLiteral("hits"), list}});
            continue;
        }
        flaggedAccounts += withHits.isEmpty() ? 0 : 1;
        if (withHits.isEmpty() && !oneAccount)
            continue; // the whole project: only the accounts with something to look at
        out() << "\n@" << printable(a.handle) << " (" << platformDisplayName(a.platform) << "): "
              << Cli::tr("%1 of %n post(s) with a brand-safety word or an excluded topic", nullptr,
                         static_cast<int>(posts.size()))
                     .arg(withHits.size())
              << '\n';
        for (const compliance::ContentHit &hit : hits) {
            const Post &p = posts.at(hit.post);
            out() << "  " << p.publishedAt.date().toString(Qt::ISODate) << QStringLiteral("  “")
                  << printable(hit.words.join(QStringLiteral("”, “"))) << QStringLiteral("”: ") << printable(hit.category)
                  << (p.permalink.isEmpty() ? QString() : QStringLiteral("  ") + printable(p.permalink)) << '\n';
        }
    }
    if (!json && !oneAccount && !accounts.isEmpty())
        out()
            << '\n'
            << Cli::tr(
                   "%1 of %n account(s) with posts have a brand-safety word or an excluded topic in a post.",
                   nullptr, static_cast<int>(accounts.size()))
                   .arg(flaggedAccounts)
            << '\n';
    if (json)
        out() << QJsonDocument(QJsonObject{{QStringLiteral("source"), matcher.list().source},
                                           {QStringLiteral("campaign"), campaignName},
                                           {QStringLiteral("excluded_topics"), QJsonArray::fromStringList(excluded)},
                                           {QStringLiteral("creators"), creators}})
                     .toJson(QJsonDocument::Indented);
    out().flush();
    return Ok;
}

} // namespace candor::cli
