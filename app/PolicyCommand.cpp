// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PolicyCommand.h"

#include "CliSupport.h"
#include "CommandLine.h"
#include "core/SafeText.h"
#include "core/SystemUser.h"
#include "workbench/ShortlistCheck.h"
#include "workbench/Workbench.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace candor::cli {

namespace {

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject findingJson(const policy::Finding &f)
{
    QJsonObject o{{QStringLiteral("rule"), f.ruleId},
                  {QStringLiteral("severity"), policy::severityKey(f.severity)},
                  {QStringLiteral("subject"), f.subject},
                  {QStringLiteral("subject_key"), f.subjectKey},
                  {QStringLiteral("finding"), f.sentence},
                  {QStringLiteral("evidence"), f.evidence},
                  {QStringLiteral("share"), optionalNumber(f.share)},
                  {QStringLiteral("confidence"), optionalNumber(f.confidence)},
                  {QStringLiteral("open"), f.isOpen()}};
    if (f.resolution)
        o.insert(QStringLiteral("resolution"),
                 QJsonObject{{QStringLiteral("kind"), policy::resolutionKindKey(f.resolution->kind)},
                             {QStringLiteral("reason"), f.resolution->reason},
                             {QStringLiteral("by"), f.resolution->by},
                             {QStringLiteral("at"), f.resolution->at}});
    return o;
}

// "--set RULE.PARAM=VALUE": a number, true/false, or text.
std::optional<QString> setParameter(policy::Policy &rules, const QString &assignment)
{
    const qsizetype dot = assignment.indexOf(QLatin1Char('.'));
    const qsizetype equals = assignment.indexOf(QLatin1Char('='));
    if (dot <= 0 || equals <= dot + 1)
        return Cli::tr("--set takes RULE.PARAMETER=VALUE, not \"%1\"").arg(assignment);
    const QString ruleId = assignment.left(dot);
    const QString parameter = assignment.mid(dot + 1, equals - dot - 1);
    const QString text = assignment.mid(equals + 1);
    for (policy::Rule &rule : rules.rules) {
        if (rule.id != ruleId)
            continue;
        if (!rule.parameters.contains(parameter))
            return Cli::tr("rule %1 has no parameter \"%2\" (it has: %3)")
                .arg(ruleId, parameter, rule.parameters.keys().join(QStringLiteral(", ")));
        bool isNumber = false;
        const double number = text.toDouble(&isNumber);
        rule.parameters.insert(parameter, isNumber ? QJsonValue(number) : QJsonValue(text));
        return std::nullopt;
    }
    return Cli::tr("the policy has no rule \"%1\"").arg(ruleId);
}

// --today (default today) and the campaign's workbench: what check and resolve start with.
std::optional<int> openForCheck(QCommandLineParser &parser, const QString &path, const char *command, QDate &today,
                                std::unique_ptr<Workbench> &workbench)
{
    std::optional<int> failed;
    today = dateOption(parser, "today", command, failed).value_or(QDate::currentDate());
    if (failed)
        return failed;
    return openWorkbenchOnCampaign(parser, path, workbench);
}

} // namespace

void addCheckOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("format"), Cli::tr("text (default) or json."), QStringLiteral("F")});
    parser.addOption({QStringLiteral("today"),
                      Cli::tr("Check as on this day (default: today): the last N months and retention count "
                              "back from it."),
                      QStringLiteral("DATE")});
    addCampaignOption(parser);
}

