#include "NewProject.h"

#include "ScoringStore.h"

#include <QFile>

namespace candor {

Result<std::unique_ptr<ProjectFile>> createUserProject(const QString &path, const QString &author)
{
    auto project = ProjectFile::create(path);
    if (!project)
        return project.error();
    if (auto installed = ScoringStore(**project).installBuiltIns(author); !installed) {
        project->reset();
        QFile::remove(path); // a half-made project is no use to anyone
        return installed.error();
    }
    return std::move(*project);
}

} // namespace candor
