// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestSupport.h"
#include "scoring/Warnings.h"
#include "demo/DemoProject.h"
#include "scoring/Counterfactuals.h"
#include "scoring/FactorEvaluator.h"
#include "scoring/RankSorter.h"
#include "scoring/RankStability.h"
#include "scoring/ScoredPool.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>
#include <random>
#include <cmath>

using namespace candor;
using namespace candor::scoring;

namespace {

// A campaign like the demo's skincare launch, reduced to what the hand calculation needs.
Campaign handCampaign()
{
    Campaign c;
    c.name = "Hand-checked";
    c.targetAudience = {
        AudienceDistribution(AudienceDimension::Gender, {{"female", 0.7}, {"male", 0.27}, {"other", 0.03}}),
        AudienceDistribution(AudienceDimension::Country, {{"GB", 0.45}, {"FR", 0.25}, {"ES", 0.3}})};
    c.relevantTopics = {"skincare", "wellness"};
    c.excludedTopics = {"gambling"};
    return c;
}

// 50,000 followers following 1,800 accounts, 1,400 likes + 50 comments per post (2.9 %), 1,200 of 1,500
// engagements authentic by the export's own figure, a fee of EUR 500, audience 60/40 female/male and half GB,
// half US.
Candidate handCandidate(qint64 id = 1, const QString &handle = "hand.checked")
{
    Candidate c;
    c.account.id = id;
    c.account.handle = handle;
    c.account.platform = Platform::Instagram;
    c.account.categories = {"Beauty", "Skincare"};
    c.account.metrics.followers = 50000;
    c.account.metrics.following = 1800;
    c.account.metrics.averageLikes = 1400;
    c.account.metrics.averageComments = 50;
    c.account.metrics.averageEngagement = 1500;
    c.account.metrics.authenticEngagement = 1200;
    c.fee = Fee{500.0, "EUR", "test", QDate(2026, 11, 1)};
    c.audience = {
        AudienceEstimate{AudienceDistribution(AudienceDimension::Gender, {{"female", 0.6}, {"male", 0.4}}),
                         "test", 0.9, QDate(2026, 11, 1)},
        AudienceEstimate{AudienceDistribution(AudienceDimension::Country, {{"GB", 0.5}, {"US", 0.5}}), "test",
                         0.9, QDate(2026, 11, 1)}};
    return c;
}

QList<Candidate> demoCandidates(Campaign *campaign)
{
    const Dataset demo = DemoProject::generate(*DemoProject::specification());
    QList<Candidate> candidates;
    qint64 id = 0;
    for (const CreatorRecord &record : demo.creators) {
        for (qsizetype i = 0; i < record.creator.accounts.size(); ++i) {
            Candidate c;
            c.account = record.creator.accounts.at(i);
            c.account.id = ++id;
            c.audience = record.audienceOfAccount.at(i);
            candidates << c;
        }
    }
    if (campaign)
        *campaign = demo.campaigns.at(0);
    return candidates;
}

// The demo's candidates under its skincare campaign and the Balanced model.
ScoredPool demoPool()
{
    Campaign campaign;
    const QList<Candidate> candidates = demoCandidates(&campaign);
    return ScoredPool(candidates, campaign, ScoringModel::balanced(),
                      EngagementBenchmarks::hypeAuditor2018());
}

} // namespace

class TestScoring : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void normalization_data();
    void normalization();
    void inverseRoundTrips();
    void oneMinusTvd();
    void handComputedFactors();
    void brandSafetyFromPosts_data();
    void brandSafetyFromPosts();
    void warningsKeptInThePoolBytes();
    void disclosureRecordFromPosts_data();
    void disclosureRecordFromPosts();
    void handComputedScore_data();
    void handComputedScore();
    void contributionsAddUpOnEveryDemoCandidate();
    void poolIndependence();
    void hardFilters_data();
    void hardFilters();
    void excludedTopicZeroesBrandSafety();
    void noBenchmarkOfAnotherPlatform();
    void sensitiveAttributesAreUnreachable();
    void comparisonExplainsTheGap();
    void valueCounterfactualsWork();
    void weightCounterfactualsWork();
    void stabilityIsDeterministic();
    void stabilityOfAClearLeader();
    void stabilityForTrackedEqualsTheFullRun();
    void radixOrderMatchesComparisonSort_data();
    void radixOrderMatchesComparisonSort();
    void refinedTopMatchesTheFullOrder_data();
    void refinedTopMatchesTheFullOrder();
};

void TestScoring::normalization_data()
{
    QTest::addColumn<Normalization>("curve");
    QTest::addColumn<double>("raw");
    QTest::addColumn<double>("expected");
    QTest::newRow("identity inside") << Normalization::identity() << 0.3 << 0.3;
    QTest::newRow("identity clamps") << Normalization::identity() << 1.2 << 1.0;
    QTest::newRow("linear middle") << Normalization::clampLinear(0.5, 1.0) << 0.75 << 0.5;
    QTest::newRow("linear below") << Normalization::clampLinear(0.5, 1.0) << 0.4 << 0.0;
    QTest::newRow("linear above") << Normalization::clampLinear(0.5, 1.0) << 1.1 << 1.0;
    QTest::newRow("log 100K of 10K-10M") << Normalization::logScale(1e4, 1e7) << 1e5 << 1.0 / 3.0;
    QTest::newRow("log 1M of 10K-10M") << Normalization::logScale(1e4, 1e7) << 1e6 << 2.0 / 3.0;
    QTest::newRow("log lower bound") << Normalization::logScale(1e4, 1e7) << 1e4 << 0.0;
    QTest::newRow("log zero") << Normalization::logScale(1e4, 1e7) << 0.0 << 0.0;
    QTest::newRow("log above") << Normalization::logScale(1e4, 1e7) << 5e7 << 1.0;
    QTest::newRow("logistic midpoint") << Normalization::logistic(1.0, 2.0) << 1.0 << 0.5;
    QTest::newRow("logistic +1") << Normalization::logistic(1.0, 2.0) << 2.0 << 0.8807970779778823;
    QTest::newRow("ratio 1.8x of 0-2x") << Normalization::benchmarkRatio(0.0, 2.0) << 1.8 << 0.9;
    QTest::newRow("ratio 3x capped") << Normalization::benchmarkRatio(0.0, 2.0) << 3.0 << 1.0;
}

