// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectFile.h"
#include "core/Error.h"

namespace candor {

// Erasure of one person (GDPR Art. 17, CCPA right to delete): every row about the creator goes, with the personal
// details of their audit-log entries and the rejected import rows that mention them, and the file is rewritten
// so that none of their bytes remain (docs/privacy.md). The log keeps a tombstone with a salted hash of each
// handle, never the handle.
class ErasureStore
{
public:
    explicit ErasureStore(const ProjectFile &project) : m_project(project) {}

    struct Report
    {
        qint64 creatorId = 0;
        int accounts = 0;
        int logDetails = 0;     // audit payloads deleted
        int rejectedRows = 0;   // import issues whose row or reason mentioned the person
        int batchesRenamed = 0; // import batches whose file name or notices mentioned the person
    };
    // `reason` must not name the person (it stays in the log); refused when it contains a handle or the name.
    Result<Report> erase(qint64 creatorId, const QString &reason, const QString &by) const;

private:
    const ProjectFile &m_project;
};

} // namespace candor
