// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestSupport.h"
#include "demo/DemoProject.h"
#include "storage/ProjectFile.h"
#include "storage/ProjectStore.h"
#include "storage/ScoringStore.h"
#include "scoring/AccountEvidence.h"
#include "compliance/DisclosureCheck.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

class TestDemoProject : public QObject
{
    Q_OBJECT
private slots:
    void generationIsDeterministic();
    void contents();
    void everyAudienceAndTargetIsValid();
    void attributesOnlyWithConsent();
    void createWritesTheProject();
    void evidenceExercisesEverySignalAndVerdict();
};

void TestDemoProject::generationIsDeterministic()
{
    auto spec = DemoProject::specification();
    QVERIFY_RESULT(spec);
    const Dataset first = DemoProject::generate(*spec);
    const Dataset second = DemoProject::generate(*spec);
    QCOMPARE(first.creators.size(), second.creators.size());
    for (qsizetype i = 0; i < first.creators.size(); ++i) {
        const CreatorRecord &a = first.creators.at(i);
        const CreatorRecord &b = second.creators.at(i);
        QCOMPARE(a.creator.displayName, b.creator.displayName);
        QCOMPARE(a.creator.accounts.size(), b.creator.accounts.size());
        for (qsizetype j = 0; j < a.creator.accounts.size(); ++j) {
            QCOMPARE(a.creator.accounts.at(j).handle, b.creator.accounts.at(j).handle);
            QVERIFY(a.creator.accounts.at(j).metrics == b.creator.accounts.at(j).metrics);
            QCOMPARE(a.audienceOfAccount.at(j).size(), b.audienceOfAccount.at(j).size());
            for (qsizetype k = 0; k < a.audienceOfAccount.at(j).size(); ++k)
                QVERIFY(a.audienceOfAccount.at(j).at(k).distribution ==
                        b.audienceOfAccount.at(j).at(k).distribution);
        }
    }
}

void TestDemoProject::contents()
{
    const Dataset demo = DemoProject::generate(*DemoProject::specification());
    QCOMPARE(demo.creators.size(), 300);
    QCOMPARE(demo.settings.value("synthetic"), "1");
    QCOMPARE(demo.campaigns.size(), 3);
    QCOMPARE(demo.campaigns.at(0).name, "Spring skincare launch");
    QCOMPARE(demo.campaigns.at(1).name, "Budget fitness app");
    QCOMPARE(demo.campaigns.at(2).name, "Summer spritz launch");
    QCOMPARE(demo.campaigns.at(2).productCategory, "alcohol");

    // Counts of this seed, pinned so that an accidental change to the generator shows up here.
    int accounts = 0;
    QHash<Platform, int> perPlatform;
    int consenting = 0;
    for (const CreatorRecord &record : demo.creators) {
        accounts += static_cast<int>(record.creator.accounts.size());
        for (const Account &a : record.creator.accounts)
            ++perPlatform[a.platform];
        consenting += record.attributes.isEmpty() ? 0 : 1;
    }
    QCOMPARE(accounts, 317);
    QCOMPARE(perPlatform.value(Platform::Instagram) + perPlatform.value(Platform::TikTok) +
                 perPlatform.value(Platform::YouTube),
             317);
    QVERIFY(perPlatform.value(Platform::Instagram) > 0 && perPlatform.value(Platform::TikTok) > 0 &&
            perPlatform.value(Platform::YouTube) > 0);
    QCOMPARE(consenting, 175);
}

void TestDemoProject::everyAudienceAndTargetIsValid()
{
    const Dataset demo = DemoProject::generate(*DemoProject::specification());
    for (const CreatorRecord &record : demo.creators) {
        QCOMPARE(record.audienceOfAccount.size(), record.creator.accounts.size());
        for (const QList<AudienceEstimate> &estimates : record.audienceOfAccount) {
            QCOMPARE(estimates.size(), 3); // age band, country, gender
            for (const AudienceEstimate &e : estimates) {
                QVERIFY2(e.distribution.isValid(), qPrintable(e.distribution.validationErrors().join(' ')));
                QCOMPARE(qRound(e.distribution.total() * 1000.0), 1000);
                QVERIFY(e.confidence >= 0.35 && e.confidence <= 0.95);
                QVERIFY(e.source.startsWith("Synthetic:"));
            }
        }
    }
    for (const Campaign &campaign : demo.campaigns)
        QVERIFY2(campaign.validationErrors().isEmpty(), qPrintable(campaign.validationErrors().join(' ')));
}

void TestDemoProject::attributesOnlyWithConsent()
{
    const Dataset demo = DemoProject::generate(*DemoProject::specification());
    for (const CreatorRecord &record : demo.creators) {
        for (const CreatorAttribute &attribute : record.attributes) {
            QVERIFY(attribute.consent.givenOn.isValid());
            QVERIFY(!attribute.consent.purpose.isEmpty());
            QVERIFY(!attribute.consent.recordedBy.isEmpty());
        }
        QVERIFY(record.attributes.isEmpty() || record.attributes.size() == 3);
    }
}