void TestScoring::normalization()
{
    QFETCH(Normalization, curve);
    QFETCH(double, raw);
    QFETCH(double, expected);
    QCOMPARE_NEAR(curve.apply(raw), expected);
    // Stored and read back, the curve is the same curve.
    QCOMPARE(*Normalization::fromJson(curve.toJson()), curve);
}

void TestScoring::inverseRoundTrips()
{
    for (const Normalization &n :
         {Normalization::clampLinear(0.5, 1.0), Normalization::logScale(1e4, 1e7),
          Normalization::logistic(1.0, 2.0), Normalization::benchmarkRatio(0.0, 2.0)}) {
        for (double f : {0.1, 0.5, 0.9})
            QCOMPARE_NEAR(n.apply(*n.inverse(f)), f);
    }
    QCOMPARE_NEAR(*Normalization::logScale(1e4, 1e7).inverse(0.5), 316227.7660168379);
}

void TestScoring::oneMinusTvd()
{
    const AudienceDistribution actual(AudienceDimension::Gender, {{"female", 0.6}, {"male", 0.4}});
    const AudienceDistribution target(AudienceDimension::Gender,
                                      {{"female", 0.7}, {"male", 0.27}, {"other", 0.03}});
    // TVD = ½ (|0.6 − 0.7| + |0.4 − 0.27| + |0 − 0.03|) = 0.13
    QCOMPARE_NEAR(FactorEvaluator::oneMinusTvd(actual, target), 0.87);
    QCOMPARE_NEAR(FactorEvaluator::oneMinusTvd(target, target), 1.0);
    const AudienceDistribution disjoint(AudienceDimension::Gender, {{"nonbinary", 1.0}});
    QCOMPARE_NEAR(FactorEvaluator::oneMinusTvd(disjoint, target), 0.0);
}

void TestScoring::handComputedFactors()
{
    const ScoringModel model = ScoringModel::balanced();
    EngagementBenchmarks benchmarks = EngagementBenchmarks::hypeAuditor2018();
    const FactorEvaluator evaluator(handCampaign(), model, benchmarks);
    const QList<FactorValue> v = evaluator.evaluate(handCandidate());
    QCOMPARE(v.size(), model.factors.size());

    // Audience fit: gender 0.87 (above); country: TVD = ½ (0.05 + 0.5 + 0.25 + 0.3) = 0.55, fit 0.45;
    // equal dimension weights: (0.87 + 0.45) / 2 = 0.66.
    QCOMPARE_NEAR(*v[0].raw, 0.66);
    QCOMPARE_NEAR(*v[0].normalized, 0.66);
    QCOMPARE(v[0].finding, "Audience matches the campaign target at 66 % (gender 87 %, country 45 %)");
    // Engagement: (1400 + 50) / 50000 = 2.9 %; median for 20K–100K is 2.63 %: ratio 1.10266, half of 2×.
    QCOMPARE_NEAR(*v[1].raw, 1.102661596958175);
    QCOMPARE_NEAR(*v[1].normalized, 0.5513307984790875);
    QCOMPARE(v[1].finding, "Engagement 2.90 % is 1.1× the 2.63 % median for 20K–100K accounts");
    // Authenticity: Candor's signals with data are engagement (2.9 % within 0.88–7.89 %: green, weight 2),
    // accounts followed (1,800 > 1,500 but fewer than its followers: amber, weight 1) and comments per like
    // (50 / 1400 = 0.036 within 0.002–0.2: green, weight 1), each with confidence 1:
    // (2·1 + 1·½ + 1·1) / 4 = 0.875 on 0.5 → 1: 0.75. The export's 1200 / 1500 is shown, not counted.
    QCOMPARE_NEAR(*v[2].raw, 0.875);
    QCOMPARE_NEAR(*v[2].normalized, 0.75);
    QCOMPARE(v[2].finding,
             "Candor's 3 authenticity signals with data give 88 % of their points (engagement rate "
             "against similar accounts: green; accounts it follows: amber; comments per like: green); the "
             "export's own figure, 80 % of engagement authentic, is shown beside it and not counted");
    // Reach: log10(50000) = 4.69897 on 4 → 7: 0.23299.
    QCOMPARE_NEAR(*v[3].normalized, 0.23299000144533957);
    QCOMPARE(v[3].finding, "50K followers, on a log scale from 10K to 10M");
    // Cost: 50000 × 2.9 % = 1450 engagements for EUR 500 = 2.9 per EUR; log scale 0.1 → 10: 0.7312.
    QCOMPARE_NEAR(*v[4].raw, 2.9);
    QCOMPARE_NEAR(*v[4].normalized, 0.731198998949478);
    // Relevance: "Skincare" matches one of the brief's topics: 1 of the 2 that give full marks.
    QCOMPARE_NEAR(*v[5].raw, 1.0);
    QCOMPARE_NEAR(*v[5].normalized, 0.5);
    QCOMPARE(v[5].finding, "Matches the brief's topics: skincare");
    QVERIFY(!v[6].normalized); // disclosure record: no post history yet
    QVERIFY(!v[7].normalized); // track record

    // The issue's own example sentence, with the average instead of the median.
    benchmarks.statistic = EngagementBenchmarks::Statistic::Average;
    const FactorValue average =
        FactorEvaluator(handCampaign(), model, benchmarks).evaluate(handCandidate(), model.factors[1]);
    QCOMPARE(average.finding, "Engagement 2.90 % is 1.8× the 1.62 % average for 20K–100K accounts");
    QCOMPARE_NEAR(*average.normalized, 0.8950617283950618);
}

