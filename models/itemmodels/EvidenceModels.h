// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "authenticity/AccountSignals.h"
#include "compliance/BrandSafety.h"
#include "compliance/DisclosureCheck.h"
#include "domain/Post.h"

#include <QAbstractTableModel>
#include <QList>
#include <optional>

namespace candor {

// An account's authenticity signals, one row each, with the light, the value against its threshold, what it
// counts in the factor, the evidence and the threshold's source.
class SignalTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Signal,
        Light,
        Value,
        Usual,
        Counts,
        Evidence,
        Source,
        ColumnCount
    };
    static constexpr int LightRole = Qt::UserRole + 1; // the light's key: green, amber, red, no_data

    using QAbstractTableModel::QAbstractTableModel;
    void setSignals(const QList<authenticity::Signal> &assessed);
    const QList<authenticity::Signal> &assessed() const { return m_signals; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<authenticity::Signal> m_signals;
};

// An account's posts with what the disclosure table says of each: sponsored or not (and who says so), the
// verdict and the rule that decided it, the AI label.
class PostVerdictModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Date,
        Sponsored,
        Verdict,
        Rule,
        AiLabel,
        BrandSafety,
        Findings, // the rule that decided, the AI label's warning and the brand-safety words, a line each
        Text,
        ColumnCount
    };
    static constexpr int VerdictRole = Qt::UserRole + 1; // compliant, warning, violation; empty when not judged

    using QAbstractTableModel::QAbstractTableModel;
    // Each post judged: its disclosure, its AI label, and the brand-safety words and excluded topics it has.
    void setPosts(const QList<Post> &posts, const compliance::DisclosureChecker &checker,
                  const compliance::ContentMatcher &matcher, const QStringList &excludedTopics);

    struct Row
    {
        Post post;
        std::optional<compliance::Finding> disclosure;
        std::optional<compliance::Finding> ai;
        QList<compliance::ContentHit> brandSafety; // categories, then the brief's excluded topics
        QString brandSafetyText() const;            // "“beer” (alcohol …); “poker”: the brief excludes gambling"
    };
    const QList<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace candor
