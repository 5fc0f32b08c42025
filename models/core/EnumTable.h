// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>
#include <iterator>
#include <type_traits>

namespace candor {

// Candor names its enums through small static tables ({value, stored id, display name, …}); these helpers
// look rows up so that each table needs no hand-written search loops.

// The row for which `matches` holds, or nullptr.
template <typename Table, typename Predicate>
auto findRow(const Table &table, Predicate matches)
    -> const std::remove_reference_t<decltype(*std::begin(table))> *
{
    for (const auto &row : table) {
        if (matches(row))
            return &row;
    }
    return nullptr;
}

// The row whose `member` equals `value`; every enum value has a row, so a miss is a programming error.
template <typename Table, typename Row, typename Value>
const Row &rowOf(const Table &table, Value Row::*member, Value value)
{
    const Row *row = findRow(table, [&](const Row &r) { return r.*member == value; });
    Q_ASSERT(row);
    return *row;
}

} // namespace candor
