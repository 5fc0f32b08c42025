// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportWriter.h"

#include "AccountWriter.h"
#include "AuditStore.h"
#include "BulkStatement.h"
#include "ProjectChange.h"
#include "SqlSupport.h"
#include "core/TextContexts.h"
#include "import/ImportStream.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace candor {
namespace {

QString noticesJson(const QStringList &notices)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(notices)).toJson(QJsonDocument::Compact));
}

} // namespace

Result<ImportCounts> ImportWriter::write(const ProjectFile &project, ImportStream &stream, ImportPlan &read,
                                         const ImportProgress &progress, int expectedRows)
{
    const QString file = project.path();
    int written = 0;
    const auto goOn = [&] { return !progress || progress(written, std::max(expectedRows, written)); };
    const auto cancelled = [&] {
        return Error{file,
                     StorageText::tr("the import was cancelled; the project is unchanged"),
                     {},
                     ErrorKind::Cancelled};
    };
    const sql::ScopedPageCache cache(project.database());
    ProjectChange change(project);
    if (!change.isActive())
        return change.error();

    ImportCounts counts;
    auto batch = addBatch(change, stream.batch(), 0, 0); // counts and late notices are settled at the end
    if (!batch)
        return batch.error();
    counts.batchId = *batch;

    auto writer = AccountWriter::prepare(project, AccountWriter::Lookup::HandlesInMemory);
    if (!writer)
        return writer.error();
    const QString feeSource = QFileInfo(stream.batch().filePath).fileName();
    ImportPlan chunk;
    for (bool more = true; more;) {
        auto next = stream.next(chunk, Importer::kChunkRecords);
        if (!next)
            return next.error();
        more = *next;
        for (const ImportRow &row : std::as_const(chunk.rows)) {
            if (written % kProgressEvery == 0 && !goOn())
                return cancelled();
            if (auto stored = writeRow(*writer, row, counts, feeSource); !stored) {
                Error error = stored.error();
                error.message = StorageText::tr("could not store line %1 (%2): %3")
                                    .arg(row.line)
                                    .arg(row.handle, error.message);
                return error;
            }
            ++written;
        }
        if (auto added = addIssues(change, file, counts.batchId, chunk.issues); !added)
            return added.error();
        read.issues << std::move(chunk.issues);
        read.recordsRead += chunk.recordsRead;
    }
    counts.rejected = read.rejectedCount();
    const ImportBatchInfo &info = stream.batch();
    if (auto recorded = recordPrivacy(change, info, counts.batchId); !recorded)
        return recorded.error();
    if (auto settled = change.run(
            "UPDATE import_batches SET rows_read = ?, rejected = ?, imported = ?, merged = ?, notices = ?"
            " WHERE id = ?",
            {read.recordsRead, counts.rejected, counts.imported, counts.merged, noticesJson(info.notices),
             counts.batchId});
        !settled)
        return settled.error();
    if (auto logged = logBatch(change, counts, &info); !logged)
        return logged.error();
    if (!goOn())
        return cancelled();
    if (auto committed = change.commit(); !committed)
        return committed.error();
    return counts;
}

Status ImportWriter::writeRow(AccountWriter &writer, const ImportRow &row, ImportCounts &counts,
                              const QString &feeSource)
{
    auto existing = writer.find(row.platform, row.handle);
    if (!existing)
        return existing.error();
    const QString displayName = row.displayName.isEmpty() ? row.handle : row.displayName;
    qint64 accountId = 0;
    if (*existing) {
        accountId = (*existing)->accountId;
        if (auto renamed = writer.renameCreatorUnlessNewerSnapshot(**existing, displayName, row.metrics.asOf);
            !renamed)
            return renamed.error();
        ++counts.merged;
    } else {
        auto creator = writer.addCreator(displayName);
        if (!creator)
            return creator.error();
        auto account = writer.addAccount(*creator, row.platform, row.handle);
        if (!account)
            return account.error();
        accountId = *account;
        ++counts.imported;
    }
    if (auto added = writer.addSnapshot({accountId, counts.batchId, row.line, row.displayName, row.metrics,
                                         row.topAudienceCountry, row.categories, {}});
        !added)
        return added.error();
    if (row.fee)
        return writer.setFee(accountId, Fee{*row.fee, row.feeCurrency, feeSource, row.metrics.asOf});
    return success();
}

