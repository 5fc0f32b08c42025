// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ScoredPool.h"

#include "core/BinaryVectors.h"
#include "core/TextContexts.h"
#include "domain/Creator.h"

#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QVarLengthArray>
#include <algorithm>
#include <cstring>
#include <limits>
#include <numeric>

namespace candor::scoring {
namespace {

QString pointsText(double points)
{
    return ScoringText::tr("%1 points")
        .arg((points >= 0.0 ? QStringLiteral("+") : QString()) + QLocale().toString(points, 'f', 1));
}

} // namespace

ScoredPool::ScoredPool(const Campaign &campaign, const ScoringModel &model, const EngagementBenchmarks &benchmarks)
    : m_evaluator(campaign, model, benchmarks), m_model(model),
      m_matrix(static_cast<int>(model.factors.size()), model.missingData)
{
    for (const FactorDefinition &definition : m_model.factors)
        m_normalizations << m_evaluator.effectiveNormalization(definition);
}

ScoredPool::ScoredPool(const QList<Candidate> &candidates, const Campaign &campaign, const ScoringModel &model,
                       const EngagementBenchmarks &benchmarks)
    : ScoredPool(campaign, model, benchmarks)
{
    reserve(static_cast<int>(candidates.size()));
    for (const Candidate &candidate : candidates)
        add(candidate);
    finish();
}

void ScoredPool::reserve(int candidates)
{
    const auto n = static_cast<std::size_t>(candidates);
    m_matrix.reserve(candidates);
    m_ids.reserve(n);
    m_platforms.reserve(n);
    m_followers.reserve(n);
    m_textStart.reserve(n);
    m_reason.reserve(n);
    m_eligible.reserve(n);
    m_concerns.reserve(n);
}

void ScoredPool::add(const Candidate &candidate)
{
    const std::size_t factors = static_cast<std::size_t>(m_model.factors.size());
    QVarLengthArray<std::optional<double>, 16> row(static_cast<qsizetype>(factors));
    QVarLengthArray<ScoreMatrix::State, 16> states(static_cast<qsizetype>(factors));
    unsigned char concerns = 0;
    for (std::size_t f = 0; f < factors; ++f) {
        const FactorValue value = m_evaluator.evaluate(candidate, m_model.factors.at(static_cast<qsizetype>(f)),
                                                       FactorEvaluator::Detail::Numbers);
        row[static_cast<qsizetype>(f)] = value.normalized;
        if (value.concern)
            concerns |= concernBit(value.id);
        states[static_cast<qsizetype>(f)] = value.notApplicable ? ScoreMatrix::State::NotApplicable : ScoreMatrix::State::Missing;
    }
    m_matrix.addRow({row.data(), factors}, {states.data(), factors});
    m_concerns.push_back(concerns);

    const Account &a = candidate.account;
    m_ids.push_back(a.id);
    m_platforms.push_back(static_cast<unsigned char>(a.platform));
    m_followers.push_back(a.metrics.followers.value_or(-1));
    m_textStart.push_back(static_cast<quint32>(m_text.size()));
    m_text += a.handle.toUtf8();
    m_text += '\0';
    m_text += a.displayName.toUtf8();
    m_text += '\0';
    quint32 reason = 0;
    if (const auto filter = m_evaluator.filteredOutBy(candidate)) {
        auto found = m_reasonIndex.constFind(*filter);
        if (found == m_reasonIndex.constEnd()) {
            m_reasons << *filter;
            found = m_reasonIndex.insert(*filter, static_cast<quint32>(m_reasons.size()));
        }
        reason = *found;
    }
    m_reason.push_back(reason);
    m_eligible.push_back(reason == 0 ? 1 : 0);
}

void ScoredPool::finish()
{
    m_sorter = RankSorter(m_ids, m_eligible);
    m_byId.resize(m_ids.size());
    std::iota(m_byId.begin(), m_byId.end(), 0);
    std::sort(m_byId.begin(), m_byId.end(), [this](int a, int b) {
        return m_ids[static_cast<std::size_t>(a)] < m_ids[static_cast<std::size_t>(b)];
    });
    m_reasonIndex.clear();
}

namespace {

// Changes whenever the layout of toBytes() changes; stored pools of another layout are computed again.
constexpr quint32 kPoolFormat = 2;
constexpr quint32 kByteOrderMark = 0x01020304;

} // namespace

QByteArray ScoredPool::toBytes() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << quint32{0x43504f4c} << kPoolFormat; // "CPOL"
    out.writeRawData(reinterpret_cast<const char *>(&kByteOrderMark), sizeof kByteOrderMark);
    out << static_cast<qint64>(size()) << static_cast<qint32>(m_model.factors.size()) << m_reasons << m_text;
    writeVector(out, m_ids);
    writeVector(out, m_platforms);
    writeVector(out, m_followers);
    writeVector(out, m_textStart);
    writeVector(out, m_reason);
    writeVector(out, m_concerns);
    m_matrix.write(out);
    return bytes;
}

