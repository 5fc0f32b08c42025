// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GroupFairnessModel.h"

#include "ColumnHeaders.h"
#include "core/Formatting.h"
#include "fairness/AuditReport.h"

#include <QLocale>

namespace candor {

using fairness::Measure;

void GroupFairnessModel::setAudit(const fairness::AttributeAudit &audit)
{
    // Same groups in the same order (a weight change): only the numbers change, and a selection stays.
    const bool sameRows = audit.groups.groups.size() == m_audit.groups.groups.size() &&
                          std::equal(audit.groups.groups.cbegin(), audit.groups.groups.cend(),
                                     m_audit.groups.groups.cbegin(),
                                     [](const auto &a, const auto &b) { return a.group == b.group; });
    if (sameRows) {
        m_audit = audit;
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_audit = audit;
    endResetModel();
}

int GroupFairnessModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_audit.groups.groups.size());
}

int GroupFairnessModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupFairnessModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const fairness::GroupOutcome &g = m_audit.groups.groups.at(index.row());
    const Measure &skew = m_audit.exposure.at(index.row()).skew;
    const auto measureAt = [&](int column) -> const Measure * {
        switch (column) {
        case SelectionRate:
            return &g.pprev;
        case ShareOfSelected:
            return &g.ppr;
        case Disparity:
            return &g.pprevDisparity;
        case Skew:
            return &skew;
        default:
            return nullptr;
        }
    };
    const Measure *measure = measureAt(index.column());
    if (role == ValueRole)
        return measure && measure->value ? QVariant(*measure->value) : QVariant();
    if (role == Qt::ToolTipRole) {
        if (index.column() == Group || index.column() == Verdict)
            return fairness::groupSentence(g, m_audit.groups.reference);
        if (index.column() == RankedTest && m_audit.exposure.at(index.row()).rankedTest)
            return fairness::rankedTestSentence(m_audit.exposure.at(index.row()));
        if (measure && !measure->value)
            return GroupFairnessModel::tr("Not defined: ") + measure->undefinedReason;
        return headerData(index.column(), Qt::Horizontal, Qt::ToolTipRole); // every number explains itself
    }
    if (role == Qt::TextAlignmentRole && index.column() != Group && index.column() != Verdict &&
        index.column() != RankedTest)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const fairness::GroupExposure &exposure = m_audit.exposure.at(index.row());
    switch (index.column()) {
    case Group:
        return g.group;
    case Pool:
        return g.poolSize;
    case Selected:
        return g.selected;
    case SelectionRate:
        return QStringLiteral("%1 (%2)").arg(percentText(*g.pprev.value, 1),
                                             fairness::intervalText(g.pprevInterval, true, 1));
    case ShareOfSelected:
        return measure->value ? percentText(*measure->value, 1) : GroupFairnessModel::tr("no one selected");
    case Disparity:
        if (g.group == m_audit.groups.reference)
            return GroupFairnessModel::tr("reference", "the reference group");
        return measure->value ? QLocale().toString(*measure->value, 'f', 2) : QStringLiteral("—");
    case DisparityRange:
        return g.disparityInterval ? fairness::intervalText(*g.disparityInterval, false, 2) : QString();
    case Skew:
        return measure->value ? QLocale().toString(*measure->value, 'f', 2)
                              : GroupFairnessModel::tr("no data");
    case RankedTest:
        if (!exposure.rankedTest)
            return QString();
        return exposure.rankedTest->passed
                   ? GroupFairnessModel::tr("passes", "the ranked test")
                   : GroupFairnessModel::tr("too few by rank %1").arg(exposure.rankedTest->failedAt);
    case Verdict:
        return fairness::verdictLabel(g.verdict);
    default:
        return {};
    }
}

QVariant GroupFairnessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("candor::GroupFairnessModel", "Group"),
        QT_TRANSLATE_NOOP("candor::GroupFairnessModel", "Pool"),
        QT_TRANSLATE_NOOP("candor::GroupFairnessModel", "Selected"),
        QT_TRANSLATE_NOOP("candor::GroupFairnessModel", "Selection rate (range)"),
        QT_TRANSLATE_NOOP("candor::GroupFairnessModel", "Share of selected"),
        QT_TRANSLATE_NOOP("candor::GroupFairnessModel", "Rate against reference"),
        QT_TRANSLATE_NOOP("candor::GroupFairnessModel", "Plausible range"),
        QT_TRANSLATE_NOOP("candor::GroupFairnessModel", "Ranking exposure"),
        QT_TRANSLATE_NOOP("candor::GroupFairnessModel", "Ranking test"),
        QT_TRANSLATE_NOOP("candor::GroupFairnessModel", "Four-fifths rule")};
    static const char *const tips[] = {
        QT_TRANSLATE_NOOP(
            "candor::GroupFairnessModel",
            "The creators' self-declared group (only creators who consented to its use are counted)"),
        QT_TRANSLATE_NOOP("candor::GroupFairnessModel", "Ranked candidates in the group"),
        QT_TRANSLATE_NOOP("candor::GroupFairnessModel",
                          "Of them, how many are selected (shortlisted, or in the top k)"),
        QT_TRANSLATE_NOOP(
            "candor::GroupFairnessModel",
            "Selected ÷ pool: the group's selection rate (Fairlearn selection_rate, Aequitas pprev)"),
        QT_TRANSLATE_NOOP("candor::GroupFairnessModel",
                          "The group's share of everyone selected (Aequitas ppr)"),
        QT_TRANSLATE_NOOP("candor::GroupFairnessModel", "The group's selection rate ÷ the reference group's "
                                                        "(Aequitas pprev disparity); 1 is equal treatment"),
        QT_TRANSLATE_NOOP("candor::GroupFairnessModel",
                          "Where the rate against the reference could plausibly be, given how few people are "
                          "counted: both exact "
                          "95 % intervals combined (Clopper–Pearson, each at 97.5 %)"),
        "Skew@k: ln(the group's share of the top k ÷ its share of the pool). 0 is proportional, below 0 too "
        "few, "
        "above 0 more (Geyik, Ambler and Kenthapadi 2019); \"no data\" when no one of the group is in the "
        "top k",
        QT_TRANSLATE_NOOP(
            "candor::GroupFairnessModel",
            "FA*IR's ranked group fairness test (Zehlike et al. 2017): whether every top-i of the ranking "
            "holds at least "
            "as many of the group as chance allows, α = 0.1 adjusted for testing every position"),
        "Whether the rate against the reference is within the band, 0.8–1.25 by default (US EEOC four-fifths "
        "rule, "
        "applied both ways as in Aequitas). \"Could be chance\" when its plausible range reaches into the "
        "band; "
        "\"too few to judge\" below the minimum group size or with fewer than 10 selected",
    };
    return columnHeader(section, role, names, tips, staticMetaObject);
}

} // namespace candor
