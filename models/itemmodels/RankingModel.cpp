#include "RankingModel.h"

#include "core/Formatting.h"
#include "workbench/Workbench.h"

#include <QLocale>

namespace candor {

RankingModel::RankingModel(Workbench *workbench, QObject *parent)
    : QAbstractTableModel(parent), m_workbench(workbench)
{
    rebuild();
    connect(workbench, &Workbench::campaignChanged, this, &RankingModel::rebuild);
    connect(workbench, &Workbench::rankingChanged, this, &RankingModel::reorder);
    const auto refreshColumns = [this] {
        if (!m_rows.empty())
            emit dataChanged(index(0, Score), index(rowCount() - 1, Decision));
    };
    connect(workbench, &Workbench::stabilityChanged, this, refreshColumns);
    connect(workbench, &Workbench::decisionsChanged, this, refreshColumns);
}

std::vector<int> RankingModel::rowsInOrder() const
{
    std::vector<int> rows = m_workbench->order();
    for (int i = 0; i < m_workbench->candidateCount(); ++i) {
        if (m_workbench->rankOf(i) == 0)
            rows.push_back(i);
    }
    return rows;
}

void RankingModel::rebuild()
{
    beginResetModel();
    m_rows = rowsInOrder();
    endResetModel();
}

void RankingModel::reorder()
{
    std::vector<int> rows = rowsInOrder();
    if (rows.size() != m_rows.size()) {
        rebuild();
        return;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    std::vector<int> newRowOf(rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r)
        newRowOf[static_cast<std::size_t>(rows[r])] = static_cast<int>(r);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &old : before)
        after << index(newRowOf[static_cast<std::size_t>(m_rows[static_cast<std::size_t>(old.row())])],
                       old.column());
    m_rows = std::move(rows);
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int RankingModel::rowOf(int candidate) const
{
    const auto found = std::find(m_rows.begin(), m_rows.end(), candidate);
    return found == m_rows.end() ? -1 : static_cast<int>(found - m_rows.begin());
}

int RankingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RankingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList RankingModel::flagsOf(int candidate) const
{
    QStringList flags;
    const auto &stability = m_workbench->stability();
    if (static_cast<std::size_t>(candidate) < stability.size() &&
        stability[static_cast<std::size_t>(candidate)].unstable)
        flags << QStringLiteral("unstable rank");
    const scoring::ScoreMatrix &matrix = m_workbench->pool().matrix();
    int missing = 0;
    for (int f = 0; f < matrix.factors(); ++f)
        missing += matrix.isAvailable(candidate, f) ? 0 : 1;
    if (missing > 0)
        flags << QStringLiteral("%1 imputed").arg(missing);
    const auto &model = m_workbench->model();
    for (int f = 0; f < matrix.factors(); ++f) {
        if (model.factors.at(f).id == scoring::FactorId::Authenticity && matrix.isAvailable(candidate, f) &&
            matrix.usedValue(candidate, f) < 0.5)
            flags << QStringLiteral("authenticity warning");
    }
    return flags;
}

QVariant RankingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int candidate = m_rows[static_cast<std::size_t>(index.row())];
    const scoring::Candidate &c = m_workbench->pool().candidates().at(candidate);
    const int rank = m_workbench->rankOf(candidate);
    const double score = m_workbench->scores()[static_cast<std::size_t>(candidate)];
    // Looked up only by the roles that show it: sorting 100k rows must not copy a decision per comparison.
    const auto decisionOf = [&] { return m_workbench->decisionOf(candidate); };

    switch (role) {
    case CandidateRole:
        return candidate;
    case ContributionsRole:
    case ImputedRole: {
        const scoring::ScoreMatrix &matrix = m_workbench->pool().matrix();
        const auto &weights = m_workbench->weights();
        const double total = matrix.denominator(candidate, weights);
        QVariantList values;
        for (int f = 0; f < matrix.factors(); ++f) {
            if (role == ImputedRole)
                values << !matrix.isAvailable(candidate, f);
            else
                values << (total > 0.0 && matrix.countsInScore(candidate, f)
                               ? 100.0 * weights[static_cast<std::size_t>(f)] *
                                     matrix.usedValue(candidate, f) / total
                               : 0.0);
        }
        return values;
    }
    case OverrideRole: {
        const auto decision = decisionOf();
        return decision && decision->isOverride;
    }
    case SortRole:
        switch (index.column()) {
        case Rank:
            return rank == 0 ? std::numeric_limits<int>::max() : rank;
        case Followers:
            return c.account.metrics.followers.value_or(-1);
        case Score:
            return score;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Rank:
            return rank == 0 ? QVariant() : QVariant(rank);
        case Handle:
            return QStringLiteral("@") + c.account.handle;
        case Name:
            return c.account.displayName;
        case Platform:
            return platformDisplayName(c.account.platform);
        case Followers:
            return c.account.metrics.followers ? compactCount(*c.account.metrics.followers)
                                               : QStringLiteral("—");
        case Score:
            return QLocale().toString(score, 'f', 1);
        case Flags:
            return flagsOf(candidate).join(QStringLiteral(", "));
        case Decision:
            if (const auto decision = decisionOf())
                return decisionLabel(decision->kind) +
                       (decision->isOverride ? QStringLiteral(" (override)") : QString());
            return QString();
        case FilteredOutBy:
            return m_workbench->pool().filteredOutBy(candidate).value_or(QString());
        }
        break;
    case Qt::ToolTipRole:
        if (const auto decision = index.column() == Decision ? decisionOf() : std::nullopt)
            return QStringLiteral("%1 by %2 on %3: %4")
                .arg(decisionLabel(decision->kind), decision->decidedBy, decision->decidedAt,
                     decision->reason);
        if (index.column() == Score)
            return QStringLiteral(
                "Score out of 100; the bar shows what each factor adds. Select the row for the "
                "full breakdown.");
        if (index.column() == Rank && rank == 0)
            return QStringLiteral("Not ranked: ") +
                   m_workbench->pool().filteredOutBy(candidate).value_or(QString());
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Rank || index.column() == Followers || index.column() == Score)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant RankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const names[] = {"Rank",  "Handle", "Name",     "Platform",          "Followers",
                                        "Score", "Flags",  "Decision", "Not ranked because"};
    static const char *const tips[] = {
        "Place in the ranking for this campaign and these weights",
        "The account's handle",
        "Display name",
        "Platform of the account",
        "Followers in the newest snapshot",
        "Score out of 100: the weighted sum of the factors, each normalised to 0-1",
        "Imputed data (no data for a factor, counted as neutral), unstable rank (the place changes when the "
        "weights "
        "wobble), authenticity warning",
        "Your shortlist decision; \"override\" when it goes against the ranking",
        "The hard filter that removed the candidate before ranking",
    };
    if (section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return QString::fromLatin1(names[section]);
    if (role == Qt::ToolTipRole)
        return QString::fromLatin1(tips[section]);
    return {};
}

} // namespace candor
