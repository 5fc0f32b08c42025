// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestSupport.h"
#include "compliance/BrandSafety.h"
#include "compliance/DisclosureCheck.h"
#include "demo/DemoProject.h"
#include "itemmodels/BreakdownModel.h"
#include "itemmodels/ComparisonModel.h"
#include "itemmodels/RankingModel.h"
#include "storage/ShortlistStore.h"
#include "undo/WorkbenchCommands.h"
#include "workbench/Workbench.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QSqlQuery>
#include <QSqlDatabase>
#include <QUndoStack>

using namespace candor;

class TestWorkbench : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void opensTheDemo();
    void rankingModelFollowsWeights();
    void quickRankingDuringADrag();
    void breakdownModel();
    void comparisonModel();
    void rankingModelSortsAndFilters();
    void warningFilterShowsTheFlaggedCandidates();
    void weightDragIsOneUndoStep();
    void decisionsAndOverrides();
    void saveWeightsAsNewVersion();
    void notesAreUndoable();
    void filtersAreSavedAndUndoable();
    void refusedUndoKeepsTheStepAndItsError();
    void twoWindowsOnOneProject();
    void readOnAWorkerAdoptHere();
    void cancelledReadKeepsNoPool();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workbench> m_workbench;
};

void TestWorkbench::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath("demo.candor");
    QVERIFY(DemoProject::create(path));
    auto opened = Workbench::open(path);
    QVERIFY_RESULT(opened);
    m_workbench = std::move(*opened);
    m_workbench->setUserName("tester");
}

void TestWorkbench::opensTheDemo()
{
    Workbench &w = *m_workbench;
    QCOMPARE(w.projectName(), "Candor demo (synthetic data)");
    QVERIFY(w.isSynthetic());
    QCOMPARE(w.campaigns().size(), 3);
    QCOMPARE(w.campaign().name, "Spring skincare launch");
    QCOMPARE(w.candidateCount(), 317);
    QCOMPARE(int(w.order().size()), 252); // 65 have fewer than 10K followers
    QCOMPARE(w.stability().size(), std::size_t(317));
    QCOMPARE(w.rankOf(w.order().front()), 1);
    QVERIFY(w.selectCampaign(w.campaigns().at(1).id));
    QCOMPARE(w.model().name, "Awareness");
    QCOMPARE(int(w.order().size()), 58);
}

void TestWorkbench::rankingModelFollowsWeights()
{
    Workbench &w = *m_workbench;
    RankingModel model(&w);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 317);
    QCOMPARE(model.index(0, RankingModel::Rank).data().toInt(), 1);
    QCOMPARE(model.index(251, RankingModel::Rank).data().toInt(), 252);
    QVERIFY(!model.index(252, RankingModel::Rank).data().isValid());
    QCOMPARE(model.index(252, RankingModel::FilteredOutBy).data().toString(), "fewer than 10K followers");

    // Keep an eye on the top candidate's row while the weights change: it must follow the candidate.
    const int top = model.candidateAt(0);
    const QPersistentModelIndex followed = model.index(0, RankingModel::Handle);
    w.setWeight(3, 10.0); // reach dominates
    QCOMPARE(model.candidateAt(followed.row()), top);
    QCOMPARE(model.index(followed.row(), RankingModel::Rank).data().toInt(), w.rankOf(top));
    // Rows are in rank order and scores fall.
    for (int row = 1; row < 252; ++row)
        QVERIFY(model.index(row, RankingModel::Score).data(RankingModel::ValueRole).toDouble() <=
                model.index(row - 1, RankingModel::Score).data(RankingModel::ValueRole).toDouble());
    // The stacked bar adds up to the score.
    const QVariantList parts =
        model.index(0, RankingModel::Score).data(RankingModel::ContributionsRole).toList();
    double sum = 0.0;
    for (const QVariant &p : parts)
        sum += p.toDouble();
    QCOMPARE_NEAR(sum, model.index(0, RankingModel::Score).data(RankingModel::ValueRole).toDouble());
    QVERIFY(w.selectCampaign(w.campaigns().at(1).id));
    QCOMPARE(model.rowCount(), 317);
}

