// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "scoring/EngagementBenchmarks.h"

#include <QAbstractTableModel>

namespace candor {

// The engagement benchmark table for editing: one row per platform and follower tier, the average and
// median engagement rate in percent (editable) and the source of the figures (editable, so that a user who
// puts in their own figures says where they come from).
class BenchmarkTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Platform,
        Tier,
        Average,
        Median,
        Source,
        ColumnCount
    };

    explicit BenchmarkTableModel(scoring::EngagementBenchmarks benchmarks, QObject *parent = nullptr);
    const scoring::EngagementBenchmarks &benchmarks() const { return m_benchmarks; }
    void setStatistic(scoring::EngagementBenchmarks::Statistic statistic) { m_benchmarks.statistic = statistic; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    scoring::EngagementBenchmarks m_benchmarks;
};

} // namespace candor
