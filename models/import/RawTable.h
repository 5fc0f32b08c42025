// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace candor {

// Told how far a long step has come: `done` of `total` (characters read, records checked). Called from the
// thread doing the work, every few thousand records.
using StepProgress = std::function<void(qint64 done, qint64 total)>;
constexpr int kProgressEveryRecords = 4096;

// A record as read from the file, before any value is interpreted.
struct RawRecord
{
    int line = 0; // 1-based line on which the record starts
    QStringList cells;
    QString text; // the record as written, kept so that a rejected row can be shown and fixed
};

// A problem the reader found. `rejectsRecord` problems drop the record (it is then listed as rejected);
// the others are warnings about a record that was still read.
struct ReadIssue
{
    int line = 0;
    int column = -1; // 0-based, -1 when the whole record is concerned
    QString reason;
    bool rejectsRecord = false;
    QString text;
};

struct RawTable
{
    QStringList headers;
    int headerLine = 1;
    QList<RawRecord> records;
    QList<ReadIssue> issues;
    int blankLines = 0;
};

} // namespace candor