// Brand safety and relevance from post texts. The hand campaign's topics are skincare and wellness; it
// excludes gambling. Normalised on 0 → 2 matched topics.
void TestScoring::brandSafetyFromPosts_data()
{
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<QStringList>("captions");
    QTest::addColumn<double>("raw");
    QTest::addColumn<QString>("finding");
    QTest::addColumn<bool>("concern"); // a brand-safety hit in the flags
    QTest::newRow("no categories, no posts: missing") << QStringList{} << QStringList{} << -1.0
        << "No categories and no posts known for this account, so relevance and brand safety cannot be judged" << false;
    QTest::newRow("posts name a topic") << QStringList{} << QStringList{"My #wellness week", "A walk"} << 1.0
        << "Matches the brief's topics: wellness (wellness from its posts); none of its 2 posts touches a "
           "brand-safety category" << false;
    QTest::newRow("one of four posts risky") << QStringList{"Skincare"}
        << QStringList{"Serum review", "Wellness Sunday", "Cold beer tonight", "Morning run"} << 2.0 * 0.75
        << "Matches the brief's topics: skincare, wellness (wellness from its posts); 1 of 4 posts touches a "
           "brand-safety category, which takes 25 % off (Illegal drugs, tobacco, e-cigarettes, vaping and alcohol "
           "on 2026-10-29: \"beer\")" << true;
    QTest::newRow("excluded topic in a post") << QStringList{"Skincare"} << QStringList{"Serum", "Poker night!"} << 0.0
        << "1 of its posts touches \"gambling\", which the brief excludes (the post of 2026-10-30 says \"poker\")"
        << true;
}

void TestScoring::brandSafetyFromPosts()
{
    QFETCH(QStringList, categories);
    QFETCH(QStringList, captions);
    QFETCH(double, raw);
    QFETCH(QString, finding);
    Candidate c = handCandidate();
    c.account.categories = categories;
    for (qsizetype i = 0; i < captions.size(); ++i) {
        Post p;
        p.caption = captions.at(i);
        p.publishedAt = QDateTime(QDate(2026, 11, 1).addDays(-i - 1), QTime(12, 0), QTimeZone::utc());
        c.posts << p;
    }
    const ScoringModel model = ScoringModel::balanced();
    const FactorValue v = FactorEvaluator(handCampaign(), model, EngagementBenchmarks::hypeAuditor2018())
                              .evaluate(c, model.factors[5]);
    QCOMPARE(v.id, FactorId::BrandSafety);
    if (raw < 0)
        QVERIFY(!v.raw);
    else
        QCOMPARE_NEAR(*v.raw, raw);
    QCOMPARE(v.finding, finding);
    QTEST(v.concern, "concern");
    // The same verdict from the numbers the pool keeps.
    const FactorValue numbers = FactorEvaluator(handCampaign(), model, EngagementBenchmarks::hypeAuditor2018())
                                    .evaluate(c, model.factors[5], FactorEvaluator::Detail::Numbers);
    QTEST(numbers.concern, "concern");
}

// A disclosure issue and a brand-safety hit are kept in the pool as one byte per candidate, through the bytes a
// project keeps, and named by the flags without reading the record again.
void TestScoring::warningsKeptInThePoolBytes()
{
    Candidate clean = handCandidate(1, "clean");
    Candidate flagged = handCandidate(2, "flagged");
    const auto post = [](const QString &caption, bool paid) {
        Post p;
        p.caption = caption;
        p.platformPaidFlag = paid;
        p.publishedAt = QDateTime(QDate(2026, 10, 1), QTime(12, 0), QTimeZone::utc());
        return p;
    };
    clean.posts = {post("#ad My skincare routine with @brand", true), post("Morning run", false)};
    flagged.posts = {post("Thanks @brand for the serum!", true), post("Cold beer tonight", false)};
    const ScoringModel model = ScoringModel::balanced();
    const EngagementBenchmarks benchmarks = EngagementBenchmarks::hypeAuditor2018();
    const ScoredPool built({clean, flagged}, handCampaign(), model, benchmarks);
    const auto read = ScoredPool::fromBytes(built.toBytes(), handCampaign(), model, benchmarks);
    QVERIFY(read);
    for (const ScoredPool *pool : {&built, &*read}) {
        QVERIFY(!pool->hasConcern(0, FactorId::DisclosureRecord));
        QVERIFY(!pool->hasConcern(0, FactorId::BrandSafety));
        QVERIFY(pool->hasConcern(1, FactorId::DisclosureRecord));
        QVERIFY(pool->hasConcern(1, FactorId::BrandSafety));
        QStringList keys;
        for (const CandidateWarning &w : warningsOf(*pool, 1))
            keys << w.key;
        QCOMPARE(keys, (QStringList{"brand_safety_hit", "disclosure_issue"})); // in the model's factor order
        QVERIFY(warningsOf(*pool, 0).isEmpty());
    }
}

