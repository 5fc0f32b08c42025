// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PrivacyActions.h"

#include "workbench/Workbench.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <optional>

namespace candor::privacyActions {

namespace {

// The dialogs' words, translated under one context.
struct PrivacyActions
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyActions)
};

} // namespace

std::optional<QString> askReason(QWidget *parent, const QString &title, const QString &label)
{
    bool ok = false;
    const QString reason = QInputDialog::getText(parent, title, label, QLineEdit::Normal, {}, &ok).trimmed();
    if (!ok || reason.isEmpty())
        return std::nullopt;
    return reason;
}

int erase(QWidget *parent, Workbench &workbench, const QList<qint64> &creatorIds)
{
    if (creatorIds.isEmpty())
        return 0;
    const auto reason =
        askReason(parent, PrivacyActions::tr("Erase"),
                  PrivacyActions::tr(
                      "Erase %n creator(s): every row about them, their personal details in the history and "
                      "rejected import rows "
                      "that mention them. The file is rewritten so that none of it remains, and this cannot "
                      "be undone (the undo "
                      "history is cleared).\n\nReason, without the person's name (it stays in the history):",
                      nullptr, static_cast<int>(creatorIds.size())));
    if (!reason)
        return 0;
    auto erased = workbench.eraseCreators(creatorIds, *reason);
    if (!erased) {
        QMessageBox::warning(parent, PrivacyActions::tr("Not erased"), erased.error().toString());
        return 0;
    }
    return *erased;
}

bool setProfiling(QWidget *parent, Workbench &workbench, const QList<qint64> &creatorIds, bool allowed)
{
    if (creatorIds.isEmpty())
        return false;
    const int n = static_cast<int>(creatorIds.size());
    const auto reason = askReason(
        parent, allowed ? PrivacyActions::tr("Allow profiling") : PrivacyActions::tr("Do not profile"),
        allowed ? PrivacyActions::tr(
                      "%n creator(s) withdrew their objection: ranked and audited again. How do you know?",
                      nullptr, n)
                : PrivacyActions::tr("%n creator(s) objected to profiling (GDPR Art. 21): they leave every "
                                     "ranking and audit at once. "
                                     "How did they object?",
                                     nullptr, n));
    if (!reason)
        return false;
    PrivacyStore::RecordChange change;
    change.doNotProfile = !allowed;
    if (auto done = workbench.changePrivacyRecords(creatorIds, change, *reason); !done) {
        QMessageBox::warning(parent, PrivacyActions::tr("Not changed"), done.error().toString());
        return false;
    }
    return true;
}

} // namespace candor::privacyActions
