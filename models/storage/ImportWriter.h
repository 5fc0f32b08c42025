#pragma once

#include "ProjectChange.h"
#include "ProjectFile.h"
#include "core/Error.h"
#include "import/ImportPlan.h"


namespace candor {

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
