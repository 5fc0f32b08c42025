// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestSupport.h"
#include "demo/DemoProject.h"
#include "scoring/FactorEvaluator.h"
#include "scoring/ScoredPool.h"
#include "storage/CreatorStore.h"
#include "storage/NoteStore.h"
#include "storage/ProjectFile.h"
#include "storage/ShortlistStore.h"
#include "storage/ScoringStore.h"
#include "storage/SqlSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace candor;
using namespace candor::scoring;

class TestScoringStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void demoInputs();
    void compactPoolMatchesTheRecords();
    void storedPoolIsUsedUntilItsInputsChange();
    void campaignSettingsRoundTrip();
    void modelVersions();
    void benchmarksRoundTrip();
    void sensitiveAttributesDoNotMoveScores();
    void builtInDefaultsForAProjectWithoutModels();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestScoringStore::initTestCase()
{
    m_demo = m_dir.filePath("demo.candor");
    QVERIFY(DemoProject::create(m_demo));
}

void TestScoringStore::demoInputs()
{
    auto project = ProjectFile::open(m_demo);
    QVERIFY(project);
    auto inputs = ScoringStore(**project).inputs({});
    QVERIFY_RESULT(inputs);
    QCOMPARE(inputs->campaign.name, "Spring skincare launch");
    QCOMPARE(inputs->model.name, "Balanced");
    QCOMPARE(inputs->model.version, 1);
    QCOMPARE(inputs->model, [] {
        ScoringModel m = ScoringModel::balanced();
        m.id = 1;
        return m;
    }());
    auto candidates = ScoringStore(**project).candidates();
    QVERIFY_RESULT(candidates);
    QCOMPARE(candidates->size(), 317);
    int withFee = 0;
    for (const Candidate &c : *candidates) {
        QCOMPARE(c.audience.size(), 3);
        QVERIFY(c.account.metrics.authenticEngagement);
        withFee += c.fee ? 1 : 0;
    }
    // Pinned for the seed: three in four accounts have a rate card.
    QCOMPARE(withFee, 238);
    QCOMPARE(inputs->benchmarks.rows.size(), 6);
    QCOMPARE(inputs->benchmarks.rows.at(3).medianRate, 0.0263);

    auto fitness = ScoringStore(**project).campaign("budget fitness app");
    QVERIFY(fitness);
    QCOMPARE(fitness->filters.audienceCountries, (QStringList{"DE", "FR", "IN", "BR"}));
    QCOMPARE(fitness->filters.platforms, (QList<Platform>{Platform::Instagram, Platform::TikTok}));
    QCOMPARE(*fitness->reachMin, 5000.0);
    QCOMPARE(*fitness->reachMax, 2000000.0);
    QVERIFY(!ScoringStore(**project).campaign("no such campaign"));
    QCOMPARE(ScoringStore(**project).campaign("2")->name, "Budget fitness app");
}

void TestScoringStore::campaignSettingsRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("copy.candor");
    QVERIFY(DemoProject::create(path));
    auto project = ProjectFile::open(path);
    const ScoringStore store(**project);
    Campaign c = *store.campaign({});
    c.relevantTopics = {"Beauty"};
    c.excludedTopics = {"alcohol", "vaping"};
    c.filters = HardFilters{25000, {Platform::YouTube}, {"GB"}, {"Gaming"}};
    c.dimensionWeights = {{AudienceDimension::Gender, 2.0}, {AudienceDimension::Country, 0.5}};
    c.reachMin = 1000;
    c.reachMax = std::nullopt;
    QVERIFY(store.saveCampaignScoring(c));
    const Campaign back = *store.campaign(QString::number(c.id));
    QCOMPARE(back.relevantTopics, c.relevantTopics);
    QCOMPARE(back.excludedTopics, c.excludedTopics);
    QCOMPARE(*back.filters.minFollowers, 25000);
    QCOMPARE(back.filters.platforms, c.filters.platforms);
    QCOMPARE(back.filters.audienceCountries, c.filters.audienceCountries);
    QCOMPARE(back.filters.excludedCategories, c.filters.excludedCategories);
    QCOMPARE(back.dimensionWeights, c.dimensionWeights);
    QCOMPARE(*back.reachMin, 1000.0);
    QVERIFY(!back.reachMax);
}

