// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PrivateFile.h"

#include <QFile>
#include <QSaveFile>

namespace candor {

Status writePrivateFile(const QString &path, const QByteArray &bytes)
{
    constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(ownerOnly) || file.write(bytes) < 0 || !file.commit())
        return Error{path, QStringLiteral("could not be written: ") + file.errorString(), {}};
    // The file that replaced the old one keeps the temporary file's permissions, but an old file's are not kept.
    QFile::setPermissions(path, ownerOnly);
    return success();
}

} // namespace candor
