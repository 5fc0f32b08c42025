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
    setWindowTitle(tr("Welcome to Candor"));
    setObjectName(QStringLiteral("welcomeDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("<h2>Choose influencers with scores you can explain</h2>"
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
        {Choice::Demo, QT_TR_NOOP("Look around the &demo project"),
         QT_TR_NOOP("Synthetic data made up by Candor: it describes no real person")},
        {Choice::NewProject, QT_TR_NOOP("&New project for my data…"),
         QT_TR_NOOP("An empty project file; then import your creators")},
        {Choice::ImportCsv, QT_TR_NOOP("New project and &import a CSV…"),
         QT_TR_NOOP("Pick your export first; Candor makes the project")},
        {Choice::OpenProject, QT_TR_NOOP("&Open a project…"),
         QT_TR_NOOP("A .candor file you or a colleague made")},
    };
    int cell = 0;
    for (const auto &way : ways) {
        auto *b = new QPushButton(tr(way.text), this);
        b->setObjectName(QLatin1String(objectNameOf(way.choice)));
        b->setToolTip(tr(way.tip));
        b->setMinimumHeight(40);
        connect(b, &QPushButton::clicked, this, [this, choice = way.choice] {
            m_choice = choice;
            accept();
        });
        grid->addWidget(b, cell / 2, cell % 2);
        ++cell;
    }
    layout->addLayout(grid);
    auto *help = new QLabel(tr("Help › User Guide (F1) explains the score, the fairness page, "
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
