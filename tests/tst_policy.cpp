// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestSupport.h"
#include "policy/Policy.h"
#include "policy/PolicyRules.h"
#include "demo/DemoProject.h"
#include "workbench/PolicyMonitor.h"
#include "workbench/ShortlistCheck.h"
#include "workbench/Workbench.h"

#include <QTemporaryDir>
#include <random>

#include <QTest>

using namespace candor;
using namespace candor::policy;

// The ethics policy's rules on hand-made cases at and around their thresholds (docs/policy.md).
class TestPolicy : public QObject
{
    Q_OBJECT
private slots:
    void defaultsAreData();
    void ageRestriction_data();
    void ageRestriction();
    void authenticityRed_data();
    void authenticityRed();
    void disclosureHistory_data();
    void disclosureHistory();
    void deliverablesDisclosed_data();
    void deliverablesDisclosed();
    void consentAndPrivacy();
    void humanDecision();
    void groupFairness_data();
    void groupFairness();
    void resolutionsCoverTheDecisionTheyWereWrittenFor();
    void blockingFindingsComeFirst();
    void badPolicyNamesTheProblem();
    void monitorEqualsFullCheckAfter200Edits();

private:
    static Rule ruleOf(const char *id) { return *Policy::defaults().rule(QString::fromLatin1(id)); }
    static SubjectFacts maria()
    {
        SubjectFacts facts;
        facts.accountId = 7;
        facts.handle = QStringLiteral("maria");
        return facts;
    }
};

void TestPolicy::defaultsAreData()
{
    const Policy policy = Policy::defaults();
    const Rule *age = policy.rule(QStringLiteral("age_restricted_products"));
    QVERIFY(age);
    QCOMPARE(age->severity, Severity::Block);
    QCOMPARE(age->parameters.value("max_under_18_share").toDouble(), 0.25);
    QVERIFY(age->source.contains("CAP Code rules 18.15"));
    // Written and read back, the policy is the same.
    auto again = Policy::fromJson(policy.toJson(), QStringLiteral("(round trip)"));
    QVERIFY_RESULT(again);
    QCOMPARE(again->toJson(), policy.toJson());
}

void TestPolicy::ageRestriction_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<double>("share"); // < 0: no age data
    QTest::addColumn<QString>("expected");
    // CAP: not in a medium where 25 % or more of the audience is under 18, so 25 % exactly is a finding.
    QTest::newRow("24.9 %") << "alcohol" << true << 0.249 << QString();
    QTest::newRow("25 % exactly") << "alcohol" << true << 0.25 << "25.0 %";
    QTest::newRow("25.1 %") << "alcohol" << true << 0.251 << "25.1 %";
    QTest::newRow("25 % as a float sum") << "gambling" << true << (0.1 + 0.15) << "25.0 %";
    QTest::newRow("unknown") << "hfss_food" << true << -1.0 << "unknown";
    QTest::newRow("not a restricted campaign") << "skincare" << true << 0.6 << QString();
    QTest::newRow("no category") << "" << true << 0.6 << QString();
    QTest::newRow("rule switched off") << "alcohol" << false << 0.6 << QString();
}

void TestPolicy::ageRestriction()
{
    QFETCH(QString, category);
    QFETCH(bool, enabled);
    QFETCH(double, share);
    QFETCH(QString, expected);
    Rule rule = ruleOf("age_restricted_products");
    rule.enabled = enabled;
    SubjectFacts creator = maria();
    if (share >= 0)
        creator.under18 = share;
    creator.under18Confidence = 0.83;
    const auto found = policy::ageRestriction(rule, Context{category, QDate(2026, 12, 3), {}}, creator);
    if (expected.isEmpty()) {
        QVERIFY(!found);
        return;
    }
    QVERIFY(found);
    QCOMPARE(found->subject, QStringLiteral("@maria"));
    QCOMPARE(found->subjectKey, QStringLiteral("account:7"));
    QCOMPARE(found->evidence, QStringLiteral("audience"));
    QCOMPARE(found->severity, Severity::Block);
    QVERIFY2(found->sentence.startsWith(expected), qPrintable(found->sentence));
    if (expected != QLatin1String("unknown"))
        QVERIFY(found->sentence.contains(QStringLiteral("(data confidence 83 %), at or above the 25 % limit for %1 campaigns")
                                             .arg(category)));
}

