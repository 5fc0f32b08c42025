#include "CsvReader.h"

namespace candor {
namespace {

enum class RecordEnd
{
    Complete,
    UnclosedQuote,
    RunawayQuote // a quoted field swallows lines that look like rows of their own
};

// Lines inside one quoted field that each hold a whole row's separators before the field counts as a
// runaway: a bio may span lines, but rarely three in a row with every column's separator.
constexpr int kRunawayRowLikeLines = 3;

class RecordScanner
{
public:
    RecordScanner(const QString &text, QChar delimiter) : m_text(text), m_delimiter(delimiter) {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    qsizetype position() const { return m_pos; }
    int line() const { return m_line; }

    // `rowSeparators` is how many separators a whole row has (the header's); 0 before the header is known.
    RecordEnd next(QStringList &cells, QList<ReadIssue> &warnings, qsizetype rowSeparators)
    {
        cells.clear();
        QString field;
        int separatorsOnLine = 0; // inside a quoted field, since its last line break
        int rowLikeLines = 0;
        bool inQuotes = false;
        bool quoted = false;
        bool afterClosingQuote = false;
        const int recordLine = m_line;
        const auto column = [&cells] { return static_cast<int>(cells.size()); };

        while (m_pos < m_text.size()) {
            const QChar ch = m_text.at(m_pos);
            if (inQuotes) {
                if (ch == QLatin1Char('"')) {
                    if (peek(1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        m_pos += 2;
                    } else {
                        inQuotes = false;
                        afterClosingQuote = true;
                        ++m_pos;
                    }
                } else if (isLineBreak(ch)) {
                    consumeLineBreak();
                    field += QLatin1Char('\n');
                    const bool rowLike = rowSeparators >= 2 && separatorsOnLine >= rowSeparators;
                    rowLikeLines = rowLike ? rowLikeLines + 1 : 0;
                    separatorsOnLine = 0;
                    if (rowLikeLines >= kRunawayRowLikeLines)
                        return RecordEnd::RunawayQuote;
                } else {
                    separatorsOnLine += ch == m_delimiter ? 1 : 0;
                    field += ch;
                    ++m_pos;
                }
                continue;
            }
            if (ch == m_delimiter) {
                cells << field;
                field.clear();
                quoted = afterClosingQuote = false;
                ++m_pos;
                continue;
            }
            if (isLineBreak(ch)) {
                consumeLineBreak();
                cells << field;
                return RecordEnd::Complete;
            }
            if (ch == QLatin1Char('"') && !quoted && field.trimmed().isEmpty()) {
                field.clear();
                inQuotes = quoted = true;
                ++m_pos;
                continue;
            }
            if (afterClosingQuote) {
                if (!ch.isSpace()) {
                    warnings << ReadIssue{
                        recordLine,
                        column(),
                        QStringLiteral("text after a closing quote was kept: check the quotes"),
                        false,
                        {}};
                    field += ch;
                    afterClosingQuote = false;
                }
                ++m_pos;
                continue;
            }
            if (ch == QLatin1Char('"'))
                warnings << ReadIssue{recordLine,
                                      column(),
                                      QStringLiteral("a stray quote character was kept as text"),
                                      false,
                                      {}};
            field += ch;
            ++m_pos;
        }
        if (inQuotes)
            return RecordEnd::UnclosedQuote;
        cells << field;
        return RecordEnd::Complete;
    }

    // After an unclosed quote: go back to the line after `line`, starting at text offset `from`.
    void resumeAfterLine(qsizetype from, int line)
    {
        m_pos = from;
        m_line = line;
        while (m_pos < m_text.size() && !isLineBreak(m_text.at(m_pos)))
            ++m_pos;
        if (m_pos < m_text.size())
            consumeLineBreak();
    }

private:
    static bool isLineBreak(QChar ch) { return ch == QLatin1Char('\n') || ch == QLatin1Char('\r'); }
    QChar peek(qsizetype offset) const
    {
        return m_pos + offset < m_text.size() ? m_text.at(m_pos + offset) : QChar();
    }
    void consumeLineBreak()
    {
        if (m_text.at(m_pos) == QLatin1Char('\r') && peek(1) == QLatin1Char('\n'))
            ++m_pos;
        ++m_pos;
        ++m_line;
    }

    const QString &m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
};

QString recordText(const QString &text, qsizetype from, qsizetype to)
{
    QString slice = text.mid(from, to - from);
    while (slice.endsWith(QLatin1Char('\n')) || slice.endsWith(QLatin1Char('\r')))
        slice.chop(1);
    return slice;
}

bool allBlank(const QStringList &cells)
{
    for (const QString &cell : cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

QChar CsvReader::detectDelimiter(const QString &text, QString *notice)
{
    const QList<QChar> candidates = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')};
    QList<int> counts(candidates.size(), 0);
    bool inQuotes = false;
    for (QChar ch : text) {
        if (ch == QLatin1Char('"'))
            inQuotes = !inQuotes;
        else if (!inQuotes && (ch == QLatin1Char('\n') || ch == QLatin1Char('\r')))
            break;
        else if (!inQuotes && candidates.contains(ch))
            ++counts[candidates.indexOf(ch)];
    }
    qsizetype best = 0;
    for (qsizetype i = 1; i < candidates.size(); ++i) {
        if (counts.at(i) > counts.at(best))
            best = i;
    }
    const QChar delimiter = candidates.at(best);
    if (notice) {
        static const QStringList names = {QStringLiteral("commas"), QStringLiteral("semicolons"),
                                          QStringLiteral("tabs"), QStringLiteral("vertical bars")};
        *notice = best == 0 ? QString()
                            : QStringLiteral("Columns are separated by %1 (found %2 in the header line).")
                                  .arg(names.at(best))
                                  .arg(counts.at(best));
    }
    return delimiter;
}

RawTable CsvReader::read(const QString &text, QChar delimiter, const StepProgress &progress)
{
    RawTable table;
    RecordScanner scanner(text, delimiter);
    bool haveHeader = false;
    QStringList cells;
    while (!scanner.atEnd()) {
        const qsizetype start = scanner.position();
        const int line = scanner.line();
        QList<ReadIssue> warnings;
        const qsizetype rowSeparators = haveHeader ? table.headers.size() - 1 : 0;
        if (const RecordEnd end = scanner.next(cells, warnings, rowSeparators); end != RecordEnd::Complete) {
            scanner.resumeAfterLine(start, line);
            table.issues << ReadIssue{
                line, -1,
                end == RecordEnd::UnclosedQuote
                    ? QStringLiteral("a quote opened on this line is never closed; the line was "
                                     "skipped and reading went on with the next line")
                    : QStringLiteral("a quote opened on this line runs on over the next lines, which look like "
                                     "rows of their own (a stray quote?); the line was skipped and the rows after "
                                     "it were read"),
                true, recordText(text, start, scanner.position())};
            continue;
        }
        if (allBlank(cells)) {
            ++table.blankLines;
            continue;
        }
        if (!haveHeader) {
            for (QString &cell : cells)
                cell = cell.trimmed();
            table.headers = cells;
            table.headerLine = line;
            haveHeader = true;
            continue;
        }
        const QString raw = recordText(text, start, scanner.position());
        for (ReadIssue &warning : warnings)
            warning.text = raw;
        table.issues << warnings;
        table.records << RawRecord{line, cells, raw};
        if (progress && table.records.size() % kProgressEveryRecords == 0)
            progress(scanner.position(), text.size());
    }
    return table;
}

} // namespace candor