int commandCheck(QCommandLineParser &parser, const QStringList &positional)
{
    constexpr const char *command = "check";
    const auto format = chosenFormat(parser, {QStringLiteral("text"), QStringLiteral("json")});
    if (!format)
        return usageError(Cli::tr("--format must be text or json"), command);
    QDate today;
    std::unique_ptr<Workbench> workbench;
    if (const auto failed = openForCheck(parser, positional.at(0), command, today, workbench))
        return *failed;
    const Workbench &w = *workbench;
    auto rules = w.policy();
    if (!rules)
        return reportDataError(rules.error());
    // One read of the facts serves the findings and what changed since approval.
    auto facts = gatherFacts(w, *rules, today);
    if (!facts)
        return reportDataError(facts.error());
    const QList<policy::Finding> findings = judge(w, *rules, *facts);
    const QStringList changes = changesSinceApproval(*facts);
    auto approval = w.approval();
    if (!approval)
        return reportDataError(approval.error());
    const auto blocking = std::count_if(findings.cbegin(), findings.cend(), [](const policy::Finding &f) { return f.blocks(); });
    const auto open = std::count_if(findings.cbegin(), findings.cend(), [](const policy::Finding &f) { return f.isOpen(); });
    const Campaign &campaign = w.campaign();
    if (*format == QLatin1String("json")) {
        QJsonArray list;
        for (const policy::Finding &f : std::as_const(findings))
            list.append(findingJson(f));
        out() << QJsonDocument(QJsonObject{{QStringLiteral("campaign"), campaign.name},
                                           {QStringLiteral("product_category"), campaign.productCategory},
                                           {QStringLiteral("today"), today.toString(Qt::ISODate)},
                                           {QStringLiteral("open"), static_cast<int>(open)},
                                           {QStringLiteral("blocking"), static_cast<int>(blocking)},
                                           {QStringLiteral("findings"), list},
                                           {QStringLiteral("approved_by"), approval->by},
                                           {QStringLiteral("changes_since_approval"), QJsonArray::fromStringList(changes)}})
                     .toJson(QJsonDocument::Indented);
    } else {
        QStringList counts{Cli::tr("%n open finding(s)", nullptr, static_cast<int>(open)),
                           Cli::tr("%n blocking", nullptr, static_cast<int>(blocking))};
        if (open < findings.size())
            counts << Cli::tr("%n resolved", nullptr, static_cast<int>(findings.size() - open));
        out() << Cli::tr("Ethics policy against the shortlist of \"%1\"%2: %3.")
                     .arg(printable(campaign.name),
                          campaign.productCategory.isEmpty()
                              ? QString()
                              : QStringLiteral(" (%1)").arg(campaign.productCategory),
                          counts.join(QStringLiteral(", ")))
              << '\n';
        for (const policy::Finding &f : std::as_const(findings)) {
            const QString tag = f.isOpen() ? policy::severityKey(f.severity).toUpper() : QStringLiteral("OK");
            out() << "  " << tag.leftJustified(6) << printable(f.subject) << " · " << policy::ruleLabel(f.ruleId) << ": "
                  << printable(f.sentence) << '\n';
            if (f.resolution)
                out() << "         "
                      << (f.resolution->kind == policy::ResolutionKind::Acknowledge
                              ? Cli::tr("acknowledged by %1 at %2: %3")
                              : Cli::tr("overridden by %1 at %2: %3"))
                             .arg(printable(f.resolution->by), f.resolution->at,
                                  printable(f.resolution->reason))
                      << '\n';
        }
        if (approval->isApproved()) {
            out() << (changes.isEmpty()
                          ? Cli::tr("Approved by %1 at %2; since then: nothing the policy looks at changed.")
                          : Cli::tr("Approved by %1 at %2; since then:"))
                         .arg(printable(approval->by), approval->at)
                  << '\n';
            for (const QString &c : std::as_const(changes))
                out() << "  " << printable(c) << '\n';
        }
    }
    out().flush();
    return blocking > 0 ? PolicyBlocked : Ok;
}

std::optional<int> printApprovalRechecks(const QString &path)
{
    auto workbench = Workbench::open(path, nullptr, Workbench::Stability::Off);
    if (!workbench)
        return reportOpenError(workbench.error());
    auto rechecks = recheckApprovedShortlists(**workbench, QDate::currentDate());
    if (!rechecks)
        return reportDataError(rechecks.error());
    for (const ApprovalRecheck &r : std::as_const(*rechecks)) {
        out() << (r.changes.isEmpty()
                      ? Cli::tr("Approved shortlist of \"%1\" (by %2 at %3) checked again: nothing the "
                                "ethics policy "
                                "looks at changed.")
                      : Cli::tr("Approved shortlist of \"%1\" (by %2 at %3) checked again: since approval,"))
                     .arg(printable(r.campaign), printable(r.approvedBy), r.approvedAt)
              << '\n';
        for (const QString &c : r.changes)
            out() << "  " << printable(c) << '\n';
    }
    out().flush();
    return std::nullopt;
}

void addPolicyOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("from"),
                      Cli::tr("Replace the policy with this file (candor-policy/1 JSON)."),
                      QStringLiteral("POLICY.json")});
    parser.addOption({QStringLiteral("enable"), Cli::tr("Switch a rule on."), QStringLiteral("RULE")});
    parser.addOption({QStringLiteral("disable"), Cli::tr("Switch a rule off."), QStringLiteral("RULE")});
    parser.addOption({QStringLiteral("set"),
                      Cli::tr("Set a rule's parameter, e.g. disclosure_history.months=6."),
                      QStringLiteral("RULE.PARAM=VALUE")});
    parser.addOption(
        {QStringLiteral("by"), Cli::tr("Who changes it (default: your user name)."), QStringLiteral("NAME")});
}

