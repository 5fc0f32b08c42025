#pragma once

#include "ProjectFile.h"
#include "core/Error.h"
#include "domain/AccountMetrics.h"
#include "domain/Creator.h"
#include "domain/Platform.h"

#include <QSqlQuery>
#include <QStringList>
#include <optional>

namespace candor {

// Writes creators, their accounts and metric snapshots with statements prepared once, for every path that
// adds accounts in bulk (imports, the demo generator). The caller holds the transaction.
class AccountWriter
{
public:
    static Result<AccountWriter> prepare(const ProjectFile &project);

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
    explicit AccountWriter(const ProjectFile &project);

    QString m_file;
    QString m_now;
    QSqlQuery m_find, m_insertCreator, m_insertAccount, m_insertSnapshot, m_insertCategory, m_renameCreator,
        m_setFee;
};

} // namespace candor
