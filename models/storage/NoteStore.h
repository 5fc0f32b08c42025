#pragma once

#include "ProjectFile.h"
#include "core/Error.h"

#include <QList>
#include <QString>

namespace candor {

// A note on a candidate in one campaign ("asked for the media kit", "agency says rates go up in May").
struct Note
{
    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 accountId = 0;
    QString body;
    QString writtenBy;
    QString writtenAt; // ISO 8601 UTC
};

class NoteStore
{
public:
    explicit NoteStore(const ProjectFile &project) : m_project(project) {}

    Result<QList<Note>> notes(qint64 campaignId, qint64 accountId) const; // oldest first
    Result<qint64> add(const Note &note) const;                            // refuses an empty note
    Status remove(qint64 noteId) const;                                    // undo

private:
    const ProjectFile &m_project;
};

} // namespace candor
