// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SystemUser.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>

#include <vector>
#endif

namespace candor {

QString systemUserName()
{
#ifdef Q_OS_UNIX
    // The account the process runs as, from the system's user database: an environment variable may be
    // missing (a service, a container, `env -i`) or say anything.
    const uid_t uid = geteuid();
    long size = sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(static_cast<std::size_t>(size > 0 ? size : 16384));
    passwd entry{};
    passwd *found = nullptr;
    if (getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) == 0 && found && found->pw_name &&
        *found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
    // An account without a name in the user database (a container's arbitrary uid) is still an account.
    return QStringLiteral("uid %1").arg(uid);
#else
    for (const char *variable : {"USERNAME", "USER"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("this computer's user");
#endif
}

} // namespace candor
