// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDataStream>

#include <algorithm>
#include <vector>

namespace candor {

// Plain arrays of numbers into and out of a QDataStream as raw bytes, in this machine's byte order: for data
// this machine writes and reads back (a cache), never for exchange. Chunked, because QDataStream counts bytes
// in an int.
template <typename T> void writeVector(QDataStream &out, const std::vector<T> &values)
{
    constexpr std::size_t kChunk = std::size_t{1} << 28;
    const char *bytes = reinterpret_cast<const char *>(values.data());
    const std::size_t total = values.size() * sizeof(T);
    for (std::size_t done = 0; done < total; done += kChunk)
        out.writeRawData(bytes + done, static_cast<int>(std::min(kChunk, total - done)));
}

// False when the stream holds fewer than `count` values.
template <typename T> bool readVector(QDataStream &in, std::vector<T> &values, std::size_t count)
{
    constexpr std::size_t kChunk = std::size_t{1} << 28;
    values.resize(count);
    char *bytes = reinterpret_cast<char *>(values.data());
    const std::size_t total = count * sizeof(T);
    for (std::size_t done = 0; done < total; done += kChunk) {
        const int part = static_cast<int>(std::min(kChunk, total - done));
        if (in.readRawData(bytes + done, part) != part)
            return false;
    }
    return true;
}

} // namespace candor
