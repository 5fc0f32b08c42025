// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ImportPlan.h"
#include "core/Error.h"
#include "domain/Platform.h"

#include <QDate>
#include <QList>
#include <optional>

namespace candor {

struct HistoryReading
{
    int line = 0;
    QString handle;
    std::optional<Platform> platform;
    QDate day;
    qint64 followers = 0;
    QString rawRecord;
};

struct PreparedHistoryImport
{
    ImportBatchInfo batch;
    QList<HistoryReading> readings;
    QList<RowIssue> issues;
    int recordsRead = 0;
};

// Reads follower-count histories: a date and a follower count per row (columns "date"/"day"/"end_time" and
// "followers"/"followers_count"/"follower_count"), with a handle column or --handle for one account's file.
class HistoryImporter
{
public:
    static Result<PreparedHistoryImport> prepare(const QString &path, const QString &handle,
                                                 std::optional<Platform> platform, const QString &importedBy);
};

} // namespace candor
