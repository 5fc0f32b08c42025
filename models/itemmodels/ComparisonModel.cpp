// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ComparisonModel.h"

#include "core/Formatting.h"
#include "workbench/Workbench.h"

#include <QFont>
#include <QLocale>
#include <algorithm>

namespace candor {

namespace {

QString pointsText(double points)
{
    return QLocale().toString(points, 'f', 1);
}

QString signedPointsText(double points)
{
    return (points > 0.0 ? QStringLiteral("+") : QString()) + pointsText(points);
}

} // namespace

ComparisonModel::ComparisonModel(Workbench *workbench, QObject *parent)
    : QAbstractTableModel(parent), m_workbench(workbench)
{
    connect(workbench, &Workbench::weightsChanged, this, &ComparisonModel::refresh);
    connect(workbench, &Workbench::campaignChanged, this, [this] { setCandidates({}); });
}

void ComparisonModel::setCandidates(const QList<int> &candidates)
{
    beginResetModel();
    m_candidates = candidates.mid(0, kMaxCandidates);
    m_breakdowns.clear();
    for (int c : std::as_const(m_candidates))
        m_breakdowns << m_workbench->breakdown(c);
    endResetModel();
}

void ComparisonModel::refresh()
{
    if (m_candidates.isEmpty())
        return;
    for (qsizetype i = 0; i < m_candidates.size(); ++i)
        m_breakdowns[i] = m_workbench->breakdown(m_candidates.at(i));
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1); // ranks in the headers
}

int ComparisonModel::factorCount() const
{
    return m_breakdowns.isEmpty() ? 0 : static_cast<int>(m_breakdowns.first().factors.size());
}

int ComparisonModel::differenceColumn(int other) const
{
    return 1 + static_cast<int>(m_candidates.size()) + other - 1;
}

bool ComparisonModel::isDifferenceColumn(int column) const
{
    return column > static_cast<int>(m_candidates.size());
}

double ComparisonModel::points(int position, int factor) const
{
    return m_breakdowns.at(position).factors.at(factor).points;
}

double ComparisonModel::score(int position) const
{
    return m_breakdowns.at(position).score;
}

QString ComparisonModel::handleOf(int position) const
{
    return QStringLiteral("@") + m_workbench->pool().handle(m_candidates.at(position));
}

QString ComparisonModel::gapExplanation(int other) const
{
    if (other <= 0 || other >= m_candidates.size())
        return {};
    const double gap = score(0) - score(other);
    const QString first = handleOf(0), second = handleOf(other);
    struct Part
    {
        QString name;
        double difference;
    };
    QList<Part> parts;
    for (int f = 0; f < factorCount(); ++f)
        parts << Part{
            labelInSentence(scoring::translatedFactorName(m_breakdowns.at(0).factors.at(f).value.id)),
            points(0, f) - points(other, f)};
    // The factors that push the same way as the gap explain it; the others work against it.
    const double sign = gap >= 0.0 ? 1.0 : -1.0;
    std::stable_sort(parts.begin(), parts.end(),
                     [sign](const Part &a, const Part &b) { return sign * a.difference > sign * b.difference; });
    const QString ahead = gap >= 0.0 ? first : second, behind = gap >= 0.0 ? second : first;
    QString text =
        ComparisonModel::tr("%1 scores %2 points more than %3").arg(ahead, pointsText(std::abs(gap)), behind);
    QStringList reasons, against;
    for (const Part &p : std::as_const(parts)) {
        const double towards = sign * p.difference;
        if (towards >= 0.05 && reasons.size() < 3)
            reasons << QStringLiteral("%1 (%2)").arg(p.name, signedPointsText(towards));
        else if (towards <= -0.05)
            against << QStringLiteral("%1 (%2)").arg(p.name, signedPointsText(-towards));
    }
    if (!reasons.isEmpty())
        text += ComparisonModel::tr(", mostly from ") + reasons.join(QStringLiteral(", "));
    text += QLatin1Char('.');
    std::reverse(against.begin(), against.end()); // the largest first
    if (!against.isEmpty())
        text += ComparisonModel::tr(" %1 does better on %2.").arg(behind, against.join(QStringLiteral(", ")));
    return text;
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_candidates.isEmpty() ? 0 : factorCount() + 1;
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + static_cast<int>(2 * m_candidates.size()) - (m_candidates.isEmpty() ? 0 : 1);
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row(), column = index.column();
    const bool total = row == factorCount();
    if (column == 0) {
        if (role == Qt::DisplayRole)
            return total ? ComparisonModel::tr("Score")
                         : scoring::translatedFactorName(m_breakdowns.at(0).factors.at(row).value.id);
        if (role == Qt::ToolTipRole && !total)
            return scoring::translatedFactorDescription(m_breakdowns.at(0).factors.at(row).value.id);
        return {};
    }
    const bool difference = isDifferenceColumn(column);
    const int position = difference ? column - static_cast<int>(m_candidates.size()) : column - 1;
    const auto valueAt = [&](int p) { return total ? score(p) : points(p, row); };
    const double value = difference ? valueAt(0) - valueAt(position) : valueAt(position);
    switch (role) {
    case Qt::DisplayRole:
        return difference ? signedPointsText(value) : pointsText(value);
    case ValueRole:
        return value;
    case ImputedRole:
        if (difference || total)
            return false;
        return m_breakdowns.at(position).factors.at(row).imputed || m_breakdowns.at(position).factors.at(row).leftOut;
    case Qt::ToolTipRole:
        if (difference)
            return (total ? ComparisonModel::tr("Points %1 gets more than %2 in all (negative: fewer)")
                          : ComparisonModel::tr(
                                "Points %1 gets more than %2 from this factor (negative: fewer)"))
                .arg(handleOf(0), handleOf(position));
        if (!total)
            return m_breakdowns.at(position).factors.at(row).sentence;
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (total) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (section == 0)
        return role == Qt::DisplayRole ? ComparisonModel::tr("Factor")
                                       : ComparisonModel::tr("Points each factor adds");
    if (isDifferenceColumn(section)) {
        const int other = section - static_cast<int>(m_candidates.size());
        return role == Qt::DisplayRole
                   ? ComparisonModel::tr("Gap to %1").arg(handleOf(other))
                   : ComparisonModel::tr(
                         "Points %1 gets more than %2 per factor (negative: fewer); the column "
                         "adds up to the score gap")
                         .arg(handleOf(0), handleOf(other));
    }
    const int position = section - 1;
    const int rank = m_workbench->rankOf(m_candidates.at(position));
    const QString place =
        rank > 0 ? ComparisonModel::tr("rank %1").arg(rank) : ComparisonModel::tr("not ranked");
    return role == Qt::DisplayRole ? QStringLiteral("%1 (%2)").arg(handleOf(position), place)
                                   : ComparisonModel::tr("Points out of 100 for %1").arg(handleOf(position));
}

} // namespace candor
