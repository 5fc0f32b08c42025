// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CreatorCommand.h"

#include "CliSupport.h"
#include "core/SafeText.h"
#include "core/SystemUser.h"
#include "import/ValueParser.h"
#include "storage/AccountLookup.h"
#include "storage/CreatorStore.h"
#include "storage/ScoringStore.h"

#include <cmath>

namespace candor::cli {
namespace {

constexpr const char *kCommand = "creator";

// Figure options: option name, and where the value goes.
struct FigureOption
{
    const char *option;
    const char *help; // English; shown in the user's language
    std::optional<double> AccountMetrics::*value;
    std::optional<qint64> AccountMetrics::*count;
};

constexpr FigureOption kFigures[] = {
    {"followers", QT_TRANSLATE_NOOP("Cli", "Followers (477.9M, 12.5K and 1,234 are understood)."), nullptr,
     &AccountMetrics::followers},
    {"following", QT_TRANSLATE_NOOP("Cli", "Accounts it follows."), nullptr, &AccountMetrics::following},
    {"posts", QT_TRANSLATE_NOOP("Cli", "Number of posts."), nullptr, &AccountMetrics::posts},
    {"likes", QT_TRANSLATE_NOOP("Cli", "Average likes per post."), &AccountMetrics::averageLikes, nullptr},
    {"comments", QT_TRANSLATE_NOOP("Cli", "Average comments per post."), &AccountMetrics::averageComments,
     nullptr},
    {"views", QT_TRANSLATE_NOOP("Cli", "Average views per post."), &AccountMetrics::averageViews, nullptr},
    {"engagement-rate", QT_TRANSLATE_NOOP("Cli", "Engagement rate, e.g. 3.4%."),
     &AccountMetrics::engagementRate, nullptr},
    {"engagement", QT_TRANSLATE_NOOP("Cli", "Average engagement (likes + comments) per post."),
     &AccountMetrics::averageEngagement, nullptr},
    {"authentic-engagement", QT_TRANSLATE_NOOP("Cli", "Engagement from real accounts, per post."),
     &AccountMetrics::authenticEngagement, nullptr},
};

// "instagram:jane" or "jane" with --platform.
std::pair<QString, std::optional<Platform>> accountArgument(const QString &text, std::optional<Platform> platform)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon > 0) {
        if (const auto named = platformFromText(text.left(colon)))
            return {text.mid(colon + 1), named};
    }
    return {text, platform};
}

// The entry from the options over `base`; a problem sentence when an option is no number.
QString applyOptions(QCommandLineParser &parser, AccountEntry &entry)
{
    const NumberFormat numbers;
    if (parser.isSet(QStringLiteral("name")))
        entry.displayName = parser.value(QStringLiteral("name"));
    for (const FigureOption &f : kFigures) {
        const QString name = QString::fromLatin1(f.option);
        if (!parser.isSet(name))
            continue;
        const ParsedNumber parsed = parseNumber(parser.value(name), numbers);
        if (parsed.kind == ParsedNumber::Kind::Missing) {
            if (f.value)
                (entry.metrics.*(f.value)).reset();
            else
                (entry.metrics.*(f.count)).reset();
            continue;
        }
        if (parsed.kind != ParsedNumber::Kind::Value)
            return Cli::tr("--%1: \"%2\" is not a number").arg(name, parser.value(name));
        if (f.value)
            entry.metrics.*(f.value) = parsed.value;
        else
            entry.metrics.*(f.count) = std::llround(parsed.value);
    }
    if (parser.isSet(QStringLiteral("categories"))) {
        entry.categories.clear();
        for (const QString &c : parser.value(QStringLiteral("categories")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            entry.categories << c.trimmed();
    }
    if (parser.isSet(QStringLiteral("country")))
        entry.topAudienceCountry = parser.value(QStringLiteral("country"));
    return {};
}

} // namespace

void addCreatorCommandOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("platform"), Cli::tr("instagram, tiktok or youtube."), QStringLiteral("P")});
    p.addOption({QStringLiteral("name"), Cli::tr("The creator's name."), QStringLiteral("NAME")});
    for (const FigureOption &f : kFigures)
        p.addOption({QString::fromLatin1(f.option), Cli::tr(f.help), QStringLiteral("N")});
    p.addOption(
        {QStringLiteral("categories"), Cli::tr("Categories, comma-separated."), QStringLiteral("LIST")});
    p.addOption({QStringLiteral("country"), Cli::tr("Leading audience country (name or ISO code)."),
                 QStringLiteral("C")});
}

