// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PrivacyReviewModel.h"

#include "ColumnHeaders.h"

#include <QLocale>

namespace candor {

void PrivacyReviewModel::setRows(QList<PrivacyStore::ReviewRow> rows)
{
    beginResetModel();
    m_all = std::move(rows);
    select();
    endResetModel();
}

void PrivacyReviewModel::setKindFilter(const QString &key)
{
    beginResetModel();
    m_kind = key;
    select();
    endResetModel();
}

void PrivacyReviewModel::select()
{
    m_shown.clear();
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        if (m_kind.isEmpty() || privacy::findingKey(m_all.at(i).finding.kind) == m_kind)
            m_shown << i;
    }
}

int PrivacyReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int PrivacyReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PrivacyReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PrivacyStore::ReviewRow &r = rowAt(index.row());
    switch (role) {
    case CreatorIdRole:
        return r.finding.creatorId;
    case KindRole:
        return privacy::findingKey(r.finding.kind);
    case AttributeRole:
        return r.finding.attribute;
    case Qt::ToolTipRole:
        return r.finding.sentence;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Creator:
        return r.handles;
    case Name:
        return r.name;
    case Finding:
        return r.finding.attribute.isEmpty()
                   ? privacy::findingLabel(r.finding.kind)
                   : QStringLiteral("%1 (%2)").arg(privacy::findingLabel(r.finding.kind), r.finding.attribute);
    case Date:
        return r.finding.date.isValid() ? QLocale().toString(r.finding.date, QLocale::ShortFormat) : QString();
    case Explanation:
        return r.finding.sentence;
    default:
        break;
    }
    return {};
}

QVariant PrivacyReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const names[] = {QT_TRANSLATE_NOOP("candor::PrivacyReviewModel", "Creator"),
                                        QT_TRANSLATE_NOOP("candor::PrivacyReviewModel", "Name"),
                                        QT_TRANSLATE_NOOP("candor::PrivacyReviewModel", "Finding"),
                                        QT_TRANSLATE_NOOP("candor::PrivacyReviewModel", "Date"),
                                        QT_TRANSLATE_NOOP("candor::PrivacyReviewModel", "What it means")};
    static const char *const tips[] = {
        QT_TRANSLATE_NOOP("candor::PrivacyReviewModel", "The creator's accounts"),
        QT_TRANSLATE_NOOP("candor::PrivacyReviewModel", "The creator's name"),
        QT_TRANSLATE_NOOP("candor::PrivacyReviewModel", "What needs a person's attention"),
        QT_TRANSLATE_NOOP("candor::PrivacyReviewModel",
                          "When retention ended, the consent expires or expired, or the notice to the "
                          "creator was or is due"),
        QT_TRANSLATE_NOOP("candor::PrivacyReviewModel", "The finding in a sentence, with what resolves it")};
    if (orientation != Qt::Horizontal)
        return {};
    return columnHeader(section, role, names, tips, staticMetaObject);
}

} // namespace candor