// While a slider is held only the top rows follow each move, exactly; the others keep their places until the
// drag pauses or ends, and the table's rows and persistent indexes follow both steps.
void TestWorkbench::quickRankingDuringADrag()
{
    Workbench &w = *m_workbench;
    RankingModel model(&w);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    w.setQuickTopRows(50);
    const std::vector<int> before = w.order();
    const int last = before.back();
    const QPersistentModelIndex lastRow = model.index(251, RankingModel::Handle);
    const int leader = before.front();
    const QPersistentModelIndex leaderRow = model.index(0, RankingModel::Handle);

    w.beginQuickRanking();
    w.setWeight(3, 10.0);
    std::vector<double> weights = w.weights();
    const std::vector<int> full = w.pool().sorter().order(w.scores());
    QVERIFY(std::equal(w.order().begin(), w.order().begin() + 50, full.begin()));
    QVERIFY(w.changedRows() >= 50);
    QVERIFY(w.changedRows() < 252);
    QVERIFY(std::equal(w.order().begin() + static_cast<std::ptrdiff_t>(w.changedRows()), w.order().end(),
                       before.begin() + static_cast<std::ptrdiff_t>(w.changedRows())));
    QCOMPARE(model.candidateAt(251), last); // not moved yet
    QCOMPARE(model.candidateAt(lastRow.row()), last);
    QCOMPARE(model.candidateAt(leaderRow.row()), leader);
    for (int row = 0; row < 50; ++row)
        QCOMPARE(model.candidateAt(row), full[std::size_t(row)]);
    QCOMPARE(w.rankOf(full[0]), 1);

    w.endQuickRanking();
    QCOMPARE(w.order(), full);
    QCOMPARE(w.changedRows(), std::size_t(252));
    QCOMPARE(w.weights(), weights);
    for (int row = 0; row < 252; ++row) {
        QCOMPARE(model.candidateAt(row), full[std::size_t(row)]);
        QCOMPARE(w.rankOf(full[std::size_t(row)]), row + 1);
    }
    QCOMPARE(model.candidateAt(lastRow.row()), last);
    QCOMPARE(model.candidateAt(leaderRow.row()), leader);
}

void TestWorkbench::breakdownModel()
{
    Workbench &w = *m_workbench;
    BreakdownModel model(&w);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    const int top = w.order().front();
    model.setCandidate(top);
    QCOMPARE(model.rowCount(), w.model().factors.size());
    double sum = 0.0;
    for (int row = 0; row < 8; ++row)
        sum += model.index(row, BreakdownModel::Points).data(BreakdownModel::PointsRole).toDouble();
    QCOMPARE_NEAR(sum, w.scores()[std::size_t(top)]);
    QCOMPARE(model.index(0, BreakdownModel::Factor).data().toString(), "Audience fit");
    QVERIFY(model.index(7, BreakdownModel::Normalized).data().toString().endsWith("(imputed)"));
    w.setWeight(0, 0.0);
    QCOMPARE(model.index(0, BreakdownModel::Points).data().toString(), "0.00");
}

void TestWorkbench::comparisonModel()
{
    Workbench &w = *m_workbench;
    ComparisonModel model(&w);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    const int first = w.order().at(0), second = w.order().at(1), tenth = w.order().at(9);
    model.setCandidates({first, second, tenth, w.order().at(20)}); // the fourth is dropped
    QCOMPARE(model.candidates().size(), 3);
    QCOMPARE(model.rowCount(), 9);    // eight factors and the score
    QCOMPARE(model.columnCount(), 6); // factor, three candidates, two differences
    for (int other = 1; other <= 2; ++other) {
        const int column = model.differenceColumn(other);
        double sum = 0.0;
        for (int row = 0; row < 8; ++row)
            sum += model.index(row, column).data(ComparisonModel::ValueRole).toDouble();
        const double gap = w.scores()[std::size_t(first)] - w.scores()[std::size_t(model.candidates().at(other))];
        QCOMPARE_NEAR(sum, gap);
        QCOMPARE_NEAR_TO(model.index(8, column).data(ComparisonModel::ValueRole).toDouble(), gap, 1e-12);
    }
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), "@gus_khan (rank 1)");
    QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), "Gap to @farah_ito");
    QCOMPARE(model.index(8, 1).data().toString(), "78.2");
    QCOMPARE(model.gapExplanation(1),
             "@gus_khan scores 2.6 points more than @farah_ito, mostly from reach (+3.2), disclosure record (+2.1). "
             "@farah_ito does better on cost efficiency (+1.1), audience fit (+1.0), engagement quality (+0.6).");

    // Live: a new weight changes the numbers and the ranks in the headers.
    w.setWeight(3, 10.0);
    QCOMPARE(model.index(8, 1).data(ComparisonModel::ValueRole).toDouble(), w.scores()[std::size_t(first)]);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(),
             QStringLiteral("@gus_khan (rank %1)").arg(w.rankOf(first)));
}

