// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Creator.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace candor {

// New Creator and Edit Figures: a creator's name, one account (platform and handle, fixed when editing) and its
// current figures, checked as they are typed with the same rules as an import. Saving is an undoable command;
// new figures become a snapshot that names who entered them.
class CreatorDialog : public QDialog
{
    Q_OBJECT
public:
    CreatorDialog(const AccountEntry &entry, bool isNew, QWidget *parent = nullptr);

    AccountEntry entry() const; // as typed; numbers left empty are unknown
    QStringList problems() const;

    QLineEdit *field(const QString &name) const; // by object name: "handle", "followers" …
    QComboBox *platformChoice() const { return m_platform; }
    QPushButton *saveButton() const { return m_save; }

private:
    void check();

    QComboBox *m_platform;
    QList<QLineEdit *> m_fields;
    QLabel *m_problems;
    QPushButton *m_save;
};

} // namespace candor
