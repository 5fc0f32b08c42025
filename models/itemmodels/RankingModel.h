#pragma once

#include <QAbstractTableModel>
#include <vector>

namespace candor {

class Workbench;

// The ranked candidates of the workbench's campaign: ranked ones in rank order, then those a hard filter
// removed (with the filter). Re-ranking moves rows with layoutChanged, so the selection follows the
// candidate rather than the row.
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
        Flags,
        Decision,
        FilteredOutBy,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole,
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

    int candidateAt(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }
    int rowOf(int candidate) const;

private:
    void rebuild();
    void reorder();
    std::vector<int> rowsInOrder() const;
    QStringList flagsOf(int candidate) const;

    Workbench *m_workbench;
    std::vector<int> m_rows; // candidate per row
};

} // namespace candor
