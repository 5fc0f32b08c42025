// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: each line of the input is read as a number in both formats, and the lines together as a
// column whose number format is detected. A value that comes out must be finite.
#include "import/TextDecoding.h"
#include "import/ValueParser.h"

#include <cmath>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto text = candor::decodeText(bytes, candor::TextEncoding::Detect).text;
    const auto lines = text.split(QLatin1Char('\n'));
    QList<QStringList> rows;
    for (const auto &line : lines) {
        for (const auto separator : {QLatin1Char('.'), QLatin1Char(',')}) {
            const auto parsed = candor::parseNumber(line, candor::NumberFormat{separator});
            if (parsed.kind == candor::ParsedNumber::Kind::Value && !std::isfinite(parsed.value))
                __builtin_trap();
        }
        rows.append(QStringList{line});
    }
    QString evidence;
    candor::detectNumberFormat(rows, &evidence);
    return 0;
}
