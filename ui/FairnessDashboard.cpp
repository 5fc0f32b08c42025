// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FairnessDashboard.h"

#include "itemmodels/TrafficLights.h"

#include "AudienceBalanceChart.h"
#include "ChartStyle.h"
#include "FactorColors.h"
#include "PlainTextDelegate.h"
#include "core/Formatting.h"
#include "fairness/AuditReport.h"
#include "itemmodels/GroupFairnessModel.h"
#include "workbench/Workbench.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QCursor>
#include <QToolTip>
#include <QDoubleSpinBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

namespace candor {

using namespace fairness;

namespace {

// Changes come in bursts (a slider drag, an undo): audit once they settle.
constexpr int kRefreshDelayMs = 150;

QColor lightColor(DimensionBalance::Light light)
{
    switch (light) {
    case DimensionBalance::Light::Green:
        return trafficLightColor(TrafficLight::Green);
    case DimensionBalance::Light::Amber:
        return trafficLightColor(TrafficLight::Amber);
    case DimensionBalance::Light::Red:
        return trafficLightColor(TrafficLight::Red);
    case DimensionBalance::Light::NoData:
        break;
    }
    return trafficLightColor(TrafficLight::NoData);
}

QString howToRead()
{
    return FairnessDashboard::tr(
        "<p><b>How to read this.</b> The <i>selection</i> is your shortlist, or the top of the ranking while "
        "the "
        "shortlist is empty. <i>Findings</i> at the top list what needs a look, the most serious first: an "
        "audience the "
        "campaign leaves out (people under 18 above all), target groups reached too little or too much, "
        "creator groups "
        "selected apart.</p>"
        "<p><b>Audience balance:</b> the selected creators' audiences are added up, each weighted by its "
        "reach, and set "
        "against the campaign's target. 1 × the target means a group is reached as much as the target asks; "
        "outside the "
        "band (0.8–1.25 × by default: the four-fifths rule of US employment law, applied both ways) it is "
        "flagged, and the "
        "dashed boxes in the chart show that band. <i>Audience mismatch</i> is the share of the audience "
        "that would have "
        "to move to match the target. Audience figures are estimates: each finding gives its data "
        "confidence, and "
        "low-confidence estimates can be left out. A category no source reports is shown as \"no data\", not "
        "as 0.</p>"
        "<p><b>Creator groups:</b> only creators who consented to their self-declared gender, age or "
        "ethnicity being used "
        "for this check are counted. The <i>selection rate</i> is how many of a group are selected, with the "
        "range it "
        "could plausibly be in; <i>rate against reference</i> compares it with the reference group (1 = "
        "alike). With few "
        "people counted the ranges are wide: below the minimum group size, or with fewer than 10 selected, "
        "Candor says "
        "\"too few to judge\" instead of a verdict. <i>Ranking exposure</i> says how a group fares at the "
        "top of the "
        "ranking. Hover over any number for its technical name and definition.</p>"
        "<p>The tool measures; it does not decide. A gap is a question to look into, not a verdict.</p>");
}

QColor severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return QColor(0xC0, 0x1F, 0x1F);
    case Severity::Warning:
        return lightColor(DimensionBalance::Light::Red);
    case Severity::Caution:
        break;
    }
    return lightColor(DimensionBalance::Light::Amber);
}

// A row's plain label with its technical name and definition as a tooltip, then its value and sentence.
QString rowHtml(const ReportRow &row)
{
    QString html =
        FairnessDashboard::tr("<span title=\"%1\">%2: <b>%3</b></span>")
            .arg(row.tooltip().toHtmlEscaped(), row.label.toHtmlEscaped(), row.valueText().toHtmlEscaped());
    if (!row.sentence.isEmpty())
        html += QStringLiteral(" — ") + row.sentence.toHtmlEscaped();
    return html;
}

} // namespace

