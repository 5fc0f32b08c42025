// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BenchmarkTableModel.h"

#include "ColumnHeaders.h"

#include <QLocale>

namespace candor {

BenchmarkTableModel::BenchmarkTableModel(scoring::EngagementBenchmarks benchmarks, QObject *parent)
    : QAbstractTableModel(parent), m_benchmarks(std::move(benchmarks))
{
}

int BenchmarkTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_benchmarks.rows.size());
}

int BenchmarkTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BenchmarkTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const scoring::EngagementBenchmark &row = m_benchmarks.rows.at(index.row());
    const bool rate = index.column() == Average || index.column() == Median;
    const double fraction = index.column() == Average ? row.averageRate : row.medianRate;
    if (role == Qt::EditRole) {
        if (rate)
            return fraction * 100.0;
        if (index.column() == Source)
            return row.source;
        return {};
    }
    if (role == Qt::TextAlignmentRole && rate)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Source)
        return row.source;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Platform: {
        const auto platform = platformFromText(row.platform);
        return platform ? platformDisplayName(*platform) : row.platform;
    }
    case Tier:
        return scoring::EngagementBenchmarks::tierLabel(row);
    case Average:
    case Median:
        return QLocale().toString(fraction * 100.0, 'f', 2) + QStringLiteral(" %");
    case Source:
        return row.source;
    default:
        return {};
    }
}

bool BenchmarkTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    scoring::EngagementBenchmark &row = m_benchmarks.rows[index.row()];
    if (index.column() == Source) {
        const QString source = value.toString().trimmed();
        if (source.isEmpty())
            return false; // a figure without a source is what Candor exists to avoid
        row.source = source;
    } else if (index.column() == Average || index.column() == Median) {
        bool ok = false;
        const double percent = value.toDouble(&ok);
        if (!ok || percent <= 0.0 || percent > 100.0)
            return false;
        (index.column() == Average ? row.averageRate : row.medianRate) = percent / 100.0;
    } else {
        return false;
    }
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags BenchmarkTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == Average || index.column() == Median || index.column() == Source)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant BenchmarkTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const names[] = {QT_TRANSLATE_NOOP("candor::BenchmarkTableModel", "Platform"),
                                        QT_TRANSLATE_NOOP("candor::BenchmarkTableModel", "Followers"),
                                        QT_TRANSLATE_NOOP("candor::BenchmarkTableModel", "Average rate"),
                                        QT_TRANSLATE_NOOP("candor::BenchmarkTableModel", "Median rate"),
                                        QT_TRANSLATE_NOOP("candor::BenchmarkTableModel", "Source")};
    static const char *const tips[] = {
        QT_TRANSLATE_NOOP("candor::BenchmarkTableModel", "Platform the figures were measured on"),
        QT_TRANSLATE_NOOP("candor::BenchmarkTableModel", "Follower tier"),
        QT_TRANSLATE_NOOP("candor::BenchmarkTableModel",
                          "Average engagement rate of the tier: (likes + comments) / followers"),
        QT_TRANSLATE_NOOP(
            "candor::BenchmarkTableModel",
            "Median engagement rate of the tier; used by default: it is the typical account's rate, which a "
            "few "
            "extreme accounts cannot move (in the shipped table every median is above its average)"),
        QT_TRANSLATE_NOOP("candor::BenchmarkTableModel",
                          "Where the figures come from: shown wherever a benchmark is used"),
    };
    return columnHeader(section, role, names, tips, staticMetaObject);
}

} // namespace candor
