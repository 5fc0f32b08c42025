// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/AudienceDistribution.h"

#include <QAbstractTableModel>

namespace candor {

// One dimension of a campaign's target audience for editing: a row per category with its share in percent.
// The total is shown live; shares that do not add up to 100 % are never fixed silently — normalize() does it
// when the user asks.
class TargetAudienceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Category,
        Share,
        ColumnCount
    };

    explicit TargetAudienceModel(AudienceDimension dimension, QObject *parent = nullptr);

    AudienceDimension dimension() const { return m_dimension; }
    // Shares as fractions; empty categories are left out.
    AudienceDistribution distribution() const;
    void setDistribution(const AudienceDistribution &distribution);
    double total() const; // fraction; 1.0 when it adds up
    bool addsUp() const;  // within AudienceDistribution::kSumTolerance, or empty
    // Empty when the dimension can be saved; otherwise what is wrong, in a sentence.
    QString problem() const;

    void addCategory(const QString &category = {});
    void removeCategory(int row);
    void normalize(); // scales every share so that they add up to 100 %

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void totalChanged();

private:
    AudienceDimension m_dimension;
    QList<AudienceShare> m_shares;
};

} // namespace candor