void TestWorkbench::rankingModelSortsAndFilters()
{
    Workbench &w = *m_workbench;
    RankingModel model(&w);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(RankingModel::Followers, Qt::DescendingOrder);
    QCOMPARE(model.rowCount(), 317);
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.index(row - 1, RankingModel::Followers).data(RankingModel::ValueRole).toLongLong() >=
                model.index(row, RankingModel::Followers).data(RankingModel::ValueRole).toLongLong());
    // Sorted by followers, a weight change leaves the rows where they are.
    const int top = model.candidateAt(0);
    w.setWeight(3, 10.0);
    QCOMPARE(model.candidateAt(0), top);
    model.sort(RankingModel::Rank, Qt::AscendingOrder);
    QCOMPARE(model.candidateAt(0), w.order().front());

    model.setFilterText("YOUTUBE");
    QCOMPARE(model.rowCount(), 77);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, RankingModel::Platform).data().toString(), "YouTube");
    model.setFilterText("fewer than 10K");
    QCOMPARE(model.rowCount(), 65);
    model.setFilterText({});
    QCOMPARE(model.rowCount(), 317);
}

// The flags column and the warning filter read the same verdicts as the Disclosure tab and the brand-safety
// line: counted here again from each candidate's record.
void TestWorkbench::warningFilterShowsTheFlaggedCandidates()
{
    Workbench &w = *m_workbench;
    RankingModel model(&w);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const compliance::DisclosureChecker disclosure;
    const compliance::ContentMatcher content;
    int notCompliant = 0;
    int risky = 0;
    for (int c = 0; c < w.candidateCount(); ++c) {
        auto record = w.record(c);
        QVERIFY_RESULT(record);
        const bool issue = std::any_of(record->posts.cbegin(), record->posts.cend(), [&](const Post &p) {
            const auto finding = disclosure.checkDisclosure(p);
            return finding && finding->verdict != compliance::Verdict::Compliant;
        });
        notCompliant += issue ? 1 : 0;
        risky += content.risks(compliance::ContentMatcher::normalizedPosts(record->posts)).isEmpty() ? 0 : 1;
    }
    const QList<std::tuple<QString, QString, int>> kinds = {
        {"disclosure_issue", "disclosure issue", notCompliant},
        {"brand_safety_hit", "brand-safety hit", risky},
        {"authenticity_warning", "authenticity warning", 38},
    };
    int flagged = 0;
    for (const auto &[key, label, expected] : kinds) {
        model.setWarningFilter(key);
        QCOMPARE(model.rowCount(), expected);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row, RankingModel::Flags).data().toString().contains(label));
        flagged += model.rowCount();
    }
    model.setWarningFilter("any");
    QCOMPARE(notCompliant, 118); // of the 125 accounts with posts: most slip at least once, as the EU's sweep found
    QCOMPARE(risky, 22);
    QCOMPARE(model.rowCount(), 122); // each candidate once, however many warnings it has
    QVERIFY(model.rowCount() < flagged);
    // Combined with the search: the YouTube accounts among them.
    model.setFilterText("YouTube");
    QCOMPARE(model.rowCount(), 34);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, RankingModel::Platform).data().toString(), "YouTube");
    model.setWarningFilter({});
    model.setFilterText({});
    QCOMPARE(model.rowCount(), 317);
}

