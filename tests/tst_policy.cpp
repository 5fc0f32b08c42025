#include "TestSupport.h"
#include "policy/Policy.h"

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
    void badPolicyNamesTheProblem();
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
    Rule rule = *Policy::defaults().rule(QStringLiteral("age_restricted_products"));
    rule.enabled = enabled;
    const AudienceUnder18 creator{QStringLiteral("maria"), share < 0 ? std::nullopt : std::optional<double>(share), 0.83};
    const auto found = policy::ageRestriction(rule, category, creator);
    if (expected.isEmpty()) {
        QVERIFY(!found);
        return;
    }
    QVERIFY(found);
    QCOMPARE(found->subject, QStringLiteral("@maria"));
    QCOMPARE(found->severity, Severity::Block);
    QVERIFY2(found->sentence.startsWith(expected), qPrintable(found->sentence));
    if (expected != QLatin1String("unknown"))
        QVERIFY(found->sentence.contains(QStringLiteral("(data confidence 83 %), at or above the 25 % limit for %1 campaigns")
                                             .arg(category)));
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

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
