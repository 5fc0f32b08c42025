// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProjectStore.h"

#include "AccountWriter.h"
#include "AuditStore.h"
#include "CampaignStore.h"
#include "PostStore.h"
#include "ProjectChange.h"
#include "ScoringStore.h"
#include "SqlSupport.h"
#include "core/TextContexts.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>

namespace candor {

Result<int> ProjectStore::countRows(const QString &table) const
{
    // `table` is one of our own table names, never user text.
    auto query =
        sql::run(m_project.database(), m_project.path(), QStringLiteral("SELECT count(*) FROM ") + table);
    if (!query)
        return query.error();
    query->next();
    return query->value(0).toInt();
}

Result<QString> ProjectStore::setting(const QString &key) const
{
    auto query = sql::run(m_project.database(), m_project.path(),
                          QStringLiteral("SELECT value FROM project_settings WHERE key = ?"), {key});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toString() : QString();
}

Result<ProjectStore::Agency> ProjectStore::agency() const
{
    auto name = setting(QStringLiteral("agency_name"));
    if (!name)
        return name.error();
    auto logo = setting(QStringLiteral("agency_logo"));
    if (!logo)
        return logo.error();
    return Agency{*name, QByteArray::fromBase64(logo->toLatin1())};
}

Status ProjectStore::setAgency(const Agency &agency, const QString &by) const
{
    constexpr qsizetype kMaxLogoBytes = 512 * 1024;
    if (agency.logo.size() > kMaxLogoBytes)
        return Error{m_project.path(),
                     StorageText::tr("the logo is %1 KiB; a report takes one of up to %2 KiB")
                         .arg(agency.logo.size() / 1024)
                         .arg(kMaxLogoBytes / 1024),
                     {}};
    ProjectChange change(m_project, ProjectChange::Reach::Other);
    if (!change.isActive())
        return change.error();
    const std::pair<const char *, QString> values[] = {{"agency_name", agency.name.trimmed()},
                                                       {"agency_logo", QString::fromLatin1(agency.logo.toBase64())}};
    for (const auto &[key, value] : values) {
        if (auto kept = change.run("INSERT OR REPLACE INTO project_settings(key, value) VALUES (?, ?)",
                                   {QLatin1String(key), value});
            !kept)
            return kept.error();
    }
    const QJsonObject details{{QStringLiteral("name"), agency.name.trimmed()},
                              {QStringLiteral("logo_bytes"), agency.logo.size()}};
    if (auto logged = AuditStore::append(change, {by, QStringLiteral("agency_changed"), {}, details, {}, {}}); !logged)
        return logged.error();
    return change.commit();
}

Result<ProjectHeader> ProjectStore::header() const
{
    auto query = sql::run(
        m_project.database(), m_project.path(),
        QStringLiteral("SELECT (SELECT value FROM project_settings WHERE key = 'name'),"
                       " (SELECT value FROM project_settings WHERE key = 'synthetic'),"
                       " (SELECT count(*) FROM accounts),"
                       " (SELECT value FROM project_settings WHERE key = 'data_generation'),"
                       " (SELECT max(rowid) FROM metric_snapshots), (SELECT max(rowid) FROM audience_shares),"
                       " (SELECT max(rowid) FROM account_fees),"
                       " (SELECT count(*) FROM accounts WHERE creator_id IN"
                       "  (SELECT id FROM creators WHERE do_not_profile = 1))"));
    if (!query)
        return query.error();
    if (!query->next())
        return Error{m_project.path(), StorageText::tr("cannot read the project's settings"), {}};
    ProjectHeader h;
    h.name = query->value(0).toString();
    h.synthetic = query->value(1).toString() == QLatin1String("1");
    h.accounts = query->value(2).toInt();
    h.notProfiled = query->value(7).toInt();
    h.figuresStamp = QStringLiteral("%1/%2/%3/%4/%5")
                         .arg(query->value(3).toString(), query->value(2).toString(), query->value(4).toString(),
                              query->value(5).toString(), query->value(6).toString());
    return h;
}

Result<ProjectSummary> ProjectStore::summary() const
{
    ProjectSummary s;
    s.schemaVersion = m_project.schemaVersion();
    auto name = setting(QStringLiteral("name"));
    if (!name)
        return name.error();
    s.name = *name;
    auto synthetic = setting(QStringLiteral("synthetic"));
    if (!synthetic)
        return synthetic.error();
    s.synthetic = *synthetic == QLatin1String("1");

    const std::pair<int *, const char *> counts[] = {
        {&s.creators, "creators"},
        {&s.accounts, "accounts"},
        {&s.snapshots, "metric_snapshots"},
        {&s.audienceShares, "audience_shares"},
        {&s.consentedAttributes, "creator_attributes"},
        {&s.campaigns, "campaigns"},
        {&s.importBatches, "import_batches"},
    };
    for (const auto &[target, table] : counts) {
        auto n = countRows(QString::fromLatin1(table));
        if (!n)
            return n.error();
        *target = *n;
    }
    auto rejected = sql::run(m_project.database(), m_project.path(),
                             QStringLiteral("SELECT coalesce(sum(rejected), 0) FROM import_batches"));
    if (!rejected)
        return rejected.error();
    rejected->next();
    s.rejectedRows = rejected->value(0).toInt();

    auto last =
        sql::run(m_project.database(), m_project.path(),
                 QStringLiteral("SELECT id, file_name, format, imported_at, rows_read, imported, merged,"
                                " rejected FROM import_batches ORDER BY id DESC LIMIT 1"));
    if (!last)
        return last.error();
    const sql::Columns lastColumns(*last);
    if (last->next())
        s.lastImport = ImportBatchSummary{
            last->value(lastColumns["id"]).toLongLong(),   last->value(lastColumns["file_name"]).toString(),
            last->value(lastColumns["format"]).toString(), last->value(lastColumns["imported_at"]).toString(),
            last->value(lastColumns["rows_read"]).toInt(), last->value(lastColumns["imported"]).toInt(),
            last->value(lastColumns["merged"]).toInt(),    last->value(lastColumns["rejected"]).toInt()};
    return s;
}

Result<QList<Account>> ProjectStore::currentAccounts() const
{
    QList<Account> accounts;
    if (auto read = forEachCurrentAccount([&accounts](Account &&a) {
            accounts << std::move(a);
            return true;
        });
        !read)
        return read.error();
    return accounts;
}

Status ProjectStore::forEachCurrentAccount(const std::function<bool(Account &&)> &visit,
                                           const QVariantList &accountIds) const
{
    const QSqlDatabase db = m_project.database();
    const QString file = m_project.path();
    const QString only = accountIds.isEmpty() ? QString() : sql::inPlaceholders(accountIds.size());
    auto categories = sql::run(db, file,
                               QStringLiteral("SELECT s.account_id, c.category FROM snapshot_categories c"
                                              " JOIN current_snapshots s ON s.id = c.snapshot_id") +
                                   (only.isEmpty() ? QString() : QStringLiteral(" WHERE s.account_id") + only) +
                                   QStringLiteral(" ORDER BY s.account_id, c.position"),
                               accountIds);
    if (!categories)
        return categories.error();
    sql::AccountCursor categoriesOf(std::move(*categories), "account_id");

    auto query = sql::run(
        db, file,
        QStringLiteral("SELECT a.id AS account_id, a.platform, a.handle, coalesce(nullif(s.display_name, ''),"
                       " c.display_name) AS display_name, s.as_of, s.followers, "
                       "s.following, s.posts,"
                       " s.avg_likes, s.avg_comments, s.avg_views, s.avg_engagement,"
                       " s.authentic_engagement, s.engagement_rate,"
                       // Exports name the leading country; otherwise take it from the shares.
                       " coalesce(nullif(s.top_audience_country, ''), (SELECT d.category FROM"
                       " audience_shares d WHERE d.account_id = a.id AND d.dimension = 'country'"
                       " ORDER BY d.as_of DESC, d.share DESC LIMIT 1), '') AS top_audience_country"
                       " FROM accounts a JOIN creators c ON c.id = a.creator_id"
                       " LEFT JOIN current_snapshots s ON s.account_id = a.id WHERE c.do_not_profile = 0") +
            (only.isEmpty() ? QString() : QStringLiteral(" AND a.id") + only) + QStringLiteral(" ORDER BY a.id"),
        accountIds);
    if (!query)
        return query.error();
    const sql::Columns c(*query);
    while (query->next()) {
        Account a;
        a.id = query->value(c["account_id"]).toLongLong();
        a.platform = platformFromText(query->value(c["platform"]).toString()).value_or(Platform::Instagram);
        a.handle = query->value(c["handle"]).toString();
        a.displayName = query->value(c["display_name"]).toString();
        categoriesOf.rowsOf(a.id, [&a](const QSqlQuery &row) { a.categories << row.value(1).toString(); });
        AccountMetrics &m = a.metrics;
        m.asOf = QDate::fromString(query->value(c["as_of"]).toString(), Qt::ISODate);
        m.followers = sql::optionalValue<qint64>(query->value(c["followers"]));
        m.following = sql::optionalValue<qint64>(query->value(c["following"]));
        m.posts = sql::optionalValue<qint64>(query->value(c["posts"]));
        m.averageLikes = sql::optionalValue<double>(query->value(c["avg_likes"]));
        m.averageComments = sql::optionalValue<double>(query->value(c["avg_comments"]));
        m.averageViews = sql::optionalValue<double>(query->value(c["avg_views"]));
        m.averageEngagement = sql::optionalValue<double>(query->value(c["avg_engagement"]));
        m.authenticEngagement = sql::optionalValue<double>(query->value(c["authentic_engagement"]));
        m.engagementRate = sql::optionalValue<double>(query->value(c["engagement_rate"]));
        a.topAudienceCountry = query->value(c["top_audience_country"]).toString();
        if (!visit(std::move(a)))
            break;
    }
    return success();
}

Result<QList<StoredImportIssue>> ProjectStore::importIssues(bool rejectedOnly) const
{
    auto query = sql::run(
        m_project.database(), m_project.path(),
        QStringLiteral("SELECT i.batch_id, b.file_name, i.line, i.column_name, i.severity, i.reason,"
                       " i.raw_record FROM import_issues i JOIN import_batches b ON b.id = i.batch_id"
                       " WHERE (? = 0 OR i.severity = 'rejected') ORDER BY i.batch_id, i.line, i.id"),
        {rejectedOnly ? 1 : 0});
    if (!query)
        return query.error();
    const sql::Columns queryColumns(*query);
    QList<StoredImportIssue> issues;
    while (query->next())
        issues << StoredImportIssue{query->value(queryColumns["batch_id"]).toLongLong(),
                                    query->value(queryColumns["file_name"]).toString(),
                                    query->value(queryColumns["line"]).toInt(),
                                    query->value(queryColumns["column_name"]).toString(),
                                    query->value(queryColumns["severity"]).toString(),
                                    query->value(queryColumns["reason"]).toString(),
                                    query->value(queryColumns["raw_record"]).toString()};
    return issues;
}

Result<QList<Campaign>> ProjectStore::campaigns() const
{
    const QSqlDatabase db = m_project.database();
    const QString file = m_project.path();
    auto query = sql::run(
        db, file,
        QStringLiteral("SELECT id, name, brief, budget, currency, starts_on, ends_on, scoring_model_id,"
                       " reach_min, reach_max, min_followers, product_category FROM campaigns ORDER BY id"));
    if (!query)
        return query.error();
    const sql::Columns queryColumns(*query);
    QList<Campaign> campaigns;
    while (query->next()) {
        Campaign c;
        c.id = query->value(queryColumns["id"]).toLongLong();
        c.name = query->value(queryColumns["name"]).toString();
        c.brief = query->value(queryColumns["brief"]).toString();
        c.productCategory = query->value(queryColumns["product_category"]).toString();
        c.budget = sql::optionalValue<double>(query->value(queryColumns["budget"]));
        c.currency = query->value(queryColumns["currency"]).toString();
        c.startsOn = QDate::fromString(query->value(queryColumns["starts_on"]).toString(), Qt::ISODate);
        c.endsOn = QDate::fromString(query->value(queryColumns["ends_on"]).toString(), Qt::ISODate);
        c.scoringModelId = query->value(queryColumns["scoring_model_id"]).toLongLong();
        c.reachMin = sql::optionalValue<double>(query->value(queryColumns["reach_min"]));
        c.reachMax = sql::optionalValue<double>(query->value(queryColumns["reach_max"]));
        c.filters.minFollowers = sql::optionalValue<qint64>(query->value(queryColumns["min_followers"]));
        campaigns << c;
    }
    auto targets =
        sql::run(db, file,
                 QStringLiteral("SELECT campaign_id, dimension, category, share FROM campaign_targets"
                                " ORDER BY campaign_id, dimension, rowid"));
    if (!targets)
        return targets.error();
    const sql::Columns targetsColumns(*targets);
    QHash<qint64, QMap<QString, QList<AudienceShare>>> sharesOf;
    while (targets->next())
        sharesOf[targets->value(targetsColumns["campaign_id"]).toLongLong()]
                [targets->value(targetsColumns["dimension"]).toString()]
            << AudienceShare{targets->value(targetsColumns["category"]).toString(),
                             targets->value(targetsColumns["share"]).toDouble()};
    auto terms = sql::run(
        db, file, QStringLiteral("SELECT campaign_id, kind, value FROM campaign_terms ORDER BY rowid"));
    if (!terms)
        return terms.error();
    const sql::Columns termsColumns(*terms);
    QHash<qint64, QList<std::pair<QString, QString>>> termsOf;
    while (terms->next())
        termsOf[terms->value(termsColumns["campaign_id"]).toLongLong()] << std::pair{
            terms->value(termsColumns["kind"]).toString(), terms->value(termsColumns["value"]).toString()};
    auto dimensionWeights = sql::run(
        db, file, QStringLiteral("SELECT campaign_id, dimension, weight FROM campaign_dimension_weights"));
    if (!dimensionWeights)
        return dimensionWeights.error();
    const sql::Columns dimensionWeightsColumns(*dimensionWeights);
    QHash<qint64, QMap<AudienceDimension, double>> dimensionWeightsOf;
    while (dimensionWeights->next()) {
        if (const auto dimension =
                dimensionFromId(dimensionWeights->value(dimensionWeightsColumns["dimension"]).toString()))
            dimensionWeightsOf[dimensionWeights->value(dimensionWeightsColumns["campaign_id"]).toLongLong()]
                .insert(*dimension, dimensionWeights->value(dimensionWeightsColumns["weight"]).toDouble());
    }
    for (Campaign &c : campaigns) {
        for (const auto &[kind, value] : termsOf.value(c.id)) {
            if (kind == QLatin1String("relevant_topic"))
                c.relevantTopics << value;
            else if (kind == QLatin1String("excluded_topic"))
                c.excludedTopics << value;
            else if (kind == QLatin1String("audience_country"))
                c.filters.audienceCountries << value;
            else if (kind == QLatin1String("excluded_category"))
                c.filters.excludedCategories << value;
            else if (kind == QLatin1String("platform") && platformFromText(value))
                c.filters.platforms << *platformFromText(value);
        }
        c.dimensionWeights = dimensionWeightsOf.value(c.id);
        const auto dims = sharesOf.value(c.id);
        for (auto it = dims.cbegin(); it != dims.cend(); ++it) {
            if (const auto dimension = dimensionFromId(it.key()))
                c.targetAudience << AudienceDistribution(*dimension, it.value());
        }
    }
    return campaigns;
}

Status ProjectStore::addDataset(const Dataset &dataset) const
{
    ProjectChange change(m_project);
    if (!change.isActive())
        return change.error();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);

