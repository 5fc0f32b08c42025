// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every vector in tests/data/fairness-vectors.md, to 1e-9, plus the cases Candor treats on purpose
// differently from the libraries (undefined values, groups too small to judge).
#include "TestSupport.h"
#include "fairness/AudienceBalance.h"
#include "fairness/AuditReport.h"
#include "fairness/FairnessMetrics.h"
#include "fairness/Uncertainty.h"

#include <QTest>
#include <cmath>

using namespace candor;
using namespace candor::fairness;

namespace {

const GroupOutcome &groupNamed(const GroupAudit &audit, const QString &name)
{
    for (const GroupOutcome &g : audit.groups) {
        if (g.group == name)
            return g;
    }
    qFatal("no such group");
}

} // namespace

class TestFairness : public QObject
{
    Q_OBJECT
private slots:
    void selectionRateFairlearn();
    void demographicParityFairlearn();
    void parityRatioUndefinedWhenNoOneIsSelected();
    void aequitasDisparities();
    void groupsTooSmallAreNotJudged();
    void zeroReferenceRateIsNotDefined();
    void distributionDistances();
    void klUndefinedOutsideTheTarget();
    void rankedExposure();
    void skewUndefinedForAnAbsentGroup();
    void pooledAudienceHandComputed_data();
    void pooledAudienceHandComputed();
    void lowConfidenceCanBeLeftOut();
    void thresholdsAreTheFourFifthsRule_data();
    void thresholdsAreTheFourFifthsRule();
    void exactBinomialInterval_data();
    void exactBinomialInterval();
    void ratioIntervalHasNoUpperLimitWhenTheBaseCanBeZero();
    void fairMTableUnadjusted();
    void fairAdjustedAlphaPublishedVector();
    void rankedGroupTestFindsTheFirstShortPrefix();
    void selectionFromPlainValues();
    void minorsOutsideTheTargetAreTheLoudestFinding();
    void rebalancingFromPlainValues();
    void categoryNoOneReportsIsNoDataNotZero();
    void smallSelectionsGetNoVerdict();
    void dimensionWithoutDataSaysNoData();
};

void TestFairness::selectionRateFairlearn()
{
    const int y[] = {0, 0, 0, 1, 1, 1, 1, 1};
    const double w[] = {4, 3, 2, 1, 1, 2, 1, 2};
    QCOMPARE_NEAR(selectionRate(y), 0.625);
    QCOMPARE_NEAR(selectionRate(y, w), 0.4375);
}

void TestFairness::demographicParityFairlearn()
{
    const QStringList group{"a", "a", "a", "a", "b", "b", "b", "b", "b", "b"};
    const std::vector<bool> selected{true, true, true, false, true, false, false, true, false, false};
    Thresholds thresholds;
    thresholds.minimumGroupSize = 1; // Fairlearn judges every group; Candor's default minimum of 5 would not
    const GroupAudit audit = auditGroups(group, selected, thresholds);
    QCOMPARE_NEAR(*groupNamed(audit, "a").pprev.value, 0.75);
    QCOMPARE_NEAR(*groupNamed(audit, "b").pprev.value, 0.3333333333333333);
    QCOMPARE_NEAR(*audit.parityDifference.value, 0.4166666666666667);
    QCOMPARE_NEAR(*audit.parityRatio.value, 0.4444444444444444);
}

void TestFairness::parityRatioUndefinedWhenNoOneIsSelected()
{
    const QStringList group{"a", "a", "b", "b"};
    Thresholds thresholds;
    thresholds.minimumGroupSize = 1;
    const GroupAudit audit = auditGroups(group, {false, false, false, false}, thresholds);
    QCOMPARE_NEAR(*audit.parityDifference.value, 0.0);
    QVERIFY(!audit.parityRatio.isDefined());
    QCOMPARE(audit.parityRatio.text(), "not defined (no group has anyone selected)");
    QCOMPARE(groupNamed(audit, "a").ppr.undefinedReason, "no one is selected");
}