// The disclosure record: unknown without posts (missing data), not applicable when no imported post is sponsored
// (there is nothing to disclose), else the compliant share of the sponsored posts.
void TestScoring::disclosureRecordFromPosts_data()
{
    QTest::addColumn<QStringList>("sponsoredCaptions"); // each a post with the platform's paid flag
    QTest::addColumn<int>("organicPosts");
    QTest::addColumn<QString>("state"); // missing, not_applicable or the raw value
    QTest::addColumn<QString>("finding");
    QTest::newRow("no posts") << QStringList{} << 0 << "missing"
                              << "No posts imported (import its posts), so the disclosure record is unknown";
    QTest::newRow("none sponsored") << QStringList{} << 3 << "not_applicable"
                                    << "None of its 3 imported posts is known to be sponsored: nothing to disclose, so "
                                       "the disclosure record leaves the score";
    QTest::newRow("one of two upfront") << QStringList{"#ad My serum", "Thanks @brand"} << 1 << "0.5"
                                        << "1 of 2 sponsored posts labelled as ads clearly and upfront";
}

void TestScoring::disclosureRecordFromPosts()
{
    QFETCH(QStringList, sponsoredCaptions);
    QFETCH(int, organicPosts);
    QFETCH(QString, state);
    QFETCH(QString, finding);
    Candidate c = handCandidate();
    for (const QString &caption : sponsoredCaptions) {
        Post p;
        p.caption = caption;
        p.platformPaidFlag = true;
        c.posts << p;
    }
    for (int i = 0; i < organicPosts; ++i)
        c.posts << Post{};
    const ScoringModel model = ScoringModel::balanced();
    const auto definition = std::find_if(model.factors.cbegin(), model.factors.cend(), [](const FactorDefinition &f) {
        return f.id == FactorId::DisclosureRecord;
    });
    const FactorValue v = FactorEvaluator(handCampaign(), model, EngagementBenchmarks::hypeAuditor2018()).evaluate(c, *definition);
    QCOMPARE(v.finding, finding);
    QCOMPARE(v.notApplicable, state == QLatin1String("not_applicable"));
    if (state == QLatin1String("missing") || state == QLatin1String("not_applicable"))
        QVERIFY(!v.normalized);
    else
        QCOMPARE_NEAR(*v.raw, state.toDouble());
    QCOMPARE(v.concern, state == QLatin1String("0.5"));
}

void TestScoring::handComputedScore_data()
{
    QTest::addColumn<MissingDataRule>("rule");
    QTest::addColumn<double>("score");
    QTest::addColumn<double>("coverage");
    // Weights 3, 2, 2, 1, 1, 1, 1, 1 (Σ 12). Neutral: the two missing factors count 0.5 each:
    // 100 × (3·0.66 + 2·0.55133 + 2·0.75 + 0.23299 + 0.73120 + 0.5 + 0.5 + 0.5) / 12.
    QTest::newRow("neutral") << MissingDataRule::Neutral << 58.72375497794161 << 10.0 / 12.0;
    // Exclude: the same without the two missing factors, over Σ 10.
    QTest::newRow("exclude") << MissingDataRule::Exclude << 60.46850597352993 << 10.0 / 12.0;
    // Lower bound: the two missing factors add nothing, over Σ 12.
    QTest::newRow("lower bound") << MissingDataRule::LowerBound << 50.390421644608274 << 10.0 / 12.0;
}

void TestScoring::handComputedScore()
{
    QFETCH(MissingDataRule, rule);
    QFETCH(double, score);
    QFETCH(double, coverage);
    ScoringModel model = ScoringModel::balanced();
    model.missingData = rule;
    const ScoredPool pool({handCandidate()}, handCampaign(), model, EngagementBenchmarks::hypeAuditor2018());
    const Breakdown b = pool.breakdown(0, handCandidate(), pool.modelWeights());
    QCOMPARE_NEAR(b.score, score);
    QCOMPARE_NEAR(pool.scores(pool.modelWeights())[0], score);
    QCOMPARE_NEAR(b.coverage, coverage);
    // Engagement: 100 × 2 × 0.55133 / 12 = 9.19 points under the neutral rule.
    if (rule == MissingDataRule::Neutral) {
        QCOMPARE_NEAR(b.factors[1].points, 100.0 * 2.0 * 0.5513307984790875 / 12.0);
        QCOMPARE(b.factors[1].sentence,
                 "Engagement 2.90 % is 1.1× the 2.63 % median for 20K–100K accounts: +9.2 points");
        QVERIFY(b.factors[6].imputed);
        QCOMPARE(b.factors[7].sentence,
                 "No past campaign results yet; counted as neutral (50 %, imputed): +4.2 points");
    } else if (rule == MissingDataRule::Exclude) {
        QVERIFY(b.factors[6].leftOut);
        QCOMPARE(b.factors[6].points, 0.0);
    } else {
        QVERIFY(b.factors[6].countedAsZero);
        QCOMPARE(b.factors[6].points, 0.0);
        QCOMPARE(b.factors[7].sentence,
                 "No past campaign results yet; adds nothing until there is data (the score is its lowest)");
    }
    // The range over the two missing factors is the same under every rule: each at 0, each at full marks.
    QCOMPARE_NEAR(b.lowest, 50.390421644608274);
    QCOMPARE_NEAR(b.highest, 67.05708831127494);
}

