// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Decision.h"

#include "core/EnumTable.h"
#include "core/TextContexts.h"

namespace candor {
namespace {

struct KindInfo
{
    DecisionKind kind;
    const char *key;
    const char *label;
};

constexpr KindInfo kKinds[] = {
    {DecisionKind::Shortlisted, "shortlisted", QT_TRANSLATE_NOOP("DomainText", "Shortlisted")},
    {DecisionKind::Approved, "approved", QT_TRANSLATE_NOOP("DomainText", "Approved")},
    {DecisionKind::Rejected, "rejected", QT_TRANSLATE_NOOP("DomainText", "Rejected")},
    {DecisionKind::Removed, "removed", QT_TRANSLATE_NOOP("DomainText", "Removed from the shortlist")},
};

} // namespace

QString decisionKey(DecisionKind kind)
{
    return QString::fromLatin1(rowOf(kKinds, &KindInfo::kind, kind).key);
}

QString decisionLabel(DecisionKind kind)
{
    return DomainText::tr(rowOf(kKinds, &KindInfo::kind, kind).label);
}

std::optional<DecisionKind> decisionFromKey(const QString &key)
{
    const KindInfo *info =
        findRow(kKinds, [&key](const KindInfo &row) { return key == QLatin1String(row.key); });
    return info ? std::optional<DecisionKind>(info->kind) : std::nullopt;
}

} // namespace candor
