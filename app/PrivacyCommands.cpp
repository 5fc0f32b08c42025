// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PrivacyCommands.h"

#include "CliSupport.h"
#include "core/PrivateFile.h"
#include "core/SafeText.h"
#include "core/SystemUser.h"
#include "storage/ErasureStore.h"
#include "storage/PersonExport.h"
#include "storage/PrivacyStore.h"

#include <QFile>
#include <QJsonArray>
#include <QMap>
#include <QJsonDocument>

namespace candor::cli {

void addEraseOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("reason"),
                      Cli::tr("Why (kept in the audit log, so without the person's name), e.g. \"erasure "
                              "request of 2026-12-01, ticket 4411\"."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("platform"), Cli::tr("Platform of HANDLE when it is on several."),
                      QStringLiteral("P")});
}

int commandErase(QCommandLineParser &parser, const QStringList &positional)
{
    constexpr const char *command = "erase";
    if (positional.size() != 2)
        return usageError(Cli::tr("erase needs a project file and a handle"), command);
    const QString reason = parser.value(QStringLiteral("reason"));
    if (reason.trimmed().isEmpty())
        return usageError(Cli::tr("erase needs --reason: why, without the person's name"), command);
    ProjectAccount opened;
    if (const auto failed = openAccount(parser, command, positional.at(0), positional.at(1), opened))
        return *failed;
    const auto &project = opened.project;
    auto erased = ErasureStore(*project).erase(opened.account.creatorId, reason, systemUserName());
    if (!erased)
        return reportDataError(erased.error());
    out()
        << Cli::tr("Erased creator %1 from %2: %3; %4; %5. The file was rewritten so that none of it "
                   "remains; the "
                   "log keeps a tombstone with a salted hash of the handle.")
               .arg(QString::number(erased->creatorId), project->fileName(),
                    Cli::tr(
                        "%n account(s) with their figures, audiences, attributes, posts, histories, samples, "
                        "comments, decisions and notes",
                        nullptr, erased->accounts),
                    Cli::tr("%n personal detail(s) of the audit log", nullptr, erased->logDetails),
                    Cli::tr("%n rejected import row(s) that mentioned them", nullptr, erased->rejectedRows))
        << '\n';
    out().flush();
    return Ok;
}

void addExportPersonOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("out"), Cli::tr("The JSON file to write (readable by you only)."),
                      QStringLiteral("FILE.json")});
    parser.addOption({QStringLiteral("platform"), Cli::tr("Platform of HANDLE when it is on several."),
                      QStringLiteral("P")});
}

int commandExportPerson(QCommandLineParser &parser, const QStringList &positional)
{
    constexpr const char *command = "export-person";
    if (positional.size() != 2)
        return usageError(Cli::tr("export-person needs a project file and a handle"), command);
    const QString target = parser.value(QStringLiteral("out"));
    if (target.isEmpty())
        return usageError(Cli::tr("export-person needs --out FILE.json"), command);
    ProjectAccount opened;
    if (const auto failed = openAccount(parser, command, positional.at(0), positional.at(1), opened))
        return *failed;
    auto exported = PersonExport(*opened.project).of(opened.account.creatorId);
    if (!exported)
        return reportDataError(exported.error());
    err() << Cli::tr("Writing personal data of one person to %1 (readable by you only): hand it to them, and "
                     "delete "
                     "it when that is done.")
                 .arg(target)
          << '\n';
    if (auto written = writePrivateFile(target, QJsonDocument(*exported).toJson(QJsonDocument::Indented)); !written)
        return reportDataError(written.error());
    out() << Cli::tr("Exported everything held about creator %1 to %2.")
                 .arg(QString::number(opened.account.creatorId), target)
          << '\n';
    out().flush();
    return Ok;
}

