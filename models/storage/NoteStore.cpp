#include "NoteStore.h"

#include "ProjectChange.h"
#include "SqlSupport.h"

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
        return Error{m_project.path(), QStringLiteral("an empty note is not saved"), {}};
    return ProjectChange::insertOne(
        m_project,
        "INSERT INTO candidate_notes(campaign_id, account_id, body, written_by, written_at) VALUES (?, ?, ?, "
        "?, ?)",
        {note.campaignId, note.accountId, note.body.trimmed(), note.writtenBy,
         note.writtenAt.isEmpty() ? QDateTime::currentDateTimeUtc().toString(Qt::ISODate) : note.writtenAt},
        ProjectChange::Reach::Other);
}

Status NoteStore::remove(qint64 noteId) const
{
    return ProjectChange::runOne(m_project, "DELETE FROM candidate_notes WHERE id = ?", {noteId}, ProjectChange::Reach::Other);
}

} // namespace candor
