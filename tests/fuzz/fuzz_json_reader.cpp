// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: bytes as a .json import file — decoded, then read as an array of flat objects.
#include "import/JsonReader.h"
#include "import/TextDecoding.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto decoded = candor::decodeText(bytes, candor::TextEncoding::Detect);
    const auto table = candor::JsonReader::read(decoded.text, QStringLiteral("fuzz.json"));
    if (table) {
        // A record never has more cells than there are columns.
        for (const auto &record : table->records) {
            if (record.cells.size() > table->headers.size())
                __builtin_trap();
        }
    }
    return 0;
}
