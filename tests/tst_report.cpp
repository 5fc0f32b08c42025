// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestSupport.h"
#include "report/ReportFormats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace candor;
using namespace candor::report;

// The client report's formats on hand-made content: what comes from data is escaped for each format, the CSV
// follows RFC 4180 and neutralises formulas, and the same content gives the same bytes (docs/report.md).
class TestReport : public QObject
{
    Q_OBJECT
private slots:
    void csvCells_data();
    void csvCells();
    void htmlShowsDataAsText();
    void sameContentSameBytes();
};

namespace {

ClientReport reportWith(const QString &handle, const QString &name, const QString &reason)
{
    ClientReport r;
    r.language = QStringLiteral("en");
    r.campaign = QStringLiteral("Spring <b>launch</b>");
    r.brief = QStringLiteral("Skincare; see https://example.org/brief");
    r.preparedOn = QStringLiteral("2026-12-01");
    r.modelName = QStringLiteral("Balanced");
    r.modelVersion = 2;
    r.factors << MethodFactor{QStringLiteral("reach"), QStringLiteral("Reach"), QStringLiteral("How many people"),
                              QStringLiteral("log scale"), QStringLiteral("the export"), 1.0, 1.0};
    Card c;
    c.handle = handle;
    c.displayName = name;
    c.platform = QStringLiteral("Instagram");
    c.rank = 3;
    c.score = 61.25;
    c.lowest = c.highest = 61.25;
    c.contributions << Contribution{QStringLiteral("reach"), QStringLiteral("Reach"), 120000.0, 0.6125, 1.0, 61.25,
                                    false, QStringLiteral("Reach of 120K")};
    c.decisionKey = QStringLiteral("shortlisted");
    c.decision = QStringLiteral("Vorgemerkt"); // the label, in whatever language: the CSV carries the key
    c.reason = reason;
    c.decidedBy = QStringLiteral("anna");
    c.decidedAt = QStringLiteral("2026-11-30T10:00:00Z");
    r.cards << c;
    return r;
}

} // namespace

void TestReport::csvCells_data()
{
    QTest::addColumn<QString>("handle");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("row");
    const QString tail = QStringLiteral(",Instagram,61.25,61.25,shortlisted,no,");
    QTest::newRow("plain") << "maria.lopez" << "fits" << "3,maria.lopez,Maria" + tail + "fits,anna,2026-11-30T10:00:00Z,";
    QTest::newRow("comma and quote") << "maria" << "fits, \"really\"" << "3,maria,Maria" + tail +
                                                                          "\"fits, \"\"really\"\"\",anna,2026-11-30T10:00:00Z,";
    QTest::newRow("formula =") << "=HYPERLINK(\"x\")" << "ok" << "3,\"'=HYPERLINK(\"\"x\"\")\",Maria" + tail +
                                                                    "ok,anna,2026-11-30T10:00:00Z,";
    QTest::newRow("formula +") << "+cmd" << "ok" << "3,'+cmd,Maria" + tail + "ok,anna,2026-11-30T10:00:00Z,";
    QTest::newRow("formula -") << "-2+3" << "ok" << "3,'-2+3,Maria" + tail + "ok,anna,2026-11-30T10:00:00Z,";
    QTest::newRow("formula @") << "@SUM(A1)" << "ok" << "3,'@SUM(A1),Maria" + tail + "ok,anna,2026-11-30T10:00:00Z,";
    QTest::newRow("tab") << "\tx" << "ok" << "3,'\tx,Maria" + tail + "ok,anna,2026-11-30T10:00:00Z,";
    QTest::newRow("carriage return") << "\rx" << "ok" << "3,\"'\rx\",Maria" + tail + "ok,anna,2026-11-30T10:00:00Z,";
    QTest::newRow("line break in a reason") << "maria" << "one\ntwo" << "3,maria,Maria" + tail +
                                                                           "\"one\ntwo\",anna,2026-11-30T10:00:00Z,";
}

void TestReport::csvCells()
{
    QFETCH(QString, handle);
    QFETCH(QString, reason);
    QFETCH(QString, row);
    const QString csv = QString::fromUtf8(toCsv(reportWith(handle, QStringLiteral("Maria"), reason)));
    const QString header = QStringLiteral("rank,handle,name,platform,score,reach,decision,override,reason,decided_by,"
                                          "decided_at,policy_findings\r\n");
    QCOMPARE(csv, header + row + QStringLiteral("\r\n"));
}

void TestReport::htmlShowsDataAsText()
{
    const QString html = QString::fromUtf8(toHtml(reportWith(QStringLiteral("<script>alert(1)</script>"),
                                                             QStringLiteral("\"><img src=x onerror=alert(1)>"),
                                                             QStringLiteral("<iframe src=//evil.example>"))));
    QVERIFY(html.contains(QStringLiteral("@&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(html.contains(QStringLiteral("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")));
    QVERIFY(html.contains(QStringLiteral("Spring &lt;b&gt;launch&lt;/b&gt;")));
    // No element a browser would run or fetch, and no address outside the file but the one the data holds as text.
    static const QRegularExpression active(QStringLiteral("<\\s*(script|img|iframe|object|embed|link|base)\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    QVERIFY(!active.match(html).hasMatch());
    QVERIFY(!html.contains(QStringLiteral(" src=\"")));
    QVERIFY(!html.contains(QStringLiteral(" href=")));
    QCOMPARE(html.count(QStringLiteral("https://")), 1); // the brief's text, shown as text
    QVERIFY(html.contains(QStringLiteral("default-src 'none'")));
}

void TestReport::sameContentSameBytes()
{
    const ClientReport r = reportWith(QStringLiteral("maria"), QStringLiteral("Maria"), QStringLiteral("fits"));
    QCOMPARE(toHtml(r), toHtml(r));
    QCOMPARE(toJson(r), toJson(r));
    const QJsonObject json = QJsonDocument::fromJson(toJson(r)).object();
    QCOMPARE(json.value("schema").toString(), QStringLiteral("candor-report/2"));
    QCOMPARE(json.value("language").toString(), QStringLiteral("en"));
    const QJsonObject card = json.value("shortlist").toArray().at(0).toObject();
    QCOMPARE(card.value("score").toDouble(), 61.25);
    QCOMPARE(card.value("contributions").toArray().at(0).toObject().value("points").toDouble(), 61.25);
    QCOMPARE(card.value("decision").toObject().value("reason").toString(), QStringLiteral("fits"));
    QCOMPARE(card.value("decision").toObject().value("kind").toString(), QStringLiteral("shortlisted"));
    QVERIFY(json.value("accountability").toObject().value("approved_by").isNull());
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