void TestScoring::contributionsAddUpOnEveryDemoCandidate()
{
    Campaign campaign;
    const QList<Candidate> candidates = demoCandidates(&campaign);
    campaign.relevantTopics = {"skincare", "beauty", "wellness"};
    for (MissingDataRule rule : {MissingDataRule::Neutral, MissingDataRule::Exclude}) {
        ScoringModel model = ScoringModel::balanced();
        model.missingData = rule;
        const ScoredPool pool(candidates, campaign, model, EngagementBenchmarks::hypeAuditor2018());
        const std::vector<double> weights = pool.modelWeights();
        const std::vector<double> scores = pool.scores(weights);
        QCOMPARE(scores.size(), std::size_t(317));
        for (int i = 0; i < 317; ++i) {
            const Breakdown b = pool.breakdown(i, weights);
            double sum = 0.0;
            for (const FactorContribution &c : b.factors)
                sum += c.points;
            QCOMPARE_NEAR(sum, b.score);
            QCOMPARE_NEAR(scores[std::size_t(i)], b.score);
            QVERIFY(b.score >= 0.0 && b.score <= 100.0);
        }
    }
}

void TestScoring::poolIndependence()
{
    Campaign campaign;
    QList<Candidate> candidates = demoCandidates(&campaign);
    const ScoringModel model = ScoringModel::balanced();
    const ScoredPool full(candidates, campaign, model, EngagementBenchmarks::hypeAuditor2018());
    const std::vector<double> before = full.scores(full.modelWeights());
    candidates.removeAt(100); // one candidate leaves …
    Candidate newcomer = handCandidate(10000, "newcomer");
    candidates.append(newcomer); // … and another joins
    const ScoredPool changed(candidates, campaign, model, EngagementBenchmarks::hypeAuditor2018());
    const std::vector<double> after = changed.scores(changed.modelWeights());
    for (int i = 0; i < 100; ++i)
        QCOMPARE(after[std::size_t(i)], before[std::size_t(i)]);
    for (int i = 101; i < 317; ++i)
        QCOMPARE(after[std::size_t(i - 1)], before[std::size_t(i)]);
}

void TestScoring::hardFilters_data()
{
    QTest::addColumn<HardFilters>("filters");
    QTest::addColumn<QString>("reason"); // empty: passes
    QTest::newRow("none") << HardFilters{} << QString();
    QTest::newRow("min followers") << HardFilters{100000, {}, {}, {}} << "fewer than 100K followers";
    QTest::newRow("platform") << HardFilters{{}, {Platform::TikTok}, {}, {}}
                              << "platform Instagram is not in this campaign";
    QTest::newRow("country") << HardFilters{{}, {}, {"FR", "ES"}, {}}
                             << "leading audience country GB is not one of FR, ES";
    QTest::newRow("excluded category")
        << HardFilters{{}, {}, {}, {"beauty"}} << "category \"Beauty\" is excluded";
    QTest::newRow("all passed") << HardFilters{10000, {Platform::Instagram}, {"GB"}, {"gaming"}} << QString();
}

void TestScoring::hardFilters()
{
    QFETCH(HardFilters, filters);
    QFETCH(QString, reason);
    Campaign campaign = handCampaign();
    campaign.filters = filters;
    Candidate c = handCandidate();
    c.account.topAudienceCountry = "GB";
    const FactorEvaluator evaluator(campaign, ScoringModel::balanced(),
                                    EngagementBenchmarks::hypeAuditor2018());
    const auto filtered = evaluator.filteredOutBy(c);
    QCOMPARE(filtered.value_or(QString()), reason);

    const ScoredPool pool({c, handCandidate(2, "other")}, campaign, ScoringModel::balanced(),
                          EngagementBenchmarks::hypeAuditor2018());
    QCOMPARE(pool.rankOf(0, pool.modelWeights()) == 0, !reason.isEmpty());
}

void TestScoring::excludedTopicZeroesBrandSafety()
{
    Candidate c = handCandidate();
    c.account.categories = {"Beauty", "Online gambling"};
    const ScoringModel model = ScoringModel::balanced();
    const FactorValue v = FactorEvaluator(handCampaign(), model, EngagementBenchmarks::hypeAuditor2018())
                              .evaluate(c, model.factors[5]);
    QCOMPARE(*v.normalized, 0.0);
    QCOMPARE(v.finding, "Category \"Online gambling\" matches \"gambling\", which the brief excludes");
}

