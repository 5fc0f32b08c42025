// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Agency scale, measured as a program: a project of N creators (generated like the demo, always afresh), the
// time to score a campaign's pool from every candidate and to read a kept pool back, the memory a pool takes per
// candidate, and as a baseline in the same run the time SQLite alone needs to step through the rows the scoring
// reads (no Qt, no scoring). Prints one line per measure as "key<TAB>value" for scripts/bench-scale.sh.
// Usage: bench_scale N PROJECT.candor [EVIDENCE_SHARE]
// EVIDENCE_SHARE is the share of accounts that come with posts, a follower history and comments (default 0.1:
// an agency imports them for the accounts it looks at closely, not for a million); a fifth of those also have a
// follower sample of 200.
#include "demo/DemoProject.h"
#include "storage/ProjectFile.h"
#include "storage/PrivacyStore.h"
#include "storage/ProjectStore.h"
#include "storage/ScoringStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QJsonObject>

#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>

using namespace candor;
using Clock = std::chrono::steady_clock;

namespace {

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

long residentKb()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stol(line.substr(6));
    }
    return 0;
}

// The rows a pool is scored from, stepped through by SQLite alone: what any design that reads them all pays.
double sqliteBaseline(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    const char *statements[] = {
        "SELECT a.id, a.platform, a.handle, s.followers, s.avg_likes, s.avg_comments, s.avg_views,"
        " s.avg_engagement, s.authentic_engagement, s.engagement_rate, s.top_audience_country"
        " FROM accounts a LEFT JOIN current_snapshots s ON s.account_id = a.id ORDER BY a.id",
        "SELECT account_id, dimension, category, share, source, as_of FROM audience_shares"
        " ORDER BY account_id, dimension, as_of DESC, confidence DESC, source, id",
        "SELECT s.account_id, c.category FROM snapshot_categories c JOIN current_snapshots s ON s.id = c.snapshot_id"
        " ORDER BY s.account_id, c.position",
        "SELECT account_id, amount FROM account_fees ORDER BY account_id, as_of DESC",
        "SELECT account_id, published_at, permalink, media_type, title, caption, likes, comments, views, shares,"
        " platform_paid, user_sponsored, ai_label, user_ai_made FROM posts ORDER BY account_id, published_at DESC, id",
        "SELECT account_id, day, followers FROM follower_history ORDER BY account_id, day",
        "SELECT account_id, line, username, posts, following, followers, has_picture, is_private, labelled_fake"
        " FROM follower_samples ORDER BY account_id, id",
        "SELECT account_id, text FROM post_comments ORDER BY account_id, id"};
    const auto start = Clock::now();
    qint64 rows = 0;
    for (const char *sql : statements) {
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
        // Every column read, as the scoring reads them (texts as UTF-8, numbers as numbers).
        while (sqlite3_step(statement) == SQLITE_ROW) {
            rows += sqlite3_column_int64(statement, 0) > 0 ? 1 : 0;
            for (int c = 1; c < sqlite3_column_count(statement); ++c)
                sqlite3_column_type(statement, c) == SQLITE_TEXT ? static_cast<void>(sqlite3_column_text(statement, c))
                                                                 : static_cast<void>(sqlite3_column_double(statement, c));
        }
        sqlite3_finalize(statement);
    }
    const double seconds = secondsSince(start);
    // How much evidence the pool was scored from, for the table.
    const auto count = [db](const char *table) {
        sqlite3_stmt *statement = nullptr;
        const std::string sql = std::string("SELECT count(*) FROM ") + table;
        sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr);
        const qint64 n = sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : -1;
        sqlite3_finalize(statement);
        return static_cast<long long>(n);
    };
    std::printf("evidence_rows\t%lld posts, %lld follower counts, %lld sampled followers, %lld comments\n",
                count("posts"), count("follower_history"), count("follower_samples"), count("post_comments"));
    sqlite3_close(db);
    std::printf("baseline_rows\t%lld\n", rows);
    return seconds;
}

