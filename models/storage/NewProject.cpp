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
