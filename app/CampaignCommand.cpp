// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CampaignCommand.h"

#include "CliSupport.h"
#include "core/Formatting.h"
#include "core/SafeText.h"
#include "core/SystemUser.h"
#include "domain/CampaignJson.h"
#include "storage/CampaignStore.h"
#include "storage/ProjectStore.h"
#include "storage/ScoringStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace candor::cli {
namespace {

constexpr const char *kCommand = "campaign";

// Options that set one text field, one number field or one list field of the JSON document.
struct FieldOption
{
    const char *option;
    const char *path; // "filters.min_followers": object, then key
    enum Kind { Text, Number, List } kind;
    const char *help; // English; shown in the user's language
};

constexpr FieldOption kFieldOptions[] = {
    {"name", "name", FieldOption::Text, QT_TRANSLATE_NOOP("Cli", "Campaign name (unique in the project).")},
    {"brief", "brief", FieldOption::Text, QT_TRANSLATE_NOOP("Cli", "The brief, in a sentence or two.")},
    {"topics", "relevant_topics", FieldOption::List,
     QT_TRANSLATE_NOOP("Cli", "Relevant topics, comma-separated (brand safety and relevance).")},
    {"excluded-topics", "excluded_topics", FieldOption::List,
     QT_TRANSLATE_NOOP("Cli", "Topics the brief rules out, comma-separated.")},
    {"product-category", "product_category", FieldOption::Text,
     QT_TRANSLATE_NOOP(
         "Cli",
         "What the campaign sells when the ethics policy restricts it: alcohol, gambling or hfss_food.")},
    {"budget", "budget", FieldOption::Number, QT_TRANSLATE_NOOP("Cli", "Budget (a number).")},
    {"currency", "currency", FieldOption::Text,
     QT_TRANSLATE_NOOP("Cli", "ISO 4217 currency of the budget (default EUR).")},
    {"starts", "starts_on", FieldOption::Text, QT_TRANSLATE_NOOP("Cli", "Start date, YYYY-MM-DD.")},
    {"ends", "ends_on", FieldOption::Text, QT_TRANSLATE_NOOP("Cli", "End date, YYYY-MM-DD.")},
    {"platforms", "filters.platforms", FieldOption::List,
     QT_TRANSLATE_NOOP("Cli", "Hard filter: only these platforms (instagram,tiktok,youtube).")},
    {"min-followers", "filters.min_followers", FieldOption::Number,
     QT_TRANSLATE_NOOP("Cli", "Hard filter: at least this many followers.")},
    {"audience-countries", "filters.audience_countries", FieldOption::List,
     QT_TRANSLATE_NOOP("Cli", "Hard filter: leading audience country is one of these (names or ISO codes).")},
    {"excluded-categories", "filters.excluded_categories", FieldOption::List,
     QT_TRANSLATE_NOOP("Cli", "Hard filter: creators in any of these categories are left out.")},
    {"reach-min", "reach.min", FieldOption::Number,
     QT_TRANSLATE_NOOP("Cli", "Reach factor: audience size that scores 0 (log scale).")},
    {"reach-max", "reach.max", FieldOption::Number,
     QT_TRANSLATE_NOOP("Cli", "Reach factor: audience size that scores full marks.")},
};

QString optionName(const FieldOption &f)
{
    return QString::fromLatin1(f.option);
}

QJsonValue optionValue(const FieldOption &f, const QString &text, QString &problem)
{
    if (f.kind == FieldOption::Text)
        return text;
    if (f.kind == FieldOption::List) {
        QJsonArray items;
        for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            items.append(item.trimmed());
        return items;
    }
    if (text.isEmpty() || text == QLatin1String("none"))
        return QJsonValue::Null;
    bool ok = false;
    const double number = text.toDouble(&ok);
    if (!ok)
        problem = Cli::tr("--%1 needs a number, not \"%2\"").arg(optionName(f), text);
    return number;
}

// "age_band:18-24=40%,25-34=0.6": one dimension of the target audience.
std::optional<std::pair<QString, QJsonArray>> parseTarget(const QString &text, QString &problem)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0) {
        problem = Cli::tr("--target needs DIMENSION:CATEGORY=SHARE,…, e.g. gender:female=60%,male=40%");
        return std::nullopt;
    }
    QJsonArray shares;
    for (const QString &part : text.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype equals = part.lastIndexOf(QLatin1Char('='));
        QString value = part.mid(equals + 1).trimmed();
        const bool percent = value.endsWith(QLatin1Char('%'));
        if (percent)
            value.chop(1);
        bool ok = false;
        const double share = value.toDouble(&ok);
        if (equals <= 0 || !ok) {
            problem = Cli::tr("--target: \"%1\" is not CATEGORY=SHARE").arg(part);
            return std::nullopt;
        }
        shares.append(QJsonObject{{QStringLiteral("category"), part.left(equals).trimmed()},
                                  {QStringLiteral("share"), percent ? share / 100.0 : share}});
    }
    return std::pair{text.left(colon).trimmed(), shares};
}

