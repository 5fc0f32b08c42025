// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QVariant>

#include <cstddef>

namespace candor {

// A table model's horizontal header from two parallel arrays: the column names and their tooltips (one
// plain sentence each, so that no column goes unexplained).
template <std::size_t N>
QVariant columnHeader(int section, int role, const char *const (&names)[N], const char *const (&tips)[N])
{
    if (section < 0 || static_cast<std::size_t>(section) >= N)
        return {};
    if (role == Qt::DisplayRole)
        return QString::fromUtf8(names[section]);
    if (role == Qt::ToolTipRole)
        return QString::fromUtf8(tips[section]);
    return {};
}

} // namespace candor
