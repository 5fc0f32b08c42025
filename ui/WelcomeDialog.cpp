// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "WelcomeDialog.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace candor {

namespace {

const char *objectNameOf(WelcomeDialog::Choice choice)
{
    switch (choice) {
    case WelcomeDialog::Choice::Demo:
        return "welcomeDemo";
    case WelcomeDialog::Choice::NewProject:
        return "welcomeNew";
    case WelcomeDialog::Choice::OpenProject:
        return "welcomeOpen";
    case WelcomeDialog::Choice::ImportCsv:
        return "welcomeImport";
    case WelcomeDialog::Choice::None:
        break;
    }
    return "";
}

} // namespace

WelcomeDialog::WelcomeDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(QStringLiteral("Welcome to Candor"));
    setObjectName(QStringLiteral("welcomeDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        QStringLiteral("<h2>Choose influencers with scores you can explain</h2>"
                       "<p>Candor ranks creators with a score whose every point you can trace, checks the shortlist "
                       "for fairness, fake followers, undisclosed ads and privacy, and keeps everything in one file "
                       "on your computer. It suggests; you decide.</p>"
                       "<p><b>With your own data, in three steps:</b></p>"
                       "<ol><li><b>Import creators</b>: your export of creators and their figures (CSV or JSON)."
                       "</li><li><b>Import audiences</b> (optional): who follows each creator, for audience fit and "
                       "fairness.</li><li><b>Create a campaign</b>: its brief, target audience and filters. The "
                       "ranking follows.</li></ol>"),
        this);
    intro->setObjectName(QStringLiteral("welcomeText"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    const struct
    {
        Choice choice;
        const char *text;
        const char *tip;
    } ways[] = {
        {Choice::Demo, "Look around the &demo project", "Synthetic data made up by Candor: it describes no real person"},
        {Choice::NewProject, "&New project for my data…", "An empty project file; then import your creators"},
        {Choice::ImportCsv, "New project and &import a CSV…", "Pick your export first; Candor makes the project"},
        {Choice::OpenProject, "&Open a project…", "A .candor file you or a colleague made"},
    };
    int cell = 0;
    for (const auto &way : ways) {
        auto *b = new QPushButton(QString::fromUtf8(way.text), this);
        b->setObjectName(QLatin1String(objectNameOf(way.choice)));
        b->setToolTip(QString::fromUtf8(way.tip));
        b->setMinimumHeight(40);
        connect(b, &QPushButton::clicked, this, [this, choice = way.choice] {
            m_choice = choice;
            accept();
        });
        grid->addWidget(b, cell / 2, cell % 2);
        ++cell;
    }
    layout->addLayout(grid);
    auto *help = new QLabel(QStringLiteral("Help › User Guide (F1) explains the score, the fairness page, "
                                           "authenticity and privacy in plain words."),
                            this);
    help->setWordWrap(true);
    layout->addWidget(help);
    setMinimumWidth(620);
}

QPushButton *WelcomeDialog::button(Choice choice) const
{
    return findChild<QPushButton *>(QLatin1String(objectNameOf(choice)));
}

bool WelcomeDialog::firstRun()
{
    QSettings settings;
    const bool first = !settings.value(QStringLiteral("welcome/shown"), false).toBool();
    settings.setValue(QStringLiteral("welcome/shown"), true);
    return first;
}

} // namespace candor
