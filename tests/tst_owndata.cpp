// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A user's own data, from files to a ranked campaign: audience formats, labels, countries, attributes with
// consent, campaigns as JSON, safe output, and the honest-numbers rules on the real exports.
#include "TestSupport.h"
#include "workbench/ProjectImport.h"
#include "core/SafeText.h"
#include "domain/AudienceLabels.h"
#include "domain/CampaignJson.h"
#include "domain/Countries.h"
#include "fairness/AudienceBalance.h"
#include "import/AttributeImporter.h"
#include "import/AudienceImporter.h"
#include "import/Importer.h"
#include "scoring/ScoredPool.h"
#include "storage/AttributeStore.h"
#include "storage/CampaignStore.h"
#include "storage/CreatorStore.h"
#include "storage/NewProject.h"
#include "storage/ProjectStore.h"
#include "storage/ScoringStore.h"
#include "storage/SqlSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(CANDOR_TEST_DATA "/") + name;
}

} // namespace

class TestOwnData : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void newProjectRanksAtOnce();
    void ageLabels_data();
    void ageLabels();
    void genderAndCountryLabels_data();
    void genderAndCountryLabels();
    void commonAgePartition();
    void poolingOnCommonAgePartition();
    void audienceFormats_data();
    void audienceFormats();
    void audienceRejectsWholeDistributions();
    void audienceMergesNewerEstimates();
    void attributesNeedConsent();
    void campaignJsonRoundTrip();
    void campaignStoreAddEditRemoveRestore();
    void bomWithInvalidBytes();
    void csvOutput_data();
    void csvOutput();
    void printableText();
    void missingDataNeverBeatsRealData();
    void noCategoriesIsMissingBrandSafety();
    void creatorsByHand_data();
    void creatorsByHand();
    void creatorAddEditDeleteMerge();

private:
    QString freshProject(const QString &name);
    QTemporaryDir m_dir;
    QString m_imported; // a project holding the real Instagram export of September 2022
};

void TestOwnData::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_imported = m_dir.filePath(QStringLiteral("imported.candor"));
    auto project = createUserProject(m_imported, QStringLiteral("test"));
    QVERIFY_RESULT(project);
    auto report = importCreators(**project, data(QStringLiteral("instagram_top1000_2022-09.csv")), {});
    QVERIFY_RESULT(report);
    QCOMPARE(report->counts.imported, 983);
}

QString TestOwnData::freshProject(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(m_imported, path))
        return {};
    return path;
}

