// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/AccountMetrics.h"
#include "domain/AudienceDistribution.h"
#include "domain/Campaign.h"
#include "domain/Creator.h"

#include <QTest>

using namespace candor;

class TestDomain : public QObject
{
    Q_OBJECT
private slots:
    void attributeColumnSharesItsTexts();
    void audienceValidation_data();
    void audienceValidation();
    void campaignValidation();
    void effectiveEngagementRate_data();
    void effectiveEngagementRate();
    void normalizedHandle_data();
    void normalizedHandle();
    void dimensionIdsRoundTrip();
};

void TestDomain::audienceValidation_data()
{
    QTest::addColumn<QList<AudienceShare>>("shares");
    QTest::addColumn<QStringList>("errors");

    QTest::newRow("exact") << QList<AudienceShare>{{"female", 0.62}, {"male", 0.38}} << QStringList{};
    QTest::newRow("rounded within one point")
        << QList<AudienceShare>{{"female", 0.62}, {"male", 0.375}} << QStringList{};
    QTest::newRow("sum too low") << QList<AudienceShare>{{"female", 0.5}, {"male", 0.3}}
                                 << QStringList{
                                        "Gender shares add up to 80.0 %, not 100 % (allowed: ±1 points)."};
    QTest::newRow("negative share")
        << QList<AudienceShare>{{"female", 1.2}, {"male", -0.2}}
        << QStringList{"Gender \"female\" has share 1.2; a share must lie between 0 and 1.",
                       "Gender \"male\" has share -0.2; a share must lie between 0 and 1."};
    QTest::newRow("duplicate category") << QList<AudienceShare>{{"female", 0.5}, {"female", 0.5}}
                                        << QStringList{"Gender lists \"female\" twice."};
    QTest::newRow("nameless category") << QList<AudienceShare>{{"", 0.5}, {"male", 0.5}}
                                       << QStringList{"Gender has a category without a name."};
    QTest::newRow("empty") << QList<AudienceShare>{} << QStringList{"Gender has no categories."};
}

void TestDomain::audienceValidation()
{
    QFETCH(QList<AudienceShare>, shares);
    QFETCH(QStringList, errors);
    const AudienceDistribution distribution(AudienceDimension::Gender, shares);
    QCOMPARE(distribution.validationErrors(), errors);
    QCOMPARE(distribution.isValid(), errors.isEmpty());
}

void TestDomain::campaignValidation()
{
    Campaign campaign;
    campaign.name = "Launch";
    campaign.budget = -1.0;
    campaign.startsOn = QDate(2027, 3, 1);
    campaign.endsOn = QDate(2027, 2, 1);
    campaign.targetAudience = {AudienceDistribution(AudienceDimension::Country, {{"GB", 1.0}}),
                               AudienceDistribution(AudienceDimension::Country, {{"FR", 0.5}})};
    QCOMPARE(campaign.validationErrors(),
             (QStringList{"The budget cannot be negative.", "The campaign ends before it starts.",
                          "The target audience gives Country twice.",
                          "Country shares add up to 50.0 %, not 100 % (allowed: ±1 points)."}));
    campaign.name.clear();
    QCOMPARE(campaign.validationErrors().first(), QStringLiteral("The campaign needs a name."));
}

void TestDomain::effectiveEngagementRate_data()
{
    QTest::addColumn<AccountMetrics>("metrics");
    QTest::addColumn<double>("expected"); // -1 for none

    AccountMetrics reported;
    reported.engagementRate = 0.034;
    reported.followers = 1000;
    reported.averageLikes = 900;
    QTest::newRow("reported rate wins") << reported << 0.034;

    AccountMetrics likes;
    likes.followers = 20000;
    likes.averageLikes = 500;
    likes.averageComments = 24;
    QTest::newRow("likes and comments") << likes << 524.0 / 20000.0;

    AccountMetrics engagement;
    engagement.followers = 477900000;
    engagement.averageEngagement = 6200000;
    QTest::newRow("average engagement") << engagement << 6200000.0 / 477900000.0;

    AccountMetrics zero;
    zero.followers = 0;
    zero.averageEngagement = 10;
    QTest::newRow("no followers") << zero << -1.0;
    QTest::newRow("nothing") << AccountMetrics{} << -1.0;
}

void TestDomain::effectiveEngagementRate()
{
    QFETCH(AccountMetrics, metrics);
    QFETCH(double, expected);
    const auto rate = metrics.effectiveEngagementRate();
    if (expected < 0)
        QVERIFY(!rate);
    else
        QCOMPARE(*rate, expected);
}

void TestDomain::normalizedHandle_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "cristiano"
                           << "cristiano";
    QTest::newRow("at sign") << "@leomessi"
                             << "leomessi";
    QTest::newRow("spaces") << "  @zendaya "
                            << "zendaya";
    QTest::newRow("case kept") << "PewDiePie"
                               << "PewDiePie";
}

void TestDomain::normalizedHandle()
{
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    QCOMPARE(candor::normalizedHandle(raw), expected);
}

void TestDomain::dimensionIdsRoundTrip()
{
    for (AudienceDimension d : allDimensions())
        QCOMPARE(dimensionFromId(dimensionId(d)), d);
    for (const QString &id : platformIds())
        QCOMPARE(platformId(*platformFromText(id)), id);
    QCOMPARE(platformFromText("YT"), Platform::YouTube);
    QVERIFY(!platformFromText("myspace"));
}

void TestDomain::attributeColumnSharesItsTexts()
{
    AttributeColumn column;
    column.add(12, "woman", "campaign reporting");
    column.add(3, "woman", "fairness audit");
    column.add(7, "man", "fairness audit");
    column.finish();
    QCOMPARE(column.size(), 3);
    QCOMPARE(column.find(7), 1);
    QCOMPARE(column.find(12), 2);
    QCOMPARE(column.find(5), -1);
    QCOMPARE(column.find(13), -1);
    QCOMPARE(column.valueAt(2), "woman");
    QCOMPARE(column.purposeAt(2), "campaign reporting");
    QCOMPARE(column.accountAt(1), 7);
    // Entries of a list of accounts: merged when it is in order, searched when not.
    const std::vector<qint64> ascending{1, 3, 4, 12, 20};
    const std::vector<qint64> shuffled{12, 1, 7, 3};
    QCOMPARE(column.entriesFor(5, [&](qsizetype i) { return ascending[std::size_t(i)]; }),
             (std::vector<qsizetype>{-1, 0, -1, 2, -1}));
    QCOMPARE(column.entriesFor(4, [&](qsizetype i) { return shuffled[std::size_t(i)]; }),
             (std::vector<qsizetype>{2, -1, 1, 0}));
    // One string per distinct text, however many accounts carry it.
    QVERIFY(column.valueAt(0).constData() == column.valueAt(2).constData());
}

QTEST_APPLESS_MAIN(TestDomain)
#include "tst_domain.moc"