void TestPolicy::authenticityRed_data()
{
    QTest::addColumn<QString>("light");
    QTest::addColumn<bool>("found");
    QTest::newRow("red") << "red" << true;
    QTest::newRow("amber") << "amber" << false;
    QTest::newRow("green") << "green" << false;
    QTest::newRow("no data") << "no_data" << false;
}

void TestPolicy::authenticityRed()
{
    QFETCH(QString, light);
    QFETCH(bool, found);
    SubjectFacts creator = maria();
    creator.authenticity = light;
    creator.authenticityEvidence = QStringLiteral("engagement rate 0.10 % against a 1.20 % median");
    const auto f = policy::authenticityRed(ruleOf("authenticity_red"), creator);
    QCOMPARE(f.has_value(), found);
    if (found)
        QVERIFY2(f->sentence.startsWith(QStringLiteral("the authenticity check is red: engagement rate 0.10 % against "
                                                       "a 1.20 % median; it needs an override")),
                 qPrintable(f->sentence));
}

void TestPolicy::disclosureHistory_data()
{
    QTest::addColumn<QDate>("publishedOn");
    QTest::addColumn<bool>("violation");
    QTest::addColumn<bool>("found");
    // Today is 2026-12-03 and the rule looks back 12 months: 2025-12-03 is the window's first day.
    QTest::newRow("on the window's first day") << QDate(2025, 12, 3) << true << true;
    QTest::newRow("the day before") << QDate(2025, 12, 2) << true << false;
    QTest::newRow("yesterday") << QDate(2026, 12, 2) << true << true;
    QTest::newRow("disclosed") << QDate(2026, 12, 2) << false << false;
}

void TestPolicy::disclosureHistory()
{
    QFETCH(QDate, publishedOn);
    QFETCH(bool, violation);
    QFETCH(bool, found);
    SubjectFacts creator = maria();
    creator.sponsoredPosts << SponsoredPost{publishedOn, violation, QStringLiteral("no label"), {}};
    const Rule rule = ruleOf("disclosure_history");
    QCOMPARE(rule.severity, Severity::Warn);
    const auto f = policy::disclosureHistory(rule, Context{{}, QDate(2026, 12, 3), {}}, creator);
    QCOMPARE(f.has_value(), found);
    if (found)
        QVERIFY2(f->sentence.startsWith(QStringLiteral("1 sponsored post in the last 12 months was not disclosed as "
                                                       "the rules ask; the newest, on %1: no label")
                                            .arg(publishedOn.toString(Qt::ISODate))),
                 qPrintable(f->sentence));
}

void TestPolicy::deliverablesDisclosed_data()
{
    QTest::addColumn<QDate>("publishedOn");
    QTest::addColumn<bool>("approved");
    QTest::addColumn<bool>("found");
    QTest::newRow("on the day of approval") << QDate(2026, 11, 1) << true << true;
    QTest::newRow("before approval") << QDate(2026, 10, 31) << true << false;
    QTest::newRow("not approved") << QDate(2026, 11, 20) << false << false;
}

void TestPolicy::deliverablesDisclosed()
{
    QFETCH(QDate, publishedOn);
    QFETCH(bool, approved);
    QFETCH(bool, found);
    SubjectFacts creator = maria();
    creator.sponsoredPosts << SponsoredPost{publishedOn, true, QStringLiteral("no label"), {}};
    Context context{{}, QDate(2026, 12, 3), {}};
    if (approved)
        context.approved = QDate(2026, 11, 1);
    const auto f = policy::deliverablesDisclosed(ruleOf("deliverables_disclosed"), context, creator);
    QCOMPARE(f.has_value(), found);
    if (found) {
        QCOMPARE(f->severity, Severity::Block);
        QVERIFY2(f->sentence.startsWith(QStringLiteral("1 sponsored post published since the shortlist was approved "
                                                       "on 2026-11-01 fails the disclosure check")),
                 qPrintable(f->sentence));
    }
}

