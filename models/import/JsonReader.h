// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "RawTable.h"
#include "core/Error.h"

#include <QString>

namespace candor {

// Reads a JSON array of flat objects into the same RawTable the CSV reader produces, so that both formats
// go through one column mapping. Columns are the keys in the order they first appear; each record keeps the
// line on which its object starts. Objects nested in a record reject that record.
class JsonReader
{
public:
    static Result<RawTable> read(const QString &text, const QString &fileName);
};

} // namespace candor
