// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "RawTable.h"

#include <QChar>
#include <QString>
#include <functional>

namespace candor {

// Hands a reader the next piece of a text; false once the text has ended.
using TextPieces = std::function<bool(QString &piece)>;

// Splits delimited text into records. Quoted fields may hold delimiters, doubled quotes and line breaks
// (real exports put line breaks even into header cells). Line ends may be LF, CR or CRLF.
// Stray quotes are kept as text with a warning; a quote that is never closed rejects only the record it
// opened in, and reading resumes on the next line, so one bad cell cannot swallow the rest of the file.
// The text arrives in pieces and memory holds one record at a time, however long the file.
class CsvReader
{
public:
    // The separator used in the header record: comma, semicolon, tab or '|'. `notice` explains any choice
    // other than a comma.
    static QChar detectDelimiter(const QString &text, QString *notice);

    // A whole text at once, every record kept.
    static RawTable read(const QString &text, QChar delimiter, const StepProgress &progress = {});

    CsvReader(QChar delimiter, TextPieces pieces);

    // The next record after the header, and the problems found on the way to it: records the reader
    // rejected, warnings about this one. False at the end of the text (`issues` may still have grown).
    bool next(RawRecord &record, QList<ReadIssue> &issues);

    // Known once next() has been called.
    const QStringList &headers() const { return m_headers; }
    int headerLine() const { return m_headerLine; }
    int blankLines() const { return m_blankLines; }
    // Characters of the text consumed so far.
    qint64 position() const { return m_dropped + m_pos; }

private:
    enum class RecordEnd;
    RecordEnd scan(QStringList &cells, QList<ReadIssue> &warnings, qsizetype rowSeparators);
    RecordEnd scanOnce(QStringList &cells, QList<ReadIssue> &warnings, qsizetype rowSeparators);
    bool needsText(qsizetype ahead) const { return !m_ended && m_pos + ahead >= m_text.size(); }
    void pull();
    void skipLine(qsizetype from, int line);
    void consumeLineBreak();
    QString recordText(qsizetype from) const;

    QChar m_delimiter;
    TextPieces m_pieces;
    QString m_text; // from the start of the current record (or a little before) to as far as was pulled
    qsizetype m_pos = 0;
    qint64 m_dropped = 0; // characters before m_text
    qsizetype m_recordStart = 0;
    int m_line = 1;
    bool m_ended = false;
    bool m_haveHeader = false;
    QStringList m_headers;
    int m_headerLine = 1;
    int m_blankLines = 0;
};

} // namespace candor
