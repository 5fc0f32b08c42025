// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AccountLookup.h"

#include "SqlSupport.h"
#include "core/TextContexts.h"
#include "domain/Creator.h"

namespace candor {

AccountLookup::AccountLookup(const ProjectFile &project) : m_file(project.path()) {}

Result<AccountLookup> AccountLookup::prepare(const ProjectFile &project)
{
    AccountLookup lookup(project);
    auto query = sql::prepare(project.database(), project.path(),
                              QStringLiteral("SELECT id, creator_id, platform FROM accounts WHERE handle = ?"
                                             " AND (? IS NULL OR platform = ?) ORDER BY platform"));
    if (!query)
        return query.error();
    lookup.m_query = std::move(*query);
    lookup.m_query.setForwardOnly(true);
    return lookup;
}

Result<AccountLookup::Found> AccountLookup::find(const QString &handle, std::optional<Platform> platform)
{
    const QString wanted = normalizedHandle(handle);
    const QVariant platformValue = platform ? QVariant(platformId(*platform)) : QVariant();
    if (auto done = sql::exec(m_query, m_file, {wanted, platformValue, platformValue}); !done)
        return done.error();
    QList<Found> found;
    while (m_query.next())
        found << Found{m_query.value(0).toLongLong(), m_query.value(1).toLongLong(),
                       platformFromText(m_query.value(2).toString()).value_or(Platform::Instagram)};
    m_query.finish();
    if (found.size() == 1)
        return found.constFirst();
    if (found.isEmpty())
        return Error{
            m_file,
            platform
                ? StorageText::tr("no %1 account @%2 in this project; import the creators first")
                      .arg(platformDisplayName(*platform), wanted)
                : StorageText::tr("no account @%1 in this project; import the creators first").arg(wanted),
            {}};
    QStringList platforms;
    for (const Found &f : std::as_const(found))
        platforms << platformId(f.platform);
    return Error{m_file,
                 StorageText::tr("@%1 is on several platforms (%2); add a platform column or use --platform")
                     .arg(wanted, platforms.join(QStringLiteral(", "))),
                 {}};
}

} // namespace candor
