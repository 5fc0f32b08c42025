// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FiltersPanel.h"

#include "domain/Countries.h"
#include "workbench/Workbench.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace candor {

FiltersPanel::FiltersPanel(Workbench *workbench, QWidget *parent) : QWidget(parent), m_workbench(workbench)
{
    setObjectName(QStringLiteral("filtersPanel"));
    auto *form = new QFormLayout(this);
    // Labels above their fields when the panel is narrow, rather than a wide panel.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *title = new QLabel(tr("<b>Filters</b> — who is ranked at all"), this);
    title->setToolTip(tr("Candidates a filter removes stay in the list, unranked, with the reason"));
    form->addRow(title);
    m_minFollowers = new QSpinBox(this);
    m_minFollowers->setObjectName(QStringLiteral("minFollowers"));
    m_minFollowers->setRange(0, 1000000000);
    m_minFollowers->setSingleStep(1000);
    m_minFollowers->setGroupSeparatorShown(true);
    m_minFollowers->setSpecialValueText(tr("no minimum"));
    m_minFollowers->setKeyboardTracking(false); // one command per value typed, not per digit
    m_minFollowers->setToolTip(tr("Candidates with fewer followers are not ranked"));
    connect(m_minFollowers, &QSpinBox::valueChanged, this, &FiltersPanel::report);
    form->addRow(tr("Minimum &followers:"), m_minFollowers);

    auto *platforms = new QHBoxLayout;
    for (const QString &id : platformIds()) {
        const Platform platform = *platformFromText(id);
        auto *box = new QCheckBox(platformDisplayName(platform), this);
        box->setToolTip(tr("Rank candidates on this platform"));
        connect(box, &QCheckBox::toggled, this, &FiltersPanel::report);
        platforms->addWidget(box);
        m_platforms << std::pair{platform, box};
    }
    form->addRow(tr("Platforms:"), platforms);
    m_countries = new QLineEdit(this);
    m_countries->setObjectName(QStringLiteral("filterAudienceCountries"));
    m_countries->setPlaceholderText(tr("any"));
    m_countries->setToolTip(tr("Rank only creators whose leading audience country is one of these: "
                               "country names or ISO 3166 codes, separated by commas"));
    connect(m_countries, &QLineEdit::editingFinished, this, &FiltersPanel::report);
    form->addRow(tr("Leading audience &country:"), m_countries);
    m_excludedCategories = new QLineEdit(this);
    m_excludedCategories->setPlaceholderText(tr("none"));
    m_excludedCategories->setToolTip(tr("Creators in any of these categories are not ranked (commas "
                                        "between them)"));
    connect(m_excludedCategories, &QLineEdit::editingFinished, this, &FiltersPanel::report);
    form->addRow(tr("&Excluded categories:"), m_excludedCategories);

    connect(workbench, &Workbench::campaignChanged, this, &FiltersPanel::showFilters);
    showFilters();
}

QCheckBox *FiltersPanel::platformBox(Platform platform) const
{
    for (const auto &[p, box] : m_platforms) {
        if (p == platform)
            return box;
    }
    return nullptr;
}

void FiltersPanel::showFilters()
{
    m_updating = true;
    const HardFilters &filters = m_workbench->filters();
    m_minFollowers->setValue(static_cast<int>(filters.minFollowers.value_or(0)));
    for (const auto &[platform, box] : std::as_const(m_platforms))
        box->setChecked(filters.platforms.isEmpty() || filters.platforms.contains(platform));
    m_countries->setText(filters.audienceCountries.join(QStringLiteral(", ")));
    m_countries->setStyleSheet({});
    m_excludedCategories->setText(filters.excludedCategories.join(QStringLiteral(", ")));
    m_updating = false;
}

void FiltersPanel::report()
{
    if (m_updating)
        return;
    HardFilters filters = m_workbench->filters();
    filters.minFollowers = m_minFollowers->value() > 0 ? std::optional<qint64>(m_minFollowers->value()) : std::nullopt;
    filters.platforms.clear();
    for (const auto &[platform, box] : std::as_const(m_platforms)) {
        if (box->isChecked())
            filters.platforms << platform;
    }
    if (filters.platforms.size() == m_platforms.size())
        filters.platforms.clear(); // all of them: no platform filter
    filters.audienceCountries.clear();
    QStringList unknown;
    for (const QString &text : m_countries->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const auto code = countries::code(text))
            filters.audienceCountries << *code;
        else if (!text.trimmed().isEmpty())
            unknown << text.trimmed();
    }
    if (!unknown.isEmpty()) {
        // Not applied: a filter on a country that does not exist would quietly rank no one.
        m_countries->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #b00020; }"));
        m_countries->setToolTip(
            tr("Not a country name or ISO 3166 code: %1").arg(unknown.join(QStringLiteral(", "))));
        return;
    }
    m_countries->setStyleSheet({});
    filters.excludedCategories.clear();
    for (const QString &text : m_excludedCategories->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!text.trimmed().isEmpty())
            filters.excludedCategories << text.trimmed();
    }
    if (filters.audienceCountries == m_workbench->filters().audienceCountries &&
        filters.excludedCategories == m_workbench->filters().excludedCategories &&
        filters.minFollowers == m_workbench->filters().minFollowers &&
        filters.platforms == m_workbench->filters().platforms)
        return; // leaving a field unchanged is no edit
    emit filtersEdited(filters);
}

} // namespace candor
