// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>

namespace candor {

// The traffic-light colours every view uses (the fairness dashboard, the authenticity and disclosure tabs):
// Okabe-Ito's colour-blind-safe bluish green, orange and vermillion, and a grey for no data.
enum class TrafficLight
{
    Green,
    Amber,
    Red,
    NoData
};

inline QColor trafficLightColor(TrafficLight light)
{
    switch (light) {
    case TrafficLight::Green:
        return QColor(0x00, 0x9E, 0x73);
    case TrafficLight::Amber:
        return QColor(0xE6, 0x9F, 0x00);
    case TrafficLight::Red:
        return QColor(0xD5, 0x5E, 0x00);
    case TrafficLight::NoData:
        break;
    }
    return QColor(0x99, 0x99, 0x99);
}

} // namespace candor
