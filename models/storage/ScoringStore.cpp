// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ScoringStore.h"

#include "AuditStore.h"
#include "FollowerSampleStore.h"
#include "PostStore.h"
#include "ProjectChange.h"
#include "ProjectStore.h"
#include "SqlSupport.h"
#include "core/TextContexts.h"
#include "domain/CampaignJson.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace candor {

using scoring::EngagementBenchmarks;
using scoring::ScoringModel;

Result<QList<scoring::Candidate>> ScoringStore::candidates() const
{
    QList<scoring::Candidate> all;
    if (auto read = forEachCandidate([&all](scoring::Candidate &&c) {
            all << std::move(c);
            return true;
        });
        !read)
        return read.error();
    return all;
}

Result<QList<scoring::Candidate>> ScoringStore::candidates(const QList<qint64> &accountIds) const
{
    // In chunks: SQLite limits the number of values one statement can bind.
    constexpr qsizetype kChunk = 500;
    QList<qint64> sorted = accountIds;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    QList<scoring::Candidate> found;
    for (qsizetype start = 0; start < sorted.size(); start += kChunk) {
        QVariantList chunk;
        for (qsizetype i = start; i < std::min(sorted.size(), start + kChunk); ++i)
            chunk << sorted.at(i);
        if (auto read = forEachCandidate(
                [&found](scoring::Candidate &&c) {
                    found << std::move(c);
                    return true;
                },
                chunk);
            !read)
            return read.error();
    }
    return found;
}

