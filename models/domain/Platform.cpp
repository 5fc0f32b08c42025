#include "Platform.h"

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
    for (const PlatformInfo &info : platformTable()) {
        if (info.platform == platform)
            return info;
    }
    Q_UNREACHABLE();
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
    for (const PlatformInfo &info : platformTable()) {
        if (key == QLatin1String(info.id) || info.aliases.contains(key))
            return info.platform;
    }
    return std::nullopt;
}

QStringList platformIds()
{
    QStringList ids;
    for (const PlatformInfo &info : platformTable())
        ids << QString::fromLatin1(info.id);
    return ids;
}

} // namespace candor
