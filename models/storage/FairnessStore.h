#pragma once

#include "ProjectFile.h"
#include "core/Error.h"
#include "domain/Creator.h"

#include <QHash>
#include <QList>

namespace candor {

// Self-declared creator attributes, read only for fairness audits and only where consent is recorded (the
// schema refuses an attribute without its consent record). Keyed by account, as audits work on accounts.
class FairnessStore
{
public:
    explicit FairnessStore(const ProjectFile &project) : m_project(project) {}

    // Per attribute name, every consented value with the purpose consented to, by account.
    Result<ConsentedAttributes> consentedAttributes() const;

private:
    const ProjectFile &m_project;
};

} // namespace candor