void TestScoring::noBenchmarkOfAnotherPlatform()
{
    Candidate c = handCandidate();
    c.account.platform = Platform::TikTok;
    const ScoringModel model = ScoringModel::balanced();
    const FactorValue v = FactorEvaluator(handCampaign(), model, EngagementBenchmarks::hypeAuditor2018())
                              .evaluate(c, model.factors[1]);
    QVERIFY(v.notApplicable);
    QVERIFY(!v.normalized);
    QVERIFY(v.finding.startsWith("The benchmark table has no TikTok row, so engagement is left out"));
    // Left out under every rule: the score is the other seven factors over their own weights (Σ 10).
    for (MissingDataRule rule : {MissingDataRule::Neutral, MissingDataRule::LowerBound, MissingDataRule::Exclude}) {
        ScoringModel ruled = model;
        ruled.missingData = rule;
        const ScoredPool pool({c}, handCampaign(), ruled, EngagementBenchmarks::hypeAuditor2018());
        const Breakdown b = pool.breakdown(0, pool.modelWeights());
        QVERIFY(b.factors[1].notApplicable);
        QCOMPARE(b.factors[1].points, 0.0);
        double points = 0.0;
        for (const FactorContribution &f : b.factors)
            points += f.points;
        QCOMPARE_NEAR(points, b.score);
        QCOMPARE_NEAR(pool.scores(pool.modelWeights())[0], b.score);
    }
    // A per-view row for TikTok makes engagement count: (1,400 + 50) / 20,000 views = 7.25 % against 5 %.
    EngagementBenchmarks table = EngagementBenchmarks::hypeAuditor2018();
    table.rows << EngagementBenchmark{"tiktok", 0, std::nullopt, 0.05, 0.05, "test row", EngagementMeasure::PerView};
    c.account.metrics.averageViews = 20000;
    const FactorValue perView = FactorEvaluator(handCampaign(), model, table).evaluate(c, model.factors[1]);
    QVERIFY(!perView.notApplicable);
    QCOMPARE_NEAR(*perView.raw, 0.0725 / 0.05);
    QCOMPARE(perView.source, "test row");
}

void TestScoring::sensitiveAttributesAreUnreachable()
{
    // Scoring sees only scoring::Candidate. No file of the scoring engine may name the attribute types or the
    // table that holds them, so no later change can feed gender, age or ethnicity into a factor unnoticed.
    const QStringList forbidden = {"CreatorAttribute", "creator_attributes", "ConsentRecord",
                                   "CreatorRecord"};
    QDirIterator it(CANDOR_SOURCE_DIR "/models/scoring", QDir::Files);
    int files = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (const QString &word : forbidden)
            QVERIFY2(!text.contains(word), qPrintable(file.fileName() + " mentions " + word));
        ++files;
    }
    QVERIFY(files >= 10);
}

void TestScoring::comparisonExplainsTheGap()
{
    const ScoredPool pool = demoPool();
    const std::vector<double> weights = pool.modelWeights();
    const std::vector<int> order = pool.ranking(weights);
    const int first = order.at(0);
    const int tenth = order.at(9);
    double gap = 0.0;
    for (const FactorDifference &d : compareCandidates(pool, first, tenth, weights))
        gap += d.difference();
    const std::vector<double> scores = pool.scores(weights);
    QCOMPARE_NEAR(gap, (scores[std::size_t(first)] - scores[std::size_t(tenth)]));
    QVERIFY(gap > 0.0);
}

void TestScoring::valueCounterfactualsWork()
{
    const ScoredPool pool = demoPool();
    const std::vector<double> weights = pool.modelWeights();
    const int k = 10;
    const int candidate = pool.ranking(weights).at(14); // rank 15
    const Breakdown current = pool.breakdown(candidate, demoCandidates(nullptr).at(candidate), weights);
    const QList<ValueChange> changes = Counterfactuals::valueChanges(pool, candidate, current, k, weights);
    QCOMPARE(changes.size(), pool.model().factors.size());
    int reachable = 0;
    for (qsizetype f = 0; f < changes.size(); ++f) {
        const ValueChange &change = changes.at(f);
        if (!change.reachable)
            continue;
        ++reachable;
        QVERIFY(change.neededValue > change.currentValue);
        QVERIFY2(!change.sentence.contains("e+"), qPrintable(change.sentence)); // "3.5M", not "3.5464e+06"
        if (pool.model().factors.at(f).id == FactorId::Reach)
            QVERIFY2(change.sentence.contains(QRegularExpression("raw value of [0-9.]+[KMB] \\(now [0-9.]+[KMB]\\)")),
                     qPrintable(change.sentence));
        // Apply it: the candidate's score with that one value replaced, then its rank among the others.
        std::vector<double> scores = pool.scores(weights);
        const ScoreMatrix &m = pool.matrix();
        double numerator = 0.0;
        double denominator = 0.0;
        for (int g = 0; g < m.factors(); ++g) {
            const bool counts = g == f || m.countsInScore(candidate, g);
            numerator +=
                counts ? weights[std::size_t(g)] * (g == f ? change.neededValue : m.usedValue(candidate, g))
                       : 0.0;
            denominator += counts ? weights[std::size_t(g)] : 0.0;
        }
        scores[std::size_t(candidate)] = 100.0 * numerator / denominator;
        QVERIFY(rankOf(candidate, scores, pool.tieBreak(), pool.eligible()) <= k);
        // And a little less is not enough: it is the smallest change.
        scores[std::size_t(candidate)] -= 100.0 * weights[std::size_t(f)] * 1e-4 / denominator;
        QVERIFY(rankOf(candidate, scores, pool.tieBreak(), pool.eligible()) > k);
    }
    QVERIFY(reachable >= 1);
}

