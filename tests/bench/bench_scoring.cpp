// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Scoring speed, measured as a program (not a timed unit test): re-ranking after a weight change for 100k
// and 1M candidates, Monte Carlo rank stability for 10k candidates, and the same weighted ranking done by
// SQLite with ORDER BY on a project file, in the same run. Build with the release preset; see
// scripts/bench.sh.
#include "scoring/RankStability.h"
#include "scoring/ScoreMatrix.h"
#include "storage/ProjectFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <boost/random/mersenne_twister.hpp>
#include <boost/random/uniform_01.hpp>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <numeric>
#include <vector>

using namespace candor;
using namespace candor::scoring;

namespace {

constexpr int kFactors = 8;
constexpr int kVisibleTop = 100;

struct Pool
{
    ScoreMatrix matrix{kFactors, MissingDataRule::Neutral};
    std::vector<qint64> ids;
    std::vector<double> raw; // the same values, for SQLite
};

Pool makePool(int n, quint32 seed)
{
    Pool pool;
    boost::random::mt19937 engine(seed);
    boost::random::uniform_01<double> uniform;
    pool.matrix.reserve(n);
    std::vector<std::optional<double>> row(kFactors);
    const std::vector<ScoreMatrix::State> states(kFactors, ScoreMatrix::State::Missing);
    for (int i = 0; i < n; ++i) {
        for (int f = 0; f < kFactors; ++f) {
            // One value in ten is missing, as in real exports.
            const double value = uniform(engine);
            row[static_cast<std::size_t>(f)] = uniform(engine) < 0.1 ? std::nullopt : std::optional<double>(value);
            pool.raw.push_back(row[static_cast<std::size_t>(f)].value_or(ScoreMatrix::kNeutralValue));
        }
        pool.matrix.addRow(row, states);
        pool.ids.push_back(i + 1);
    }
    return pool;
}

// Median wall time of `repeats` runs, in milliseconds.
double medianMs(int repeats, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int r = 0; r < repeats; ++r) {
        const auto start = std::chrono::steady_clock::now();
        work();
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

void report(const char *what, double ms, double targetMs)
{
    std::printf("%-58s %10.2f ms   target < %6.0f ms   %s\n", what, ms, targetMs,
                ms < targetMs ? "MET" : "MISSED");
}

double rerankMs(const Pool &pool)
{
    std::vector<double> weights{3, 2, 2, 1, 1, 1, 1, 1};
    std::vector<double> scores;
    int flip = 0;
    return medianMs(15, [&] {
        weights[3] = (flip++ % 2) ? 1.0 : 1.5; // a slider moved
        pool.matrix.scores(weights, scores);
        const std::vector<int> top = rankOrder(scores, pool.ids, {}, kVisibleTop);
        if (top.size() != kVisibleTop)
            std::abort();
    });
}

// The same weighted ranking in SQLite: the factor values in a table of a project file, ORDER BY a weighted sum.
double sqliteMs(const Pool &pool, const QString &path, int n)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return -1;
    sqlite3_exec(db, "DROP TABLE IF EXISTS bench_factor_values; CREATE TABLE bench_factor_values(account_id INTEGER"
                     " PRIMARY KEY, f1 REAL, f2 REAL, f3 REAL, f4 REAL, f5 REAL, f6 REAL, f7 REAL, f8 REAL);"
                     " BEGIN",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO bench_factor_values VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", -1, &insert, nullptr);
    for (int i = 0; i < n; ++i) {
        sqlite3_bind_int64(insert, 1, pool.ids[static_cast<std::size_t>(i)]);
        for (int f = 0; f < kFactors; ++f)
            sqlite3_bind_double(insert, f + 2, pool.raw[static_cast<std::size_t>(i * kFactors + f)]);
        sqlite3_step(insert);
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const char *query = "SELECT account_id, 100.0 * (3*f1 + 2*f2 + 2*f3 + 1.5*f4 + f5 + f6 + f7 + f8) / 12.5 AS score"
                        " FROM bench_factor_values ORDER BY score DESC, account_id LIMIT 100";
    const double ms = medianMs(5, [&] {
        sqlite3_stmt *select = nullptr;
        sqlite3_prepare_v2(db, query, -1, &select, nullptr);
        int rows = 0;
        while (sqlite3_step(select) == SQLITE_ROW)
            ++rows;
        sqlite3_finalize(select);
        if (rows != kVisibleTop)
            std::abort();
    });
    sqlite3_close(db);
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString projectPath = dir.filePath(QStringLiteral("bench.candor"));
    if (!ProjectFile::create(projectPath)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(projectPath));
        return 1;
    }
    std::printf("Candor scoring benchmark (%d factors, top %d visible, median of repeated runs)\n\n", kFactors,
                kVisibleTop);

    const Pool hundredThousand = makePool(100000, 1);
    const Pool million = makePool(1000000, 2);
    const double rerank100k = rerankMs(hundredThousand);
    const double rerank1m = rerankMs(million);
    report("Re-rank after a weight change, 100,000 candidates", rerank100k, 10);
    report("Re-rank after a weight change, 1,000,000 candidates", rerank1m, 100);

    const Pool tenThousand = makePool(10000, 3);
    std::vector<unsigned char> eligible(10000, 1);
    const StabilitySettings settings{1000, 50.0, 1, 10};
    const double stabilityMs = medianMs(3, [&] {
        const auto result = RankStability::compute(tenThousand.matrix, tenThousand.ids, eligible,
                                                   {3, 2, 2, 1, 1, 1, 1, 1}, settings);
        if (result.size() != 10000)
            std::abort();
    });
    report("Monte Carlo stability, 1,000 draws x 10,000 candidates", stabilityMs, 1000);

    std::printf("\nThe same weighted top-%d ranking done by SQLite (ORDER BY on a table in a project file):\n",
                kVisibleTop);
    const double sqlite100k = sqliteMs(hundredThousand, projectPath, 100000);
    const double sqlite1m = sqliteMs(million, projectPath, 1000000);
    std::printf("%-58s %10.2f ms   (Candor: %.2f ms, %.0fx faster)\n", "SQLite, 100,000 candidates", sqlite100k,
                rerank100k, sqlite100k / rerank100k);
    std::printf("%-58s %10.2f ms   (Candor: %.2f ms, %.0fx faster)\n", "SQLite, 1,000,000 candidates", sqlite1m,
                rerank1m, sqlite1m / rerank1m);
    std::printf("\nPeak memory (VmHWM): %.1f MB\n", static_cast<double>(peakRssKb()) / 1024.0);
    return 0;
}