void TestOwnData::newProjectRanksAtOnce()
{
    auto project = ProjectFile::open(m_imported);
    QVERIFY(project);
    const ScoringStore store(**project);
    const auto models = store.models();
    QCOMPARE(models->size(), 2); // Awareness and Balanced, version 1 each
    QCOMPARE(store.defaultModel()->name, QStringLiteral("Balanced"));
    QCOMPARE(store.defaultModel()->missingData, scoring::MissingDataRule::LowerBound);
    const auto table = store.benchmarks();
    QCOMPARE(table->rows.size(), 6);
    QVERIFY(table->rows.at(0).source.startsWith(QStringLiteral("HypeAuditor")));
    // Imported "India" is stored as the code a campaign filter compares with.
    QSqlQuery q((*project)->database());
    QVERIFY(q.exec(QStringLiteral("SELECT s.top_audience_country FROM current_snapshots s JOIN accounts a"
                                  " ON a.id = s.account_id WHERE a.handle = 'cristiano'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("IN"));
}

void TestOwnData::ageLabels_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("instagram") << "18-24" << "18-24";
    QTest::newRow("youtube") << "age13-17" << "13-17";
    QTest::newRow("youtube open band") << "age65-" << "65+";
    QTest::newRow("plus") << "65+" << "65+";
    QTest::newRow("modash merged") << "45-64" << "45-64";
    QTest::newRow("spaces and en dash") << "25 – 34" << "25-34";
    QTest::newRow("not a band") << "age99" << "";
    QTest::newRow("reversed") << "34-25" << "";
}

void TestOwnData::ageLabels()
{
    QFETCH(QString, label);
    QFETCH(QString, canonical);
    QCOMPARE(audience::canonicalCategory(AudienceDimension::AgeBand, label).value_or(QString()), canonical);
}

void TestOwnData::genderAndCountryLabels_data()
{
    QTest::addColumn<AudienceDimension>("dimension");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("F") << AudienceDimension::Gender << "F" << "female";
    QTest::newRow("MALE") << AudienceDimension::Gender << "MALE" << "male";
    QTest::newRow("U kept") << AudienceDimension::Gender << "U" << "other";
    QTest::newRow("user_specified kept") << AudienceDimension::Gender << "user_specified" << "other";
    QTest::newRow("India") << AudienceDimension::Country << "India" << "IN";
    QTest::newRow("United States") << AudienceDimension::Country << "United States" << "US";
    QTest::newRow("USA") << AudienceDimension::Country << "USA" << "US";
    QTest::newRow("UK") << AudienceDimension::Country << "UK" << "GB";
    QTest::newRow("South Korea") << AudienceDimension::Country << "South Korea" << "KR";
    QTest::newRow("Turkey") << AudienceDimension::Country << "Turkey" << "TR";
    QTest::newRow("lowercase code") << AudienceDimension::Country << "gb" << "GB";
    QTest::newRow("accent-free") << AudienceDimension::Country << "Cote d'Ivoire" << "CI";
    QTest::newRow("unknown") << AudienceDimension::Country << "Atlantis" << "";
    QTest::newRow("locale") << AudienceDimension::Language << "en_US" << "en";
}

void TestOwnData::genderAndCountryLabels()
{
    QFETCH(AudienceDimension, dimension);
    QFETCH(QString, label);
    QFETCH(QString, canonical);
    QCOMPARE(audience::canonicalCategory(dimension, label).value_or(QString()), canonical);
}

void TestOwnData::commonAgePartition()
{
    AudienceDistribution vendor(AudienceDimension::AgeBand, {{"18-24", 0.5}, {"45-64", 0.5}});
    AudienceDistribution target(AudienceDimension::AgeBand,
                                {{"18-24", 0.4}, {"45-54", 0.3}, {"55-64", 0.2}, {"65+", 0.1}});
    QVERIFY(audience::toCommonAgeBands(vendor, target));
    QCOMPARE(target.shareOf("45-64").value_or(-1), 0.5);
    QCOMPARE(target.shareOf("65+").value_or(-1), 0.1);
    QCOMPARE(vendor.shareOf("45-64").value_or(-1), 0.5);
    QCOMPARE(target.shares().size(), 3);
    // Audience fit on the common partition: TVD = ½(0.1 + 0 + 0.1) = 0.1.
    AudienceDistribution vendor2(AudienceDimension::AgeBand, {{"18-24", 0.5}, {"45-64", 0.5}});
    AudienceDistribution target2(AudienceDimension::AgeBand,
                                 {{"18-24", 0.4}, {"45-54", 0.3}, {"55-64", 0.2}, {"65+", 0.1}});
    bool merged = false;
    QCOMPARE_NEAR_TO(scoring::FactorEvaluator::oneMinusTvd(vendor2, target2, &merged), 0.9, 1e-12);
    QVERIFY(merged);
}

void TestOwnData::poolingOnCommonAgePartition()
{
    // A (reach 100) from a vendor with 45-64, B (reach 300) measured with 45-54 and 55-64.
    const auto member = [](double reach, QList<AudienceShare> shares) {
        return fairness::AudienceMember{reach, {AudienceEstimate{AudienceDistribution(AudienceDimension::AgeBand, shares),
                                                                 QStringLiteral("t"), 1.0, QDate(2026, 1, 1)}}};
    };
    const QList<fairness::AudienceMember> members{member(100, {{"18-24", 0.5}, {"45-64", 0.5}}),
                                                  member(300, {{"18-24", 0.4}, {"45-54", 0.3}, {"55-64", 0.3}})};
    const AudienceDistribution target(AudienceDimension::AgeBand, {{"18-24", 0.6}, {"45-54", 0.2}, {"55-64", 0.2}});
    const fairness::DimensionBalance b = fairness::balanceOf(members, target, {}, {});
    QCOMPARE(b.categories.size(), 2);
    QCOMPARE(b.categories.at(0).category, QStringLiteral("18-24"));
    QCOMPARE_NEAR_TO(b.categories.at(0).share, 0.425, 1e-12); // (100·0.5 + 300·0.4) / 400
    QCOMPARE(b.categories.at(1).category, QStringLiteral("45-64"));
    QCOMPARE_NEAR_TO(b.categories.at(1).share, 0.575, 1e-12);
    QCOMPARE_NEAR_TO(b.categories.at(1).target, 0.4, 1e-12);
    QCOMPARE_NEAR_TO(b.distances.tvd, 0.175, 1e-12);
    QVERIFY(b.partitionNote.endsWith(QStringLiteral("the bands they all share: 18-24, 45-64")));
    // Same cuts everywhere: no note, nothing merged.
    QVERIFY(fairness::balanceOf({members.at(1)}, target, {}, {}).partitionNote.isEmpty());
}

void TestOwnData::audienceFormats_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("handleOption");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("handle");
    QTest::addColumn<QString>("dimension");
    QTest::addColumn<QString>("category");
    QTest::addColumn<double>("share");
    QTest::addColumn<QString>("provenance");
    QTest::addColumn<int>("imported");
    QTest::addColumn<int>("rejected");
    // 1200 of 10,000 counted followers are 13-17.
    QTest::newRow("instagram counts") << "audience/instagram_follower_demographics.json" << "" << int(AudienceFormat::InstagramGraph)
                                      << "zendaya" << "age_band" << "13-17" << 0.12 << "measured" << 13 << 0;
    // F.13-17 100 + F.18-24 300 + F.25-34 200 of 1000.
    QTest::newRow("instagram legacy") << "audience/instagram_legacy_gender_age.json" << "" << int(AudienceFormat::InstagramLegacy)
                                      << "selenagomez" << "gender" << "female" << 0.6 << "measured" << 1 << 0;
    // YouTube's grid: user_specified is kept as "other"; the selena account is on Instagram, so --handle
    // names an Instagram account that is not on YouTube, and every row is rejected.
    QTest::newRow("youtube, no such channel") << "audience/youtube_viewer_percentage.json" << "" << int(AudienceFormat::YouTubeAnalytics)
                                              << "" << "" << "" << 0.0 << "" << 0 << 8;
    // "45-64" kept as the vendor wrote it; percent read from whole numbers.
    QTest::newRow("vendor wide, merged band") << "audience/vendor_wide.csv" << "" << int(AudienceFormat::VendorWide)
                                              << "arianagrande" << "age_band" << "45-64" << 0.08 << "estimated" << 2 << 1;
    // Top three countries only: the remainder is stored as its own category.
    QTest::newRow("vendor wide, partial") << "audience/vendor_wide.csv" << "" << int(AudienceFormat::VendorWide)
                                          << "leomessi" << "country" << "other (not reported)" << 0.4 << "estimated" << 2 << 1;
    QTest::newRow("long, percent") << "audience/long.csv" << "" << int(AudienceFormat::Long) << "cristiano"
                                   << "age_band" << "18-24" << 0.4 << "estimated" << 10 << 3;
    QTest::newRow("long, alias") << "audience/long.csv" << "" << int(AudienceFormat::Long) << "kyliejenner"
                                 << "country" << "GB" << 0.1 << "estimated" << 10 << 3;
}

void TestOwnData::audienceFormats()
{
    QFETCH(QString, file);
    QFETCH(QString, handleOption);
    QFETCH(int, format);
    QFETCH(QString, handle);
    QFETCH(QString, dimension);
    QFETCH(QString, category);
    QFETCH(double, share);
    QFETCH(QString, provenance);
    QFETCH(int, imported);
    QFETCH(int, rejected);
    const QString path = freshProject(QStringLiteral("audience.candor"));
    auto project = ProjectFile::open(path);
    QVERIFY(project);
    AudienceImportOptions options;
    options.handle = handleOption;
    auto report = importAudiences(**project, data(file), options);
    QVERIFY_RESULT(report);
    QCOMPARE(int(report->prepared.format), format);
    QCOMPARE(report->counts.imported, imported);
    QCOMPARE(report->counts.rejected, rejected);
    if (handle.isEmpty())
        return;
    QSqlQuery q((*project)->database());
    q.prepare(QStringLiteral("SELECT s.share, s.provenance FROM audience_shares s JOIN accounts a ON a.id = s.account_id"
                             " WHERE a.handle = ? AND s.dimension = ? AND s.category = ?"));
    q.addBindValue(handle);
    q.addBindValue(dimension);
    q.addBindValue(category);
    QVERIFY(q.exec() && q.next());
    QCOMPARE_NEAR_TO(q.value(0).toDouble(), share, 1e-12);
    QCOMPARE(q.value(1).toString(), provenance);
}

void TestOwnData::audienceRejectsWholeDistributions()
{
    const QString path = freshProject(QStringLiteral("whole.candor"));
    auto project = ProjectFile::open(path);
    QVERIFY(project);
    auto report = importAudiences(**project, data(QStringLiteral("audience/vendor_wide.csv")), {});
    QVERIFY(report);
    // Line 4 (taylorswift) has an unknown country: none of that row's dimensions is stored.
    QSqlQuery q((*project)->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audience_shares s JOIN accounts a ON a.id = s.account_id"
                                  " WHERE a.handle = 'taylorswift'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(std::any_of(report->prepared.issues.cbegin(), report->prepared.issues.cend(), [](const RowIssue &i) {
        return i.line == 4 && i.reason.contains(QStringLiteral("\"Atlantis\" is not a known country"));
    }));
    // The partial country estimate counts as less certain: 0.7 × 60 % reported.
    QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT confidence, is_partial FROM audience_shares s JOIN accounts a"
                                  " ON a.id = s.account_id WHERE a.handle = 'arianagrande' AND dimension = 'country'")));
    QVERIFY(q.next());
    QCOMPARE_NEAR_TO(q.value(0).toDouble(), 0.42, 1e-12);
    QCOMPARE(q.value(1).toInt(), 1);
}