Result<scoring::Candidate> ScoringStore::candidate(qint64 accountId) const
{
    auto found = candidates({accountId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{m_project.path(), StorageText::tr("has no account with id %1").arg(accountId), {}};
    return found->constFirst();
}

Status ScoringStore::forEachCandidate(const std::function<bool(scoring::Candidate &&)> &visit,
                                      const QVariantList &accountIds) const
{
    const QSqlDatabase db = m_project.database();
    const QString file = m_project.path();
    const QString only =
        accountIds.isEmpty() ? QString() : QStringLiteral(" WHERE account_id") + sql::inPlaceholders(accountIds.size());

    // Per account and dimension, the newest estimate wins, and among equally new ones the most confident.
    auto shares =
        sql::run(db, file,
                 QStringLiteral("SELECT account_id, dimension, category, share, source, confidence, as_of,"
                                " provenance, is_partial FROM audience_shares") +
                     only +
                     QStringLiteral(" ORDER BY account_id, dimension, as_of DESC, confidence DESC, source, id"),
                 accountIds);
    if (!shares)
        return shares.error();
    const sql::Columns sharesColumns(*shares);
    sql::AccountCursor sharesOf(std::move(*shares), "account_id");
    auto fees = sql::run(db, file,
                         QStringLiteral("SELECT account_id, amount, currency, source, as_of FROM account_fees") +
                             only + QStringLiteral(" ORDER BY account_id, as_of DESC"),
                         accountIds);
    if (!fees)
        return fees.error();
    const sql::Columns feesColumns(*fees);
    sql::AccountCursor feesOf(std::move(*fees), "account_id");
    // The evidence of authenticity, disclosure and brand safety: posts (newest first), follower history, the
    // follower sample and comment texts.
    auto posts = sql::run(db, file,
                          QStringLiteral("SELECT account_id, ") + PostStore::postColumns() +
                              QStringLiteral(" FROM posts") + only +
                              QStringLiteral(" ORDER BY account_id, published_at DESC, id"),
                          accountIds);
    if (!posts)
        return posts.error();
    sql::AccountCursor postsOf(std::move(*posts), "account_id");
    auto history = sql::run(db, file,
                            QStringLiteral("SELECT account_id, day, followers FROM follower_history") + only +
                                QStringLiteral(" ORDER BY account_id, day"),
                            accountIds);
    if (!history)
        return history.error();
    sql::AccountCursor historyOf(std::move(*history), "account_id");
    auto samples = sql::run(db, file,
                            QStringLiteral("SELECT account_id, ") + QLatin1String(FollowerSampleStore::kProfileColumns) +
                                QStringLiteral(" FROM follower_samples") + only + QStringLiteral(" ORDER BY account_id, id"),
                            accountIds);
    if (!samples)
        return samples.error();
    sql::AccountCursor sampleOf(std::move(*samples), "account_id");
    auto comments = sql::run(db, file,
                             QStringLiteral("SELECT account_id, text FROM post_comments") + only +
                                 QStringLiteral(" ORDER BY account_id, id"),
                             accountIds);
    if (!comments)
        return comments.error();
    sql::AccountCursor commentsOf(std::move(*comments), "account_id");

    return ProjectStore(m_project).forEachCurrentAccount(
        [&](Account &&account) {
            scoring::Candidate c;
            // The first (newest, most confident) estimate of each dimension, collected share by share.
            QString dimension;
            QString source;
            QString asOf;
            std::optional<AudienceEstimate> building;
            QList<AudienceShare> buildingShares;
            const auto flush = [&] {
                if (building) {
                    building->distribution = AudienceDistribution(building->distribution.dimension(), buildingShares);
                    c.audience << *building;
                }
                building.reset();
                buildingShares.clear();
            };
            sharesOf.rowsOf(account.id, [&](const QSqlQuery &row) {
                const QString rowDimension = row.value(sharesColumns["dimension"]).toString();
                const QString rowSource = row.value(sharesColumns["source"]).toString();
                const QString rowAsOf = row.value(sharesColumns["as_of"]).toString();
                if (rowDimension != dimension) {
                    flush();
                    dimension = rowDimension;
                    source = rowSource;
                    asOf = rowAsOf;
                    if (const auto known = dimensionFromId(rowDimension))
                        building = AudienceEstimate{AudienceDistribution(*known, {}),
                                                    rowSource,
                                                    row.value(sharesColumns["confidence"]).toDouble(),
                                                    QDate::fromString(rowAsOf, Qt::ISODate),
                                                    row.value(sharesColumns["provenance"]).toString(),
                                                    row.value(sharesColumns["is_partial"]).toInt() != 0};
                } else if (rowSource != source || rowAsOf != asOf) {
                    return; // an older or less confident estimate of the same dimension
                }
                buildingShares << AudienceShare{row.value(sharesColumns["category"]).toString(),
                                                row.value(sharesColumns["share"]).toDouble()};
            });
            flush();
            feesOf.rowsOf(account.id, [&](const QSqlQuery &row) {
                if (!c.fee)
                    c.fee = Fee{row.value(feesColumns["amount"]).toDouble(),
                                row.value(feesColumns["currency"]).toString(),
                                row.value(feesColumns["source"]).toString(),
                                QDate::fromString(row.value(feesColumns["as_of"]).toString(), Qt::ISODate)};
            });
            postsOf.rowsOf(account.id,
                           [&](const QSqlQuery &row) { c.posts << PostStore::postFromRow(row, 1, account.platform); });
            sampleOf.rowsOf(account.id, [&](const QSqlQuery &row) {
                c.followerSample << FollowerSampleStore::profileFromRow(row, 1);
            });
            commentsOf.rowsOf(account.id, [&](const QSqlQuery &row) { c.commentTexts << row.value(1).toString(); });
            historyOf.rowsOf(account.id, [&](const QSqlQuery &row) {
                c.followerHistory << authenticity::DatedCount{QDate::fromString(row.value(1).toString(), Qt::ISODate),
                                                              row.value(2).toDouble()};
            });
            c.account = std::move(account);
            return visit(std::move(c));
        },
        accountIds);
}

Result<ScoringInputs> ScoringStore::inputs(const QString &campaignNameOrId,
                                           std::optional<qint64> modelId) const
{
    ScoringInputs in;
    auto found = campaign(campaignNameOrId);
    if (!found)
        return found.error();
    in.campaign = *found;
    auto chosen = modelId ? model(*modelId) : modelFor(in.campaign);
    if (!chosen)
        return chosen.error();
    in.model = *chosen;
    auto table = benchmarks();
    if (!table)
        return table.error();
    in.benchmarks = *table;
    return in;
}

Result<QString> ScoringStore::poolKey(const ScoringInputs &inputs) const
{
    auto header = ProjectStore(m_project).header();
    if (!header)
        return header.error();
    QStringList parts{QStringLiteral("pool-key-2"), header->figuresStamp};
    QJsonArray benchmarkRows;
    for (const scoring::EngagementBenchmark &row : inputs.benchmarks.rows)
        benchmarkRows.append(QJsonArray{row.platform, row.minFollowers,
                                        row.maxFollowers ? QJsonValue(*row.maxFollowers) : QJsonValue(),
                                        row.averageRate, row.medianRate, engagementMeasureKey(row.measure)});
    const QJsonObject document{
        {QStringLiteral("campaign"), campaignToJson(inputs.campaign, inputs.model.name, inputs.model.version)},
        {QStringLiteral("model"), inputs.model.toJson()},
        {QStringLiteral("benchmarks"), benchmarkRows},
        {QStringLiteral("statistic"), static_cast<int>(inputs.benchmarks.statistic)}};
    parts << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<scoring::ScoredPool> ScoringStore::scoredPool(const ScoringInputs &inputs, const StepProgress &progress,
                                                     const std::atomic_bool *cancelled) const
{
    auto key = poolKey(inputs);
    if (!key)
        return key.error();
    auto stored = sql::run(m_project.database(), m_project.path(),
                           QStringLiteral("SELECT pool FROM scored_pools WHERE campaign_id = ? AND inputs_key = ?"),
                           {inputs.campaign.id, *key});
    if (!stored)
        return stored.error();
    if (stored->next()) {
        if (auto pool = scoring::ScoredPool::fromBytes(stored->value(0).toByteArray(), inputs.campaign, inputs.model,
                                                       inputs.benchmarks))
            return std::move(*pool);
    }
    stored->finish();

    scoring::ScoredPool pool(inputs.campaign, inputs.model, inputs.benchmarks);
    qint64 total = 0;
    if (auto count = sql::run(m_project.database(), m_project.path(), QStringLiteral("SELECT count(*) FROM accounts"));
        count && count->next())
        total = count->value(0).toLongLong();
    pool.reserve(static_cast<int>(total));
    qint64 done = 0;
    const auto stopped = [cancelled] { return cancelled && cancelled->load(std::memory_order_relaxed); };
    if (auto read = forEachCandidate([&](scoring::Candidate &&c) {
            pool.add(c);
            if (++done % kProgressEveryRecords == 0) {
                if (progress)
                    progress(done, total);
                return !stopped();
            }
            return true;
        });
        !read)
        return read.error();
    if (stopped())
        return Error{m_project.path(), StorageText::tr("scoring was cancelled"), {}, ErrorKind::Cancelled};
    pool.finish();

    // Kept for the next open when nothing changed while it was read, and when the file may be written; a pool
    // that cannot be kept is still the right pool.
    if (auto after = poolKey(inputs); after && *after == *key && !m_project.isReadOnly()) {
        ProjectChange change(m_project, ProjectChange::Reach::Other);
        auto kept = change.run("INSERT INTO scored_pools(campaign_id, inputs_key, candidates, computed_at, pool)"
                               " VALUES (?, ?, ?, ?, ?) ON CONFLICT(campaign_id) DO UPDATE SET"
                               " inputs_key = excluded.inputs_key, candidates = excluded.candidates,"
                               " computed_at = excluded.computed_at, pool = excluded.pool",
                               {inputs.campaign.id, *key, pool.size(),
                                QDateTime::currentDateTimeUtc().toString(Qt::ISODate), pool.toBytes()});
        if (!kept || !change.commit())
            qWarning("%s: the scored pool was not kept for the next open", qPrintable(m_project.path()));
    }
    return pool;
}

Result<Campaign> ScoringStore::campaign(const QString &nameOrId) const
{
    auto campaigns = ProjectStore(m_project).campaigns();
    if (!campaigns)
        return campaigns.error();
    return findCampaign(*campaigns, nameOrId, m_project.path());
}

Result<QList<ScoringModel>> ScoringStore::models() const
{
    const QSqlDatabase db = m_project.database();
    const QString file = m_project.path();
    auto query = sql::run(
        db, file,
        QStringLiteral("SELECT id, name, version, missing_data FROM scoring_models ORDER BY name, version"));
    if (!query)
        return query.error();
    const sql::Columns queryColumns(*query);
    QList<ScoringModel> models;
    QHash<qint64, qsizetype> indexOf;
    while (query->next()) {
        ScoringModel m;
        m.id = query->value(queryColumns["id"]).toLongLong();
        m.name = query->value(queryColumns["name"]).toString();
        m.version = query->value(queryColumns["version"]).toInt();
        m.missingData = scoring::missingDataRuleFromKey(query->value(queryColumns["missing_data"]).toString())
                            .value_or(m.missingData);
        indexOf.insert(m.id, models.size());
        models << m;
    }
    auto factors =
        sql::run(db, file,
                 QStringLiteral("SELECT model_id, factor, weight, normalization FROM scoring_factors"
                                " ORDER BY model_id, position"));
    if (!factors)
        return factors.error();
    const sql::Columns factorsColumns(*factors);
    while (factors->next()) {
        const auto id = scoring::factorFromKey(factors->value(factorsColumns["factor"]).toString());
        const auto normalization = scoring::Normalization::fromJson(
            QJsonDocument::fromJson(factors->value(factorsColumns["normalization"]).toString().toUtf8())
                .object());
        const auto at = indexOf.constFind(factors->value(factorsColumns["model_id"]).toLongLong());
        if (!id || !normalization || at == indexOf.constEnd())
            return Error{m_project.path(),
                         StorageText::tr("holds a scoring factor this version of Candor cannot read (\"%1\")")
                             .arg(factors->value(factorsColumns["factor"]).toString()),
                         {}};
        models[*at].factors << scoring::FactorDefinition{
            *id, factors->value(factorsColumns["weight"]).toDouble(), *normalization};
    }
    return models;
}

Result<ScoringModel> ScoringStore::model(qint64 id) const
{
    auto all = models();
    if (!all)
        return all.error();
    for (const ScoringModel &m : std::as_const(*all)) {
        if (m.id == id)
            return m;
    }
    return Error{m_project.path(), StorageText::tr("has no scoring model with id %1").arg(id), {}};
}

Result<ScoringModel> ScoringStore::modelFor(const Campaign &campaign) const
{
    if (campaign.scoringModelId != 0)
        return model(campaign.scoringModelId);
    return defaultModel();
}

Result<ScoringModel> ScoringStore::defaultModel() const
{
    auto preferred = modelNamed(ScoringModel::balanced().name);
    if (preferred)
        return preferred;
    auto all = models();
    if (!all)
        return all.error();
    if (all->isEmpty())
        return ScoringModel::balanced();
    return modelNamed(all->constFirst().name);
}

Result<ScoringModel> ScoringStore::modelNamed(const QString &name, std::optional<int> version) const
{
    auto all = models();
    if (!all)
        return all.error();
    // Models are ordered by name and version: the last match is the newest.
    std::optional<ScoringModel> found;
    QStringList names;
    for (const ScoringModel &m : std::as_const(*all)) {
        if (m.name.compare(name, Qt::CaseInsensitive) == 0 && (!version || m.version == *version))
            found = m;
        const QString label = QStringLiteral("\"%1\"").arg(m.name);
        if (!names.contains(label))
            names << label;
    }
    if (found)
        return *found;
    return Error{m_project.path(),
                 StorageText::tr("has no scoring model \"%1\"%2 (models: %3)")
                     .arg(name, version ? StorageText::tr(" version %1").arg(*version) : QString(),
                          names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "))),
                 {}};
}

Status ScoringStore::installBuiltIns(const QString &author) const
{
    auto existing = models();
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return success();
    ProjectChange change(m_project, ProjectChange::Reach::Other); // part of each pool's key
    if (!change.isActive())
        return change.error();
    for (ScoringModel builtIn : {ScoringModel::balanced(), ScoringModel::awareness()}) {
        // A user's own exports leave many factors empty; under this rule an empty factor never lifts a score.
        builtIn.missingData = scoring::MissingDataRule::LowerBound;
        if (auto saved = saveNewVersion(builtIn, author); !saved)
            return saved.error();
    }
    if (auto saved = saveBenchmarks(EngagementBenchmarks::builtIn()); !saved)
        return saved;
    return change.commit();
}

Result<ScoringModel> ScoringStore::saveNewVersion(ScoringModel model, const QString &author) const
{
    if (const QStringList errors = model.validationErrors(); !errors.isEmpty())
        return Error{m_project.path(), errors.join(QLatin1Char(' ')), {}};
    ProjectChange change(m_project, ProjectChange::Reach::Other); // part of each pool's key
    if (!change.isActive())
        return change.error();
    auto latest =
        change.run("SELECT coalesce(max(version), 0) FROM scoring_models WHERE name = ?", {model.name});
    if (!latest || !latest->next())
        return latest ? Error{m_project.path(), StorageText::tr("cannot read model versions"), {}}
                      : latest.error();
    model.version = latest->value(0).toInt() + 1;
    auto inserted =
        change.run("INSERT INTO scoring_models(name, version, missing_data, created_at, created_by)"
                   " VALUES (?, ?, ?, ?, ?)",
                   {model.name, model.version, scoring::missingDataRuleKey(model.missingData),
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODate), author});
    if (!inserted)
        return inserted.error();
    model.id = inserted->lastInsertId().toLongLong();
    auto insertFactor = change.prepare("INSERT INTO scoring_factors(model_id, position, factor, weight,"
                                       " normalization) VALUES (?, ?, ?, ?, ?)");
    if (!insertFactor)
        return insertFactor.error();
    for (qsizetype i = 0; i < model.factors.size(); ++i) {
        const scoring::FactorDefinition &f = model.factors.at(i);
        if (auto done = sql::exec(
                *insertFactor, m_project.path(),
                {model.id, i + 1, scoring::factorKey(f.id), f.weight,
                 QString::fromUtf8(QJsonDocument(f.normalization.toJson()).toJson(QJsonDocument::Compact))});
            !done)
            return done.error();
    }
    QJsonObject weights;
    for (const scoring::FactorDefinition &f : std::as_const(model.factors))
        weights.insert(scoring::factorKey(f.id), f.weight);
    if (auto logged = AuditStore::append(change, {author, QStringLiteral("model_version"),
                                                  QStringLiteral("model:%1").arg(model.id),
                                                  QJsonObject{{QStringLiteral("name"), model.name},
                                                              {QStringLiteral("version"), model.version},
                                                              {QStringLiteral("missing_data"),
                                                               scoring::missingDataRuleKey(model.missingData)},
                                                              {QStringLiteral("weights"), weights}},
                                                  {},
                                                  {}});
        !logged)
        return logged.error();
    if (auto committed = change.commit(); !committed)
        return committed.error();
    return model;
}

Result<EngagementBenchmarks> ScoringStore::benchmarks() const
{
    const QSqlDatabase db = m_project.database();
    const QString file = m_project.path();
    EngagementBenchmarks table;
    auto statistic = ProjectStore(m_project).setting(QStringLiteral("benchmark_statistic"));
    if (!statistic)
        return statistic.error();
    auto rows = sql::run(
        db, file,
        QStringLiteral(
            "SELECT platform, min_followers, max_followers, average_rate, median_rate, source, measure"
            " FROM engagement_benchmarks ORDER BY platform, min_followers"));
    if (!rows)
        return rows.error();
    const sql::Columns rowsColumns(*rows);
    while (rows->next())
        table.rows << scoring::EngagementBenchmark{
            rows->value(rowsColumns["platform"]).toString(),
            rows->value(rowsColumns["min_followers"]).toLongLong(),
            sql::optionalValue<qint64>(rows->value(rowsColumns["max_followers"])),
            rows->value(rowsColumns["average_rate"]).toDouble(),
            rows->value(rowsColumns["median_rate"]).toDouble(),
            rows->value(rowsColumns["source"]).toString(),
            scoring::engagementMeasureFromKey(rows->value(rowsColumns["measure"]).toString())
                .value_or(scoring::EngagementMeasure::PerFollower)};
    if (table.rows.isEmpty())
        table = EngagementBenchmarks::builtIn();
    if (*statistic == QLatin1String("average"))
        table.statistic = EngagementBenchmarks::Statistic::Average;
    return table;
}

Status ScoringStore::saveBenchmarks(const EngagementBenchmarks &benchmarks) const
{
    ProjectChange change(m_project, ProjectChange::Reach::Other); // part of each pool's key
    if (!change.isActive())
        return change.error();
    if (auto cleared = change.run("DELETE FROM engagement_benchmarks"); !cleared)
        return cleared.error();
    for (const scoring::EngagementBenchmark &row : benchmarks.rows) {
        if (auto done =
                change.run("INSERT INTO engagement_benchmarks(platform, min_followers, max_followers,"
                           " average_rate, median_rate, source, measure) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           {row.platform, row.minFollowers, sql::nullable(row.maxFollowers), row.averageRate,
                            row.medianRate, row.source, scoring::engagementMeasureKey(row.measure)});
            !done)
            return done.error();
    }
    const QString statistic = benchmarks.statistic == EngagementBenchmarks::Statistic::Average
                                  ? QStringLiteral("average")
                                  : QStringLiteral("median");
    if (auto done = change.run("INSERT OR REPLACE INTO project_settings(key, value) VALUES"
                               " ('benchmark_statistic', ?)",
                               {statistic});
        !done)
        return done.error();
    return change.commit();
}

Status ScoringStore::saveCampaignScoring(const Campaign &campaign) const
{
    ProjectChange change(m_project, ProjectChange::Reach::Other); // part of each pool's key
    if (!change.isActive())
        return change.error();
    if (auto done = change.run(
            "UPDATE campaigns SET scoring_model_id = ?, reach_min = ?, reach_max = ?, min_followers = ?"
            " WHERE id = ?",
            {campaign.scoringModelId == 0 ? QVariant() : QVariant(campaign.scoringModelId),
             sql::nullable(campaign.reachMin), sql::nullable(campaign.reachMax),
             sql::nullable(campaign.filters.minFollowers), campaign.id});
        !done)
        return done.error();
    for (const char *table : {"DELETE FROM campaign_terms WHERE campaign_id = ?",
                              "DELETE FROM campaign_dimension_weights WHERE campaign_id = ?"}) {
        if (auto done = change.run(table, {campaign.id}); !done)
            return done.error();
    }
    QList<std::pair<QString, QString>> terms;
    for (const QString &t : campaign.relevantTopics)
        terms << std::pair{QStringLiteral("relevant_topic"), t};
    for (const QString &t : campaign.excludedTopics)
        terms << std::pair{QStringLiteral("excluded_topic"), t};
    for (Platform p : campaign.filters.platforms)
        terms << std::pair{QStringLiteral("platform"), platformId(p)};
    for (const QString &c : campaign.filters.audienceCountries)
        terms << std::pair{QStringLiteral("audience_country"), c};
    for (const QString &c : campaign.filters.excludedCategories)
        terms << std::pair{QStringLiteral("excluded_category"), c};
    for (const auto &[kind, value] : terms) {
        if (auto done = change.run("INSERT INTO campaign_terms(campaign_id, kind, value) VALUES (?, ?, ?)",
                                   {campaign.id, kind, value});
            !done)
            return done.error();
    }
    for (auto it = campaign.dimensionWeights.cbegin(); it != campaign.dimensionWeights.cend(); ++it) {
        if (auto done = change.run(
                "INSERT INTO campaign_dimension_weights(campaign_id, dimension, weight) VALUES (?, ?, ?)",
                {campaign.id, dimensionId(it.key()), it.value()});
            !done)
            return done.error();
    }
    return change.commit();
}

} // namespace candor
