// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RankingModel.h"

#include "ColumnHeaders.h"
#include "core/Formatting.h"
#include "scoring/Warnings.h"
#include "workbench/Workbench.h"

#include <QLocale>

namespace candor {

// The words of the flags column, translated once for a pass over every candidate (a search, a sort) rather
// than once per candidate; only the labels, never a warning's sentence. (A decision's label is looked up only
// for the few candidates with a decision.)
struct RankingModel::RowWords
{
    explicit RowWords(const scoring::ScoredPool &pool)
        : unstable(RankingModel::tr("unstable rank")),
          missing(pool.matrix().rule() == scoring::MissingDataRule::Neutral ? RankingModel::tr("%1 imputed")
                  : pool.matrix().rule() == scoring::MissingDataRule::LowerBound
                      ? RankingModel::tr("%1 without data")
                      : RankingModel::tr("%1 left out")),
          notApplicable(RankingModel::tr("%1 not applicable"))
    {
        for (const unsigned flag : scoring::warningOrder(pool))
            warnings.emplace_back(flag, scoring::warningLabel(flag));
    }
    QString unstable;
    QString missing; // named as the model's missing-data rule treats them
    QString notApplicable;
    std::vector<std::pair<unsigned, QString>> warnings;
};

RankingModel::RankingModel(Workbench *workbench, QObject *parent)
    : QAbstractTableModel(parent), m_workbench(workbench)
{
    rebuild();
    connect(workbench, &Workbench::campaignChanged, this, &RankingModel::rebuild);
    connect(workbench, &Workbench::rankingChanged, this, &RankingModel::reorder);
    connect(workbench, &Workbench::stabilityChanged, this, &RankingModel::refreshDerivedColumns);
    connect(workbench, &Workbench::decisionsChanged, this, &RankingModel::refreshDerivedColumns);
}

bool RankingModel::sortFollowsScores() const
{
    // Flags (unstable rank) and decisions (override) follow the ranking too.
    return m_sortColumn == Rank || m_sortColumn == Score || m_sortColumn == Flags || m_sortColumn == Decision;
}

std::vector<int> RankingModel::rowsInOrder() const
{
    std::vector<int> rows = m_workbench->order();
    for (int i = 0; i < m_workbench->candidateCount(); ++i) {
        if (m_workbench->rankOf(i) == 0)
            rows.push_back(i);
    }
    if (filtering())
        std::erase_if(rows, [this](int c) { return !m_matches[static_cast<std::size_t>(c)]; });
    sortRows(rows);
    return rows;
}

void RankingModel::sortRows(std::vector<int> &rows) const
{
    // `rows` comes in rank order, and the sorts are stable: ties stay in rank order.
    if (m_sortColumn == Rank) {
        if (m_sortOrder == Qt::DescendingOrder)
            std::reverse(rows.begin(), rows.end());
        return;
    }
    const std::size_t n = static_cast<std::size_t>(m_workbench->candidateCount());
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    if (m_sortColumn == Score || m_sortColumn == Followers) {
        std::vector<double> key(n);
        for (int c : rows) {
            const auto followers = m_workbench->pool().followers(c);
            key[static_cast<std::size_t>(c)] = m_sortColumn == Score
                                                   ? m_workbench->scores()[static_cast<std::size_t>(c)]
                                                   : static_cast<double>(followers.value_or(-1));
        }
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            const double ka = key[static_cast<std::size_t>(a)], kb = key[static_cast<std::size_t>(b)];
            return descending ? kb < ka : ka < kb;
        });
        return;
    }
    std::vector<QString> key(n);
    const RowWords words(m_workbench->pool());
    for (int c : rows) {
        QString &k = key[static_cast<std::size_t>(c)];
        switch (m_sortColumn) {
        case Handle:
            k = m_workbench->pool().handle(c);
            break;
        case Name:
            k = m_workbench->pool().displayName(c);
            break;
        case Platform:
            k = platformDisplayName(m_workbench->pool().platform(c));
            break;
        case Flags:
            k = flagsOf(c, words).join(QStringLiteral(", "));
            break;
        case Decision:
            k = decisionText(c);
            break;
        case Reason:
            k = reasonText(c);
            break;
        default:
            k = m_workbench->pool().filteredOutBy(c).value_or(QString());
            break;
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        const int order = QString::compare(key[static_cast<std::size_t>(a)], key[static_cast<std::size_t>(b)],
                                           Qt::CaseInsensitive);
        return descending ? order > 0 : order < 0;
    });
}

