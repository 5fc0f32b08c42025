// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ScoringCommands.h"

#include "CliSupport.h"
#include "storage/ProjectStore.h"
#include "core/Formatting.h"
#include "core/SafeText.h"
#include "scoring/Counterfactuals.h"
#include "scoring/RankStability.h"
#include "scoring/ScoredPool.h"
#include "scoring/Warnings.h"
#include "storage/ScoringStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <numeric>
#include <optional>

namespace candor::cli {
namespace {

using namespace candor::scoring;

// Options shared by rank and explain: which campaign, which model, which weights, which stability run.
void addScoringOptions(QCommandLineParser &p)
{
    addCampaignOption(p);
    p.addOption({QStringLiteral("model"), Cli::tr("Scoring model id (default: the campaign's)."),
                 QStringLiteral("ID")});
    p.addOption({QStringLiteral("weight"), Cli::tr("Override one factor's weight, e.g. reach=2. Repeatable."),
                 QStringLiteral("factor=value")});
    p.addOption({QStringLiteral("missing"),
                 Cli::tr("Missing data: lower_bound (count as 0), neutral (count as 0.5) or exclude."),
                 QStringLiteral("rule")});
    p.addOption({QStringLiteral("k"),
                 Cli::tr("Size of the top group for stability and counterfactuals (default 10)."),
                 QStringLiteral("K")});
    p.addOption({QStringLiteral("draws"), Cli::tr("Monte Carlo weight draws (default 1000; 0 turns it off)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("concentration"),
                 Cli::tr("How close the weight draws stay to the weights (default 50)."),
                 QStringLiteral("C")});
    p.addOption(
        {QStringLiteral("seed"), Cli::tr("Seed of the weight draws (default 1)."), QStringLiteral("S")});
}

struct Session
{
    std::unique_ptr<ProjectFile> project;
    ScoringInputs inputs;
    std::optional<ScoredPool> pool;
    std::vector<double> weights;
    StabilitySettings stability;
};

// Reads the options and the project; returns an exit code when something is wrong.
std::optional<int> openSession(QCommandLineParser &parser, const QString &path, const char *command,
                               Session &s)
{
    std::optional<qint64> modelId;
    if (parser.isSet(QStringLiteral("model"))) {
        bool ok = false;
        modelId = parser.value(QStringLiteral("model")).toLongLong(&ok);
        if (!ok)
            return usageError(Cli::tr("--model takes a model id (a number)"), command);
    }
    const auto k = wholeNumberOption(parser, "k", 10, 1);
    const auto draws = wholeNumberOption(parser, "draws", 1000, 0);
    const auto seed = wholeNumberOption(parser, "seed", 1, 0);
    if (!k || !draws || !seed)
        return usageError(Cli::tr("--k needs a whole number of 1 or more; --draws and --seed 0 or more"),
                          command);
    s.stability = StabilitySettings{*draws, 50.0, static_cast<quint32>(*seed), *k};
    if (parser.isSet(QStringLiteral("concentration"))) {
        bool ok = false;
        s.stability.concentration = parser.value(QStringLiteral("concentration")).toDouble(&ok);
        if (!ok || s.stability.concentration <= 0.0)
            return usageError(Cli::tr("--concentration needs a number above 0"), command);
    }

    int exitCode = Ok;
    s.project = openProject(path, exitCode);
    if (!s.project)
        return exitCode;
    auto inputs = ScoringStore(*s.project).inputs(parser.value(QStringLiteral("campaign")), modelId);
    if (!inputs)
        return reportDataError(inputs.error());
    s.inputs = std::move(*inputs);
    ScoringModel &model = s.inputs.model;
    if (parser.isSet(QStringLiteral("missing"))) {
        const auto rule = missingDataRuleFromKey(parser.value(QStringLiteral("missing")));
        if (!rule)
            return usageError(Cli::tr("--missing must be lower_bound, neutral or exclude"), command);
        model.missingData = *rule;
    }
    for (const QString &spec : parser.values(QStringLiteral("weight"))) {
        const QString key = spec.section(QLatin1Char('='), 0, 0).trimmed();
        bool ok = false;
        const double weight = spec.section(QLatin1Char('='), 1).toDouble(&ok);
        const auto id = factorFromKey(key);
        FactorDefinition *definition = nullptr;
        for (FactorDefinition &f : model.factors)
            definition = id && f.id == *id ? &f : definition;
        if (!definition || !ok || weight < 0.0) {
            QStringList keys;
            for (const FactorDefinition &f : model.factors)
                keys << factorKey(f.id);
            return usageError(Cli::tr("--weight needs factor=value with a value of 0 or more; factors: %1")
                                  .arg(keys.join(QStringLiteral(", "))),
                              command);
        }
        definition->weight = weight;
    }
    if (const QStringList errors = model.validationErrors(); !errors.isEmpty())
        return usageError(errors.join(QLatin1Char(' ')), command);
    auto pool = ScoringStore(*s.project).scoredPool(s.inputs);
    if (!pool)
        return reportDataError(pool.error());
    s.pool.emplace(std::move(*pool));
    s.weights = s.pool->modelWeights();
    return std::nullopt;
}

// Handles and names come from users' files: printed so that no control character reaches the terminal.
QString handleOf(const ScoredPool &pool, int candidate)
{
    return printable(QStringLiteral("@") + pool.handle(candidate));
}

QJsonValue rounded(double value)
{
    // Twelve significant digits: exact enough to re-add, short enough to read.
    return QString::number(value, 'g', 12).toDouble();
}

QJsonObject campaignJson(const Campaign &c)
{
    return {{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name}};
}

QString formatScore(double value)
{
    return QLocale::c().toString(value, 'f', 1);
}

QString rangeText(const Breakdown &b)
{
    return b.hasMissingData() ? QStringLiteral("%1-%2").arg(formatScore(b.lowest), formatScore(b.highest))
                              : QString();
}

// Factors without data and warnings, named as the flags column shows them.
QStringList flagsOf(const ScoredPool &pool, int candidate, const Breakdown &b)
{
    QStringList flags;
    for (const FactorContribution &f : b.factors) {
        if (f.imputed || f.leftOut)
            flags << QStringLiteral("imputed:") + factorKey(f.value.id);
        else if (f.countedAsZero)
            flags << QStringLiteral("missing:") + factorKey(f.value.id);
        else if (f.notApplicable)
            flags << QStringLiteral("n/a:") + factorKey(f.value.id);
    }
    for (const CandidateWarning &warning : warningsOf(pool, candidate))
        flags << warning.key;
    return flags;
}

} // namespace

void addRankOptions(QCommandLineParser &p)
{
    addScoringOptions(p);
    p.addOption(
        {QStringLiteral("top"), Cli::tr("Show only the first N ranked candidates."), QStringLiteral("N")});
    p.addOption({QStringLiteral("format"), Cli::tr("table (default), csv or json."), QStringLiteral("F")});
    p.addOption({QStringLiteral("warning"),
                 Cli::tr("Show only candidates with this warning: authenticity_warning, disclosure_issue, "
                         "brand_safety_hit, or any (their ranks stay those of the whole ranking)."),
                 QStringLiteral("KIND")});
}

int commandRank(QCommandLineParser &parser, const QStringList &positional)
{
    Session s;
    if (const auto failed = openSession(parser, positional.at(0), "rank", s))
        return *failed;
    const auto chosen =
        chosenFormat(parser, {QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")});
    if (!chosen)
        return usageError(Cli::tr("--format must be table, csv or json"), "rank");
    const QString format = *chosen;
    const auto top = wholeNumberOption(parser, "top", -1, 1);
    if (!top)
        return usageError(Cli::tr("--top needs a whole number of 1 or more"), "rank");

    auto projectHeader = ProjectStore(*s.project).header();
    if (!projectHeader)
        return reportDataError(projectHeader.error());
    const int notProfiled = projectHeader->notProfiled;
    const QString wantedWarning = parser.value(QStringLiteral("warning"));
    const std::optional<unsigned> wantedFlags = warningFlagsOfKey(wantedWarning);
    if (!wantedWarning.isEmpty() && !wantedFlags)
        return usageError(
            Cli::tr("--warning must be authenticity_warning, disclosure_issue, brand_safety_hit "
                    "or any"),
            "rank");

    const ScoredPool &pool = *s.pool;
    // The printed candidates and their ranks: with --warning, those with the warning, ranked among all.
    std::vector<int> order = pool.ranking(s.weights, wantedWarning.isEmpty() ? *top : -1);
    std::vector<int> rankAt(order.size());
    std::iota(rankAt.begin(), rankAt.end(), 1);
    if (!wantedWarning.isEmpty()) {
        std::vector<int> kept;
        std::vector<int> keptRanks;
        for (std::size_t position = 0; position < order.size(); ++position) {
            const bool wanted = (warningFlags(pool, order[position]) & *wantedFlags) != 0;
            if (wanted && (*top < 0 || static_cast<int>(kept.size()) < *top)) {
                kept.push_back(order[position]);
                keptRanks.push_back(rankAt[position]);
            }
        }
        order = std::move(kept);
        rankAt = std::move(keptRanks);
    }
    // Stability of the printed rows only, unless they are most of the pool: then one full run is cheaper.
    std::vector<CandidateStability> stability;
    if (s.stability.draws > 0 && order.size() * 4 < static_cast<std::size_t>(pool.size())) {
        stability = RankStability::computeFor(pool, s.weights, s.stability, order);
    } else if (s.stability.draws > 0) {
        const std::vector<CandidateStability> all = RankStability::compute(pool, s.weights, s.stability);
        for (int i : order)
            stability.push_back(all[static_cast<std::size_t>(i)]);
    }
    const ScoringModel &model = pool.model();

    if (format == QLatin1String("json")) {
        const QJsonObject modelJson = model.toJson();
        QJsonArray candidates;
        for (std::size_t position = 0; position < order.size(); ++position) {
            const int i = order[position];
            const Breakdown b = pool.breakdown(i, s.weights);
            QJsonObject contributions;
            QJsonArray imputed;
            QJsonArray missing;
            QJsonArray notApplicable;
            for (const FactorContribution &f : b.factors) {
                contributions.insert(factorKey(f.value.id), rounded(f.points));
                if (f.imputed || f.leftOut)
                    imputed.append(factorKey(f.value.id));
                if (f.countedAsZero)
                    missing.append(factorKey(f.value.id));
                if (f.notApplicable)
                    notApplicable.append(factorKey(f.value.id));
            }
            QJsonObject entry{{QStringLiteral("handle"), pool.handle(i)},
                              {QStringLiteral("platform"), platformId(pool.platform(i))},
                              {QStringLiteral("score"), rounded(b.score)},
                              {QStringLiteral("rank"), rankAt[position]},
                              {QStringLiteral("coverage"), rounded(b.coverage)},
                              {QStringLiteral("contributions"), contributions},
                              {QStringLiteral("imputed"), imputed},
                              {QStringLiteral("missing"), missing},
                              {QStringLiteral("not_applicable"), notApplicable},
                              {QStringLiteral("score_range"), QJsonArray{rounded(b.lowest), rounded(b.highest)}}};
            QJsonArray warnings;
            for (const CandidateWarning &warning : warningsOf(pool, i))
                warnings.append(QJsonObject{{QStringLiteral("key"), warning.key},
                                            {QStringLiteral("sentence"), warning.sentence}});
            entry.insert(QStringLiteral("warnings"), warnings);
            if (!stability.empty()) {
                const CandidateStability &st = stability[position];
                entry.insert(QStringLiteral("p_top_k"), rounded(st.probabilityInTopK));
                entry.insert(QStringLiteral("rank_interval"), QJsonArray{st.rankLow, st.rankHigh});
                entry.insert(QStringLiteral("unstable"), st.unstable);
            }
            candidates.append(entry);
        }
        QJsonArray excluded;
        for (int i = 0; i < pool.size(); ++i) {
            if (const auto reason = pool.filteredOutBy(i))
                excluded.append(QJsonObject{
                    {QStringLiteral("handle"), pool.handle(i)},
                    {QStringLiteral("platform"), platformId(pool.platform(i))},
                    {QStringLiteral("filtered_out_by"), *reason}});
        }
        const QJsonObject document{
            {QStringLiteral("model"), modelJson},
            {QStringLiteral("campaign"), campaignJson(s.inputs.campaign)},
            {QStringLiteral("k"), s.stability.topK},
            {QStringLiteral("stability"),
             QJsonObject{{QStringLiteral("draws"), s.stability.draws},
                         {QStringLiteral("concentration"), s.stability.concentration},
                         {QStringLiteral("seed"), static_cast<qint64>(s.stability.seed)}}},
            {QStringLiteral("candidates"), candidates},
            {QStringLiteral("excluded"), excluded},
            {QStringLiteral("not_profiled_accounts"), notProfiled}};
        out() << QJsonDocument(document).toJson(QJsonDocument::Indented);
        out().flush();
        return Ok;
    }

    const bool csv = format == QLatin1String("csv");
    const QString separator = csv ? QStringLiteral(",") : QStringLiteral("  ");
    QStringList header{QStringLiteral("rank"), QStringLiteral("handle"), QStringLiteral("platform"),
                       QStringLiteral("score")};
    for (const FactorDefinition &f : model.factors)
        header << factorKey(f.id);
    header << QStringLiteral("score_range") << QStringLiteral("p_top_k") << QStringLiteral("rank_5_95")
           << QStringLiteral("flags");
    if (!csv)
        out()
            << Cli::tr(
                   "Campaign \"%1\", model %2 v%3 (missing data: %4), top %5 stability over %6 weight draws")
                   .arg(s.inputs.campaign.name, model.name, QString::number(model.version),
                        missingDataRuleKey(model.missingData), QString::number(s.stability.topK),
                        QString::number(s.stability.draws))
            << '\n';
    QList<QStringList> rows{header};
    for (std::size_t position = 0; position < order.size(); ++position) {
        const int i = order[position];
        const Breakdown b = pool.breakdown(i, s.weights);
        // CSV cells hold the bare handle: one starting with "@" would be neutralised as a formula.
        QStringList row{QString::number(rankAt[position]),
                        csv ? pool.handle(i) : handleOf(pool, i), platformId(pool.platform(i)),
                        formatScore(b.score)};
        for (const FactorContribution &f : b.factors)
            row << formatScore(f.points);
        QStringList flags = flagsOf(pool, i, b);
        row << rangeText(b);
        if (!stability.empty()) {
            const CandidateStability &st = stability[position];
            row << QLocale::c().toString(st.probabilityInTopK, 'f', 2)
                << QStringLiteral("%1-%2").arg(st.rankLow).arg(st.rankHigh);
            if (st.unstable)
                flags.prepend(QStringLiteral("unstable"));
        } else {
            row << QString() << QString();
        }
        row << flags.join(csv ? QStringLiteral(";") : QStringLiteral(" "));
        rows << row;
    }
    if (csv) {
        for (const QStringList &row : rows)
            out() << csvRecord(row) << '\n';
    } else {
        QList<qsizetype> widths(header.size(), 0);
        for (const QStringList &row : rows)
            for (qsizetype c = 0; c < row.size(); ++c)
                widths[c] = std::max(widths[c], row.at(c).size());
        for (const QStringList &row : rows) {
            QStringList cells;
            for (qsizetype c = 0; c < row.size(); ++c)
                cells << (c >= 3 && c < row.size() - 1 ? row.at(c).rightJustified(widths[c])
                                                       : row.at(c).leftJustified(widths[c]));
            out() << cells.join(separator).trimmed() << '\n';
        }
        const int filtered = pool.size() - pool.eligibleCount();
        if (filtered > 0)
            out() << Cli::tr(
                         "%n candidate(s) filtered out before ranking; see --format json (\"excluded\") or "
                         "candor explain FILE HANDLE.",
                         nullptr, filtered)
                  << '\n';
        if (notProfiled > 0)
            out() << Cli::tr("%n account(s) of creators who asked not to be profiled are not ranked (candor "
                             "privacy "
                             "lists them).",
                             nullptr, notProfiled)
                  << '\n';
    }
    out().flush();
    return Ok;
}

void addExplainOptions(QCommandLineParser &p)
{
    addScoringOptions(p);
    p.addOption({QStringLiteral("compare"), Cli::tr("Compare factor by factor with another handle."),
                 QStringLiteral("HANDLE")});
    p.addOption({QStringLiteral("platform"),
                 Cli::tr("Platform of HANDLE (and of --compare) when the handle is on several."),
                 QStringLiteral("P")});
    p.addOption({QStringLiteral("format"), Cli::tr("text (default) or json."), QStringLiteral("F")});
}

int commandExplain(QCommandLineParser &parser, const QStringList &positional)
{
    Session s;
    if (const auto failed = openSession(parser, positional.at(0), "explain", s))
        return *failed;
    const auto chosen = chosenFormat(parser, {QStringLiteral("text"), QStringLiteral("json")});
    if (!chosen)
        return usageError(Cli::tr("--format must be text or json"), "explain");
    const QString format = *chosen;
    const ScoredPool &pool = *s.pool;
    std::optional<Platform> platform;
    if (parser.isSet(QStringLiteral("platform"))) {
        platform = platformFromText(parser.value(QStringLiteral("platform")));
        if (!platform)
            return usageError(
                Cli::tr("--platform is one of %1").arg(platformIds().join(QStringLiteral(", "))), "explain");
    }
    // One account, or an error that names every account the handle could mean.
    const auto findOne = [&](const QString &handle) -> Result<int> {
        const QList<int> found = pool.indicesOfHandle(handle, platform);
        if (found.size() == 1)
            return found.constFirst();
        if (found.isEmpty())
            return noCandidate(*s.project, handle, platform);
        QStringList accounts;
        for (int index : found)
            accounts << QStringLiteral("%1 on %2").arg(handleOf(pool, index), platformId(pool.platform(index)));
        return Error{s.project->path(),
                     Cli::tr("has %1 on several platforms (%2); choose one with --platform")
                         .arg(printable(handle), accounts.join(QStringLiteral(", "))),
                     {}};
    };
    const auto chosenCandidate = findOne(positional.at(1));
    if (!chosenCandidate)
        return reportDataError(chosenCandidate.error());
    const int i = *chosenCandidate;
    std::optional<int> other;
    if (parser.isSet(QStringLiteral("compare"))) {
        const auto compared = findOne(parser.value(QStringLiteral("compare")));
        if (!compared)
            return reportDataError(compared.error());
        other = *compared;
    }

    const int k = s.stability.topK;
    auto record = ScoringStore(*s.project).candidate(pool.accountId(i));
    if (!record)
        return reportDataError(record.error());
    const Breakdown b = pool.breakdown(i, *record, s.weights);
    const int rank = pool.rankOf(i, s.weights);
    const int ranked = pool.eligibleCount();
    const auto filteredBy = pool.filteredOutBy(i);
    std::optional<CandidateStability> stability;
    if (s.stability.draws > 0 && !filteredBy)
        stability = RankStability::computeFor(pool, s.weights, s.stability, std::vector<int>{i}).front();
    const bool outside = !filteredBy && rank > k;
    const QList<ValueChange> values =
        outside ? Counterfactuals::valueChanges(pool, i, b, k, s.weights) : QList<ValueChange>{};
    const QList<WeightChange> weights =
        outside ? Counterfactuals::weightChanges(pool, i, k, s.weights) : QList<WeightChange>{};
    const QList<FactorDifference> differences =
        other ? compareCandidates(pool, i, *other, s.weights) : QList<FactorDifference>{};

    if (format == QLatin1String("json")) {
        QJsonArray factors;
        for (const FactorContribution &f : b.factors)
            factors.append(
                QJsonObject{{QStringLiteral("factor"), factorKey(f.value.id)},
                            {QStringLiteral("name"), translatedFactorName(f.value.id)},
                            {QStringLiteral("raw"), f.value.raw ? rounded(*f.value.raw) : QJsonValue()},
                            {QStringLiteral("normalized"), rounded(f.usedValue)},
                            {QStringLiteral("normalization"), f.normalization.toJson()},
                            {QStringLiteral("weight"), f.weight},
                            {QStringLiteral("points"), rounded(f.points)},
                            {QStringLiteral("imputed"), f.imputed},
                            {QStringLiteral("left_out"), f.leftOut},
                            {QStringLiteral("missing"), f.countedAsZero},
                            {QStringLiteral("not_applicable"), f.notApplicable},
                            {QStringLiteral("source"), f.value.source},
                            {QStringLiteral("sentence"), f.sentence}});
        QJsonObject document{
            {QStringLiteral("handle"), pool.handle(i)},
            {QStringLiteral("platform"), platformId(pool.platform(i))},
            {QStringLiteral("campaign"), campaignJson(s.inputs.campaign)},
            {QStringLiteral("model"), pool.model().toJson()},
            {QStringLiteral("score"), rounded(b.score)},
            {QStringLiteral("rank"), rank == 0 ? QJsonValue() : QJsonValue(rank)},
            {QStringLiteral("ranked"), ranked},
            {QStringLiteral("coverage"), rounded(b.coverage)},
            {QStringLiteral("score_range"), QJsonArray{rounded(b.lowest), rounded(b.highest)}},
            {QStringLiteral("filtered_out_by"), filteredBy ? QJsonValue(*filteredBy) : QJsonValue()},
            {QStringLiteral("factors"), factors},
            {QStringLiteral("k"), k}};
        if (stability)
            document.insert(QStringLiteral("stability"),
                            QJsonObject{{QStringLiteral("p_top_k"), rounded(stability->probabilityInTopK)},
                                        {QStringLiteral("rank_interval"),
                                         QJsonArray{stability->rankLow, stability->rankHigh}},
                                        {QStringLiteral("unstable"), stability->unstable},
                                        {QStringLiteral("draws"), s.stability.draws}});
        if (outside) {
            QJsonArray valueArray;
            for (const ValueChange &v : values)
                valueArray.append(QJsonObject{
                    {QStringLiteral("factor"), factorKey(v.id)},
                    {QStringLiteral("reachable"), v.reachable},
                    {QStringLiteral("needed_normalized"),
                     v.reachable ? rounded(v.neededValue) : QJsonValue()},
                    {QStringLiteral("needed_raw"), v.neededRaw ? rounded(*v.neededRaw) : QJsonValue()},
                    {QStringLiteral("sentence"), v.sentence}});
            QJsonArray weightArray;
            for (const WeightChange &w : weights)
                weightArray.append(QJsonObject{
                    {QStringLiteral("factor"), factorKey(w.id)},
                    {QStringLiteral("reachable"), w.reachable},
                    {QStringLiteral("needed_weight"), w.reachable ? rounded(w.neededWeight) : QJsonValue()},
                    {QStringLiteral("sentence"), w.sentence}});
            document.insert(QStringLiteral("counterfactuals"),
                            QJsonObject{{QStringLiteral("values"), valueArray},
                                        {QStringLiteral("weights"), weightArray}});
        }
        if (other) {
            QJsonObject diff;
            for (const FactorDifference &d : differences)
                diff.insert(factorKey(d.id), rounded(d.difference()));
            document.insert(
                QStringLiteral("comparison"),
                QJsonObject{{QStringLiteral("handle"), pool.handle(*other)},
                            {QStringLiteral("rank"), pool.rankOf(*other, s.weights)},
                            {QStringLiteral("difference"), diff}});
        }
        out() << QJsonDocument(document).toJson(QJsonDocument::Indented);
        out().flush();
        return Ok;
    }

    out() << Cli::tr("%1 (%2, %3) for campaign \"%4\", model %5 v%6")
                 .arg(handleOf(pool, i), platformDisplayName(pool.platform(i)),
                      printable(pool.displayName(i)), s.inputs.campaign.name, pool.model().name,
                      QString::number(pool.model().version))
          << '\n';
    if (filteredBy)
        out() << Cli::tr("Not ranked: %1. The score below is shown for reference.").arg(*filteredBy) << '\n';
    out() << (rank > 0 ? Cli::tr("Score %1 of 100, rank %2 of %3, data coverage %4")
                             .arg(formatScore(b.score), QString::number(rank), QString::number(ranked),
                                  percentText(b.coverage, 0))
                       : Cli::tr("Score %1 of 100, data coverage %2")
                             .arg(formatScore(b.score), percentText(b.coverage, 0)))
          << '\n';
    if (b.hasMissingData())
        out() << Cli::tr("With the missing data the score could lie between %1 and %2 (each missing factor "
                         "at 0 and at "
                         "full marks)")
                     .arg(formatScore(b.lowest), formatScore(b.highest))
              << '\n';
    if (stability)
        out() << Cli::tr("Rank stability: in the top %1 in %2 of %3 weight draws; rank %4 to %5 (5th to 95th "
                         "percentile)%6")
                     .arg(QString::number(k), percentText(stability->probabilityInTopK, 0),
                          QString::number(s.stability.draws), QString::number(stability->rankLow),
                          QString::number(stability->rankHigh),
                          stability->unstable ? Cli::tr(" — not a stable place") : QString())
              << '\n';
    // The columns widen for a language with longer words; in English they keep the widths the docs show.
    QList<QStringList> table{{Cli::tr("Factor"), Cli::tr("Raw value"), Cli::tr("Normalised"),
                              Cli::tr("Weight"), Cli::tr("Points")}};
    for (const FactorContribution &f : b.factors)
        table << QStringList{
            translatedFactorName(f.value.id),
            f.value.raw ? readableNumber(*f.value.raw) : QStringLiteral("—"),
            f.notApplicable ? QStringLiteral("n/a")
                            : QLocale::c().toString(f.usedValue, 'f', 3) +
                                  (f.imputed || f.countedAsZero ? QStringLiteral("*") : QString()),
            QLocale::c().toString(f.weight, 'g', 4), QLocale::c().toString(f.points, 'f', 2)};
    QList<qsizetype> widths{27, 13, 11, 7, 0};
    for (const QStringList &row : std::as_const(table))
        for (qsizetype c = 0; c + 1 < row.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    out() << '\n';
    for (const QStringList &row : std::as_const(table)) {
        for (qsizetype c = 0; c + 1 < row.size(); ++c)
            out() << row.at(c).leftJustified(widths[c]) << ' ';
        out() << row.last() << '\n';
    }
    out() << (pool.model().missingData == MissingDataRule::LowerBound
                  ? Cli::tr("(* no data: counts as 0 until there is data)")
                  : Cli::tr("(* imputed: no data, counted as neutral)"))
          << "\n\n"
          << Cli::tr("Why:") << '\n';
    for (const FactorContribution &f : b.factors)
        out() << "  - "
              << Cli::tr("%1: %2. Source: %3. Curve: %4.")
                     .arg(translatedFactorName(f.value.id), printable(f.sentence), f.value.source,
                          f.normalization.describe())
              << '\n';
    if (outside) {
        out() << '\n'
              << Cli::tr("What would bring it into the top %1 (one change at a time):").arg(k) << '\n';
        for (const ValueChange &v : values)
            out() << "  - " << v.sentence << '\n';
        for (const WeightChange &w : weights)
            out() << "  - " << w.sentence << '\n';
    }
    if (other) {
        double total = 0.0;
        out() << '\n'
              << Cli::tr("Compared with %1 (points, this candidate minus the other):")
                     .arg(handleOf(pool, *other))
              << '\n';
        for (const FactorDifference &d : differences) {
            total += d.difference();
            out() << "  " << translatedFactorName(d.id).leftJustified(widths[0]) << ' '
                  << QLocale::c().toString(d.difference(), 'f', 2).rightJustified(7) << '\n';
        }
        out() << "  " << Cli::tr("Score gap").leftJustified(widths[0]) << ' '
              << QLocale::c().toString(total, 'f', 2).rightJustified(7) << '\n';
    }
    out().flush();
    return Ok;
}

} // namespace candor::cli
