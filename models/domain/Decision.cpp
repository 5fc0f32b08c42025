// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Decision.h"

#include "core/EnumTable.h"

namespace candor {
namespace {

struct KindInfo
{
    DecisionKind kind;
    const char *key;
    const char *label;
};

constexpr KindInfo kKinds[] = {
    {DecisionKind::Shortlisted, "shortlisted", "Shortlisted"},
    {DecisionKind::Approved, "approved", "Approved"},
    {DecisionKind::Rejected, "rejected", "Rejected"},
    {DecisionKind::Removed, "removed", "Removed from the shortlist"},
};

} // namespace

QString decisionKey(DecisionKind kind)
{
    return QString::fromLatin1(rowOf(kKinds, &KindInfo::kind, kind).key);
}

QString decisionLabel(DecisionKind kind)
{
    return QString::fromLatin1(rowOf(kKinds, &KindInfo::kind, kind).label);
}

std::optional<DecisionKind> decisionFromKey(const QString &key)
{
    const KindInfo *info =
        findRow(kKinds, [&key](const KindInfo &row) { return key == QLatin1String(row.key); });
    return info ? std::optional<DecisionKind>(info->kind) : std::nullopt;
}

} // namespace candor
