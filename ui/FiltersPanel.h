// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Campaign.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace candor {

class Workbench;

// The campaign's hard filters: the smallest audience worth a post, the platforms, the leading audience
// countries and the categories left out. A candidate a filter removes stays in the list with the reason. Edits become undoable commands
// in the main window.
class FiltersPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FiltersPanel(Workbench *workbench, QWidget *parent = nullptr);

    QSpinBox *minimumFollowers() const { return m_minFollowers; }
    QCheckBox *platformBox(Platform platform) const;
    QLineEdit *audienceCountries() const { return m_countries; }
    QLineEdit *excludedCategories() const { return m_excludedCategories; }

    void showFilters(); // the campaign's filters as they are

signals:
    void filtersEdited(const HardFilters &filters);

private:
    void report();

    Workbench *m_workbench;
    QSpinBox *m_minFollowers;
    QLineEdit *m_countries;
    QLineEdit *m_excludedCategories;
    QList<std::pair<Platform, QCheckBox *>> m_platforms;
    bool m_updating = false;
};

} // namespace candor
