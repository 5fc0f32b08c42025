#pragma once

#include "ProjectFile.h"
#include "core/Error.h"
#include "domain/Platform.h"

#include <QList>
#include <QSqlQuery>
#include <optional>

namespace candor {

// Finds the account a row of an audience or attribute file means, by handle and (when the file says) platform.
// A handle without a platform must name exactly one account: it is never guessed.
class AccountLookup
{
public:
    static Result<AccountLookup> prepare(const ProjectFile &project);

    struct Found
    {
        qint64 accountId = 0;
        qint64 creatorId = 0;
        Platform platform = Platform::Instagram;
    };
    // The account, or an error whose message says why none or several match (for a rejected row).
    Result<Found> find(const QString &handle, std::optional<Platform> platform);

private:
    explicit AccountLookup(const ProjectFile &project);
    QString m_file;
    QSqlQuery m_query;
};

} // namespace candor
