// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "policy/Policy.h"

#include <QAbstractTableModel>

namespace candor {

// The Policy page's findings, as PolicyMonitor keeps them: blocking open ones first, then warnings, then those a
// person resolved, each with its rule, subject, evidence sentence and resolution.
class PolicyFindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Status,
        Rule,
        Subject,
        Finding,
        Resolution,
        ColumnCount
    };
    static constexpr int AccountIdRole = Qt::UserRole + 1; // 0 for a group
    static constexpr int EvidenceRole = Qt::UserRole + 2;  // audience, authenticity, disclosure, privacy, …
    static constexpr int RuleIdRole = Qt::UserRole + 3;
    static constexpr int OpenRole = Qt::UserRole + 4;

    using QAbstractTableModel::QAbstractTableModel;
    void setFindings(QList<policy::Finding> findings);
    const QList<policy::Finding> &findings() const { return m_findings; }
    const policy::Finding &findingAt(int row) const { return m_findings.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<policy::Finding> m_findings;
};

} // namespace candor