void TestFairness::aequitasDisparities()
{
    QStringList group;
    std::vector<bool> selected;
    const auto add = [&](const QString &name, int size, int chosen) {
        for (int i = 0; i < size; ++i) {
            group << name;
            selected.push_back(i < chosen);
        }
    };
    add("B", 30, 3); // not in size order: the reference is still the largest
    add("A", 60, 12);
    add("C", 10, 1);
    const GroupAudit audit = auditGroups(group, selected, Thresholds{});
    QCOMPARE(audit.reference, "A");
    QCOMPARE(audit.groups.first().group, "A");
    QCOMPARE_NEAR(*groupNamed(audit, "A").ppr.value, 0.75);
    QCOMPARE_NEAR(*groupNamed(audit, "B").ppr.value, 0.1875);
    QCOMPARE_NEAR(*groupNamed(audit, "C").ppr.value, 0.0625);
    QCOMPARE_NEAR(*groupNamed(audit, "B").pprDisparity.value, 0.25);
    QCOMPARE_NEAR(*groupNamed(audit, "C").pprDisparity.value, 0.0833333333333333);
    QCOMPARE_NEAR(*groupNamed(audit, "A").pprev.value, 0.2);
    QCOMPARE_NEAR(*groupNamed(audit, "B").pprev.value, 0.1);
    QCOMPARE_NEAR(*groupNamed(audit, "C").pprev.value, 0.1);
    QCOMPARE_NEAR(*groupNamed(audit, "B").pprevDisparity.value, 0.5);
    QCOMPARE_NEAR(*groupNamed(audit, "C").pprevDisparity.value, 0.5);
    QCOMPARE(groupNamed(audit, "A").fair, std::optional<bool>(true));
    QCOMPARE(groupNamed(audit, "B").fair, std::optional<bool>(false));
    QCOMPARE(groupNamed(audit, "C").fair, std::optional<bool>(false));

    // Another reference group, chosen by the user.
    const GroupAudit againstB = auditGroups(group, selected, Thresholds{}, "B");
    QCOMPARE_NEAR(*groupNamed(againstB, "A").pprevDisparity.value, 2.0);
    QCOMPARE(groupNamed(againstB, "A").fair, std::optional<bool>(false));
}

void TestFairness::groupsTooSmallAreNotJudged()
{
    QStringList group{"big", "big", "big", "big", "big", "big", "small", "small"};
    const std::vector<bool> selected{true, true, false, false, false, false, true, true};
    const GroupAudit audit = auditGroups(group, selected, Thresholds{});
    const GroupOutcome &small = groupNamed(audit, "small");
    QVERIFY(small.tooFew);
    QVERIFY(!small.fair.has_value());
    QCOMPARE(small.pprevDisparity.text(), "not defined (too few to judge: 2 members, fewer than 5)");
    QCOMPARE(audit.groupsJudged, 1);
    QCOMPARE(audit.parityRatio.undefinedReason, "fewer than two groups large enough to judge");
}

void TestFairness::zeroReferenceRateIsNotDefined()
{
    // Aequitas writes 10 here; Candor says why there is no number.
    QStringList group;
    std::vector<bool> selected;
    for (int i = 0; i < 6; ++i) {
        group << "ref" << "other";
        selected.push_back(false);
        selected.push_back(i == 0);
    }
    const GroupAudit audit = auditGroups(group, selected, Thresholds{}, "ref");
    const GroupOutcome &other = groupNamed(audit, "other");
    QVERIFY(!other.pprevDisparity.isDefined());
    QCOMPARE(other.pprevDisparity.undefinedReason, "no one of the reference group (ref) is selected");
    QVERIFY(!other.fair.has_value());
}

void TestFairness::distributionDistances()
{
    const QList<double> p = normalized({3, 4, 2});
    const QList<double> q{1.0 / 3, 1.0 / 3, 1.0 / 3};
    const DistributionComparison c = compareDistributions(p, q);
    QCOMPARE_NEAR(c.tvd, 0.1111111111111111);
    QCOMPARE_NEAR(*c.kl.value, 0.03775534151008829);
    QCOMPARE_NEAR(c.jsDivergence, 0.009575061042764472);
    QCOMPARE_NEAR(c.jsDistance, 0.09785224086736323);
    QCOMPARE(c.ratios.size(), 3);
    QCOMPARE_NEAR(*c.ratios.at(0).value, 1.0);
    QCOMPARE_NEAR(*c.ratios.at(1).value, 1.3333333333333333);
    QCOMPARE_NEAR(*c.ratios.at(2).value, 0.6666666666666666);
    const Thresholds t;
    QVERIFY(t.withinBand(*c.ratios.at(0).value));
    QVERIFY(!t.withinBand(*c.ratios.at(1).value)); // over 1.25: over-represented
    QVERIFY(!t.withinBand(*c.ratios.at(2).value)); // under 0.8: under-represented
}

