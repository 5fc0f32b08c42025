// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "scoring/ScoredPool.h"

#include <QAbstractTableModel>

namespace candor {

class Workbench;

// One candidate's factor breakdown: raw value, source, normalised value, weight, points and the sentence.
class BreakdownModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Factor,
        Raw,
        Normalized,
        Weight,
        Points,
        Sentence,
        Source,
        ColumnCount
    };
    enum Role
    {
        PointsRole = Qt::UserRole,
        ImputedRole
    };

    explicit BreakdownModel(Workbench *workbench, QObject *parent = nullptr);

    void setCandidate(int candidate); // -1 for none
    int candidate() const { return m_candidate; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refresh();

    Workbench *m_workbench;
    int m_candidate = -1;
    scoring::Breakdown m_breakdown; // computed once per change, not once per cell
};

} // namespace candor