void TestOwnData::audienceMergesNewerEstimates()
{
    const QString path = freshProject(QStringLiteral("merge.candor"));
    auto project = ProjectFile::open(path);
    QVERIFY(project);
    QVERIFY(importAudiences(**project, data(QStringLiteral("audience/long.csv")), {}));
    AudienceImportOptions later;
    later.asOf = QDate(2022, 12, 31);
    later.source = QStringLiteral("HypeAuditor report");
    auto again = importAudiences(**project, data(QStringLiteral("audience/long.csv")), later);
    QVERIFY(again);
    // Every stored row of the second import met an estimate already there.
    QCOMPARE(again->counts.imported, 0);
    QCOMPARE(again->counts.merged, 10);
    auto candidates = ScoringStore(**project).candidates();
    QVERIFY(candidates);
    for (const scoring::Candidate &c : std::as_const(*candidates)) {
        if (c.account.handle == QLatin1String("cristiano")) {
            const AudienceEstimate *gender = estimateFor(c.audience, AudienceDimension::Gender);
            QVERIFY(gender);
            QCOMPARE(gender->asOf, QDate(2022, 12, 31)); // the newest wins, the older stays as history
        }
    }
    QSqlQuery q((*project)->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(DISTINCT as_of) FROM audience_shares s JOIN accounts a"
                                  " ON a.id = s.account_id WHERE a.handle = 'cristiano' AND dimension = 'gender'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);
}

void TestOwnData::attributesNeedConsent()
{
    const QString path = freshProject(QStringLiteral("attributes.candor"));
    auto project = ProjectFile::open(path);
    QVERIFY(project);
    PreparedAttributeImport prepared;
    auto counts = importAttributes(**project, data(QStringLiteral("attributes.csv")), QStringLiteral("tester"),
                                         &prepared);
    QVERIFY_RESULT(counts);
    QCOMPARE(counts->imported, 2);
    QCOMPARE(counts->rejected, 3);
    QSqlQuery q((*project)->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), group_concat(consent_evidence, '|') FROM creator_attributes")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2); // the rows without consent date or purpose are not stored
    QCOMPARE(q.value(1).toString(), QStringLiteral("signed form 2022-17|email of 2022-10-02"));
    auto withdrawn = AttributeStore(**project).withdrawConsent(QStringLiteral("cristiano"), {}, {},
                                                               QStringLiteral("tester"), QStringLiteral("asked by email"));
    QVERIFY(withdrawn);
    QCOMPARE(*withdrawn, 1);
    QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM creator_attributes), attribute, reason FROM consent_withdrawals")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(q.value(1).toString(), QStringLiteral("gender"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("asked by email"));
}

