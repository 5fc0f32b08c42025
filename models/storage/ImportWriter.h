#pragma once

#include "ProjectChange.h"
#include "ProjectFile.h"
#include "core/Error.h"
#include "import/ImportPlan.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>
#include <functional>

namespace candor {

// What is recorded about an import besides its rows: enough to tell later where data came from and how
// the file was read.
struct ImportBatchInfo
{
    QString filePath;
    QString format; // "csv" or "json"
    QString platform;
    QString encoding;
    QString delimiter;
    QString decimalSeparator;
    QJsonObject columnMapping;
    QStringList notices;
    QDate asOf;
    QString importedBy;
    QString kind = QStringLiteral("creators"); // creators, audience or attributes
};

struct ImportCounts
{
    qint64 batchId = 0;
    int imported = 0; // new accounts
    int merged = 0;   // new snapshots of accounts already in the project
    int rejected = 0;
};

// Told how many rows are written so far; returning false cancels the import.
using ImportProgress = std::function<bool(int written, int total)>;

// Writes a whole import in one transaction: the batch, its rows and its rejected rows land together or
// not at all. A cancelled import rolls back and leaves the project as it was.
class ImportWriter
{
public:
    static Result<ImportCounts> write(const ProjectFile &project, const ImportBatchInfo &info,
                                      const ImportPlan &plan, const ImportProgress &progress = {});
    static constexpr int kProgressEvery = 250; // rows between two progress reports

    // The parts every kind of import shares, inside the caller's ProjectChange: the batch row first, and at
    // the end its issues and final counts.
    static Result<qint64> addBatch(const ProjectChange &change, const ImportBatchInfo &info, int rowsRead,
                                   int rejected);
    static Status closeBatch(const ProjectChange &change, const QString &file, const ImportCounts &counts,
                             const QList<RowIssue> &issues);
};

} // namespace candor
