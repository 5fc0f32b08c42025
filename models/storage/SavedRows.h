// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectFile.h"
#include "core/Error.h"

#include <QList>
#include <QStringList>
#include <QVariantList>
#include <span>

namespace candor {

// Rows copied out of the project before they are deleted, so that an undo puts them back exactly, ids
// included. Tables are kept in the order they must be inserted again (parents first).
struct SavedRows
{
    struct Table
    {
        QString name;
        QStringList columns;
        QList<QVariantList> rows;
    };
    QList<Table> tables;
};

// A table and the rows of it that belong to one owner: `condition` holds one "?" for the owner's id. Both are
// Candor's own text, never a user's.
struct OwnedTable
{
    const char *name;
    const char *condition;
};

Result<SavedRows> saveRows(const ProjectFile &project, std::span<const OwnedTable> tables, qint64 ownerId);
// Inserts the rows again, in one transaction.
Status restoreRows(const ProjectFile &project, const SavedRows &saved);

} // namespace candor
