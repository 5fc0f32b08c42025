// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SavedRows.h"

#include "ProjectChange.h"
#include "SqlSupport.h"

#include <QSqlRecord>

namespace candor {

Result<SavedRows> saveRows(const ProjectFile &project, std::span<const OwnedTable> tables, qint64 ownerId)
{
    SavedRows saved;
    for (const OwnedTable &table : tables) {
        auto query = sql::run(project.database(), project.path(),
                              QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY rowid")
                                  .arg(QLatin1String(table.name), QLatin1String(table.condition)),
                              {ownerId});
        if (!query)
            return query.error();
        SavedRows::Table rows{QString::fromLatin1(table.name), {}, {}};
        const QSqlRecord record = query->record();
        for (int i = 0; i < record.count(); ++i)
            rows.columns << record.fieldName(i);
        while (query->next()) {
            QVariantList values;
            // An invalid QVariant binds as NULL again; a null QString would bind as ''.
            for (int i = 0; i < record.count(); ++i)
                values << (query->value(i).isNull() ? QVariant() : query->value(i));
            rows.rows << values;
        }
        saved.tables << rows;
    }
    return saved;
}

Status restoreRows(const ProjectFile &project, const SavedRows &saved)
{
    ProjectChange change(project);
    if (!change.isActive())
        return change.error();
    for (const SavedRows::Table &table : saved.tables) {
        if (table.rows.isEmpty())
            continue;
        // Table and column names come from saveRows(), which read them from our own schema.
        const QString statement =
            QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                .arg(table.name, table.columns.join(QStringLiteral(", ")),
                     QStringList(table.columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
        auto insert = sql::prepare(project.database(), project.path(), statement);
        if (!insert)
            return insert.error();
        for (const QVariantList &row : table.rows) {
            if (auto done = sql::exec(*insert, project.path(), row); !done)
                return done;
        }
    }
    return change.commit();
}

} // namespace candor
