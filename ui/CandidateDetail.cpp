// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CandidateDetail.h"

#include "BreakdownChart.h"

#include "EvidenceViews.h"

#include "ChartStyle.h"
#include "FactorColors.h"
#include "core/Formatting.h"
#include "itemmodels/BreakdownModel.h"
#include "scoring/Counterfactuals.h"
#include "scoring/Warnings.h"
#include "workbench/Workbench.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <utility>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

namespace candor {

namespace {
constexpr int kAdviceDelayMs = 250;
// Rankings that change faster than this (a weight slider being dragged) are shown in the pane once at the start
// and once when they pause: laying out its wrapped text takes longer than a frame, and the table is what a user
// watches while dragging.
constexpr int kFollowDelayMs = 120;
}

CandidateDetail::CandidateDetail(Workbench *workbench, QWidget *parent)
    : QWidget(parent), m_workbench(workbench), m_breakdown(new BreakdownModel(workbench, this)),
      m_adviceTimer(new QTimer(this)), m_followTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("candidateDetail"));
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    m_summary = new QLabel(content);
    m_summary->setObjectName(QStringLiteral("detailSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    // Charts have fixed heights: when the text above them changes length during a slider drag they only
    // move, instead of being laid out and repainted from scratch at a new size.
    m_chart = new QChartView(content);
    m_chart->setObjectName(QStringLiteral("breakdownChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setFixedHeight(330);
    createChart();
    layout->addWidget(m_chart);

    m_table = new QTableView(content);
    m_table->setObjectName(QStringLiteral("breakdownTable"));
    m_table->setModel(m_breakdown);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Long factor names wrap onto a second line rather than widening the table past the pane.
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(BreakdownModel::Factor, QHeaderView::Interactive);
    m_table->setColumnWidth(BreakdownModel::Factor, 110);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The numbers in the table, the sentences and sources under it: a pane this narrow has no room for all of
    // them on one line.
    m_table->setColumnHidden(BreakdownModel::Sentence, true);
    m_table->setColumnHidden(BreakdownModel::Source, true);
    m_table->setMinimumHeight(240);
    layout->addWidget(m_table);

    m_reasons = new QLabel(content);
    m_reasons->setObjectName(QStringLiteral("breakdownReasons"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_reasons);

    m_advice = new QLabel(content);
    m_advice->setObjectName(QStringLiteral("detailAdvice"));
    m_advice->setWordWrap(true);
    m_advice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_advice);

    auto *notesTitle = new QLabel(tr("<b>Notes</b>"), content);
    layout->addWidget(notesTitle);
    m_notes = new QLabel(content);
    m_notes->setObjectName(QStringLiteral("detailNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_notes);
    m_noteEdit = new QLineEdit(content);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setPlaceholderText(tr("Write a note for this campaign and press Enter"));
    m_noteEdit->setToolTip(tr("Saved in the project with your name and the time; Ctrl+Z takes it back"));
    connect(m_noteEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_candidate >= 0 && !m_noteEdit->text().trimmed().isEmpty())
            emit noteRequested(m_candidate, m_noteEdit->text());
    });
    layout->addWidget(m_noteEdit);

    m_audience = new QTabWidget(content);
    m_audience->setFixedHeight(380);
    layout->addWidget(m_audience);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->addTab(scroll, tr("&Score"));
    m_authenticity = new AuthenticityView(workbench, m_tabs);
    m_tabs->addTab(m_authenticity, tr("&Authenticity"));
    m_disclosure = new DisclosureView(workbench, m_tabs);
    m_tabs->addTab(m_disclosure, tr("&Disclosure"));
    // The evidence is read when its tab is shown, not for every row the user passes over.
    connect(m_tabs, &QTabWidget::currentChanged, this, &CandidateDetail::refreshEvidence);
    // The warning's link opens its evidence.
    connect(m_summary, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("#authenticity"))
            m_tabs->setCurrentWidget(m_authenticity);
        else if (link == QLatin1String("#disclosure"))
            m_tabs->setCurrentWidget(m_disclosure);
    });
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_tabs);

    // The advice waits until the weights have been still for a moment: during a drag it would be stale
    // before it was shown.
    m_adviceTimer->setSingleShot(true);
    m_adviceTimer->setInterval(kAdviceDelayMs);
    connect(m_adviceTimer, &QTimer::timeout, this, &CandidateDetail::computeAdvice);
    m_followTimer->setSingleShot(true);
    m_followTimer->setInterval(kFollowDelayMs);
    const auto follow = [this] {
        refresh();
        refreshAdvice();
    };
    connect(m_followTimer, &QTimer::timeout, this, [this, follow] {
        if (std::exchange(m_followPending, false))
            follow();
    });
    connect(workbench, &Workbench::rankingChanged, this, [this, follow] {
        if (!m_followTimer->isActive())
            follow();
        else
            m_followPending = true;
        m_followTimer->start();
    });
    connect(workbench, &Workbench::stabilityChanged, this, &CandidateDetail::refresh);
    connect(workbench, &Workbench::decisionsChanged, this, &CandidateDetail::refresh);
    connect(workbench, &Workbench::notesChanged, this, [this](int candidate) {
        if (candidate == m_candidate)
            refreshNotes();
    });
    connect(workbench, &Workbench::campaignChanged, this, [this] { showCandidate(-1); });
    showCandidate(-1);
}

