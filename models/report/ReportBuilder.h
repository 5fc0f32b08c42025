// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ClientReport.h"
#include "core/Error.h"

#include <QDate>

namespace candor {
class Workbench;
}

namespace candor::report {

// The report of the campaign the workbench shows, under its current weights, as of `preparedOn`.
Result<ClientReport> build(const Workbench &workbench, const QDate &preparedOn = QDate::currentDate());

} // namespace candor::report