    for (auto it = dataset.settings.cbegin(); it != dataset.settings.cend(); ++it) {
        if (auto done = change.run("INSERT OR REPLACE INTO project_settings(key, value) VALUES (?, ?)",
                                   {it.key(), it.value()});
            !done)
            return done.error();
    }
    auto batch =
        change.run("INSERT INTO import_batches(file_name, file_path, format, as_of, imported_at, rows_read,"
                   " imported) VALUES (?, '', 'generator', ?, ?, ?, ?)",
                   {dataset.sourceName, QDate::currentDate().toString(Qt::ISODate), now,
                    static_cast<int>(dataset.creators.size()), static_cast<int>(dataset.creators.size())});
    if (!batch)
        return batch.error();
    const qint64 batchId = batch->lastInsertId().toLongLong();

    auto writer = AccountWriter::prepare(m_project);
    if (!writer)
        return writer.error();
    // Prepared once: a large generated project has millions of audience rows.
    auto insertShare =
        change.prepare("INSERT INTO audience_shares(account_id, dimension, category, share, source,"
                       " confidence, as_of) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!insertShare)
        return insertShare.error();
    auto insertPost = change.prepare(qPrintable(QStringLiteral("INSERT INTO posts(account_id, batch_id, %1) VALUES (?, ?%2)")
                                                    .arg(PostStore::postColumns(), QStringLiteral(", ?").repeated(13))));
    auto insertReading =
        change.prepare("INSERT INTO follower_history(account_id, day, followers, batch_id) VALUES (?, ?, ?, ?)");
    auto insertFollower = change.prepare(
        "INSERT INTO follower_samples(account_id, batch_id, username, posts, following, followers, has_picture,"
        " is_private) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    auto insertComment = change.prepare("INSERT INTO post_comments(account_id, batch_id, permalink, posted_at, author,"
                                        " text) VALUES (?, ?, ?, ?, ?, ?)");
    for (auto *q : {&insertPost, &insertReading, &insertFollower, &insertComment}) {
        if (!*q)
            return q->error();
    }
    const auto writeEvidence = [&](qint64 accountId, const AccountEvidence &e) -> Status {
        const QString file = m_project.path();
        for (const Post &p : e.posts) {
            if (auto done = sql::exec(*insertPost, file, QVariantList{accountId, batchId} + PostStore::postValues(p));
                !done)
                return done.error();
        }
        for (const auto &[day, followers] : e.followerHistory) {
            if (auto done = sql::exec(*insertReading, file, {accountId, day.toString(Qt::ISODate), followers, batchId});
                !done)
                return done.error();
        }
        for (const FollowerProfile &f : e.followerSample) {
            if (auto done = sql::exec(*insertFollower, file,
                                      {accountId, batchId, f.username, f.posts, f.following, f.followers,
                                       f.hasProfilePicture ? 1 : 0, f.isPrivate ? 1 : 0});
                !done)
                return done.error();
        }
        for (const Comment &c : e.comments) {
            if (auto done = sql::exec(*insertComment, file,
                                      {accountId, batchId, c.permalink, c.postedAt.toString(Qt::ISODate), c.author,
                                       c.text});
                !done)
                return done.error();
        }
        return success();
    };
    for (const CreatorRecord &record : dataset.creators) {
        auto creatorId = writer->addCreator(record.creator.displayName);
        if (!creatorId)
            return creatorId.error();
        if (record.lawfulBasis != privacy::LawfulBasis::None || record.informedOn.isValid()) {
            if (auto done = change.run("UPDATE creators SET lawful_basis = ?, informed_on = ? WHERE id = ?",
                                       {privacy::lawfulBasisKey(record.lawfulBasis),
                                        record.informedOn.toString(Qt::ISODate), *creatorId});
                !done)
                return done.error();
        }
        for (qsizetype i = 0; i < record.creator.accounts.size(); ++i) {
            const Account &a = record.creator.accounts.at(i);
            auto accountId = writer->addAccount(*creatorId, a.platform, a.handle);
            if (!accountId)
                return accountId.error();
            if (auto added = writer->addSnapshot({*accountId,
                                                  batchId,
                                                  std::nullopt,
                                                  a.displayName,
                                                  a.metrics,
                                                  a.topAudienceCountry,
                                                  a.categories,
                                                  {}});
                !added)
                return added;
            if (const auto fee = record.feeOfAccount.value(i)) {
                if (auto added = writer->setFee(*accountId, *fee); !added)
                    return added;
            }
            if (i < record.evidenceOfAccount.size()) {
                if (auto written = writeEvidence(*accountId, record.evidenceOfAccount.at(i)); !written)
                    return written;
            }
            for (const AudienceEstimate &estimate : record.audienceOfAccount.value(i)) {
                for (const AudienceShare &share : estimate.distribution.shares()) {
                    if (auto done = sql::exec(*insertShare, m_project.path(),
                                              {*accountId, dimensionId(estimate.distribution.dimension()),
                                               share.category, share.share, estimate.source,
                                               estimate.confidence, estimate.asOf.toString(Qt::ISODate)});
                        !done)
                        return done.error();
                }
            }
        }
        for (const CreatorAttribute &attribute : record.attributes) {
            if (auto done = change.run(
                    "INSERT INTO creator_attributes(creator_id, attribute, value, consent_given_on,"
                    " consent_purpose, consent_recorded_by, consent_expires_on) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    {*creatorId, attribute.attribute, attribute.value,
                     attribute.consent.givenOn.toString(Qt::ISODate), attribute.consent.purpose,
                     attribute.consent.recordedBy, attribute.consent.expiresOn.toString(Qt::ISODate)});
                !done)
                return done.error();
        }
    }

    qint64 defaultModelId = 0;
    QMap<QString, qint64> modelIds;
    for (const scoring::ScoringModel &model : dataset.scoringModels) {
        auto saved = ScoringStore(m_project).saveNewVersion(model, dataset.sourceName);
        if (!saved)
            return saved.error();
        defaultModelId = defaultModelId == 0 ? saved->id : defaultModelId;
        modelIds.insert(model.name, saved->id);
    }
    for (Campaign campaign : dataset.campaigns) {
        if (campaign.scoringModelId == 0)
            campaign.scoringModelId =
                modelIds.value(dataset.modelOfCampaign.value(campaign.name), defaultModelId);
        if (auto added = CampaignStore(m_project).add(campaign, dataset.sourceName); !added)
            return added.error();
    }
    // A generated dataset is an import like any other in the log (its source is a program, not a person).
    if (auto logged = AuditStore::append(change, {dataset.sourceName, QStringLiteral("import"),
                                                  QStringLiteral("batch:%1").arg(batchId),
                                                  QJsonObject{{QStringLiteral("kind"), QStringLiteral("creators")},
                                                              {QStringLiteral("format"), QStringLiteral("generator")},
                                                              {QStringLiteral("imported"),
                                                               static_cast<int>(dataset.creators.size())},
                                                              {QStringLiteral("campaigns"),
                                                               static_cast<int>(dataset.campaigns.size())}},
                                                  {},
                                                  {}});
        !logged)
        return logged.error();
    return change.commit();
}

} // namespace candor
