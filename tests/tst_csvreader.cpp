// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "import/CsvReader.h"

#include <QTest>

using namespace candor;

class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void read_data();
    void read();
    void runawayQuoteRecoversTheRows();
    void piecesReadAsTheWholeText_data();
    void piecesReadAsTheWholeText();
    void overlongQuoteEndsItsLine();
    void detectDelimiter_data();
    void detectDelimiter();
};

void TestCsvReader::read_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QList<int>>("lines"); // start line of each record
    QTest::addColumn<QList<QStringList>>("cells");
    QTest::addColumn<QStringList>("issues"); // "line:column:R|W"
    QTest::addColumn<int>("blankLines");

    QTest::newRow("LF") << QStringLiteral("a,b\n1,2\n3,4\n") << QStringList{"a", "b"} << QList<int>{2, 3}
                        << QList<QStringList>{{"1", "2"}, {"3", "4"}} << QStringList{} << 0;
    QTest::newRow("CRLF, no final newline")
        << QStringLiteral("a,b\r\n1,2\r\n3,4") << QStringList{"a", "b"} << QList<int>{2, 3}
        << QList<QStringList>{{"1", "2"}, {"3", "4"}} << QStringList{} << 0;
    QTest::newRow("old Mac CR") << QStringLiteral("a,b\r1,2\r") << QStringList{"a", "b"} << QList<int>{2}
                                << QList<QStringList>{{"1", "2"}} << QStringList{} << 0;
    QTest::newRow("quoted multi-line header")
        << QStringLiteral("S.no,\"Authentic engagement\n\",\"Engagement average\r\n\"\r\n1,5M,6.2M\r\n")
        << QStringList{"S.no", "Authentic engagement", "Engagement average"} << QList<int>{4}
        << QList<QStringList>{{"1", "5M", "6.2M"}} << QStringList{} << 0;
    QTest::newRow("quoted delimiter and doubled quotes")
        << QStringLiteral("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n") << QStringList{"a", "b"} << QList<int>{2}
        << QList<QStringList>{{"x, y", "say \"hi\""}} << QStringList{} << 0;
    QTest::newRow("line break inside a value moves the line count")
        << QStringLiteral("a,b\n\"two\nlines\",1\nnext,2\n") << QStringList{"a", "b"} << QList<int>{2, 4}
        << QList<QStringList>{{"two\nlines", "1"}, {"next", "2"}} << QStringList{} << 0;
    QTest::newRow("stray quote kept with a warning")
        << QStringLiteral("a,b\nTom \"TJ\" Jones,1\n") << QStringList{"a", "b"} << QList<int>{2}
        << QList<QStringList>{{"Tom \"TJ\" Jones", "1"}} << QStringList{"2:0:W", "2:0:W"} << 0;
    QTest::newRow("text after closing quote")
        << QStringLiteral("a,b\n\"abc\"def,1\n") << QStringList{"a", "b"} << QList<int>{2}
        << QList<QStringList>{{"abcdef", "1"}} << QStringList{"2:0:W"} << 0;
    QTest::newRow("unclosed quote rejects only its line")
        << QStringLiteral("a,b\n\"broken,1\nfine,2\nalso,3\n") << QStringList{"a", "b"} << QList<int>{3, 4}
        << QList<QStringList>{{"fine", "2"}, {"also", "3"}} << QStringList{"2:-1:R"} << 0;
    QTest::newRow("blank lines skipped and counted")
        << QStringLiteral("\na,b\n\n1,2\n,\n3,4\n") << QStringList{"a", "b"} << QList<int>{4, 6}
        << QList<QStringList>{{"1", "2"}, {"3", "4"}} << QStringList{} << 3;
    QTest::newRow("header cells trimmed")
        << QStringLiteral(" Name , followers \nx,1\n") << QStringList{"Name", "followers"} << QList<int>{2}
        << QList<QStringList>{{"x", "1"}} << QStringList{} << 0;
}

