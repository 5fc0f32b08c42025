// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMap>
#include "core/Error.h"

#include <QSqlDatabase>
#include <QStringList>

namespace candor::schema {

// 'CNDR' in ASCII: written to PRAGMA application_id so that `file` and Candor can recognise a project.
constexpr qint32 kApplicationId = 0x434E4452;

// The newest schema this build knows. Migration N turns version N-1 into version N.
int currentVersion();

// Runs migrations from+1 … to, each in its own transaction that also bumps PRAGMA user_version,
// so a crash between steps leaves a file at a well-defined older version.
Status migrate(const QSqlDatabase &db, const QString &file, int from, int to);

// Names of the views and triggers each schema version creates (used to refuse foreign ones on open).
QStringList executableObjectNames(int version);

// What a file of `version` must hold: each table with its columns, and each index, by name (built once per
// version in a database in memory from the migrations themselves, so it can never disagree with them).
struct Shape
{
    QMap<QString, QStringList> tables; // name -> columns in order
    QStringList indexes;
};
Result<Shape> expectedShape(int version);
// The same read from an open database.
Result<Shape> shapeOf(const QSqlDatabase &db, const QString &file);

} // namespace candor::schema