void TestScoring::weightCounterfactualsWork()
{
    const ScoredPool pool = demoPool();
    const std::vector<double> weights = pool.modelWeights();
    const int k = 10;
    const int candidate = pool.ranking(weights).at(12); // rank 13
    int reachable = 0;
    for (const WeightChange &change : Counterfactuals::weightChanges(pool, candidate, k, weights)) {
        if (!change.reachable)
            continue;
        ++reachable;
        std::vector<double> applied = weights;
        const std::size_t f = std::size_t(pool.model().factors.indexOf(*pool.model().factor(change.id)));
        applied[f] = change.neededWeight;
        QVERIFY(pool.rankOf(candidate, applied) <= k);
        // Stopping 1 % short of the change leaves the candidate outside.
        applied[f] = weights[f] + 0.99 * (change.neededWeight - weights[f]);
        QVERIFY(pool.rankOf(candidate, applied) > k);
    }
    QVERIFY(reachable >= 1);
}

void TestScoring::stabilityIsDeterministic()
{
    Campaign campaign;
    const QList<Candidate> candidates = demoCandidates(&campaign);
    const ScoredPool pool(candidates, campaign, ScoringModel::balanced(),
                          EngagementBenchmarks::hypeAuditor2018());
    const StabilitySettings settings{1000, 50.0, 42, 10};
    const auto first = RankStability::compute(pool, pool.modelWeights(), settings);
    const auto second = RankStability::compute(pool, pool.modelWeights(), settings);
    QCOMPARE(first.size(), std::size_t(317));
    for (std::size_t i = 0; i < first.size(); ++i) {
        QCOMPARE(first[i].probabilityInTopK, second[i].probabilityInTopK);
        QCOMPARE(first[i].rankLow, second[i].rankLow);
        QCOMPARE(first[i].rankHigh, second[i].rankHigh);
        QVERIFY(first[i].rankLow <= first[i].rankHigh);
    }
    // P(in top 10) summed over everyone is exactly 10: every draw has ten members.
    double total = 0.0;
    for (const CandidateStability &s : first)
        total += s.probabilityInTopK;
    QCOMPARE_NEAR(total, 10.0);

    const auto otherSeed =
        RankStability::compute(pool, pool.modelWeights(), StabilitySettings{1000, 50.0, 43, 10});
    bool differs = false;
    for (std::size_t i = 0; i < first.size(); ++i)
        differs = differs || first[i].probabilityInTopK != otherSeed[i].probabilityInTopK;
    QVERIFY(differs);

    // The weight draws are Dirichlet draws: shares that add up to 1 and average the current shares.
    const auto draws = RankStability::drawWeights({3, 1, 0}, StabilitySettings{4000, 50.0, 7, 1});
    double meanFirst = 0.0;
    for (const auto &d : draws) {
        QCOMPARE_NEAR(d[0] + d[1] + d[2], 1.0);
        QCOMPARE(d[2], 0.0);
        meanFirst += d[0] / 4000.0;
    }
    QVERIFY(std::abs(meanFirst - 0.75) < 0.01);
}

// The rows a command prints get the same stability as from the full run, without a candidates × draws matrix.
void TestScoring::stabilityForTrackedEqualsTheFullRun()
{
    const ScoredPool pool = demoPool();
    const std::vector<double> weights = pool.modelWeights();
    const StabilitySettings settings{300, 50.0, 7, 10};
    const auto all = RankStability::compute(pool, weights, settings);
    const std::vector<int> order = pool.ranking(weights);
    int filtered = -1;
    for (int c = 0; c < pool.size() && filtered < 0; ++c)
        filtered = pool.eligible()[std::size_t(c)] ? -1 : c;
    QVERIFY(filtered >= 0);
    const std::vector<int> tracked{order.at(0), order.at(9), order.at(10), order.at(42), order.back(), filtered};
    const auto some = RankStability::computeFor(pool, weights, settings, tracked);
    QCOMPARE(some.size(), tracked.size());
    for (std::size_t i = 0; i < tracked.size(); ++i) {
        const CandidateStability &expected = all[std::size_t(tracked[i])];
        QCOMPARE(some[i].probabilityInTopK, expected.probabilityInTopK);
        QCOMPARE(some[i].rankLow, expected.rankLow);
        QCOMPARE(some[i].rankHigh, expected.rankHigh);
        QCOMPARE(some[i].unstable, expected.unstable);
    }
    QVERIFY(some[1].probabilityInTopK > 0.0 && some[1].probabilityInTopK < 1.0); // the 10th place is contested
    QCOMPARE(some.back().rankLow, 0); // filtered out: no rank
}

void TestScoring::stabilityOfAClearLeader()
{
    Candidate strong = handCandidate(1, "strong");
    strong.account.metrics.followers = 5000000;
    Candidate weak = handCandidate(2, "weak");
    weak.account.metrics.averageLikes = 10;
    weak.account.metrics.averageComments = 0;
    weak.account.metrics.followers = 20000;
    weak.fee = Fee{50000.0, "EUR", "test", QDate(2026, 11, 1)};
    const ScoredPool pool({weak, strong}, handCampaign(), ScoringModel::balanced(),
                          EngagementBenchmarks::hypeAuditor2018());
    const auto result = RankStability::compute(pool, pool.modelWeights(), StabilitySettings{500, 50.0, 1, 1});
    QCOMPARE(result[1].probabilityInTopK, 1.0);
    QCOMPARE(result[1].rankLow, 1);
    QCOMPARE(result[1].rankHigh, 1);
    QVERIFY(!result[1].unstable);
    QCOMPARE(result[0].probabilityInTopK, 0.0);
    QCOMPARE(result[0].rankLow, 2);
}