void TestWorkbench::weightDragIsOneUndoStep()
{
    Workbench &w = *m_workbench;
    QUndoStack stack;
    const std::vector<double> saved = w.weights();
    const int topBefore = w.order().front();
    for (double value : {1.5, 2.5, 4.0, 8.0})
        stack.push(new WeightCommand(&w, 3, value));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(w.weights()[3], 8.0);
    stack.push(new WeightCommand(&w, 0, 1.0)); // another factor: a new step
    QCOMPARE(stack.count(), 2);
    stack.undo();
    stack.undo();
    QCOMPARE(w.weights(), saved);
    QCOMPARE(w.order().front(), topBefore);
    stack.redo();
    QCOMPARE(w.weights()[3], 8.0);
    stack.push(new ResetWeightsCommand(&w));
    QCOMPARE(w.weights(), saved);
    stack.undo();
    QCOMPARE(w.weights()[3], 8.0);
}

void TestWorkbench::decisionsAndOverrides()
{
    Workbench &w = *m_workbench;
    QUndoStack stack;
    const int first = w.order().at(0);
    const int fiftieth = w.order().at(49);
    QVERIFY(!w.wouldOverride(first, DecisionKind::Shortlisted));
    QVERIFY(w.wouldOverride(fiftieth, DecisionKind::Shortlisted));
    QVERIFY(w.wouldOverride(first, DecisionKind::Rejected));

    // Refused: an override without a written justification never reaches the project or the undo stack.
    const Status refused = w.checkDecision(fiftieth, DecisionKind::Shortlisted, "   ");
    QVERIFY(!refused);
    QCOMPARE(refused.error().message, "this decision goes against the ranking: write why before saving it");
    QVERIFY(!w.decide(fiftieth, DecisionKind::Shortlisted, ""));
    QVERIFY(!w.decisionOf(fiftieth));

    stack.push(new DecisionCommand(&w, first, DecisionKind::Shortlisted, "Top fit for the UK launch"));
    stack.push(
        new DecisionCommand(&w, fiftieth, DecisionKind::Approved, "Worked with us in 2025; strong results"));
    QCOMPARE(stack.count(), 2);
    const auto approved = w.decisionOf(fiftieth);
    QVERIFY(approved);
    QVERIFY(approved->isOverride);
    QCOMPARE(*approved->rankAtDecision, 50);
    QCOMPARE(approved->decidedBy, "tester");
    QCOMPARE(approved->reason, "Worked with us in 2025; strong results");
    QVERIFY(!w.decisionOf(first)->isOverride);

    RankingModel model(&w);
    QCOMPARE(model.index(49, RankingModel::Decision).data().toString(), "Approved (override)");
    QVERIFY(model.index(49, RankingModel::Decision).data(RankingModel::OverrideRole).toBool());

    stack.undo();
    QVERIFY(!w.decisionOf(fiftieth));
    stack.redo();
    QVERIFY(w.decisionOf(fiftieth));

    // Decisions live in the project: a fresh workbench on the same file sees them.
    auto reopened = Workbench::open(w.project().path());
    QVERIFY(reopened);
    QVERIFY((*reopened)->decisionOf(fiftieth)->isOverride);
}

void TestWorkbench::saveWeightsAsNewVersion()
{
    Workbench &w = *m_workbench;
    w.setWeight(3, 2.5);
    auto saved = w.saveWeightsAsNewVersion();
    QVERIFY_RESULT(saved);
    QCOMPARE(saved->name, "Balanced");
    QCOMPARE(saved->version, 2);
    QCOMPARE(w.model().version, 2);
    QCOMPARE(w.savedWeights()[3], 2.5);
    auto reopened = Workbench::open(w.project().path());
    QCOMPARE((*reopened)->model().version, 2);
    QCOMPARE((*reopened)->weights()[3], 2.5);
}

