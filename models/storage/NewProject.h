// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectFile.h"
#include "core/Error.h"

#include <memory>

namespace candor {

// A new, empty project for a user's own data (File › New, `candor new`): the file, the built-in scoring
// models and the sourced engagement benchmarks, so that a first campaign ranks at once.
Result<std::unique_ptr<ProjectFile>> createUserProject(const QString &path, const QString &author);

} // namespace candor