void RankingModel::rebuild()
{
    beginResetModel();
    if (!filtering()) {
        m_matches.clear();
    } else {
        m_matches.assign(static_cast<std::size_t>(m_workbench->candidateCount()), 0);
        const RowWords words(m_workbench->pool());
        for (int c = 0; c < m_workbench->candidateCount(); ++c)
            m_matches[static_cast<std::size_t>(c)] = matchesFilter(c, words) ? 1 : 0;
    }
    m_rows = rowsInOrder();
    endResetModel();
}

void RankingModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    relayout();
}

void RankingModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    rebuild();
}

void RankingModel::setWarningFilter(const QString &key)
{
    if (key == m_warning)
        return;
    m_warning = key;
    m_warningFlags = scoring::warningFlagsOfKey(key).value_or(0);
    rebuild();
}

void RankingModel::refreshDerivedColumns()
{
    // Flags and decisions are searchable: with a search active, which rows match may have changed.
    if (filtering()) {
        rebuild();
        return;
    }
    if (sortFollowsScores())
        reorder();
    else if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void RankingModel::reorder()
{
    if (!sortFollowsScores()) {
        // Sorted by something the weights do not touch: the rows stay, their rank and score change.
        if (!m_rows.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    relayout();
}

void RankingModel::relayout()
{
    const std::vector<int> &order = m_workbench->order();
    const std::size_t changed = m_workbench->changedRows();
    if (m_sortColumn == Rank && m_sortOrder == Qt::AscendingOrder && !filtering() && changed < order.size() &&
        m_rows.size() == static_cast<std::size_t>(m_workbench->candidateCount())) {
        // Only the leading rows moved (a drag over a large pool): the rows are the order, and a candidate in
        // the moved part is found by its new rank, so nothing is done per row beyond them.
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QModelIndexList after;
        after.reserve(before.size());
        for (const QModelIndex &old : before) {
            const auto row = static_cast<std::size_t>(old.row());
            after << (row < changed ? index(m_workbench->rankOf(m_rows[row]) - 1, old.column()) : old);
        }
        std::copy(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(changed), m_rows.begin());
        changePersistentIndexList(before, after);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        return;
    }
    std::vector<int> rows = rowsInOrder();
    if (rows.size() != m_rows.size()) {
        rebuild();
        return;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    std::vector<int> newRowOf(static_cast<std::size_t>(m_workbench->candidateCount()), -1);
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

bool RankingModel::matchesFilter(int candidate, const RowWords &words) const
{
    const scoring::ScoredPool &pool = m_workbench->pool();
    if (!m_warning.isEmpty() && (scoring::warningFlags(pool, candidate) & m_warningFlags) == 0)
        return false;
    if (m_filter.isEmpty())
        return true;
    const QString fields[] = {pool.handle(candidate),
                              pool.displayName(candidate),
                              platformDisplayName(pool.platform(candidate)),
                              flagsOf(candidate, words).join(QLatin1Char(' ')),
                              decisionText(candidate),
                              reasonText(candidate),
                              m_workbench->pool().filteredOutBy(candidate).value_or(QString())};
    return std::any_of(std::begin(fields), std::end(fields),
                       [this](const QString &field) { return field.contains(m_filter, Qt::CaseInsensitive); });
}

QString RankingModel::decisionText(int candidate) const
{
    const auto decision = m_workbench->decisionOf(candidate);
    if (!decision)
        return {};
    return decisionLabel(decision->kind) +
           (decision->isOverride ? RankingModel::tr(" (override)") : QString());
}

QString RankingModel::reasonText(int candidate) const
{
    const auto decision = m_workbench->decisionOf(candidate);
    return decision ? decision->reason.simplified() : QString();
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

scoring::ScoreMatrix::Range RankingModel::rangeOf(int candidate) const
{
    return m_workbench->pool().matrix().range(candidate, m_workbench->weights());
}

QStringList RankingModel::flagsOf(int candidate, const RowWords &words) const
{
    QStringList flags;
    const auto &stability = m_workbench->stability();
    if (static_cast<std::size_t>(candidate) < stability.size() &&
        stability[static_cast<std::size_t>(candidate)].unstable)
        flags << words.unstable;
    const scoring::ScoreMatrix &matrix = m_workbench->pool().matrix();
    int missing = 0;
    int notApplicable = 0;
    for (int f = 0; f < matrix.factors(); ++f) {
        const auto state = matrix.state(candidate, f);
        missing += state == scoring::ScoreMatrix::State::Missing ? 1 : 0;
        notApplicable += state == scoring::ScoreMatrix::State::NotApplicable ? 1 : 0;
    }
    if (missing > 0)
        flags << words.missing.arg(missing);
    if (notApplicable > 0)
        flags << words.notApplicable.arg(notApplicable);
    const unsigned warned = scoring::warningFlags(m_workbench->pool(), candidate);
    for (const auto &[flag, label] : words.warnings) {
        if (warned & flag)
            flags << label;
    }
    return flags;
}

QVariant RankingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int candidate = m_rows[static_cast<std::size_t>(index.row())];
    const scoring::ScoredPool &pool = m_workbench->pool();
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
    case ValueRole:
        switch (index.column()) {
        case Rank:
            return rank == 0 ? std::numeric_limits<int>::max() : rank;
        case Followers:
            return pool.followers(candidate).value_or(-1);
        case Score:
            return score;
        case ScoreRange:
            return rangeOf(candidate).highest;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Rank:
            return rank == 0 ? QVariant() : QVariant(rank);
        case Handle:
            return QStringLiteral("@") + pool.handle(candidate);
        case Name:
            return pool.displayName(candidate);
        case Platform:
            return platformDisplayName(pool.platform(candidate));
        case Followers: {
            const auto followers = pool.followers(candidate);
            return followers ? compactCount(*followers) : QStringLiteral("—");
        }
        case Score:
            return QLocale().toString(score, 'f', 1);
        case ScoreRange: {
            // Empty when nothing is missing: the score is then exact.
            const scoring::ScoreMatrix::Range range = rangeOf(candidate);
            if (range.highest - range.lowest < 0.05)
                return QString();
            return QStringLiteral("%1–%2").arg(QLocale().toString(range.lowest, 'f', 1),
                                              QLocale().toString(range.highest, 'f', 1));
        }
        case Flags:
            return flagsOf(candidate, RowWords(pool)).join(QStringLiteral(", "));
        case Decision:
            return decisionText(candidate);
        case Reason:
            return reasonText(candidate);
        case FilteredOutBy:
            return m_workbench->pool().filteredOutBy(candidate).value_or(QString());
        }
        break;
    case Qt::ToolTipRole:
        if (const auto decision = index.column() == Decision || index.column() == Reason ? decisionOf() : std::nullopt)
            return RankingModel::tr("%1 by %2 on %3: %4")
                .arg(decisionLabel(decision->kind), decision->decidedBy, decision->decidedAt,
                     decision->reason);
        if (index.column() == Score)
            return RankingModel::tr(
                "Score out of 100; the bar shows what each factor adds. Select the row for the "
                "full breakdown.");
        if (index.column() == Rank && rank == 0)
            return RankingModel::tr("Not ranked: ") +
                   m_workbench->pool().filteredOutBy(candidate).value_or(QString());
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Rank || index.column() == Followers || index.column() == Score ||
            index.column() == ScoreRange)
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
    static const char *const names[] = {QT_TR_NOOP("Rank"),     QT_TR_NOOP("Handle"),   QT_TR_NOOP("Name"),
                                        QT_TR_NOOP("Platform"), QT_TR_NOOP("Followers"), QT_TR_NOOP("Score"),
                                        QT_TR_NOOP("Range"),    QT_TR_NOOP("Flags"),    QT_TR_NOOP("Decision"),
                                        QT_TR_NOOP("Reason"),   QT_TR_NOOP("Not ranked because")};
    static const char *const tips[] = {
        QT_TRANSLATE_NOOP("candor::RankingModel", "Place in the ranking for this campaign and these weights"),
        QT_TRANSLATE_NOOP("candor::RankingModel", "The account's handle"),
        QT_TRANSLATE_NOOP("candor::RankingModel", "Display name"),
        QT_TRANSLATE_NOOP("candor::RankingModel", "Platform of the account"),
        QT_TRANSLATE_NOOP("candor::RankingModel", "Followers in the newest snapshot"),
        QT_TRANSLATE_NOOP("candor::RankingModel",
                          "Score out of 100: the weighted sum of the factors, each normalised to 0-1"),
        QT_TRANSLATE_NOOP("candor::RankingModel", "Where the score could lie with the data that is missing: "
                                                  "each missing factor at 0 (the score) and at full marks "
                                                  "(empty when nothing is missing)"),
        QT_TRANSLATE_NOOP(
            "candor::RankingModel",
            "Factors without data (imputed, counted as 0 or left out, as the model's rule says), not "
            "applicable (no benchmark for the platform), unstable rank (the place changes when the "
            "weights "
            "wobble), authenticity warning"),
        QT_TRANSLATE_NOOP("candor::RankingModel",
                          "Your shortlist decision; \"override\" when it goes against the ranking"),
        QT_TRANSLATE_NOOP("candor::RankingModel",
                          "Why the decision was taken, as written by the person who took it"),
        QT_TRANSLATE_NOOP("candor::RankingModel",
                          "The hard filter that removed the candidate before ranking"),
    };
    return columnHeader(section, role, names, tips, staticMetaObject);
}

} // namespace candor