// What the GUI does: the slow half on a worker thread with its own connection, the rest here; the result
// ranks exactly as a plain open.
void TestWorkbench::readOnAWorkerAdoptHere()
{
    const QString path = m_workbench->project().path();
    std::optional<Result<Workbench::Opening>> read;
    QThread *worker = QThread::create([&read, path] { read = Workbench::read(path); });
    worker->start();
    QVERIFY(worker->wait(60000));
    delete worker;
    QVERIFY(read.has_value());
    QVERIFY_RESULT(*read);
    QCOMPARE(read->value().campaigns.size(), 3);
    QCOMPARE(read->value().first->pool->size(), 317);
    auto adopted = Workbench::adopt(std::move(read->value()));
    QVERIFY_RESULT(adopted);
    QCOMPARE((*adopted)->campaign().name, "Spring skincare launch");
    QCOMPARE((*adopted)->order(), m_workbench->order());
    QCOMPARE((*adopted)->scores(), m_workbench->scores());
    QCOMPARE((*adopted)->projectName(), m_workbench->projectName());
}

void TestWorkbench::cancelledReadKeepsNoPool()
{
    const QString path = m_workbench->project().path();
    m_workbench.reset();
    {
        // Weights of a campaign's model changed outside: the kept pool no longer applies and must be computed.
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "cancel-test");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(db).exec("DELETE FROM scored_pools");
        db.close();
    }
    QSqlDatabase::removeDatabase("cancel-test");
    const std::atomic_bool cancelled{true};
    auto read = Workbench::read(path, {}, &cancelled);
    QVERIFY(!read);
    QCOMPARE(read.error().kind, ErrorKind::Cancelled);
    auto project = ProjectFile::open(path);
    QVERIFY_RESULT(project);
    QSqlQuery kept((*project)->database());
    QVERIFY(kept.exec("SELECT count(*) FROM scored_pools") && kept.next());
    QCOMPARE(kept.value(0).toInt(), 0);
}


void TestWorkbench::notesAreUndoable()
{
    Workbench &w = *m_workbench;
    const int c = w.order().at(3);
    QUndoStack stack;
    QSignalSpy changed(&w, &Workbench::notesChanged);
    stack.push(new NoteCommand(&w, c, "  Asked for the media kit.  "));
    QCOMPARE(changed.size(), 1);
    auto notes = w.notesOf(c);
    QVERIFY(notes);
    QCOMPARE(notes->size(), 1);
    QCOMPARE(notes->front().body, "Asked for the media kit.");
    QCOMPARE(notes->front().writtenBy, "tester");
    QCOMPARE(stack.undoText(), "note on @" + w.pool().handle(c));
    stack.undo();
    QCOMPARE(w.notesOf(c)->size(), 0);
    stack.redo();
    QCOMPARE(w.notesOf(c)->size(), 1);
    // Notes belong to the campaign they were written in.
    const qint64 account = w.pool().accountId(c);
    QVERIFY(w.selectCampaign(w.campaigns().at(1).id));
    for (int i = 0; i < w.candidateCount(); ++i) {
        if (w.pool().accountId(i) == account)
            QCOMPARE(w.notesOf(i)->size(), 0);
    }
    // An empty note is refused when it is first run, so it never enters the stack, and says why.
    NoteCommand empty(&w, 0, "   ");
    const Status refused = empty.runFirst();
    QVERIFY(!refused);
    QVERIFY(empty.lastError().has_value());
    QCOMPARE(empty.lastError()->message, refused.error().message);
    QCOMPARE(stack.count(), 1);
}

// A step the project refuses on undo stays done, and the command says why (the window shows it).
void TestWorkbench::refusedUndoKeepsTheStepAndItsError()
{
    Workbench &w = *m_workbench;
    QUndoStack stack;
    const int first = w.order().at(0);
    auto command = std::make_unique<DecisionCommand>(&w, first, DecisionKind::Shortlisted, "Top fit");
    QVERIFY(command->runFirst());
    DecisionCommand *pushed = command.get();
    stack.push(command.release()); // has happened: pushing does not record it twice
    QCOMPARE(stack.count(), 1);
    auto history = ShortlistStore(w.project()).history(1);
    QVERIFY(history);
    QCOMPARE(history->size(), 1);
    // Another program forbids deleting decisions.
    {
        QSqlDatabase other = QSqlDatabase::addDatabase("QSQLITE", "other");
        other.setDatabaseName(w.project().path());
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec("CREATE TRIGGER keep BEFORE DELETE ON shortlist_decisions BEGIN"
                       " SELECT RAISE(ABORT, 'decisions are kept'); END"));
    }
    QSqlDatabase::removeDatabase("other");
    stack.undo();
    QVERIFY(pushed->lastError().has_value());
    QVERIFY2(pushed->lastError()->toString().contains("decisions are kept"), qPrintable(pushed->lastError()->toString()));
    QVERIFY(w.decisionOf(first)); // still shortlisted
}

