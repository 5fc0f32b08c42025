// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "BulkStatement.h"
#include "ProjectFile.h"
#include "core/Error.h"
#include "domain/AccountMetrics.h"
#include "domain/Creator.h"
#include "domain/Platform.h"

#include <QStringList>

#include <optional>
#include <unordered_set>

namespace candor {

// Writes creators, their accounts and metric snapshots with statements prepared once, for every path that
// adds accounts in bulk (imports, the demo generator). The caller holds the transaction.
class AccountWriter
{
public:
    // How find() tells whether an account exists. A bulk write (an import of a million rows) asks for every
    // row: it reads the project's handles once into a set of fingerprints, so that only a row whose
    // fingerprint is there needs a query (the set has no false negatives). A single edit asks once and
    // should not read every handle for that.
    enum class Lookup
    {
        PerRow,
        HandlesInMemory
    };
    static Result<AccountWriter> prepare(const ProjectFile &project, Lookup lookup = Lookup::PerRow);

    struct Existing
    {
        qint64 accountId = 0;
        qint64 creatorId = 0;
    };
    Result<std::optional<Existing>> find(Platform platform, const QString &handle);

    Result<qint64> addCreator(const QString &displayName);
    Result<qint64> addAccount(qint64 creatorId, Platform platform, const QString &handle);

    struct Snapshot
    {
        qint64 accountId = 0;
        qint64 batchId = 0;
        std::optional<int> sourceLine;
        QString displayName;
        AccountMetrics metrics;
        QString topAudienceCountry;
        QStringList categories;
        QString enteredBy; // figures typed in by a person (batchId 0); empty for imports
    };
    Status addSnapshot(const Snapshot &snapshot);

    Status setFee(qint64 accountId, const Fee &fee);

    // The newest snapshot wins: a creator takes the name of a snapshot only if none is newer.
    Status renameCreatorUnlessNewerSnapshot(const Existing &existing, const QString &displayName,
                                            const QDate &asOf);

private:
    AccountWriter(const ProjectFile &project, sql::BulkStatement find, sql::BulkStatement insertCreator,
                  sql::BulkStatement insertAccount, sql::BulkStatement insertSnapshot,
                  sql::BulkStatement insertCategory, sql::BulkStatement renameCreator, sql::BulkStatement setFee);
    Status loadFingerprints(const QSqlDatabase &db);
    const QByteArray &isoDate(const QDate &date);

    QString m_file;
    QByteArray m_now;
    sql::BulkStatement m_find, m_insertCreator, m_insertAccount, m_insertSnapshot, m_insertCategory,
        m_renameCreator, m_setFee;
    // Fingerprints of (platform, handle as the schema compares it) of every account, with HandlesInMemory.
    std::optional<std::unordered_set<quint64>> m_fingerprints;
    QDate m_lastDate; // most rows of a file share one date: its text is made once
    QByteArray m_lastDateText;
};

} // namespace candor
