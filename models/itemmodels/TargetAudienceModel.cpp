// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TargetAudienceModel.h"

#include "ColumnHeaders.h"
#include "core/Formatting.h"
#include "domain/AudienceLabels.h"

#include <QLocale>
#include <cmath>

namespace candor {
namespace {

const char *const kNames[] = {QT_TRANSLATE_NOOP("candor::TargetAudienceModel", "Category"),
                              QT_TRANSLATE_NOOP("candor::TargetAudienceModel", "Share %")};

// Candor's category for what was typed (a country name becomes its code); an unknown label stays as typed,
// and problem() names it.
QString categoryOf(AudienceDimension dimension, const QString &typed)
{
    const QString text = typed.trimmed();
    return audience::canonicalCategory(dimension, text).value_or(text);
}
const char *const kTips[] = {
    QT_TRANSLATE_NOOP("candor::TargetAudienceModel", "Age band (18-24, 65+), gender (female, male, other), "
                                                     "country (ISO code or English name) or language (en)"),
    QT_TRANSLATE_NOOP("candor::TargetAudienceModel", "The share of the target audience in this category, in "
                                                     "percent; the shares of a dimension add up to 100")};

} // namespace

TargetAudienceModel::TargetAudienceModel(AudienceDimension dimension, QObject *parent)
    : QAbstractTableModel(parent), m_dimension(dimension)
{
}

AudienceDistribution TargetAudienceModel::distribution() const
{
    QList<AudienceShare> shares;
    for (const AudienceShare &s : m_shares) {
        if (!s.category.trimmed().isEmpty())
            shares << s;
    }
    return AudienceDistribution(m_dimension, shares);
}

void TargetAudienceModel::setDistribution(const AudienceDistribution &distribution)
{
    beginResetModel();
    m_shares = distribution.shares();
    endResetModel();
    emit totalChanged();
}

double TargetAudienceModel::total() const
{
    return AudienceDistribution(m_dimension, m_shares).total();
}

bool TargetAudienceModel::addsUp() const
{
    return m_shares.isEmpty() || std::abs(total() - 1.0) <= AudienceDistribution::kSumTolerance;
}

QString TargetAudienceModel::problem() const
{
    for (const AudienceShare &s : m_shares) {
        if (s.category.trimmed().isEmpty())
            return TargetAudienceModel::tr("a row has no category");
        if (!audience::canonicalCategory(m_dimension, s.category))
            return TargetAudienceModel::tr("\"%1\" is not a known %2")
                .arg(s.category, dimensionNameInText(m_dimension));
    }
    if (!addsUp())
        return TargetAudienceModel::tr("the shares add up to %1, not 100 % (Normalise scales them)")
            .arg(percentText(total(), 1));
    return {};
}

void TargetAudienceModel::addCategory(const QString &category)
{
    const int row = static_cast<int>(m_shares.size());
    beginInsertRows({}, row, row);
    m_shares << AudienceShare{categoryOf(m_dimension, category), 0.0};
    endInsertRows();
}

void TargetAudienceModel::removeCategory(int row)
{
    if (row < 0 || row >= m_shares.size())
        return;
    beginRemoveRows({}, row, row);
    m_shares.removeAt(row);
    endRemoveRows();
    emit totalChanged();
}

void TargetAudienceModel::normalize()
{
    const double sum = total();
    if (sum <= 0.0)
        return;
    for (AudienceShare &s : m_shares)
        s.share /= sum;
    if (!m_shares.isEmpty())
        emit dataChanged(index(0, Share), index(static_cast<int>(m_shares.size()) - 1, Share));
    emit totalChanged();
}

int TargetAudienceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shares.size());
}

int TargetAudienceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TargetAudienceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shares.size())
        return {};
    const AudienceShare &s = m_shares.at(index.row());
    if (index.column() == Category && (role == Qt::DisplayRole || role == Qt::EditRole))
        return s.category;
    if (index.column() == Share) {
        if (role == Qt::DisplayRole)
            return QLocale().toString(100.0 * s.share, 'f', 1);
        if (role == Qt::EditRole)
            return 100.0 * s.share;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

bool TargetAudienceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_shares.size())
        return false;
    AudienceShare &s = m_shares[index.row()];
    if (index.column() == Category) {
        s.category = categoryOf(m_dimension, value.toString());
    } else {
        bool ok = false;
        const double percent = value.toDouble(&ok);
        if (!ok || percent < 0.0 || percent > 100.0)
            return false;
        s.share = percent / 100.0;
    }
    emit dataChanged(index, index);
    emit totalChanged();
    return true;
}

Qt::ItemFlags TargetAudienceModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable : Qt::NoItemFlags;
}

QVariant TargetAudienceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    return columnHeader(section, role, kNames, kTips, staticMetaObject);
}

} // namespace candor