// The options given on the command line as a campaign document (only the fields the user set).
std::optional<QJsonObject> documentFromOptions(QCommandLineParser &parser, QString &problem)
{
    QJsonObject json;
    QJsonObject nested[3]; // reach, filters, target_audience
    for (const FieldOption &f : kFieldOptions) {
        if (!parser.isSet(optionName(f)))
            continue;
        const QJsonValue value = optionValue(f, parser.value(optionName(f)), problem);
        if (!problem.isEmpty())
            return std::nullopt;
        const QString path = QString::fromLatin1(f.path);
        if (path.startsWith(QLatin1String("reach.")))
            nested[0].insert(path.mid(6), value);
        else if (path.startsWith(QLatin1String("filters.")))
            nested[1].insert(path.mid(8), value);
        else
            json.insert(path, value);
    }
    for (const QString &target : parser.values(QStringLiteral("target"))) {
        const auto parsed = parseTarget(target, problem);
        if (!parsed)
            return std::nullopt;
        nested[2].insert(parsed->first, parsed->second);
    }
    if (!nested[0].isEmpty())
        json.insert(QStringLiteral("reach"), nested[0]);
    if (!nested[1].isEmpty())
        json.insert(QStringLiteral("filters"), nested[1]);
    if (!nested[2].isEmpty())
        json.insert(QStringLiteral("target_audience"), nested[2]);
    if (parser.isSet(QStringLiteral("model"))) {
        QJsonObject model{{QStringLiteral("name"), parser.value(QStringLiteral("model"))}};
        if (parser.isSet(QStringLiteral("model-version")))
            model.insert(QStringLiteral("version"), parser.value(QStringLiteral("model-version")).toInt());
        json.insert(QStringLiteral("scoring_model"), model);
    }
    return json;
}

std::optional<QJsonObject> readDocument(const QString &path, QString &problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problem = Cli::tr("%1: cannot read the file (%2)").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        problem = parseError.error != QJsonParseError::NoError
                      ? Cli::tr("%1: not valid JSON at byte %2 (%3)")
                            .arg(path, QString::number(parseError.offset), parseError.errorString())
                      : Cli::tr("%1: a campaign must be a JSON object").arg(path);
        return std::nullopt;
    }
    return doc.object();
}

// Applies --from and then the field options over `base`; resolves the scoring model by name.
Result<Campaign> campaignFromArguments(QCommandLineParser &parser, const ProjectFile &project, const Campaign &base,
                                       bool isNew)
{
    QString problem;
    Campaign campaign = base;
    QString modelName;
    std::optional<int> modelVersion;
    QList<std::pair<QJsonObject, QString>> layers;
    if (parser.isSet(QStringLiteral("from"))) {
        const auto fromFile = readDocument(parser.value(QStringLiteral("from")), problem);
        if (!fromFile)
            return Error{{}, problem, {}};
        layers << std::pair{*fromFile, parser.value(QStringLiteral("from"))};
    }
    const auto fromOptions = documentFromOptions(parser, problem);
    if (!fromOptions)
        return Error{{}, problem, {}};
    layers << std::pair{*fromOptions, Cli::tr("the command line")};
    for (const auto &[json, origin] : layers) {
        auto read = campaignFromJson(json, origin, campaign);
        if (!read)
            return read.error();
        campaign = read->campaign;
        if (!read->modelName.isEmpty()) {
            modelName = read->modelName;
            modelVersion = read->modelVersion;
        }
    }
    const ScoringStore scoring(project);
    if (!modelName.isEmpty()) {
        auto model = scoring.modelNamed(modelName, modelVersion);
        if (!model)
            return model.error();
        campaign.scoringModelId = model->id;
    } else if (isNew) {
        auto model = scoring.defaultModel();
        if (!model)
            return model.error();
        campaign.scoringModelId = model->id;
    }
    return campaign;
}

