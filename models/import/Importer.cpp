// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Importer.h"

#include "ImportStream.h"

namespace candor {

Result<PreparedImport> Importer::prepare(const QString &path, const ImportOptions &options, Keep keep)
{
    auto stream = ImportStream::open(path, options);
    if (!stream)
        return stream.error();
    ImportStream &read = **stream;
    PreparedImport prepared;
    ImportPlan chunk;
    for (bool more = true; more;) {
        auto next = read.next(chunk, kChunkRecords);
        if (!next)
            return next.error();
        more = *next;
        prepared.rowsAccepted += static_cast<int>(chunk.rows.size());
        if (keep == Keep::Rows)
            prepared.plan.rows << std::move(chunk.rows);
        prepared.plan.issues << std::move(chunk.issues);
        prepared.plan.recordsRead += chunk.recordsRead;
    }
    PreparedImport described = read.described(options); // the batch is complete once the file is read
    described.plan = std::move(prepared.plan);
    described.rowsAccepted = prepared.rowsAccepted;
    return described;
}

} // namespace candor
