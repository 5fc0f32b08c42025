// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectFile.h"
#include "audit/AuditChain.h"
#include "core/Error.h"

#include <QJsonObject>
#include <QList>
#include <QSqlQuery>
#include <optional>

namespace candor {

class ProjectChange;

// What happened, as the store that did it says: who, what, to which row (by internal id), what changed (no
// personal data), and the personal values apart (a handle, a reason, a note), tied to the creator they are about
// so that erasing the creator can delete them.
struct AuditEvent
{
    QString user;
    QString action;
    QString target;
    QJsonObject details;
    QJsonObject payload;              // personal values; empty for none
    std::optional<qint64> creatorId;  // whom the payload is about
};

// The audit log: appended to inside the change it records (one transaction: the event and what it describes
// land together or not at all), read back, and verified (docs/audit-log.md).
class AuditStore
{
public:
    explicit AuditStore(const ProjectFile &project) : m_project(project) {}

    static Status append(const ProjectChange &change, const AuditEvent &event);
    // The creator an account belongs to, for an event's payload (nothing for an account not there).
    static Result<std::optional<qint64>> creatorOfAccount(const ProjectChange &change, qint64 accountId);

    struct Filter
    {
        std::optional<qint64> creatorId;  // entries whose payload is about this creator
        std::optional<qint64> campaignId; // the campaign's own entries, and its decisions and notes
        QString action; // actions or prefixes ending in '*', separated by commas ("decision*,shortlist_approved")
    };
    Result<QList<audit::Entry>> entries(const Filter &filter = {}) const;

    // An entry as a person reads it: what its target is called now ("@zendaya (Instagram)", a campaign's name;
    // empty once it is gone) and its personal details (empty, and `erased` set, once erased).
    struct Row
    {
        audit::Entry entry;
        QString about;
        QJsonObject personal;
        bool erased = false;
    };
    Result<QList<Row>> rows(const Filter &filter = {}) const;
    // The chain, its head, and every payload against its hash.
    Result<audit::ChainVerdict> verify() const;
    // The number of entries written and the last one's hash, as kept beside the log: what a report quotes so that
    // the file can later be checked against it.
    struct Head
    {
        qint64 count = 0;
        QString sha256;
    };
    Result<Head> head() const;

private:
    // The entries the filter keeps, in order, with `moreColumns` (", expr, expr") after the entry's own.
    Result<QSqlQuery> select(const Filter &filter, const char *moreColumns) const;

    const ProjectFile &m_project;
};

} // namespace candor