void TestPolicy::consentAndPrivacy()
{
    const Rule rule = ruleOf("consent_and_privacy");
    SubjectFacts creator = maria();
    QCOMPARE(policy::consentAndPrivacy(rule, creator).size(), 0);
    creator.doNotProfile = true;
    creator.retentionEnded = QDate(2026, 6, 30);
    creator.expiredConsents = QStringList{QStringLiteral("gender")};
    const QList<Finding> found = policy::consentAndPrivacy(rule, creator);
    QCOMPARE(found.size(), 3);
    QVERIFY(found[0].sentence.startsWith(QStringLiteral("the creator objected to profiling")));
    QVERIFY(found[1].sentence.startsWith(QStringLiteral("the project's retention period for this creator ended on "
                                                        "2026-06-30")));
    QVERIFY(found[2].sentence.startsWith(QStringLiteral("the consent to the self-declared gender has expired")));
    // Only acting on them resolves these: no override.
    QCOMPARE(resolutionKindOf(rule.id), ResolutionKind::None);
}

void TestPolicy::humanDecision()
{
    const Rule rule = ruleOf("human_decision");
    SubjectFacts creator = maria();
    QVERIFY(!policy::humanDecision(rule, creator));
    creator.overrideWithoutReason = true;
    const auto f = policy::humanDecision(rule, creator);
    QVERIFY(f);
    QCOMPARE(f->evidence, QStringLiteral("decision"));
    QCOMPARE(resolutionKindOf(rule.id), ResolutionKind::None);
}

void TestPolicy::groupFairness_data()
{
    QTest::addColumn<int>("poolSize");
    QTest::addColumn<double>("disparity");
    QTest::addColumn<bool>("found");
    // Inside the band is 0.8 <= disparity <= 1.25, both ends included (Aequitas).
    QTest::newRow("0.8 exactly") << 10 << 0.8 << false;
    QTest::newRow("0.799") << 10 << 0.799 << true;
    QTest::newRow("1.25 exactly") << 10 << 1.25 << false;
    QTest::newRow("1.251") << 10 << 1.251 << true;
    QTest::newRow("0.8 as a float quotient") << 10 << (4.0 / 5.0) << false;
    QTest::newRow("at the minimum size") << 5 << 0.5 << true;
    QTest::newRow("below the minimum size") << 4 << 0.5 << false;
}

void TestPolicy::groupFairness()
{
    QFETCH(int, poolSize);
    QFETCH(double, disparity);
    QFETCH(bool, found);
    const GroupFacts group{QStringLiteral("gender"), QStringLiteral("woman"), QStringLiteral("man"), poolSize, 2,
                           disparity};
    const auto f = policy::groupFairness(ruleOf("group_fairness"), group);
    QCOMPARE(f.has_value(), found);
    if (found) {
        QCOMPARE(f->subject, QStringLiteral("gender: woman"));
        QCOMPARE(f->subjectKey, QStringLiteral("group:gender=woman"));
        QCOMPARE(f->accountId, 0);
        QVERIFY2(f->sentence.startsWith(QStringLiteral("2 of %1 creators in this group were shortlisted").arg(poolSize)),
                 qPrintable(f->sentence));
    }
    QCOMPARE(minimumGroupSize(Policy::defaults()), std::optional<int>(5));
}

