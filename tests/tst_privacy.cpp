// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestSupport.h"
#include "privacy/PrivacyReview.h"
#include "storage/AuditStore.h"
#include "storage/CreatorStore.h"
#include "storage/FairnessStore.h"
#include "storage/PrivacyStore.h"
#include "storage/ProjectFile.h"
#include "storage/ScoringStore.h"
#include "workbench/ProjectImport.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;
using privacy::FindingKind;

Q_DECLARE_METATYPE(candor::privacy::CreatorFacts)

// Consent expiry, retention and "do not profile" at a fixed clock (docs/privacy.md): every date here is given, so
// the tests say the same on any day they run.
class TestPrivacy : public QObject
{
    Q_OBJECT
private slots:
    void findingsAtAFixedClock_data();
    void findingsAtAFixedClock();
    void expiredConsentLeavesTheAudit();
    void retentionListing();
    void doNotProfileLeavesRankingAndAudit();
};

namespace {

QDate day(const char *iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

// A creator with a basis and a notice, used on 2025-06-01: nothing to find until a row changes that.
privacy::CreatorFacts usualCreator()
{
    privacy::CreatorFacts f;
    f.creatorId = 7;
    f.basis = privacy::LawfulBasis::LegitimateInterest;
    f.firstHeld = day("2025-01-10");
    f.informedOn = day("2025-01-20");
    f.lastUsed = day("2025-06-01");
    return f;
}

// "kind@date" per finding, in order: what a row of the table expects.
QString describe(const QList<privacy::Finding> &findings)
{
    QStringList parts;
    for (const privacy::Finding &f : findings)
        parts << privacy::findingKey(f.kind) + (f.date.isValid() ? QLatin1Char('@') + f.date.toString(Qt::ISODate) : QString());
    return parts.join(QLatin1Char(' '));
}

// Three creators on TikTok, entered today.
QList<qint64> threeCreators(const ProjectFile &project)
{
    QList<qint64> accounts;
    for (const char *handle : {"ana.test", "ben.test", "cleo.test"}) {
        AccountEntry entry;
        entry.displayName = QString::fromLatin1(handle).section(QLatin1Char('.'), 0, 0);
        entry.handle = QString::fromLatin1(handle);
        entry.platform = Platform::TikTok;
        entry.metrics.followers = 20000;
        entry.metrics.engagementRate = 0.03;
        auto added = CreatorStore(project).add(entry, QStringLiteral("anna"));
        accounts << (added ? *added : 0);
    }
    return accounts;
}

int countOf(const QList<PrivacyStore::ReviewRow> &rows, FindingKind kind)
{
    return static_cast<int>(std::count_if(rows.cbegin(), rows.cend(),
                                          [kind](const PrivacyStore::ReviewRow &r) { return r.finding.kind == kind; }));
}

qsizetype consentedGenders(const ProjectFile &project, const QDate &today)
{
    auto attributes = FairnessStore(project).consentedAttributes(today);
    return attributes ? attributes->value(QStringLiteral("gender")).size() : -1;
}

} // namespace

void TestPrivacy::findingsAtAFixedClock_data()
{
    QTest::addColumn<privacy::CreatorFacts>("facts");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("expected");

    const privacy::CreatorFacts usual = usualCreator();
    QTest::newRow("nothing to find") << usual << day("2026-01-01") << QString();
    // 24 months after 2025-06-01: the last day kept is 2027-06-01.
    QTest::newRow("retention: last day") << usual << day("2027-06-01") << QString();
    QTest::newRow("retention: a day past") << usual << day("2027-06-02") << QStringLiteral("past_retention@2027-06-01");
    privacy::CreatorFacts neverUsed = usual;
    neverUsed.lastUsed = {};
    QTest::newRow("retention from first held") << neverUsed << day("2027-01-11")
                                               << QStringLiteral("past_retention@2027-01-10");

    privacy::CreatorFacts consenting = usual;
    consenting.consents << privacy::ConsentFacts{QStringLiteral("gender"), day("2025-03-01"), day("2026-03-01")};
    QTest::newRow("consent: 31 days left") << consenting << day("2026-01-29") << QString();
    QTest::newRow("consent: 30 days left") << consenting << day("2026-01-30")
                                           << QStringLiteral("consent_expires_soon@2026-03-01");
    QTest::newRow("consent: its last day") << consenting << day("2026-03-01")
                                           << QStringLiteral("consent_expires_soon@2026-03-01");
    QTest::newRow("consent: a day after") << consenting << day("2026-03-02")
                                          << QStringLiteral("consent_expired@2026-03-01");
    privacy::CreatorFacts noExpiry = usual;
    noExpiry.consents << privacy::ConsentFacts{QStringLiteral("gender"), day("2025-03-01"), {}};
    QTest::newRow("consent without expiry") << noExpiry << day("2027-06-01") << QString();

    privacy::CreatorFacts noBasis = usual;
    noBasis.basis = privacy::LawfulBasis::None;
    QTest::newRow("no lawful basis") << noBasis << day("2026-01-01") << QStringLiteral("no_lawful_basis@2025-01-10");
    privacy::CreatorFacts uninformed = usual;
    uninformed.informedOn = {};
    // GDPR Art. 14(3)(a): at the latest a month after the data was obtained.
    QTest::newRow("not informed") << uninformed << day("2025-01-15") << QStringLiteral("not_informed@2025-02-10");
    privacy::CreatorFacts objecting = usual;
    objecting.doNotProfile = true;
    QTest::newRow("do not profile") << objecting << day("2026-01-01") << QStringLiteral("do_not_profile");

    privacy::CreatorFacts everything = consenting;
    everything.basis = privacy::LawfulBasis::None;
    everything.informedOn = {};
    everything.doNotProfile = true;
    QTest::newRow("every finding, in order")
        << everything << day("2027-06-02")
        << QStringLiteral("past_retention@2027-06-01 consent_expired@2026-03-01 no_lawful_basis@2025-01-10 "
                          "not_informed@2025-02-10 do_not_profile");
}

void TestPrivacy::findingsAtAFixedClock()
{
    QFETCH(privacy::CreatorFacts, facts);
    QFETCH(QDate, today);
    QFETCH(QString, expected);
    QCOMPARE(describe(privacy::findingsOf(facts, privacy::Policy::defaults(), today)), expected);
}

void TestPrivacy::expiredConsentLeavesTheAudit()
{
    QTemporaryDir dir;
    auto project = ProjectFile::create(dir.filePath(QStringLiteral("consent.candor")));
    QVERIFY_RESULT(project);
    const QList<qint64> accounts = threeCreators(**project);
    QVERIFY(!accounts.contains(0));
    PreparedAttributeImport prepared;
    auto imported = importAttributes(**project, QFINDTESTDATA("data/attributes-expiring.csv"), QStringLiteral("anna"),
                                     &prepared);
    QVERIFY_RESULT(imported);
    QCOMPARE(imported->imported, 3);
    QCOMPARE(imported->rejected, 1);
    QCOMPARE(prepared.issues.constFirst().line, 5);
    QCOMPARE(prepared.issues.constFirst().column, QStringLiteral("consent_expires"));

    // Valid through the expiry date, gone the day after.
    QCOMPARE(consentedGenders(**project, day("2027-01-31")), 3);
    QCOMPARE(consentedGenders(**project, day("2027-02-01")), 2);
    QCOMPARE(consentedGenders(**project, day("2027-03-02")), 1);

    const PrivacyStore store(**project);
    auto early = store.review(day("2027-01-05"));
    QVERIFY_RESULT(early);
    QCOMPARE(countOf(*early, FindingKind::ConsentExpiresSoon), 1); // cleo's, in 26 days; ana's is 55 days off
    QCOMPARE(countOf(*early, FindingKind::ConsentExpired), 0);
    auto late = store.review(day("2027-02-01"));
    QVERIFY_RESULT(late);
    QCOMPARE(countOf(*late, FindingKind::ConsentExpired), 1);
    QCOMPARE(countOf(*late, FindingKind::ConsentExpiresSoon), 1); // now ana's, in 28 days

    auto cleo = CreatorStore(**project).creatorOf(accounts.at(2));
    QVERIFY_RESULT(cleo);
    QVERIFY_RESULT(store.renewConsent(*cleo, QStringLiteral("gender"), day("2027-02-01"), day("2028-02-01"),
                                      QStringLiteral("renewal form 3b"), QStringLiteral("anna")));
    QCOMPARE(consentedGenders(**project, day("2027-02-02")), 3);
    auto logged = AuditStore(**project).rows({*cleo, {}, QStringLiteral("consent_renewed")});
    QVERIFY_RESULT(logged);
    QCOMPARE(logged->size(), 1);
    QCOMPARE(logged->constFirst().entry.details,
             QStringLiteral("{\"attribute\":\"gender\",\"expires_on\":\"2028-02-01\",\"given_on\":\"2027-02-01\"}"));
    QCOMPARE(logged->constFirst().personal.value(QStringLiteral("evidence")).toString(), QStringLiteral("renewal form 3b"));
    // A renewal cannot end before it starts, nor renew what the creator never declared.
    QVERIFY(!store.renewConsent(*cleo, QStringLiteral("gender"), day("2027-02-01"), day("2027-01-01"), {}, QStringLiteral("anna")));
    QVERIFY(!store.renewConsent(*cleo, QStringLiteral("age_band"), day("2027-02-01"), {}, {}, QStringLiteral("anna")));
}

void TestPrivacy::retentionListing()
{
    QTemporaryDir dir;
    auto project = ProjectFile::create(dir.filePath(QStringLiteral("retention.candor")));
    QVERIFY_RESULT(project);
    const QList<qint64> accounts = threeCreators(**project);
    const PrivacyStore store(**project);
    auto policy = store.policy();
    QVERIFY_RESULT(policy);
    QCOMPARE(policy->retentionMonths, 24);
    QVERIFY(!store.setPolicy({0, 30}, QStringLiteral("anna")));
    QVERIFY_RESULT(store.setPolicy({12, 30}, QStringLiteral("anna")));
    QCOMPARE(store.policy()->retentionMonths, 12);

    // Entered today: kept through the same day next year.
    const QDate today = QDate::currentDate();
    auto kept = store.review(today.addMonths(12));
    QVERIFY_RESULT(kept);
    QCOMPARE(countOf(*kept, FindingKind::PastRetention), 0);
    auto past = store.review(today.addMonths(12).addDays(1));
    QVERIFY_RESULT(past);
    QCOMPARE(countOf(*past, FindingKind::PastRetention), 3);
    QCOMPARE(past->constFirst().finding.date, today.addMonths(12));
    QCOMPARE(countOf(*past, FindingKind::NoLawfulBasis), 3);
    QCOMPARE(countOf(*past, FindingKind::NotInformed), 3);

    // Renewed (the data is still needed) and given a basis and a notice: ana leaves every list.
    auto ana = CreatorStore(**project).creatorOf(accounts.at(0));
    QVERIFY_RESULT(ana);
    PrivacyStore::RecordChange change;
    change.basis = privacy::LawfulBasis::Contract;
    change.informedOn = today;
    change.retentionRenewedOn = today.addMonths(6);
    QVERIFY_RESULT(store.changeRecords({*ana}, change, QStringLiteral("contract signed"), QStringLiteral("anna")));
    auto after = store.review(today.addMonths(12).addDays(1));
    QVERIFY_RESULT(after);
    QCOMPARE(countOf(*after, FindingKind::PastRetention), 2);
    QCOMPARE(countOf(*after, FindingKind::NoLawfulBasis), 2);
    QCOMPARE(countOf(*after, FindingKind::NotInformed), 2);
    for (const PrivacyStore::ReviewRow &row : std::as_const(*after))
        QVERIFY(row.finding.creatorId != *ana);
    auto facts = store.facts(*ana);
    QVERIFY_RESULT(facts);
    QCOMPARE(facts->lastUsed, today.addMonths(6));
    QCOMPARE(facts->handles, QStringLiteral("@ana.test (TikTok)"));
    auto logged = AuditStore(**project).rows({*ana, {}, QStringLiteral("privacy_record")});
    QVERIFY_RESULT(logged);
    QCOMPARE(logged->size(), 1);
    const QJsonObject details = QJsonDocument::fromJson(logged->constFirst().entry.details.toUtf8()).object();
    QCOMPARE(details.value(QStringLiteral("lawful_basis")).toObject().value(QStringLiteral("to")).toString(),
             QStringLiteral("contract"));
    QCOMPARE(logged->constFirst().personal.value(QStringLiteral("reason")).toString(), QStringLiteral("contract signed"));
    auto policies = AuditStore(**project).rows({{}, {}, QStringLiteral("privacy_policy")});
    QVERIFY_RESULT(policies);
    QCOMPARE(policies->size(), 1);
}

void TestPrivacy::doNotProfileLeavesRankingAndAudit()
{
    QTemporaryDir dir;
    auto project = ProjectFile::create(dir.filePath(QStringLiteral("objection.candor")));
    QVERIFY_RESULT(project);
    const QList<qint64> accounts = threeCreators(**project);
    QVERIFY_RESULT(importAttributes(**project, QFINDTESTDATA("data/attributes-expiring.csv"), QStringLiteral("anna"), nullptr));
    QCOMPARE(ScoringStore(**project).candidates()->size(), 3);
    QCOMPARE(consentedGenders(**project, day("2027-01-01")), 3);

    auto ben = CreatorStore(**project).creatorOf(accounts.at(1));
    QVERIFY_RESULT(ben);
    PrivacyStore::RecordChange objection;
    objection.doNotProfile = true;
    QVERIFY_RESULT(PrivacyStore(**project).changeRecords({*ben}, objection, QStringLiteral("objected by e-mail"),
                                                          QStringLiteral("anna")));
    auto candidates = ScoringStore(**project).candidates();
    QVERIFY_RESULT(candidates);
    QCOMPARE(candidates->size(), 2);
    for (const scoring::Candidate &c : std::as_const(*candidates))
        QVERIFY(c.account.id != accounts.at(1));
    QCOMPARE(consentedGenders(**project, day("2027-01-01")), 2);
    auto review = PrivacyStore(**project).review(day("2027-01-01"));
    QVERIFY_RESULT(review);
    QCOMPARE(countOf(*review, FindingKind::DoNotProfile), 1);

    // Lifted again: ranked and audited as before.
    objection.doNotProfile = false;
    QVERIFY_RESULT(PrivacyStore(**project).changeRecords({*ben}, objection, {}, QStringLiteral("anna")));
    QCOMPARE(ScoringStore(**project).candidates()->size(), 3);
    QCOMPARE(consentedGenders(**project, day("2027-01-01")), 3);
    auto logged = AuditStore(**project).rows({*ben, {}, QStringLiteral("privacy_record")});
    QVERIFY_RESULT(logged);
    QCOMPARE(logged->size(), 2);
}

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
