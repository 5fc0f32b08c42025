// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectFile.h"
#include "core/Error.h"
#include "import/HistoryImporter.h"

#include <QDate>
#include <QList>

namespace candor {

// Follower counts by day, per account: the history the growth-jump signal reads.
class HistoryStore
{
public:
    explicit HistoryStore(const ProjectFile &project) : m_project(project) {}

    // In one transaction with its batch; a reading of an account not in the project is rejected (added to
    // `prepared.issues`), a day already there is replaced ("merged").
    Result<ImportCounts> importHistory(PreparedHistoryImport &prepared) const;

private:
    const ProjectFile &m_project;
};

} // namespace candor
