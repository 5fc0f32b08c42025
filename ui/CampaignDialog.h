// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Campaign.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

namespace candor {

class TargetAudienceEditor;
class Workbench;

// New and Edit Campaign: everything a campaign holds on three tabs — the brief, the hard filters and scoring,
// and the target audience per dimension (with the pooled audience of the selected creators or another
// campaign's target as starting points). The main window turns the result into an undoable command.
class CampaignDialog : public QDialog
{
    Q_OBJECT
public:
    // `candidates`: the rows selected in the ranking, for "take the pooled audience of the selected creators".
    CampaignDialog(Workbench *workbench, const Campaign &campaign, QList<int> candidates, QWidget *parent = nullptr);

    Campaign campaign() const; // as edited
    // Empty when the campaign can be saved; otherwise every problem, one per line.
    QStringList problems() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *audienceCountriesEdit() const { return m_countries; }
    QLineEdit *topicsEdit() const { return m_topics; }
    QLineEdit *excludedTopicsEdit() const { return m_excludedTopics; }
    QComboBox *modelChoice() const { return m_model; }
    TargetAudienceEditor *targetEditor(AudienceDimension dimension) const;
    QTabWidget *tabs() const { return m_tabs; }
    void takeSelectedAudience();
    void copyTargetFrom(qint64 campaignId);

    void accept() override;

private:
    Workbench *m_workbench;
    Campaign m_original;
    QList<int> m_candidates;
    QTabWidget *m_tabs;
    QLineEdit *m_name;
    QPlainTextEdit *m_brief;
    QLineEdit *m_topics;
    QLineEdit *m_excludedTopics;
    QDoubleSpinBox *m_budget;
    QComboBox *m_currency;
    QCheckBox *m_hasDates;
    QDateEdit *m_starts;
    QDateEdit *m_ends;
    QComboBox *m_model;
    QList<std::pair<Platform, QCheckBox *>> m_platforms;
    QSpinBox *m_minFollowers;
    QLineEdit *m_countries;
    QLineEdit *m_excludedCategories;
    QSpinBox *m_reachMin;
    QSpinBox *m_reachMax;
    QList<TargetAudienceEditor *> m_targets;
    QLabel *m_problems;
};

} // namespace candor
