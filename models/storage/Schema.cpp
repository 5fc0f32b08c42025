// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Schema.h"

#include "SqlSupport.h"
#include "Transaction.h"
#include "core/TextContexts.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QScopeGuard>
#include <QSqlError>

namespace candor::schema {
namespace {

struct Migration
{
    QStringList statements;
    QStringList executableObjects; // views and triggers this step creates
    // SQLite cannot change a CHECK constraint in place; such a step copies the table into a new one. Foreign
    // keys are off meanwhile (SQLite's documented procedure), else dropping the old table would cascade.
    bool rebuildsTables = false;
};

// SQLite cannot widen a CHECK in place: the statements that copy import_batches into a table whose kind may
// also be one of `kinds` (a step's version names the copy). The table is documented in docs/project-file.md.
QStringList importBatchesWithKinds(int version, const char *kinds)
{
    const QString copy = QStringLiteral("import_batches_%1").arg(version);
    return {QStringLiteral("CREATE TABLE %1 ("
                           " id INTEGER PRIMARY KEY,"
                           " file_name TEXT NOT NULL,"
                           " file_path TEXT NOT NULL,"
                           " format TEXT NOT NULL CHECK (format IN ('csv', 'json', 'generator')),"
                           " platform TEXT, encoding TEXT, delimiter TEXT, decimal_separator TEXT,"
                           " column_mapping TEXT NOT NULL DEFAULT '{}',"
                           " notices TEXT NOT NULL DEFAULT '[]',"
                           " as_of TEXT NOT NULL,"
                           " imported_at TEXT NOT NULL,"
                           " imported_by TEXT NOT NULL DEFAULT '',"
                           " rows_read INTEGER NOT NULL DEFAULT 0,"
                           " imported INTEGER NOT NULL DEFAULT 0,"
                           " merged INTEGER NOT NULL DEFAULT 0,"
                           " rejected INTEGER NOT NULL DEFAULT 0,"
                           " kind TEXT NOT NULL DEFAULT 'creators'"
                           "  CHECK (kind IN (%2)))")
                .arg(copy, QLatin1String(kinds)),
            QStringLiteral("INSERT INTO %1 SELECT id, file_name, file_path, format, platform, encoding,"
                           " delimiter, decimal_separator, column_mapping, notices, as_of, imported_at, imported_by,"
                           " rows_read, imported, merged, rejected, kind FROM import_batches")
                .arg(copy),
            QStringLiteral("DROP TABLE import_batches"),
            QStringLiteral("ALTER TABLE %1 RENAME TO import_batches").arg(copy)};
}

// Documented table by table in docs/project-file.md. Never edit a shipped step: add a new one.
const QList<Migration> &migrations()
{
    static const QList<Migration> steps = {
        // 1: creators, their platform accounts, metric snapshots and the imports they came from.
        {{
             QStringLiteral("CREATE TABLE project_settings ("
                            " key TEXT PRIMARY KEY,"
                            " value TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE creators ("
                            " id INTEGER PRIMARY KEY,"
                            " display_name TEXT NOT NULL DEFAULT '',"
                            " created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE accounts ("
                            " id INTEGER PRIMARY KEY,"
                            " creator_id INTEGER NOT NULL REFERENCES creators(id) ON DELETE CASCADE,"
                            " platform TEXT NOT NULL CHECK (platform IN ('instagram', 'tiktok', 'youtube')),"
                            " handle TEXT NOT NULL COLLATE NOCASE CHECK (length(handle) > 0),"
                            " UNIQUE (platform, handle))"),
             QStringLiteral("CREATE INDEX accounts_by_creator ON accounts(creator_id)"),
             QStringLiteral("CREATE TABLE import_batches ("
                            " id INTEGER PRIMARY KEY,"
                            " file_name TEXT NOT NULL,"
                            " file_path TEXT NOT NULL,"
                            " format TEXT NOT NULL CHECK (format IN ('csv', 'json', 'generator')),"
                            " platform TEXT,"
                            " encoding TEXT,"
                            " delimiter TEXT,"
                            " decimal_separator TEXT,"
                            " column_mapping TEXT NOT NULL DEFAULT '{}',"
                            " notices TEXT NOT NULL DEFAULT '[]',"
                            " as_of TEXT NOT NULL,"
                            " imported_at TEXT NOT NULL,"
                            " imported_by TEXT NOT NULL DEFAULT '',"
                            " rows_read INTEGER NOT NULL DEFAULT 0,"
                            " imported INTEGER NOT NULL DEFAULT 0,"
                            " merged INTEGER NOT NULL DEFAULT 0,"
                            " rejected INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE TABLE import_issues ("
                            " id INTEGER PRIMARY KEY,"
                            " batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,"
                            " line INTEGER NOT NULL,"
                            " column_name TEXT NOT NULL DEFAULT '',"
                            " severity TEXT NOT NULL CHECK (severity IN ('rejected', 'warning')),"
                            " reason TEXT NOT NULL,"
                            " raw_record TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX import_issues_by_batch ON import_issues(batch_id, line)"),
             QStringLiteral("CREATE TABLE metric_snapshots ("
                            " id INTEGER PRIMARY KEY,"
                            " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                            " batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,"
                            " source_line INTEGER,"
                            " as_of TEXT NOT NULL,"
                            " display_name TEXT NOT NULL DEFAULT '',"
                            " followers INTEGER CHECK (followers >= 0),"
                            " following INTEGER CHECK (following >= 0),"
                            " posts INTEGER CHECK (posts >= 0),"
                            " avg_likes REAL CHECK (avg_likes >= 0),"
                            " avg_comments REAL CHECK (avg_comments >= 0),"
                            " avg_views REAL CHECK (avg_views >= 0),"
                            " avg_engagement REAL CHECK (avg_engagement >= 0),"
                            " authentic_engagement REAL CHECK (authentic_engagement >= 0),"
                            " engagement_rate REAL CHECK (engagement_rate >= 0),"
                            " top_audience_country TEXT NOT NULL DEFAULT '')"),
             QStringLiteral(
                 "CREATE INDEX metric_snapshots_newest ON metric_snapshots(account_id, as_of, id)"),
             QStringLiteral("CREATE TABLE snapshot_categories ("
                            " snapshot_id INTEGER NOT NULL REFERENCES metric_snapshots(id) ON DELETE CASCADE,"
                            " position INTEGER NOT NULL,"
                            " category TEXT NOT NULL,"
                            " PRIMARY KEY (snapshot_id, position))"),
             // The newest snapshot per account wins; older ones stay as history.
             QStringLiteral(
                 "CREATE VIEW current_snapshots AS"
                 " SELECT s.* FROM metric_snapshots s"
                 " WHERE s.id = (SELECT n.id FROM metric_snapshots n WHERE n.account_id = s.account_id"
                 " ORDER BY n.as_of DESC, n.id DESC LIMIT 1)"),
         },
         {QStringLiteral("current_snapshots")}},

        // 2: audience demographics, consented creator attributes, campaigns and shortlists.
        {{
             QStringLiteral("CREATE TABLE audience_shares ("
                            " id INTEGER PRIMARY KEY,"
                            " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                            " dimension TEXT NOT NULL"
                            "  CHECK (dimension IN ('age_band', 'gender', 'country', 'language')),"
                            " category TEXT NOT NULL CHECK (length(category) > 0),"
                            " share REAL NOT NULL CHECK (share BETWEEN 0 AND 1),"
                            " source TEXT NOT NULL,"
                            " confidence REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),"
                            " as_of TEXT NOT NULL,"
                            " UNIQUE (account_id, dimension, category, source, as_of))"),
             // Self-declared attributes live apart from every scoring input and only with consent.
             QStringLiteral("CREATE TABLE creator_attributes ("
                            " id INTEGER PRIMARY KEY,"
                            " creator_id INTEGER NOT NULL REFERENCES creators(id) ON DELETE CASCADE,"
                            " attribute TEXT NOT NULL,"
                            " value TEXT NOT NULL,"
                            " consent_given_on TEXT NOT NULL,"
                            " consent_purpose TEXT NOT NULL CHECK (length(consent_purpose) > 0),"
                            " consent_recorded_by TEXT NOT NULL CHECK (length(consent_recorded_by) > 0),"
                            " UNIQUE (creator_id, attribute))"),
             QStringLiteral("CREATE TABLE campaigns ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),"
                            " brief TEXT NOT NULL DEFAULT '',"
                            " budget REAL CHECK (budget >= 0),"
                            " currency TEXT NOT NULL DEFAULT 'EUR',"
                            " starts_on TEXT,"
                            " ends_on TEXT,"
                            " created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE campaign_targets ("
                            " campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,"
                            " dimension TEXT NOT NULL"
                            "  CHECK (dimension IN ('age_band', 'gender', 'country', 'language')),"
                            " category TEXT NOT NULL,"
                            " share REAL NOT NULL CHECK (share BETWEEN 0 AND 1),"
                            " PRIMARY KEY (campaign_id, dimension, category))"),
             QStringLiteral("CREATE TABLE shortlists ("
                            " id INTEGER PRIMARY KEY,"
                            " campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,"
                            " name TEXT NOT NULL,"
                            " created_at TEXT NOT NULL,"
                            " UNIQUE (campaign_id, name))"),
             // Every decision is a row: the latest per account is current, the rest is the record of who
             // decided what, when and why.
             QStringLiteral("CREATE TABLE shortlist_decisions ("
                            " id INTEGER PRIMARY KEY,"
                            " shortlist_id INTEGER NOT NULL REFERENCES shortlists(id) ON DELETE CASCADE,"
                            " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                            " decision TEXT NOT NULL"
                            "  CHECK (decision IN ('shortlisted', 'approved', 'rejected', 'removed')),"
                            " reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),"
                            " decided_by TEXT NOT NULL,"
                            " decided_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX audience_by_account ON audience_shares(account_id, dimension)"),
             QStringLiteral(
                 "CREATE INDEX decisions_by_shortlist ON shortlist_decisions(shortlist_id, account_id)"),
         },
         {}},

        // 3: scoring models and their versions, the engagement benchmark table, fees, and how each campaign
        // tunes scoring (model, reach bounds, topics, hard filters, audience-dimension weights).
        {{
             QStringLiteral("CREATE TABLE scoring_models ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL CHECK (length(name) > 0),"
                            " version INTEGER NOT NULL CHECK (version >= 1),"
                            " missing_data TEXT NOT NULL CHECK (missing_data IN ('neutral', 'exclude')),"
                            " created_at TEXT NOT NULL,"
                            " created_by TEXT NOT NULL DEFAULT '',"
                            " UNIQUE (name, version))"),
             QStringLiteral("CREATE TABLE scoring_factors ("
                            " model_id INTEGER NOT NULL REFERENCES scoring_models(id) ON DELETE CASCADE,"
                            " position INTEGER NOT NULL,"
                            " factor TEXT NOT NULL,"
                            " weight REAL NOT NULL CHECK (weight >= 0),"
                            " normalization TEXT NOT NULL,"
                            " PRIMARY KEY (model_id, factor))"),
             QStringLiteral("CREATE TABLE engagement_benchmarks ("
                            " id INTEGER PRIMARY KEY,"
                            " platform TEXT NOT NULL CHECK (platform IN ('instagram', 'tiktok', 'youtube')),"
                            " min_followers INTEGER NOT NULL CHECK (min_followers >= 0),"
                            " max_followers INTEGER,"
                            " average_rate REAL NOT NULL CHECK (average_rate >= 0),"
                            " median_rate REAL NOT NULL CHECK (median_rate >= 0),"
                            " source TEXT NOT NULL CHECK (length(source) > 0))"),
             QStringLiteral("CREATE TABLE account_fees ("
                            " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                            " amount REAL NOT NULL CHECK (amount > 0),"
                            " currency TEXT NOT NULL,"
                            " source TEXT NOT NULL,"
                            " as_of TEXT NOT NULL,"
                            " PRIMARY KEY (account_id, as_of))"),
             QStringLiteral(
                 "ALTER TABLE campaigns ADD COLUMN scoring_model_id INTEGER REFERENCES scoring_models(id)"),
             QStringLiteral("ALTER TABLE campaigns ADD COLUMN reach_min REAL CHECK (reach_min > 0)"),
             QStringLiteral("ALTER TABLE campaigns ADD COLUMN reach_max REAL CHECK (reach_max > 0)"),
             QStringLiteral(
                 "ALTER TABLE campaigns ADD COLUMN min_followers INTEGER CHECK (min_followers >= 0)"),
             QStringLiteral(
                 "CREATE TABLE campaign_terms ("
                 " campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,"
                 " kind TEXT NOT NULL CHECK (kind IN ('relevant_topic', 'excluded_topic', 'platform',"
                 "  'audience_country', 'excluded_category')),"
                 " value TEXT NOT NULL CHECK (length(value) > 0),"
                 " PRIMARY KEY (campaign_id, kind, value))"),
             QStringLiteral("CREATE TABLE campaign_dimension_weights ("
                            " campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,"
                            " dimension TEXT NOT NULL"
                            "  CHECK (dimension IN ('age_band', 'gender', 'country', 'language')),"
                            " weight REAL NOT NULL CHECK (weight >= 0),"
                            " PRIMARY KEY (campaign_id, dimension))"),
             // A shortlist keeps the model version it was made with, whatever the campaign uses later.
             QStringLiteral(
                 "ALTER TABLE shortlists ADD COLUMN scoring_model_id INTEGER REFERENCES scoring_models(id)"),
         },
         {}},

        // 4: a decision remembers what the tool advised when it was taken, and whether it overrode that
        // advice.
        {{
             QStringLiteral(
                 "ALTER TABLE shortlist_decisions ADD COLUMN is_override INTEGER NOT NULL DEFAULT 0"
                 " CHECK (is_override IN (0, 1))"),
             QStringLiteral("ALTER TABLE shortlist_decisions ADD COLUMN rank_at_decision INTEGER"),
             QStringLiteral("ALTER TABLE shortlist_decisions ADD COLUMN score_at_decision REAL"),
         },
         {}},

        // 5: notes on a candidate within a campaign, with who wrote them and when.
        {{
             QStringLiteral("CREATE TABLE candidate_notes ("
                            " id INTEGER PRIMARY KEY,"
                            " campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,"
                            " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                            " body TEXT NOT NULL CHECK (length(trim(body)) > 0),"
                            " written_by TEXT NOT NULL,"
                            " written_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX candidate_notes_by_account ON candidate_notes(campaign_id, account_id)"),
         },
         {}},

        // 6: what a user's own data needs: audience rows with provenance (measured by the platform, estimated
        // by a vendor, entered by hand), the label as the source wrote it and whether the distribution was
        // partial; import batches of audiences and attributes; the evidence of a consent and the record of a
        // withdrawal; benchmarks per measure (engagement per follower or per view); and the lower-bound rule
        // for missing data (a factor without data adds nothing, so missing data never beats real data).
        {{
             QStringLiteral("ALTER TABLE audience_shares ADD COLUMN provenance TEXT NOT NULL DEFAULT 'estimated'"
                            " CHECK (provenance IN ('measured', 'estimated', 'entered'))"),
             QStringLiteral("ALTER TABLE audience_shares ADD COLUMN raw_label TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE audience_shares ADD COLUMN is_partial INTEGER NOT NULL DEFAULT 0"
                            " CHECK (is_partial IN (0, 1))"),
             QStringLiteral("ALTER TABLE audience_shares ADD COLUMN batch_id INTEGER"
                            " REFERENCES import_batches(id) ON DELETE SET NULL"),
             QStringLiteral("ALTER TABLE import_batches ADD COLUMN kind TEXT NOT NULL DEFAULT 'creators'"
                            " CHECK (kind IN ('creators', 'audience', 'attributes'))"),
             QStringLiteral("ALTER TABLE creator_attributes ADD COLUMN consent_evidence TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE TABLE consent_withdrawals ("
                            " id INTEGER PRIMARY KEY,"
                            " creator_id INTEGER NOT NULL REFERENCES creators(id) ON DELETE CASCADE,"
                            " attribute TEXT NOT NULL,"
                            " withdrawn_on TEXT NOT NULL,"
                            " recorded_by TEXT NOT NULL,"
                            " reason TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("ALTER TABLE engagement_benchmarks ADD COLUMN measure TEXT NOT NULL"
                            " DEFAULT 'per_follower' CHECK (measure IN ('per_follower', 'per_view'))"),
             QStringLiteral("CREATE TABLE scoring_models_6 ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL CHECK (length(name) > 0),"
                            " version INTEGER NOT NULL CHECK (version >= 1),"
                            " missing_data TEXT NOT NULL"
                            "  CHECK (missing_data IN ('neutral', 'exclude', 'lower_bound')),"
                            " created_at TEXT NOT NULL,"
                            " created_by TEXT NOT NULL DEFAULT '',"
                            " UNIQUE (name, version))"),
             QStringLiteral("INSERT INTO scoring_models_6 SELECT id, name, version, missing_data, created_at,"
                            " created_by FROM scoring_models"),
             QStringLiteral("DROP TABLE scoring_models"),
             QStringLiteral("ALTER TABLE scoring_models_6 RENAME TO scoring_models"),
         },
         {},
         true},

        // 7: figures entered by hand: the snapshot names who entered them (import batches name their file).
        {{
             QStringLiteral("ALTER TABLE metric_snapshots ADD COLUMN entered_by TEXT NOT NULL DEFAULT ''"),
         },
         {}},

        // 8: two people (or two windows) deciding on the same creator at once: each decision names the one it
        // replaces (0 for the first), and only one decision may replace a given one, so the second writer is
        // refused instead of recording a duplicate. Existing decisions are chained in the order they were made.
        {{
             QStringLiteral("ALTER TABLE shortlist_decisions ADD COLUMN replaces_id INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("UPDATE shortlist_decisions SET replaces_id = COALESCE((SELECT MAX(p.id) FROM"
                            " shortlist_decisions p WHERE p.shortlist_id = shortlist_decisions.shortlist_id AND"
                            " p.account_id = shortlist_decisions.account_id AND p.id < shortlist_decisions.id), 0)"),
             QStringLiteral("CREATE UNIQUE INDEX one_decision_per_step"
                            " ON shortlist_decisions(shortlist_id, account_id, replaces_id)"),
         },
         {}},

        // 9: each campaign's scored pool, kept so that a project of a million candidates opens without reading
        // every account, figure and audience share again. Derived data only: `inputs_key` is a SHA-256 of
        // everything the pool was computed from (the data generation that every change to scoring data moves,
        // the campaign, the model, the benchmarks); a pool whose key no longer matches is computed again.
        // Deleting these rows loses nothing.
        {{
             QStringLiteral("CREATE TABLE scored_pools ("
                            " campaign_id INTEGER PRIMARY KEY REFERENCES campaigns(id) ON DELETE CASCADE,"
                            " inputs_key TEXT NOT NULL,"
                            " candidates INTEGER NOT NULL CHECK (candidates >= 0),"
                            " computed_at TEXT NOT NULL,"
                            " pool BLOB NOT NULL)"),
         },
         {}},

        // 10: evidence for authenticity and disclosure: each account's posts (with the platform's paid flag, what
        // the user knows of sponsorship and AI, and the figures) and its follower-count history; import batches
        // of both kinds. import_batches is copied to widen its kind CHECK.
        {importBatchesWithKinds(10, "'creators', 'audience', 'attributes', 'posts', 'history'") + QStringList{
             QStringLiteral("CREATE TABLE posts ("
                            " id INTEGER PRIMARY KEY,"
                            " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                            " batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,"
                            " line INTEGER NOT NULL DEFAULT 0,"
                            " published_at TEXT NOT NULL,"
                            " permalink TEXT NOT NULL DEFAULT '',"
                            " media_type TEXT NOT NULL DEFAULT 'image'"
                            "  CHECK (media_type IN ('image', 'carousel', 'video', 'story', 'other')),"
                            " title TEXT NOT NULL DEFAULT '',"
                            " caption TEXT NOT NULL DEFAULT '',"
                            " likes INTEGER CHECK (likes >= 0),"
                            " comments INTEGER CHECK (comments >= 0),"
                            " views INTEGER CHECK (views >= 0),"
                            " shares INTEGER CHECK (shares >= 0),"
                            " platform_paid INTEGER NOT NULL DEFAULT 0 CHECK (platform_paid IN (0, 1)),"
                            " user_sponsored INTEGER NOT NULL DEFAULT 0 CHECK (user_sponsored IN (0, 1)),"
                            " ai_label TEXT NOT NULL DEFAULT 'none' CHECK (ai_label IN ('none', 'creator', 'platform')),"
                            " user_ai_made INTEGER NOT NULL DEFAULT 0 CHECK (user_ai_made IN (0, 1)))"),
             // One post per account, time and link: importing an export again updates its posts.
             QStringLiteral("CREATE UNIQUE INDEX posts_by_account ON posts(account_id, published_at, permalink)"),
             QStringLiteral("CREATE TABLE follower_history ("
                            " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                            " day TEXT NOT NULL,"
                            " followers INTEGER NOT NULL CHECK (followers >= 0),"
                            " batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,"
                            " PRIMARY KEY (account_id, day))"),
         },
         {},
         true},

        // 11: a sample of an account's followers (what each profile shows; a person's fake/real label where the
        // sample has one), judged by the follower rules. A new sample of an account replaces its previous one.
        // import_batches is copied to widen its kind CHECK.
        {importBatchesWithKinds(11, "'creators', 'audience', 'attributes', 'posts', 'history', 'followers'") + QStringList{
             QStringLiteral("CREATE TABLE follower_samples ("
                            " id INTEGER PRIMARY KEY,"
                            " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                            " batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,"
                            " line INTEGER NOT NULL DEFAULT 0,"
                            " username TEXT NOT NULL DEFAULT '',"
                            " posts INTEGER NOT NULL CHECK (posts >= 0),"
                            " following INTEGER NOT NULL CHECK (following >= 0),"
                            " followers INTEGER NOT NULL CHECK (followers >= 0),"
                            " has_picture INTEGER NOT NULL DEFAULT 1 CHECK (has_picture IN (0, 1)),"
                            " is_private INTEGER NOT NULL DEFAULT 0 CHECK (is_private IN (0, 1)),"
                            " labelled_fake INTEGER CHECK (labelled_fake IN (0, 1)))"),
             QStringLiteral("CREATE INDEX follower_samples_by_account ON follower_samples(account_id)"),
         },
         {},
         true},

        // 12: the texts of comments under an account's posts (who wrote them, when, under which post), for the
        // generic and repeated comments signal. Comments imported for a post replace that post's earlier ones.
        {importBatchesWithKinds(
             12, "'creators', 'audience', 'attributes', 'posts', 'history', 'followers', 'comments'") +
             QStringList{
                 QStringLiteral("CREATE TABLE post_comments ("
                                " id INTEGER PRIMARY KEY,"
                                " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                                " batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,"
                                " line INTEGER NOT NULL DEFAULT 0,"
                                " permalink TEXT NOT NULL DEFAULT '',"
                                " posted_at TEXT,"
                                " author TEXT NOT NULL DEFAULT '',"
                                " text TEXT NOT NULL)"),
                 QStringLiteral("CREATE INDEX post_comments_by_account ON post_comments(account_id, permalink)"),
             },
         {},
         true},

        // 13: the audit log, append-only and hash-chained (docs/audit-log.md). An entry names people by internal
        // id only; their personal values are a payload of their own, whose hash the entry keeps, so erasing a
        // person deletes the payload and the chain still verifies. The triggers refuse any change to the log.
        {{
             QStringLiteral("CREATE TABLE audit_log ("
                            " sequence INTEGER PRIMARY KEY CHECK (sequence >= 1),"
                            " at TEXT NOT NULL,"
                            " user TEXT NOT NULL,"
                            " action TEXT NOT NULL,"
                            " target TEXT NOT NULL DEFAULT '',"
                            " details TEXT NOT NULL DEFAULT '{}',"
                            " payload_sha256 TEXT NOT NULL DEFAULT '',"
                            " previous_sha256 TEXT NOT NULL,"
                            " sha256 TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE audit_payloads ("
                            " sequence INTEGER PRIMARY KEY,"   /* its entry's; verify names a payload without one */
                            " creator_id INTEGER,"
                            " content TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX audit_payloads_by_creator ON audit_payloads(creator_id)"),
             QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                            " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
             QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                            " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
         },
         {QStringLiteral("audit_log_no_update"), QStringLiteral("audit_log_no_delete")}},

        // 14: privacy records (docs/privacy.md): per creator the lawful basis, the date they were informed (GDPR
        // Art. 14), a "do not profile" objection (Art. 21) and the last renewal of their retention; an expiry per
        // consent; the person who approved a shortlist and when. Indexes by account alone, for a creator's last
        // use and for erasure.
        {{
             QStringLiteral("ALTER TABLE creators ADD COLUMN lawful_basis TEXT NOT NULL DEFAULT ''"
                            " CHECK (lawful_basis IN ('', 'consent', 'contract', 'legitimate_interest'))"),
             QStringLiteral("ALTER TABLE creators ADD COLUMN informed_on TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE creators ADD COLUMN do_not_profile INTEGER NOT NULL DEFAULT 0"
                            " CHECK (do_not_profile IN (0, 1))"),
             QStringLiteral("ALTER TABLE creators ADD COLUMN retention_renewed_on TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE creator_attributes ADD COLUMN consent_expires_on TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE shortlists ADD COLUMN approved_by TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE shortlists ADD COLUMN approved_at TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE INDEX decisions_by_account ON shortlist_decisions(account_id)"),
             QStringLiteral("CREATE INDEX notes_by_account ON candidate_notes(account_id)"),
             // Few creators object; counting them reads only theirs.
             QStringLiteral("CREATE INDEX creators_not_profiled ON creators(id) WHERE do_not_profile = 1"),
         },
         {}},

        // 15: what a campaign sells when the ethics policy restricts it ("alcohol", "gambling", "hfss_food"; ''
        // for anything else), for the policy's age rule (docs/policy.md).
        {{
             QStringLiteral("ALTER TABLE campaigns ADD COLUMN product_category TEXT NOT NULL DEFAULT ''"),
         },
         {}},

        // 16: the ethics policy's resolutions: a person's written override of a finding about a creator, or
        // acknowledgement of one about a group, for the shortlist as it stood (decision_id; docs/policy.md). And
        // what the policy saw when a shortlist was approved, so that fresher data can say what changed since.
        {{
             QStringLiteral("CREATE TABLE policy_resolutions ("
                            " id INTEGER PRIMARY KEY,"
                            " shortlist_id INTEGER NOT NULL REFERENCES shortlists(id) ON DELETE CASCADE,"
                            " account_id INTEGER REFERENCES accounts(id) ON DELETE CASCADE,"
                            " rule_id TEXT NOT NULL,"
                            " subject_key TEXT NOT NULL,"
                            " kind TEXT NOT NULL CHECK (kind IN ('override', 'acknowledge')),"
                            " reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),"
                            " decided_by TEXT NOT NULL CHECK (length(trim(decided_by)) > 0),"
                            " decided_at TEXT NOT NULL,"
                            " decision_id INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX policy_resolutions_by_shortlist ON policy_resolutions(shortlist_id)"),
             QStringLiteral("ALTER TABLE shortlists ADD COLUMN approval_snapshot TEXT NOT NULL DEFAULT ''"),
         },
         {}},
    };
    return steps;
}

} // namespace

int currentVersion()
{
    return static_cast<int>(migrations().size());
}

Status migrate(const QSqlDatabase &db, const QString &file, int from, int to)
{
    for (int version = from + 1; version <= to; ++version) {
        const Migration &step = migrations().at(version - 1);
        // Outside the transaction: SQLite ignores this pragma inside one.
        if (step.rebuildsTables) {
            if (auto off = sql::run(db, file, QStringLiteral("PRAGMA foreign_keys = OFF")); !off)
                return off.error();
        }
        // On every way out; a scope guard cannot return an error, so a failure is logged (the next open turns
        // foreign keys on again: ProjectFile sets the pragma on each connection).
        const auto restoreForeignKeys = qScopeGuard([&] {
            if (!step.rebuildsTables)
                return;
            if (auto on = sql::run(db, file, QStringLiteral("PRAGMA foreign_keys = ON")); !on)
                qWarning("%s", qPrintable(on.error().toString()));
        });
        Transaction transaction(db, file);
        if (!transaction.isActive())
            return transaction.error();
        for (const QString &statement : step.statements) {
            auto done = sql::run(db, file, statement);
            if (!done) {
                Error error = done.error();
                error.message =
                    StorageText::tr("could not upgrade the project to schema version %1").arg(version);
                return error;
            }
        }
        if (version == 1) {
            auto idSet = sql::run(db, file, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
            if (!idSet)
                return idSet.error();
        }
        if (step.rebuildsTables) {
            auto broken = sql::run(db, file, QStringLiteral("PRAGMA foreign_key_check"));
            if (!broken)
                return broken.error();
            if (broken->next())
                return Error{file,
                             StorageText::tr("could not upgrade the project to schema version %1: table %2 "
                                             "refers to a missing row")
                                 .arg(version)
                                 .arg(broken->value(0).toString()),
                             {}};
        }
        // PRAGMA takes no bound parameters; `version` is our own integer, not user text.
        auto bumped = sql::run(db, file, QStringLiteral("PRAGMA user_version = %1").arg(version));
        if (!bumped)
            return bumped.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
    }
    return success();
}

Result<Shape> shapeOf(const QSqlDatabase &db, const QString &file)
{
    Shape shape;
    auto objects = sql::run(db, file,
                            QStringLiteral("SELECT type, name FROM sqlite_schema WHERE type IN ('table', 'index')"
                                           " AND sql IS NOT NULL ORDER BY name"));
    if (!objects)
        return objects.error();
    QStringList tables;
    while (objects->next()) {
        const QString name = objects->value(1).toString();
        if (objects->value(0).toString() == QLatin1String("index"))
            shape.indexes << name;
        else
            tables << name;
    }
    for (const QString &table : std::as_const(tables)) {
        auto columns = sql::run(db, file, QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table});
        if (!columns)
            return columns.error();
        QStringList &names = shape.tables[table];
        while (columns->next())
            names << columns->value(0).toString();
    }
    return shape;
}

Result<Shape> expectedShape(int version)
{
    static QMutex mutex;
    static QHash<int, Shape> built;
    const QMutexLocker lock(&mutex);
    if (const auto found = built.constFind(version); found != built.cend())
        return *found;
    const QString connection = QStringLiteral("candor-expected-schema-%1").arg(version);
    Result<Shape> shape = Shape{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        const QString file = StorageText::tr("(expected schema)");
        if (!db.open())
            shape = Error{file, StorageText::tr("cannot build the expected schema"), db.lastError().text()};
        else if (auto migrated = migrate(db, file, 0, version); !migrated)
            shape = migrated.error();
        else
            shape = shapeOf(db, file);
    }
    QSqlDatabase::removeDatabase(connection);
    if (shape)
        built.insert(version, *shape);
    return shape;
}

QStringList executableObjectNames(int version)
{
    QStringList names;
    for (int v = 1; v <= version && v <= currentVersion(); ++v)
        names << migrations().at(v - 1).executableObjects;
    return names;
}

} // namespace candor::schema
