// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QPushButton;

namespace candor {

// The first thing a new user sees: the demo to look around, or their own data in three steps, with buttons for
// each way in (Help › Welcome shows it again). It only asks; the window does what was chosen.
class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice
    {
        None,
        Demo,
        NewProject,
        OpenProject,
        ImportCsv,
    };
    explicit WelcomeDialog(QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }
    QPushButton *button(Choice choice) const;

    // Whether this user has seen it (QSettings "welcome/shown"); marks it seen.
    static bool firstRun();

private:
    Choice m_choice = Choice::None;
};

} // namespace candor
