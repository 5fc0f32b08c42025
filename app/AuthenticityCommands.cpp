// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AuthenticityCommands.h"

#include "CliSupport.h"
#include "authenticity/FollowerRules.h"
#include "authenticity/AccountSignals.h"
#include "core/SafeText.h"
#include "import/FollowerSampleImporter.h"
#include "scoring/AccountEvidence.h"
#include "storage/AccountLookup.h"
#include "storage/ScoringStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>

namespace candor::cli {
namespace {

using authenticity::ClassificationMetrics;
using authenticity::FollowerRule;
using authenticity::FollowerRuleSet;

QString percent(double fraction)
{
    return QLocale().toString(100.0 * fraction, 'f', 1) + QStringLiteral(" %");
}

QJsonObject metricsJson(const ClassificationMetrics &m)
{
    return {{QStringLiteral("true_positives"), m.truePositives},   {QStringLiteral("false_positives"), m.falsePositives},
            {QStringLiteral("true_negatives"), m.trueNegatives},   {QStringLiteral("false_negatives"), m.falseNegatives},
            {QStringLiteral("accuracy"), m.accuracy()},            {QStringLiteral("specificity"), m.specificity()},
            {QStringLiteral("sensitivity"), m.sensitivity()},      {QStringLiteral("precision"), m.precision()},
            {QStringLiteral("base_rate"), m.baseRate()}};
}

struct AccountAuthenticity
{
    QString handle;
    Platform platform = Platform::Instagram;
    authenticity::AccountFacts facts;
    AccountMetrics metrics; // for the vendor's own figure, shown beside Candor's signals
};

// What the project knows of an account, as the signals take it (scoring::authenticityFacts).
Result<AccountAuthenticity> authenticityFacts(const ProjectFile &project, const QString &handle,
                                              std::optional<Platform> platform)
{
    auto lookup = AccountLookup::prepare(project);
    if (!lookup)
        return lookup.error();
    auto found = lookup->find(handle, platform);
    if (!found)
        return Error{project.path(), found.error().message, {}};
    const ScoringStore scoring(project);
    auto candidate = scoring.candidate(found->accountId);
    if (!candidate)
        return candidate.error();
    auto benchmarks = scoring.benchmarks();
    if (!benchmarks)
        return benchmarks.error();
    return AccountAuthenticity{candidate->account.handle, candidate->account.platform,
                               scoring::authenticityFacts(*candidate, *benchmarks), candidate->account.metrics};
}

QString metricsText(const ClassificationMetrics &m)
{
    return Cli::tr("accuracy %1, specificity %2, sensitivity %3, precision %4 (base rate %5 fake)")
        .arg(percent(m.accuracy()), percent(m.specificity()), percent(m.sensitivity()),
             percent(m.precision()), percent(m.baseRate()));
}

} // namespace

void addFollowersCheckOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("learn"),
                      Cli::tr("Learn the rules from the sample's own labels (cross-validated) instead of "
                              "using the rules learnt from SRF Data's labelled followers.")});
    parser.addOption({QStringLiteral("format"), Cli::tr("text (default) or json."), QStringLiteral("F")});
}

