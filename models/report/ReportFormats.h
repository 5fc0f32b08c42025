// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ClientReport.h"

#include <QByteArray>
#include <optional>

namespace candor::report {

// The same report in each format (docs/report.md). Every text that comes from data — handles, names, briefs,
// reasons — is escaped for its format: a handle such as "<script>" shows as text in HTML, and a CSV cell that a
// spreadsheet would run as a formula starts with an apostrophe.

// The audit log's head as every report carries it ("candor-audit-head:12:<sha256>", in the JSON, the HTML's
// head and the PDF's metadata), and as `candor verify --report` finds it again in a report's bytes.
QString auditStamp(const ClientReport &report);
struct AuditStamp
{
    qint64 entries = 0;
    QString sha256;
};
std::optional<AuditStamp> findAuditStamp(const QByteArray &reportBytes);

// Scores, weights and points as `candor rank` prints them, whatever the language: a client checks them
// against the JSON.
QString fixedText(double value, int decimals);
// A factor's raw value as the report prints it: whole numbers with thousands separators from 1,000 up, six
// significant digits below.
QString rawValueText(double value);

// JSON with a documented schema ("candor-report/1"); numbers as `candor rank` and `candor audit` print them.
QByteArray toJson(const ClientReport &report);
// One row per shortlisted creator: rank, score, the points of each factor, decision and reason (RFC 4180).
QByteArray toCsv(const ClientReport &report);
// One self-contained page (styles inline, no script, no external request) that prints well.
QByteArray toHtml(const ClientReport &report);

} // namespace candor::report
