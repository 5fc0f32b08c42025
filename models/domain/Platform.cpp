#include "Platform.h"

#include "core/EnumTable.h"

#include <QList>

namespace candor {
namespace {

struct PlatformInfo
{
    Platform platform;
    const char *id;
    const char *displayName;
    QStringList aliases; // what exports write instead of the id
};

const QList<PlatformInfo> &platformTable()
{
    static const QList<PlatformInfo> table = {
        {Platform::Instagram, "instagram", "Instagram", {QStringLiteral("ig"), QStringLiteral("insta")}},
        {Platform::TikTok, "tiktok", "TikTok", {QStringLiteral("tik tok"), QStringLiteral("tt")}},
        {Platform::YouTube, "youtube", "YouTube", {QStringLiteral("yt")}},
    };
    return table;
}

const PlatformInfo &infoOf(Platform platform)
{
    return rowOf(platformTable(), &PlatformInfo::platform, platform);
}

} // namespace

QString platformId(Platform platform)
{
    return QString::fromLatin1(infoOf(platform).id);
}

QString platformDisplayName(Platform platform)
{
    return QString::fromLatin1(infoOf(platform).displayName);
}

std::optional<Platform> platformFromText(const QString &text)
{
    const QString key = text.trimmed().toLower();
    const PlatformInfo *info = findRow(platformTable(), [&key](const PlatformInfo &row) {
        return key == QLatin1String(row.id) || row.aliases.contains(key);
    });
    return info ? std::optional<Platform>(info->platform) : std::nullopt;
}

QStringList platformIds()
{
    QStringList ids;
    for (const PlatformInfo &info : platformTable())
        ids << QString::fromLatin1(info.id);
    return ids;
}

} // namespace candor