void TestScoringStore::modelVersions()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("models.candor");
    QVERIFY(DemoProject::create(path));
    auto project = ProjectFile::open(path);
    const ScoringStore store(**project);
    ScoringModel changed = *store.model(1);
    changed.factors[3].weight = 4.0; // reach counts more
    changed.missingData = MissingDataRule::Exclude;
    auto saved = store.saveNewVersion(changed, "tester");
    QVERIFY_RESULT(saved);
    QCOMPARE(saved->version, 2);
    QCOMPARE(saved->id, 3); // the demo stored Balanced (1) and Awareness (2)
    // The old version is untouched: shortlists made with it keep it.
    QCOMPARE(store.model(1)->factors[3].weight, 1.0);
    QCOMPARE(store.model(3)->factors[3].weight, 4.0);
    QCOMPARE(store.model(3)->missingData, MissingDataRule::Exclude);
    QCOMPARE(store.model(3)->name, "Balanced");
    // The fitness campaign uses the Awareness model; a campaign picks its own.
    QCOMPARE(store.modelFor(*store.campaign("Budget fitness app"))->name, "Awareness");
    auto shortlistModel =
        sql::run((*project)->database(), path, "SELECT scoring_model_id FROM shortlists WHERE id = 1");
    QVERIFY(shortlistModel && shortlistModel->next());
    QCOMPARE(shortlistModel->value(0).toLongLong(), 1);

    ScoringModel invalid = changed;
    for (FactorDefinition &f : invalid.factors)
        f.weight = 0.0;
    QVERIFY(!store.saveNewVersion(invalid, "tester"));
    QCOMPARE(store.models()->size(), 3);
}

void TestScoringStore::benchmarksRoundTrip()
{
    QTemporaryDir dir;
    auto project = ProjectFile::create(dir.filePath("b.candor"));
    const ScoringStore store(**project);
    QCOMPARE(store.benchmarks()->rows.size(), 6); // built-in until the project has its own
    EngagementBenchmarks table = EngagementBenchmarks::hypeAuditor2018();
    table.rows << EngagementBenchmark{"tiktok", 0, std::nullopt, 0.05, 0.045, "Example agency study",
                                      EngagementMeasure::PerView};
    table.statistic = EngagementBenchmarks::Statistic::Average;
    QVERIFY(store.saveBenchmarks(table));
    const EngagementBenchmarks back = *store.benchmarks();
    QCOMPARE(back.rows.size(), 7);
    QCOMPARE(back.statistic, EngagementBenchmarks::Statistic::Average);
    const auto tiktok = back.find(Platform::TikTok, 123456);
    QVERIFY(tiktok);
    QCOMPARE(tiktok->rate, 0.05);
    QCOMPARE(tiktok->row.measure, EngagementMeasure::PerView);
    QVERIFY(!back.find(Platform::YouTube, 123456)); // no stand-in from another platform
    QCOMPARE(tiktok->row.source, "Example agency study");
}

void TestScoringStore::sensitiveAttributesDoNotMoveScores()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("attributes.candor");
    QVERIFY(DemoProject::create(path));
    auto project = ProjectFile::open(path);
    const auto scoresNow = [&] {
        auto inputs = ScoringStore(**project).inputs({});
        const auto pool = ScoringStore(**project).scoredPool(*inputs);
        return pool->scores(pool->modelWeights());
    };
    const std::vector<double> before = scoresNow();
    // Rewrite every self-declared attribute, and add some to creators who had none.
    QVERIFY(sql::run((*project)->database(), path, "UPDATE creator_attributes SET value = 'changed'"));
    QVERIFY(sql::run(
        (*project)->database(), path,
        "INSERT INTO creator_attributes(creator_id, attribute, value, consent_given_on, consent_purpose,"
        " consent_recorded_by) SELECT id, 'gender', 'x', '2026-01-01', 'test', 'test' FROM creators"
        " WHERE id NOT IN (SELECT creator_id FROM creator_attributes)"));
    QCOMPARE(scoresNow(), before);
}

