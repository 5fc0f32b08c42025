// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NewProject.h"

#include "ScoringStore.h"


namespace candor {

Result<std::unique_ptr<ProjectFile>> createUserProject(const QString &path, const QString &author)
{
    return ProjectFile::create(path, [&author](const ProjectFile &project) {
        return ScoringStore(project).installBuiltIns(author);
    });
}

} // namespace candor
