// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EvidenceViews.h"

#include "ChartStyle.h"
#include "authenticity/FollowerRules.h"
#include "core/Formatting.h"
#include "itemmodels/TrafficLights.h"
#include "scoring/AccountEvidence.h"
#include "workbench/Workbench.h"

#include <QChartView>
#include <QDateTimeAxis>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace candor {
namespace {

QLabel *textLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QTableView *evidenceTable(QAbstractItemModel *model, QWidget *parent, const char *name)
{
    auto *table = new QTableView(parent);
    table->setObjectName(QLatin1String(name));
    table->setModel(model);
    table->verticalHeader()->hide();
    table->setWordWrap(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

} // namespace

AuthenticityView::AuthenticityView(Workbench *workbench, QWidget *parent)
    : QWidget(parent), m_workbench(workbench), m_signals(new SignalTableModel(this))
{
    setObjectName(QStringLiteral("authenticityView"));
    // In a scroll area, as the Score tab: the pane is narrow and the evidence long.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    m_summary = textLabel(content, "authenticitySummary");
    layout->addWidget(m_summary);
    m_table = evidenceTable(m_signals, content, "signalTable");
    // The numbers in the table, each signal's evidence and source as sentences under it.
    m_table->setColumnHidden(SignalTableModel::Evidence, true);
    m_table->setColumnHidden(SignalTableModel::Source, true);
    m_table->setColumnWidth(SignalTableModel::Signal, 135);
    m_table->setColumnWidth(SignalTableModel::Light, 75);
    m_table->setColumnWidth(SignalTableModel::Value, 90);
    m_table->setColumnWidth(SignalTableModel::Usual, 95);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // as tall as its rows: the pane scrolls
    layout->addWidget(m_table);
    m_evidence = textLabel(content, "signalEvidence");
    layout->addWidget(m_evidence);
    m_chart = new QChartView(content);
    m_chart->setObjectName(QStringLiteral("growthChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setFixedHeight(260);
    layout->addWidget(m_chart);
    m_sample = textLabel(content, "followerRules");
    layout->addWidget(m_sample);
    layout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    showCandidate(-1);
}

void AuthenticityView::showCandidate(int candidate)
{
    if (candidate < 0) {
        m_signals->setSignals({});
        m_evidence->clear();
        m_summary->setText(tr("<i>Select a candidate to see the evidence behind its authenticity.</i>"));
        showGrowth({}, {});
        m_sample->clear();
        return;
    }
    auto record = m_workbench->record(candidate);
    if (!record) {
        m_summary->setText(
            tr("<i>The evidence cannot be read: %1</i>").arg(record.error().toString().toHtmlEscaped()));
        return;
    }
    const authenticity::AccountFacts facts = scoring::authenticityFacts(*record, m_workbench->benchmarks());
    const QList<authenticity::Signal> assessed = authenticity::assessAccount(facts);
    m_signals->setSignals(assessed);
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_signals->rowCount(); ++row)
        height += m_table->rowHeight(row);
    if (m_table->horizontalScrollBar()->isVisible())
        height += m_table->horizontalScrollBar()->height();
    m_table->setFixedHeight(height);
    QString evidence;
    for (const authenticity::Signal &sig : assessed)
        evidence +=
            tr("<p><b>%1</b>: %2<br><small>Threshold from: %3</small></p>")
                .arg(sig.name.toHtmlEscaped(), sig.evidence.toHtmlEscaped(), sig.source.toHtmlEscaped());
    m_evidence->setText(evidence);
    const authenticity::SignalSummary summary = authenticity::summarize(assessed);
    QString html = summary.score
                       ? tr("<p><b>Authenticity from Candor's signals: %1 of the points</b> of the %2 "
                            "signals with data (green 1, amber ½, red 0, each weighted by weight × "
                            "confidence). Worst light: <b>%3</b>.</p>")
                             .arg(percentText(*summary.score, 0))
                             .arg(summary.withData)
                             .arg(authenticity::lightLabel(summary.worst))
                       : tr("<p><b>No authenticity signal has data yet.</b> Import the account's posts "
                            "(<i>candor import-posts</i>), its follower history (<i>candor "
                            "import-history</i>), a follower sample (<i>candor "
                            "import-followers</i>) or the comments under its posts (<i>candor "
                            "import-comments</i>).</p>");
    const AccountMetrics &m = record->account.metrics;
    if (m.authenticEngagement && m.averageEngagement && *m.averageEngagement > 0.0)
        html += tr("<p>Beside it, not counted: the imported figures' own <i>authentic engagement</i>, "
                   "%1 — another tool's model, which Candor cannot check.</p>")
                    .arg(percentText(std::min(1.0, *m.authenticEngagement / *m.averageEngagement), 0));
    m_summary->setText(html);
    const auto growth = std::find_if(assessed.cbegin(), assessed.cend(),
                                     [](const authenticity::Signal &s) { return s.id == QLatin1String("growth-jumps"); });
    showGrowth(facts.followerHistory, growth != assessed.cend() ? growth->jumps : QList<authenticity::GrowthJump>{});

    // The follower sample's rules with their weights and hits in this sample.
    if (record->followerSample.isEmpty()) {
        m_sample->setText(tr("<i>No follower sample: import one with candor import-followers to see "
                             "which of its followers look fake and why.</i>"));
        return;
    }
    static const authenticity::FollowerRuleSet rules = authenticity::FollowerRuleSet::srf2017();
    QString table = tr("<p><b>Follower sample</b>: %1 followers, judged by rules %2. A follower "
                       "looks fake at %3 points or more.</p><table cellspacing=\"4\"><tr><th "
                       "align=\"left\">Rule</th><th align=\"right\">Points if it holds</th><th "
                       "align=\"right\">Holds for</th></tr>")
                        .arg(record->followerSample.size())
                        .arg(authenticity::FollowerRuleSet::srf2017Source().toHtmlEscaped(),
                             QLocale().toString(rules.cut, 'f', 2));
    for (const authenticity::FollowerRule &rule : rules.rules) {
        const auto hits = std::count_if(record->followerSample.cbegin(), record->followerSample.cend(),
                                        [&rule](const FollowerProfile &p) { return rule.hits(p); });
        table += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td></tr>")
                     .arg(rule.condition().toHtmlEscaped(),
                          QLocale().toString(rule.pointsIfHit, 'f', 1))
                     .arg(hits);
    }
    m_sample->setText(table + QStringLiteral("</table>"));
}

void AuthenticityView::showGrowth(const QList<authenticity::DatedCount> &history,
                                  const QList<authenticity::GrowthJump> &jumps)
{
    auto *chart = new QChart;
    applyPaletteTheme(chart, palette());
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (history.size() < 2) {
        chart->setTitle(tr("No follower history (import one with candor import-history)"));
        m_chart->setChart(chart); // the view owns and deletes the old chart
        return;
    }
    chart->setTitle(tr("Followers by day; jumps marked (red: engagement did not follow)"));
    const auto msecs = [](const QDate &d) { return static_cast<qreal>(d.startOfDay(Qt::UTC).toMSecsSinceEpoch()); };
    auto *line = new QLineSeries;
    line->setName(tr("Followers"));
    for (const authenticity::DatedCount &r : history)
        line->append(msecs(r.date), r.value);
    auto *suspicious = new QScatterSeries;
    suspicious->setName(tr("Jump engagement did not follow"));
    suspicious->setColor(trafficLightColor(TrafficLight::Red));
    auto *organic = new QScatterSeries;
    organic->setName(tr("Jump with engagement, or nothing to compare"));
    organic->setColor(trafficLightColor(TrafficLight::Amber));
    for (const authenticity::GrowthJump &j : jumps) {
        const auto at = std::find_if(history.cbegin(), history.cend(),
                                     [&j](const authenticity::DatedCount &r) { return r.date == j.to; });
        if (at != history.cend())
            (j.engagementCompared && !j.likelyOrganic ? suspicious : organic)->append(msecs(j.to), at->value);
    }
    for (QScatterSeries *s : {suspicious, organic})
        s->setMarkerSize(11);
    chart->addSeries(line);
    chart->addSeries(suspicious);
    chart->addSeries(organic);
    auto *days = new QDateTimeAxis;
    days->setFormat(QLocale().dateFormat(QLocale::ShortFormat));
    days->setTickCount(5);
    auto *counts = new QValueAxis;
    counts->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(days, Qt::AlignBottom);
    chart->addAxis(counts, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(days);
        s->attachAxis(counts);
    }
    m_chart->setChart(chart);
}

DisclosureView::DisclosureView(Workbench *workbench, QWidget *parent)
    : QWidget(parent), m_workbench(workbench), m_posts(new PostVerdictModel(this))
{
    setObjectName(QStringLiteral("disclosureView"));
    auto *layout = new QVBoxLayout(this);
    m_summary = textLabel(this, "disclosureSummary");
    layout->addWidget(m_summary);
    m_table = evidenceTable(m_posts, this, "postVerdicts");
    // A narrow pane: what Candor found (the rule that decided, a missing AI label, brand-safety words) wraps in
    // one column that takes the width left; the caption is the row's tooltip.
    for (int column : {PostVerdictModel::Rule, PostVerdictModel::AiLabel, PostVerdictModel::BrandSafety,
                       PostVerdictModel::Text})
        m_table->setColumnHidden(column, true);
    m_table->setColumnWidth(PostVerdictModel::Date, 85);
    m_table->setColumnWidth(PostVerdictModel::Sponsored, 95);
    m_table->setColumnWidth(PostVerdictModel::Verdict, 100);
    m_table->horizontalHeader()->setSectionResizeMode(PostVerdictModel::Findings, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    showCandidate(-1);
}

void DisclosureView::showCandidate(int candidate)
{
    if (candidate < 0) {
        m_posts->setPosts({}, m_checker, m_matcher, {});
        m_summary->setText(tr("<i>Select a candidate to see its posts and how each paid one was "
                              "labelled.</i>"));
        return;
    }
    auto record = m_workbench->record(candidate);
    if (!record) {
        m_summary->setText(
            tr("<i>The posts cannot be read: %1</i>").arg(record.error().toString().toHtmlEscaped()));
        return;
    }
    m_posts->setPosts(record->posts, m_checker, m_matcher,
                      m_workbench->hasCampaign() ? m_workbench->campaign().excludedTopics : QStringList());
    if (record->posts.isEmpty()) {
        m_summary->setText(tr("<p><b>No posts imported.</b> Import the account's posts (<i>candor "
                              "import-posts</i>, from an Instagram Graph API or YouTube Data API export "
                              "or a CSV) to judge its sponsored posts.</p>"));
        return;
    }
    int sponsored = 0, compliant = 0, warnings = 0, violations = 0, aiLabelled = 0, aiUnlabelled = 0, risky = 0;
    for (const PostVerdictModel::Row &r : m_posts->rows()) {
        risky += r.brandSafety.isEmpty() ? 0 : 1;
        aiLabelled += r.post.aiLabel != AiLabel::None ? 1 : 0;
        aiUnlabelled += r.ai ? 1 : 0;
        if (!r.disclosure)
            continue;
        ++sponsored;
        compliant += r.disclosure->verdict == compliance::Verdict::Compliant ? 1 : 0;
        warnings += r.disclosure->verdict == compliance::Verdict::Warning ? 1 : 0;
        violations += r.disclosure->verdict == compliance::Verdict::Violation ? 1 : 0;
    }
    m_summary->setText(
        tr("<p><b>Disclosure record: %1 of %2 sponsored posts labelled as ads clearly and upfront</b> "
           "(%3 warnings, %4 violations) among %5 imported posts. AI: %6 posts labelled as AI-made, %7 "
           "you marked as AI-made without a label. Brand safety: a brand-safety word or a topic the "
           "brief excludes in %8 of them. Rules: FTC 16 CFR 255 and Disclosures 101, UK ASA/CMA, and "
           "others' tags (docs/disclosure.md); hover a finding for its source.</p>")
            .arg(compliant)
            .arg(sponsored)
            .arg(warnings)
            .arg(violations)
            .arg(m_posts->rows().size())
            .arg(aiLabelled)
            .arg(aiUnlabelled)
            .arg(risky));
}

} // namespace candor