// Every creator's privacy facts (the review's own statement, last use included) stepped through by SQLite alone:
// the floor of a review that looks at every creator.
double sqlitePrivacyBaseline(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *statement = nullptr;
    const QByteArray sql = PrivacyStore::factsQuery().toUtf8();
    sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr);
    const auto start = Clock::now();
    while (sqlite3_step(statement) == SQLITE_ROW) {
        for (int c = 1; c < sqlite3_column_count(statement); ++c)
            static_cast<void>(sqlite3_column_text(statement, c));
    }
    const double seconds = secondsSince(start);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return seconds;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_scale N PROJECT.candor [EVIDENCE_SHARE]\n");
        return 2;
    }
    const int creators = QString::fromLocal8Bit(argv[1]).toInt();
    const QString path = QString::fromLocal8Bit(argv[2]);
    if (QFile::exists(path)) {
        std::fprintf(stderr, "replacing %s: every run generates its project afresh\n", argv[2]);
        QFile::remove(path);
    }
    auto start = Clock::now();
    QJsonObject spec = *DemoProject::specification();
    spec.insert(QStringLiteral("creators"), creators);
    QJsonObject evidence = spec.value(QStringLiteral("evidence")).toObject();
    evidence.insert(QStringLiteral("share"), argc > 3 ? QString::fromLocal8Bit(argv[3]).toDouble() : 0.1);
    evidence.insert(QStringLiteral("sampleShare"), 0.2);
    spec.insert(QStringLiteral("evidence"), evidence);
    auto created = ProjectFile::create(
        path, [&spec](const ProjectFile &project) { return ProjectStore(project).addDataset(DemoProject::generate(spec)); });
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error().toString()));
        return 1;
    }
    created->reset();
    std::printf("generate_s\t%.1f\n", secondsSince(start));
    std::printf("evidence_share\t%.2f\n", evidence.value(QStringLiteral("share")).toDouble());

    auto project = ProjectFile::open(path);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(project.error().toString()));
        return 1;
    }
    const ScoringStore store(**project);
    auto inputs = store.inputs({});
    if (!inputs) {
        std::fprintf(stderr, "%s\n", qPrintable(inputs.error().toString()));
        return 1;
    }
    const double baseline = sqliteBaseline(path);
    int candidates = 0;
    double computeSeconds = 0.0;
    double bytesPerCandidate = 0.0;
    double memoryPerCandidate = 0.0;
    {
        start = Clock::now();
        auto computed = store.scoredPool(*inputs);
        computeSeconds = secondsSince(start);
        if (!computed) {
            std::fprintf(stderr, "%s\n", qPrintable(computed.error().toString()));
            return 1;
        }
        candidates = computed->size();
        memoryPerCandidate = static_cast<double>(computed->memoryBytes()) / candidates;
        bytesPerCandidate = static_cast<double>(computed->toBytes().size()) / candidates;
    }
    start = Clock::now();
    auto kept = store.scoredPool(*inputs);
    const double keptSeconds = secondsSince(start);
    std::printf("candidates\t%d\n", candidates);
    std::printf("pool_computed_s\t%.2f\n", computeSeconds);
    std::printf("pool_baseline_sqlite_s\t%.2f\n", baseline);
    std::printf("pool_kept_s\t%.3f\n", keptSeconds);
    std::printf("pool_bytes_per_candidate\t%.0f\n", bytesPerCandidate);
    std::printf("pool_memory_bytes_per_candidate\t%.0f\n", memoryPerCandidate);
    std::printf("process_rss_mb\t%.0f\n", static_cast<double>(residentKb()) / 1024.0);
    std::printf("kept_ok\t%d\n", kept && kept->size() == candidates ? 1 : 0);

    // The Privacy page's review: every creator's basis, notice, last use and consents, at today's date.
    start = Clock::now();
    auto review = PrivacyStore(**project).review(QDate::currentDate());
    const double reviewSeconds = secondsSince(start);
    if (!review) {
        std::fprintf(stderr, "%s\n", qPrintable(review.error().toString()));
        return 1;
    }
    std::printf("privacy_review_s\t%.2f\n", reviewSeconds);
    std::printf("privacy_baseline_sqlite_s\t%.2f\n", sqlitePrivacyBaseline(path));
    std::printf("privacy_findings\t%lld\n", static_cast<long long>(review->size()));
    return 0;
}
