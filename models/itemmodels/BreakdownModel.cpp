// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BreakdownModel.h"

#include "ColumnHeaders.h"
#include "core/Formatting.h"
#include "workbench/Workbench.h"

#include <QLocale>

namespace candor {

BreakdownModel::BreakdownModel(Workbench *workbench, QObject *parent)
    : QAbstractTableModel(parent), m_workbench(workbench)
{
    connect(workbench, &Workbench::weightsChanged, this, &BreakdownModel::refresh);
    connect(workbench, &Workbench::campaignChanged, this, [this] { setCandidate(-1); });
}

void BreakdownModel::setCandidate(int candidate)
{
    beginResetModel();
    m_candidate = candidate;
    m_breakdown = candidate < 0 ? scoring::Breakdown{} : m_workbench->breakdown(candidate);
    endResetModel();
}

void BreakdownModel::refresh()
{
    if (m_candidate < 0)
        return;
    m_breakdown = m_workbench->breakdown(m_candidate);
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int BreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_breakdown.factors.size());
}

int BreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const scoring::FactorContribution &f = m_breakdown.factors.at(index.row());
    const scoring::FactorInfo &info = scoring::factorInfo(f.value.id);
    if (role == PointsRole)
        return f.points;
    if (role == ImputedRole)
        return f.imputed || f.leftOut;
    if (role == Qt::ToolTipRole) {
        if (index.column() == Factor)
            return scoring::translatedFactorDescription(info.id);
        if (index.column() == Normalized)
            return BreakdownModel::tr("Curve: ") + f.normalization.describe();
        if (index.column() == Sentence)
            return f.sentence;
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Raw && index.column() <= Points)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Factor:
        return scoring::translatedFactorName(info.id);
    case Raw:
        return f.value.raw ? readableNumber(*f.value.raw) : tr("no data");
    case Normalized:
        if (f.notApplicable)
            return tr("not applicable");
        return QLocale().toString(f.usedValue, 'f', 3) +
               (f.imputed ? tr(" (imputed)") : f.countedAsZero ? tr(" (no data)") : QString());
    case Weight:
        return QLocale().toString(f.weight, 'g', 4);
    case Points:
        return f.leftOut || f.notApplicable ? tr("left out") : QLocale().toString(f.points, 'f', 2);
    case Sentence:
        return f.sentence;
    case Source:
        return f.value.source;
    }
    return {};
}

QVariant BreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const names[] = {QT_TRANSLATE_NOOP("candor::BreakdownModel", "Factor"),
                                        QT_TRANSLATE_NOOP("candor::BreakdownModel", "Raw"),
                                        QT_TRANSLATE_NOOP("candor::BreakdownModel", "Scaled"),
                                        QT_TRANSLATE_NOOP("candor::BreakdownModel", "Weight"),
                                        QT_TRANSLATE_NOOP("candor::BreakdownModel", "Points"),
                                        QT_TRANSLATE_NOOP("candor::BreakdownModel", "Why"),
                                        QT_TRANSLATE_NOOP("candor::BreakdownModel", "Source")};
    static const char *const tips[] = {
        QT_TRANSLATE_NOOP("candor::BreakdownModel",
                          "The factor, in plain words (hover over it for what it measures)"),
        QT_TRANSLATE_NOOP("candor::BreakdownModel", "The figure as it came in, in its own unit"),
        QT_TRANSLATE_NOOP("candor::BreakdownModel", "The figure on a 0-1 scale, by the factor's curve (hover "
                                                    "for the curve); \"imputed\" when there was no data"),
        QT_TRANSLATE_NOOP("candor::BreakdownModel",
                          "How much the factor counts, as set in the weights panel"),
        QT_TRANSLATE_NOOP(
            "candor::BreakdownModel",
            "What the factor adds to the score: 100 x weight x normalised value / sum of the weights"),
        QT_TRANSLATE_NOOP("candor::BreakdownModel", "The contribution in one sentence"),
        QT_TRANSLATE_NOOP("candor::BreakdownModel", "Where the raw figure comes from"),
    };
    return columnHeader(section, role, names, tips, staticMetaObject);
}

} // namespace candor