void TestFairness::klUndefinedOutsideTheTarget()
{
    const DistributionComparison c = compareDistributions({0.5, 0.5}, {1.0, 0.0});
    QVERIFY(!c.kl.isDefined());
    QVERIFY(!c.ratios.at(1).isDefined());
    QCOMPARE_NEAR(c.tvd, 0.5);
    QVERIFY(c.jsDistance > 0.0 && c.jsDistance < 1.0); // Jensen–Shannon stays defined
}

void TestFairness::rankedExposure()
{
    const QStringList ranking{"F", "M", "M", "F", "M", "M"};
    const QHash<QString, double> target{{"F", 0.6}, {"M", 0.4}};
    QCOMPARE_NEAR(*skewAtK(ranking, 6, "F", 0.6).value, -0.587786664902119);
    QCOMPARE_NEAR(*skewAtK(ranking, 6, "M", 0.4).value, 0.5108256237659906);
    QCOMPARE_NEAR(*ndkl(ranking, target).value, 0.20809699314962857);
}

void TestFairness::skewUndefinedForAnAbsentGroup()
{
    const Measure skew = skewAtK({"M", "M", "F"}, 2, "F", 0.5);
    QVERIFY(!skew.isDefined());
    QCOMPARE(skew.undefinedReason, "no one of the group is in the top 2");
}

void TestFairness::thresholdsAreTheFourFifthsRule_data()
{
    QTest::addColumn<double>("ratio");
    QTest::addColumn<bool>("within");
    QTest::newRow("0.79") << 0.79 << false;
    QTest::newRow("0.8 exactly") << 0.8 << true;
    QTest::newRow("1") << 1.0 << true;
    QTest::newRow("1.25 exactly") << 1.25 << true;
    QTest::newRow("1.26") << 1.26 << false;
}

void TestFairness::thresholdsAreTheFourFifthsRule()
{
    QFETCH(double, ratio);
    QFETCH(bool, within);
    QCOMPARE(Thresholds{}.withinBand(ratio), within);
}

namespace {

AudienceMember member(std::optional<double> reach, QList<AudienceShare> shares, double confidence,
                      AudienceDimension dimension = AudienceDimension::Gender)
{
    AudienceMember m;
    m.reach = reach;
    if (!shares.isEmpty())
        m.audience << AudienceEstimate{AudienceDistribution(dimension, shares), QStringLiteral("test"), confidence,
                                       QDate(2026, 1, 1)};
    return m;
}

// A: 1,000 followers, 60 % in the first category, confidence 0.9. B: 3,000 followers, 20 %, confidence 0.3
// (low). C has no follower count and D no estimate: neither is pooled. The pooling is the same in every
// dimension; the names stand for women/men, two languages, two age bands, two countries.
QList<AudienceMember> membersIn(AudienceDimension dimension, const QString &first, const QString &second)
{
    return {member(1000, {{first, 0.6}, {second, 0.4}}, 0.9, dimension),
            member(3000, {{first, 0.2}, {second, 0.8}}, 0.3, dimension),
            member(std::nullopt, {{first, 1.0}}, 0.9, dimension), member(500, {}, 0.9, dimension)};
}

const AudienceDistribution evenGender(AudienceDimension::Gender, {{"woman", 0.5}, {"man", 0.5}});
const QList<AudienceMember> members = membersIn(AudienceDimension::Gender, "woman", "man");

} // namespace

void TestFairness::pooledAudienceHandComputed_data()
{
    QTest::addColumn<AudienceDimension>("dimension");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("gender") << AudienceDimension::Gender << "woman" << "man";
    QTest::newRow("language") << AudienceDimension::Language << "es" << "en";
    QTest::newRow("age band") << AudienceDimension::AgeBand << "18-24" << "25-34";
    QTest::newRow("country") << AudienceDimension::Country << "BR" << "IN";
}