int commandFollowersCheck(QCommandLineParser &parser, const QStringList &positional)
{
    constexpr const char *command = "followers-check";
    if (positional.size() != 1)
        return usageError(Cli::tr("followers-check needs one follower sample (CSV or JSON)"), command);
    const auto format = chosenFormat(parser, {QStringLiteral("text"), QStringLiteral("json")});
    if (!format)
        return usageError(Cli::tr("--format must be text or json"), command);
    auto sample = FollowerSampleImporter::read(positional.first());
    if (!sample)
        return reportDataError(sample.error());
    const bool learn = parser.isSet(QStringLiteral("learn"));
    if (learn && !sample->hasLabels)
        return reportDataError(
            Error{positional.first(), Cli::tr("has no fake/real labels to learn from"), {}});
    const FollowerRuleSet rules = learn ? FollowerRuleSet::fit(sample->profiles) : FollowerRuleSet::srf2017();
    const QString origin =
        learn ? Cli::tr("learnt from this sample's %1 labelled followers").arg(sample->profiles.size())
              : FollowerRuleSet::srf2017Source();
    const auto total = sample->profiles.size();
    int flagged = 0;
    for (const FollowerProfile &p : std::as_const(sample->profiles))
        flagged += rules.looksFake(p) ? 1 : 0;
    QList<int> hitsOfRule; // in this sample, rule by rule
    for (const FollowerRule &rule : rules.rules)
        hitsOfRule << static_cast<int>(std::count_if(sample->profiles.cbegin(), sample->profiles.cend(),
                                                     [&rule](const FollowerProfile &p) { return rule.hits(p); }));
    std::optional<ClassificationMetrics> againstLabels;
    std::optional<FollowerRuleSet::CrossValidation> crossValidated;
    if (sample->hasLabels) {
        againstLabels = rules.evaluate(sample->profiles);
        if (learn)
            crossValidated = FollowerRuleSet::crossValidate(sample->profiles, 5, 20);
    }
    const QString fileName = QFileInfo(positional.first()).fileName();

    if (*format == QLatin1String("json")) {
        QJsonArray ruleRows;
        for (qsizetype i = 0; i < rules.rules.size(); ++i) {
            const FollowerRule &rule = rules.rules.at(i);
            ruleRows.append(QJsonObject{{QStringLiteral("rule"), rule.describe()},
                                        {QStringLiteral("threshold"), rule.threshold},
                                        {QStringLiteral("points_if_so"), rule.pointsIfHit},
                                        {QStringLiteral("points_if_not"), rule.pointsIfNot},
                                        {QStringLiteral("hits_in_sample"), hitsOfRule.at(i)}});
        }
        QJsonObject json{{QStringLiteral("file"), fileName},
                         {QStringLiteral("followers"), static_cast<int>(total)},
                         {QStringLiteral("rejected_rows"), static_cast<int>(rejectedLines(sample->issues).size())},
                         {QStringLiteral("rules_origin"), origin},
                         {QStringLiteral("rules"), ruleRows},
                         {QStringLiteral("cut"), rules.cut},
                         {QStringLiteral("looking_fake"), flagged}};
        if (againstLabels)
            json.insert(QStringLiteral("against_labels"), metricsJson(*againstLabels));
        if (crossValidated)
            json.insert(QStringLiteral("cross_validated"), metricsJson(crossValidated->pooled));
        out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
        out().flush();
        return sample->issues.isEmpty() ? Ok : DataError;
    }

    out() << Cli::tr("Follower sample %1: %2 followers read, %3 rejected")
                 .arg(fileName, QString::number(total), QString::number(rejectedLines(sample->issues).size()))
          << '\n';
    for (const RowIssue &issue : std::as_const(sample->issues))
        printIssue(fileName, issue.line, issue.column, severityLabel(issue.severity), issue.reason);
    for (const QString &notice : std::as_const(sample->batch.notices))
        out() << "  - " << notice << '\n';
    out() << Cli::tr("Rules (%1):").arg(origin) << '\n';
    for (qsizetype i = 0; i < rules.rules.size(); ++i)
        out() << "  " << rules.rules.at(i).describe() << "\n      "
              << Cli::tr("holds for %1 of %2 in this sample")
                     .arg(QString::number(hitsOfRule.at(i)), QString::number(total))
              << '\n';
    out() << Cli::tr("A follower looks fake at %1 points or more: %2 of %3 (%4).")
                 .arg(QLocale().toString(rules.cut, 'f', 2), QString::number(flagged), QString::number(total),
                      percent(total > 0 ? double(flagged) / double(total) : 0.0))
          << '\n';
    if (againstLabels)
        out() << (learn
                      ? Cli::tr("Against the sample's labels (in sample: the rules were learnt on them): %1.")
                      : Cli::tr("Against the sample's labels: %1."))
                     .arg(metricsText(*againstLabels))
              << '\n';
    if (crossValidated)
        out() << Cli::tr("Cross-validated (20 x stratified 5-fold, rules learnt without the followers they "
                         "judge): %1.")
                     .arg(metricsText(crossValidated->pooled))
              << '\n';
    out().flush();
    return sample->issues.isEmpty() ? Ok : DataError;
}

void addAuthenticityOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("platform"), Cli::tr("Platform of HANDLE when it is on several."),
                      QStringLiteral("P")});
    parser.addOption({QStringLiteral("followers"),
                      Cli::tr("A follower sample of the account, judged by the follower rules in place of "
                              "the sample stored with candor import-followers."),
                      QStringLiteral("SAMPLE.csv")});
    parser.addOption({QStringLiteral("format"), Cli::tr("text (default) or json."), QStringLiteral("F")});
}