void TestScoringStore::builtInDefaultsForAProjectWithoutModels()
{
    QTemporaryDir dir;
    auto project = ProjectFile::create(dir.filePath("empty.candor"));
    const ScoringStore store(**project);
    auto none = store.inputs({});
    QVERIFY(!none);
    QVERIFY(none.error().message.contains("has no campaign yet"));
    QCOMPARE(*store.modelFor(Campaign{}), ScoringModel::balanced());
}

QTEST_GUILESS_MAIN(TestScoringStore)
namespace {

// A demo project of its own, for a test that changes it.
std::unique_ptr<ProjectFile> freshDemo(const QString &path)
{
    if (!DemoProject::create(path))
        return nullptr;
    auto project = ProjectFile::open(path);
    return project ? std::move(*project) : nullptr;
}

} // namespace

// The pool keeps only what ranking needs; what it keeps must be what the full records say, and the numbers of
// a breakdown must not depend on whether its sentences were made.
void TestScoringStore::compactPoolMatchesTheRecords()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("compact.candor");
    const auto project = freshDemo(path);
    QVERIFY(project);
    const ScoringStore store(*project);
    auto inputs = store.inputs("Budget fitness app");
    QVERIFY_RESULT(inputs);
    auto pool = store.scoredPool(*inputs);
    QVERIFY_RESULT(pool);
    auto all = store.candidates();
    QVERIFY_RESULT(all);
    QCOMPARE(pool->size(), 317);
    QCOMPARE(pool->eligibleCount(), 58); // sqlite3: Instagram and TikTok accounts led by DE, FR, IN or BR
    const FactorEvaluator evaluator(inputs->campaign, inputs->model, inputs->benchmarks);
    const std::vector<double> weights = pool->modelWeights();
    for (int i = 0; i < pool->size(); ++i) {
        const Candidate &c = all->at(i);
        QCOMPARE(pool->accountId(i), c.account.id);
        QCOMPARE(pool->indexOfAccount(c.account.id), i);
        QCOMPARE(pool->handle(i), c.account.handle);
        QCOMPARE(pool->displayName(i), c.account.displayName);
        QCOMPARE(pool->platform(i), c.account.platform);
        QCOMPARE(pool->followers(i), c.account.metrics.followers);
        QCOMPARE(pool->filteredOutBy(i), evaluator.filteredOutBy(c));
        const Breakdown numbers = pool->breakdown(i, weights);
        const Breakdown full = pool->breakdown(i, c, weights);
        QCOMPARE(numbers.score, full.score);
        for (qsizetype f = 0; f < full.factors.size(); ++f) {
            QCOMPARE(numbers.factors.at(f).points, full.factors.at(f).points);
            QCOMPARE(numbers.factors.at(f).value.normalized, full.factors.at(f).value.normalized);
            QVERIFY(!full.factors.at(f).sentence.isEmpty());
        }
    }
    QCOMPARE(pool->indexOfAccount(999999), -1);
    // A few records by id come back in id order, unknown ids left out.
    const QList<qint64> ids{all->at(200).account.id, all->at(3).account.id, 999999, all->at(3).account.id};
    auto some = store.candidates(ids);
    QVERIFY_RESULT(some);
    QCOMPARE(some->size(), 2);
    QCOMPARE(some->at(0).account.id, all->at(3).account.id);
    QCOMPARE(some->at(1).account.id, all->at(200).account.id);
    QCOMPARE(some->at(1).audience.size(), all->at(200).audience.size());
    QCOMPARE(some->at(1).account.categories, all->at(200).account.categories);
    QCOMPARE(some->at(1).fee.has_value(), all->at(200).fee.has_value());
}

