// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReportCommand.h"

#include "CliSupport.h"
#include "ReportPdf.h"
#include "core/PrivateFile.h"
#include "core/SafeText.h"
#include "core/SystemUser.h"
#include "core/Translations.h"
#include "report/ReportBuilder.h"
#include "storage/ProjectStore.h"
#include "workbench/Workbench.h"

#include <QFile>
#include <QImageReader>

namespace candor::cli {

namespace {

QString languageCodes()
{
    QStringList codes;
    for (const QLocale &language : availableLanguages())
        codes << language.bcp47Name();
    return codes.join(QStringLiteral(", "));
}

} // namespace

void addReportOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("format"), Cli::tr("pdf, html, csv or json."), QStringLiteral("F")});
    parser.addOption(
        {QStringLiteral("paper"), Cli::tr("For a PDF: a4 (default) or letter."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("out"), Cli::tr("The file to write (readable by you only)."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("language"),
                      Cli::tr("The report's language, for a client who reads another: %1 (default: yours).")
                          .arg(languageCodes()),
                      QStringLiteral("LANG")});
    addCampaignOption(parser);
}

int commandReport(QCommandLineParser &parser, const QStringList &positional)
{
    constexpr const char *command = "report";
    const QString format = parser.value(QStringLiteral("format"));
    if (!QStringList{QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("csv"), QStringLiteral("json")}
             .contains(format))
        return usageError(Cli::tr("report needs --format pdf, html, csv or json"), command);
    const QString paperName = parser.value(QStringLiteral("paper")).toLower();
    if (!paperName.isEmpty() && paperName != QLatin1String("a4") && paperName != QLatin1String("letter"))
        return usageError(Cli::tr("--paper must be a4 or letter"), command);
    const QString target = parser.value(QStringLiteral("out"));
    if (target.isEmpty())
        return usageError(Cli::tr("report needs --out PATH"), command);
    QLocale language = translationLanguage();
    if (parser.isSet(QStringLiteral("language"))) {
        const auto found = findLanguage(parser.value(QStringLiteral("language")));
        if (!found)
            return usageError(Cli::tr("Candor has no report in \"%1\"; it speaks %2")
                                  .arg(parser.value(QStringLiteral("language")), languageCodes()),
                              command);
        language = *found;
    }
    std::unique_ptr<Workbench> workbench;
    if (const auto failed = openWorkbenchOnCampaign(parser, positional.at(0), workbench))
        return *failed;
    Result<report::ClientReport> built = Error{};
    Result<QByteArray> bytes = QByteArray();
    {
        const TranslationScope inLanguage(language);
        built = report::build(*workbench);
        if (built)
            bytes = renderReport(*built, format,
                                 paperName == QLatin1String("letter") ? Paper::Letter : Paper::A4);
    }
    if (!built)
        return reportDataError(built.error());
    if (!bytes)
        return reportDataError(bytes.error());
    if (auto written = writePrivateFile(target, *bytes); !written)
        return reportDataError(written.error());
    out() << (built->approvedBy.isEmpty()
                  ? Cli::tr("Wrote the %1 report of \"%2\" (%3 shortlisted, not approved) to %4.")
                  : Cli::tr("Wrote the %1 report of \"%2\" (%3 shortlisted, approved) to %4."))
                 .arg(format, built->campaign, QString::number(built->cards.size()), target)
          << '\n';
    out().flush();
    return Ok;
}

void addAgencyOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("name"), Cli::tr("The agency's name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("logo"), Cli::tr("A PNG or JPEG logo for the report's cover."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("no-logo"), Cli::tr("Take the logo off the reports.")});
}

int commandAgency(QCommandLineParser &parser, const QStringList &positional)
{
    constexpr const char *command = "agency";
    int exitCode = Ok;
    auto project = openProject(positional.at(0), exitCode);
    if (!project)
        return exitCode;
    const ProjectStore store(*project);
    auto agency = store.agency();
    if (!agency)
        return reportDataError(agency.error());
    const bool changes = parser.isSet(QStringLiteral("name")) || parser.isSet(QStringLiteral("logo")) ||
                         parser.isSet(QStringLiteral("no-logo"));
    if (parser.isSet(QStringLiteral("name")))
        agency->name = parser.value(QStringLiteral("name"));
    if (parser.isSet(QStringLiteral("no-logo")))
        agency->logo.clear();
    if (const QString path = parser.value(QStringLiteral("logo")); !path.isEmpty()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return reportDataError(Error{path, Cli::tr("cannot be read: %1").arg(file.errorString()), {}});
        const QByteArray bytes = file.readAll();
        const QByteArray format = QImageReader::imageFormat(file.fileName());
        if (format != "png" && format != "jpeg")
            return usageError(Cli::tr("%1 is not a PNG or JPEG image").arg(path), command);
        agency->logo = bytes;
    }
    if (changes) {
        if (auto set = store.setAgency(*agency, systemUserName()); !set)
            return reportDataError(set.error());
    }
    out() << Cli::tr("Agency: %1; logo: %2.")
                 .arg(agency->name.isEmpty() ? Cli::tr("(none)") : printable(agency->name),
                      agency->logo.isEmpty() ? Cli::tr("none") : Cli::tr("%1 bytes").arg(agency->logo.size()))
          << '\n';
    out().flush();
    return Ok;
}

} // namespace candor::cli
