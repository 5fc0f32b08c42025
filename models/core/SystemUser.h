// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace candor {

// The operating-system account name: who made a decision or ran an import, unless the user set another
// name in the preferences.
QString systemUserName();

} // namespace candor
