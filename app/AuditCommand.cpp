// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AuditCommand.h"

#include "CliSupport.h"
#include "core/Formatting.h"
#include "core/SafeText.h"
#include "fairness/AuditReport.h"
#include "workbench/Workbench.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace candor::cli {
namespace {

using namespace candor::fairness;

// A measure in JSON: the number, or null and the reason under `<key>_undefined`.
void putMeasure(QJsonObject &json, const QString &key, const Measure &m)
{
    json.insert(key, m.value ? QJsonValue(*m.value) : QJsonValue(QJsonValue::Null));
    if (!m.value)
        json.insert(key + QStringLiteral("_undefined"), m.undefinedReason);
}

QJsonValue intervalJson(const Interval &i)
{
    return QJsonArray{i.low, i.hasUpperLimit() ? QJsonValue(i.high) : QJsonValue(QJsonValue::Null)};
}

// The rows' numbers under their keys, and the rows themselves with their words for tools that show them.
void putRows(QJsonObject &json, const QList<ReportRow> &rows)
{
    QJsonArray measures;
    for (const ReportRow &row : rows) {
        putMeasure(json, row.key, row.value);
        QJsonObject m{{QStringLiteral("key"), row.key},
                      {QStringLiteral("label"), row.label},
                      {QStringLiteral("technical"), row.technical},
                      {QStringLiteral("definition"), row.definition}};
        putMeasure(m, QStringLiteral("value"), row.value);
        if (!row.sentence.isEmpty())
            m.insert(QStringLiteral("sentence"), row.sentence);
        measures.append(m);
    }
    json.insert(QStringLiteral("measures"), measures);
}

QJsonObject audienceJson(const DimensionAudit &d, const Thresholds &thresholds)
{
    const DimensionBalance &b = d.balance;
    QJsonObject json{{QStringLiteral("dimension"), dimensionId(b.dimension)},
                     {QStringLiteral("light"), lightKey(b.light)},
                     {QStringLiteral("members"), b.members},
                     {QStringLiteral("pooled"), b.membersPooled},
                     {QStringLiteral("left_out_low_confidence"), b.membersLeftOutLowConfidence},
                     {QStringLiteral("pooled_reach"), b.pooledReach},
                     {QStringLiteral("js_divergence"), b.distances.jsDivergence}};
    putRows(json, audienceRows(b));
    if (!b.partitionNote.isEmpty())
        json.insert(QStringLiteral("note"), b.partitionNote);
    QJsonArray categories;
    for (const CategoryBalance &c : b.categories) {
        const bool known = c.flag != CategoryBalance::Flag::NoData && b.light != DimensionBalance::Light::NoData;
        QJsonObject category{
            {QStringLiteral("category"), c.category},
            {QStringLiteral("share"), known ? QJsonValue(c.share) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("target"), c.target},
            {QStringLiteral("flag"), flagKey(c.flag)},
            {QStringLiteral("low_confidence_part"), c.lowConfidencePart},
            {QStringLiteral("confidence"), c.confidence},
            {QStringLiteral("reported_by"), c.reportedBy},
            {QStringLiteral("includes_minors"), includesMinors(b.dimension, c.category)},
            {QStringLiteral("sentence"), categorySentence(c, thresholds)}};
        putMeasure(category, QStringLiteral("ratio"), c.ratio);
        categories.append(category);
    }
    json.insert(QStringLiteral("categories"), categories);
    QJsonObject rebalance;
    for (auto it = d.rebalance.cbegin(); it != d.rebalance.cend(); ++it) {
        QJsonArray suggestions;
        for (const Suggestion &s : it.value())
            suggestions.append(QJsonObject{{QStringLiteral("handle"), s.handle},
                                           {QStringLiteral("rank"), s.rank},
                                           {QStringLiteral("score"), s.score},
                                           {QStringLiteral("new_share"), s.newShare},
                                           {QStringLiteral("gain"), s.gain},
                                           {QStringLiteral("points_given_up"), s.pointsGivenUp},
                                           {QStringLiteral("gain_per_point"), s.gainPerPoint}});
        rebalance.insert(it.key(), suggestions);
    }
    json.insert(QStringLiteral("rebalance"), rebalance);
    return json;
}

QJsonObject rankedTestJson(const RankedGroupTest &t)
{
    return QJsonObject{{QStringLiteral("k"), t.k},
                       {QStringLiteral("p"), t.p},
                       {QStringLiteral("alpha"), t.alpha},
                       {QStringLiteral("adjusted_alpha"), t.adjustedAlpha},
                       {QStringLiteral("fail_probability"), t.failProbability},
                       {QStringLiteral("passed"), t.passed},
                       {QStringLiteral("failed_at"), t.failedAt},
                       {QStringLiteral("needed"), t.needed},
                       {QStringLiteral("had"), t.had}};
}

QJsonObject attributeJson(const AttributeAudit &a, const Thresholds &thresholds)
{
    QJsonObject json{{QStringLiteral("attribute"), a.attribute},
                     {QStringLiteral("consenting"), a.consenting},
                     {QStringLiteral("not_consenting"), a.notConsenting},
                     {QStringLiteral("consent_purposes"), QJsonArray::fromStringList(a.consentPurposes)},
                     {QStringLiteral("reference"), a.groups.reference},
                     {QStringLiteral("groups_judged"), a.groups.groupsJudged},
                     {QStringLiteral("selected"), a.groups.selected},
                     {QStringLiteral("too_few_selected"), a.groups.tooFewSelected},
                     {QStringLiteral("k"), a.k}};
    putRows(json, attributeRows(a, thresholds));
    QJsonArray groups;
    for (qsizetype i = 0; i < a.groups.groups.size(); ++i) {
        const GroupOutcome &g = a.groups.groups.at(i);
        const GroupExposure &e = a.exposure.at(i);
        QJsonObject group{{QStringLiteral("group"), g.group},
                          {QStringLiteral("pool"), g.poolSize},
                          {QStringLiteral("selected"), g.selected},
                          {QStringLiteral("too_few"), g.tooFew},
                          {QStringLiteral("fair"), g.fair ? QJsonValue(*g.fair) : QJsonValue(QJsonValue::Null)},
                          {QStringLiteral("verdict"), verdictLabel(g.verdict)},
                          {QStringLiteral("pprev_interval"), intervalJson(g.pprevInterval)},
                          {QStringLiteral("disparity_interval"),
                           g.disparityInterval ? intervalJson(*g.disparityInterval) : QJsonValue(QJsonValue::Null)},
                          {QStringLiteral("sentence"), groupSentence(g, a.groups.reference)},
                          {QStringLiteral("target_share"), e.targetShare}};
        putMeasure(group, QStringLiteral("pprev"), g.pprev);
        putMeasure(group, QStringLiteral("ppr"), g.ppr);
        putMeasure(group, QStringLiteral("pprev_disparity"), g.pprevDisparity);
        putMeasure(group, QStringLiteral("ppr_disparity"), g.pprDisparity);
        putMeasure(group, QStringLiteral("skew_at_k"), e.skew);
        group.insert(QStringLiteral("ranked_test"), e.rankedTest ? QJsonValue(rankedTestJson(*e.rankedTest))
                                                                 : QJsonValue(QJsonValue::Null));
        groups.append(group);
    }
    json.insert(QStringLiteral("groups"), groups);
    QJsonArray factors;
    for (const FactorGap &f : a.factors) {
        QJsonObject points;
        for (auto it = f.averagePoints.cbegin(); it != f.averagePoints.cend(); ++it)
            points.insert(it.key(), it.value());
        factors.append(QJsonObject{{QStringLiteral("factor"), scoring::factorKey(f.factor)},
                                   {QStringLiteral("average_points"), points}});
    }
    json.insert(QStringLiteral("factors"), factors);
    return json;
}

QJsonArray findingsJson(const QList<Finding> &list)
{
    QJsonArray array;
    for (const Finding &f : list) {
        QJsonObject json{{QStringLiteral("severity"), severityKey(f.severity)},
                         {QStringLiteral("kind"), f.key},
                         {QStringLiteral("subject"), f.subject},
                         {QStringLiteral("sentence"), f.sentence}};
        if (f.share)
            json.insert(QStringLiteral("share"), *f.share);
        if (f.confidence)
            json.insert(QStringLiteral("confidence"), *f.confidence);
        array.append(json);
    }
    return array;
}

// The words of every row printed, once, at the end: a terminal has no tooltips.
void printGlossary(const QList<ReportRow> &rows)
{
    QStringList seen;
    out() << '\n' << Cli::tr("What the numbers mean:") << '\n';
    for (const ReportRow &row : rows) {
        if (seen.contains(row.key))
            continue;
        seen << row.key;
        out() << "  " << row.label << " — " << row.technical << ": " << row.definition << '\n';
    }
}

void printRows(const QList<ReportRow> &rows, QList<ReportRow> &glossary)
{
    for (const ReportRow &row : rows) {
        out() << "  " << row.label << ": " << row.valueText();
        if (!row.value.isDefined())
            out() << " (" << row.value.undefinedReason << ')';
        if (!row.sentence.isEmpty())
            out() << " — " << row.sentence;
        out() << '\n';
        glossary << row;
    }
}

void printText(const FairnessAudit &audit, int notProfiled)
{
    const AuditSettings &s = audit.settings;
    const Thresholds &t = s.thresholds;
    out()
        << Cli::tr("Fairness audit of %1 for campaign \"%2\"")
               .arg(audit.selectionLabel, printable(audit.campaign))
        << '\n'
        << (s.audience.excludeLowConfidence
                ? Cli::tr(
                      "Audience pooled by %1; estimates below %2 confidence are low confidence and left out. "
                      "Four-fifths band %3–%4.")
                : Cli::tr("Audience pooled by %1; estimates below %2 confidence are low confidence. "
                          "Four-fifths band "
                          "%3–%4."))
               .arg(reachWeightingLabel(s.audience.weighting), percentText(s.audience.lowConfidenceBelow, 0),
                    decimalText(t.lower, 2), decimalText(t.upper, 2))
        << '\n';
    if (notProfiled > 0)
        out() << Cli::tr("%n account(s) of creators who asked not to be profiled are in neither the ranking "
                         "nor this "
                         "audit.",
                         nullptr, notProfiled)
              << '\n';
    const QList<Finding> found = findings(audit);
    out() << '\n'
          << (found.isEmpty() ? Cli::tr("Findings, most serious first: none.")
                              : Cli::tr("Findings, most serious first:"))
          << '\n';
    for (const Finding &f : found)
        out() << "  " << severityLabel(f.severity).toUpper().leftJustified(9) << printable(f.subject) << ": "
              << printable(f.sentence) << '\n';
    QList<ReportRow> glossary;
    if (audit.dimensions.isEmpty())
        out() << '\n'
              << Cli::tr("The campaign has no target audience, so the audience balance cannot be checked. "
                         "Add one with "
                         "candor campaign edit FILE CAMPAIGN --target gender:female=60%,male=40% (or "
                         "Campaign › Edit).")
              << '\n';
    for (const DimensionAudit &d : audit.dimensions) {
        const DimensionBalance &b = d.balance;
        out() << '\n'
              << Cli::tr("%1: %2; %3 of %n creator(s) pooled", nullptr, b.members)
                     .arg(dimensionDisplayName(b.dimension), lightLabel(b.light),
                          QString::number(b.membersPooled))
              << '\n';
        printRows(audienceRows(b), glossary);
        if (!b.partitionNote.isEmpty())
            out() << "  " << Cli::tr("Note: %1").arg(b.partitionNote) << '\n';
        for (const CategoryBalance &c : b.categories) {
            const bool known = c.flag != CategoryBalance::Flag::NoData && b.light != DimensionBalance::Light::NoData;
            out() << "  " << printable(c.category).leftJustified(22) << ' '
                  << Cli::tr("selected %1  target %2  ratio %3")
                         .arg((known ? percentText(c.share, 1) : Cli::tr("no data")).rightJustified(7),
                              percentText(c.target, 1).rightJustified(7),
                              (c.ratio.isDefined() ? c.ratio.text(2) : QStringLiteral("—")).rightJustified(5))
                  << "  " << flagLabel(c.flag);
            if (known && c.share > 0.0)
                out() << ' ' << Cli::tr("(data confidence %1)").arg(percentText(c.confidence, 0));
            out() << '\n';
        }
        for (const CategoryBalance &c : b.categories) {
            const auto it = d.rebalance.constFind(c.category);
            if (it == d.rebalance.cend() || it->isEmpty())
                continue;
            out() << "  " << Cli::tr("Would raise %1 most per point of score given up:").arg(c.category);
            for (const Suggestion &sg : *it)
                out() << ' '
                      << Cli::tr("@%1 (rank %2, +%3 pts)")
                             .arg(printable(sg.handle), QString::number(sg.rank),
                                  decimalText(100.0 * sg.gain, 1));
            out() << '\n';
        }
    }
    if (audit.attributes.isEmpty())
        out() << '\n'
              << Cli::tr("No creator has self-declared attributes with consent, so how creator groups fare "
                         "cannot be "
                         "checked. Import them with candor import-attributes (File › Import Self-declared "
                         "Attributes).")
              << '\n';
    for (const AttributeAudit &a : audit.attributes) {
        out() << '\n'
              << Cli::tr("Creators by %1 (self-declared, with consent: %2 ranked candidates; %3 without "
                         "consent left "
                         "out; consent for: %4). Reference group: %5.")
                     .arg(attributeLabel(a.attribute), QString::number(a.consenting),
                          QString::number(a.notConsenting), a.consentPurposes.join(QStringLiteral("; ")),
                          a.groups.reference)
              << '\n';
        printRows(attributeRows(a, t), glossary);
        for (qsizetype i = 0; i < a.groups.groups.size(); ++i) {
            const GroupOutcome &g = a.groups.groups.at(i);
            out() << "  " << printable(g.group) << ": " << groupSentence(g, a.groups.reference) << '\n';
            if (const QString ranked = rankedTestSentence(a.exposure.at(i)); !ranked.isEmpty())
                out() << "      "
                      << Cli::tr("Ranking: %1 Skew@%2: %3.")
                             .arg(ranked, QString::number(a.k), a.exposure.at(i).skew.text(3))
                      << '\n';
        }
        out() << "  " << Cli::tr("mean points per factor:");
        for (const GroupOutcome &g : a.groups.groups)
            out() << ' ' << g.group;
        out() << '\n';
        for (const FactorGap &f : a.factors) {
            out() << "    " << scoring::translatedFactorName(f.factor).leftJustified(26);
            for (const GroupOutcome &g : a.groups.groups)
                out() << ' ' << decimalText(f.averagePoints.value(g.group), 1).rightJustified(5);
            out() << '\n';
        }
    }
    if (!glossary.isEmpty())
        printGlossary(glossary);
}

} // namespace