void TestDemoProject::createWritesTheProject()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("demo.candor");
    QVERIFY(DemoProject::create(path));
    QVERIFY(!DemoProject::create(path)); // never overwrites
    auto project = ProjectFile::open(path);
    QVERIFY(project);
    auto summary = ProjectStore(**project).summary();
    QVERIFY(summary);
    QVERIFY(summary->synthetic);
    QCOMPARE(summary->name, "Candor demo (synthetic data)");
    QCOMPARE(summary->creators, 300);
    QCOMPARE(summary->accounts, 317);
    QCOMPARE(summary->consentedAttributes, 525);
    QCOMPARE(summary->campaigns, 3);
    auto campaigns = ProjectStore(**project).campaigns();
    QCOMPARE(campaigns->at(0).targetAudience.size(), 3);
    QCOMPARE(*campaigns->at(0).targetAudience.at(1).shareOf("GB"), 0.45);

    // The demo has audience shares rather than an exported "top country": the leading share stands in.
    auto accounts = ProjectStore(**project).currentAccounts();
    QCOMPARE(accounts->size(), 317);
    const QStringList countries{"BR", "DE", "ES", "FR", "GB", "IN", "US", "other"};
    for (const Account &a : *accounts)
        QVERIFY2(countries.contains(a.topAudienceCountry), qPrintable(a.handle + " " + a.topAudienceCountry));
}

// The demo's posts, histories and follower samples, read back through the scoring store as a user's imports
// would be, show every authenticity light and every disclosure rule; the counts are the seeded generator's.
void TestDemoProject::evidenceExercisesEverySignalAndVerdict()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("demo.candor");
    QVERIFY(DemoProject::create(path));
    auto project = ProjectFile::open(path);
    QVERIFY(project);
    const ScoringStore store(**project);
    auto candidates = store.candidates();
    QVERIFY(candidates);
    auto benchmarks = store.benchmarks();
    QVERIFY(benchmarks);
    const compliance::DisclosureChecker checker;
    int withPosts = 0, posts = 0, readings = 0, sampled = 0, withComments = 0, comments = 0;
    QMap<QString, int> lights;
    QMap<QString, int> rules;
    for (const scoring::Candidate &c : std::as_const(*candidates)) {
        withPosts += c.posts.isEmpty() ? 0 : 1;
        posts += static_cast<int>(c.posts.size());
        readings += static_cast<int>(c.followerHistory.size());
        sampled += c.followerSample.isEmpty() ? 0 : 1;
        withComments += c.commentTexts.isEmpty() ? 0 : 1;
        comments += static_cast<int>(c.commentTexts.size());
        for (const authenticity::Signal &s : authenticity::assessAccount(scoring::authenticityFacts(c, *benchmarks)))
            ++lights[s.id + '=' + authenticity::lightKey(s.light)];
        for (const Post &p : c.posts) {
            for (const auto &finding : {checker.checkDisclosure(p), checker.checkAiLabel(p)}) {
                if (finding)
                    ++rules[finding->rule];
            }
        }
    }
    QCOMPARE(withPosts, 125); // 12 posts and 60 days of follower counts each
    QCOMPARE(posts, 1500);
    QCOMPARE(readings, 7500);
    QCOMPARE(sampled, 51); // 200 followers each
    // Growth: calm (green), a jump on the day a post spread (amber, likely organic), bought (red).
    QCOMPARE(lights.value("growth-jumps=green"), 86);
    QCOMPARE(lights.value("growth-jumps=amber"), 15);
    QCOMPARE(lights.value("growth-jumps=red"), 24);
    QCOMPARE(lights.value("follower-sample=green"), 41);
    QCOMPARE(lights.value("follower-sample=red"), 10);
    QCOMPARE(lights.value("mass-following=amber"), 16);
    // The profiles: a bought audience (engagement red; a small one following back more than follow it: red), an
    // engagement pod (engagement amber, comments per like amber, its comments mostly stock and spam).
    QCOMPARE(lights.value("engagement-rate=red"), 5);
    QCOMPARE(lights.value("engagement-rate=amber"), 2);
    QCOMPARE(lights.value("mass-following=red"), 1);
    QCOMPARE(lights.value("comments-per-like=amber"), 10);
    QCOMPARE(withComments, 72); // 8 of them bought audiences with too few comments to judge
    QCOMPARE(comments, 2566);
    QCOMPARE(lights.value("comment-texts=green"), 56);
    QCOMPARE(lights.value("comment-texts=amber"), 6);
    QCOMPARE(lights.value("comment-texts=red"), 2);
    // Every disclosure rule and the AI-label warning.
    QCOMPARE(rules, (QMap<QString, int>{{"labelled-upfront", 191},
                                        {"label-below-fold", 69},
                                        {"label-buried", 66},
                                        {"platform-label-only", 63},
                                        {"weak-label-only", 66},
                                        {"no-label", 68},
                                        {"ai-unlabelled", 58}}));
}

QTEST_GUILESS_MAIN(TestDemoProject)
#include "tst_demoproject.moc"