// A scored pool is kept in the project and read back while nothing it depends on changed. To tell a read pool
// from a computed one, the fitness campaign's stored pool is swapped for the skincare campaign's: while it is
// read, the fitness campaign shows skincare's eligible count.
void TestScoringStore::storedPoolIsUsedUntilItsInputsChange()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("stored.candor");
    const auto project = freshDemo(path);
    QVERIFY(project);
    const ScoringStore store(*project);
    auto fitness = store.inputs("Budget fitness app");
    auto skincare = store.inputs("Spring skincare launch");
    QVERIFY_RESULT(fitness);
    QVERIFY_RESULT(skincare);
    QCOMPARE(store.scoredPool(*fitness)->eligibleCount(), 58);
    int skincareEligible = store.scoredPool(*skincare)->eligibleCount();
    QCOMPARE(skincareEligible, 252); // sqlite3: accounts with at least 10,000 followers
    const QSqlDatabase db = project->database();
    const auto count = [&](const QString &sql) {
        auto q = sql::run(db, path, sql);
        return q && q->next() ? q->value(0).toInt() : -1;
    };
    // The third is the alcohol campaign's, scored when the demo's shortlist for it was decided.
    QCOMPARE(count("SELECT count(*) FROM scored_pools"), 3);
    const auto swap = [&] {
        QVERIFY(sql::run(db, path,
                         QStringLiteral("UPDATE scored_pools SET pool = (SELECT pool FROM scored_pools WHERE"
                                        " campaign_id = %1) WHERE campaign_id = %2")
                             .arg(skincare->campaign.id)
                             .arg(fitness->campaign.id)));
    };
    const auto fitnessEligible = [&] {
        auto pool = store.scoredPool(*fitness);
        return pool ? pool->eligibleCount() : -1;
    };
    swap();
    QCOMPARE(fitnessEligible(), skincareEligible); // read, not computed
    // Decisions and notes leave scores alone: the pool is still read.
    auto shortlist = ShortlistStore(*project).shortlistFor(fitness->campaign.id, fitness->model.id);
    QVERIFY_RESULT(shortlist);
    Decision decision;
    decision.accountId = 1;
    decision.kind = DecisionKind::Shortlisted;
    decision.reason = "strong audience fit";
    decision.decidedBy = "tester";
    QVERIFY_RESULT(ShortlistStore(*project).add(*shortlist, decision));
    QVERIFY_RESULT(NoteStore(*project).add(Note{0, fitness->campaign.id, 1, "asked for rates", "tester", {}}));
    QCOMPARE(fitnessEligible(), skincareEligible);
    // Another campaign's change is in that campaign's own key: this one's pool is still read.
    Campaign other = skincare->campaign;
    other.filters.minFollowers = 50000;
    QVERIFY_RESULT(store.saveCampaignScoring(other));
    QCOMPARE(fitnessEligible(), skincareEligible);
    auto changed = store.inputs("Spring skincare launch");
    QVERIFY_RESULT(changed);
    skincareEligible = store.scoredPool(*changed)->eligibleCount();
    QCOMPARE(skincareEligible, 181); // sqlite3: accounts with at least 50,000 followers
    // New figures move the data generation: computed again (and kept again).
    auto candidates = store.candidates({1});
    QVERIFY_RESULT(candidates);
    const Account &a = candidates->constFirst().account;
    AccountEntry entry{a.displayName, a.platform, a.handle, a.metrics, a.categories, a.topAudienceCountry};
    entry.metrics.followers = *a.metrics.followers + 1;
    QVERIFY_RESULT(CreatorStore(*project).enterFigures(1, entry, "tester"));
    QCOMPARE(fitnessEligible(), 58);
    // A row removed outside Candor (the sqlite3 shell) is noticed by the largest id.
    swap();
    QCOMPARE(fitnessEligible(), skincareEligible);
    QVERIFY(sql::run(db, path, "DELETE FROM account_fees WHERE rowid = (SELECT max(rowid) FROM account_fees)"));
    QCOMPARE(fitnessEligible(), 58);
    // Damaged bytes are computed again, never trusted.
    QVERIFY(sql::run(db, path, "UPDATE scored_pools SET pool = x'43504f4c00000001ffff'"));
    QCOMPARE(fitnessEligible(), 58);
}

#include "tst_scoringstore.moc"
