// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectFile.h"
#include "core/Error.h"
#include "import/AttributeImporter.h"
#include "storage/ImportWriter.h"

namespace candor {

// Self-declared creator attributes, their consents and the record of consents withdrawn.
class AttributeStore
{
public:
    explicit AttributeStore(const ProjectFile &project) : m_project(project) {}

    // One transaction: rows whose account is unknown are rejected; an attribute the creator already has is
    // replaced (merged) with the newer consent. `issues` gains the rows rejected here.
    Result<ImportCounts> importRows(const ImportBatchInfo &info, const QList<AttributeRow> &rows,
                                    QList<RowIssue> &issues, int recordsRead) const;

    // Deletes the creator's attribute (every attribute when `attribute` is empty) and records the withdrawal.
    // Returns how many attributes were deleted.
    Result<int> withdrawConsent(const QString &handle, std::optional<Platform> platform, const QString &attribute,
                                const QString &recordedBy, const QString &reason) const;

private:
    const ProjectFile &m_project;
};

} // namespace candor
