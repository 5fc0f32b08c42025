#include "ReportCommand.h"

#include "CliSupport.h"
#include "ReportPdf.h"
#include "core/PrivateFile.h"
#include "report/ReportBuilder.h"
#include "workbench/Workbench.h"

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
    if (!QStringList{QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("csv"), QStringLiteral("json")}
             .contains(format))
        return usageError(QStringLiteral("report needs --format pdf, html, csv or json"), command);
    const QString paperName = parser.value(QStringLiteral("paper")).toLower();
    if (!paperName.isEmpty() && paperName != QLatin1String("a4") && paperName != QLatin1String("letter"))
        return usageError(QStringLiteral("--paper must be a4 or letter"), command);
    const QString target = parser.value(QStringLiteral("out"));
    if (target.isEmpty())
        return usageError(QStringLiteral("report needs --out PATH"), command);
    std::unique_ptr<Workbench> workbench;
    if (const auto failed = openWorkbenchOnCampaign(parser, positional.at(0), workbench))
        return *failed;
    auto built = report::build(*workbench);
    if (!built)
        return reportDataError(built.error());
    auto bytes = renderReport(*built, format, paperName == QLatin1String("letter") ? Paper::Letter : Paper::A4);
    if (!bytes)
        return reportDataError(bytes.error());
    if (auto written = writePrivateFile(target, *bytes); !written)
        return reportDataError(written.error());
    out() << "Wrote the " << format << " report of \"" << built->campaign << "\" (" << built->cards.size()
          << " shortlisted, " << (built->approvedBy.isEmpty() ? QStringLiteral("not approved") : QStringLiteral("approved"))
          << ") to " << target << ".\n";
    out().flush();
    return Ok;
}

} // namespace candor::cli