void addAuditOptions(QCommandLineParser &p)
{
    addCampaignOption(p);
    p.addOption({QStringLiteral("top"), Cli::tr("Size of the top k when there is no shortlist (default 10)."),
                 QStringLiteral("K")});
    p.addOption({QStringLiteral("selection"),
                 Cli::tr("auto (the shortlist if any, else the top k), shortlist or top."),
                 QStringLiteral("S")});
    p.addOption({QStringLiteral("weighting"), Cli::tr("Pool audiences by followers (default) or views."),
                 QStringLiteral("W")});
    p.addOption({QStringLiteral("exclude-low-confidence"),
                 Cli::tr("Leave audience estimates with a confidence below 0.5 out of the pool.")});
    p.addOption({QStringLiteral("min-group"), Cli::tr("Smallest group whose rate is judged (default 5)."),
                 QStringLiteral("N")});
    p.addOption(
        {QStringLiteral("reference"),
         Cli::tr("Reference group of an attribute, e.g. gender=woman (default: the largest). Repeatable."),
         QStringLiteral("attribute=group")});
    p.addOption({QStringLiteral("band"),
                 Cli::tr("Lower edge of the band of fair ratios; the upper is its inverse (default 0.8, the "
                         "four-fifths rule)."),
                 QStringLiteral("R")});
    p.addOption({QStringLiteral("format"), Cli::tr("text (default) or json."), QStringLiteral("F")});
}