void TestPolicy::resolutionsCoverTheDecisionTheyWereWrittenFor()
{
    SubjectFacts creator = maria();
    creator.authenticity = QStringLiteral("red");
    creator.under18 = 0.3;
    const QList<Finding> found = evaluateSubject(Policy::defaults(), Context{QStringLiteral("alcohol"), QDate(2026, 12, 3), {}},
                                                 creator);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found[0].ruleId, QStringLiteral("age_restricted_products"));
    QCOMPARE(found[1].ruleId, QStringLiteral("authenticity_red"));
    const Resolution r{1, QStringLiteral("authenticity_red"), QStringLiteral("account:7"), ResolutionKind::Override,
                       QStringLiteral("spike explained by a TV appearance"), QStringLiteral("Ana"), {}, 41};
    QList<Finding> current = found;
    applyResolutions(current, {r}, [](const Finding &) { return qint64(41); });
    QVERIFY(current[0].blocks());
    QVERIFY(!current[1].isOpen());
    QCOMPARE(current[1].resolution->reason, QStringLiteral("spike explained by a TV appearance"));
    // A later decision on the creator asks again.
    QList<Finding> later = found;
    applyResolutions(later, {r}, [](const Finding &) { return qint64(42); });
    QVERIFY(later[1].isOpen());
}

void TestPolicy::blockingFindingsComeFirst()
{
    const auto finding = [](const char *rule, Severity severity) {
        Finding f;
        f.ruleId = QLatin1String(rule);
        f.severity = severity;
        return f;
    };
    const Finding warn = finding("disclosure_history", Severity::Warn);
    Finding resolved = finding("authenticity_red", Severity::Block);
    resolved.resolution = Resolution{};
    const Finding block = finding("age_restricted_products", Severity::Block);
    QList<Finding> findings{resolved, warn, block};
    sortFindings(findings);
    QCOMPARE(findings[0].ruleId, block.ruleId);
    QCOMPARE(findings[1].ruleId, warn.ruleId);
    QCOMPARE(findings[2].ruleId, resolved.ruleId);
}

void TestPolicy::badPolicyNamesTheProblem()
{
    auto broken = Policy::fromJson("{\"schema\": \"candor-policy/1\", \"rules\": [{\"id\": \"x\", \"severity\": \"maybe\"}]}",
                                   QStringLiteral("policy.json"));
    QVERIFY(!broken);
    QCOMPARE(broken.error().toString(), QStringLiteral("policy.json: rule x needs an id and a severity of block or warn"));
    QVERIFY(!Policy::fromJson("{\"rules\": []}", QStringLiteral("policy.json")));
    QVERIFY(!Policy::fromJson("{", QStringLiteral("policy.json")));
}