void TestFairness::pooledAudienceHandComputed()
{
    QFETCH(AudienceDimension, dimension);
    QFETCH(QString, first);
    QFETCH(QString, second);
    // first: 1000 × 0.6 + 3000 × 0.2 = 1200 of 4000 = 0.3; second 2800 of 4000 = 0.7.
    const AudienceDistribution even(dimension, {{first, 0.5}, {second, 0.5}});
    const DimensionBalance b = balanceOf(membersIn(dimension, first, second), even, AudienceSettings{}, Thresholds{});
    QCOMPARE(b.dimension, dimension);
    QCOMPARE(b.members, 4);
    QCOMPARE(b.membersPooled, 2);
    QCOMPARE_NEAR(b.pooledReach, 4000.0);
    QCOMPARE(b.categories.size(), 2);
    QCOMPARE(b.categories.at(0).category, first);
    QCOMPARE_NEAR(b.categories.at(0).share, 0.3);
    QCOMPARE_NEAR(b.categories.at(1).share, 0.7);
    QCOMPARE_NEAR(*b.categories.at(0).ratio.value, 0.6);
    QCOMPARE_NEAR(*b.categories.at(1).ratio.value, 1.4);
    QCOMPARE(b.categories.at(0).flag, CategoryBalance::Flag::Under);
    QCOMPARE(b.categories.at(1).flag, CategoryBalance::Flag::Over);
    QCOMPARE_NEAR(b.distances.tvd, 0.2);
    QCOMPARE(b.light, DimensionBalance::Light::Red);
    // B (low confidence) holds 3000 of the 4000 pooled: 75 %; half of the women, 2400 / 2800 of the men.
    QCOMPARE_NEAR(b.lowConfidenceShare, 0.75);
    QCOMPARE_NEAR(b.categories.at(0).lowConfidencePart, 0.5);
    QCOMPARE_NEAR(b.categories.at(1).lowConfidencePart, 2400.0 / 2800.0);
}

void TestFairness::lowConfidenceCanBeLeftOut()
{
    AudienceSettings settings;
    settings.excludeLowConfidence = true;
    const DimensionBalance b = balanceOf(members, evenGender, settings, Thresholds{});
    QCOMPARE(b.membersPooled, 1);
    QCOMPARE(b.membersLeftOutLowConfidence, 1);
    QCOMPARE_NEAR(b.categories.at(0).share, 0.6);
    QCOMPARE_NEAR(*b.categories.at(0).ratio.value, 1.2);
    QCOMPARE_NEAR(*b.categories.at(1).ratio.value, 0.8); // exactly on the band's edge: within
    QCOMPARE(b.light, DimensionBalance::Light::Green);
    QCOMPARE_NEAR(b.lowConfidenceShare, 0.0);
}

void TestFairness::exactBinomialInterval_data()
{
    QTest::addColumn<int>("successes");
    QTest::addColumn<int>("trials");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<double>("tolerance");
    // Closed forms at the edges: 0 of n -> [0, 1 - 0.025^(1/n)], n of n -> [0.025^(1/n), 1].
    QTest::newRow("0 of 10") << 0 << 10 << 0.0 << 1.0 - std::pow(0.025, 0.1) << 1e-12;
    QTest::newRow("10 of 10") << 10 << 10 << std::pow(0.025, 0.1) << 1.0 << 1e-12;
    QTest::newRow("1 of 1") << 1 << 1 << 0.025 << 1.0 << 1e-12;
    // 5 of 10: the textbook value (Agresti and Coull 1998, table 1), to the 5 decimals given there.
    QTest::newRow("5 of 10") << 5 << 10 << 0.18709 << 0.81291 << 5e-6;
}

void TestFairness::exactBinomialInterval()
{
    QFETCH(int, successes);
    QFETCH(int, trials);
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(double, tolerance);
    const Interval i = clopperPearson(successes, trials);
    QVERIFY2(std::abs(i.low - low) < tolerance, qPrintable(QString::number(i.low, 'g', 12)));
    QVERIFY2(std::abs(i.high - high) < tolerance, qPrintable(QString::number(i.high, 'g', 12)));
}

