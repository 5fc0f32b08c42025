// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CsvReader.h"

#include "core/TextContexts.h"

namespace candor {

enum class CsvReader::RecordEnd
{
    Complete,
    UnclosedQuote,
    RunawayQuote, // a quoted field swallows lines that look like rows of their own
    OverlongQuote, // a quoted field longer than any real cell: an unclosed quote in a long file
    NeedMore      // the text pulled so far ends inside the record
};

namespace {

// Lines inside one quoted field that each hold a whole row's separators before the field counts as a
// runaway: a bio may span lines, but rarely three in a row with every column's separator.
constexpr int kRunawayRowLikeLines = 3;
// A quoted field may hold a long bio, not megabytes: beyond this a quote is taken as never closed, so that
// one stray quote cannot pull the rest of a large file into memory.
constexpr qsizetype kMaxQuotedChars = qsizetype{8} << 20;
// Consumed text is dropped once there is this much of it and it is at least half of what is held.
constexpr qsizetype kDropConsumedChars = qsizetype{1} << 20;

bool isLineBreak(QChar ch)
{
    return ch == QLatin1Char('\n') || ch == QLatin1Char('\r');
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

CsvReader::CsvReader(QChar delimiter, TextPieces pieces) : m_delimiter(delimiter), m_pieces(std::move(pieces)) {}

void CsvReader::pull()
{
    // At least double what the current record holds, so that a record longer than a piece is scanned again
    // only a logarithmic number of times.
    const qsizetype wanted = std::max<qsizetype>(m_text.size() - m_recordStart, 1);
    qsizetype added = 0;
    QString piece;
    while (added < wanted) {
        piece.clear();
        if (!m_pieces || !m_pieces(piece)) {
            m_ended = true;
            return;
        }
        added += piece.size();
        if (m_text.isEmpty())
            m_text = piece; // shares a whole text handed over at once
        else
            m_text += piece;
    }
}

void CsvReader::consumeLineBreak()
{
    if (m_text.at(m_pos) == QLatin1Char('\r') && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == QLatin1Char('\n'))
        ++m_pos;
    ++m_pos;
    ++m_line;
}

CsvReader::RecordEnd CsvReader::scan(QStringList &cells, QList<ReadIssue> &warnings, qsizetype rowSeparators)
{
    const qsizetype start = m_pos;
    const int line = m_line;
    for (;;) {
        const RecordEnd end = scanOnce(cells, warnings, rowSeparators);
        if (end != RecordEnd::NeedMore)
            return end;
        m_pos = start;
        m_line = line;
        warnings.clear();
        pull();
    }
}

CsvReader::RecordEnd CsvReader::scanOnce(QStringList &cells, QList<ReadIssue> &warnings, qsizetype rowSeparators)
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
    const auto next = [this] { return m_pos + 1 < m_text.size() ? m_text.at(m_pos + 1) : QChar(); };

    for (;;) {
        if (needsText(1)) // a doubled quote and CRLF are told by the character after
            return RecordEnd::NeedMore;
        if (m_pos >= m_text.size())
            break;
        const QChar ch = m_text.at(m_pos);
        if (inQuotes) {
            if (m_pos - m_recordStart > kMaxQuotedChars)
                return RecordEnd::OverlongQuote;
            if (ch == QLatin1Char('"')) {
                if (next() == QLatin1Char('"')) {
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
                warnings << ReadIssue{recordLine,
                                      column(),
                                      ImportText::tr("text after a closing quote was kept: check the quotes"),
                                      false,
                                      {}};
                field += ch;
                afterClosingQuote = false;
            }
            ++m_pos;
            continue;
        }
        if (ch == QLatin1Char('"'))
            warnings << ReadIssue{
                recordLine, column(), ImportText::tr("a stray quote character was kept as text"), false, {}};
        field += ch;
        ++m_pos;
    }
    if (inQuotes)
        return RecordEnd::UnclosedQuote;
    cells << field;
    return RecordEnd::Complete;
}

void CsvReader::skipLine(qsizetype from, int line)
{
    m_pos = from;
    m_line = line;
    for (;;) {
        if (needsText(1)) {
            pull();
            continue;
        }
        if (m_pos >= m_text.size())
            return;
        if (isLineBreak(m_text.at(m_pos))) {
            consumeLineBreak();
            return;
        }
        ++m_pos;
    }
}

QString CsvReader::recordText(qsizetype from) const
{
    QString slice = m_text.mid(from, m_pos - from);
    while (slice.endsWith(QLatin1Char('\n')) || slice.endsWith(QLatin1Char('\r')))
        slice.chop(1);
    return slice;
}

bool CsvReader::next(RawRecord &record, QList<ReadIssue> &issues)
{
    QStringList cells;
    QList<ReadIssue> warnings;
    for (;;) {
        if (m_pos >= kDropConsumedChars && m_pos * 2 >= m_text.size()) {
            m_text.remove(0, m_pos);
            m_dropped += m_pos;
            m_pos = 0;
        }
        m_recordStart = m_pos;
        if (needsText(0))
            pull();
        if (m_pos >= m_text.size())
            return false;
        const int line = m_line;
        const qsizetype rowSeparators = m_haveHeader ? m_headers.size() - 1 : 0;
        warnings.clear();
        if (const RecordEnd end = scan(cells, warnings, rowSeparators); end != RecordEnd::Complete) {
            skipLine(m_recordStart, line);
            const QString reason =
                end == RecordEnd::UnclosedQuote
                    ? ImportText::tr(
                          "a quote opened on this line is never closed; the line was skipped and reading "
                          "went on with the next line")
                : end == RecordEnd::OverlongQuote
                    ? ImportText::tr(
                          "a quote opened on this line is not closed within %1 million characters; the "
                          "line was skipped and reading went on with the next line")
                          .arg(kMaxQuotedChars >> 20)
                    : ImportText::tr(
                          "a quote opened on this line runs on over the next lines, which look like rows "
                          "of their own (a stray quote?); the line was skipped and the rows after it were "
                          "read");
            issues << ReadIssue{line, -1, reason, true, recordText(m_recordStart)};
            continue;
        }
        if (allBlank(cells)) {
            ++m_blankLines;
            continue;
        }
        if (!m_haveHeader) {
            for (QString &cell : cells)
                cell = cell.trimmed();
            m_headers = cells;
            m_headerLine = line;
            m_haveHeader = true;
            continue;
        }
        const QString raw = recordText(m_recordStart);
        for (ReadIssue &warning : warnings)
            warning.text = raw;
        issues << warnings;
        record = RawRecord{line, cells, raw};
        return true;
    }
}

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
                            : ImportText::tr("Columns are separated by %1 (found %2 in the header line).")
                                  .arg(names.at(best))
                                  .arg(counts.at(best));
    }
    return delimiter;
}

RawTable CsvReader::read(const QString &text, QChar delimiter, const StepProgress &progress)
{
    CsvReader reader(delimiter, [text, given = false](QString &piece) mutable {
        if (given)
            return false;
        piece = text;
        given = true;
        return true;
    });
    RawTable table;
    RawRecord record;
    while (reader.next(record, table.issues)) {
        table.records << std::move(record);
        if (progress && table.records.size() % kProgressEveryRecords == 0)
            progress(reader.position(), text.size());
    }
    table.headers = reader.headers();
    table.headerLine = reader.headerLine();
    table.blankLines = reader.blankLines();
    return table;
}

} // namespace candor
