// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "PolicyRules.h"

#include <QByteArray>
#include <QStringList>

namespace candor::policy {

// What the policy saw of each creator when a shortlist was approved, kept with the approval (JSON, by account
// id, no handles): the authenticity light, the share of the audience under 18, the sponsored posts failing the
// disclosure check, the privacy state. Fresher data is compared against it.
QByteArray approvalSnapshot(const QList<SubjectFacts> &subjects);

// One sentence per change since the snapshot for the creators still on the shortlist, in account order:
// "authenticity fell from green to amber for @x on 2026-03-02" (the day of the newest figures or estimate).
QStringList changesSince(const QByteArray &snapshot, const QList<SubjectFacts> &now);

} // namespace candor::policy
