#include "AuthenticityCommands.h"

#include "CliSupport.h"
#include "authenticity/FollowerRules.h"
#include "import/FollowerSampleImporter.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

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

QString metricsText(const ClassificationMetrics &m)
{
    return QStringLiteral("accuracy %1, specificity %2, sensitivity %3, precision %4 (base rate %5 fake)")
        .arg(percent(m.accuracy()), percent(m.specificity()), percent(m.sensitivity()), percent(m.precision()),
             percent(m.baseRate()));
}

} // namespace

void addFollowersCheckOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("learn"),
                      QStringLiteral("Learn the rules from the sample's own labels (cross-validated) instead of "
                                     "using the rules learnt from SRF Data's labelled followers.")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("text (default) or json."), QStringLiteral("F")});
}

int commandFollowersCheck(QCommandLineParser &parser, const QStringList &positional)
{
    constexpr const char *command = "followers-check";
    if (positional.size() != 1)
        return usageError(QStringLiteral("followers-check needs one follower sample (CSV or JSON)"), command);
    const auto format = chosenFormat(parser, {QStringLiteral("text"), QStringLiteral("json")});
    if (!format)
        return usageError(QStringLiteral("--format must be text or json"), command);
    auto sample = FollowerSampleImporter::read(positional.first());
    if (!sample)
        return reportDataError(sample.error());
    const bool learn = parser.isSet(QStringLiteral("learn"));
    if (learn && !sample->hasLabels)
        return reportDataError(Error{positional.first(), QStringLiteral("has no fake/real labels to learn from"), {}});
    const FollowerRuleSet rules = learn ? FollowerRuleSet::fit(sample->profiles) : FollowerRuleSet::srf2017();
    const QString origin = learn ? QStringLiteral("learnt from this sample's %1 labelled followers")
                                       .arg(sample->profiles.size())
                                 : FollowerRuleSet::srf2017Source();
    const auto total = sample->profiles.size();
    int flagged = 0;
    for (const FollowerProfile &p : std::as_const(sample->profiles))
        flagged += rules.looksFake(p) ? 1 : 0;
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
        for (const FollowerRule &rule : rules.rules) {
            int hits = 0;
            for (const FollowerProfile &p : std::as_const(sample->profiles))
                hits += rule.hits(p) ? 1 : 0;
            ruleRows.append(QJsonObject{{QStringLiteral("rule"), rule.describe()},
                                        {QStringLiteral("threshold"), rule.threshold},
                                        {QStringLiteral("points_if_so"), rule.pointsIfHit},
                                        {QStringLiteral("points_if_not"), rule.pointsIfNot},
                                        {QStringLiteral("hits_in_sample"), hits}});
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

    out() << "Follower sample " << fileName << ": " << total << " followers read, "
          << rejectedLines(sample->issues).size() << " rejected\n";
    for (const RowIssue &issue : std::as_const(sample->issues))
        printIssue(fileName, issue.line, issue.column, severityKey(issue.severity), issue.reason);
    for (const QString &notice : std::as_const(sample->batch.notices))
        out() << "  - " << notice << '\n';
    out() << "Rules (" << origin << "):\n";
    for (const FollowerRule &rule : rules.rules) {
        int hits = 0;
        for (const FollowerProfile &p : std::as_const(sample->profiles))
            hits += rule.hits(p) ? 1 : 0;
        out() << "  " << rule.describe() << "\n      holds for " << hits << " of " << total << " in this sample\n";
    }
    out() << "A follower looks fake at " << QLocale().toString(rules.cut, 'f', 2) << " points or more: " << flagged
          << " of " << total << " (" << percent(total > 0 ? double(flagged) / double(total) : 0.0) << ").\n";
    if (againstLabels)
        out() << "Against the sample's labels" << (learn ? " (in sample: the rules were learnt on them)" : "")
              << ": " << metricsText(*againstLabels) << ".\n";
    if (crossValidated)
        out() << "Cross-validated (20 x stratified 5-fold, rules learnt without the followers they judge): "
              << metricsText(crossValidated->pooled) << ".\n";
    out().flush();
    return sample->issues.isEmpty() ? Ok : DataError;
}

} // namespace candor::cli
