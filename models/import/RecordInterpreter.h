// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ColumnMapping.h"
#include "ImportPlan.h"
#include "RawTable.h"
#include "ValueParser.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <optional>

namespace candor {

struct InterpretOptions
{
    std::optional<Platform> platform; // for files without a platform column
    NumberFormat numbers;
    QDate asOf;       // snapshot date for rows without an as_of column
    QString currency; // for fees without a currency column
};

// Turns raw records into import rows through the column mapping. A row is rejected, with its column and
// reason, when a value cannot be read or when the same handle already appeared earlier in the file;
// spreadsheet errors such as #VALUE! leave the figure empty and are kept as warnings.
// Records come one at a time, so a file of any length is checked in bounded pieces; what is kept of the rows
// already accepted is what the duplicate check needs (a few dozen bytes per handle).
class RecordInterpreter
{
public:
    RecordInterpreter(QStringList headers, ColumnMapping mapping, InterpretOptions options);

    // A problem the reader found, in the plan's terms: a rejected record still counts as read.
    void addReadIssue(const ReadIssue &issue, ImportPlan &plan) const;
    // Checks one record: its row, or the issues that reject it, go into `plan`.
    void add(const RawRecord &record, ImportPlan &plan);

private:
    struct Seen
    {
        size_t dataHash = 0; // of the row's data, to tell an exact repeat from a conflicting one
        int line = 0;
        quint32 keyAt = 0; // where the key is written in m_keys (a data file is at most 1 GiB)
    };
    // The row that first used this platform and handle, if any.
    std::optional<Seen> seen(const QString &key, size_t fingerprint) const;
    void remember(const QString &key, size_t fingerprint, Seen row);

    QStringList m_headers;
    ColumnMapping m_mapping;
    InterpretOptions m_options;
    // Accepted rows by the fingerprint of their key, the keys themselves one after the other (UTF-8, each
    // ended by a zero byte) so that a shared fingerprint is told apart exactly.
    QHash<size_t, Seen> m_seen;
    QHash<QString, Seen> m_seenSharingAFingerprint;
    QByteArray m_keys;
};

} // namespace candor