void TestCsvReader::read()
{
    QFETCH(QString, text);
    QFETCH(QStringList, headers);
    QFETCH(QList<int>, lines);
    QFETCH(QList<QStringList>, cells);
    QFETCH(QStringList, issues);
    QFETCH(int, blankLines);

    const RawTable table = CsvReader::read(text, QLatin1Char(','));
    QCOMPARE(table.headers, headers);
    QList<int> actualLines;
    QList<QStringList> actualCells;
    for (const RawRecord &r : table.records) {
        actualLines << r.line;
        actualCells << r.cells;
    }
    QCOMPARE(actualLines, lines);
    QCOMPARE(actualCells, cells);
    QStringList actualIssues;
    for (const ReadIssue &i : table.issues)
        actualIssues << QStringLiteral("%1:%2:%3").arg(i.line).arg(i.column).arg(i.rejectsRecord ? 'R' : 'W');
    QCOMPARE(actualIssues, issues);
    QCOMPARE(table.blankLines, blankLines);
}

// A quote opened on line 3 and closed by a stray quote 1,000 lines later once made those 1,000 rows one
// rejected record ("rows read: 3"). The quoted field is now seen to run over lines that look like rows: line 3
// alone is rejected, and every row after it is read.
void TestCsvReader::runawayQuoteRecoversTheRows()
{
    QString text = QStringLiteral("handle,name,followers,country\nfirst,First,100,DE\n\"bad,Bad,200,FR\n");
    for (int i = 0; i < 1000; ++i)
        text += QStringLiteral("h%1,Name %1,%2,DE\n").arg(i).arg(1000 + i);
    text += QStringLiteral("last,La\"st,300,FR\n");
    const RawTable table = CsvReader::read(text, QLatin1Char(','));
    QCOMPARE(table.records.size(), 1002);
    QCOMPARE(table.records.at(0).cells, (QStringList{"first", "First", "100", "DE"}));
    QCOMPARE(table.records.at(1).line, 4);
    QCOMPARE(table.records.at(1).cells, (QStringList{"h0", "Name 0", "1000", "DE"}));
    QCOMPARE(table.records.at(1000).cells, (QStringList{"h999", "Name 999", "1999", "DE"}));
    QCOMPARE(table.records.at(1001).cells, (QStringList{"last", "La\"st", "300", "FR"}));
    QCOMPARE(table.issues.size(), 2);
    QCOMPARE(table.issues.at(0).line, 3);
    QVERIFY(table.issues.at(0).rejectsRecord);
    QCOMPARE(table.issues.at(0).reason, "a quote opened on this line runs on over the next lines, which look like rows "
                                        "of their own (a stray quote?); the line was skipped and the rows after it "
                                        "were read");
    QCOMPARE(table.issues.at(0).text, "\"bad,Bad,200,FR");
    QCOMPARE(table.issues.at(1).line, 1004); // the stray quote inside "La"st", kept as text
    QVERIFY(!table.issues.at(1).rejectsRecord);
    // A quoted bio over three lines is still one field.
    const RawTable bio = CsvReader::read(
        QStringLiteral("handle,bio,followers\nann,\"Line one\nline two\nline three\",500\n"), QLatin1Char(','));
    QCOMPARE(bio.records.size(), 1);
    QCOMPARE(bio.records.at(0).cells, (QStringList{"ann", "Line one\nline two\nline three", "500"}));
}

namespace {

RawTable readInPieces(const QString &text, qsizetype pieceSize)
{
    CsvReader reader(QLatin1Char(','), [&text, pieceSize, at = qsizetype{0}](QString &piece) mutable {
        if (at >= text.size())
            return false;
        piece = text.mid(at, pieceSize);
        at += pieceSize;
        return true;
    });
    RawTable table;
    RawRecord record;
    while (reader.next(record, table.issues))
        table.records << record;
    table.headers = reader.headers();
    table.headerLine = reader.headerLine();
    table.blankLines = reader.blankLines();
    return table;
}

QStringList described(const RawTable &table)
{
    QStringList lines{table.headers.join(u'|'), QString::number(table.headerLine), QString::number(table.blankLines)};
    for (const RawRecord &r : table.records)
        lines << QStringLiteral("%1 %2 [%3]").arg(r.line).arg(r.cells.join(u'|'), r.text);
    for (const ReadIssue &i : table.issues)
        lines << QStringLiteral("%1:%2:%3 %4 [%5]").arg(i.line).arg(i.column).arg(i.rejectsRecord).arg(i.reason, i.text);
    return lines;
}

} // namespace

