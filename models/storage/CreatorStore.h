// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectFile.h"
#include "SavedRows.h"
#include "core/Error.h"
#include "domain/Creator.h"

namespace candor {

// Creators a person enters, corrects, deletes or merges in the workbench. Figures entered by hand are a new
// snapshot (history kept) that names who entered them; every change can be undone exactly.
class CreatorStore
{
public:
    explicit CreatorStore(const ProjectFile &project) : m_project(project) {}

    // A new creator with one account and its figures; returns the account id. Refused when the entry is not
    // valid or the handle is already in the project on that platform.
    Result<qint64> add(const AccountEntry &entry, const QString &enteredBy) const;
    // New figures for an account (a snapshot dated today, "entered by NAME"); the creator takes the name.
    // Returns the snapshot's id.
    Result<qint64> enterFigures(qint64 accountId, const AccountEntry &entry, const QString &enteredBy) const;
    // Takes entered figures back (undo): the snapshot goes, the creator's name is set to `displayName`.
    Status takeBackFigures(qint64 snapshotId, qint64 accountId, const QString &displayName, const QString &by) const;
    // The creator of an account, and the creator's name.
    Result<qint64> creatorOf(qint64 accountId) const;
    Result<QString> creatorName(qint64 accountId) const;
    Result<QString> handleOf(qint64 accountId) const; // empty for an account not there

    // Deletes the creator with every account, figure, audience, fee, post, history, follower sample, comment,
    // attribute, decision and note of theirs. `by` names who, in the audit log.
    Result<SavedRows> remove(qint64 creatorId, const QString &by) const;
    // Every row about the creator, table by table: what remove() takes (and restore() brings back), erasure
    // deletes and an export of one person's data holds.
    Result<SavedRows> rowsOf(qint64 creatorId) const;
    static QStringList personalTables();
    Status restore(const SavedRows &rows, const QString &by) const;

    // The same person on two platforms: the accounts and attributes of `merged` move to `kept`, and `merged`
    // goes. An attribute both have keeps `kept`'s value.
    struct Merge
    {
        qint64 kept = 0;
        qint64 merged = 0;
        SavedRows mergedRows; // the merged creator and its attributes and withdrawals as they were
        QList<qint64> movedAccounts;
    };
    Result<Merge> merge(qint64 keptCreatorId, qint64 mergedCreatorId, const QString &by) const;
    Status unmerge(const Merge &merge, const QString &by) const;

private:
    const ProjectFile &m_project;
};

} // namespace candor