int commandAudit(QCommandLineParser &parser, const QStringList &positional)
{
    constexpr const char *command = "audit";
    if (positional.size() != 1)
        return usageError(Cli::tr("audit needs one project file"), command);
    AuditSettings settings;
    const auto top = wholeNumberOption(parser, "top", settings.topK, 1);
    const auto minGroup = wholeNumberOption(parser, "min-group", settings.thresholds.minimumGroupSize, 1);
    if (!top || !minGroup)
        return usageError(Cli::tr("--top and --min-group need a whole number of 1 or more"), command);
    settings.topK = *top;
    settings.thresholds.minimumGroupSize = *minGroup;
    if (parser.isSet(QStringLiteral("band"))) {
        bool ok = false;
        const double band = parser.value(QStringLiteral("band")).toDouble(&ok);
        if (!ok || band <= 0.0 || band >= 1.0)
            return usageError(Cli::tr("--band takes a number between 0 and 1, such as 0.8"), command);
        settings.thresholds.lower = band;
        settings.thresholds.upper = 1.0 / band;
    }
    const QString selection = parser.value(QStringLiteral("selection"));
    if (selection == QLatin1String("shortlist"))
        settings.selection = AuditSettings::Selection::Shortlist;
    else if (selection == QLatin1String("top"))
        settings.selection = AuditSettings::Selection::TopK;
    else if (!selection.isEmpty() && selection != QLatin1String("auto"))
        return usageError(Cli::tr("--selection is auto, shortlist or top"), command);
    const QString weighting = parser.value(QStringLiteral("weighting"));
    if (weighting == QLatin1String("views"))
        settings.audience.weighting = ReachWeighting::AverageViews;
    else if (!weighting.isEmpty() && weighting != QLatin1String("followers"))
        return usageError(Cli::tr("--weighting is followers or views"), command);
    settings.audience.excludeLowConfidence = parser.isSet(QStringLiteral("exclude-low-confidence"));
    for (const QString &spec : parser.values(QStringLiteral("reference"))) {
        const qsizetype equals = spec.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return usageError(Cli::tr("--reference needs attribute=group, got \"%1\"").arg(spec), command);
        settings.referenceGroup.insert(spec.left(equals).trimmed(), spec.mid(equals + 1).trimmed());
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("text") && format != QLatin1String("json"))
        return usageError(Cli::tr("--format is text or json"), command);

    std::unique_ptr<Workbench> opened;
    if (const auto failed = openWorkbenchOnCampaign(parser, positional.first(), opened))
        return *failed;
    Workbench &w = *opened;
    auto attributes = w.consentedAttributes();
    if (!attributes)
        return reportDataError(attributes.error());
    const FairnessAudit audit = fairness::audit(w.auditInput(*attributes), *attributes, settings);

    if (format == QLatin1String("json")) {
        QJsonArray handles, audience, groups; // handles: the selected accounts
        for (int c : audit.selected) {
            handles.append(QJsonObject{{QStringLiteral("handle"), w.pool().handle(c)},
                                       {QStringLiteral("platform"), platformId(w.pool().platform(c))},
                                       {QStringLiteral("rank"), w.rankOf(c)},
                                       {QStringLiteral("score"), w.scores()[static_cast<std::size_t>(c)]}});
        }
        for (const DimensionAudit &d : audit.dimensions)
            audience.append(audienceJson(d, settings.thresholds));
        for (const AttributeAudit &a : audit.attributes)
            groups.append(attributeJson(a, settings.thresholds));
        const QJsonObject json{
            {QStringLiteral("campaign"), audit.campaign},
            {QStringLiteral("not_profiled_accounts"), w.notProfiledCount()},
            {QStringLiteral("selection"), QJsonObject{{QStringLiteral("label"), audit.selectionLabel},
                                                      {QStringLiteral("members"), handles}}},
            {QStringLiteral("settings"),
             QJsonObject{
                 {QStringLiteral("weighting"), // what programs read stays the same in every language
                  settings.audience.weighting == ReachWeighting::Followers ? QStringLiteral("followers")
                                                                           : QStringLiteral("average views")},
                 {QStringLiteral("low_confidence_below"), settings.audience.lowConfidenceBelow},
                 {QStringLiteral("exclude_low_confidence"), settings.audience.excludeLowConfidence},
                 {QStringLiteral("band"), QJsonArray{settings.thresholds.lower, settings.thresholds.upper}},
                 {QStringLiteral("min_group_size"), settings.thresholds.minimumGroupSize},
                 {QStringLiteral("min_selected"), settings.thresholds.minimumSelected},
                 {QStringLiteral("confidence"), settings.thresholds.confidence},
                 {QStringLiteral("ranked_test_alpha"), settings.thresholds.rankedTestAlpha},
                 {QStringLiteral("top_k"), settings.topK}}},
            {QStringLiteral("findings"), findingsJson(findings(audit))},
            {QStringLiteral("audience"), audience},
            {QStringLiteral("creator_groups"), groups}};
        out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        printText(audit, w.notProfiledCount());
    }
    return Ok;
}

} // namespace candor::cli
