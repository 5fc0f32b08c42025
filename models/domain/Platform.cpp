#include "Platform.h"

namespace candor {

QString platformId(Platform platform)
{
    switch (platform) {
    case Platform::Instagram:
        return QStringLiteral("instagram");
    case Platform::TikTok:
        return QStringLiteral("tiktok");
    case Platform::YouTube:
        return QStringLiteral("youtube");
    }
    return {};
}

QString platformDisplayName(Platform platform)
{
    switch (platform) {
    case Platform::Instagram:
        return QStringLiteral("Instagram");
    case Platform::TikTok:
        return QStringLiteral("TikTok");
    case Platform::YouTube:
        return QStringLiteral("YouTube");
    }
    return {};
}

std::optional<Platform> platformFromText(const QString &text)
{
    const QString key = text.trimmed().toLower();
    for (Platform p : {Platform::Instagram, Platform::TikTok, Platform::YouTube}) {
        if (key == platformId(p))
            return p;
    }
    if (key == QLatin1String("ig") || key == QLatin1String("insta"))
        return Platform::Instagram;
    if (key == QLatin1String("yt"))
        return Platform::YouTube;
    if (key == QLatin1String("tik tok") || key == QLatin1String("tt"))
        return Platform::TikTok;
    return std::nullopt;
}

QStringList platformIds()
{
    return {platformId(Platform::Instagram), platformId(Platform::TikTok), platformId(Platform::YouTube)};
}

} // namespace candor