// The incremental monitor against a full check after every one of 200 seeded random edits on the demo: decisions,
// taking them back, weights, objections to profiling, resolutions, the campaign's product and the policy itself.
void TestPolicy::monitorEqualsFullCheckAfter200Edits()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("monitor.candor"));
    QVERIFY_RESULT(DemoProject::create(path));
    auto opened = Workbench::open(path, nullptr, Workbench::Stability::Off);
    QVERIFY_RESULT(opened);
    Workbench &w = **opened;
    w.setUserName(QStringLiteral("Test"));
    const QDate today(2026, 12, 3);
    PolicyMonitor monitor(w);
    monitor.setToday(today);
    Campaign campaign = w.campaign();
    campaign.productCategory = QStringLiteral("alcohol");
    QVERIFY_RESULT(w.updateCampaign(campaign));

    // Candidates to edit: the top of the ranking and the accounts with the youngest audiences.
    // By account: an objection to profiling reads the pool again, which moves the candidates' indexes.
    QList<qint64> pickFrom;
    for (auto c = w.order().cbegin(); c != w.order().cbegin() + 30; ++c)
        pickFrom << w.pool().accountId(*c);
    for (const char *handle : {"kemiwalsh", "quinn.costa98", "quinn_quispe64", "amarahaddad57", "liamfischer28"}) {
        for (const int c : w.pool().indicesOfHandle(QLatin1String(handle), std::nullopt))
            pickFrom << w.pool().accountId(c);
    }
    std::mt19937 random(20261203);
    const auto pick = [&](qsizetype n) { return static_cast<qsizetype>(random() % static_cast<unsigned>(n)); };
    QList<qint64> decided;
    QList<qint64> notProfiled; // creators
    int findingsSeen = 0;
    QSet<QString> rulesSeen;
    for (int edit = 0; edit < 200; ++edit) {
        const int candidate = w.candidateOfAccount(pickFrom.at(pick(pickFrom.size())));
        const auto kind = pick(10);

        Status done = success();
        if (kind <= 2) {
            const DecisionKind decision = kind == 2 ? DecisionKind::Rejected : DecisionKind::Shortlisted;
            if (candidate >= 0) {
                auto id = w.decide(candidate, decision, QStringLiteral("edit %1").arg(edit));
                done = id ? success() : Status(id.error());
                if (id)
                    decided << *id;
            }
        } else if (kind == 3 && !decided.isEmpty()) {
            done = w.takeBack(decided.takeLast());
        } else if (kind == 4) {
            w.setWeight(static_cast<int>(pick(static_cast<qsizetype>(w.weights().size()))),
                        static_cast<double>(pick(100)) / 100.0);
        } else if (kind == 5 && (candidate >= 0 || !notProfiled.isEmpty())) {
            const bool lift = !notProfiled.isEmpty() && (candidate < 0 || pick(2) == 0);
            auto creator = lift ? Result<qint64>(notProfiled.takeFirst()) : w.creatorOf(candidate);
            QVERIFY_RESULT(creator);
            PrivacyStore::RecordChange change;
            change.doNotProfile = !lift;
            done = w.changePrivacyRecords({*creator}, change, QStringLiteral("edit %1").arg(edit));
            if (!lift)
                notProfiled << *creator;
        } else if (kind == 6) {
            for (const policy::Finding &f : monitor.findings()) {
                if (f.isOpen() && resolutionKindOf(f.ruleId) != ResolutionKind::None) {
                    auto resolved = w.resolveFinding(f, QStringLiteral("edit %1").arg(edit));
                    done = resolved ? success() : Status(resolved.error());
                    break;
                }
            }
        } else if (kind == 7) {
            campaign = w.campaign();
            campaign.productCategory = campaign.productCategory.isEmpty() ? QStringLiteral("alcohol") : QString();
            done = w.updateCampaign(campaign);
        } else {
            auto rules = w.policy();
            QVERIFY_RESULT(rules);
            Rule &rule = rules->rules[pick(rules->rules.size())];
            if (rule.id == QLatin1String("group_fairness"))
                rule.parameters.insert(QStringLiteral("min_group_size"), static_cast<double>(2 + pick(6)));
            else if (rule.id == QLatin1String("disclosure_history"))
                rule.parameters.insert(QStringLiteral("months"), static_cast<double>(1 + pick(24)));
            else
                rule.enabled = !rule.enabled;
            done = w.setPolicy(*rules);
        }
        QVERIFY2(done.ok(), qPrintable(QStringLiteral("edit %1: %2").arg(edit).arg(done ? QString() : done.error().toString())));
        QVERIFY2(!monitor.error(), qPrintable(monitor.error() ? monitor.error()->toString() : QString()));
        auto rules = w.policy();
        QVERIFY_RESULT(rules);
        auto full = checkShortlist(w, *rules, today);
        QVERIFY_RESULT(full);
        QCOMPARE(monitor.findings().size(), full->size());
        QVERIFY2(monitor.findings() == *full, qPrintable(QStringLiteral("edit %1 (kind %2)").arg(edit).arg(kind)));
        findingsSeen += static_cast<int>(full->size());
        for (const policy::Finding &f : std::as_const(*full))
            rulesSeen.insert(f.ruleId);
    }
    // The sequence reaches the rules: findings were there to compare, and most edits read no creator again.
    QVERIFY2(findingsSeen > 200, qPrintable(QString::number(findingsSeen)));
    qInfo("findings compared: %d (rules: %s); creators' facts read by the monitor: %d", findingsSeen,
          qPrintable(QStringList(rulesSeen.cbegin(), rulesSeen.cend()).join(QLatin1Char(' '))), monitor.factsRead());
    QVERIFY(rulesSeen.contains(QStringLiteral("age_restricted_products")));
    QVERIFY(rulesSeen.contains(QStringLiteral("consent_and_privacy")));
}

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
