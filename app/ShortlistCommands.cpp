// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ShortlistCommands.h"

#include "CliSupport.h"
#include "core/SafeText.h"
#include "core/SystemUser.h"
#include "workbench/Workbench.h"

namespace candor::cli {

namespace {

std::optional<DecisionKind> decisionOption(const QString &text)
{
    const QString key = text.trimmed().toLower();
    // The verb a user types, or the stored word.
    const std::pair<const char *, DecisionKind> verbs[] = {{"shortlist", DecisionKind::Shortlisted},
                                                           {"approve", DecisionKind::Approved},
                                                           {"reject", DecisionKind::Rejected},
                                                           {"remove", DecisionKind::Removed}};
    for (const auto &[verb, kind] : verbs) {
        if (key == QLatin1String(verb))
            return kind;
    }
    return decisionFromKey(key);
}

} // namespace

void addDecideOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("decision"), Cli::tr("shortlist, approve, reject or remove."), QStringLiteral("D")});
    parser.addOption({QStringLiteral("reason"),
                      Cli::tr("Why (required; a decision against the ranking needs a justification)."),
                      QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("by"), Cli::tr("Who decides (default: your user name)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("platform"), Cli::tr("Platform of HANDLE when it is on several."),
                      QStringLiteral("P")});
    addCampaignOption(parser);
}

int commandDecide(QCommandLineParser &parser, const QStringList &positional)
{
    constexpr const char *command = "decide";
    const auto kind = decisionOption(parser.value(QStringLiteral("decision")));
    if (!kind)
        return usageError(Cli::tr("--decision must be shortlist, approve, reject or remove"), command);
    std::optional<Platform> platform;
    if (const auto failed = platformOption(parser, command, platform))
        return *failed;
    std::unique_ptr<Workbench> workbench;
    if (const auto failed = openWorkbenchOnCampaign(parser, positional.at(0), workbench))
        return *failed;
    Workbench &w = *workbench;
    w.setUserName(parser.isSet(QStringLiteral("by")) ? parser.value(QStringLiteral("by")) : systemUserName());
    const QList<int> found = w.pool().indicesOfHandle(positional.at(1), platform);
    if (found.isEmpty())
        return reportDataError(noCandidate(w.project(), positional.at(1), platform));
    if (found.size() > 1)
        return usageError(
            Cli::tr("@%1 is on several platforms: add --platform").arg(normalizedHandle(positional.at(1))),
            command);
    const int candidate = found.constFirst();
    const QString reason = parser.value(QStringLiteral("reason")).trimmed();
    if (auto ok = w.checkDecision(candidate, *kind, reason); !ok)
        return usageError(ok.error().message, command);
    const bool isOverride = w.wouldOverride(candidate, *kind);
    const auto filteredBy = w.pool().filteredOutBy(candidate);
    auto decided = w.decide(candidate, *kind, reason);
    if (!decided)
        return reportDataError(decided.error());
    const QString place =
        filteredBy ? Cli::tr("not ranked: %1").arg(*filteredBy) : Cli::tr("rank %1").arg(w.rankOf(candidate));
    out() << Cli::tr("%1 @%2 in campaign \"%3\" (%4), by %5.")
                 .arg(decisionLabel(*kind), printable(w.pool().handle(candidate)),
                      printable(w.campaign().name), place, printable(w.userName()));
    if (isOverride)
        out() << Cli::tr(" It goes against the ranking: recorded as an override with your justification.");
    out() << '\n';
    out().flush();
    return Ok;
}

void addApproveOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("by"), Cli::tr("The name of the person who approves (required)."),
                      QStringLiteral("NAME")});
    addCampaignOption(parser);
}

int commandApprove(QCommandLineParser &parser, const QStringList &positional)
{
    constexpr const char *command = "approve";
    const QString name = parser.value(QStringLiteral("by")).trimmed();
    if (name.isEmpty())
        return usageError(Cli::tr("approve needs --by NAME: a shortlist is approved by a named person"),
                          command);
    std::unique_ptr<Workbench> workbench;
    if (const auto failed = openWorkbenchOnCampaign(parser, positional.at(0), workbench))
        return *failed;
    Workbench &w = *workbench;
    if (auto approved = w.approveShortlist(name); !approved)
        return reportDataError(approved.error());
    auto approval = w.approval();
    if (!approval)
        return reportDataError(approval.error());
    out() << Cli::tr("The shortlist of campaign \"%1\" was approved by %2 at %3, under %4 version %5%6. A "
                     "later decision "
                     "on it withdraws the approval.")
                 .arg(printable(w.campaign().name), printable(approval->by), approval->at,
                      printable(w.model().name), QString::number(w.model().version),
                      w.hasUnsavedWeights() ? Cli::tr(" with unsaved weights") : QString())
          << '\n';
    out().flush();
    return Ok;
}

} // namespace candor::cli
