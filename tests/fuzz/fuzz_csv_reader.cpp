// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: bytes as an import file would hand them over — decoded (BOM, UTF-16, Latin-1 detection),
// separator detected, split into records. Any crash, hang or sanitizer report is a bug in the reader.
#include "import/CsvReader.h"
#include "import/TextDecoding.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto decoded = candor::decodeText(bytes, candor::TextEncoding::Detect);
    QString notice;
    const auto delimiter = candor::CsvReader::detectDelimiter(decoded.text, &notice);
    const auto table = candor::CsvReader::read(decoded.text, delimiter);
    // Every record's line must lie inside the text the reader was given.
    const auto lines = decoded.text.count(QLatin1Char('\n')) + decoded.text.count(QLatin1Char('\r')) + 1;
    for (const auto &record : table.records) {
        if (record.line < 1 || record.line > lines)
            __builtin_trap();
    }
    return 0;
}
