#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace candor {

enum class Platform
{
    Instagram,
    TikTok,
    YouTube
};

QString platformId(Platform platform);          // stable id stored in the project file
QString platformDisplayName(Platform platform); // what a user reads
std::optional<Platform> platformFromText(const QString &text);
QStringList platformIds();

} // namespace candor
