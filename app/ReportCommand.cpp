#include "ReportCommand.h"

#include "CliSupport.h"
#include "ReportPdf.h"
#include "report/ReportBuilder.h"
#include "report/ReportFormats.h"
#include "workbench/Workbench.h"

#include <QFile>
#include <QSaveFile>

namespace candor::cli {

void addReportOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("format"), QStringLiteral("pdf, html, csv or json."), QStringLiteral("F")});
    parser.addOption({QStringLiteral("paper"), QStringLiteral("For a PDF: a4 (default) or letter."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("The file to write (readable by you only)."),
                      QStringLiteral("PATH")});
    addCampaignOption(parser);
}

int commandReport(QCommandLineParser &parser, const QStringList &positional)
{
    constexpr const char *command = "report";
    const QString format = parser.value(QStringLiteral("format"));
    QByteArray (*render)(const report::ClientReport &) = nullptr;
    const QString paperName = parser.value(QStringLiteral("paper")).toLower();
    if (!paperName.isEmpty() && paperName != QLatin1String("a4") && paperName != QLatin1String("letter"))
        return usageError(QStringLiteral("--paper must be a4 or letter"), command);
    const Paper paper = paperName == QLatin1String("letter") ? Paper::Letter : Paper::A4;
    if (format == QLatin1String("pdf"))
        ; // rendered below: it needs the chart engine, not a plain function
    else if (format == QLatin1String("html"))
        render = report::toHtml;
    else if (format == QLatin1String("csv"))
        render = report::toCsv;
    else if (format == QLatin1String("json"))
        render = report::toJson;
    else
        return usageError(QStringLiteral("report needs --format pdf, html, csv or json"), command);
    const QString target = parser.value(QStringLiteral("out"));
    if (target.isEmpty())
        return usageError(QStringLiteral("report needs --out PATH"), command);
    std::unique_ptr<Workbench> workbench;
    if (const auto failed = openWorkbenchOnCampaign(parser, positional.at(0), workbench))
        return *failed;
    auto built = report::build(*workbench);
    if (!built)
        return reportDataError(built.error());
    QByteArray bytes;
    if (render) {
        bytes = render(*built);
    } else {
        auto pdf = reportPdf(*built, paper);
        if (!pdf)
            return reportDataError(pdf.error());
        bytes = std::move(*pdf);
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(bytes) < 0 || !file.commit())
        return reportDataError(Error{target, QStringLiteral("could not be written: ") + file.errorString(), {}});
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out() << "Wrote the " << format << " report of \"" << built->campaign << "\" (" << built->cards.size()
          << " shortlisted, " << (built->approvedBy.isEmpty() ? QStringLiteral("not approved") : QStringLiteral("approved"))
          << ") to " << target << ".\n";
    out().flush();
    return Ok;
}

} // namespace candor::cli
