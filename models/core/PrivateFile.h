// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Error.h"

#include <QByteArray>
#include <QString>

namespace candor {

// Writes `bytes` to `path` readable and writable by its owner only (0600) from the first byte, atomically (a
// crash leaves the old file or none): reports and exports hold personal data.
Status writePrivateFile(const QString &path, const QByteArray &bytes);

} // namespace candor
