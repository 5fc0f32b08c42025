// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace candor::scoring {

// Maps a factor's raw value to [0, 1]. Every curve is absolute: it depends on fixed bounds, never on the
// other candidates, so adding or removing one candidate cannot change another's score.
struct Normalization
{
    enum class Kind
    {
        Identity,       // the raw value already lies in [0, 1]
        ClampLinear,    // 0 at `low`, 1 at `high`, straight line between, clamped outside
        LogScale,       // clamp-linear on log10: for reach and other sizes spanning orders of magnitude
        Logistic,       // 1 / (1 + e^(-steepness·(raw − midpoint))): soft threshold around a benchmark
        BenchmarkRatio, // raw is value ÷ benchmark; clamp-linear on that ratio between `low` and `high`
    };

    Kind kind = Kind::Identity;
    double low = 0.0;
    double high = 1.0;
    double midpoint = 0.0;
    double steepness = 1.0;

    static Normalization identity() { return {}; }
    static Normalization clampLinear(double low, double high)
    {
        return {Kind::ClampLinear, low, high, 0.0, 1.0};
    }
    static Normalization logScale(double low, double high) { return {Kind::LogScale, low, high, 0.0, 1.0}; }
    static Normalization logistic(double midpoint, double steepness)
    {
        return {Kind::Logistic, 0.0, 1.0, midpoint, steepness};
    }
    static Normalization benchmarkRatio(double low, double high)
    {
        return {Kind::BenchmarkRatio, low, high, 0.0, 1.0};
    }

    double apply(double raw) const;
    // The raw value that normalises to `normalized` (0 < normalized < 1 for the clamped curves), if any.
    std::optional<double> inverse(double normalized) const;
    QString describe() const; // one sentence for docs, tooltips and `candor explain`

    QJsonObject toJson() const;
    static std::optional<Normalization> fromJson(const QJsonObject &json);
    bool operator==(const Normalization &) const = default;
};

} // namespace candor::scoring