Result<scoring::ScoringModel> modelOf(const ProjectFile &project, const Campaign &campaign)
{
    return ScoringStore(project).modelFor(campaign);
}

void printCampaign(const Campaign &c, const scoring::ScoringModel &model)
{
    const auto list = [](const QStringList &items) {
        return items.isEmpty() ? QStringLiteral("–") : printable(items.join(QStringLiteral(", ")));
    };
    QStringList platforms;
    for (Platform p : c.filters.platforms)
        platforms << platformDisplayName(p);
    const auto dateOr = [](const QDate &date) {
        return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("…");
    };
    out() << Cli::tr("Campaign %1: %2").arg(QString::number(c.id), printable(c.name)) << '\n';
    printAligned(
        {
            {Cli::tr("Brief:"), c.brief.isEmpty() ? QStringLiteral("–") : printable(c.brief)},
            {Cli::tr("Relevant topics:"), list(c.relevantTopics)},
            {Cli::tr("Excluded topics:"), list(c.excludedTopics)},
            {Cli::tr("Budget:"), c.budget
                                     ? QLocale().toString(*c.budget, 'f', 0) + QLatin1Char(' ') + c.currency
                                     : QStringLiteral("–")},
            {Cli::tr("Dates:"), Cli::tr("%1 to %2").arg(dateOr(c.startsOn), dateOr(c.endsOn))},
            {Cli::tr("Scoring model:"),
             Cli::tr("%1 version %2").arg(model.name, QString::number(model.version))},
            {Cli::tr("Reach scale:"), c.reachMin || c.reachMax
                                          ? Cli::tr("%1 to %2")
                                                .arg(compactCount(qint64(c.reachMin.value_or(0))),
                                                     compactCount(qint64(c.reachMax.value_or(0))))
                                          : Cli::tr("the model's")},
        },
        2);
    out() << Cli::tr("Hard filters:") << '\n';
    printAligned(
        {
            {Cli::tr("Platforms:"),
             platforms.isEmpty() ? Cli::tr("all") : platforms.join(QStringLiteral(", "))},
            {Cli::tr("Minimum followers:"),
             c.filters.minFollowers ? compactCount(*c.filters.minFollowers) : QStringLiteral("–")},
            {Cli::tr("Leading audience country:"), list(c.filters.audienceCountries)},
            {Cli::tr("Excluded categories:"), list(c.filters.excludedCategories)},
        },
        2);
    out() << (c.targetAudience.isEmpty() ? Cli::tr("Target audience: none") : Cli::tr("Target audience:"))
          << '\n';
    for (const AudienceDistribution &target : c.targetAudience) {
        QStringList shares;
        for (const AudienceShare &s : target.shares())
            shares << QStringLiteral("%1 %2").arg(s.category, percentText(s.share, 0));
        out() << "  "
              << Cli::tr("%1: %2 (weight %3)")
                     .arg(dimensionDisplayName(target.dimension()), shares.join(QStringLiteral(", ")),
                          QString::number(c.dimensionWeights.value(target.dimension(), 1.0)))
              << '\n';
    }
}

} // namespace

