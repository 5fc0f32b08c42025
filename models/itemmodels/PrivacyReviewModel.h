// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/PrivacyStore.h"

#include <QAbstractTableModel>

namespace candor {

// The Privacy page's findings: one row per finding (a creator past retention, a consent expired or near expiry,
// no lawful basis, no GDPR Art. 14 notice, an objection to profiling), in creator order, optionally of one kind.
class PrivacyReviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Creator,
        Name,
        Finding,
        Date,
        Explanation,
        ColumnCount
    };
    static constexpr int CreatorIdRole = Qt::UserRole + 1;
    static constexpr int KindRole = Qt::UserRole + 2; // privacy::findingKey
    static constexpr int AttributeRole = Qt::UserRole + 3;

    using QAbstractTableModel::QAbstractTableModel;
    void setRows(QList<PrivacyStore::ReviewRow> rows);
    // Only the findings of this kind (its key); empty: all.
    void setKindFilter(const QString &key);
    const QList<PrivacyStore::ReviewRow> &allRows() const { return m_all; }
    const PrivacyStore::ReviewRow &rowAt(int row) const { return m_all.at(m_shown.at(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void select();

    QList<PrivacyStore::ReviewRow> m_all;
    QList<qsizetype> m_shown; // indexes into m_all
    QString m_kind;
};

} // namespace candor