// A large file is read piece by piece, with pieces ending anywhere: inside a quoted field, between CR and LF,
// between two quotes of a doubled quote. The records, lines, texts and issues are those of the whole text.
void TestCsvReader::piecesReadAsTheWholeText_data()
{
    QTest::addColumn<qsizetype>("pieceSize");
    for (qsizetype size : {1, 2, 3, 7, 64, 4096})
        QTest::addRow("%lld characters", static_cast<long long>(size)) << size;
}

void TestCsvReader::piecesReadAsTheWholeText()
{
    QFETCH(qsizetype, pieceSize);
    QStringList texts;
    texts << QStringLiteral("a,b\r\n1,2\r\n3,4") << QStringLiteral("a,b\r1,2\r")
          << QStringLiteral("S.no,\"Authentic engagement\n\",\"Engagement average\r\n\"\r\n1,5M,6.2M\r\n")
          << QStringLiteral("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n") << QStringLiteral("a,b\nTom \"TJ\" Jones,1\n")
          << QStringLiteral("a,b\n\"abc\"def,1\n") << QStringLiteral("a,b\n\"broken,1\nfine,2\nalso,3\n")
          << QStringLiteral("\na,b\n\n1,2\n,\n3,4\n");
    QString runaway = QStringLiteral("handle,name,followers,country\nfirst,First,100,DE\n\"bad,Bad,200,FR\n");
    for (int i = 0; i < 50; ++i)
        runaway += QStringLiteral("h%1,Name %1,%2,DE\r\n").arg(i).arg(1000 + i);
    texts << runaway;
    // Long enough that consumed text is dropped on the way (over a million characters).
    QString large = QStringLiteral("handle,bio\n");
    for (int i = 0; i < 40000; ++i)
        large += QStringLiteral("creator%1,\"bio of %1, on\ntwo lines \"\"quoted\"\"\"\n").arg(i);
    texts << large;
    for (const QString &text : std::as_const(texts)) {
        if (text.size() > 100000 && pieceSize < 64)
            continue; // the same cuts, a thousand times slower
        QCOMPARE(described(readInPieces(text, pieceSize)), described(CsvReader::read(text, QLatin1Char(','))));
    }
}

// One stray quote in a long file once read everything after it into one field. A quoted field longer than
// any real cell ends its line as rejected, and the rows after it are read.
void TestCsvReader::overlongQuoteEndsItsLine()
{
    QString text = QStringLiteral("bio\nfirst\n\"open\n");
    const QString filler(100, QLatin1Char('x'));
    for (int i = 0; i < 90000; ++i)
        text += filler + QLatin1Char('\n');
    const RawTable table = readInPieces(text, 1 << 16);
    QCOMPARE(table.issues.size(), 1);
    QCOMPARE(table.issues.at(0).line, 3);
    QCOMPARE(table.issues.at(0).reason, "a quote opened on this line is not closed within 8 million characters; the "
                                        "line was skipped and reading went on with the next line");
    QCOMPARE(table.issues.at(0).text, "\"open");
    QCOMPARE(table.records.size(), 90001); // "first" and every filler line
    QCOMPARE(table.records.at(1).line, 4);
}

void TestCsvReader::detectDelimiter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<bool>("hasNotice");
    QTest::newRow("comma") << QStringLiteral("a,b,c\n1;2,3") << QChar(QLatin1Char(',')) << false;
    QTest::newRow("semicolon") << QStringLiteral("a;b;c\n1,5;2;3") << QChar(QLatin1Char(';')) << true;
    QTest::newRow("tab") << QStringLiteral("a\tb\tc\n") << QChar(QLatin1Char('\t')) << true;
    QTest::newRow("commas inside quotes do not count")
        << QStringLiteral("\"x,y,z\";b\n") << QChar(QLatin1Char(';')) << true;
}

void TestCsvReader::detectDelimiter()
{
    QFETCH(QString, text);
    QFETCH(QChar, delimiter);
    QFETCH(bool, hasNotice);
    QString notice;
    QCOMPARE(CsvReader::detectDelimiter(text, &notice), delimiter);
    QCOMPARE(!notice.isEmpty(), hasNotice);
}

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
