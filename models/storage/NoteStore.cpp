// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NoteStore.h"

#include "AuditStore.h"
#include "ProjectChange.h"
#include "SqlSupport.h"
#include "core/TextContexts.h"

#include <QDateTime>

namespace candor {

Result<QList<Note>> NoteStore::notes(qint64 campaignId, qint64 accountId) const
{
    auto query = sql::run(m_project.database(), m_project.path(),
                          QStringLiteral("SELECT id, body, written_by, written_at FROM candidate_notes"
                                         " WHERE campaign_id = ? AND account_id = ? ORDER BY id"),
                          {campaignId, accountId});
    if (!query)
        return query.error();
    const sql::Columns queryColumns(*query);
    QList<Note> notes;
    while (query->next())
        notes << Note{query->value(queryColumns["id"]).toLongLong(),
                      campaignId,
                      accountId,
                      query->value(queryColumns["body"]).toString(),
                      query->value(queryColumns["written_by"]).toString(),
                      query->value(queryColumns["written_at"]).toString()};
    return notes;
}

Result<qint64> NoteStore::add(const Note &note) const
{
    if (note.body.trimmed().isEmpty())
        return Error{m_project.path(), StorageText::tr("an empty note is not saved"), {}};
    ProjectChange change(m_project, ProjectChange::Reach::Other);
    if (!change.isActive())
        return change.error();
    auto added = change.run(
        "INSERT INTO candidate_notes(campaign_id, account_id, body, written_by, written_at) VALUES (?, ?, ?, ?, ?)",
        {note.campaignId, note.accountId, note.body.trimmed(), note.writtenBy,
         note.writtenAt.isEmpty() ? QDateTime::currentDateTimeUtc().toString(Qt::ISODate) : note.writtenAt});
    if (!added)
        return added.error();
    const qint64 id = added->lastInsertId().toLongLong();
    auto creator = AuditStore::creatorOfAccount(change, note.accountId);
    if (!creator)
        return creator.error();
    // A note may say anything about a person: its text is a personal value.
    if (auto logged = AuditStore::append(change, {note.writtenBy, QStringLiteral("note"),
                                                  QStringLiteral("account:%1").arg(note.accountId),
                                                  QJsonObject{{QStringLiteral("note_id"), id},
                                                              {QStringLiteral("campaign"), note.campaignId}},
                                                  QJsonObject{{QStringLiteral("text"), note.body.trimmed()}}, *creator});
        !logged)
        return logged.error();
    if (auto committed = change.commit(); !committed)
        return committed.error();
    return id;
}

Status NoteStore::remove(qint64 noteId, const QString &by) const
{
    ProjectChange change(m_project, ProjectChange::Reach::Other);
    if (!change.isActive())
        return change.error();
    if (auto removed = change.run("DELETE FROM candidate_notes WHERE id = ?", {noteId}); !removed)
        return removed.error();
    if (auto logged = AuditStore::append(change, {by, QStringLiteral("note_undone"), QStringLiteral("note:%1").arg(noteId),
                                                  {}, {}, {}});
        !logged)
        return logged.error();
    return change.commit();
}

} // namespace candor
