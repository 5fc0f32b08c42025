#pragma once

#include "Candidate.h"
#include "FactorEvaluator.h"
#include "RankSorter.h"
#include "ScoreMatrix.h"
#include "ScoringModel.h"

#include <QList>
#include <QString>
#include <optional>
#include <vector>

namespace candor::scoring {

// One factor's share of one candidate's score, with everything needed to check it by hand.
struct FactorContribution
{
    FactorValue value;
    Normalization normalization; // as applied (campaign reach bounds included)
    double weight = 0.0;
    double usedValue = 0.0; // the normalised value, or 0.5 when imputed
    bool imputed = false;   // missing and counted as neutral
    bool leftOut = false;   // missing and excluded, the other weights renormalised
    bool countedAsZero = false; // missing under the lower-bound rule: adds nothing
    bool notApplicable = false; // cannot be judged for this candidate: out of the score under every rule
    double points = 0.0;    // 100 × weight × usedValue / (sum of the weights that count)
    QString sentence;
};

struct Breakdown
{
    double score = 0.0;    // the sum of the contributions' points
    double coverage = 0.0; // share of the total weight backed by real data, 0..1
    // The score's range over the missing factors: each at 0 (lowest) and each at 1 (highest).
    double lowest = 0.0;
    double highest = 0.0;
    bool hasMissingData() const { return highest > lowest; }
    QList<FactorContribution> factors;
};

// Every candidate of a campaign evaluated once under one model; ranking under any weights is then a pass
// over a ScoreMatrix. Weights are given per factor in the model's order.
class ScoredPool
{
public:
    ScoredPool(QList<Candidate> candidates, const Campaign &campaign, const ScoringModel &model,
               const EngagementBenchmarks &benchmarks);

    const QList<Candidate> &candidates() const { return m_candidates; }
    const ScoringModel &model() const { return m_model; }
    const ScoreMatrix &matrix() const { return m_matrix; }
    std::vector<double> modelWeights() const;
    // Every candidate with this handle ("@" optional, case-insensitive): one per platform it is on, or only
    // the one on `platform`.
    QList<int> indicesOfHandle(const QString &handle, std::optional<Platform> platform = {}) const;

    const std::optional<QString> &filteredOutBy(int candidate) const { return m_filteredOutBy.at(candidate); }
    const std::vector<unsigned char> &eligible() const { return m_eligible; }
    const std::vector<qint64> &tieBreak() const { return m_tieBreak; }
    const RankSorter &sorter() const { return m_sorter; }

    std::vector<double> scores(const std::vector<double> &weights) const;
    std::vector<int> ranking(const std::vector<double> &weights, int limit = -1) const; // eligible only
    int rankOf(int candidate, const std::vector<double> &weights) const; // 0 for a filtered-out candidate

    Breakdown breakdown(int candidate, const std::vector<double> &weights) const;

private:
    QList<Candidate> m_candidates;
    ScoringModel m_model;
    QList<QList<FactorValue>> m_values;
    QList<Normalization> m_normalizations;
    QList<std::optional<QString>> m_filteredOutBy;
    std::vector<unsigned char> m_eligible;
    std::vector<qint64> m_tieBreak;
    ScoreMatrix m_matrix;
    RankSorter m_sorter;
};

} // namespace candor::scoring
