// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Candidate.h"
#include "FactorEvaluator.h"
#include "RankSorter.h"
#include "ScoreMatrix.h"
#include "ScoringModel.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>
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
//
// The pool is compact, because agencies keep a million accounts: per candidate it holds the normalised
// factor values, the account id, what the ranking table lists (handle, name, platform, followers) and why a
// hard filter removed it, never the candidate's full record. A breakdown's sentences and raw values need the
// full record, which the caller reads for that one candidate (storage does it by account id).
static_assert(static_cast<int>(FactorId::TrackRecord) < 8, "a candidate's concerns are one byte, a bit per factor");

class ScoredPool
{
public:
    ScoredPool(const Campaign &campaign, const ScoringModel &model, const EngagementBenchmarks &benchmarks);
    // A pool of these candidates, finished.
    ScoredPool(const QList<Candidate> &candidates, const Campaign &campaign, const ScoringModel &model,
               const EngagementBenchmarks &benchmarks);

    // Building: add every candidate, then finish() once before ranking.
    void reserve(int candidates);
    void add(const Candidate &candidate);
    void finish();

    // A finished pool as bytes, and back, so that a project can keep it (ScoringStore::scoredPool): opening a
    // million candidates then reads one value instead of every account, figure and audience share. The bytes
    // are in this machine's byte order and name their format; fromBytes() gives nothing for bytes it cannot
    // use (another format, another machine, another model's factor count), and the pool is then computed.
    QByteArray toBytes() const;
    // The memory the pool holds, in bytes (its arrays and texts): the benchmark's memory per candidate.
    std::size_t memoryBytes() const;
    static std::optional<ScoredPool> fromBytes(const QByteArray &bytes, const Campaign &campaign,
                                               const ScoringModel &model, const EngagementBenchmarks &benchmarks);

    int size() const { return static_cast<int>(m_ids.size()); }
    const ScoringModel &model() const { return m_model; }
    const ScoreMatrix &matrix() const { return m_matrix; }
    std::vector<double> modelWeights() const;

    qint64 accountId(int candidate) const { return m_ids[static_cast<std::size_t>(candidate)]; }
    Platform platform(int candidate) const { return static_cast<Platform>(m_platforms[static_cast<std::size_t>(candidate)]); }
    QString handle(int candidate) const { return text(candidate, 0); }
    QString displayName(int candidate) const { return text(candidate, 1); }
    std::optional<qint64> followers(int candidate) const;
    // The candidate of an account, or -1.
    int indexOfAccount(qint64 accountId) const;
    // Every candidate with this handle ("@" optional, case-insensitive): one per platform it is on, or only
    // the one on `platform`.
    QList<int> indicesOfHandle(const QString &handle, std::optional<Platform> platform = {}) const;

    std::optional<QString> filteredOutBy(int candidate) const;
    // Whether the factor's verdict is a concern the flags name (FactorValue::concern): a disclosure issue, a
    // brand-safety hit.
    bool hasConcern(int candidate, FactorId factor) const
    {
        return (m_concerns[static_cast<std::size_t>(candidate)] & concernBit(factor)) != 0;
    }
    const std::vector<unsigned char> &eligible() const { return m_eligible; }
    int eligibleCount() const { return static_cast<int>(m_sorter.size()); }
    const std::vector<qint64> &tieBreak() const { return m_ids; }
    const RankSorter &sorter() const { return m_sorter; }

    std::vector<double> scores(const std::vector<double> &weights) const;
    std::vector<int> ranking(const std::vector<double> &weights, int limit = -1) const; // eligible only
    int rankOf(int candidate, const std::vector<double> &weights) const; // 0 for a filtered-out candidate

    // The numbers of a breakdown: every contribution, the coverage and the range; the factor values carry
    // their id and normalised value but no raw value, finding, source or sentence.
    Breakdown breakdown(int candidate, const std::vector<double> &weights) const;
    // The full breakdown, sentences included, from the candidate's record (`record` must be the candidate's).
    Breakdown breakdown(int candidate, const Candidate &record, const std::vector<double> &weights) const;

private:
    QString text(int candidate, int field) const;
    static unsigned char concernBit(FactorId factor) { return static_cast<unsigned char>(1u << static_cast<int>(factor)); }

    FactorEvaluator m_evaluator;
    ScoringModel m_model;
    QList<Normalization> m_normalizations;
    ScoreMatrix m_matrix;
    std::vector<qint64> m_ids;
    std::vector<unsigned char> m_platforms;
    std::vector<qint64> m_followers; // -1 when unknown
    // Handle and display name, each followed by a NUL, in one UTF-8 arena: two short strings per candidate
    // would cost more in headers than in text.
    QByteArray m_text;
    std::vector<quint32> m_textStart;
    // Index + 1 into m_reasons, 0 when the candidate passes every filter: the reasons repeat, so each
    // distinct one is kept once.
    std::vector<quint32> m_reason;
    QStringList m_reasons;
    QHash<QString, quint32> m_reasonIndex;
    std::vector<unsigned char> m_eligible;
    std::vector<unsigned char> m_concerns; // a bit per FactorId whose verdict is a concern
    std::vector<int> m_byId; // candidates in account-id order, for indexOfAccount()
    RankSorter m_sorter;
};

} // namespace candor::scoring
