// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DecisionDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace candor {

QString DecisionDialog::verbOf(DecisionKind kind)
{
    switch (kind) {
    case DecisionKind::Shortlisted:
        return tr("Shortlist");
    case DecisionKind::Approved:
        return tr("Approve");
    case DecisionKind::Rejected:
        return tr("Reject");
    case DecisionKind::Removed:
        break;
    }
    return tr("Remove from shortlist");
}

DecisionDialog::DecisionDialog(const QString &handle, DecisionKind kind, bool isOverride, int rank, int topK,
                               QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("decisionDialog"));
    setWindowTitle(tr("%1 @%2").arg(verbOf(kind), handle));
    auto *layout = new QVBoxLayout(this);
    QString intro = tr("Why? Your reason is stored with the decision, your name and the time.");
    if (isOverride) {
        const QString position = rank > 0
                                     ? tr("ranked %1, outside the top %2").arg(rank).arg(topK)
                                     : tr("not ranked for this campaign");
        intro =
            kind == DecisionKind::Rejected
                ? tr("<b>This goes against the ranking</b>: @%1 is in the top %2. Write why you "
                     "reject it; the override is recorded.")
                      .arg(handle.toHtmlEscaped())
                      .arg(topK)
                : tr("<b>This goes against the ranking</b>: @%1 is %2. Write why; the override is "
                     "recorded and shown with the decision.")
                      .arg(handle.toHtmlEscaped(), position);
    }
    auto *label = new QLabel(intro, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("decisionReason"));
    m_reason->setPlaceholderText(isOverride ? tr("Justification (required)") : tr("Reason (required)"));
    // Finished from the keyboard: Tab moves on instead of typing a tab, Ctrl+Return records the decision, Escape
    // cancels (QDialog's own); Return still starts a new line of the reason.
    m_reason->setTabChangesFocus(true);
    m_reason->setToolTip(tr("Ctrl+Return records the decision; Escape cancels"));
    label->setBuddy(m_reason);
    layout->addWidget(m_reason);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *record = new QShortcut(keys, this);
        connect(record, &QShortcut::activated, this, [this] {
            if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
                accept();
        });
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record (Ctrl+Return)"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    resize(460, 260);
}

QString DecisionDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

} // namespace candor