void CandidateDetail::showCandidate(int candidate)
{
    m_candidate = candidate;
    m_breakdown->setCandidate(candidate);
    refresh();
    refreshAdvice();
    refreshNotes();
    refreshAudience();
    refreshEvidence();
}

void CandidateDetail::refreshEvidence()
{
    if (m_tabs->currentWidget() == m_authenticity)
        m_authenticity->showCandidate(m_candidate);
    else if (m_tabs->currentWidget() == m_disclosure)
        m_disclosure->showCandidate(m_candidate);
}

void CandidateDetail::refreshNotes()
{
    m_noteEdit->setEnabled(m_candidate >= 0);
    if (m_candidate < 0) {
        m_notes->clear();
        return;
    }
    auto notes = m_workbench->notesOf(m_candidate);
    if (!notes) {
        m_notes->setText(
            tr("<i>The notes cannot be read: %1</i>").arg(notes.error().toString().toHtmlEscaped()));
        return;
    }
    if (notes->isEmpty()) {
        m_notes->setText(tr("<i>No notes yet.</i>"));
        return;
    }
    QString html;
    for (const Note &note : std::as_const(*notes))
        html += QStringLiteral("<p><b>%1</b>, %2: %3</p>")
                    .arg(note.writtenBy.toHtmlEscaped(), note.writtenAt.left(10), note.body.toHtmlEscaped());
    m_notes->setText(html);
}

void CandidateDetail::refresh()
{
    // The pool may have been read again (a creator added or deleted): an index past its end shows nothing.
    if (m_candidate >= m_workbench->candidateCount())
        m_candidate = -1;
    m_summary->setText(summaryHtml());
    refreshChart();
    refreshReasons();
}

void CandidateDetail::refreshReasons()
{
    if (m_candidate < 0) {
        m_reasons->clear();
        return;
    }
    QString html = tr("<p><b>Why</b></p><ul style=\"margin-left: -20px\">");
    for (const scoring::FactorContribution &c : m_workbench->breakdown(m_candidate).factors)
        html += QStringLiteral("<li><b>%1</b>: %2 <span style=\"color:gray\">(%3)</span></li>")
                    .arg(scoring::translatedFactorName(c.value.id).toHtmlEscaped(),
                         c.sentence.toHtmlEscaped(), c.value.source.toHtmlEscaped());
    m_reasons->setText(html + QStringLiteral("</ul>"));
}

QString CandidateDetail::privacyHtml() const
{
    auto record = m_workbench->privacyRecordOf(m_candidate);
    if (!record)
        return {};
    const privacy::CreatorFacts &f = record->facts;
    const QLocale locale;
    const QString missing = QStringLiteral("<span style=\"color:#b3261e\">%1</span>");
    const QString basis = f.basis == privacy::LawfulBasis::None
                              ? missing.arg(tr("no lawful basis recorded"))
                              : tr("lawful basis: ") + privacy::lawfulBasisLabel(f.basis).toHtmlEscaped();
    const QString informed =
        f.informedOn.isValid() ? tr("informed on %1").arg(locale.toString(f.informedOn, QLocale::ShortFormat))
                               : missing.arg(tr("not informed (GDPR Art. 14)"));
    return tr("<p style=\"color:gray\" title=\"The creator's privacy record; View › Privacy lists what "
              "needs attention\">Privacy: %1 · %2 · data kept until %3</p>")
        .arg(basis, informed, locale.toString(record->retentionEnds, QLocale::ShortFormat));
}