FairnessDashboard::FairnessDashboard(Workbench *workbench, QWidget *parent)
    : QWidget(parent), m_workbench(workbench), m_refreshTimer(new QTimer(this)),
      m_groupModel(new GroupFairnessModel(this))
{
    setObjectName(QStringLiteral("fairnessDashboard"));
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &FairnessDashboard::refresh);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    // Two short rows rather than one long one: the dashboard shares the window with the detail pane.
    auto *controls = new QGridLayout;
    m_selection = new QComboBox(content);
    m_selection->setObjectName(QStringLiteral("fairnessSelection"));
    m_selection->addItem(tr("Shortlist (top k while empty)"),
                         QVariant::fromValue(AuditSettings::Selection::Automatic));
    m_selection->addItem(tr("Shortlist"), QVariant::fromValue(AuditSettings::Selection::Shortlist));
    m_selection->addItem(tr("Top k of the ranking"), QVariant::fromValue(AuditSettings::Selection::TopK));
    m_selection->setToolTip(tr("Which candidates the dashboard audits"));
    m_topK = new QSpinBox(content);
    m_topK->setRange(1, 1000);
    m_topK->setValue(10);
    m_topK->setPrefix(tr("k = "));
    m_topK->setToolTip(tr("How many of the top of the ranking count as selected"));
    m_weighting = new QComboBox(content);
    m_weighting->addItem(tr("Weight audiences by followers"), QVariant::fromValue(ReachWeighting::Followers));
    m_weighting->addItem(tr("Weight audiences by average views"),
                         QVariant::fromValue(ReachWeighting::AverageViews));
    m_weighting->setToolTip(tr("How much each creator's audience counts in the pooled audience"));
    m_excludeLow = new QCheckBox(tr("Leave out low-confidence estimates"), content);
    m_excludeLow->setToolTip(tr("Audience estimates whose source gives a confidence below 50 %"));
    m_minGroup = new QSpinBox(content);
    m_minGroup->setRange(1, 1000);
    m_minGroup->setValue(Thresholds{}.minimumGroupSize);
    m_minGroup->setPrefix(tr("min. group "));
    m_minGroup->setToolTip(tr("Groups with fewer members are shown as too few to judge"));
    m_band = new QDoubleSpinBox(content);
    m_band->setObjectName(QStringLiteral("fairnessBand"));
    m_band->setRange(0.5, 0.99);
    m_band->setSingleStep(0.05);
    m_band->setDecimals(2);
    m_band->setValue(Thresholds::kFourFifths);
    m_band->setPrefix(tr("band "));
    m_band->setToolTip(tr("Ratios under this or over its inverse are flagged. 0.8 is the four-fifths rule of "
                          "the US EEOC Uniform Guidelines, 29 CFR § 1607.4(D) (1978)"));
    controls->addWidget(m_selection, 0, 0);
    controls->addWidget(m_topK, 0, 1);
    controls->addWidget(m_minGroup, 0, 2);
    controls->addWidget(m_weighting, 1, 0);
    controls->addWidget(m_excludeLow, 1, 1, 1, 1);
    controls->addWidget(m_band, 1, 2);
    controls->setColumnStretch(3, 1);
    layout->addLayout(controls);
    connect(m_selection, &QComboBox::currentIndexChanged, this, &FairnessDashboard::refresh);
    connect(m_topK, &QSpinBox::valueChanged, this, &FairnessDashboard::scheduleRefresh);
    connect(m_weighting, &QComboBox::currentIndexChanged, this, &FairnessDashboard::refresh);
    connect(m_excludeLow, &QCheckBox::toggled, this, &FairnessDashboard::refresh);
    connect(m_minGroup, &QSpinBox::valueChanged, this, &FairnessDashboard::scheduleRefresh);
    connect(m_band, &QDoubleSpinBox::valueChanged, this, &FairnessDashboard::scheduleRefresh);

    m_summary = new QLabel(content);
    m_summary->setObjectName(QStringLiteral("fairnessSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_findings = new QLabel(content);
    m_findings->setObjectName(QStringLiteral("fairnessFindings"));
    m_findings->setWordWrap(true);
    m_findings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findings->setFrameShape(QFrame::StyledPanel);
    m_findings->setMargin(6);
    layout->addWidget(m_findings);

    m_dimensions = new QTabWidget(content);
    m_dimensions->setMinimumHeight(470);
    layout->addWidget(m_dimensions);

    auto *groups = new QGroupBox(tr("Creator groups (self-declared, with consent)"), content);
    auto *groupLayout = new QVBoxLayout(groups);
    auto *groupControls = new QHBoxLayout;
    m_attribute = new QComboBox(groups);
    m_attribute->setObjectName(QStringLiteral("fairnessAttribute"));
    m_attribute->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_attribute->setMinimumContentsLength(10);
    m_reference = new QComboBox(groups);
    m_reference->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_reference->setToolTip(tr("The group the others are compared with (by default the largest)"));
    groupControls->addWidget(new QLabel(tr("Attribute:"), groups));
    groupControls->addWidget(m_attribute);
    groupControls->addWidget(new QLabel(tr("compared with:"), groups));
    groupControls->addWidget(m_reference);
    groupControls->addStretch(1);
    groupLayout->addLayout(groupControls);
    connect(m_attribute, &QComboBox::currentIndexChanged, this, &FairnessDashboard::showGroups);
    connect(m_reference, &QComboBox::activated, this, &FairnessDashboard::refresh);
    m_groupSummary = new QLabel(groups);
    m_groupSummary->setWordWrap(true);
    groupLayout->addWidget(m_groupSummary);
    m_groupTable = new QTableView(groups);
    m_groupTable->setObjectName(QStringLiteral("groupFairnessTable"));
    m_groupTable->setModel(m_groupModel);
    m_groupTable->setItemDelegate(new PlainTextDelegate(m_groupTable));
    m_groupTable->verticalHeader()->hide();
    m_groupTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_groupTable->horizontalHeader()->setStretchLastSection(true);
    m_groupTable->setMinimumHeight(200);
    m_groupTable->setMinimumWidth(100); // scrolls inside rather than widening the page
    groupLayout->addWidget(m_groupTable);
    m_factorGaps = new QLabel(groups);
    m_factorGaps->setObjectName(QStringLiteral("factorGaps"));
    m_factorGaps->setWordWrap(true);
    m_factorGaps->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_factorGaps->setToolTip(tr("Mean points each factor gives the group's members: where a gap in "
                                "selection comes from (reach, engagement, fit…)"));
    groupLayout->addWidget(m_factorGaps);
    m_disparityChart = new QChartView(groups);
    m_disparityChart->setRenderHint(QPainter::Antialiasing);
    m_disparityChart->setMinimumHeight(300);
    groupLayout->addWidget(m_disparityChart);
    layout->addWidget(groups);

    auto *help = new QLabel(howToRead(), content);
    help->setObjectName(QStringLiteral("fairnessHelp"));
    help->setWordWrap(true);
    help->setFrameShape(QFrame::StyledPanel);
    help->setMargin(8);
    layout->addWidget(help);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // text wraps, charts shrink
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    for (auto signal : {&Workbench::rankingChanged, &Workbench::decisionsChanged, &Workbench::campaignChanged})
        connect(workbench, signal, this, &FairnessDashboard::scheduleRefresh);
}

void FairnessDashboard::scheduleRefresh()
{
    m_stale = true;
    if (isVisible())
        m_refreshTimer->start();
}

void FairnessDashboard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void FairnessDashboard::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_stale)
        refresh(); // charts take the theme of the new palette
}