std::optional<ScoredPool> ScoredPool::fromBytes(const QByteArray &bytes, const Campaign &campaign,
                                                const ScoringModel &model, const EngagementBenchmarks &benchmarks)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 format = 0;
    quint32 order = 0;
    in >> magic >> format;
    in.readRawData(reinterpret_cast<char *>(&order), sizeof order);
    qint64 rows = 0;
    qint32 factors = 0;
    if (magic != 0x43504f4c || format != kPoolFormat || order != kByteOrderMark)
        return std::nullopt;
    in >> rows >> factors;
    if (in.status() != QDataStream::Ok || factors != model.factors.size() || rows < 0 ||
        rows > std::numeric_limits<int>::max())
        return std::nullopt;
    ScoredPool pool(campaign, model, benchmarks);
    in >> pool.m_reasons >> pool.m_text;
    const auto n = static_cast<std::size_t>(rows);
    if (in.status() != QDataStream::Ok || !readVector(in, pool.m_ids, n) || !readVector(in, pool.m_platforms, n) ||
        !readVector(in, pool.m_followers, n) || !readVector(in, pool.m_textStart, n) ||
        !readVector(in, pool.m_reason, n) || !readVector(in, pool.m_concerns, n) || !pool.m_matrix.read(in, static_cast<int>(rows)) || !in.atEnd())
        return std::nullopt;
    // Every offset and reason must point inside what was read: damaged bytes must not become a crash.
    const auto reasons = static_cast<quint32>(pool.m_reasons.size());
    for (std::size_t i = 0; i < n; ++i) {
        if (pool.m_textStart[i] >= static_cast<quint32>(pool.m_text.size()) || pool.m_reason[i] > reasons ||
            pool.m_platforms[i] > static_cast<unsigned char>(Platform::YouTube))
            return std::nullopt;
    }
    if (!pool.m_text.isEmpty() && pool.m_text.back() != '\0')
        return std::nullopt;
    pool.m_eligible.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        pool.m_eligible[i] = pool.m_reason[i] == 0 ? 1 : 0;
    pool.finish();
    return pool;
}

std::size_t ScoredPool::memoryBytes() const
{
    const auto bytesOf = [](const auto &v) { return v.capacity() * sizeof(v[0]); };
    std::size_t reasons = 0;
    for (const QString &reason : m_reasons)
        reasons += static_cast<std::size_t>(reason.capacity()) * sizeof(QChar);
    return m_matrix.memoryBytes() + bytesOf(m_ids) + bytesOf(m_platforms) + bytesOf(m_followers) +
           static_cast<std::size_t>(m_text.capacity()) + bytesOf(m_textStart) + bytesOf(m_reason) + bytesOf(m_concerns) + reasons +
           bytesOf(m_eligible) + bytesOf(m_byId) + m_sorter.size() * sizeof(int);
}

std::vector<double> ScoredPool::modelWeights() const
{
    std::vector<double> weights;
    for (const FactorDefinition &f : m_model.factors)
        weights.push_back(f.weight);
    return weights;
}

