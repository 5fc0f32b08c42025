#include "ImportWriter.h"

#include "SqlSupport.h"
#include "Transaction.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlError>
#include <QJsonArray>
#include <QJsonDocument>

namespace candor {
namespace {

QString compactJson(const QJsonValue &value)
{
    return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

class Statements
{
public:
    static Result<Statements> prepare(const ProjectFile &project)
    {
        Statements s(project.database());
        const std::pair<QSqlQuery *, const char *> all[] = {
            {&s.findAccount, "SELECT id, creator_id FROM accounts WHERE platform = ? AND handle = ?"},
            {&s.insertCreator, "INSERT INTO creators(display_name, created_at) VALUES (?, ?)"},
            {&s.insertAccount, "INSERT INTO accounts(creator_id, platform, handle) VALUES (?, ?, ?)"},
            {&s.insertSnapshot,
             "INSERT INTO metric_snapshots(account_id, batch_id, source_line, as_of, display_name, followers,"
             " following, posts, avg_likes, avg_comments, avg_views, avg_engagement, authentic_engagement,"
             " engagement_rate, top_audience_country) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
            {&s.insertCategory, "INSERT INTO snapshot_categories(snapshot_id, position, category) VALUES (?, ?, ?)"},
            // The newest snapshot wins: a creator's name follows it, an older snapshot only adds history.
            {&s.renameCreator,
             "UPDATE creators SET display_name = ? WHERE id = ? AND NOT EXISTS (SELECT 1 FROM metric_snapshots"
             " WHERE account_id = ? AND as_of > ?)"},
            {&s.insertIssue, "INSERT INTO import_issues(batch_id, line, column_name, severity, reason, raw_record)"
                             " VALUES (?, ?, ?, ?, ?, ?)"},
        };
        for (const auto &[query, text] : all) {
            if (!query->prepare(QString::fromLatin1(text)))
                return Error{project.path(), QStringLiteral("could not prepare a database statement"),
                             query->lastError().text()};
        }
        return s;
    }

    explicit Statements(const QSqlDatabase &db)
        : findAccount(db), insertCreator(db), insertAccount(db), insertSnapshot(db), insertCategory(db),
          renameCreator(db), insertIssue(db)
    {
    }

    QSqlQuery findAccount, insertCreator, insertAccount, insertSnapshot, insertCategory, renameCreator, insertIssue;
};

} // namespace

Result<ImportCounts> ImportWriter::write(const ProjectFile &project, const ImportBatchInfo &info,
                                         const ImportPlan &plan)
{
    if (auto writable = project.ensureWritable(); !writable)
        return writable.error();
    const QSqlDatabase db = project.database();
    const QString file = project.path();
    Transaction transaction(db, file);
    if (!transaction.isActive())
        return transaction.error();

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    ImportCounts counts;
    counts.rejected = plan.rejectedCount();
    auto batch = sql::run(
        db, file,
        QStringLiteral("INSERT INTO import_batches(file_name, file_path, format, platform, encoding, delimiter,"
                       " decimal_separator, column_mapping, notices, as_of, imported_at, imported_by, rows_read,"
                       " rejected) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {QFileInfo(info.filePath).fileName(), info.filePath, info.format, info.platform, info.encoding,
         info.delimiter, info.decimalSeparator, compactJson(info.columnMapping),
         compactJson(QJsonArray::fromStringList(info.notices)), info.asOf.toString(Qt::ISODate), now,
         info.importedBy, plan.recordsRead, counts.rejected});
    if (!batch)
        return batch.error();
    counts.batchId = batch->lastInsertId().toLongLong();

    auto statements = Statements::prepare(project);
    if (!statements)
        return statements.error();
    Statements &s = *statements;

    for (const ImportRow &row : plan.rows) {
        const QString platform = platformId(row.platform);
        if (auto found = sql::exec(s.findAccount, file, {platform, row.handle}); !found)
            return found.error();
        qint64 accountId = 0;
        qint64 creatorId = 0;
        const QString displayName = row.displayName.isEmpty() ? row.handle : row.displayName;
        if (s.findAccount.next()) {
            accountId = s.findAccount.value(0).toLongLong();
            creatorId = s.findAccount.value(1).toLongLong();
            s.findAccount.finish();
            if (auto renamed = sql::exec(s.renameCreator, file,
                                         {displayName, creatorId, accountId, row.metrics.asOf.toString(Qt::ISODate)});
                !renamed)
                return renamed.error();
            ++counts.merged;
        } else {
            s.findAccount.finish();
            if (auto created = sql::exec(s.insertCreator, file, {displayName, now}); !created)
                return created.error();
            creatorId = s.insertCreator.lastInsertId().toLongLong();
            if (auto created = sql::exec(s.insertAccount, file, {creatorId, platform, row.handle}); !created)
                return created.error();
            accountId = s.insertAccount.lastInsertId().toLongLong();
            ++counts.imported;
        }

        const AccountMetrics &m = row.metrics;
        if (auto inserted = sql::exec(s.insertSnapshot, file,
                                      {accountId, counts.batchId, row.line, m.asOf.toString(Qt::ISODate),
                                       row.displayName, sql::nullable(m.followers), sql::nullable(m.following),
                                       sql::nullable(m.posts), sql::nullable(m.averageLikes),
                                       sql::nullable(m.averageComments), sql::nullable(m.averageViews),
                                       sql::nullable(m.averageEngagement), sql::nullable(m.authenticEngagement),
                                       sql::nullable(m.engagementRate), row.topAudienceCountry});
            !inserted)
            return Error{file, QStringLiteral("could not store line %1 (%2)").arg(row.line).arg(row.handle),
                         inserted.error().detail};
        const qint64 snapshotId = s.insertSnapshot.lastInsertId().toLongLong();
        for (qsizetype i = 0; i < row.categories.size(); ++i) {
            if (auto inserted = sql::exec(s.insertCategory, file, {snapshotId, i + 1, row.categories.at(i)}); !inserted)
                return inserted.error();
        }
    }

    for (const RowIssue &issue : plan.issues) {
        const QString severity =
            issue.severity == RowIssue::Severity::Rejected ? QStringLiteral("rejected") : QStringLiteral("warning");
        if (auto inserted = sql::exec(s.insertIssue, file,
                                      {counts.batchId, issue.line, issue.column, severity, issue.reason,
                                       issue.rawRecord});
            !inserted)
            return inserted.error();
    }

    if (auto updated = sql::run(db, file, QStringLiteral("UPDATE import_batches SET imported = ?, merged = ? WHERE id = ?"),
                                {counts.imported, counts.merged, counts.batchId});
        !updated)
        return updated.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return counts;
}

} // namespace candor