namespace {

QJsonObject findingJson(const PrivacyStore::ReviewRow &row)
{
    const privacy::Finding &f = row.finding;
    return {{QStringLiteral("kind"), privacy::findingKey(f.kind)},
            {QStringLiteral("creator_id"), f.creatorId},
            {QStringLiteral("name"), row.name},
            {QStringLiteral("accounts"), row.handles},
            {QStringLiteral("attribute"), f.attribute.isEmpty() ? QJsonValue() : QJsonValue(f.attribute)},
            {QStringLiteral("date"), f.date.isValid() ? QJsonValue(f.date.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("finding"), f.sentence}};
}

} // namespace

void addPrivacyOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("today"), Cli::tr("Review as of this date (default: today)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("retention-months"),
                      Cli::tr("Set the policy: keep a creator's data N months after its last use."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("notice-days"),
                      Cli::tr("Set the policy: list consents N days before they expire."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("format"), Cli::tr("text (default) or json."), QStringLiteral("F")});
}

int commandPrivacy(QCommandLineParser &parser, const QStringList &positional)
{
    constexpr const char *command = "privacy";
    const auto format = chosenFormat(parser, {QStringLiteral("text"), QStringLiteral("json")});
    if (!format)
        return usageError(Cli::tr("--format must be text or json"), command);
    std::optional<int> failed;
    const QDate today = dateOption(parser, "today", command, failed).value_or(QDate::currentDate());
    if (failed)
        return *failed;
    int exitCode = Ok;
    auto project = openProject(positional.at(0), exitCode);
    if (!project)
        return exitCode;
    const PrivacyStore store(*project);
    auto policy = store.policy();
    if (!policy)
        return reportDataError(policy.error());
    if (parser.isSet(QStringLiteral("retention-months")) || parser.isSet(QStringLiteral("notice-days"))) {
        const auto months = wholeNumberOption(parser, "retention-months", policy->retentionMonths, 1);
        const auto days = wholeNumberOption(parser, "notice-days", policy->consentNoticeDays, 0);
        if (!months || !days)
            return usageError(Cli::tr("--retention-months and --notice-days need whole numbers"), command);
        const privacy::Policy wanted{*months, *days};
        if (const QStringList errors = wanted.validationErrors(); !errors.isEmpty())
            return usageError(errors.join(QStringLiteral("; ")), command);
        if (auto set = store.setPolicy(wanted, systemUserName()); !set)
            return reportDataError(set.error());
        policy = wanted;
    }
    auto rows = store.review(today);
    if (!rows)
        return reportDataError(rows.error());
    if (*format == QLatin1String("json")) {
        QJsonArray findings;
        for (const PrivacyStore::ReviewRow &row : std::as_const(*rows))
            findings.append(findingJson(row));
        const QJsonObject document{{QStringLiteral("file"), project->fileName()},
                                   {QStringLiteral("today"), today.toString(Qt::ISODate)},
                                   {QStringLiteral("retention_months"), policy->retentionMonths},
                                   {QStringLiteral("consent_notice_days"), policy->consentNoticeDays},
                                   {QStringLiteral("findings"), findings}};
        out() << QJsonDocument(document).toJson(QJsonDocument::Indented);
        out().flush();
        return Ok;
    }
    out() << Cli::tr("Privacy review of %1 on %2").arg(project->fileName(), today.toString(Qt::ISODate))
          << '\n'
          << Cli::tr(
                 "Policy: a creator's data is kept %1 months after its last use; consents are listed %2 days "
                 "before they expire.")
                 .arg(policy->retentionMonths)
                 .arg(policy->consentNoticeDays)
          << '\n';
    QMap<privacy::FindingKind, QList<const PrivacyStore::ReviewRow *>> byKind;
    for (const PrivacyStore::ReviewRow &row : std::as_const(*rows))
        byKind[row.finding.kind] << &row;
    if (byKind.isEmpty())
        out() << Cli::tr("Nothing to do: every creator has a lawful basis and a notice, and nothing is past "
                         "its time.")
              << '\n';
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
        out() << '\n' << privacy::findingLabel(it.key()) << " (" << it.value().size() << ")\n";
        for (const PrivacyStore::ReviewRow *row : it.value())
            out() << "  " << printable(row->handles) << " — " << printable(row->name) << ": "
                  << printable(row->finding.sentence) << '\n';
    }
    out().flush();
    return Ok;
}

void addPrivacyRecordOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("basis"),
         Cli::tr("Lawful basis: %1 (or none).").arg(privacy::lawfulBasisKeys().join(QStringLiteral(", "))),
         QStringLiteral("B")});
    parser.addOption({QStringLiteral("informed-on"),
                      Cli::tr("The day the creator was told their data is held (GDPR Art. 14)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("profile"),
                      Cli::tr("no: the creator objected to profiling and is left out of rankings and audits; "
                              "yes: lifts that."),
                      QStringLiteral("yes|no")});
    parser.addOption({QStringLiteral("renew-retention"),
                      Cli::tr("The data is still needed: its retention starts again today.")});
    parser.addOption({QStringLiteral("consent"),
                      Cli::tr("Renew the consent to this self-declared attribute."),
                      QStringLiteral("ATTRIBUTE")});
    parser.addOption({QStringLiteral("given-on"), Cli::tr("The day the renewed consent was given."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("expires"),
                      Cli::tr("The day the renewed consent ends (default: never)."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("evidence"), Cli::tr("Where the renewed consent is kept (a reference)."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("reason"), Cli::tr("Why (kept in the log with the creator's details)."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("platform"), Cli::tr("Platform of HANDLE when it is on several."),
                      QStringLiteral("P")});
}

int commandPrivacyRecord(QCommandLineParser &parser, const QStringList &positional)
{
    constexpr const char *command = "privacy-record";
    if (positional.size() != 2)
        return usageError(Cli::tr("privacy-record needs a project file and a handle"), command);
    PrivacyStore::RecordChange change;
    if (parser.isSet(QStringLiteral("basis"))) {
        change.basis = privacy::lawfulBasisFromKey(parser.value(QStringLiteral("basis")));
        if (!change.basis)
            return usageError(Cli::tr("--basis must be one of %1 or none")
                                  .arg(privacy::lawfulBasisKeys().join(QStringLiteral(", "))),
                              command);
    }
    std::optional<int> failed;
    change.informedOn = dateOption(parser, "informed-on", command, failed);
    const auto givenOn = dateOption(parser, "given-on", command, failed);
    const auto expires = dateOption(parser, "expires", command, failed);
    if (failed)
        return *failed;
    if (parser.isSet(QStringLiteral("profile"))) {
        const QString profile = parser.value(QStringLiteral("profile")).toLower();
        if (profile != QLatin1String("yes") && profile != QLatin1String("no"))
            return usageError(Cli::tr("--profile must be yes or no"), command);
        change.doNotProfile = profile == QLatin1String("no");
    }
    if (parser.isSet(QStringLiteral("renew-retention")))
        change.retentionRenewedOn = QDate::currentDate();
    const QString attribute = parser.value(QStringLiteral("consent"));
    if (attribute.isEmpty() && (givenOn || expires))
        return usageError(Cli::tr("--given-on and --expires renew a consent: name it with --consent"),
                          command);
    if (!attribute.isEmpty() && !givenOn)
        return usageError(Cli::tr("--consent needs --given-on, the day the consent was given again"),
                          command);
    const bool changesRecord = change.basis || change.informedOn || change.doNotProfile || change.retentionRenewedOn;
    if (!changesRecord && attribute.isEmpty())
        return usageError(
            Cli::tr("say what to record: --basis, --informed-on, --profile, --renew-retention or "
                    "--consent"),
            command);
    ProjectAccount opened;
    if (const auto openFailed = openAccount(parser, command, positional.at(0), positional.at(1), opened))
        return *openFailed;
    const PrivacyStore store(*opened.project);
    const qint64 creatorId = opened.account.creatorId;
    if (changesRecord) {
        if (auto done = store.changeRecords({creatorId}, change, parser.value(QStringLiteral("reason")), systemUserName());
            !done)
            return reportDataError(done.error());
    }
    if (!attribute.isEmpty()) {
        if (auto done = store.renewConsent(creatorId, attribute, *givenOn, expires.value_or(QDate()),
                                           parser.value(QStringLiteral("evidence")), systemUserName());
            !done)
            return reportDataError(done.error());
    }
    auto facts = store.facts(creatorId);
    if (!facts)
        return reportDataError(facts.error());
    out() << Cli::tr("Privacy record of creator %1 (%2):")
                 .arg(QString::number(creatorId), printable(facts->handles))
          << '\n'
          << Cli::tr("  lawful basis: %1").arg(privacy::lawfulBasisLabel(facts->basis)) << '\n'
          << Cli::tr("  informed on:  %1")
                 .arg(facts->informedOn.isValid() ? facts->informedOn.toString(Qt::ISODate)
                                                  : Cli::tr("not recorded"))
          << '\n'
          << Cli::tr("  profiling:    %1")
                 .arg(facts->doNotProfile ? Cli::tr("objected: left out of rankings and audits")
                                          : Cli::tr("allowed"))
          << '\n'
          << Cli::tr("  last used:    %1").arg(facts->lastUsed.toString(Qt::ISODate)) << '\n';
    for (const privacy::ConsentFacts &consent : std::as_const(facts->consents))
        out() << (consent.expiresOn.isValid()
                      ? Cli::tr("  consent to \"%1\": given %2, expires %3")
                            .arg(printable(consent.attribute), consent.givenOn.toString(Qt::ISODate),
                                 consent.expiresOn.toString(Qt::ISODate))
                      : Cli::tr("  consent to \"%1\": given %2, no expiry")
                            .arg(printable(consent.attribute), consent.givenOn.toString(Qt::ISODate)))
              << '\n';
    out().flush();
    return Ok;
}

} // namespace candor::cli
