// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportStream.h"

#include "ColumnMapping.h"
#include "CsvReader.h"
#include "DataFile.h"
#include "JsonReader.h"
#include "RecordInterpreter.h"
#include "core/SafeText.h"
#include "core/TextContexts.h"

#include <QLocale>

namespace candor {
namespace {

// Bytes read from the file at a time: large enough that reading costs no more than the disk does.
constexpr qint64 kPieceBytes = qint64{4} << 20;

QList<QStringList> cellsOf(const RawTable &table)
{
    QList<QStringList> rows;
    rows.reserve(table.records.size());
    for (const RawRecord &record : table.records)
        rows << record.cells;
    return rows;
}

} // namespace

ImportStream::~ImportStream() = default;

Result<std::unique_ptr<ImportStream>> ImportStream::open(const QString &path, const ImportOptions &options)
{
    if (auto checked = checkDataFile(path); !checked)
        return checked.error();
    std::unique_ptr<ImportStream> stream(new ImportStream);
    stream->m_path = path;
    stream->m_progress = options.progress;
    QFile &file = stream->m_file;
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{path, ImportText::tr("cannot read the data file"), file.errorString()};

    // UTF-8 or not is a property of the whole file: one pass over the bytes first, the text only after.
    EncodingDetector detector(options.encoding);
    while (detector.wantsMore()) {
        const QByteArray bytes = file.read(kPieceBytes);
        if (bytes.isEmpty())
            break;
        detector.feed(bytes);
        if (options.progress)
            options.progress(ImportText::tr("Checking characters"), file.pos(), file.size());
    }
    if (file.error() != QFileDevice::NoError || !file.seek(0))
        return Error{path, ImportText::tr("cannot read the data file"), file.errorString()};
    const DecodedText encoding = detector.finish();
    stream->m_batch = dataFileBatch(path, encoding, QStringLiteral("creators"), options.asOf, options.importedBy);
    stream->m_batch.lawfulBasis = options.lawfulBasis;
    stream->m_batch.informedOn = options.informedOn;

    auto decoder = std::make_shared<EncodingDetector::Decoder>(encoding);
    const auto readPiece = [raw = stream.get(), decoder](QString &piece) {
        const QByteArray bytes = raw->m_file.read(kPieceBytes);
        if (raw->m_file.pos() > kMaxDataFileBytes)
            raw->m_readError =
                ImportText::tr("it grew beyond %1 MiB while it was read").arg(kMaxDataFileBytes >> 20);
        else if (raw->m_file.error() != QFileDevice::NoError)
            raw->m_readError = raw->m_file.errorString();
        if (bytes.isEmpty() || !raw->m_readError.isEmpty())
            return false;
        piece = (*decoder)(bytes);
        return true;
    };
    QString first;
    readPiece(first);
    if (looksLikeJson(path, first)) {
        QString text = first;
        for (QString piece; readPiece(piece);)
            text += piece;
        stream->m_batch.format = QStringLiteral("json");
        auto table = JsonReader::read(text, path);
        if (!table)
            return table.error();
        stream->m_read = std::move(*table);
    } else {
        QString notice;
        const QChar delimiter = CsvReader::detectDelimiter(first, &notice);
        if (!notice.isEmpty())
            stream->m_batch.notices << notice;
        stream->m_batch.format = QStringLiteral("csv");
        stream->m_batch.delimiter = delimiter == QLatin1Char('\t') ? QStringLiteral("tab") : QString(delimiter);
        stream->m_csv = std::make_unique<CsvReader>(
            delimiter, [readPiece, first = std::optional<QString>(first)](QString &piece) mutable {
                if (!first)
                    return readPiece(piece);
                piece = std::move(*first);
                first.reset();
                return true;
            });
        RawRecord record;
        while (stream->m_read.records.size() < kSurveyRecords && stream->m_csv->next(record, stream->m_read.issues))
            stream->m_read.records << std::move(record);
        stream->m_read.headers = stream->m_csv->headers();
        stream->m_read.headerLine = stream->m_csv->headerLine();
    }
    if (!stream->m_readError.isEmpty())
        return Error{path, ImportText::tr("could not be read to the end"), stream->m_readError};
    if (auto surveyed = stream->survey(options); !surveyed)
        return surveyed.error();
    return stream;
}

Status ImportStream::survey(const ImportOptions &options)
{
    const RawTable &table = m_read;
    m_headers = table.headers;
    if (m_headers.isEmpty())
        return Error{m_path, ImportText::tr("holds no header row and no records"), {}};
    if (m_csv && table.records.size() >= kSurveyRecords)
        m_batch.notices << ImportText::tr(
                               "The columns, the number format and the platform were judged from the first "
                               "%1 rows.")
                               .arg(QLocale::system().toString(kSurveyRecords));

    QString numberEvidence;
    InterpretOptions interpret;
    interpret.numbers = detectNumberFormat(cellsOf(table), &numberEvidence);
    if (!numberEvidence.isEmpty())
        m_batch.notices << numberEvidence;
    m_batch.decimalSeparator = QString(interpret.numbers.decimalSeparator);

    m_mapping = ColumnMapping::detect(m_headers);
    for (const QString &spec : options.columnOverrides) {
        if (auto applied = m_mapping.applyOverride(spec, m_headers); !applied)
            return Error{m_path, applied.error().message, {}};
    }
    m_mapping.resolveAmbiguities(table, &m_batch.notices);
    if (!m_mapping.columnFor(Field::Handle)) {
        QStringList headers;
        for (const QString &h : std::as_const(m_headers))
            headers << QStringLiteral("\"%1\"").arg(excerpt(h.simplified()));
        return Error{
            m_path,
            ImportText::tr("no column holds the handle; name it with --map COLUMN=handle (columns: %1)")
                .arg(listExcerpt(headers)),
            {}};
    }

    interpret.asOf = m_batch.asOf;
    interpret.platform = options.platform;
    interpret.currency = options.currency.toUpper();
    if (!interpret.platform && !m_mapping.columnFor(Field::Platform)) {
        QString reason;
        interpret.platform = ColumnMapping::detectPlatform(table, &reason);
        if (!interpret.platform)
            return Error{
                m_path,
                ImportText::tr("does not say which platform its accounts are on; use --platform (%1)")
                    .arg(platformIds().join(QStringLiteral(", "))),
                {}};
        m_batch.notices << ImportText::tr("Platform %1, recognised from %2.")
                               .arg(platformDisplayName(*interpret.platform), reason);
    }
    m_batch.platform = interpret.platform ? platformId(*interpret.platform) : ImportText::tr("per row");
    m_batch.columnMapping = m_mapping.toJson(m_headers);
    m_interpreter = std::make_unique<RecordInterpreter>(m_headers, m_mapping, interpret);
    return success();
}

QStringList ImportStream::fieldOfColumn() const
{
    QStringList fields(m_headers.size());
    for (Field field : allFields()) {
        // Every category column is read; of the others, only the column chosen for the field.
        const QList<int> read = field == Field::Category ? m_mapping.columnsFor(field)
                                : m_mapping.columnFor(field) ? QList<int>{*m_mapping.columnFor(field)}
                                                             : QList<int>{};
        for (int column : read)
            fields[column] = fieldId(field);
    }
    return fields;
}

QList<RawRecord> ImportStream::sample() const
{
    return m_read.records.mid(0, PreparedImport::kSampleSize);
}

PreparedImport ImportStream::described(const ImportOptions &options) const
{
    PreparedImport prepared;
    prepared.batch = m_batch;
    prepared.options = options;
    prepared.options.progress = {};
    prepared.headers = m_headers;
    prepared.fieldOfColumn = fieldOfColumn();
    prepared.sample = sample();
    return prepared;
}

bool ImportStream::nextRecord(RawRecord &record, QList<ReadIssue> &issues)
{
    if (m_nextRead < m_read.records.size()) {
        const RawRecord &read = m_read.records.at(m_nextRead++);
        while (m_nextReadIssue < m_read.issues.size() && m_read.issues.at(m_nextReadIssue).line <= read.line)
            issues << m_read.issues.at(m_nextReadIssue++);
        record = read;
        return true;
    }
    while (m_nextReadIssue < m_read.issues.size())
        issues << m_read.issues.at(m_nextReadIssue++);
    return m_csv && m_csv->next(record, issues);
}

void ImportStream::reportProgress()
{
    if (m_progress && ++m_recordsSeen % kProgressEveryRecords == 0)
        m_progress(ImportText::tr("Reading rows"), m_file.pos(), m_file.size());
}

Result<bool> ImportStream::next(ImportPlan &chunk, int records)
{
    chunk = ImportPlan{};
    RawRecord record;
    QList<ReadIssue> issues;
    bool more = true;
    for (int taken = 0; taken < records && more; ++taken) {
        issues.clear();
        more = nextRecord(record, issues);
        for (const ReadIssue &issue : std::as_const(issues))
            m_interpreter->addReadIssue(issue, chunk);
        if (more) {
            m_interpreter->add(record, chunk);
            reportProgress();
        }
    }
    if (!m_readError.isEmpty())
        return Error{m_path, ImportText::tr("could not be read to the end"), m_readError};
    std::stable_sort(chunk.issues.begin(), chunk.issues.end(),
                     [](const RowIssue &a, const RowIssue &b) { return a.line < b.line; });
    if (!more) {
        const int blankLines = m_csv ? m_csv->blankLines() : m_read.blankLines;
        if (blankLines > 0)
            m_batch.notices << ImportText::tr("%1 blank lines were skipped.").arg(blankLines);
    }
    return more;
}

} // namespace candor