void TestOwnData::campaignJsonRoundTrip()
{
    Campaign c;
    c.name = QStringLiteral("Autumn");
    c.brief = QStringLiteral("Coats");
    c.budget = 1200.5;
    c.currency = QStringLiteral("GBP");
    c.startsOn = QDate(2026, 9, 1);
    c.relevantTopics = {QStringLiteral("Fashion")};
    c.filters.minFollowers = 5000;
    c.filters.platforms = {Platform::Instagram, Platform::TikTok};
    c.filters.audienceCountries = {QStringLiteral("GB")};
    c.reachMin = 1e4;
    c.targetAudience = {AudienceDistribution(AudienceDimension::Gender, {{"female", 0.7}, {"male", 0.3}})};
    c.dimensionWeights.insert(AudienceDimension::Gender, 2.0);
    const QJsonObject json = campaignToJson(c, QStringLiteral("Balanced"), 3);
    auto back = campaignFromJson(json, QStringLiteral("t.json"));
    QVERIFY_RESULT(back);
    QCOMPARE(back->modelName, QStringLiteral("Balanced"));
    QCOMPARE(back->modelVersion.value_or(0), 3);
    QCOMPARE(campaignToJson(back->campaign, QStringLiteral("Balanced"), 3), json);
    // Names and aliases become codes; shares that do not add up are refused with the field named.
    QJsonObject aliases = json;
    aliases.insert(QStringLiteral("filters"), QJsonObject{{QStringLiteral("audience_countries"), QJsonArray{QStringLiteral("India"), QStringLiteral("UK")}}});
    QCOMPARE(campaignFromJson(aliases, {})->campaign.filters.audienceCountries, QStringList({"IN", "GB"}));
    QJsonObject bad = json;
    bad.insert(QStringLiteral("target_audience"),
               QJsonObject{{QStringLiteral("gender"), QJsonArray{QJsonObject{{QStringLiteral("category"), QStringLiteral("female")},
                                                                             {QStringLiteral("share"), 0.9}}}}});
    const auto refused = campaignFromJson(bad, QStringLiteral("bad.json"));
    QVERIFY(!refused);
    QVERIFY(refused.error().toString().startsWith(QStringLiteral("bad.json: is not a valid campaign")));
    QVERIFY(!campaignFromJson(QJsonObject{{QStringLiteral("name"), QStringLiteral("")}}, {}));
}