int commandAuthenticity(QCommandLineParser &parser, const QStringList &positional)
{
    constexpr const char *command = "authenticity";
    if (positional.size() != 2)
        return usageError(Cli::tr("authenticity needs a project file and a handle"), command);
    const auto format = chosenFormat(parser, {QStringLiteral("text"), QStringLiteral("json")});
    if (!format)
        return usageError(Cli::tr("--format must be text or json"), command);
    std::optional<Platform> platform;
    if (const auto failed = platformOption(parser, command, platform))
        return *failed;
    int exitCode = Ok;
    auto project = openProject(positional.at(0), exitCode);
    if (!project)
        return exitCode;
    auto facts = authenticityFacts(*project, positional.at(1), platform);
    if (!facts)
        return reportDataError(facts.error());
    if (parser.isSet(QStringLiteral("followers"))) {
        auto sample = FollowerSampleImporter::read(parser.value(QStringLiteral("followers")));
        if (!sample)
            return reportDataError(sample.error());
        const FollowerRuleSet rules = FollowerRuleSet::srf2017();
        // In place of the account's stored sample, if it has one.
        facts->facts.sampledFollowers = static_cast<int>(sample->profiles.size());
        facts->facts.sampleLookingFake = 0;
        for (const FollowerProfile &p : std::as_const(sample->profiles))
            facts->facts.sampleLookingFake += rules.looksFake(p) ? 1 : 0;
    }
    const QList<authenticity::Signal> signalList = authenticity::assessAccount(facts->facts);
    const authenticity::SignalSummary summary = authenticity::summarize(signalList);
    const AccountMetrics &m = facts->metrics;
    const std::optional<double> vendorShare =
        m.authenticEngagement && m.averageEngagement && *m.averageEngagement > 0.0
            ? std::optional<double>(std::min(1.0, *m.authenticEngagement / *m.averageEngagement))
            : std::nullopt;
    if (*format == QLatin1String("json")) {
        QJsonArray rows;
        for (const authenticity::Signal &s : signalList) {
            QJsonArray jumps;
            for (const authenticity::GrowthJump &j : s.jumps)
                jumps.append(QJsonObject{{QStringLiteral("from"), j.from.toString(Qt::ISODate)},
                                         {QStringLiteral("to"), j.to.toString(Qt::ISODate)},
                                         {QStringLiteral("gained"), j.gained},
                                         {QStringLiteral("usual_gain"), j.usualGain},
                                         {QStringLiteral("likely_organic"), j.likelyOrganic}});
            rows.append(QJsonObject{{QStringLiteral("id"), s.id},
                                    {QStringLiteral("name"), s.name},
                                    {QStringLiteral("value"), s.value},
                                    {QStringLiteral("threshold"), s.threshold},
                                    {QStringLiteral("source"), s.source},
                                    {QStringLiteral("light"), authenticity::lightKey(s.light)},
                                    {QStringLiteral("evidence"), s.evidence},
                                    {QStringLiteral("confidence"), s.confidence},
                                    {QStringLiteral("weight"), s.weight},
                                    {QStringLiteral("jumps"), jumps}});
        }
        QJsonObject json{{QStringLiteral("handle"), facts->handle},
                         {QStringLiteral("platform"), platformId(facts->platform)},
                         {QStringLiteral("signals"), rows},
                         {QStringLiteral("combined"), summary.score ? QJsonValue(*summary.score) : QJsonValue()}};
        if (vendorShare)
            json.insert(QStringLiteral("vendor_authentic_share"), *vendorShare);
        out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
        out().flush();
        return Ok;
    }
    out()
        << Cli::tr(
               "Authenticity of @%1 (%2): each signal with its threshold and where the threshold comes from")
               .arg(printable(facts->handle), platformDisplayName(facts->platform))
        << '\n';
    for (const authenticity::Signal &s : signalList) {
        out() << "\n" << authenticity::lightKey(s.light).toUpper().leftJustified(8) << s.name;
        if (!s.value.isEmpty())
            out() << ": " << Cli::tr("%1 (usual: %2)").arg(s.value, s.threshold);
        out() << "\n        " << printable(s.evidence) << "\n        "
              << Cli::tr("threshold: %1").arg(s.source) << '\n';
        if (s.light != authenticity::Light::NoData)
            out() << "        "
                  << Cli::tr("counts %1 x confidence %2 in the factor")
                         .arg(QLocale().toString(s.weight, 'f', 0), QLocale().toString(s.confidence, 'f', 2))
                  << '\n';
        for (const authenticity::GrowthJump &j : s.jumps)
            out() << "        - " << printable(j.sentence) << '\n';
    }
    out() << '\n';
    if (summary.score)
        out() << Cli::tr("Together (the authenticity factor before its curve): %1 of the points of the %2 "
                         "signals with "
                         "data; green counts 1, amber 1/2, red 0, each weighted by its weight x confidence")
                     .arg(percent(*summary.score), QString::number(summary.withData))
              << '\n';
    else
        out() << Cli::tr("No signal has data, so the authenticity factor has none either.") << '\n';
    if (vendorShare)
        out() << Cli::tr("Beside it, not counted: the imported figures' own authentic engagement, %1 "
                         "(another tool's "
                         "model, which Candor cannot check)")
                     .arg(percent(*vendorShare))
              << '\n';
    out().flush();
    return Ok;
}

} // namespace candor::cli
