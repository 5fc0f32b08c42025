#include "core/Formatting.h"
#include "demo/DemoProject.h"
#include "itemmodels/CandidateTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace candor;

class TestCandidateModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void passesModelTester();
    void displayAndSortValues();
    void compactCount_data();
    void compactCount();
};

namespace {

QList<Account> demoAccounts()
{
    QList<Account> accounts;
    for (const CreatorRecord &record : DemoProject::generate(*DemoProject::specification()).creators)
        accounts << record.creator.accounts;
    return accounts;
}

} // namespace

void TestCandidateModel::passesModelTester()
{
    CandidateTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAccounts(demoAccounts());
    QCOMPARE(model.rowCount(), 317);
    QCOMPARE(model.columnCount(), int(CandidateTableModel::ColumnCount));
    model.setAccounts({});
    QCOMPARE(model.rowCount(), 0);
}

void TestCandidateModel::displayAndSortValues()
{
    Account a;
    a.handle = "cristiano";
    a.displayName = "Cristiano Ronaldo";
    a.platform = Platform::Instagram;
    a.metrics.followers = 477900000;
    a.metrics.averageEngagement = 6200000;
    a.categories = {"Sports with a ball"};
    a.topAudienceCountry = "India";
    CandidateTableModel model;
    model.setAccounts({a});
    QCOMPARE(model.index(0, CandidateTableModel::Handle).data().toString(), "@cristiano");
    QCOMPARE(model.index(0, CandidateTableModel::Followers).data().toString(), "477.9M");
    QCOMPARE(model.index(0, CandidateTableModel::Followers).data(CandidateTableModel::SortRole).toLongLong(),
             477900000LL);
    // 6.2M / 477.9M = 1.2973 %
    QCOMPARE(model.index(0, CandidateTableModel::EngagementRate).data().toString(), "1.30 %");
    QCOMPARE(model.index(0, CandidateTableModel::Platform).data().toString(), "Instagram");
    QCOMPARE(model.index(0, CandidateTableModel::AudienceCountry).data().toString(), "India");
}

void TestCandidateModel::compactCount_data()
{
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QString>("text");
    QTest::newRow("small") << qint64(950) << "950";
    QTest::newRow("below ten thousand") << qint64(9999) << "9,999";
    QTest::newRow("thousands") << qint64(12500) << "12.5K";
    QTest::newRow("round thousands") << qint64(20000) << "20K";
    QTest::newRow("millions") << qint64(477900000) << "477.9M";
    QTest::newRow("billions") << qint64(1200000000) << "1.2B";
}

void TestCandidateModel::compactCount()
{
    QFETCH(qint64, count);
    QFETCH(QString, text);
    QCOMPARE(candor::compactCount(count), text);
}

QTEST_GUILESS_MAIN(TestCandidateModel)
#include "tst_candidatemodel.moc"
