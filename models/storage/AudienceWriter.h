// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ImportWriter.h"
#include "ProjectFile.h"
#include "core/Error.h"
#include "import/AudienceImporter.h"

namespace candor {

// Stores an audience import in one transaction: the batch, its estimates and every rejected row. An estimate
// for an account and dimension that already has one is "merged": a newer date adds to the history (the newest
// is used), the same source and date replaces the earlier rows. `issues` gains the rows rejected here.
class AudienceWriter
{
public:
    static Result<ImportCounts> write(const ProjectFile &project, const ImportBatchInfo &info,
                                      const QList<AudienceGroup> &groups, QList<RowIssue> &issues, int recordsRead);
};

} // namespace candor