QString CandidateDetail::summaryHtml() const
{
    if (m_candidate < 0)
        return tr("<p>Select a candidate to see why it has its score.</p>");
    const scoring::ScoredPool &pool = m_workbench->pool();
    const scoring::Breakdown b = m_workbench->breakdown(m_candidate);
    const int rank = m_workbench->rankOf(m_candidate);
    QString html = QStringLiteral("<h3>@%1 <small>%2 · %3</small></h3>")
                       .arg(pool.handle(m_candidate).toHtmlEscaped(), pool.displayName(m_candidate).toHtmlEscaped(),
                            platformDisplayName(pool.platform(m_candidate)));
    html += tr("<p><b>Score %1</b> of 100").arg(QLocale().toString(b.score, 'f', 1));
    if (rank > 0)
        html += tr(" · rank <b>%1</b> of %2").arg(rank).arg(m_workbench->order().size());
    else
        html += tr(" · <b>not ranked</b>: %1")
                    .arg(m_workbench->pool().filteredOutBy(m_candidate).value_or(QString()).toHtmlEscaped());
    html += tr(" · data coverage %1").arg(percentText(b.coverage, 0));
    if (b.hasMissingData())
        html += tr(" · <span title=\"Each factor without data at 0 (the lowest) and at full marks (the "
                   "highest)\">with the missing data: %1 to %2</span>")
                    .arg(QLocale().toString(b.lowest, 'f', 1), QLocale().toString(b.highest, 'f', 1));
    html += QStringLiteral("</p>");
    html += privacyHtml();
    for (const scoring::CandidateWarning &warning : scoring::warningsOf(m_workbench->pool(), m_candidate)) {
        html += QStringLiteral("<p><b>%1</b>: %2%3</p>")
                    .arg(sentenceStart(warning.label).toHtmlEscaped(), warning.sentence.toHtmlEscaped(),
                         warning.evidence == QLatin1String("score")
                             ? QString()
                             : tr(" <a href=\"#%1\">See the evidence</a>").arg(warning.evidence));
    }
    const auto &stability = m_workbench->stability();
    if (rank > 0 && static_cast<std::size_t>(m_candidate) < stability.size()) {
        const scoring::CandidateStability &s = stability[static_cast<std::size_t>(m_candidate)];
        html += tr("<p title=\"Weights are redrawn 1,000 times around the current ones; the candidate's "
                   "place is noted each time.\">Rank stability: in the top %1 in <b>%2</b> of the weight "
                   "draws; rank %3 to %4 (5th–95th percentile)%5</p>")
                    .arg(m_workbench->topK())
                    .arg(percentText(s.probabilityInTopK, 0))
                    .arg(s.rankLow)
                    .arg(s.rankHigh)
                    .arg(s.unstable ? tr(" — <b>not a stable place</b>") : QString());
    }
    if (const auto decision = m_workbench->decisionOf(m_candidate))
        html += tr("<p>Decision: <b>%1</b>%2 by %3 on %4 — “%5”</p>")
                    .arg(decisionLabel(decision->kind),
                         decision->isOverride ? tr(" (overrides the ranking)") : QString(),
                         decision->decidedBy.toHtmlEscaped(), decision->decidedAt.left(10),
                         decision->reason.toHtmlEscaped());
    return html;
}

namespace {

struct Advice
{
    QList<scoring::ValueChange> values;
    QList<scoring::WeightChange> weights;
};

QString adviceHtml(const Advice &advice, int k)
{
    QString html =
        CandidateDetail::tr("<p><b>What would bring it into the top %1</b> (one change at a time):</p><ul>")
            .arg(k);
    for (const scoring::ValueChange &v : advice.values) {
        if (v.reachable)
            html += CandidateDetail::tr("<li>%1</li>").arg(v.sentence.toHtmlEscaped());
    }
    for (const scoring::WeightChange &w : advice.weights) {
        if (w.reachable)
            html += CandidateDetail::tr("<li>%1</li>").arg(w.sentence.toHtmlEscaped());
    }
    return html + CandidateDetail::tr("</ul>");
}

} // namespace

void CandidateDetail::refreshAdvice()
{
    m_adviceJob.cancel();
    m_adviceTimer->stop();
    const int rank = m_candidate < 0 ? 0 : m_workbench->rankOf(m_candidate);
    if (rank <= m_workbench->topK()) {
        m_advice->clear();
        return;
    }
    m_advice->setText(
        tr("<p><i>Working out what would bring it into the top %1…</i></p>").arg(m_workbench->topK()));
    m_adviceTimer->start();
}