int commandPolicy(QCommandLineParser &parser, const QStringList &positional)
{
    constexpr const char *command = "policy";
    int exitCode = Ok;
    auto project = openProject(positional.at(0), exitCode);
    if (!project)
        return exitCode;
    auto workbench = Workbench::open(positional.at(0), nullptr, Workbench::Stability::Off);
    if (!workbench)
        return reportOpenError(workbench.error());
    Workbench &w = **workbench;
    w.setUserName(parser.isSet(QStringLiteral("by")) ? parser.value(QStringLiteral("by")) : systemUserName());
    auto rules = w.policy();
    if (!rules)
        return reportDataError(rules.error());
    bool changed = false;
    if (parser.isSet(QStringLiteral("from"))) {
        const QString path = parser.value(QStringLiteral("from"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return reportDataError(Error{path, Cli::tr("cannot be read: %1").arg(file.errorString()), {}});
        auto read = policy::Policy::fromJson(file.readAll(), path);
        if (!read)
            return reportDataError(read.error());
        *rules = *read;
        changed = true;
    }
    for (const char *name : {"enable", "disable"}) {
        for (const QString &id : parser.values(QLatin1String(name))) {
            const auto rule = std::find_if(rules->rules.begin(), rules->rules.end(),
                                           [&id](const policy::Rule &r) { return r.id == id; });
            if (rule == rules->rules.end())
                return usageError(Cli::tr("the policy has no rule \"%1\"").arg(id), command);
            rule->enabled = qstrcmp(name, "enable") == 0;
            changed = true;
        }
    }
    for (const QString &assignment : parser.values(QStringLiteral("set"))) {
        if (const auto problem = setParameter(*rules, assignment))
            return usageError(*problem, command);
        changed = true;
    }
    if (changed) {
        if (auto set = w.setPolicy(*rules); !set)
            return reportDataError(set.error());
        err() << Cli::tr("The ethics policy of %1 was changed by %2 (in the audit log).")
                     .arg(positional.at(0), printable(w.userName()))
              << '\n';
        err().flush();
    }
    out() << rules->toJson();
    out().flush();
    return Ok;
}

void addResolveOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("rule"), Cli::tr("The rule of the finding, e.g. authenticity_red."),
                      QStringLiteral("RULE")});
    parser.addOption({QStringLiteral("subject"),
                      Cli::tr("Whom the finding is about: @HANDLE, or ATTRIBUTE=GROUP for a group."),
                      QStringLiteral("SUBJECT")});
    parser.addOption(
        {QStringLiteral("reason"), Cli::tr("Why it may stand (required)."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("by"), Cli::tr("Who resolves it (default: your user name)."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("today"), Cli::tr("Check as on this day (default: today)."), QStringLiteral("DATE")});
    addCampaignOption(parser);
}

int commandResolve(QCommandLineParser &parser, const QStringList &positional)
{
    constexpr const char *command = "resolve";
    const QString ruleId = parser.value(QStringLiteral("rule"));
    QString subject = parser.value(QStringLiteral("subject")).trimmed();
    const QString reason = parser.value(QStringLiteral("reason")).trimmed();
    if (ruleId.isEmpty() || subject.isEmpty() || reason.isEmpty())
        return usageError(Cli::tr("resolve needs --rule, --subject and a written --reason"), command);
    QDate today;
    std::unique_ptr<Workbench> workbench;
    if (const auto failed = openForCheck(parser, positional.at(0), command, today, workbench))
        return *failed;
    Workbench &w = *workbench;
    w.setUserName(parser.isSet(QStringLiteral("by")) ? parser.value(QStringLiteral("by")) : systemUserName());
    auto rules = w.policy();
    if (!rules)
        return reportDataError(rules.error());
    auto findings = checkShortlist(w, *rules, today);
    if (!findings)
        return reportDataError(findings.error());
    // "@x" names a creator; "gender=woman" a group, as the finding's subject says it ("gender: woman").
    const bool aboutGroup = subject.contains(QLatin1Char('='));
    const QString wanted = aboutGroup ? QString(subject).replace(QLatin1Char('='), QStringLiteral(": "))
                                      : QLatin1Char('@') + normalizedHandle(subject);
    const auto finding = std::find_if(findings->cbegin(), findings->cend(), [&](const policy::Finding &f) {
        return f.ruleId == ruleId && f.subject.compare(wanted, Qt::CaseInsensitive) == 0;
    });
    if (finding == findings->cend())
        return reportDataError(
            Error{positional.at(0),
                  Cli::tr("has no %1 finding about %2 on the shortlist of \"%3\" (candor check "
                          "lists them)")
                      .arg(ruleId, wanted, w.campaign().name),
                  {}});
    auto resolved = w.resolveFinding(*finding, reason);
    if (!resolved)
        return reportDataError(resolved.error());
    out() << (policy::resolutionKindOf(ruleId) == policy::ResolutionKind::Acknowledge
                  ? Cli::tr("The %1 finding about %2 was acknowledged by %3 (in the audit log). A later "
                            "decision on it "
                            "asks again.")
                  : Cli::tr("The %1 finding about %2 was overridden by %3 (in the audit log). A later "
                            "decision on it "
                            "asks again."))
                 .arg(ruleId, printable(finding->subject), printable(w.userName()))
          << '\n';
    out().flush();
    return Ok;
}

} // namespace candor::cli
