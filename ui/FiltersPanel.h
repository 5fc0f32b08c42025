#pragma once

#include "domain/Campaign.h"

#include <QWidget>

class QCheckBox;
class QSpinBox;

namespace candor {

class Workbench;

// The campaign's hard filters that a brand manager changes most: the smallest audience worth a post and the
// platforms. A candidate a filter removes stays in the list with the reason. Edits become undoable commands
// in the main window.
class FiltersPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FiltersPanel(Workbench *workbench, QWidget *parent = nullptr);

    QSpinBox *minimumFollowers() const { return m_minFollowers; }
    QCheckBox *platformBox(Platform platform) const;

    void showFilters(); // the campaign's filters as they are

signals:
    void filtersEdited(const HardFilters &filters);

private:
    void report();

    Workbench *m_workbench;
    QSpinBox *m_minFollowers;
    QList<std::pair<Platform, QCheckBox *>> m_platforms;
    bool m_updating = false;
};

} // namespace candor