void TestFairness::ratioIntervalHasNoUpperLimitWhenTheBaseCanBeZero()
{
    // 3 of 56 against 0 of 44: the base rate could be 0, so the ratio has no upper limit.
    const Interval r = rateRatioInterval(3, 56, 0, 44);
    QVERIFY(r.low > 0.0);
    QVERIFY(!r.hasUpperLimit());
    // 0 of 44 against 3 of 56: the ratio could be 0.
    QCOMPARE(rateRatioInterval(0, 44, 3, 56).low, 0.0);
    // 20 of 40 against 20 of 40: around 1, each rate at 97.5 %.
    const Interval same = rateRatioInterval(20, 40, 20, 40);
    const Interval each = clopperPearson(20, 40, 0.975);
    QCOMPARE_NEAR(same.low, each.low / each.high);
    QCOMPARE_NEAR(same.high, each.high / each.low);
    QVERIFY(same.contains(1.0));
}

void TestFairness::fairMTableUnadjusted()
{
    // FA*IR, k = 20, p = 0.25, alpha = 0.1: the m-table of the authors' reference implementation (fairsearch).
    const MTable t = fairMTable(20, 0.25, 0.1);
    const std::vector<int> expected{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3};
    QCOMPARE(t.minimum, expected);
}

void TestFairness::fairAdjustedAlphaPublishedVector()
{
    // The published test vector: k = 20, p = 0.25, alpha = 0.1 -> adjusted alpha 0.078125, failure
    // probability 0.10515 (Zehlike et al. 2017, and the tests of their fairsearch library).
    const MTable t = adjustedMTable(20, 0.25, 0.1);
    QCOMPARE(t.alpha, 0.078125);
    QVERIFY2(std::abs(t.failProbability - 0.10515) < 5e-6, qPrintable(QString::number(t.failProbability, 'g', 10)));
}

void TestFairness::rankedGroupTestFindsTheFirstShortPrefix()
{
    const MTable table = adjustedMTable(20, 0.25, 0.1);
    const auto first = std::find_if(table.minimum.cbegin(), table.minimum.cend(), [](int m) { return m > 0; });
    QVERIFY(first != table.minimum.cend());
    const int firstNeeded = static_cast<int>(first - table.minimum.cbegin()) + 1;
    // No member at all: fails at the first prefix that needs one.
    const RankedGroupTest none = rankedGroupTest(std::vector<bool>(20, false), 20, 0.25, 0.1);
    QVERIFY(!none.passed);
    QCOMPARE(none.failedAt, firstNeeded);
    QCOMPARE(none.needed, 1);
    QCOMPARE(none.had, 0);
    // Every fourth a member: exactly proportional, which passes.
    std::vector<bool> proportional(20, false);
    for (std::size_t i = 3; i < 20; i += 4)
        proportional[i] = true;
    const RankedGroupTest fair = rankedGroupTest(proportional, 20, 0.25, 0.1);
    QVERIFY(fair.passed);
    QCOMPARE(fair.failedAt, 0);
    QCOMPARE(fair.adjustedAlpha, 0.078125);
}

namespace {

// A hand-written ranking of six candidates for one age-band target; no project file behind it.
//   rank  handle  score  followers  audience 13-17 / 18-24 / 25-34   shortlisted
//   1     a       90     1000       0.0 / 0.5 / 0.5                  yes
//   2     b       80     1000       0.4 / 0.6 / 0.0                  yes
//   3     c       70     2000       0.0 / 0.0 / 1.0                  no
//   4     d       60     1000       0.0 / 1.0 / 0.0                  no
//   -     e       50     1000       (filtered out by the campaign)   yes
//   5     f       40     1000       no estimate                      no
AuditCandidate candidate(qint64 id, const QString &handle, double score, double followers,
                         const QList<AudienceShare> &shares, bool shortlisted)
{
    AuditCandidate c;
    c.accountId = id;
    c.handle = handle;
    c.score = score;
    c.followers = followers;
    c.shortlisted = shortlisted;
    if (!shares.isEmpty())
        c.audience << AudienceEstimate{AudienceDistribution(AudienceDimension::AgeBand, shares), "test", 0.8, {}, {}, false};
    return c;
}

AuditInput handWrittenInput()
{
    AuditInput in;
    in.campaign = "Hand-written";
    in.target << AudienceDistribution(AudienceDimension::AgeBand, {{"18-24", 0.5}, {"25-34", 0.5}});
    in.candidates.push_back(candidate(1, "a", 90, 1000, {{"13-17", 0.0}, {"18-24", 0.5}, {"25-34", 0.5}}, true));
    in.candidates.push_back(candidate(2, "b", 80, 1000, {{"13-17", 0.4}, {"18-24", 0.6}, {"25-34", 0.0}}, true));
    in.candidates.push_back(candidate(3, "c", 70, 2000, {{"13-17", 0.0}, {"18-24", 0.0}, {"25-34", 1.0}}, false));
    in.candidates.push_back(candidate(4, "d", 60, 1000, {{"13-17", 0.0}, {"18-24", 1.0}, {"25-34", 0.0}}, false));
    in.candidates.push_back(candidate(5, "e", 50, 1000, {{"18-24", 1.0}}, true));
    in.candidates.push_back(candidate(6, "f", 40, 1000, {}, false));
    in.order = {0, 1, 2, 3, 5};
    return in;
}

} // namespace