AuditSettings FairnessDashboard::settings() const
{
    AuditSettings s;
    s.selection = m_selection->currentData().value<AuditSettings::Selection>();
    s.topK = m_topK->value();
    s.audience.weighting = m_weighting->currentData().value<ReachWeighting>();
    s.audience.excludeLowConfidence = m_excludeLow->isChecked();
    s.thresholds.minimumGroupSize = m_minGroup->value();
    s.thresholds.lower = m_band->value();
    s.thresholds.upper = 1.0 / m_band->value();
    if (m_attribute->currentIndex() >= 0 && m_reference->currentIndex() > 0)
        s.referenceGroup.insert(m_attribute->currentData().toString(), m_reference->currentText());
    return s;
}

void FairnessDashboard::refresh()
{
    m_refreshTimer->stop();
    m_stale = false;
    if (m_workbench->campaigns().isEmpty())
        return;
    if (!m_attributes) {
        // Read when the page is first looked at, not when the project opens: most sessions never need them.
        auto attributes = m_workbench->consentedAttributes();
        m_attributes = attributes ? *attributes : ConsentedAttributes{};
    }
    m_audit = fairness::audit(m_workbench->auditInput(*m_attributes), *m_attributes, settings());
    showAudience();
    const QString attribute = m_attribute->currentData().toString();
    const QSignalBlocker blocker(m_attribute);
    m_attribute->clear();
    for (const AttributeAudit &a : std::as_const(m_audit.attributes))
        m_attribute->addItem(attributeLabel(a.attribute), a.attribute);
    m_attribute->setCurrentIndex(std::max(0, m_attribute->findData(attribute)));
    showGroups();
}

