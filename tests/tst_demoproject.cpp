#include "TestSupport.h"
#include "demo/DemoProject.h"
#include "storage/ProjectFile.h"
#include "storage/ProjectStore.h"

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
    QCOMPARE(demo.campaigns.size(), 2);
    QCOMPARE(demo.campaigns.at(0).name, "Spring skincare launch");
    QCOMPARE(demo.campaigns.at(1).name, "Budget fitness app");

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
    QCOMPARE(summary->campaigns, 2);
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

QTEST_GUILESS_MAIN(TestDemoProject)
#include "tst_demoproject.moc"
