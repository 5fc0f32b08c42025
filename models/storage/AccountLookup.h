// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectFile.h"
#include "core/Error.h"
#include "domain/Platform.h"
#include "import/ImportPlan.h"

#include <QList>
#include <QSqlQuery>
#include <algorithm>
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

    // The account of each imported row (with `handle`, `platform`, `line` and `rawRecord`); a row whose account is
    // not found is added to `issues` as rejected, with the reason, and `issues` is left in line order.
    template <typename Row>
    QList<std::pair<const Row *, Found>> resolveAll(const QList<Row> &rows, QList<RowIssue> &issues)
    {
        QList<std::pair<const Row *, Found>> resolved;
        for (const Row &row : rows) {
            auto account = find(row.handle, row.platform);
            if (account)
                resolved << std::pair{&row, *account};
            else
                issues << RowIssue{row.line, QStringLiteral("handle"), RowIssue::Severity::Rejected,
                                   account.error().message, row.rawRecord};
        }
        std::stable_sort(issues.begin(), issues.end(),
                         [](const RowIssue &a, const RowIssue &b) { return a.line < b.line; });
        return resolved;
    }

    // What every import of rows about accounts already in the project starts with: a lookup, and the account of
    // each row (rows without one go into `issues`, as resolveAll does).
    template <typename Row>
    static Result<QList<std::pair<const Row *, Found>>> resolveIn(const ProjectFile &project, const QList<Row> &rows,
                                                                 QList<RowIssue> &issues)
    {
        auto lookup = prepare(project);
        if (!lookup)
            return lookup.error();
        return lookup->resolveAll(rows, issues);
    }

private:
    explicit AccountLookup(const ProjectFile &project);
    QString m_file;
    QSqlQuery m_query;
};

} // namespace candor
