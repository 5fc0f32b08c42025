// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DataFile.h"

#include "ApiResponse.h"
#include "CsvReader.h"
#include "JsonReader.h"
#include "core/SystemUser.h"
#include "core/TextContexts.h"

#include <QFile>
#include <QFileInfo>

namespace candor {

bool looksLikeJson(const QString &path, const QString &text)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return true;
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt"))
        return false;
    return text.trimmed().startsWith(QLatin1Char('['));
}

Status checkDataFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{path, ImportText::tr("the data file does not exist"), {}};
    if (!info.isFile())
        return Error{path,
                     info.isDir()
                         ? ImportText::tr("is a folder, not a data file")
                         : ImportText::tr("is not a regular file (a device, pipe or socket); export the data "
                                          "to a CSV or JSON file and import that"),
                     {}};
    if (info.size() > kMaxDataFileBytes)
        return Error{
            path,
            ImportText::tr("is %1 MiB, more than an import reads (%2 MiB); split it into smaller files")
                .arg(info.size() >> 20)
                .arg(kMaxDataFileBytes >> 20),
            {}};
    return success();
}

ImportBatchInfo dataFileBatch(const QString &path, const DecodedText &encoding, const QString &kind, const QDate &asOf,
                              const QString &importedBy)
{
    ImportBatchInfo batch;
    batch.kind = kind;
    batch.filePath = QFileInfo(path).absoluteFilePath();
    batch.encoding = encoding.encoding;
    batch.notices = encoding.notices;
    batch.asOf = asOf.isValid() ? asOf : QDate::currentDate();
    batch.importedBy = importedBy.isEmpty() ? systemUserName() : importedBy;
    return batch;
}

Result<OpenedDataFile> openDataFile(const QString &path, TextEncoding encoding, const QString &kind,
                                    const QDate &asOf, const QString &importedBy)
{
    if (auto checked = checkDataFile(path); !checked)
        return checked.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{path, ImportText::tr("cannot read the data file"), file.errorString()};
    // Read no more than the limit even if the file grows while it is read.
    const QByteArray bytes = file.read(kMaxDataFileBytes + 1);
    if (bytes.size() > kMaxDataFileBytes)
        return Error{
            path, ImportText::tr("grew beyond %1 MiB while it was read").arg(kMaxDataFileBytes >> 20), {}};
    OpenedDataFile opened;
    opened.decoded = decodeText(bytes, encoding);
    opened.batch = dataFileBatch(path, opened.decoded, kind, asOf, importedBy);
    return opened;
}

Result<RawTable> readTable(const QString &path, const QString &text, ImportBatchInfo &batch,
                           const StepProgress &progress)
{
    if (looksLikeJson(path, text)) {
        batch.format = QStringLiteral("json");
        return JsonReader::read(text, path);
    }
    QString notice;
    const QChar delimiter = CsvReader::detectDelimiter(text, &notice);
    if (!notice.isEmpty())
        batch.notices << notice;
    batch.format = QStringLiteral("csv");
    batch.delimiter = delimiter == QLatin1Char('\t') ? QStringLiteral("tab") : QString(delimiter);
    return CsvReader::read(text, delimiter, progress);
}

Result<DataTable> readDataFile(const QString &path, const QString &kind, const QString &importedBy)
{
    auto opened = openDataFile(path, TextEncoding::Detect, kind, {}, importedBy);
    if (!opened)
        return opened.error();
    DataTable data;
    data.batch = opened->batch;
    if (auto api = apiResponseTable(opened->decoded.text)) {
        data.table = std::move(*api);
        data.batch.format = QStringLiteral("json");
        data.batch.notices << ImportText::tr(
            "Read as a platform API's response: rows are numbered by item (1 is "
            "the first item), not by line.");
        return data;
    }
    auto read = readTable(path, opened->decoded.text, data.batch);
    if (!read)
        return read.error();
    data.table = std::move(*read);
    return data;
}

QString headerNameKey(const QString &header)
{
    QString key;
    for (const QChar c : header.toLower()) {
        if (c.isLetterOrNumber())
            key += c;
    }
    return key;
}

QList<RowIssue> rejectedRecords(const RawTable &table)
{
    QList<RowIssue> issues;
    for (const ReadIssue &issue : table.issues) {
        if (issue.rejectsRecord)
            issues << RowIssue{issue.line, table.headers.value(issue.column).simplified(), RowIssue::Severity::Rejected,
                               issue.reason, issue.text};
    }
    return issues;
}

} // namespace candor
