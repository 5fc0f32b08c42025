// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AudienceLabels.h"

#include "Countries.h"

#include <QMap>
#include <QRegularExpression>

namespace candor::audience {
namespace {

std::optional<QString> ageBand(const QString &label)
{
    // "18-24", "age18-24", "F.18-24" (prefix dropped by the caller), "65+", "age65-", "65-", "18 - 24", "18–24".
    static const QRegularExpression band(QStringLiteral("^(?:age)?\\s*(\\d{1,2})\\s*(?:[-–]\\s*(\\d{1,2})|(\\+|-|\\s*and over|\\s*plus))\\s*$"),
                                         QRegularExpression::CaseInsensitiveOption);
    const auto m = band.match(label.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int from = m.captured(1).toInt();
    if (!m.captured(2).isEmpty()) {
        const int to = m.captured(2).toInt();
        if (to < from)
            return std::nullopt;
        return QStringLiteral("%1-%2").arg(from).arg(to);
    }
    return QStringLiteral("%1+").arg(from);
}

std::optional<QString> gender(const QString &label)
{
    static const QMap<QString, QString> codes = {
        {QStringLiteral("f"), QStringLiteral("female")},    {QStringLiteral("female"), QStringLiteral("female")},
        {QStringLiteral("women"), QStringLiteral("female")}, {QStringLiteral("woman"), QStringLiteral("female")},
        {QStringLiteral("m"), QStringLiteral("male")},      {QStringLiteral("male"), QStringLiteral("male")},
        {QStringLiteral("men"), QStringLiteral("male")},    {QStringLiteral("man"), QStringLiteral("male")},
        {QStringLiteral("u"), QStringLiteral("other")},     {QStringLiteral("unknown"), QStringLiteral("other")},
        {QStringLiteral("user_specified"), QStringLiteral("other")},
        {QStringLiteral("other"), QStringLiteral("other")}, {QStringLiteral("others"), QStringLiteral("other")},
        {QStringLiteral("non-binary"), QStringLiteral("other")},
        {QStringLiteral("undisclosed"), QStringLiteral("other")},
    };
    const auto found = codes.constFind(label.trimmed().toLower());
    return found == codes.constEnd() ? std::nullopt : std::optional<QString>(*found);
}

std::optional<QString> language(const QString &label)
{
    static const QRegularExpression code(QStringLiteral("^([a-z]{2})(?:[-_][A-Za-z]{2,4})?$"));
    const QString trimmed = label.trimmed();
    if (trimmed.compare(QLatin1String("other"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("other");
    const auto m = code.match(trimmed.left(2).toLower() + trimmed.mid(2));
    return m.hasMatch() ? std::optional<QString>(m.captured(1)) : std::nullopt;
}

bool isRest(const QString &label)
{
    const QString l = label.trimmed().toLower();
    return l == QLatin1String("other") || l == QLatin1String("others") || l == QLatin1String("rest");
}

} // namespace

std::optional<QString> canonicalCategory(AudienceDimension dimension, const QString &label)
{
    if (label.trimmed() == notReported())
        return notReported();
    switch (dimension) {
    case AudienceDimension::AgeBand:
        return ageBand(label);
    case AudienceDimension::Gender:
        return gender(label);
    case AudienceDimension::Country:
        if (isRest(label))
            return QStringLiteral("other");
        return countries::code(label);
    case AudienceDimension::Language:
        return language(label);
    }
    return std::nullopt;
}

std::optional<std::pair<int, int>> ageRange(const QString &band)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)(?:-(\\d+)|\\+)$"));
    const auto m = pattern.match(band);
    if (!m.hasMatch())
        return std::nullopt;
    return std::pair{m.captured(1).toInt(), m.captured(2).isEmpty() ? -1 : m.captured(2).toInt()};
}

bool toCommonAgeBands(AudienceDistribution &a, AudienceDistribution &b)
{
    // Union of overlapping ranges across both sides: each group becomes one band covering its members.
    struct Range
    {
        int from;
        int to; // inclusive; a large number for an open band
    };
    constexpr int kOpen = 1000;
    QList<Range> ranges;
    for (const AudienceDistribution *d : {&a, &b}) {
        for (const AudienceShare &s : d->shares()) {
            if (const auto r = ageRange(s.category))
                ranges << Range{r->first, r->second < 0 ? kOpen : r->second};
        }
    }
    std::sort(ranges.begin(), ranges.end(), [](const Range &x, const Range &y) { return x.from < y.from; });
    QList<Range> merged;
    for (const Range &r : std::as_const(ranges)) {
        if (!merged.isEmpty() && r.from <= merged.constLast().to)
            merged.last().to = std::max(merged.constLast().to, r.to);
        else
            merged << r;
    }
    const auto labelOf = [&](const QString &category) -> QString {
        const auto r = ageRange(category);
        if (!r)
            return category;
        for (const Range &m : std::as_const(merged)) {
            if (r->first >= m.from && r->first <= m.to)
                return m.to >= kOpen ? QStringLiteral("%1+").arg(m.from) : QStringLiteral("%1-%2").arg(m.from).arg(m.to);
        }
        return category;
    };
    bool changed = false;
    for (AudienceDistribution *d : {&a, &b}) {
        QList<AudienceShare> shares;
        for (const AudienceShare &s : d->shares()) {
            const QString label = labelOf(s.category);
            changed = changed || label != s.category;
            auto existing = std::find_if(shares.begin(), shares.end(),
                                         [&](const AudienceShare &x) { return x.category == label; });
            if (existing != shares.end())
                existing->share += s.share;
            else
                shares << AudienceShare{label, s.share};
        }
        *d = AudienceDistribution(d->dimension(), shares);
    }
    return changed;
}

} // namespace candor::audience
