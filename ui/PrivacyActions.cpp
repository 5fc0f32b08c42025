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

QString tr(const char *text, int n)
{
    return QCoreApplication::translate("PrivacyActions", text, nullptr, n);
}

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
    const auto reason = askReason(
        parent, QStringLiteral("Erase"),
        tr("Erase %n creator(s): every row about them, their personal details in the history and rejected import rows "
           "that mention them. The file is rewritten so that none of it remains, and this cannot be undone (the undo "
           "history is cleared).\n\nReason, without the person's name (it stays in the history):",
           static_cast<int>(creatorIds.size())));
    if (!reason)
        return 0;
    auto erased = workbench.eraseCreators(creatorIds, *reason);
    if (!erased) {
        QMessageBox::warning(parent, QStringLiteral("Not erased"), erased.error().toString());
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
        parent, allowed ? QStringLiteral("Allow profiling") : QStringLiteral("Do not profile"),
        allowed ? tr("%n creator(s) withdrew their objection: ranked and audited again. How do you know?", n)
                : tr("%n creator(s) objected to profiling (GDPR Art. 21): they leave every ranking and audit at once. "
                     "How did they object?",
                     n));
    if (!reason)
        return false;
    PrivacyStore::RecordChange change;
    change.doNotProfile = !allowed;
    if (auto done = workbench.changePrivacyRecords(creatorIds, change, *reason); !done) {
        QMessageBox::warning(parent, QStringLiteral("Not changed"), done.error().toString());
        return false;
    }
    return true;
}

} // namespace candor::privacyActions