void TestOwnData::campaignStoreAddEditRemoveRestore()
{
    const QString path = freshProject(QStringLiteral("campaigns.candor"));
    auto project = ProjectFile::open(path);
    QVERIFY(project);
    const CampaignStore store(**project);
    Campaign c;
    c.name = QStringLiteral("First");
    c.filters.audienceCountries = {QStringLiteral("IN")};
    auto id = store.add(c, "anna");
    QVERIFY_RESULT(id);
    Campaign twin = c;
    twin.name = QStringLiteral("FIRST");
    QVERIFY(!store.add(twin, "anna")); // names are unique whatever their case
    c.id = *id;
    c.brief = QStringLiteral("changed");
    QVERIFY(store.update(c, "anna"));
    const auto saved = store.rowsOf(*id);
    QVERIFY(saved);
    QVERIFY(store.remove(*id, "anna"));
    QCOMPARE(ProjectStore(**project).campaigns()->size(), 0);
    QVERIFY(store.restore(*saved, "anna"));
    const auto back = ProjectStore(**project).campaigns();
    QCOMPARE(back->size(), 1);
    QCOMPARE(back->constFirst().id, *id);
    QCOMPARE(back->constFirst().brief, QStringLiteral("changed"));
    QCOMPARE(back->constFirst().filters.audienceCountries, QStringList{QStringLiteral("IN")});
    // The leading-country filter compares codes: the real export's "India" accounts pass it.
    auto inputs = ScoringStore(**project).inputs(QStringLiteral("First"));
    QVERIFY(inputs);
    const auto pool = ScoringStore(**project).scoredPool(*inputs);
    QVERIFY_RESULT(pool);
    const auto eligible = pool->eligibleCount();
    QSqlQuery q((*project)->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM current_snapshots WHERE top_audience_country = 'IN'")));
    QVERIFY(q.next());
    QCOMPARE(eligible, q.value(0).toLongLong());
    QVERIFY(eligible > 100);
}

void TestOwnData::bomWithInvalidBytes()
{
    QFile file(data(QStringLiteral("quirk_bom_invalid_bytes.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const DecodedText decoded = decodeText(file.readAll(), TextEncoding::Detect);
    QCOMPARE(decoded.encoding, QStringLiteral("UTF-8"));
    QVERIFY(decoded.text.startsWith(QStringLiteral("handle,"))); // no "ï»¿" in the first header
    QCOMPARE(decoded.invalidLines, QList<int>{3});
    const QString path = m_dir.filePath(QStringLiteral("bom.candor"));
    auto project = createUserProject(path, QStringLiteral("test"));
    QVERIFY(project);
    ImportOptions options;
    options.platform = Platform::Instagram;
    auto report = importCreators(**project, file.fileName(), options);
    QVERIFY_RESULT(report);
    QCOMPARE(report->counts.imported, 3);
    QCOMPARE(report->prepared.plan.issues.size(), 1);
    QCOMPARE(report->prepared.plan.issues.constFirst().line, 3);
    QCOMPARE(report->prepared.plan.issues.constFirst().severity, RowIssue::Severity::Warning);
}

void TestOwnData::csvOutput_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << "anna" << "anna";
    QTest::newRow("comma") << "a,b" << "\"a,b\"";
    QTest::newRow("quote") << "say \"hi\"" << "\"say \"\"hi\"\"\"";
    QTest::newRow("newline") << "two\nlines" << "\"two\nlines\"";
    QTest::newRow("formula") << "=HYPERLINK(\"x\")" << "\"'=HYPERLINK(\"\"x\"\")\"";
    QTest::newRow("plus") << "+1+1" << "'+1+1";
    QTest::newRow("at") << "@handle" << "'@handle";
    QTest::newRow("tab") << "\tcmd" << "'\tcmd";
    QTest::newRow("negative number stays") << "-12.5" << "-12.5";
    QTest::newRow("minus formula") << "-1+cmd" << "'-1+cmd";
}

void TestOwnData::csvOutput()
{
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(csvField(value), field);
}

void TestOwnData::printableText()
{
    QCOMPARE(printable(QStringLiteral("evil\u202Egnp.exe")), QStringLiteral("evil<U+202E>gnp.exe"));
    QCOMPARE(printable(QStringLiteral("line\nbreak")), QStringLiteral("line<U+000A>break"));
    QCOMPARE(printable(QStringLiteral("Zoë 🤍")), QStringLiteral("Zoë 🤍"));
}

void TestOwnData::missingDataNeverBeatsRealData()
{
    // Both real exports together, ranked for a lifestyle campaign on the project's own Balanced model.
    const QString path = freshProject(QStringLiteral("honest.candor"));
    auto project = ProjectFile::open(path);
    QVERIFY(project);
    auto youtube = importCreators(**project, data(QStringLiteral("youtube_top1000_2022.csv")), {});
    QVERIFY(youtube);
    Campaign c;
    c.name = QStringLiteral("Lifestyle");
    c.relevantTopics = {QStringLiteral("Lifestyle"), QStringLiteral("Fashion")};
    QVERIFY(CampaignStore(**project).add(c, "anna"));
    auto inputs = ScoringStore(**project).inputs(QStringLiteral("Lifestyle"));
    QVERIFY(inputs);
    QCOMPARE(inputs->model.missingData, scoring::MissingDataRule::LowerBound);
    const auto scored = ScoringStore(**project).scoredPool(*inputs);
    QVERIFY_RESULT(scored);
    const scoring::ScoredPool &pool = *scored;
    const std::vector<double> weights = pool.modelWeights();
    const std::vector<double> scores = pool.scores(weights);
    int youtubeChannels = 0;
    for (int i = 0; i < int(scores.size()); ++i) {
        const scoring::Breakdown b = pool.breakdown(i, weights);
        // The score is the lowest the missing data allows: filling any missing factor in can only raise it.
        QCOMPARE_NEAR(b.score, b.lowest);
        QCOMPARE_NEAR(scores[std::size_t(i)], b.score);
        if (pool.platform(i) == Platform::YouTube) {
            ++youtubeChannels;
            // No YouTube row in the table: engagement is left out, not divided by Instagram's benchmark.
            QVERIFY(b.factors[1].notApplicable);
        }
    }
    QCOMPARE(youtubeChannels, 605); // of 1000 rows, 394 give a name where the handle belongs
}

void TestOwnData::noCategoriesIsMissingBrandSafety()
{
    Campaign c;
    c.relevantTopics = {QStringLiteral("Fashion")};
    const scoring::ScoringModel model = scoring::ScoringModel::balanced();
    scoring::Candidate none;
    none.account.handle = QStringLiteral("plain");
    const scoring::FactorEvaluator evaluator(c, model, scoring::EngagementBenchmarks::builtIn());
    const scoring::FactorValue missing = evaluator.evaluate(none, *model.factor(scoring::FactorId::BrandSafety));
    QVERIFY(!missing.normalized);
    QVERIFY(!missing.notApplicable);
    scoring::Candidate other = none;
    other.account.categories = {QStringLiteral("Music")};
    const scoring::FactorValue zero = evaluator.evaluate(other, *model.factor(scoring::FactorId::BrandSafety));
    QCOMPARE(zero.normalized.value_or(-1), 0.0); // a known category that matches nothing is a real 0
}

void TestOwnData::creatorsByHand_data()
{
    QTest::addColumn<int>("platform");
    QTest::addColumn<QString>("handle");
    QTest::addColumn<QString>("problem"); // empty: accepted
    QTest::newRow("instagram") << int(Platform::Instagram) << "jane.doe_23" << "";
    QTest::newRow("leading @") << int(Platform::Instagram) << "@jane.doe" << "";
    QTest::newRow("other script") << int(Platform::Instagram) << "민윤기" << "";
    QTest::newRow("instagram 31 chars") << int(Platform::Instagram) << QString(31, QLatin1Char('a')) << "has 1 to 30 characters";
    QTest::newRow("instagram hyphen") << int(Platform::Instagram) << "jane-doe" << "\"-\" is not one of them";
    QTest::newRow("tiktok 25 chars") << int(Platform::TikTok) << QString(25, QLatin1Char('a')) << "has 2 to 24 characters";
    QTest::newRow("youtube hyphen") << int(Platform::YouTube) << "@my-channel" << "";
    QTest::newRow("youtube 2 chars") << int(Platform::YouTube) << "ab" << "has 3 to 30 characters";
    QTest::newRow("space") << int(Platform::Instagram) << "jane doe" << "no spaces";
    QTest::newRow("newline") << int(Platform::Instagram) << "jane\ndoe" << "no line breaks";
    QTest::newRow("control") << int(Platform::Instagram) << QStringLiteral("jane\u0007") << "no control characters";
    QTest::newRow("bidi override") << int(Platform::Instagram) << QStringLiteral("evil\u202Egnp") << "no bidirectional controls";
    QTest::newRow("quote") << int(Platform::Instagram) << "jane\"doe" << "no quotes or angle brackets";
    QTest::newRow("angle bracket") << int(Platform::TikTok) << "<script>" << "no quotes or angle brackets";
}

void TestOwnData::creatorsByHand()
{
    QFETCH(int, platform);
    QFETCH(QString, handle);
    QFETCH(QString, problem);
    AccountEntry entry;
    entry.platform = Platform(platform);
    entry.handle = handle;
    entry.displayName = QStringLiteral("Any printable name 🤍 <b>");
    const QStringList errors = entry.validationErrors();
    if (problem.isEmpty())
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(' ')));
    else
        QVERIFY2(errors.size() == 1 && errors.constFirst().contains(problem), qPrintable(errors.join(' ')));
}

void TestOwnData::creatorAddEditDeleteMerge()
{
    const QString path = freshProject(QStringLiteral("byhand.candor"));
    auto project = ProjectFile::open(path);
    QVERIFY(project);
    const CreatorStore store(**project);
    AccountEntry entry;
    entry.displayName = QStringLiteral("Jane Doe");
    entry.handle = QStringLiteral("jane.doe");
    entry.metrics.followers = 250000;
    entry.metrics.engagementRate = 0.031;
    entry.categories = {QStringLiteral("Fashion")};
    entry.topAudienceCountry = QStringLiteral("United Kingdom");
    auto account = store.add(entry, QStringLiteral("Ana (agency)"));
    QVERIFY_RESULT(account);
    QVERIFY(!store.add(entry, QStringLiteral("Ana"))); // the same handle twice
    AccountEntry bad = entry;
    bad.metrics.followers = -1;
    bad.handle = QStringLiteral("jane.other");
    QVERIFY(!store.add(bad, QStringLiteral("Ana")));
    QSqlQuery q((*project)->database());
    const auto one = [&](const QString &sql) {
        q.exec(sql);
        q.next();
        return q.value(0);
    };
    QCOMPARE(one(QStringLiteral("SELECT entered_by || '|' || top_audience_country || '|' || followers FROM current_snapshots"
                                " WHERE account_id = %1").arg(*account)).toString(),
             QStringLiteral("Ana (agency)|GB|250000"));
    // An edit is a new snapshot; the old one stays as history.
    entry.metrics.followers = 260000;
    auto snapshot = store.enterFigures(*account, entry, QStringLiteral("Ben"));
    QVERIFY(snapshot);
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM metric_snapshots WHERE account_id = %1").arg(*account)).toInt(), 2);
    QCOMPARE(one(QStringLiteral("SELECT followers FROM current_snapshots WHERE account_id = %1").arg(*account)).toLongLong(),
             260000);

    // Merge with the same person's TikTok account, then take it apart again.
    AccountEntry tiktok = entry;
    tiktok.platform = Platform::TikTok;
    auto second = store.add(tiktok, QStringLiteral("Ana"));
    QVERIFY(second);
    const qint64 kept = *store.creatorOf(*account);
    const qint64 merged = *store.creatorOf(*second);
    const int creatorsBefore = one(QStringLiteral("SELECT count(*) FROM creators")).toInt();
    auto merge = store.merge(kept, merged, "anna");
    QVERIFY_RESULT(merge);
    QCOMPARE(*store.creatorOf(*second), kept);
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM creators")).toInt(), creatorsBefore - 1);
    QVERIFY(store.unmerge(*merge, "anna"));
    QCOMPARE(*store.creatorOf(*second), merged);
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM creators")).toInt(), creatorsBefore);

    // Delete with everything, its posts and comments too, and restore exactly.
    QVERIFY(q.exec(QStringLiteral("INSERT INTO posts(account_id, published_at, permalink, media_type, caption)"
                                  " VALUES (%1, '2026-10-01T10:00:00Z', 'https://example.invalid/p/1', 'image', 'Hi')")
                       .arg(*account)));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO post_comments(account_id, permalink, text)"
                                  " VALUES (%1, 'https://example.invalid/p/1', 'nice')")
                       .arg(*account)));
    const QString evidence = QStringLiteral("SELECT (SELECT count(*) FROM posts) || '/' || (SELECT count(*) FROM "
                                            "post_comments)");
    QCOMPARE(one(evidence).toString(), "1/1");
    const int snapshots = one(QStringLiteral("SELECT count(*) FROM metric_snapshots")).toInt();
    auto removed = store.remove(kept, "anna");
    QVERIFY(removed);
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM metric_snapshots")).toInt(), snapshots - 2);
    QCOMPARE(one(evidence).toString(), "0/0");
    QVERIFY(store.restore(*removed, "anna"));
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM metric_snapshots")).toInt(), snapshots);
    QCOMPARE(one(evidence).toString(), "1/1");
    QCOMPARE(*store.creatorOf(*account), kept);
    QCOMPARE(one(QStringLiteral("PRAGMA foreign_key_check")).isValid(), false);
}

QTEST_GUILESS_MAIN(TestOwnData)
#include "tst_owndata.moc"
