#pragma once

#include <QString>

namespace candor {

// "477.9M", "20K", "9,999": audience sizes written the way exports and the platforms show them.
QString compactCount(qint64 count);

// "2.63 %" from 0.0263.
QString percentText(double fraction, int decimals = 2);

} // namespace candor
