// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "import/ValueParser.h"

#include <QTest>

#include <cmath>

using namespace candor;

class TestValueParser : public QObject
{
    Q_OBJECT
private slots:
    void parseNumber_data();
    void parseNumber();
    void plainNumbersAsTheGeneralPathReadsThem_data();
    void plainNumbersAsTheGeneralPathReadsThem();
    void detectNumberFormat_data();
    void detectNumberFormat();
};

Q_DECLARE_METATYPE(ParsedNumber::Kind)

void TestValueParser::parseNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("decimal");
    QTest::addColumn<ParsedNumber::Kind>("kind");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("percent");

    const QChar point = QLatin1Char('.');
    const QChar comma = QLatin1Char(',');
    using K = ParsedNumber::Kind;
    QTest::newRow("plain integer") << "1234" << point << K::Value << 1234.0 << false;
    QTest::newRow("export decimals") << "477900000.00" << point << K::Value << 477900000.0 << false;
    QTest::newRow("millions") << "477.9M" << point << K::Value << 477900000.0 << false;
    QTest::newRow("thousands") << "12.5K" << point << K::Value << 12500.0 << false;
    QTest::newRow("lower-case k") << "3k" << point << K::Value << 3000.0 << false;
    QTest::newRow("billions") << "1.2B" << point << K::Value << 1200000000.0 << false;
    QTest::newRow("grouped thousands") << "1,234" << point << K::Value << 1234.0 << false;
    QTest::newRow("grouped millions") << "1,234,567.5" << point << K::Value << 1234567.5 << false;
    QTest::newRow("percentage") << "3.4%" << point << K::Value << 0.034 << true;
    QTest::newRow("surrounding spaces") << "  42 " << point << K::Value << 42.0 << false;
    QTest::newRow("space groups") << "1 234 567" << point << K::Value << 1234567.0 << false;
    QTest::newRow("no-break space groups")
        << QStringLiteral("12\u00A0500") << point << K::Value << 12500.0 << false;
    QTest::newRow("negative") << "-5" << point << K::Value << -5.0 << false;
    QTest::newRow("decimal comma") << "3,4" << comma << K::Value << 3.4 << false;
    QTest::newRow("decimal comma percent") << "3,4%" << comma << K::Value << 0.034 << true;
    QTest::newRow("decimal comma grouped") << "1.234,5" << comma << K::Value << 1234.5 << false;
    QTest::newRow("decimal comma with unit") << "12,5K" << comma << K::Value << 12500.0 << false;
    QTest::newRow("blank") << "" << point << K::Missing << 0.0 << false;
    QTest::newRow("N/A") << "N/A" << point << K::Missing << 0.0 << false;
    QTest::newRow("dash") << "-" << point << K::Missing << 0.0 << false;
    QTest::newRow("Spanish #VALOR!") << "#VALOR!" << point << K::SpreadsheetError << 0.0 << false;
    QTest::newRow("#VALUE!") << "#VALUE!" << point << K::SpreadsheetError << 0.0 << false;
    QTest::newRow("#DIV/0!") << "#DIV/0!" << point << K::SpreadsheetError << 0.0 << false;
    QTest::newRow("#N/A") << "#N/A" << point << K::SpreadsheetError << 0.0 << false;
    QTest::newRow("#NAME?") << "#NAME?" << point << K::SpreadsheetError << 0.0 << false;
    QTest::newRow("words") << "lots" << point << K::Invalid << 0.0 << false;
    QTest::newRow("unknown unit") << "12X" << point << K::Invalid << 0.0 << false;
    QTest::newRow("bad grouping") << "1,23" << point << K::Invalid << 0.0 << false;
    QTest::newRow("two decimal points") << "1.2.3" << point << K::Invalid << 0.0 << false;
    QTest::newRow("decimal comma read as point") << "3,4" << point << K::Invalid << 0.0 << false;
    QTest::newRow("percent with unit") << "3K%" << point << K::Invalid << 0.0 << false;
}

void TestValueParser::parseNumber()
{
    QFETCH(QString, text);
    QFETCH(QChar, decimal);
    QFETCH(ParsedNumber::Kind, kind);
    QFETCH(double, value);
    QFETCH(bool, percent);

    const ParsedNumber parsed = candor::parseNumber(text, NumberFormat{decimal});
    QCOMPARE(parsed.kind, kind);
    if (kind == ParsedNumber::Kind::Value) {
        QCOMPARE(parsed.value, value);
        QCOMPARE(parsed.isPercent, percent);
    }
    if (kind == ParsedNumber::Kind::Invalid)
        QVERIFY2(parsed.problem.contains(text.trimmed()), qPrintable(parsed.problem));
}

// Plain cells take a shortcut; with a space around them they take the general path. Both must agree.
void TestValueParser::plainNumbersAsTheGeneralPathReadsThem_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"0", "-0", "7", "007", "1.", ".5", "-.5", "0.0412", "3,4", "1234567", "12.5",
                             "123456789012345678901234567890", "0.1000000000000000055511151231257827",
                             "1.2.3", "1,2,3", "--1", "1-", "1e5", "-", "."})
        QTest::newRow(text) << QString::fromLatin1(text);
}

void TestValueParser::plainNumbersAsTheGeneralPathReadsThem()
{
    QFETCH(QString, text);
    for (const QChar decimal : {QLatin1Char('.'), QLatin1Char(',')}) {
        const ParsedNumber shortcut = candor::parseNumber(text, NumberFormat{decimal});
        const ParsedNumber general =
            candor::parseNumber(QLatin1Char(' ') + text + QLatin1Char(' '), NumberFormat{decimal});
        QCOMPARE(shortcut.kind, general.kind);
        QCOMPARE(shortcut.value, general.value);
        QCOMPARE(std::signbit(shortcut.value), std::signbit(general.value));
    }
}

void TestValueParser::detectNumberFormat_data()
{
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QChar>("decimal");
    QTest::addColumn<QString>("evidenceFragment");

    QTest::newRow("export with M and decimals")
        << QList<QStringList>{{QStringLiteral("477.9M"), QStringLiteral("477900000.00")}}
        << QChar(QLatin1Char('.')) << QString();
    QTest::newRow("european") << QList<QStringList>{{QStringLiteral("3,4%"), QStringLiteral("1.234,5")}}
                              << QChar(QLatin1Char(',')) << QStringLiteral("decimal comma (2 cells");
    QTest::newRow("only ambiguous") << QList<QStringList>{{QStringLiteral("1,234"), QStringLiteral("1.234")}}
                                    << QChar(QLatin1Char('.')) << QString();
    QTest::newRow("mixed") << QList<QStringList>{{QStringLiteral("3,4"), QStringLiteral("0,5"),
                                                  QStringLiteral("2.5")}}
                           << QChar(QLatin1Char(','))
                           << QStringLiteral("2 cells use a decimal comma, 1 a decimal point");
}

void TestValueParser::detectNumberFormat()
{
    QFETCH(QList<QStringList>, rows);
    QFETCH(QChar, decimal);
    QFETCH(QString, evidenceFragment);
    QString evidence;
    QCOMPARE(candor::detectNumberFormat(rows, &evidence).decimalSeparator, decimal);
    if (evidenceFragment.isEmpty())
        QVERIFY(evidence.isEmpty());
    else
        QVERIFY2(evidence.contains(evidenceFragment), qPrintable(evidence));
}

QTEST_APPLESS_MAIN(TestValueParser)
#include "tst_valueparser.moc"
