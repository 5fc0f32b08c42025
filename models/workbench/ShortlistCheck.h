#pragma once

#include "core/Error.h"
#include "policy/Policy.h"

#include <QList>

namespace candor {

class Workbench;

// The project's ethics policy (kept in the project, or the default one) checked against the shortlist of the
// campaign the workbench shows: every open finding, blocking ones first (docs/policy.md).
Result<policy::Policy> projectPolicy(const Workbench &workbench);
Result<QList<policy::Finding>> checkShortlist(const Workbench &workbench, const policy::Policy &policy);

} // namespace candor
