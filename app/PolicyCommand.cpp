#include "PolicyCommand.h"

#include "CliSupport.h"
#include "core/SafeText.h"
#include "workbench/ShortlistCheck.h"
#include "workbench/Workbench.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace candor::cli {

void addCheckOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("format"), QStringLiteral("text (default) or json."), QStringLiteral("F")});
    addCampaignOption(parser);
}

int commandCheck(QCommandLineParser &parser, const QStringList &positional)
{
    constexpr const char *command = "check";
    const auto format = chosenFormat(parser, {QStringLiteral("text"), QStringLiteral("json")});
    if (!format)
        return usageError(QStringLiteral("--format must be text or json"), command);
    std::unique_ptr<Workbench> workbench;
    if (const auto failed = openWorkbenchOnCampaign(parser, positional.at(0), workbench))
        return *failed;
    auto policy = projectPolicy(*workbench);
    if (!policy)
        return reportDataError(policy.error());
    auto findings = checkShortlist(*workbench, *policy);
    if (!findings)
        return reportDataError(findings.error());
    const auto blocking = std::count_if(findings->cbegin(), findings->cend(),
                                        [](const policy::Finding &f) { return f.severity == policy::Severity::Block; });
    const Campaign &campaign = workbench->campaign();
    if (*format == QLatin1String("json")) {
        QJsonArray list;
        for (const policy::Finding &f : std::as_const(*findings))
            list.append(QJsonObject{{QStringLiteral("rule"), f.ruleId},
                                    {QStringLiteral("severity"), policy::severityKey(f.severity)},
                                    {QStringLiteral("subject"), f.subject},
                                    {QStringLiteral("finding"), f.sentence},
                                    {QStringLiteral("share"), f.share ? QJsonValue(*f.share) : QJsonValue()},
                                    {QStringLiteral("confidence"), f.confidence ? QJsonValue(*f.confidence) : QJsonValue()}});
        out() << QJsonDocument(QJsonObject{{QStringLiteral("campaign"), campaign.name},
                                           {QStringLiteral("product_category"), campaign.productCategory},
                                           {QStringLiteral("blocking"), static_cast<int>(blocking)},
                                           {QStringLiteral("findings"), list}})
                     .toJson(QJsonDocument::Indented);
    } else {
        out() << "Ethics policy against the shortlist of \"" << printable(campaign.name) << "\""
              << (campaign.productCategory.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(campaign.productCategory))
              << ": " << findings->size() << " open finding(s), " << blocking << " blocking.\n";
        for (const policy::Finding &f : std::as_const(*findings))
            out() << "  " << policy::severityKey(f.severity).toUpper().leftJustified(6) << printable(f.subject) << ": "
                  << printable(f.sentence) << '\n';
    }
    out().flush();
    return blocking > 0 ? PolicyBlocked : Ok;
}

} // namespace candor::cli