void TestScoring::radixOrderMatchesComparisonSort_data()
{
    QTest::addColumn<QList<double>>("scores");
    QTest::addColumn<QList<qint64>>("tieBreak");
    QTest::addColumn<QList<int>>("eligible");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("empty") << QList<double>{} << QList<qint64>{} << QList<int>{} << QList<int>{};
    QTest::newRow("plain") << QList<double>{10, 30, 20} << QList<qint64>{1, 2, 3} << QList<int>{1, 1, 1}
                           << QList<int>{1, 2, 0};
    // Equal scores: the smaller tie-break (account id) first, whatever the row order.
    QTest::newRow("ties") << QList<double>{50, 50, 50, 70} << QList<qint64>{9, 4, 7, 1} << QList<int>{1, 1, 1, 1}
                          << QList<int>{3, 1, 2, 0};
    QTest::newRow("filtered out") << QList<double>{99, 10, 20} << QList<qint64>{1, 2, 3} << QList<int>{0, 1, 1}
                                  << QList<int>{2, 1};
    // Signs and zero: -0 ties with +0 and falls back to the tie-break.
    QTest::newRow("signs") << QList<double>{-0.0, -5.5, 0.0, 1e-300, -1e-300, 100}
                           << QList<qint64>{2, 1, 1, 5, 6, 7} << QList<int>{1, 1, 1, 1, 1, 1}
                           << QList<int>{5, 3, 2, 0, 4, 1};
    // Many rows with many ties (scores on a coarse grid): the comparison sort is the reference.
    QList<double> many;
    QList<qint64> ids;
    QList<int> some;
    std::mt19937 engine(7);
    for (int i = 0; i < 5000; ++i) {
        many << static_cast<double>(engine() % 400) / 4.0;
        ids << static_cast<qint64>(engine() % 100000);
        some << (engine() % 10 == 0 ? 0 : 1);
    }
    const std::vector<int> reference = rankOrder(std::vector<double>(many.begin(), many.end()),
                                                 std::vector<qint64>(ids.begin(), ids.end()),
                                                 std::vector<unsigned char>(some.begin(), some.end()));
    QTest::newRow("5000 with ties") << many << ids << some << QList<int>(reference.begin(), reference.end());
}

void TestScoring::radixOrderMatchesComparisonSort()
{
    QFETCH(QList<double>, scores);
    QFETCH(QList<qint64>, tieBreak);
    QFETCH(QList<int>, eligible);
    QFETCH(QList<int>, expected);
    const std::vector<unsigned char> flags(eligible.begin(), eligible.end());
    const std::vector<qint64> ties(tieBreak.begin(), tieBreak.end());
    const std::vector<double> values(scores.begin(), scores.end());
    const std::vector<int> radix = RankSorter(ties, flags).order(values);
    QCOMPARE(QList<int>(radix.begin(), radix.end()), expected);
    const std::vector<int> sorted = rankOrder(values, ties, flags);
    QCOMPARE(QList<int>(sorted.begin(), sorted.end()), expected);
}

// A drag over a large pool re-sorts only the top: those rows must be exactly the full order's, ties included;
// the rest keeps its earlier order, and from the returned position on nothing moved.
void TestScoring::refinedTopMatchesTheFullOrder_data()
{
    QTest::addColumn<int>("top");
    QTest::addColumn<int>("shift"); // how far the new scores are from the earlier ones, in score points
    for (int top : {1, 10, 250, 4000})
        for (int shift : {0, 2, 40})
            QTest::addRow("top %d, shift %d", top, shift) << top << shift;
}

void TestScoring::refinedTopMatchesTheFullOrder()
{
    QFETCH(int, top);
    QFETCH(int, shift);
    std::mt19937 engine(11);
    std::vector<double> before, after;
    std::vector<qint64> ties;
    std::vector<unsigned char> eligible;
    for (int i = 0; i < 5000; ++i) {
        before.push_back(static_cast<double>(engine() % 400) / 4.0); // many ties
        after.push_back(before.back() + static_cast<double>(engine() % static_cast<unsigned>(shift + 1)) - shift / 2.0);
        ties.push_back(static_cast<qint64>(engine() % 100000));
        eligible.push_back(engine() % 10 == 0 ? 0 : 1);
    }
    const RankSorter sorter(ties, eligible);
    const std::vector<int> earlier = sorter.order(before);
    const std::vector<int> full = sorter.order(after);
    std::vector<int> refined = earlier;
    const std::size_t changed = sorter.refineTop(after, refined, static_cast<std::size_t>(top));
    const auto n = static_cast<std::ptrdiff_t>(top);
    QVERIFY(std::equal(refined.begin(), refined.begin() + n, full.begin()));
    QVERIFY(changed >= static_cast<std::size_t>(top));
    QVERIFY(std::equal(refined.begin() + static_cast<std::ptrdiff_t>(changed), refined.end(),
                       earlier.begin() + static_cast<std::ptrdiff_t>(changed)));
    std::vector<int> rest;
    std::copy_if(earlier.begin(), earlier.end(), std::back_inserter(rest), [&](int row) {
        return std::find(full.begin(), full.begin() + n, row) == full.begin() + n;
    });
    QVERIFY(std::equal(refined.begin() + n, refined.end(), rest.begin(), rest.end()));
    if (shift == 0)
        QCOMPARE(changed, static_cast<std::size_t>(top)); // the same scores: nothing else moved
}

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"
