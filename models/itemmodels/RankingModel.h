// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "scoring/ScoreMatrix.h"

#include <QAbstractTableModel>
#include <vector>

namespace candor {

class Workbench;

// The ranked candidates of the workbench's campaign: ranked ones in rank order, then those a hard filter
// removed (with the filter). Re-ranking moves rows with layoutChanged, so the selection follows the
// candidate rather than the row.
//
// It sorts and filters itself instead of sitting behind a QSortFilterProxyModel: a proxy re-sorts every row
// through data() on each layoutChanged, far too slow for a slider drag over 100,000 candidates, whereas
// here the rank order comes ready from the workbench and other sort keys are computed once per sort.
class RankingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Rank,
        Handle,
        Name,
        Platform,
        Followers,
        Score,
        ScoreRange,
        Flags,
        Decision,
        Reason, // of the decision
        FilteredOutBy,
        ColumnCount
    };
    enum Role
    {
        ValueRole = Qt::UserRole, // the number behind the cell: rank, followers, score
        CandidateRole,     // index into the workbench's pool
        ContributionsRole, // QVariantList of points per factor (the score cell's stacked bar)
        ImputedRole,       // QVariantList of bool per factor
        OverrideRole,      // bool: the current decision overrode the ranking
    };

    explicit RankingModel(Workbench *workbench, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    // Shows only candidates whose handle, name, platform, flags, decision or filter reason contain `text`
    // (case-insensitive); empty shows all.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }
    // Shows only candidates with this warning (a key of scoring::warningKinds(), or "any" for any warning);
    // empty shows all. Combined with the text filter.
    void setWarningFilter(const QString &key);
    QString warningFilter() const { return m_warning; }

    int candidateAt(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }
    int rowOf(int candidate) const;

private:
    void rebuild();
    void reorder();  // after a re-rank
    void relayout(); // rows into the current order, the selection following its candidates
    void refreshDerivedColumns();
    bool sortFollowsScores() const;
    std::vector<int> rowsInOrder() const;
    void sortRows(std::vector<int> &rows) const;
    bool filtering() const { return !m_filter.isEmpty() || !m_warning.isEmpty(); }
    struct RowWords;
    bool matchesFilter(int candidate, const RowWords &words) const;
    QString decisionText(int candidate) const;
    QString reasonText(int candidate) const;
    QStringList flagsOf(int candidate, const RowWords &words) const;
    scoring::ScoreMatrix::Range rangeOf(int candidate) const;

    Workbench *m_workbench;
    std::vector<int> m_rows; // candidate per row
    int m_sortColumn = Rank;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_filter;
    QString m_warning;
    unsigned m_warningFlags = 0; // what m_warning means
    std::vector<char> m_matches; // per candidate, while a filter is set
};

} // namespace candor