int commandCreator(QCommandLineParser &parser, const QStringList &positional)
{
    const QString action = positional.value(0);
    const QStringList actions{QStringLiteral("add"), QStringLiteral("edit"), QStringLiteral("remove"),
                              QStringLiteral("merge")};
    if (!actions.contains(action))
        return usageError(
            Cli::tr("creator needs one of %1, not \"%2\"").arg(actions.join(QStringLiteral("|")), action),
            kCommand);
    std::optional<Platform> platform;
    if (parser.isSet(QStringLiteral("platform"))) {
        platform = platformFromText(parser.value(QStringLiteral("platform")));
        if (!platform)
            return usageError(
                Cli::tr("--platform is one of %1").arg(platformIds().join(QStringLiteral(", "))), kCommand);
    }
    const int handles = action == QLatin1String("merge") ? 2 : 1;
    if (positional.size() != 2 + handles)
        return usageError(
            action == QLatin1String("merge")
                ? Cli::tr("creator merge expects FILE.candor KEPT MERGED (platform:handle each)")
                : Cli::tr("creator %1 expects FILE.candor HANDLE").arg(action),
            kCommand);
    int exitCode = Ok;
    auto project = openProject(positional.at(1), exitCode);
    if (!project)
        return exitCode;
    const CreatorStore store(*project);
    const QString user = systemUserName();

    if (action == QLatin1String("add")) {
        if (!platform)
            return usageError(Cli::tr("creator add needs --platform"), kCommand);
        AccountEntry entry;
        entry.platform = *platform;
        entry.handle = positional.at(2);
        if (const QString problem = applyOptions(parser, entry); !problem.isEmpty())
            return usageError(problem, kCommand);
        auto account = store.add(entry, user);
        if (!account)
            return reportDataError(account.error());
        out() << Cli::tr("Added @%1 on %2 (entered by %3)")
                     .arg(printable(normalizedHandle(entry.handle)), platformDisplayName(entry.platform),
                          user)
              << '\n';
        out().flush();
        return Ok;
    }

    auto lookup = AccountLookup::prepare(*project);
    if (!lookup)
        return reportDataError(lookup.error());
    QList<AccountLookup::Found> found;
    for (int i = 0; i < handles; ++i) {
        const auto [handle, onPlatform] = accountArgument(positional.at(2 + i), platform);
        auto account = lookup->find(handle, onPlatform);
        if (!account)
            return reportDataError(account.error());
        found << *account;
    }
    if (action == QLatin1String("edit")) {
        // The current figures, with the options over them.
        auto candidates = ScoringStore(*project).candidates();
        if (!candidates)
            return reportDataError(candidates.error());
        AccountEntry entry;
        for (const scoring::Candidate &c : std::as_const(*candidates)) {
            if (c.account.id == found.constFirst().accountId)
                entry = AccountEntry{c.account.displayName, c.account.platform, c.account.handle, c.account.metrics,
                                     c.account.categories, c.account.topAudienceCountry};
        }
        if (const QString problem = applyOptions(parser, entry); !problem.isEmpty())
            return usageError(problem, kCommand);
        if (auto entered = store.enterFigures(found.constFirst().accountId, entry, user); !entered)
            return reportDataError(entered.error());
        out() << Cli::tr("New figures for @%1 (a snapshot entered by %2)").arg(printable(entry.handle), user)
              << '\n';
    } else if (action == QLatin1String("remove")) {
        if (auto removed = store.remove(found.constFirst().creatorId, systemUserName()); !removed)
            return reportDataError(removed.error());
        out() << Cli::tr("Removed the creator of @%1 with every account, figure, audience, attribute, "
                         "decision and note")
                     .arg(printable(positional.at(2)))
              << '\n';
    } else {
        if (auto merged = store.merge(found.at(0).creatorId, found.at(1).creatorId, systemUserName()); !merged)
            return reportDataError(merged.error());
        out() << Cli::tr("Merged: %1 now belongs to the creator of %2")
                     .arg(printable(positional.at(3)), printable(positional.at(2)))
              << '\n';
    }
    out().flush();
    return Ok;
}

} // namespace candor::cli
