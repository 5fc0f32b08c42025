// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>

namespace candor {

// One colour per factor position, shared by the score bars in the table and the breakdown chart, chosen to
// stay apart for the common forms of colour blindness (Okabe–Ito palette).
inline QColor factorColor(int factor)
{
    static const QColor palette[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
                                     QColor(0x00, 0x9E, 0x73), QColor(0x56, 0xB4, 0xE9),
                                     QColor(0xD5, 0x5E, 0x00), QColor(0xCC, 0x79, 0xA7),
                                     QColor(0xF0, 0xE4, 0x42), QColor(0x7F, 0x7F, 0x7F)};
    return palette[static_cast<unsigned>(factor) % 8];
}

} // namespace candor