// Two Candor processes (here two workbenches, each with its own connection) on one project file.
void TestWorkbench::twoWindowsOnOneProject()
{
    Workbench &one = *m_workbench;
    auto opened = Workbench::open(one.project().path());
    QVERIFY(opened);
    Workbench &two = **opened;
    two.setUserName("colleague");
    const int first = one.order().at(0);
    QCOMPARE(two.order().at(0), first);
    QCOMPARE(*two.takeChangesFromElsewhere(), false);

    // The first shortlists; the second, not having looked again, tries the same: refused, and shown what happened.
    QVERIFY(one.decide(first, DecisionKind::Shortlisted, "Top fit"));
    auto duplicate = two.decide(first, DecisionKind::Shortlisted, "Also a top fit");
    QVERIFY(!duplicate);
    QCOMPARE(duplicate.error().kind, ErrorKind::Conflict);
    QCOMPARE(two.decisionOf(first)->decidedBy, "tester");
    QCOMPARE(ShortlistStore(one.project()).history(1)->size(), 1);

    // A change made in the first is noticed by the second (PRAGMA data_version) and read again.
    QSignalSpy decisionsChanged(&two, &Workbench::decisionsChanged);
    QVERIFY(one.decide(first, DecisionKind::Rejected, "Budget went elsewhere"));
    QCOMPARE(*two.takeChangesFromElsewhere(), true);
    QVERIFY(decisionsChanged.count() > 0);
    QCOMPARE(two.decisionOf(first)->kind, DecisionKind::Rejected);
    QCOMPARE(*two.takeChangesFromElsewhere(), false); // nothing new since
    // Now up to date, the second may decide again.
    QVERIFY(two.decide(first, DecisionKind::Shortlisted, "Budget is back"));
    QCOMPARE(*one.takeChangesFromElsewhere(), true);
    QCOMPARE(one.decisionOf(first)->decidedBy, "colleague");
    // The campaign shown in the second is deleted in the first: the second shows the first campaign left.
    const qint64 shownInTwo = two.campaign().id;
    QVERIFY(one.removeCampaign(shownInTwo));
    QCOMPARE(*two.takeChangesFromElsewhere(), true);
    QVERIFY(two.hasCampaign());
    QVERIFY(two.campaign().id != shownInTwo);
    QCOMPARE(two.campaign().id, two.campaigns().constFirst().id);
}

void TestWorkbench::filtersAreSavedAndUndoable()
{
    Workbench &w = *m_workbench;
    QCOMPARE(int(w.order().size()), 252);
    QUndoStack stack;
    HardFilters filters = w.filters();
    QCOMPARE(filters.minFollowers, std::optional<qint64>(10000));
    filters.minFollowers = 1000000;
    filters.platforms = {Platform::Instagram};
    stack.push(new FilterCommand(&w, filters));
    QCOMPARE(int(w.order().size()), 34); // sqlite3: instagram accounts with >= 1M followers
    for (int c : w.order()) {
        QVERIFY(*w.pool().followers(c) >= 1000000);
        QCOMPARE(w.pool().platform(c), Platform::Instagram);
    }
    {
        auto reopened = Workbench::open(w.project().path());
        QVERIFY(reopened);
        QCOMPARE(int((*reopened)->order().size()), 34);
    }
    stack.undo();
    QCOMPARE(int(w.order().size()), 252);
    QCOMPARE(w.filters().minFollowers, std::optional<qint64>(10000));
    QVERIFY(w.filters().platforms.isEmpty());
}

QTEST_GUILESS_MAIN(TestWorkbench)
#include "tst_workbench.moc"
