// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QTextBrowser;

namespace candor {

// Help › User Guide: docs/user-guide.md, compiled into the program, shown as a page a user can read offline.
// The same text as the file in the repository, so the two cannot disagree.
class HelpBrowser : public QDialog
{
    Q_OBJECT
public:
    explicit HelpBrowser(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }
    // The guide's text (Markdown), as compiled in.
    static QString guide();

private:
    QTextBrowser *m_browser;
};

} // namespace candor
