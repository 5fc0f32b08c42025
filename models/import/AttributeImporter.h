// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ImportPlan.h"
#include "core/Error.h"
#include "domain/Creator.h"

#include <optional>

namespace candor {

// A self-declared creator attribute with its consent, as a row of an attribute file:
// handle, platform, attribute, value, consent_date, purpose, evidence.
struct AttributeRow
{
    int line = 0;
    QString handle;
    std::optional<Platform> platform;
    CreatorAttribute attribute;
    QString evidence;
    QString rawRecord;
};

struct PreparedAttributeImport
{
    ImportBatchInfo batch;
    QList<AttributeRow> rows;
    QList<RowIssue> issues;
    int recordsRead = 0;
};

// Self-declared attributes are for fairness audits only and exist only with consent: a row without a consent
// date and purpose is rejected and not stored, with the reason.
class AttributeImporter
{
public:
    static Result<PreparedAttributeImport> prepare(const QString &path, const QString &importedBy);
};

} // namespace candor
