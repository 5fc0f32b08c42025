// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectFile.h"
#include "core/Error.h"
#include "domain/Note.h"

#include <QList>
#include <QString>

namespace candor {

class NoteStore
{
public:
    explicit NoteStore(const ProjectFile &project) : m_project(project) {}

    Result<QList<Note>> notes(qint64 campaignId, qint64 accountId) const; // oldest first
    Result<qint64> add(const Note &note) const;                            // refuses an empty note
    Status remove(qint64 noteId, const QString &by) const;                 // undo, by `by`

private:
    const ProjectFile &m_project;
};

} // namespace candor