void TestFairness::selectionFromPlainValues()
{
    const AuditInput in = handWrittenInput();
    AuditSettings settings;
    // The shortlist, with e although a filter removed it: what a person decided counts.
    FairnessAudit a = audit(in, {}, settings);
    QCOMPARE(a.selectionLabel, "the shortlist (3 candidates)");
    QCOMPARE(a.selected, QList<int>({0, 1, 4}));
    // The top 2 when asked for, and the top k while no one is shortlisted.
    settings.selection = AuditSettings::Selection::TopK;
    settings.topK = 2;
    a = audit(in, {}, settings);
    QCOMPARE(a.selectionLabel, "the top 2");
    QCOMPARE(a.selected, QList<int>({0, 1}));
}

void TestFairness::minorsOutsideTheTargetAreTheLoudestFinding()
{
    AuditSettings settings;
    settings.selection = AuditSettings::Selection::TopK;
    settings.topK = 2; // a and b: 13-17 = (0 + 0.4 × 1000) / 2000 = 0.2
    const FairnessAudit a = audit(handWrittenInput(), {}, settings);
    const DimensionBalance &b = a.dimensions.first().balance;
    const auto minors = std::find_if(b.categories.cbegin(), b.categories.cend(),
                                     [](const CategoryBalance &c) { return c.category == "13-17"; });
    QVERIFY(minors != b.categories.cend());
    QCOMPARE(minors->flag, CategoryBalance::Flag::OutsideTarget);
    QCOMPARE_NEAR(minors->share, 0.2);
    QCOMPARE_NEAR(minors->confidence, 0.8);
    const QList<Finding> list = findings(a);
    QVERIFY(!list.isEmpty());
    QCOMPARE(list.first().severity, Severity::Critical);
    QCOMPARE(list.first().key, "minors");
    QCOMPARE(list.first().subject, "Age band 13-17");
    QCOMPARE_NEAR(*list.first().share, 0.2);
    QCOMPARE(list.first().sentence, "20.0 % of the selection's audience is aged 13-17, which includes people under 18, "
                                    "and the campaign does not target it (data confidence 80 %).");
    // Two creators pooled: fewer than the minimum, said as a caution.
    QVERIFY(std::any_of(list.cbegin(), list.cend(), [](const Finding &f) { return f.key == "few_pooled"; }));
    // 25-34: 0.5 × 1000 / 2000 = 0.25 of a 0.5 target: under-represented, a warning.
    QVERIFY(std::any_of(list.cbegin(), list.cend(), [](const Finding &f) {
        return f.key == "under" && f.subject == "Age band 25-34" && f.severity == Severity::Warning;
    }));
}

void TestFairness::rebalancingFromPlainValues()
{
    AuditSettings settings;
    settings.selection = AuditSettings::Selection::TopK;
    settings.topK = 2;
    const FairnessAudit a = audit(handWrittenInput(), {}, settings);
    // 25-34 is under-represented (0.25). c (2000 followers, all 25-34) raises it to (500 + 2000) / 4000 = 0.625,
    // a gain of 0.375 for 80 − 70 = 10 points: 0.0375 per point. d adds no 25-34: not suggested. f has no
    // estimate: not suggested.
    const QList<Suggestion> s = a.dimensions.first().rebalance.value("25-34");
    QCOMPARE(s.size(), 1);
    QCOMPARE(s.first().handle, "c");
    QCOMPARE(s.first().rank, 3);
    QCOMPARE_NEAR(s.first().newShare, 0.625);
    QCOMPARE_NEAR(s.first().gain, 0.375);
    QCOMPARE_NEAR(s.first().pointsGivenUp, 10.0);
    QCOMPARE_NEAR(s.first().gainPerPoint, 0.0375); // a fraction per point, as documented
}

