// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "fairness/FairnessAudit.h"

#include <QAbstractTableModel>

namespace candor {

// One creator attribute's groups in a fairness audit: pool, selected, selection rate with its exact interval,
// share of the selected, disparity against the reference group with its range, ranking exposure (skew@k and
// FA*IR's test) and the verdict. Groups too small to judge say so; a missing number says "no data", never 0.
class GroupFairnessModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Group,
        Pool,
        Selected,
        SelectionRate,
        ShareOfSelected,
        Disparity,
        DisparityRange,
        Skew,
        RankedTest,
        Verdict,
        ColumnCount
    };
    static constexpr int ValueRole = Qt::UserRole; // the number behind a cell; invalid when not defined

    using QAbstractTableModel::QAbstractTableModel;
    void setAudit(const fairness::AttributeAudit &audit);
    const fairness::AttributeAudit &audit() const { return m_audit; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    fairness::AttributeAudit m_audit;
};

} // namespace candor
