// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Normalization.h"

#include "core/Formatting.h"
#include "core/TextContexts.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace candor::scoring {
namespace {

double clamp01(double value)
{
    return std::clamp(value, 0.0, 1.0);
}

double linear(double value, double low, double high)
{
    return high == low ? (value >= high ? 1.0 : 0.0) : clamp01((value - low) / (high - low));
}

const char *kindId(Normalization::Kind kind)
{
    switch (kind) {
    case Normalization::Kind::Identity:
        return "identity";
    case Normalization::Kind::ClampLinear:
        return "clamp_linear";
    case Normalization::Kind::LogScale:
        return "log_scale";
    case Normalization::Kind::Logistic:
        return "logistic";
    case Normalization::Kind::BenchmarkRatio:
        return "benchmark_ratio";
    }
    return "";
}

} // namespace

double Normalization::apply(double raw) const
{
    switch (kind) {
    case Kind::Identity:
        return clamp01(raw);
    case Kind::ClampLinear:
    case Kind::BenchmarkRatio:
        return linear(raw, low, high);
    case Kind::LogScale:
        // Zero or negative sizes sit below any positive lower bound.
        return raw <= 0.0 ? 0.0 : linear(std::log10(raw), std::log10(low), std::log10(high));
    case Kind::Logistic:
        return 1.0 / (1.0 + std::exp(-steepness * (raw - midpoint)));
    }
    return 0.0;
}

std::optional<double> Normalization::inverse(double f) const
{
    if (f < 0.0 || f > 1.0)
        return std::nullopt;
    switch (kind) {
    case Kind::Identity:
        return f;
    case Kind::ClampLinear:
    case Kind::BenchmarkRatio:
        return low + f * (high - low);
    case Kind::LogScale:
        return std::pow(10.0, std::log10(low) + f * (std::log10(high) - std::log10(low)));
    case Kind::Logistic:
        if (f <= 0.0 || f >= 1.0 || steepness == 0.0)
            return std::nullopt;
        return midpoint - std::log(1.0 / f - 1.0) / steepness;
    }
    return std::nullopt;
}

QString Normalization::describe() const
{
    switch (kind) {
    case Kind::Identity:
        return ScoringText::tr("used as it is (already between 0 and 1)");
    case Kind::ClampLinear:
        return ScoringText::tr("0 at %1 or less, 1 at %2 or more, in a straight line between")
            .arg(readableNumber(low), readableNumber(high));
    case Kind::LogScale:
        return ScoringText::tr(
                   "0 at %1 or less, 1 at %2 or more, on a logarithmic scale between (each tenfold step "
                   "counts the same)")
            .arg(readableNumber(low), readableNumber(high));
    case Kind::Logistic:
        return ScoringText::tr("an S-curve: 0.5 at %1, steepness %2")
            .arg(readableNumber(midpoint), readableNumber(steepness));
    case Kind::BenchmarkRatio:
        return ScoringText::tr("0 at %1× the benchmark or less, 1 at %2× or more, in a straight line between")
            .arg(readableNumber(low), readableNumber(high));
    }
    return {};
}

QJsonObject Normalization::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), QString::fromLatin1(kindId(kind))}};
    if (kind == Kind::Logistic) {
        json.insert(QStringLiteral("midpoint"), midpoint);
        json.insert(QStringLiteral("steepness"), steepness);
    } else if (kind != Kind::Identity) {
        json.insert(QStringLiteral("low"), low);
        json.insert(QStringLiteral("high"), high);
    }
    return json;
}

std::optional<Normalization> Normalization::fromJson(const QJsonObject &json)
{
    const QString id = json.value(QLatin1String("kind")).toString();
    for (Kind kind :
         {Kind::Identity, Kind::ClampLinear, Kind::LogScale, Kind::Logistic, Kind::BenchmarkRatio}) {
        if (id != QLatin1String(kindId(kind)))
            continue;
        Normalization n;
        n.kind = kind;
        n.low = json.value(QLatin1String("low")).toDouble(0.0);
        n.high = json.value(QLatin1String("high")).toDouble(1.0);
        n.midpoint = json.value(QLatin1String("midpoint")).toDouble(0.0);
        n.steepness = json.value(QLatin1String("steepness")).toDouble(1.0);
        if (kind == Kind::LogScale && (n.low <= 0.0 || n.high <= n.low))
            return std::nullopt;
        return n;
    }
    return std::nullopt;
}

} // namespace candor::scoring
