// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AttributeStore.h"

#include "AccountLookup.h"
#include "AuditStore.h"
#include "ProjectChange.h"
#include "SqlSupport.h"
#include "import/DataFile.h"

#include <QDateTime>
#include <QJsonArray>

namespace candor {

Result<ImportCounts> AttributeStore::importRows(const ImportBatchInfo &info, const QList<AttributeRow> &rows,
                                                QList<RowIssue> &issues, int recordsRead) const
{
    ProjectChange change(m_project, ProjectChange::Reach::Other); // attributes are for audits only
    if (!change.isActive())
        return change.error();
    const QString file = m_project.path();
    const auto accountsOfRows = AccountLookup::resolveIn(m_project, rows, issues);
    if (!accountsOfRows)
        return accountsOfRows.error();
    const auto &resolved = *accountsOfRows;
    ImportCounts counts;
    counts.rejected = static_cast<int>(rejectedLines(issues).size());
    auto batch = ImportWriter::addBatch(change, info, recordsRead, counts.rejected);
    if (!batch)
        return batch.error();
    counts.batchId = *batch;
    for (const auto &[row, account] : resolved) {
        const qint64 creatorId = account.creatorId;
        auto existing = change.run("DELETE FROM creator_attributes WHERE creator_id = ? AND attribute = ?",
                                   {creatorId, row->attribute.attribute});
        if (!existing)
            return existing.error();
        ++(existing->numRowsAffected() > 0 ? counts.merged : counts.imported);
        const ConsentRecord &consent = row->attribute.consent;
        if (auto done = change.run("INSERT INTO creator_attributes(creator_id, attribute, value, consent_given_on,"
                                   " consent_purpose, consent_recorded_by, consent_evidence, consent_expires_on)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                   {creatorId, row->attribute.attribute, row->attribute.value,
                                    consent.givenOn.toString(Qt::ISODate), consent.purpose, consent.recordedBy,
                                    row->evidence, consent.expiresOn.toString(Qt::ISODate)});
            !done)
            return done.error();
    }
    if (auto closed = ImportWriter::closeBatch(change, file, counts, issues); !closed)
        return closed.error();
    if (auto committed = change.commit(); !committed)
        return committed.error();
    return counts;
}

Result<int> AttributeStore::withdrawConsent(const QString &handle, std::optional<Platform> platform,
                                            const QString &attribute, const QString &recordedBy,
                                            const QString &reason) const
{
    auto lookup = AccountLookup::prepare(m_project);
    if (!lookup)
        return lookup.error();
    auto account = lookup->find(handle, platform);
    if (!account)
        return account.error();
    ProjectChange change(m_project, ProjectChange::Reach::Other); // attributes are for audits only
    if (!change.isActive())
        return change.error();
    auto names = change.run("SELECT attribute FROM creator_attributes WHERE creator_id = ? AND (? = '' OR attribute = ?)"
                            " ORDER BY attribute",
                            {account->creatorId, attribute.toLower(), attribute.toLower()});
    if (!names)
        return names.error();
    QStringList withdrawn;
    while (names->next())
        withdrawn << names->value(0).toString();
    names->finish();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const QString &name : std::as_const(withdrawn)) {
        if (auto done = change.run("DELETE FROM creator_attributes WHERE creator_id = ? AND attribute = ?",
                                   {account->creatorId, name});
            !done)
            return done.error();
        if (auto done = change.run("INSERT INTO consent_withdrawals(creator_id, attribute, withdrawn_on, recorded_by,"
                                   " reason) VALUES (?, ?, ?, ?, ?)",
                                   {account->creatorId, name, now, recordedBy, reason});
            !done)
            return done.error();
    }
    if (auto logged = AuditStore::append(change, {recordedBy, QStringLiteral("consent_withdrawn"),
                                                  QStringLiteral("creator:%1").arg(account->creatorId),
                                                  QJsonObject{{QStringLiteral("attributes"),
                                                               QJsonArray::fromStringList(withdrawn)}},
                                                  QJsonObject{{QStringLiteral("reason"), reason}}, account->creatorId});
        !logged)
        return logged.error();
    if (auto committed = change.commit(); !committed)
        return committed.error();
    return static_cast<int>(withdrawn.size());
}

} // namespace candor
