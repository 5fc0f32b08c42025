#include "GroupFairnessModel.h"

#include "ColumnHeaders.h"
#include "core/Formatting.h"

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
        if (measure && !measure->value)
            return QStringLiteral("Not defined: ") + measure->undefinedReason;
        return headerData(index.column(), Qt::Horizontal, Qt::ToolTipRole); // every number explains itself
    }
    if (role == Qt::TextAlignmentRole && index.column() != Group && index.column() != Verdict)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Group:
        return g.group;
    case Pool:
        return g.poolSize;
    case Selected:
        return g.selected;
    case SelectionRate:
    case ShareOfSelected:
        if (g.tooFew && index.column() == SelectionRate)
            return QStringLiteral("too few to judge");
        return measure->value ? percentText(*measure->value, 1) : QStringLiteral("not defined");
    case Disparity:
    case Skew:
        if (g.tooFew)
            return QString();
        return measure->value ? QLocale().toString(*measure->value, 'f', 2) : QStringLiteral("not defined");
    case Verdict:
        if (g.tooFew)
            return QStringLiteral("too few to judge");
        if (!g.fair)
            return QStringLiteral("not defined");
        if (g.group == m_audit.groups.reference)
            return QStringLiteral("reference");
        return *g.fair ? QStringLiteral("within the band") : QStringLiteral("outside the band");
    default:
        return {};
    }
}

QVariant GroupFairnessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const names[] = {"Group", "Pool", "Selected", "Selection rate", "Share of selected",
                                        "Disparity", "Skew@k", "Four-fifths rule"};
    static const char *const tips[] = {
        "The creators' self-declared group (only creators who consented to its use are counted)",
        "Ranked candidates in the group",
        "Of them, how many are selected (shortlisted, or in the top k)",
        "Selected ÷ pool: the group's selection rate (Fairlearn selection_rate, Aequitas pprev)",
        "The group's share of everyone selected (Aequitas ppr)",
        "The group's selection rate ÷ the reference group's (Aequitas pprev disparity); 1 is equal treatment",
        "ln(the group's share of the top k ÷ its share of the pool): 0 is proportional, below 0 too few "
        "(Geyik et al. 2019)",
        "Whether the disparity is within the band, 0.8–1.25 by default (US EEOC four-fifths rule, applied both ways "
        "as in Aequitas)",
    };
    return columnHeader(section, role, names, tips);
}

} // namespace candor