QString ScoredPool::text(int candidate, int field) const
{
    const char *start = m_text.constData() + m_textStart[static_cast<std::size_t>(candidate)];
    if (field == 1)
        start += std::strlen(start) + 1;
    return QString::fromUtf8(start);
}

std::optional<qint64> ScoredPool::followers(int candidate) const
{
    const qint64 followers = m_followers[static_cast<std::size_t>(candidate)];
    return followers < 0 ? std::nullopt : std::optional<qint64>(followers);
}

int ScoredPool::indexOfAccount(qint64 accountId) const
{
    const auto found = std::lower_bound(m_byId.begin(), m_byId.end(), accountId, [this](int candidate, qint64 id) {
        return m_ids[static_cast<std::size_t>(candidate)] < id;
    });
    return found != m_byId.end() && m_ids[static_cast<std::size_t>(*found)] == accountId ? *found : -1;
}

QList<int> ScoredPool::indicesOfHandle(const QString &handle, std::optional<Platform> platform) const
{
    const QString wanted = normalizedHandle(handle);
    QList<int> found;
    for (int i = 0; i < size(); ++i) {
        if ((!platform || this->platform(i) == *platform) && this->handle(i).compare(wanted, Qt::CaseInsensitive) == 0)
            found << i;
    }
    return found;
}

std::optional<QString> ScoredPool::filteredOutBy(int candidate) const
{
    const quint32 reason = m_reason[static_cast<std::size_t>(candidate)];
    return reason == 0 ? std::nullopt : std::optional<QString>(m_reasons.at(reason - 1));
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
    return rankOrder(scores(weights), m_ids, m_eligible, limit);
}

int ScoredPool::rankOf(int candidate, const std::vector<double> &weights) const
{
    if (!m_eligible.at(static_cast<std::size_t>(candidate)))
        return 0;
    return scoring::rankOf(candidate, scores(weights), m_ids, m_eligible);
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
        c.value.id = m_model.factors.at(f).id;
        c.normalization = m_normalizations.at(f);
        c.weight = weights[static_cast<std::size_t>(f)];
        c.usedValue = m_matrix.usedValue(candidate, column);
        const bool available = m_matrix.isAvailable(candidate, column);
        if (available)
            c.value.normalized = c.usedValue;
        c.notApplicable = m_matrix.state(candidate, column) == ScoreMatrix::State::NotApplicable;
        c.value.notApplicable = c.notApplicable;
        const bool missing = !available && !c.notApplicable;
        c.imputed = missing && m_matrix.rule() == MissingDataRule::Neutral;
        c.leftOut = missing && m_matrix.rule() == MissingDataRule::Exclude;
        c.countedAsZero = missing && m_matrix.rule() == MissingDataRule::LowerBound;
        c.points = m_matrix.points(candidate, column, weights, total);
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

Breakdown ScoredPool::breakdown(int candidate, const Candidate &record, const std::vector<double> &weights) const
{
    Q_ASSERT(record.account.id == accountId(candidate));
    Breakdown result = breakdown(candidate, weights);
    const QList<FactorValue> values = m_evaluator.evaluate(record);
    for (qsizetype f = 0; f < result.factors.size(); ++f) {
        FactorContribution &c = result.factors[f];
        c.value = values.at(f);
        if (c.imputed)
            c.sentence = ScoringText::tr("%1; counted as neutral (50 %, imputed): %2")
                             .arg(c.value.finding, pointsText(c.points));
        else if (c.leftOut)
            c.sentence =
                ScoringText::tr("%1; left out, the other weights count for more").arg(c.value.finding);
        else if (c.notApplicable)
            c.sentence = c.value.finding;
        else if (c.countedAsZero)
            c.sentence = ScoringText::tr("%1; adds nothing until there is data (the score is its lowest)")
                             .arg(c.value.finding);
        else
            c.sentence = QStringLiteral("%1: %2").arg(c.value.finding, pointsText(c.points));
    }
    return result;
}

} // namespace candor::scoring
