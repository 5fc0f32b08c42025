// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/TextContexts.h"
#include "domain/AccountMetrics.h"
#include "domain/Platform.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace candor {

// One accepted row, ready to be written: a new account or a new snapshot of an existing one.
struct ImportRow
{
    int line = 0;
    Platform platform = Platform::Instagram;
    QString handle;
    QString displayName;
    AccountMetrics metrics;
    QStringList categories;
    QString topAudienceCountry;
    std::optional<double> fee; // per sponsored post, in feeCurrency
    QString feeCurrency;
};

struct RowIssue
{
    enum class Severity
    {
        Rejected,
        Warning
    };
    int line = 0;
    QString column; // header of the column at fault, empty when the whole row is concerned
    Severity severity = Severity::Rejected;
    QString reason;
    QString rawRecord;
};

// "rejected" or "warning": as import_issues.severity stores it and every list of issues shows it.
inline QString severityKey(RowIssue::Severity severity)
{
    return severity == RowIssue::Severity::Rejected ? QStringLiteral("rejected") : QStringLiteral("warning");
}
// The same in the user's language, for a list a person reads ("datei.csv:12: abgelehnt: …").
inline QString severityLabel(RowIssue::Severity severity)
{
    return severity == RowIssue::Severity::Rejected ? ImportText::tr("rejected", "an import issue")
                                                    : ImportText::tr("warning", "an import issue");
}

// Lines with at least one rejected issue: a rejected row has one issue per cell at fault, and records start on
// distinct lines, so these count the rejected rows.
inline QSet<int> rejectedLines(const QList<RowIssue> &issues)
{
    QSet<int> lines;
    for (const RowIssue &issue : issues) {
        if (issue.severity == RowIssue::Severity::Rejected)
            lines.insert(issue.line);
    }
    return lines;
}

struct ImportPlan
{
    QList<ImportRow> rows;
    QList<RowIssue> issues; // a rejected row has one issue per cell at fault
    int recordsRead = 0;

    int rejectedCount() const { return static_cast<int>(rejectedLines(issues).size()); }
};

// What is recorded about an import besides its rows: enough to tell later where data came from and how
// the file was read.
struct ImportBatchInfo
{
    QString filePath;
    QString format; // "csv" or "json"
    QString platform;
    QString encoding;
    QString delimiter;
    QString decimalSeparator;
    QJsonObject columnMapping;
    QStringList notices;
    QDate asOf;
    QString importedBy;
    QString kind = QStringLiteral("creators"); // creators, audience or attributes
    // For the creators an import of creators brings that have none yet: the lawful basis (GDPR Art. 6; a key
    // of privacy::lawfulBasisKeys(), empty for none) and the day they were informed (Art. 14).
    QString lawfulBasis;
    QDate informedOn;
};

struct ImportCounts
{
    qint64 batchId = 0;
    int imported = 0; // new accounts
    int merged = 0;   // new snapshots of accounts already in the project
    int rejected = 0;
};

// Told how many rows are written so far; returning false cancels the import.
using ImportProgress = std::function<bool(int written, int total)>;

} // namespace candor
