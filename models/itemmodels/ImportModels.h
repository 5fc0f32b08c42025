// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "import/Importer.h"

#include <QAbstractTableModel>

namespace candor {

// The first records of a file as read, one column per file column; the header says what each is read as.
class ImportSampleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
    void setPrepared(const PreparedImport *prepared); // nullptr clears; the caller keeps it alive

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const PreparedImport *m_prepared = nullptr;
};

// One row per file column: its header, what it is read as (editable: the user's choice overrides the
// detection) and its first values.
class ImportMappingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Number,
        Header,
        ReadAs,
        FirstValues,
        ColumnCount
    };
    static constexpr int FieldRole = Qt::UserRole; // fieldId(), empty for a column left out

    using QAbstractTableModel::QAbstractTableModel;
    void setPrepared(const PreparedImport *prepared);
    // What the user changed, as ImportOptions::columnOverrides ("#3=followers", "#4=ignore").
    const QStringList &overrides() const { return m_overrides; }
    void clearOverrides() { m_overrides.clear(); }
    // Choices for the Read-as column: the empty id stands for "left out".
    static QStringList fieldChoices();
    static QString fieldLabel(const QString &fieldId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // The user chose another field for a column: the file needs reading again with overrides().
    void mappingEdited();

private:
    const PreparedImport *m_prepared = nullptr;
    QStringList m_overrides;
};

// Rejected rows and warnings of an import: line, column, reason and the record as written.
class ImportIssuesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Line,
        Severity,
        ColumnName,
        Reason,
        Record,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;
    void setPrepared(const PreparedImport *prepared);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const PreparedImport *m_prepared = nullptr;
};

} // namespace candor
