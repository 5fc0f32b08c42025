#include "DataFile.h"

#include "CsvReader.h"
#include "JsonReader.h"
#include "core/SystemUser.h"

#include <QFile>
#include <QFileInfo>

namespace candor {
namespace {

bool looksLikeJson(const QString &path, const QString &text)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return true;
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt"))
        return false;
    return text.trimmed().startsWith(QLatin1Char('['));
}

} // namespace

Result<OpenedDataFile> openDataFile(const QString &path, TextEncoding encoding, const QString &kind,
                                    const QDate &asOf, const QString &importedBy)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{path, QStringLiteral("cannot read the data file"), file.errorString()};
    OpenedDataFile opened;
    opened.decoded = decodeText(file.readAll(), encoding);
    ImportBatchInfo &batch = opened.batch;
    batch.kind = kind;
    batch.filePath = QFileInfo(path).absoluteFilePath();
    batch.encoding = opened.decoded.encoding;
    batch.notices = opened.decoded.notices;
    batch.asOf = asOf.isValid() ? asOf : QDate::currentDate();
    batch.importedBy = importedBy.isEmpty() ? systemUserName() : importedBy;
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
