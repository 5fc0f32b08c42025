// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectFile.h"
#include "core/Error.h"
#include "domain/Creator.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace candor {

// Self-declared creator attributes, read only for fairness audits and only where consent is recorded (the
// schema refuses an attribute without its consent record) and holds: not expired at `today`, and not of a creator
// who asked not to be profiled. Keyed by account, as audits work on accounts.
class FairnessStore
{
public:
    explicit FairnessStore(const ProjectFile &project) : m_project(project) {}

    // Per attribute name, every consented value with the purpose consented to, by account.
    Result<ConsentedAttributes> consentedAttributes(const QDate &today = QDate::currentDate()) const;

private:
    const ProjectFile &m_project;
};

} // namespace candor
