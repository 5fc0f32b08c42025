// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AudienceWriter.h"

#include "AccountLookup.h"
#include "ProjectChange.h"
#include "SqlSupport.h"
#include "core/TextContexts.h"
#include "import/DataFile.h"

#include <QSet>

namespace candor {

Result<ImportCounts> AudienceWriter::write(const ProjectFile &project, const ImportBatchInfo &info,
                                           const QList<AudienceGroup> &groups, QList<RowIssue> &issues,
                                           int recordsRead)
{
    ProjectChange change(project);
    if (!change.isActive())
        return change.error();
    const QString file = project.path();
    auto lookup = AccountLookup::prepare(project);
    if (!lookup)
        return lookup.error();

    // Resolve every account first: a row whose account is unknown is rejected, not stored.
    QList<std::pair<const AudienceGroup *, qint64>> resolved;
    QSet<int> unknownAccountLines; // a row feeding several dimensions is reported once
    for (const AudienceGroup &g : groups) {
        auto account = lookup->find(g.handle, g.platformGiven ? std::optional<Platform>(g.platform) : std::nullopt);
        if (!account) {
            for (int line : g.lines) {
                if (!unknownAccountLines.contains(line))
                    issues << RowIssue{line, QStringLiteral("handle"), RowIssue::Severity::Rejected,
                                       account.error().message, g.rawRecord};
                unknownAccountLines.insert(line);
            }
            continue;
        }
        resolved << std::pair{&g, account->accountId};
    }
    std::stable_sort(issues.begin(), issues.end(), [](const RowIssue &a, const RowIssue &b) { return a.line < b.line; });
    const QSet<int> rejected = rejectedLines(issues);

    ImportCounts counts;
    counts.rejected = static_cast<int>(rejected.size());
    auto batch = ImportWriter::addBatch(change, info, recordsRead, counts.rejected);
    if (!batch)
        return batch.error();
    counts.batchId = *batch;

    auto existing = change.prepare("SELECT count(*) FROM audience_shares WHERE account_id = ? AND dimension = ?");
    auto replace = change.prepare("DELETE FROM audience_shares WHERE account_id = ? AND dimension = ? AND source = ?"
                                  " AND as_of = ?");
    auto insert = change.prepare("INSERT INTO audience_shares(account_id, dimension, category, share, source,"
                                 " confidence, as_of, provenance, raw_label, is_partial, batch_id)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (auto *q : {&existing, &replace, &insert}) {
        if (!*q)
            return q->error();
    }
    QSet<int> importedLines;
    QSet<int> mergedLines;
    for (const auto &[g, accountId] : std::as_const(resolved)) {
        const QString dimension = dimensionId(g->dimension);
        const QString asOf = g->asOf.toString(Qt::ISODate);
        if (auto done = sql::exec(*existing, file, {accountId, dimension}); !done)
            return done.error();
        existing->next();
        const bool merged = existing->value(0).toInt() > 0;
        existing->finish();
        if (auto done = sql::exec(*replace, file, {accountId, dimension, g->source, asOf}); !done)
            return done.error();
        for (const AudienceGroup::Share &s : g->shares) {
            if (auto done = sql::exec(*insert, file,
                                      {accountId, dimension, s.category, std::clamp(s.share, 0.0, 1.0), g->source,
                                       std::clamp(g->confidence, 0.0, 1.0), asOf, provenanceKey(g->provenance),
                                       s.rawLabel, g->partial ? 1 : 0, counts.batchId});
                !done)
                return Error{
                    file, StorageText::tr("could not store the %1 audience of @%2").arg(dimension, g->handle),
                    done.error().detail};
        }
        for (int line : g->lines) {
            if (rejected.contains(line))
                continue;
            (merged ? mergedLines : importedLines).insert(line);
        }
    }
    // A row that adds to several dimensions counts once, as merged if any of them was.
    importedLines.subtract(mergedLines);
    counts.imported = static_cast<int>(importedLines.size());
    counts.merged = static_cast<int>(mergedLines.size());
    if (auto closed = ImportWriter::closeBatch(change, file, counts, issues); !closed)
        return closed.error();
    if (auto committed = change.commit(); !committed)
        return committed.error();
    return counts;
}

} // namespace candor