Status ImportWriter::recordPrivacy(const ProjectChange &change, const ImportBatchInfo &info, qint64 batchId)
{
    if (info.lawfulBasis.isEmpty() && !info.informedOn.isValid())
        return success();
    // Only where nothing is recorded yet: a basis or notice recorded for a creator is theirs, not the file's.
    auto done = change.run("UPDATE creators SET"
                           " lawful_basis = CASE WHEN lawful_basis = '' THEN ? ELSE lawful_basis END,"
                           " informed_on = CASE WHEN informed_on = '' THEN ? ELSE informed_on END"
                           " WHERE id IN (SELECT a.creator_id FROM metric_snapshots s JOIN accounts a"
                           " ON a.id = s.account_id WHERE s.batch_id = ?)",
                           {info.lawfulBasis, info.informedOn.toString(Qt::ISODate), batchId});
    if (!done)
        return done.error();
    return success();
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
         noticesJson(info.notices),
         info.asOf.toString(Qt::ISODate), QDateTime::currentDateTimeUtc().toString(Qt::ISODate), info.importedBy,
         rowsRead, rejected, info.kind});
    if (!batch)
        return batch.error();
    return batch->lastInsertId().toLongLong();
}

Status ImportWriter::closeBatch(const ProjectChange &change, const QString &file, const ImportCounts &counts,
                                const QList<RowIssue> &issues)
{
    if (auto added = addIssues(change, file, counts.batchId, issues); !added)
        return added;
    if (auto updated = change.run("UPDATE import_batches SET imported = ?, merged = ? WHERE id = ?",
                                  {counts.imported, counts.merged, counts.batchId});
        !updated)
        return updated.error();
    return logBatch(change, counts);
}

Status ImportWriter::logBatch(const ProjectChange &change, const ImportCounts &counts, const ImportBatchInfo *info)
{
    auto batch = change.run("SELECT kind, format, file_name, imported_by, rows_read FROM import_batches WHERE id = ?",
                            {counts.batchId});
    if (!batch)
        return batch.error();
    if (!batch->next())
        return success();
    AuditEvent event;
    event.user = batch->value(3).toString();
    event.action = QStringLiteral("import");
    event.target = QStringLiteral("batch:%1").arg(counts.batchId);
    event.details = QJsonObject{{QStringLiteral("kind"), batch->value(0).toString()},
                                {QStringLiteral("format"), batch->value(1).toString()},
                                {QStringLiteral("rows_read"), batch->value(4).toInt()},
                                {QStringLiteral("imported"), counts.imported},
                                {QStringLiteral("merged"), counts.merged},
                                {QStringLiteral("rejected"), counts.rejected}};
    if (info && !info->lawfulBasis.isEmpty())
        event.details.insert(QStringLiteral("lawful_basis"), info->lawfulBasis);
    if (info && info->informedOn.isValid())
        event.details.insert(QStringLiteral("informed_on"), info->informedOn.toString(Qt::ISODate));
    // A file name may name a person ("zendaya-posts.csv"): it goes with the personal values.
    event.payload = QJsonObject{{QStringLiteral("file_name"), batch->value(2).toString()}};
    batch->finish();
    return AuditStore::append(change, event);
}

Status ImportWriter::addIssues(const ProjectChange &change, const QString &file, qint64 batchId,
                               const QList<RowIssue> &issues)
{
    if (issues.isEmpty())
        return success();
    auto insertIssue = change.prepare("INSERT INTO import_issues(batch_id, line, column_name, severity,"
                                      " reason, raw_record) VALUES (?, ?, ?, ?, ?, ?)");
    if (!insertIssue)
        return insertIssue.error();
    for (const RowIssue &issue : issues) {
        if (auto inserted = sql::exec(*insertIssue, file,
                                      {batchId, issue.line, issue.column, severityKey(issue.severity), issue.reason,
                                       issue.rawRecord});
            !inserted)
            return inserted;
    }
    return success();
}

} // namespace candor
