// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CampaignDialog.h"

#include "TargetAudienceEditor.h"
#include "domain/Countries.h"
#include "itemmodels/TargetAudienceModel.h"
#include "workbench/Workbench.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace candor {
namespace {

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    }
    return items;
}

QSpinBox *countBox(QWidget *parent, const QString &none, const QString &tip)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, 2000000000);
    box->setSingleStep(1000);
    box->setGroupSeparatorShown(true);
    box->setSpecialValueText(none);
    box->setToolTip(tip);
    return box;
}

} // namespace

CampaignDialog::CampaignDialog(Workbench *workbench, const Campaign &campaign, QList<int> candidates, QWidget *parent)
    : QDialog(parent), m_workbench(workbench), m_original(campaign), m_candidates(std::move(candidates))
{
    setObjectName(QStringLiteral("campaignDialog"));
    setWindowTitle(campaign.id == 0 ? tr("New Campaign") : tr("Edit Campaign"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs);

    // Brief.
    auto *brief = new QWidget;
    auto *briefForm = new QFormLayout(brief);
    m_name = new QLineEdit(campaign.name, brief);
    m_name->setPlaceholderText(tr("e.g. Spring skincare launch"));
    briefForm->addRow(tr("&Name:"), m_name);
    m_brief = new QPlainTextEdit(campaign.brief, brief);
    m_brief->setPlaceholderText(tr("What the campaign is for, in a sentence or two"));
    m_brief->setTabChangesFocus(true);
    m_brief->setMaximumHeight(80);
    briefForm->addRow(tr("&Brief:"), m_brief);
    m_topics = new QLineEdit(campaign.relevantTopics.join(QStringLiteral(", ")), brief);
    m_topics->setPlaceholderText(tr("Skincare, Beauty, Wellness"));
    m_topics->setToolTip(tr("Topics matched against creators' categories (brand safety and relevance); "
                            "separate them with commas"));
    briefForm->addRow(tr("&Relevant topics:"), m_topics);
    m_excludedTopics = new QLineEdit(campaign.excludedTopics.join(QStringLiteral(", ")), brief);
    m_excludedTopics->setToolTip(tr("A creator in one of these topics scores 0 on brand safety"));
    briefForm->addRow(tr("E&xcluded topics:"), m_excludedTopics);
    auto *budgetRow = new QHBoxLayout;
    m_budget = new QDoubleSpinBox(brief);
    m_budget->setRange(0.0, 1e12);
    m_budget->setDecimals(0);
    m_budget->setGroupSeparatorShown(true);
    m_budget->setSpecialValueText(tr("not set"));
    m_budget->setValue(campaign.budget.value_or(0.0));
    m_currency = new QComboBox(brief);
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"), QStringLiteral("INR"),
                          QStringLiteral("BRL")});
    m_currency->setCurrentText(campaign.currency);
    m_currency->setToolTip(tr("ISO 4217 currency code"));
    budgetRow->addWidget(m_budget, 1);
    budgetRow->addWidget(m_currency);
    briefForm->addRow(tr("B&udget:"), budgetRow);
    auto *dates = new QHBoxLayout;
    m_hasDates = new QCheckBox(tr("Runs from"), brief);
    m_starts = new QDateEdit(campaign.startsOn.isValid() ? campaign.startsOn : QDate::currentDate(), brief);
    m_ends = new QDateEdit(campaign.endsOn.isValid() ? campaign.endsOn : QDate::currentDate().addMonths(1), brief);
    for (QDateEdit *d : {m_starts, m_ends}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_hasDates->setChecked(campaign.startsOn.isValid());
    connect(m_hasDates, &QCheckBox::toggled, m_starts, &QWidget::setEnabled);
    connect(m_hasDates, &QCheckBox::toggled, m_ends, &QWidget::setEnabled);
    m_starts->setEnabled(m_hasDates->isChecked());
    m_ends->setEnabled(m_hasDates->isChecked());
    dates->addWidget(m_hasDates);
    dates->addWidget(m_starts);
    dates->addWidget(new QLabel(tr("to"), brief));
    dates->addWidget(m_ends);
    dates->addStretch(1);
    briefForm->addRow(tr("Dates:"), dates);
    m_tabs->addTab(brief, tr("&Brief"));

    // Filters and scoring.
    auto *filters = new QWidget;
    auto *filterForm = new QFormLayout(filters);
    m_model = new QComboBox(filters);
    m_model->setObjectName(QStringLiteral("modelChoice"));
    m_model->setToolTip(tr("The scoring model and version whose weights rank this campaign"));
    if (auto models = workbench->models()) {
        for (const scoring::ScoringModel &m : std::as_const(*models))
            m_model->addItem(tr("%1, version %2 (missing data: %3)")
                                 .arg(m.name)
                                 .arg(m.version)
                                 .arg(scoring::missingDataRuleKey(m.missingData)),
                             m.id);
    }
    const int chosen = m_model->findData(campaign.scoringModelId);
    m_model->setCurrentIndex(
        chosen >= 0 ? chosen : std::max(0, m_model->findText(tr("Balanced"), Qt::MatchStartsWith)));
    filterForm->addRow(tr("Scoring &model:"), m_model);
    auto *platforms = new QHBoxLayout;
    for (const QString &id : platformIds()) {
        const Platform platform = *platformFromText(id);
        auto *box = new QCheckBox(platformDisplayName(platform), filters);
        box->setChecked(campaign.filters.platforms.isEmpty() || campaign.filters.platforms.contains(platform));
        platforms->addWidget(box);
        m_platforms << std::pair{platform, box};
    }
    filterForm->addRow(tr("Platforms:"), platforms);
    m_minFollowers =
        countBox(filters, tr("no minimum"), tr("Candidates with fewer followers are not ranked"));
    m_minFollowers->setValue(static_cast<int>(campaign.filters.minFollowers.value_or(0)));
    filterForm->addRow(tr("Minimum &followers:"), m_minFollowers);
    m_countries = new QLineEdit(campaign.filters.audienceCountries.join(QStringLiteral(", ")), filters);
    m_countries->setObjectName(QStringLiteral("audienceCountries"));
    m_countries->setPlaceholderText(tr("any; e.g. US, India, UK"));
    m_countries->setToolTip(tr("Only creators whose leading audience country is one of these (country "
                               "names or ISO 3166 codes, separated by commas)"));
    filterForm->addRow(tr("Leading audience &country:"), m_countries);
    m_excludedCategories = new QLineEdit(campaign.filters.excludedCategories.join(QStringLiteral(", ")), filters);
    m_excludedCategories->setToolTip(tr("Creators in any of these categories are not ranked"));
    filterForm->addRow(tr("Excluded c&ategories:"), m_excludedCategories);
    m_reachMin = countBox(filters, tr("the model's"), tr("Audience size that scores 0 on reach (log scale)"));
    m_reachMax = countBox(filters, tr("the model's"), tr("Audience size that scores full marks on reach"));
    m_reachMin->setValue(static_cast<int>(campaign.reachMin.value_or(0)));
    m_reachMax->setValue(static_cast<int>(std::min(campaign.reachMax.value_or(0), 2e9)));
    auto *reach = new QHBoxLayout;
    reach->addWidget(m_reachMin);
    reach->addWidget(new QLabel(tr("to"), filters));
    reach->addWidget(m_reachMax);
    filterForm->addRow(tr("Reach scale:"), reach);
    m_tabs->addTab(filters, tr("&Filters and scoring"));

    // Target audience.
    auto *targets = new QWidget;
    auto *targetLayout = new QVBoxLayout(targets);
    auto *starts = new QHBoxLayout;
    auto *fromSelected = new QPushButton(tr("Take the &pooled audience of the selected creators"), targets);
    fromSelected->setEnabled(!m_candidates.isEmpty());
    fromSelected->setToolTip(m_candidates.isEmpty()
                                 ? tr("Select creators in the ranking first")
                                 : tr("Their audiences, weighted by followers, as the target"));
    connect(fromSelected, &QPushButton::clicked, this, &CampaignDialog::takeSelectedAudience);
    starts->addWidget(fromSelected);
    auto *copyFrom = new QComboBox(targets);
    copyFrom->addItem(tr("Copy from campaign…"), 0);
    for (const Campaign &c : workbench->campaigns()) {
        if (c.id != campaign.id)
            copyFrom->addItem(c.name, c.id);
    }
    copyFrom->setEnabled(copyFrom->count() > 1);
    connect(copyFrom, &QComboBox::activated, this, [this, copyFrom](int index) {
        copyTargetFrom(copyFrom->itemData(index).toLongLong());
        copyFrom->setCurrentIndex(0);
    });
    starts->addWidget(copyFrom);
    starts->addStretch(1);
    targetLayout->addLayout(starts);
    auto *dimensions = new QTabWidget(targets);
    for (AudienceDimension dimension : allDimensions()) {
        auto *editor = new TargetAudienceEditor(dimension, dimensions);
        for (const AudienceDistribution &t : campaign.targetAudience) {
            if (t.dimension() == dimension)
                editor->model()->setDistribution(t);
        }
        editor->weight()->setValue(campaign.dimensionWeights.value(dimension, 1.0));
        dimensions->addTab(editor, dimensionDisplayName(dimension));
        m_targets << editor;
    }
    targetLayout->addWidget(dimensions, 1);
    m_tabs->addTab(targets, tr("&Target audience"));

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("campaignProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(m_problems);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(campaign.id == 0 ? tr("Create campaign") : tr("Save campaign"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CampaignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 560);
}

TargetAudienceEditor *CampaignDialog::targetEditor(AudienceDimension dimension) const
{
    for (TargetAudienceEditor *editor : m_targets) {
        if (editor->model()->dimension() == dimension)
            return editor;
    }
    return nullptr;
}

void CampaignDialog::takeSelectedAudience()
{
    for (const AudienceDistribution &pooled : m_workbench->pooledAudience(m_candidates)) {
        if (TargetAudienceEditor *editor = targetEditor(pooled.dimension()))
            editor->model()->setDistribution(pooled);
    }
}

void CampaignDialog::copyTargetFrom(qint64 campaignId)
{
    for (const Campaign &c : m_workbench->campaigns()) {
        if (c.id != campaignId)
            continue;
        for (TargetAudienceEditor *editor : std::as_const(m_targets)) {
            editor->model()->setDistribution(AudienceDistribution(editor->model()->dimension(), {}));
            editor->weight()->setValue(c.dimensionWeights.value(editor->model()->dimension(), 1.0));
        }
        for (const AudienceDistribution &t : c.targetAudience)
            targetEditor(t.dimension())->model()->setDistribution(t);
    }
}

Campaign CampaignDialog::campaign() const
{
    Campaign c = m_original;
    c.name = m_name->text().trimmed();
    c.brief = m_brief->toPlainText().trimmed();
    c.relevantTopics = splitList(m_topics->text());
    c.excludedTopics = splitList(m_excludedTopics->text());
    c.budget = m_budget->value() > 0.0 ? std::optional<double>(m_budget->value()) : std::nullopt;
    c.currency = m_currency->currentText().trimmed().toUpper();
    c.startsOn = m_hasDates->isChecked() ? m_starts->date() : QDate();
    c.endsOn = m_hasDates->isChecked() ? m_ends->date() : QDate();
    c.scoringModelId = m_model->currentData().toLongLong();
    c.filters.platforms.clear();
    for (const auto &[platform, box] : m_platforms) {
        if (box->isChecked())
            c.filters.platforms << platform;
    }
    if (c.filters.platforms.size() == m_platforms.size())
        c.filters.platforms.clear();
    c.filters.minFollowers = m_minFollowers->value() > 0 ? std::optional<qint64>(m_minFollowers->value()) : std::nullopt;
    c.filters.audienceCountries.clear();
    for (const QString &country : splitList(m_countries->text()))
        c.filters.audienceCountries << countries::code(country).value_or(country);
    c.filters.excludedCategories = splitList(m_excludedCategories->text());
    c.reachMin = m_reachMin->value() > 0 ? std::optional<double>(m_reachMin->value()) : std::nullopt;
    c.reachMax = m_reachMax->value() > 0 ? std::optional<double>(m_reachMax->value()) : std::nullopt;
    c.targetAudience.clear();
    c.dimensionWeights.clear();
    for (TargetAudienceEditor *editor : m_targets) {
        const AudienceDistribution target = editor->model()->distribution();
        if (!target.shares().isEmpty())
            c.targetAudience << target;
        if (editor->weight()->value() != 1.0)
            c.dimensionWeights.insert(target.dimension(), editor->weight()->value());
    }
    return c;
}

QStringList CampaignDialog::problems() const
{
    const Campaign c = campaign();
    QStringList problems = c.validationErrors();
    for (const Campaign &other : m_workbench->campaigns()) {
        if (other.id != c.id && other.name.compare(c.name, Qt::CaseInsensitive) == 0)
            problems << tr("Another campaign is called \"%1\".").arg(other.name);
    }
    for (const QString &country : splitList(m_countries->text())) {
        if (!countries::code(country))
            problems << tr("\"%1\" is not a country name or ISO 3166 code.").arg(country);
    }
    if (std::none_of(m_platforms.cbegin(), m_platforms.cend(), [](const auto &p) { return p.second->isChecked(); }))
        problems << tr("Choose at least one platform.");
    if (c.reachMin && c.reachMax && *c.reachMin >= *c.reachMax)
        problems << tr("The reach scale must start below where it ends.");
    for (TargetAudienceEditor *editor : m_targets) {
        if (const QString problem = editor->model()->problem(); !problem.isEmpty())
            problems << tr("Target %1: %2.").arg(dimensionNameInText(editor->model()->dimension()), problem);
    }
    problems.removeDuplicates();
    return problems;
}

void CampaignDialog::accept()
{
    const QStringList found = problems();
    m_problems->setText(found.join(QLatin1Char('\n')));
    if (found.isEmpty())
        QDialog::accept();
}

} // namespace candor