void addCampaignCommandOptions(QCommandLineParser &p)
{
    for (const FieldOption &f : kFieldOptions)
        p.addOption({optionName(f), Cli::tr(f.help), QStringLiteral("value")});
    p.addOption({QStringLiteral("model"), Cli::tr("Scoring model by name (default: Balanced)."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("model-version"), Cli::tr("Version of --model (default: the newest)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("target"),
                 Cli::tr("Target audience of one dimension, e.g. gender:female=60%,male=40%. Repeatable; "
                         "shares must add up to 100 %."),
                 QStringLiteral("DIM:CAT=SHARE,…")});
    p.addOption({QStringLiteral("from"), Cli::tr("Read the campaign from a JSON file (docs/campaigns.md)."),
                 QStringLiteral("campaign.json")});
    p.addOption(
        {QStringLiteral("format"), Cli::tr("show: text or json (default text)."), QStringLiteral("F")});
}

int commandCampaign(QCommandLineParser &parser, const QStringList &positional)
{
    const QString action = positional.value(0);
    const QStringList actions{QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("add"),
                              QStringLiteral("edit"), QStringLiteral("remove")};
    if (!actions.contains(action))
        return usageError(
            Cli::tr("campaign needs one of %1, not \"%2\"").arg(actions.join(QStringLiteral("|")), action),
            kCommand);
    const QString path = positional.value(1);
    const QString wanted = positional.value(2);
    const bool needsCampaign = action == QLatin1String("show") || action == QLatin1String("edit") ||
                               action == QLatin1String("remove");
    if (path.isEmpty() || (needsCampaign && wanted.isEmpty()))
        return usageError(Cli::tr("campaign %1 expects FILE.candor%2")
                              .arg(action, needsCampaign ? QStringLiteral(" CAMPAIGN") : QString()),
                          kCommand);
    int exitCode = Ok;
    auto project = openProject(path, exitCode);
    if (!project)
        return exitCode;
    auto campaigns = ProjectStore(*project).campaigns();
    if (!campaigns)
        return reportDataError(campaigns.error());

    if (action == QLatin1String("list")) {
        if (campaigns->isEmpty())
            out() << Cli::tr("No campaigns yet. Add one with: candor campaign add %1 --name NAME").arg(path)
                  << '\n';
        for (const Campaign &c : std::as_const(*campaigns)) {
            auto model = modelOf(*project, c);
            QStringList dims;
            for (const AudienceDistribution &t : c.targetAudience)
                dims << dimensionNameInText(t.dimension());
            out() << c.id << '\t' << printable(c.name) << '\t'
                  << (model ? QStringLiteral("%1 v%2").arg(model->name).arg(model->version) : QString())
                  << '\t'
                  << (dims.isEmpty() ? Cli::tr("no target audience")
                                     : Cli::tr("target: %1").arg(dims.join(QStringLiteral(", "))))
                  << '\n';
        }
        out().flush();
        return Ok;
    }

    if (action == QLatin1String("add")) {
        if (auto installed = ScoringStore(*project).installBuiltIns(systemUserName()); !installed)
            return reportDataError(installed.error());
        if (!parser.isSet(QStringLiteral("name")) && !parser.isSet(QStringLiteral("from")))
            return usageError(Cli::tr("campaign add needs --name NAME (or --from campaign.json)"), kCommand);
        auto campaign = campaignFromArguments(parser, *project, Campaign{}, true);
        if (!campaign)
            return reportDataError(campaign.error());
        auto id = CampaignStore(*project).add(*campaign, systemUserName());
        if (!id)
            return reportDataError(id.error());
        out() << Cli::tr("Added campaign %1: %2").arg(QString::number(*id), campaign->name) << '\n';
        out().flush();
        return Ok;
    }

    const auto named = findCampaign(*campaigns, wanted, path);
    if (!named)
        return reportDataError(named.error());
    const Campaign *found = &*named;

    if (action == QLatin1String("show")) {
        auto model = modelOf(*project, *found);
        if (!model)
            return reportDataError(model.error());
        const QString format = parser.value(QStringLiteral("format"));
        if (format == QLatin1String("json"))
            out() << QJsonDocument(campaignToJson(*found, model->name, model->version)).toJson(QJsonDocument::Indented);
        else if (format.isEmpty() || format == QLatin1String("text"))
            printCampaign(*found, *model);
        else
            return usageError(Cli::tr("--format is text or json"), kCommand);
        out().flush();
        return Ok;
    }

    if (action == QLatin1String("edit")) {
        auto campaign = campaignFromArguments(parser, *project, *found, false);
        if (!campaign)
            return reportDataError(campaign.error());
        if (auto saved = CampaignStore(*project).update(*campaign, systemUserName()); !saved)
            return reportDataError(saved.error());
        out() << Cli::tr("Saved campaign %1: %2").arg(QString::number(campaign->id), campaign->name) << '\n';
        out().flush();
        return Ok;
    }

    if (auto removed = CampaignStore(*project).remove(found->id, systemUserName()); !removed)
        return reportDataError(removed.error());
    out() << Cli::tr("Removed campaign %1: %2 (with its shortlist, decisions and notes)")
                 .arg(QString::number(found->id), found->name)
          << '\n';
    out().flush();
    return Ok;
}

} // namespace candor::cli
