// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FactorEvaluator.h"

#include "AccountEvidence.h"
#include "core/Formatting.h"
#include "core/TextContexts.h"
#include "domain/AudienceLabels.h"

#include <QLocale>
#include <cmath>

namespace candor::scoring {
namespace {

QString ratioText(double ratio)
{
    return QLocale().toString(ratio, 'f', 1) + QStringLiteral("×");
}

bool topicMatches(const QString &category, const QString &topic)
{
    const QString c = category.trimmed().toLower();
    const QString t = topic.trimmed().toLower();
    return !c.isEmpty() && !t.isEmpty() && (c.contains(t) || t.contains(c));
}

} // namespace

FactorEvaluator::FactorEvaluator(const Campaign &campaign, const ScoringModel &model,
                                 EngagementBenchmarks benchmarks)
    : m_campaign(campaign), m_model(model), m_benchmarks(std::move(benchmarks))
{
}

Normalization FactorEvaluator::effectiveNormalization(const FactorDefinition &definition) const
{
    Normalization n = definition.normalization;
    if (definition.id == FactorId::Reach && n.kind == Normalization::Kind::LogScale) {
        n.low = m_campaign.reachMin.value_or(n.low);
        n.high = m_campaign.reachMax.value_or(n.high);
    }
    return n;
}

QList<FactorValue> FactorEvaluator::evaluate(const Candidate &candidate, Detail detail) const
{
    QList<FactorValue> values;
    values.reserve(m_model.factors.size());
    for (const FactorDefinition &definition : m_model.factors)
        values << evaluate(candidate, definition, detail);
    return values;
}

FactorValue FactorEvaluator::evaluate(const Candidate &c, const FactorDefinition &definition, Detail detail) const
{
    const Normalization n = effectiveNormalization(definition);
    const bool explain = detail == Detail::Explained;
    FactorValue value;
    switch (definition.id) {
    case FactorId::AudienceFit:
        value = audienceFit(c, explain);
        if (value.raw)
            value.normalized = n.apply(*value.raw);
        break;
    case FactorId::EngagementQuality:
        value = engagementQuality(c, n, explain);
        break;
    case FactorId::Authenticity:
        value = authenticity(c, n, explain);
        break;
    case FactorId::Reach:
        value = reach(c, n, explain);
        break;
    case FactorId::CostEfficiency:
        value = costEfficiency(c, n, explain);
        break;
    case FactorId::BrandSafety:
        value = brandSafety(c, n, explain);
        break;
    case FactorId::DisclosureRecord:
        value = disclosureRecord(c, n, explain);
        break;
    case FactorId::TrackRecord:
        value.finding = ScoringText::tr("No past campaign results yet");
        break;
    }
    value.id = definition.id;
    if (explain && value.source.isEmpty())
        value.source = translatedFactorSource(definition.id);
    return value;
}

double FactorEvaluator::oneMinusTvd(const AudienceDistribution &actualIn, const AudienceDistribution &targetIn,
                                    bool *merged)
{
    // Age bands of different partitions (a vendor's 45-64 against a target's 45-54 and 55-64) are compared on
    // the coarsest partition both share; comparing them band by band would count the same people as a gap.
    AudienceDistribution actual = actualIn;
    AudienceDistribution target = targetIn;
    const bool coarsened = actual.dimension() == AudienceDimension::AgeBand && audience::toCommonAgeBands(actual, target);
    if (merged)
        *merged = coarsened;
    // A fixed order (the target's categories, then the audience's others): summing in a hash's order, which
    // changes from run to run, made the last bits of scores differ between runs of the same project.
    QStringList categories;
    for (const AudienceShare &s : target.shares())
        categories << s.category;
    for (const AudienceShare &s : actual.shares()) {
        if (!categories.contains(s.category))
            categories << s.category;
    }
    double distance = 0.0;
    for (const QString &category : std::as_const(categories))
        distance += std::abs(actual.shareOf(category).value_or(0.0) - target.shareOf(category).value_or(0.0));
    return 1.0 - 0.5 * distance;
}

FactorValue FactorEvaluator::audienceFit(const Candidate &c, bool explain) const
{
    FactorValue value;
    if (m_campaign.targetAudience.isEmpty()) {
        value.finding = ScoringText::tr("The campaign has no target audience to compare with");
        return value;
    }
    double weighted = 0.0;
    double weights = 0.0;
    QStringList parts;
    QStringList sources;
    for (const AudienceDistribution &target : m_campaign.targetAudience) {
        const AudienceEstimate *estimate = estimateFor(c.audience, target.dimension());
        const AudienceDistribution *actual = estimate ? &estimate->distribution : nullptr;
        if (!actual) {
            if (explain)
                parts << ScoringText::tr("%1: no data").arg(dimensionNameInText(target.dimension()));
            continue;
        }
        const double weight = m_campaign.dimensionWeights.value(target.dimension(), 1.0);
        bool merged = false;
        const double fit = oneMinusTvd(*actual, target, &merged);
        weighted += weight * fit;
        weights += weight;
        if (!explain)
            continue;
        parts << QStringLiteral("%1 %2%3").arg(dimensionNameInText(target.dimension()), percentText(fit, 0),
                                               merged ? ScoringText::tr(" on the age bands both share")
                                                      : QString());
        const QString source = estimate->provenanceText();
        if (!sources.contains(source))
            sources << source;
    }
    if (weights <= 0.0) {
        value.finding = ScoringText::tr("No audience data for the campaign's target dimensions");
        return value;
    }
    value.raw = weighted / weights;
    if (!explain)
        return value;
    value.finding = ScoringText::tr("Audience matches the campaign target at %1 (%2)")
                        .arg(percentText(*value.raw, 0), parts.join(QStringLiteral(", ")));
    value.source = sources.join(QStringLiteral("; "));
    return value;
}

FactorValue FactorEvaluator::engagementQuality(const Candidate &c, const Normalization &n, bool explain) const
{
    FactorValue value;
    const MeasuredEngagement e = measureEngagement(c.account, m_benchmarks);
    switch (e.status) {
    case MeasuredEngagement::Status::NoPlatformRow:
        value.notApplicable = true;
        if (explain)
            value.finding =
                ScoringText::tr("The benchmark table has no %1 row, so engagement is left out of the score "
                                "(add one with its source in Preferences)")
                    .arg(platformDisplayName(c.account.platform));
        return value;
    case MeasuredEngagement::Status::NoFollowers:
        value.finding = ScoringText::tr("No follower count, so no engagement benchmark applies");
        return value;
    case MeasuredEngagement::Status::NoTierRow:
        value.notApplicable = true;
        if (explain)
            value.finding =
                ScoringText::tr("The benchmark table has no %1 row for %2 followers, so engagement is left "
                                "out of the score")
                    .arg(platformDisplayName(c.account.platform), compactCount(*c.account.metrics.followers));
        return value;
    case MeasuredEngagement::Status::NoFigures:
        value.finding = e.perView ? ScoringText::tr("No average views and likes, so no engagement per view")
                                  : ScoringText::tr("No engagement figures");
        return value;
    case MeasuredEngagement::Status::Measured:
        break;
    }
    const EngagementBenchmarks::Match &benchmark = *e.benchmark;
    value.raw = e.rate / benchmark.rate;
    value.normalized = n.apply(*value.raw);
    if (!explain)
        return value;
    value.finding = ScoringText::tr("Engagement %1%2 is %3 the %4 %5 for %6 accounts")
                        .arg(percentText(e.rate), e.perView ? ScoringText::tr(" per view") : QString(),
                             ratioText(*value.raw), percentText(benchmark.rate),
                             m_benchmarks.statistic == EngagementBenchmarks::Statistic::Median
                                 ? ScoringText::tr("median")
                                 : ScoringText::tr("average"),
                             EngagementBenchmarks::tierLabel(benchmark.row));
    value.source = benchmark.row.source;
    return value;
}

FactorValue FactorEvaluator::authenticity(const Candidate &c, const Normalization &n, bool explain) const
{
    using namespace candor::authenticity;
    FactorValue value;
    const authenticity::Detail detail = explain ? authenticity::Detail::Explained : authenticity::Detail::Numbers;
    const QList<Signal> assessed = assessAccount(authenticityFacts(c, m_benchmarks, detail), m_signals, detail);
    const SignalSummary summary = summarize(assessed);
    // A vendor's own figure ("authentic engagement") is shown beside Candor's signals, never counted in them.
    const AccountMetrics &m = c.account.metrics;
    const QString vendor =
        explain && m.authenticEngagement && m.averageEngagement && *m.averageEngagement > 0.0
            ? ScoringText::tr(
                  "; the export's own figure, %1 of engagement authentic, is shown beside it and not counted")
                  .arg(percentText(std::min(1.0, *m.authenticEngagement / *m.averageEngagement), 0))
            : QString();
    if (!summary.score) {
        if (explain)
            value.finding =
                ScoringText::tr("None of Candor's authenticity signals has data yet (engagement against a "
                                "benchmark, accounts followed, comments per like, follower history, "
                                "follower sample)") +
                vendor;
        return value;
    }
    value.raw = *summary.score;
    value.normalized = n.apply(*value.raw);
    if (!explain)
        return value;
    QStringList lights;
    for (const Signal &s : assessed) {
        if (s.light != Light::NoData)
            lights << ScoringText::tr("%1: %2", "an authenticity signal: its light")
                          .arg(labelInSentence(s.name), lightLabel(s.light));
    }
    value.finding =
        ScoringText::tr("Candor's %n authenticity signal(s) with data give %1 of their points (%2)", nullptr,
                        summary.withData)
            .arg(percentText(*value.raw, 0), lights.join(QStringLiteral("; "))) +
        vendor;
    value.source =
        ScoringText::tr("Candor's authenticity signals, each weighted by its weight and confidence "
                        "(candor authenticity shows each with its threshold, source and evidence)");
    return value;
}

FactorValue FactorEvaluator::reach(const Candidate &c, const Normalization &n, bool explain) const
{
    FactorValue value;
    const AccountMetrics &m = c.account.metrics;
    const bool views = c.account.platform == Platform::YouTube && m.averageViews;
    const std::optional<double> size = views ? m.averageViews
                                       : m.followers
                                           ? std::optional<double>(static_cast<double>(*m.followers))
                                           : std::nullopt;
    if (!size) {
        value.finding = ScoringText::tr("No follower count");
        return value;
    }
    value.raw = *size;
    value.normalized = n.apply(*size);
    if (explain)
        value.finding = ScoringText::tr("%1 %2, on a log scale from %3 to %4")
                            .arg(compactCount(std::llround(*size)),
                                 views ? ScoringText::tr("average views") : ScoringText::tr("followers"),
                                 compactCount(std::llround(n.low)), compactCount(std::llround(n.high)));
    return value;
}

FactorValue FactorEvaluator::costEfficiency(const Candidate &c, const Normalization &n, bool explain) const
{
    FactorValue value;
    const auto rate = c.account.metrics.effectiveEngagementRate();
    const auto followers = c.account.metrics.followers;
    if (!c.fee || c.fee->amount <= 0.0) {
        value.finding = ScoringText::tr("No fee known");
        return value;
    }
    if (!rate || !followers) {
        value.finding = ScoringText::tr("Fee known but no engagement figures");
        return value;
    }
    const double engagements = static_cast<double>(*followers) * *rate;
    value.raw = engagements / c.fee->amount;
    value.normalized = n.apply(*value.raw);
    if (!explain)
        return value;
    value.finding = ScoringText::tr("About %1 expected engagements per %2 (fee %2 %3 per post)")
                        .arg(QLocale().toString(*value.raw, 'f', 2), c.fee->currency,
                             QLocale().toString(c.fee->amount, 'f', 0));
    value.source = ScoringText::tr("Fee per post; followers and engagement rate");
    return value;
}

FactorValue FactorEvaluator::disclosureRecord(const Candidate &c, const Normalization &n, bool explain) const
{
    FactorValue value;
    int sponsored = 0;
    int compliant = 0;
    for (const Post &post : c.posts) {
        if (const auto finding = m_disclosure.checkDisclosure(post)) {
            ++sponsored;
            compliant += finding->verdict == compliance::Verdict::Compliant ? 1 : 0;
        }
    }
    if (c.posts.isEmpty()) {
        value.finding =
            ScoringText::tr("No posts imported (import its posts), so the disclosure record is unknown");
        return value;
    }
    if (sponsored == 0) {
        // Its posts are known and none was paid for: there is nothing to disclose, which is neither a good nor a
        // bad record, so the factor leaves the score instead of being imputed.
        value.notApplicable = true;
        value.finding =
            ScoringText::tr("None of its %1 imported posts is known to be sponsored: nothing to disclose, "
                            "so the disclosure record leaves the score")
                .arg(c.posts.size());
        return value;
    }
    value.raw = static_cast<double>(compliant) / sponsored;
    value.normalized = n.apply(*value.raw);
    value.concern = compliant < sponsored;
    if (explain) {
        value.finding = ScoringText::tr("%1 of %2 sponsored posts labelled as ads clearly and upfront")
                            .arg(compliant)
                            .arg(sponsored);
        value.source =
            ScoringText::tr("its imported posts, judged by the disclosure table (FTC, ASA/CMA and others; "
                            "candor disclosure shows each post)");
    }
    return value;
}

FactorValue FactorEvaluator::brandSafety(const Candidate &c, const Normalization &n, bool explain) const
{
    FactorValue value;
    const QStringList &categories = c.account.categories;
    if (categories.isEmpty() && c.posts.isEmpty()) {
        // Nothing known is not the same as nothing matching: the factor is missing, not 0.
        value.finding =
            ScoringText::tr("No categories and no posts known for this account, so relevance and brand "
                            "safety cannot be judged");
        return value;
    }
    const auto postDate = [&c](const compliance::ContentHit &hit) {
        return c.posts.at(hit.post).publishedAt.date().toString(Qt::ISODate);
    };
    const QStringList texts = compliance::ContentMatcher::normalizedPosts(c.posts);
    // An excluded topic in a category or in what the account posts takes the factor to 0.
    for (const QString &topic : m_campaign.excludedTopics) {
        for (const QString &category : categories) {
            if (topicMatches(category, topic)) {
                value.raw = 0.0;
                value.normalized = 0.0;
                value.concern = true;
                if (explain)
                    value.finding =
                        ScoringText::tr("Category \"%1\" matches \"%2\", which the brief excludes")
                            .arg(category, topic);
                return value;
            }
        }
        if (const QList<compliance::ContentHit> said = m_content.mentions(texts, topic); !said.isEmpty()) {
            value.raw = 0.0;
            value.normalized = 0.0;
            value.concern = true;
            if (explain)
                value.finding =
                    ScoringText::tr(
                        "%n of its posts touch(es) \"%1\", which the brief excludes (the post of %2 "
                        "says \"%3\")",
                        nullptr, static_cast<int>(said.size()))
                        .arg(topic, postDate(said.constFirst()),
                             said.constFirst().words.join(QStringLiteral("\", \"")));
            return value;
        }
    }
    // Safety: the share of its posts without a hit in any brand-safety category.
    const QList<compliance::ContentHit> risks = m_content.risks(texts);
    QList<int> riskyPosts;
    for (const compliance::ContentHit &hit : risks) {
        if (!riskyPosts.contains(hit.post))
            riskyPosts << hit.post;
    }
    value.concern = !riskyPosts.isEmpty();
    if (m_campaign.relevantTopics.isEmpty()) {
        value.finding = ScoringText::tr("The brief lists no topics to match");
        return value;
    }
    // Relevance: each of the brief's topics found in a category or in the posts counts once.
    QStringList matches;
    QStringList inPosts;
    for (const QString &topic : m_campaign.relevantTopics) {
        const bool inCategory = std::any_of(categories.cbegin(), categories.cend(),
                                            [&](const QString &category) { return topicMatches(category, topic); });
        if (inCategory) {
            matches << topic;
        } else if (!m_content.mentions(texts, topic).isEmpty()) {
            matches << topic;
            inPosts << topic;
        }
    }
    const double safeShare = c.posts.isEmpty() ? 1.0 : 1.0 - static_cast<double>(riskyPosts.size()) / static_cast<double>(c.posts.size());
    value.raw = static_cast<double>(matches.size()) * safeShare;
    value.normalized = n.apply(*value.raw);
    if (!explain)
        return value;
    QString finding =
        matches.isEmpty()
            ? ScoringText::tr("Nothing in its categories or posts matches the brief's topics (%1)")
                  .arg(m_campaign.relevantTopics.join(QStringLiteral(", ")))
            : ScoringText::tr("Matches the brief's topics: %1%2")
                  .arg(matches.join(QStringLiteral(", ")),
                       inPosts.isEmpty()
                           ? QString()
                           : ScoringText::tr(" (%1 from its posts)").arg(inPosts.join(QStringLiteral(", "))));
    if (!riskyPosts.isEmpty())
        finding += ScoringText::tr(
                       "; %n of %1 posts touch(es) a brand-safety category, which takes %2 off (%3 on %4: "
                       "\"%5\")",
                       nullptr, static_cast<int>(riskyPosts.size()))
                       .arg(QString::number(c.posts.size()), percentText(1.0 - safeShare, 0),
                            risks.constFirst().category, postDate(risks.constFirst()),
                            risks.constFirst().words.join(QStringLiteral("\", \"")));
    else if (!c.posts.isEmpty())
        finding +=
            ScoringText::tr("; none of its %1 posts touches a brand-safety category").arg(c.posts.size());
    value.finding = finding;
    value.source =
        ScoringText::tr("its categories and imported posts, matched against the brief and the brand-safety "
                        "list (GARM Brand Safety Floor + Suitability Framework, WFA 2022)");
    return value;
}

std::optional<QString> FactorEvaluator::filteredOutBy(const Candidate &c) const
{
    const HardFilters &f = m_campaign.filters;
    const Account &a = c.account;
    if (!f.platforms.isEmpty() && !f.platforms.contains(a.platform))
        return ScoringText::tr("platform %1 is not in this campaign").arg(platformDisplayName(a.platform));
    if (f.minFollowers && a.metrics.followers.value_or(0) < *f.minFollowers)
        return ScoringText::tr("fewer than %1 followers").arg(compactCount(*f.minFollowers));
    if (!f.audienceCountries.isEmpty() &&
        !f.audienceCountries.contains(a.topAudienceCountry, Qt::CaseInsensitive))
        return ScoringText::tr("leading audience country %1 is not one of %2")
            .arg(a.topAudienceCountry.isEmpty() ? QStringLiteral("(unknown)") : a.topAudienceCountry,
                 f.audienceCountries.join(QStringLiteral(", ")));
    for (const QString &excluded : f.excludedCategories) {
        for (const QString &category : a.categories) {
            if (topicMatches(category, excluded))
                return ScoringText::tr("category \"%1\" is excluded").arg(category);
        }
    }
    return std::nullopt;
}

} // namespace candor::scoring
