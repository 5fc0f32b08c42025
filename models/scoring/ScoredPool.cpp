#include "ScoredPool.h"

#include "domain/Creator.h"

#include <QLocale>

namespace candor::scoring {
namespace {

QString pointsText(double points)
{
    return (points >= 0.0 ? QStringLiteral("+") : QString()) + QLocale().toString(points, 'f', 1) +
           QStringLiteral(" points");
}

} // namespace

ScoredPool::ScoredPool(QList<Candidate> candidates, const Campaign &campaign, const ScoringModel &model,
                       const EngagementBenchmarks &benchmarks)
    : m_candidates(std::move(candidates)), m_model(model),
      m_matrix(static_cast<int>(model.factors.size()), model.missingData)
{
    const FactorEvaluator evaluator(campaign, model, benchmarks);
    for (const FactorDefinition &definition : m_model.factors)
        m_normalizations << evaluator.effectiveNormalization(definition);
    m_matrix.reserve(static_cast<int>(m_candidates.size()));
    std::vector<std::optional<double>> row(static_cast<std::size_t>(m_model.factors.size()));
    std::vector<ScoreMatrix::State> states(row.size());
    for (const Candidate &candidate : std::as_const(m_candidates)) {
        QList<FactorValue> values = evaluator.evaluate(candidate);
        for (qsizetype f = 0; f < values.size(); ++f) {
            row[static_cast<std::size_t>(f)] = values.at(f).normalized;
            states[static_cast<std::size_t>(f)] =
                values.at(f).notApplicable ? ScoreMatrix::State::NotApplicable : ScoreMatrix::State::Missing;
        }
        m_matrix.addRow(row, states);
        m_values << values;
        const auto filter = evaluator.filteredOutBy(candidate);
        m_filteredOutBy << filter;
        m_eligible.push_back(filter ? 0 : 1);
        m_tieBreak.push_back(candidate.account.id);
    }
    m_sorter = RankSorter(m_tieBreak, m_eligible);
}

std::vector<double> ScoredPool::modelWeights() const
{
    std::vector<double> weights;
    for (const FactorDefinition &f : m_model.factors)
        weights.push_back(f.weight);
    return weights;
}

QList<int> ScoredPool::indicesOfHandle(const QString &handle, std::optional<Platform> platform) const
{
    const QString wanted = normalizedHandle(handle);
    QList<int> found;
    for (qsizetype i = 0; i < m_candidates.size(); ++i) {
        const Account &a = m_candidates.at(i).account;
        if (a.handle.compare(wanted, Qt::CaseInsensitive) == 0 && (!platform || a.platform == *platform))
            found << static_cast<int>(i);
    }
    return found;
}

std::vector<double> ScoredPool::scores(const std::vector<double> &weights) const
{
    std::vector<double> out;
    m_matrix.scores(weights, out);
    return out;
}

std::vector<int> ScoredPool::ranking(const std::vector<double> &weights, int limit) const
{
    if (limit < 0)
        return m_sorter.order(scores(weights));
    return rankOrder(scores(weights), m_tieBreak, m_eligible, limit);
}

int ScoredPool::rankOf(int candidate, const std::vector<double> &weights) const
{
    if (!m_eligible.at(static_cast<std::size_t>(candidate)))
        return 0;
    return scoring::rankOf(candidate, scores(weights), m_tieBreak, m_eligible);
}

Breakdown ScoredPool::breakdown(int candidate, const std::vector<double> &weights) const
{
    Breakdown result;
    const double total = m_matrix.denominator(candidate, weights);
    double backed = 0.0;
    double allWeights = 0.0;
    for (qsizetype f = 0; f < m_model.factors.size(); ++f) {
        const int column = static_cast<int>(f);
        FactorContribution c;
        c.value = m_values.at(candidate).at(f);
        c.normalization = m_normalizations.at(f);
        c.weight = weights[static_cast<std::size_t>(f)];
        c.usedValue = m_matrix.usedValue(candidate, column);
        const bool available = m_matrix.isAvailable(candidate, column);
        c.notApplicable = m_matrix.state(candidate, column) == ScoreMatrix::State::NotApplicable;
        const bool missing = !available && !c.notApplicable;
        c.imputed = missing && m_matrix.rule() == MissingDataRule::Neutral;
        c.leftOut = missing && m_matrix.rule() == MissingDataRule::Exclude;
        c.countedAsZero = missing && m_matrix.rule() == MissingDataRule::LowerBound;
        c.points = m_matrix.points(candidate, column, weights, total);
        if (c.imputed)
            c.sentence = QStringLiteral("%1; counted as neutral (50 %, imputed): %2")
                             .arg(c.value.finding, pointsText(c.points));
        else if (c.leftOut)
            c.sentence =
                QStringLiteral("%1; left out, the other weights count for more").arg(c.value.finding);
        else if (c.notApplicable)
            c.sentence = c.value.finding;
        else if (c.countedAsZero)
            c.sentence = QStringLiteral("%1; adds nothing until there is data (the score is its lowest)")
                             .arg(c.value.finding);
        else
            c.sentence = QStringLiteral("%1: %2").arg(c.value.finding, pointsText(c.points));
        result.score += c.points;
        allWeights += c.notApplicable ? 0.0 : c.weight;
        backed += available ? c.weight : 0.0;
        result.factors << c;
    }
    const ScoreMatrix::Range range = m_matrix.range(candidate, weights);
    result.lowest = range.lowest;
    result.highest = range.highest;
    result.coverage = allWeights > 0.0 ? backed / allWeights : 0.0;
    return result;
}

} // namespace candor::scoring
