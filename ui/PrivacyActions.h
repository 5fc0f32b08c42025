// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <optional>

class QWidget;

namespace candor {

class Workbench;

// The privacy actions a person starts from the Privacy page or from the Candidate menu: each asks for its reason,
// says what it will do, and reports a failure in a message box.
namespace privacyActions {

// A reason typed in a small dialog; nothing when the user cancels or leaves it empty.
std::optional<QString> askReason(QWidget *parent, const QString &title, const QString &label);
// Erases the creators (cannot be undone); how many were erased, 0 when the user cancelled.
int erase(QWidget *parent, Workbench &workbench, const QList<qint64> &creatorIds);
// Stops (allowed = false) or allows profiling; whether it was recorded.
bool setProfiling(QWidget *parent, Workbench &workbench, const QList<qint64> &creatorIds, bool allowed);

} // namespace privacyActions
} // namespace candor
