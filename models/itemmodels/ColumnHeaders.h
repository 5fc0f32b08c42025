// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMetaObject>
#include <QString>
#include <QVariant>
#include <cstddef>

namespace candor {

// A table model's horizontal header from two parallel arrays: the column names and their tooltips (one
// plain sentence each, so that no column goes unexplained), in the user's language: both arrays are marked
// for translation under the model's class (QT_TRANSLATE_NOOP with its qualified name).
template <std::size_t N>
QVariant columnHeader(int section, int role, const char *const (&names)[N], const char *const (&tips)[N],
                      const QMetaObject &model)
{
    if (section < 0 || static_cast<std::size_t>(section) >= N)
        return {};
    if (role == Qt::DisplayRole)
        return model.tr(names[section], nullptr);
    if (role == Qt::ToolTipRole)
        return model.tr(tips[section], nullptr);
    return {};
}

} // namespace candor
