#pragma once

#include "domain/Creator.h"

#include <QAbstractTableModel>
#include <QList>

namespace candor {

// The candidates of a project, one row per platform account, with their newest figures.
// Display text is formatted for people ("1.2M"); Qt::UserRole gives the raw value for sorting.
class CandidateTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Handle,
        Name,
        Platform,
        Followers,
        EngagementRate,
        Categories,
        AudienceCountry,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;

    explicit CandidateTableModel(QObject *parent = nullptr);

    void setAccounts(QList<Account> accounts);
    const Account &accountAt(int row) const { return m_accounts.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Account> m_accounts;
};

} // namespace candor