void FairnessDashboard::showAudience()
{
    QStringList lights;
    for (const DimensionAudit &d : std::as_const(m_audit.dimensions))
        lights << QStringLiteral("<span style=\"color:%1\">●</span> <b>%2</b>: %3")
                      .arg(lightColor(d.balance.light).name(), dimensionDisplayName(d.balance.dimension),
                           lightLabel(d.balance.light));
    if (lights.isEmpty())
        lights << tr("The campaign has no target audience, so the audience balance cannot be checked: add "
                     "one with Campaign › Edit Campaign (Ctrl+E), <i>Target audience</i>.");
    // Short lines rather than one long wrapped one: a wrapped label in a scroll area may keep one line's height.
    const QString notProfiled =
        m_workbench->notProfiledCount() > 0
            ? tr("<br>%n account(s) of creators who asked not to be profiled are in neither the ranking nor this audit.",
                 nullptr, m_workbench->notProfiledCount())
            : QString();
    m_summary->setText(tr("Auditing <b>%1</b> for “%2”.<br>%3%4")
                           .arg(m_audit.selectionLabel.toHtmlEscaped(), m_audit.campaign.toHtmlEscaped(),
                                lights.join(QStringLiteral(" · ")), notProfiled));
    const QList<Finding> found = findings(m_audit);
    QString findingsHtml = found.isEmpty() ? tr("<b>Findings:</b> nothing to flag.")
                                           : tr("<b>Findings, most serious first:</b>");
    for (const Finding &f : found)
        findingsHtml += QStringLiteral("<br><span style=\"color:%1\">●</span> <b>%2</b> · %3: %4")
                            .arg(severityColor(f.severity).name(), severityLabel(f.severity),
                                 f.subject.toHtmlEscaped(), f.sentence.toHtmlEscaped());
    m_findings->setText(findingsHtml);
    const int current = m_dimensions->currentIndex();
    while (m_dimensions->count() > 0) {
        QWidget *page = m_dimensions->widget(0);
        m_dimensions->removeTab(0);
        delete page;
    }
    for (const DimensionAudit &d : std::as_const(m_audit.dimensions)) {
        m_dimensions->addTab(dimensionPage(d), dimensionDisplayName(d.balance.dimension));
        m_dimensions->setTabToolTip(m_dimensions->count() - 1, lightLabel(d.balance.light));
    }
    m_dimensions->setCurrentIndex(std::max(0, current));
}