void CandidateDetail::computeAdvice()
{
    // Each counterfactual re-ranks the whole pool dozens of times: never on the GUI thread.
    const int k = m_workbench->topK();
    m_adviceJob.start(
        this,
        [pool = m_workbench->sharedPool(), candidate = m_candidate, current = m_workbench->breakdown(m_candidate), k,
         weights = m_workbench->weights()] {
            return Advice{scoring::Counterfactuals::valueChanges(*pool, candidate, current, k, weights),
                          scoring::Counterfactuals::weightChanges(*pool, candidate, k, weights)};
        },
        [this, k](const Advice &advice) { m_advice->setText(adviceHtml(advice, k)); });
}

void CandidateDetail::createChart()
{
    // Built once and then updated in place: making a new chart on every step of a slider drag costs more
    // than the whole re-rank.
    m_breakdownChart = makeBreakdownChart(palette());
    QChart *old = m_chart->chart();
    m_chart->setChart(m_breakdownChart.chart);
    delete old;
}

void CandidateDetail::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // The system switched between light and dark: charts take the matching theme.
        createChart();
        refreshChart();
        refreshAudience();
    }
}

void CandidateDetail::refreshChart()
{
    QList<BreakdownBar> bars;
    if (m_candidate >= 0) {
        for (const scoring::FactorContribution &c : m_workbench->breakdown(m_candidate).factors)
            bars << BreakdownBar{scoring::translatedFactorShortName(c.value.id), c.points,
                                 c.imputed || c.leftOut};
    }
    showBreakdown(m_breakdownChart,
                  m_candidate < 0 ? tr("Factor contributions") : tr("Points each factor adds"), bars);
}

void CandidateDetail::refreshAudience()
{
    while (m_audience->count() > 0) {
        QWidget *page = m_audience->widget(0);
        m_audience->removeTab(0);
        delete page;
    }
    if (m_candidate < 0)
        return;
    const auto record = m_workbench->record(m_candidate);
    const QList<AudienceEstimate> estimates = record ? record->audience : QList<AudienceEstimate>{};
    for (const AudienceDistribution &target : m_workbench->campaign().targetAudience) {
        const AudienceEstimate *estimate = estimateFor(estimates, target.dimension());
        auto *chart = new QChart;
        applyPaletteTheme(chart, palette());
        chart->setTitle(tr("%1 against the target").arg(dimensionDisplayName(target.dimension())));
        QStringList categories;
        for (const AudienceShare &s : target.shares())
            categories << s.category;
        if (estimate) {
            for (const AudienceShare &s : estimate->distribution.shares()) {
                if (!categories.contains(s.category))
                    categories << s.category;
            }
        }
        auto *audience = new QBarSet(tr("Audience"));
        auto *wanted = new QBarSet(tr("Target"));
        audience->setColor(factorColor(0));
        wanted->setColor(factorColor(1));
        // Horizontal bars, drawn bottom-up: the first category on top, its label in full on the left.
        for (auto it = categories.crbegin(); it != categories.crend(); ++it) {
            *audience << (estimate ? estimate->distribution.shareOf(*it).value_or(0.0) * 100.0 : 0.0);
            *wanted << target.shareOf(*it).value_or(0.0) * 100.0;
        }
        QStringList reversed(categories.crbegin(), categories.crend());
        auto *series = new QHorizontalBarSeries;
        series->append(audience);
        series->append(wanted);
        chart->addSeries(series);
        const CategoryAxes axes = addCategoryAxes(chart, series, reversed, Qt::Horizontal, QStringLiteral("%"));
        axes.values->setRange(0.0, 100.0);
        axes.values->setTickCount(6); // round ticks: 0, 20, 40 …
        chart->legend()->setAlignment(Qt::AlignBottom);
        auto *view = new QChartView(chart);
        view->setRenderHint(QPainter::Antialiasing);
        auto *page = new QWidget;
        auto *pageLayout = new QVBoxLayout(page);
        pageLayout->setContentsMargins(0, 0, 0, 0);
        pageLayout->addWidget(view, 1);
        auto *source =
            new QLabel(estimate ? tr("Audience: %1, confidence %2.")
                                      .arg(estimate->provenanceText(), percentText(estimate->confidence, 0))
                                : tr("No audience data for this dimension (no data, not 0)."),
                       page);
        source->setWordWrap(true);
        pageLayout->addWidget(source);
        m_audience->addTab(page, dimensionDisplayName(target.dimension()));
    }
}

} // namespace candor
