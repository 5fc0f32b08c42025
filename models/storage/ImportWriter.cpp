#include "ImportWriter.h"

#include "AccountWriter.h"
#include "BulkStatement.h"
#include "ProjectChange.h"
#include "SqlSupport.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace candor {

Result<ImportCounts> ImportWriter::write(const ProjectFile &project, const ImportBatchInfo &info,
                                         const ImportPlan &plan, const ImportProgress &progress)
{
    const auto goOn = [&](qsizetype written) {
        return !progress || progress(static_cast<int>(written), static_cast<int>(plan.rows.size()));
    };
    const sql::ScopedPageCache cache(project.database());
    ProjectChange change(project);
    if (!change.isActive())
        return change.error();
    const QString file = project.path();

    ImportCounts counts;
    counts.rejected = plan.rejectedCount();
    auto batch = addBatch(change, info, plan.recordsRead, counts.rejected);
    if (!batch)
        return batch.error();
    counts.batchId = *batch;

    auto writer = AccountWriter::prepare(project, AccountWriter::Lookup::HandlesInMemory);
    if (!writer)
        return writer.error();
    const QString feeSource = QFileInfo(info.filePath).fileName();
    for (qsizetype i = 0; i < plan.rows.size(); ++i) {
        if (i % kProgressEvery == 0 && !goOn(i))
            return Error{file, QStringLiteral("the import was cancelled; the project is unchanged"), {},
                         ErrorKind::Cancelled};
        const ImportRow &row = plan.rows.at(i);
        auto existing = writer->find(row.platform, row.handle);
        if (!existing)
            return existing.error();
        const QString displayName = row.displayName.isEmpty() ? row.handle : row.displayName;
        qint64 accountId = 0;
        if (*existing) {
            accountId = (*existing)->accountId;
            if (auto renamed =
                    writer->renameCreatorUnlessNewerSnapshot(**existing, displayName, row.metrics.asOf);
                !renamed)
                return renamed.error();
            ++counts.merged;
        } else {
            auto creator = writer->addCreator(displayName);
            if (!creator)
                return creator.error();
            auto account = writer->addAccount(*creator, row.platform, row.handle);
            if (!account)
                return account.error();
            accountId = *account;
            ++counts.imported;
        }
        if (auto added = writer->addSnapshot({accountId, counts.batchId, row.line, row.displayName,
                                              row.metrics, row.topAudienceCountry, row.categories, {}});
            !added)
            return Error{file, QStringLiteral("could not store line %1 (%2)").arg(row.line).arg(row.handle),
                         added.error().detail};
        if (row.fee) {
            if (auto added =
                    writer->setFee(accountId, Fee{*row.fee, row.feeCurrency, feeSource, row.metrics.asOf});
                !added)
                return added.error();
        }
    }

    if (auto closed = closeBatch(change, file, counts, plan.issues); !closed)
        return closed.error();
    if (!goOn(plan.rows.size()))
        return Error{file, QStringLiteral("the import was cancelled; the project is unchanged"), {},
                         ErrorKind::Cancelled};
    if (auto committed = change.commit(); !committed)
        return committed.error();
    return counts;
}

Result<qint64> ImportWriter::addBatch(const ProjectChange &change, const ImportBatchInfo &info, int rowsRead,
                                      int rejected)
{
    auto batch = change.run(
        "INSERT INTO import_batches(file_name, file_path, format, platform, encoding, delimiter,"
        " decimal_separator, column_mapping, notices, as_of, imported_at, imported_by, rows_read,"
        " rejected, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {QFileInfo(info.filePath).fileName(), info.filePath, info.format, info.platform, info.encoding,
         info.delimiter, info.decimalSeparator,
         QString::fromUtf8(QJsonDocument(info.columnMapping).toJson(QJsonDocument::Compact)),
         QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(info.notices)).toJson(QJsonDocument::Compact)),
         info.asOf.toString(Qt::ISODate), QDateTime::currentDateTimeUtc().toString(Qt::ISODate), info.importedBy,
         rowsRead, rejected, info.kind});
    if (!batch)
        return batch.error();
    return batch->lastInsertId().toLongLong();
}

Status ImportWriter::closeBatch(const ProjectChange &change, const QString &file, const ImportCounts &counts,
                                const QList<RowIssue> &issues)
{
    auto insertIssue = change.prepare("INSERT INTO import_issues(batch_id, line, column_name, severity,"
                                      " reason, raw_record) VALUES (?, ?, ?, ?, ?, ?)");
    if (!insertIssue)
        return insertIssue.error();
    for (const RowIssue &issue : issues) {
        if (auto inserted = sql::exec(*insertIssue, file,
                                      {counts.batchId, issue.line, issue.column, severityKey(issue.severity), issue.reason,
                                       issue.rawRecord});
            !inserted)
            return inserted;
    }
    if (auto updated = change.run("UPDATE import_batches SET imported = ?, merged = ? WHERE id = ?",
                                  {counts.imported, counts.merged, counts.batchId});
        !updated)
        return updated.error();
    return success();
}

} // namespace candor
