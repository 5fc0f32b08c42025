// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Decision.h"

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace candor {

// Asks for the reason of a shortlist decision. When the decision goes against the ranking it says so and
// asks for a justification; OK stays disabled until something is written.
class DecisionDialog : public QDialog
{
    Q_OBJECT
public:
    DecisionDialog(const QString &handle, DecisionKind kind, bool isOverride, int rank, int topK,
                   QWidget *parent = nullptr);
    QString reason() const;
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    static QString verbOf(DecisionKind kind); // the window title's "Shortlist", in the user's language
    QPlainTextEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace candor