void TestFairness::categoryNoOneReportsIsNoDataNotZero()
{
    AuditInput in = handWrittenInput();
    in.target = {AudienceDistribution(AudienceDimension::AgeBand, {{"18-24", 0.4}, {"25-34", 0.4}, {"35-44", 0.2}})};
    AuditSettings settings;
    settings.selection = AuditSettings::Selection::TopK;
    settings.topK = 2;
    const FairnessAudit a = audit(in, {}, settings);
    const DimensionBalance &b = a.dimensions.first().balance;
    const auto unknown = std::find_if(b.categories.cbegin(), b.categories.cend(),
                                      [](const CategoryBalance &c) { return c.category == "35-44"; });
    QCOMPARE(unknown->flag, CategoryBalance::Flag::NoData);
    QCOMPARE(unknown->reportedBy, 0);
    QVERIFY(!unknown->ratio.isDefined());
    QCOMPARE(flagLabel(unknown->flag), "no data");
    QVERIFY(!a.dimensions.first().rebalance.contains("35-44"));
}

void TestFairness::smallSelectionsGetNoVerdict()
{
    // 40 women and 40 men; 2 women and no man selected. The rates differ (0.05 and 0), but 2 selected are too
    // few for a four-fifths verdict; with the minimum lowered to 2 the verdict is "outside, could be chance".
    QStringList group;
    std::vector<bool> selected;
    for (int i = 0; i < 40; ++i) {
        group << "woman" << "man";
        selected.push_back(i < 2);
        selected.push_back(false);
    }
    GroupAudit a = auditGroups(group, selected, Thresholds{}, "woman");
    QVERIFY(a.tooFewSelected);
    QCOMPARE(groupNamed(a, "man").verdict, Verdict::TooFew);
    QCOMPARE(groupNamed(a, "man").tooFewReason, "2 selected in all, fewer than 10");
    QVERIFY(!groupNamed(a, "man").fair.has_value());
    Thresholds lowered;
    lowered.minimumSelected = 2;
    a = auditGroups(group, selected, lowered, "woman");
    const GroupOutcome &men = groupNamed(a, "man");
    QCOMPARE(men.verdict, Verdict::OutsideUnclear);
    QCOMPARE(*men.pprevDisparity.value, 0.0);
    QCOMPARE(men.disparityInterval->low, 0.0);
    QVERIFY(men.disparityInterval->high > 1.0);
    QCOMPARE(verdictLabel(men.verdict), "outside the band, but could be chance");
    // 400 of each, 100 women and 10 men selected: 0.10 clearly, the whole interval outside the band.
    group.clear();
    selected.clear();
    for (int i = 0; i < 400; ++i) {
        group << "woman" << "man";
        selected.push_back(i < 100);
        selected.push_back(i < 10);
    }
    a = auditGroups(group, selected, Thresholds{}, "woman");
    QCOMPARE(groupNamed(a, "man").verdict, Verdict::Outside);
    QVERIFY(groupNamed(a, "man").disparityInterval->high < 0.8);
    QCOMPARE(groupNamed(a, "woman").verdict, Verdict::Within);
}

void TestFairness::dimensionWithoutDataSaysNoData()
{
    // No selected creator has a gender estimate: every category is "no data", not "within" or 0 %.
    const QList<AudienceMember> members{member(1000, {}, 0.9, AudienceDimension::Gender)};
    const DimensionBalance b = balanceOf(members, evenGender, AudienceSettings{}, Thresholds{});
    QCOMPARE(b.light, DimensionBalance::Light::NoData);
    QCOMPARE(b.categories.size(), 2);
    for (const CategoryBalance &c : b.categories) {
        QCOMPARE(c.flag, CategoryBalance::Flag::NoData);
        QVERIFY(!c.ratio.isDefined());
    }
}

QTEST_GUILESS_MAIN(TestFairness)
#include "tst_fairness.moc"
