#include "CandidateTableModel.h"

#include "core/Formatting.h"

#include <QLocale>

namespace candor {

CandidateTableModel::CandidateTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void CandidateTableModel::setAccounts(QList<Account> accounts)
{
    beginResetModel();
    m_accounts = std::move(accounts);
    endResetModel();
}

int CandidateTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_accounts.size());
}

int CandidateTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CandidateTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Account &a = m_accounts.at(index.row());
    const auto rate = a.metrics.effectiveEngagementRate();

    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Handle:
            return QStringLiteral("@") + a.handle;
        case Name:
            return a.displayName;
        case Platform:
            return platformDisplayName(a.platform);
        case Followers:
            return a.metrics.followers ? candor::compactCount(*a.metrics.followers) : QStringLiteral("—");
        case EngagementRate:
            return rate ? percentText(*rate) : QStringLiteral("—");
        case Categories:
            return a.categories.join(QStringLiteral(", "));
        case AudienceCountry:
            return a.topAudienceCountry;
        }
    } else if (role == SortRole) {
        switch (index.column()) {
        case Handle:
            return a.handle.toLower();
        case Followers:
            return a.metrics.followers ? QVariant(*a.metrics.followers) : QVariant(qint64(-1));
        case EngagementRate:
            return rate ? QVariant(*rate) : QVariant(-1.0);
        default:
            return data(index, Qt::DisplayRole);
        }
    } else if (role == Qt::TextAlignmentRole) {
        if (index.column() == Followers || index.column() == EngagementRate)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == Followers && a.metrics.followers)
            return QLocale().toString(*a.metrics.followers) + QStringLiteral(" followers on ") +
                   a.metrics.asOf.toString(Qt::ISODate);
        if (index.column() == EngagementRate && !a.metrics.engagementRate && rate)
            return QStringLiteral("Computed: average likes and comments per post divided by followers");
    }
    return {};
}

QVariant CandidateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Handle:
            return QStringLiteral("Handle");
        case Name:
            return QStringLiteral("Name");
        case Platform:
            return QStringLiteral("Platform");
        case Followers:
            return QStringLiteral("Followers");
        case EngagementRate:
            return QStringLiteral("Engagement");
        case Categories:
            return QStringLiteral("Categories");
        case AudienceCountry:
            return QStringLiteral("Top audience country");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case EngagementRate:
            return QStringLiteral(
                "Engagement rate: average likes and comments per post as a share of followers");
        case AudienceCountry:
            return QStringLiteral("The country most of the audience is in, as the data source reports it");
        default:
            break;
        }
    }
    return {};
}

} // namespace candor
