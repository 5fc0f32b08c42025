// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/AuditStore.h"

#include <QAbstractTableModel>

namespace candor {

// The audit log as the History page lists it: newest first, each entry in words ("Approved, against the
// ranking, at rank 14"), with its personal details (a reason, a note) or "erased".
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        When,
        Who,
        What,
        About,
        Details,
        Personal,
        ColumnCount
    };
    static constexpr int SequenceRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;
    void setRows(QList<AuditStore::Row> rows);
    const QList<AuditStore::Row> &rows() const { return m_rows; }

    // What an action is called, and what changed, in a sentence without personal data.
    static QString actionLabel(const QString &action);
    static QString detailText(const audit::Entry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditStore::Row> m_rows;
};

} // namespace candor