QWidget *FairnessDashboard::dimensionPage(const DimensionAudit &d)
{
    const DimensionBalance &b = d.balance;
    const Thresholds &t = m_audit.settings.thresholds;
    const bool hasData = b.light != DimensionBalance::Light::NoData;
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);

    QList<AudienceBar> categories;
    for (const CategoryBalance &c : b.categories) {
        const bool known = hasData && c.flag != CategoryBalance::Flag::NoData;
        categories << AudienceBar{c.category, known ? std::optional<double>(c.share) : std::nullopt,
                                  c.lowConfidencePart, c.target};
    }
    QBarSeries *bars = nullptr;
    QChart *chart = makeAudienceBalanceChart(
        tr("%1: the selection's audience (weighted by %2) against the target")
            .arg(dimensionDisplayName(b.dimension), reachWeightingLabel(m_audit.settings.audience.weighting)),
        categories, t.lower, t.upper, palette(), &bars);
    // Every bar tells its numbers on hover.
    connect(bars, &QBarSeries::hovered, page, [b, t](bool entered, int index, QBarSet *) {
        if (!entered || index < 0 || index >= b.categories.size()) {
            QToolTip::hideText();
            return;
        }
        const CategoryBalance &c = b.categories.at(index);
        QToolTip::showText(QCursor::pos(), QStringLiteral("%1: %2").arg(c.category, categorySentence(c, t)));
    });
    auto *view = new QChartView(chart, page);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(300);
    layout->addWidget(view, 1);

    QStringList lines;
    if (!hasData) {
        lines << tr("No selected creator has audience data for this dimension: no data, not 0.");
    } else {
        QStringList numbers;
        for (const ReportRow &row : audienceRows(b))
            numbers << rowHtml(row);
        lines << numbers.join(QStringLiteral("<br>"));
        lines << tr("%1 of %Ln selected creator(s) pooled.", nullptr, b.members).arg(b.membersPooled);
        if (!b.partitionNote.isEmpty())
            lines << QStringLiteral("<i>%1</i>").arg(b.partitionNote.toHtmlEscaped());
        for (const CategoryBalance &c : b.categories) {
            if (c.flag != CategoryBalance::Flag::Within && !(c.flag == CategoryBalance::Flag::OutsideTarget && c.share <= 0.0))
                lines << QStringLiteral("<b>%1</b> (%2): %3")
                             .arg(c.category.toHtmlEscaped(), flagLabel(c.flag), categorySentence(c, t).toHtmlEscaped());
        }
        for (const CategoryBalance &c : b.categories) {
            const auto it = d.rebalance.constFind(c.category);
            if (it == d.rebalance.cend() || it->isEmpty())
                continue;
            QStringList names;
            for (const Suggestion &s : *it)
                names << tr("@%1 (rank %2, +%3 points of share)")
                             .arg(s.handle.toHtmlEscaped())
                             .arg(s.rank)
                             .arg(QLocale().toString(100.0 * s.gain, 'f', 1));
            lines << tr("<span title=\"Candidates not selected who would raise the category most per "
                        "point of score given up\">Would raise <b>%1</b>:</span> %2")
                         .arg(c.category.toHtmlEscaped(), names.join(QStringLiteral(", ")));
        }
    }
    auto *label = new QLabel(lines.join(QStringLiteral("<br>")), page);
    label->setObjectName(QStringLiteral("dimensionText"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(label);
    return page;
}

void FairnessDashboard::showFactorGaps(const AttributeAudit &a)
{
    QStringList judged;
    for (const GroupOutcome &g : a.groups.groups) {
        if (!g.tooFew)
            judged << g.group;
    }
    if (judged.size() < 2) {
        m_factorGaps->clear();
        return;
    }
    QString html = tr("<p><b>Where the differences come from</b> — mean points per factor:</p>"
                      "<table cellspacing=\"0\" cellpadding=\"3\"><tr><th align=\"left\">Factor</th>");
    for (const QString &group : std::as_const(judged))
        html += QStringLiteral("<th align=\"right\">%1</th>").arg(group.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    QString biggestFactor, biggestGroup;
    double biggest = 0.0;
    for (const FactorGap &f : a.factors) {
        const double reference = f.averagePoints.value(a.groups.reference);
        html +=
            QStringLiteral("<tr><td>%1</td>").arg(scoring::translatedFactorName(f.factor).toHtmlEscaped());
        for (const QString &group : std::as_const(judged)) {
            const double points = f.averagePoints.value(group);
            html += QStringLiteral("<td align=\"right\">%1</td>").arg(QLocale().toString(points, 'f', 1));
            if (std::abs(points - reference) > std::abs(biggest)) {
                biggest = points - reference;
                biggestFactor = labelInSentence(scoring::translatedFactorName(f.factor));
                biggestGroup = group;
            }
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    if (!biggestFactor.isEmpty())
        html += (biggest < 0 ? tr("<p>The largest difference from %1: %2 gives %3 members %4 points fewer on "
                                  "average.</p>")
                             : tr("<p>The largest difference from %1: %2 gives %3 members %4 points more on "
                                  "average.</p>"))
                    .arg(a.groups.reference.toHtmlEscaped(), biggestFactor, biggestGroup.toHtmlEscaped(),
                         QLocale().toString(std::abs(biggest), 'f', 1));
    m_factorGaps->setText(html);
}

void FairnessDashboard::showGroups()
{
    const QString attribute = m_attribute->currentData().toString();
    const auto found = std::find_if(m_audit.attributes.cbegin(), m_audit.attributes.cend(),
                                    [&](const AttributeAudit &a) { return a.attribute == attribute; });
    if (found == m_audit.attributes.cend()) {
        m_groupModel->setAudit({});
        m_groupSummary->setText(tr("No creator has consented to the use of a self-declared attribute."));
        return;
    }
    const AttributeAudit &a = *found;
    m_groupModel->setAudit(a);
    {
        const QSignalBlocker blocker(m_reference);
        m_reference->clear();
        m_reference->addItem(tr("the largest group (%1)")
                                 .arg(a.groups.groups.isEmpty() ? QString() : a.groups.groups.first().group));
        for (const GroupOutcome &g : a.groups.groups)
            m_reference->addItem(g.group);
        const QString chosen = m_audit.settings.referenceGroup.value(attribute);
        m_reference->setCurrentIndex(chosen.isEmpty() ? 0 : std::max(0, m_reference->findText(chosen)));
    }
    showFactorGaps(a);
    QStringList numbers;
    for (const ReportRow &row : attributeRows(a, m_audit.settings.thresholds))
        numbers << rowHtml(row);
    m_groupSummary->setText(tr("%1 ranked candidates consented to the use of their %2 (%3 did not and are "
                               "left out; consent recorded for: %4); %5 of them are selected.<br>%6")
                                .arg(a.consenting)
                                .arg(attributeLabel(a.attribute))
                                .arg(a.notConsenting)
                                .arg(a.consentPurposes.join(QStringLiteral("; ")).toHtmlEscaped())
                                .arg(a.groups.selected)
                                .arg(numbers.join(QStringLiteral("<br>"))));

    auto *chart = new QChart;
    applyPaletteTheme(chart, palette());
    chart->setTitle(
        tr("Selection rate against the reference group (%1), with the band").arg(a.groups.reference));
    auto *set = new QBarSet(tr("Rate against the reference group's"));
    set->setColor(factorColor(0));
    QStringList names;
    double largest = 1.5;
    for (const GroupOutcome &g : a.groups.groups) {
        if (g.tooFew || !g.pprevDisparity.isDefined())
            continue;
        names << g.group;
        *set << *g.pprevDisparity.value;
        largest = std::max(largest, *g.pprevDisparity.value);
    }
    auto *bars = new QBarSeries;
    bars->append(set);
    chart->addSeries(bars);
    const auto [x, y] =
        addCategoryAxes(chart, bars, names, Qt::Vertical, tr("× reference"), QStringLiteral("%.1f"));
    const double top = std::ceil(largest * 2.0) / 2.0;
    y->setRange(0.0, top);
    y->setTickCount(static_cast<int>(top * 2.0) + 1); // a line every 0.5
    const Thresholds &t = m_audit.settings.thresholds;
    for (const double level : {t.lower, t.upper}) {
        auto *line = new QLineSeries;
        line->setName(level < 1.0
                          ? tr("Band (%1 and %2)")
                                .arg(QLocale().toString(t.lower, 'f', 2), QLocale().toString(t.upper, 'f', 2))
                          : QString());
        QPen pen(lightColor(DimensionBalance::Light::Red));
        pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        *line << QPointF(-0.5, level) << QPointF(static_cast<double>(std::max<qsizetype>(1, names.size())) - 0.5, level);
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        if (level > 1.0)
            chart->legend()->markers(line).constFirst()->setVisible(false);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart *old = m_disparityChart->chart();
    m_disparityChart->setChart(chart);
    delete old;
}

} // namespace candor
