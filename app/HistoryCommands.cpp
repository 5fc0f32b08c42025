// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "HistoryCommands.h"

#include "CliSupport.h"
#include "core/SafeText.h"
#include "report/ReportFormats.h"
#include "storage/AccountLookup.h"
#include "storage/AuditStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace candor::cli {

void addVerifyOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("report"),
                      Cli::tr("Also check that this client report (PDF, HTML or JSON) was made from this "
                              "file's history as it still stands."),
                      QStringLiteral("REPORT")});
}

namespace {

// Whether the report's stamp names an entry of the log with the same hash: the history the report was made from
// is still the file's, whatever was added since.
QString reportLine(const QString &reportPath, const QList<audit::Entry> &entries, bool &ok)
{
    QFile file(reportPath);
    if (!file.open(QIODevice::ReadOnly)) {
        ok = false;
        return Cli::tr("report %1: cannot be read: %2").arg(reportPath, file.errorString());
    }
    const auto stamp = report::findAuditStamp(file.readAll());
    if (!stamp) {
        ok = false;
        return Cli::tr("report %1: holds no audit-log stamp (a CSV has none: check the PDF, HTML or JSON)")
            .arg(reportPath);
    }
    const auto entry = std::find_if(entries.cbegin(), entries.cend(),
                                    [&stamp](const audit::Entry &e) { return e.sequence == stamp->entries; });
    if (entry == entries.cend()) {
        ok = false;
        return Cli::tr("report %1: was made when the log held %2 entries, but this file's log has only %3")
            .arg(reportPath)
            .arg(stamp->entries)
            .arg(entries.size());
    }
    if (entry->sha256 != stamp->sha256) {
        ok = false;
        return Cli::tr("report %1: does not match: entry %2 here is not the one the report was made from")
            .arg(reportPath)
            .arg(stamp->entries);
    }
    return Cli::tr("report %1: matches: made from the first %2 entries of this log (%3 now)")
        .arg(reportPath)
        .arg(stamp->entries)
        .arg(entries.size());
}

} // namespace

int commandVerify(QCommandLineParser &parser, const QStringList &positional)
{
    if (positional.size() != 1)
        return usageError(Cli::tr("verify needs a project file"), "verify");
    int exitCode = Ok;
    auto project = openProject(positional.at(0), exitCode); // checks the schema against Candor's own
    if (!project)
        return exitCode;
    // Each check is reported, so that a log edited after its guard was dropped names both.
    bool ok = true;
    QStringList lines;
    if (auto checked = project->checkIntegrity(); !checked) {
        ok = false;
        lines << Cli::tr("integrity: damaged: %1").arg(checked.error().message);
    } else {
        lines << Cli::tr("integrity: ok (SQLite integrity_check)");
    }
    if (auto own = project->checkOwnExecutableObjects(); !own) {
        ok = false;
        lines << Cli::tr("schema: version %1, but it %2")
                     .arg(project->schemaVersion())
                     .arg(own.error().message);
    } else {
        lines << Cli::tr("schema: version %1, as Candor made it").arg(project->schemaVersion());
    }
    auto verdict = AuditStore(*project).verify();
    if (!verdict)
        return reportOpenError(verdict.error());
    if (!verdict->ok) {
        ok = false;
        lines << Cli::tr("audit log: broken at entry %1: %2").arg(*verdict->firstBroken).arg(verdict->reason);
    } else {
        lines << Cli::tr("audit log: %n entries, the hash chain holds", nullptr,
                         static_cast<int>(verdict->entries));
    }
    bool reportOk = true;
    if (const QString reportPath = parser.value(QStringLiteral("report")); !reportPath.isEmpty()) {
        auto entries = AuditStore(*project).entries();
        if (!entries)
            return reportOpenError(entries.error());
        lines << reportLine(reportPath, *entries, reportOk);
    }
    out() << project->fileName()
          << (!ok         ? Cli::tr(": changed outside Candor or damaged\n")
              : !reportOk ? Cli::tr(": ok, but the report does not match it\n")
                          : Cli::tr(": ok\n"));
    for (const QString &line : std::as_const(lines))
        out() << "  " << printable(line) << '\n';
    out().flush();
    return ok && reportOk ? Ok : CannotOpen;
}

void addLogOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("creator"), Cli::tr("Only the entries about this creator (a handle)."),
                      QStringLiteral("HANDLE")});
    parser.addOption({QStringLiteral("action"),
                      Cli::tr("Only this action: import, decision, decision_undone, note, note_undone, "
                              "consent_withdrawn …"),
                      QStringLiteral("A")});
    parser.addOption({QStringLiteral("format"), Cli::tr("text (default) or json."), QStringLiteral("F")});
}

int commandLog(QCommandLineParser &parser, const QStringList &positional)
{
    constexpr const char *command = "log";
    if (positional.size() != 1)
        return usageError(Cli::tr("log needs a project file"), command);
    const auto format = chosenFormat(parser, {QStringLiteral("text"), QStringLiteral("json")});
    if (!format)
        return usageError(Cli::tr("--format must be text or json"), command);
    int exitCode = Ok;
    auto project = openProject(positional.at(0), exitCode);
    if (!project)
        return exitCode;
    AuditStore::Filter filter;
    filter.action = parser.value(QStringLiteral("action"));
    if (const QString handle = parser.value(QStringLiteral("creator")); !handle.isEmpty()) {
        auto lookup = AccountLookup::prepare(*project);
        if (!lookup)
            return reportDataError(lookup.error());
        auto account = lookup->find(handle, std::nullopt);
        if (!account)
            return reportDataError(Error{project->path(), account.error().message, {}});
        filter.creatorId = account->creatorId;
    }
    auto entries = AuditStore(*project).rows(filter);
    if (!entries)
        return reportDataError(entries.error());
    QJsonArray list;
    for (const AuditStore::Row &r : std::as_const(*entries)) {
        const audit::Entry &e = r.entry;
        if (*format == QLatin1String("json")) {
            QJsonObject o{{QStringLiteral("sequence"), e.sequence},
                          {QStringLiteral("at"), e.at},
                          {QStringLiteral("user"), e.user},
                          {QStringLiteral("action"), e.action},
                          {QStringLiteral("target"), e.target},
                          {QStringLiteral("details"), QJsonDocument::fromJson(e.details.toUtf8()).object()},
                          {QStringLiteral("sha256"), e.sha256}};
            if (!e.payloadSha256.isEmpty())
                o.insert(QStringLiteral("personal"), r.erased ? QJsonValue(QStringLiteral("erased")) : QJsonValue(r.personal));
            list.append(o);
            continue;
        }
        out() << e.sequence << "  " << e.at << "  " << printable(e.user) << "  " << e.action << "  " << e.target
              << "  " << printable(e.details);
        if (r.erased)
            out() << "  " << Cli::tr("(personal details erased)");
        else if (!r.personal.isEmpty())
            out() << "  " << printable(QString::fromUtf8(QJsonDocument(r.personal).toJson(QJsonDocument::Compact)));
        out() << '\n';
    }
    if (*format == QLatin1String("json"))
        out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
    else if (entries->isEmpty())
        out() << Cli::tr("No entries.") << '\n';
    out().flush();
    return Ok;
}

} // namespace candor::cli
