// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace candor {

class BenchmarkTableModel;
class Workbench;

// Who you are in the records, how many Monte Carlo draws the rank stability uses, how the campaign's model
// treats missing data, and the engagement benchmark table with its source. The first two are settings of
// this computer; the last two belong to the project and are saved in it.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    PreferencesDialog(Workbench *workbench, QWidget *parent = nullptr);

    static QString userName();     // the saved name, or the operating-system account
    static int stabilityDraws();   // the saved number, or the default
    static void applyTo(Workbench *workbench); // the computer's settings, to a project just opened

    BenchmarkTableModel *benchmarkModel() const { return m_benchmarks; }
    QLineEdit *userNameEdit() const { return m_user; }
    QComboBox *missingDataChoice() const { return m_missing; }

    void accept() override; // saves, and reports what could not be saved

private:
    Workbench *m_workbench;
    QLineEdit *m_user;
    QSpinBox *m_draws;
    QComboBox *m_missing;
    QComboBox *m_statistic;
    BenchmarkTableModel *m_benchmarks;
};

} // namespace candor
