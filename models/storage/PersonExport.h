// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectFile.h"
#include "core/Error.h"

#include <QJsonObject>

namespace candor {

// Everything a project holds about one person, with sources and dates (GDPR Art. 15, CCPA right to know): every
// row of the creator's tables, the audit-log entries about them with their personal details, and the rows
// imports rejected that mention them. The same tables erasure deletes (CreatorStore::personalTables()).
class PersonExport
{
public:
    explicit PersonExport(const ProjectFile &project) : m_project(project) {}
    Result<QJsonObject> of(qint64 creatorId) const;

private:
    const ProjectFile &m_project;
};

} // namespace candor
