// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "scoring/ScoredPool.h"

#include <QAbstractTableModel>
#include <QList>

namespace candor {

class Workbench;

// Two or three candidates side by side, factor by factor: the points each factor gives each of them, and the
// difference between the first and each other one. The differences add up exactly to the score gap, so
// they say where a rank gap comes from. The last row is the score.
class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kMaxCandidates = 3;
    enum Role
    {
        ValueRole = Qt::UserRole, // the points (or the difference) as a number
        ImputedRole,              // bool: the points rest on no data
    };

    explicit ComparisonModel(Workbench *workbench, QObject *parent = nullptr);

    // The first is the one the others are measured against; at most kMaxCandidates are kept.
    void setCandidates(const QList<int> &candidates);
    const QList<int> &candidates() const { return m_candidates; }
    int factorCount() const;
    int pointsColumn(int position) const { return 1 + position; }
    int differenceColumn(int other) const; // other = 1 or 2: first minus that one
    bool isDifferenceColumn(int column) const;

    // Points per factor of the candidate at `position`, in the model's factor order.
    double points(int position, int factor) const;
    double score(int position) const;
    // A plain-words account of the gap between the first candidate and the one at `other`.
    QString gapExplanation(int other) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refresh();
    QString handleOf(int position) const;

    Workbench *m_workbench;
    QList<int> m_candidates;
    QList<scoring::Breakdown> m_breakdowns; // one per candidate, recomputed when the weights change
};

} // namespace candor
