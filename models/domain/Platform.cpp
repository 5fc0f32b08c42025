// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Platform.h"

#include "core/EnumTable.h"
#include "core/TextContexts.h"

#include <QList>

namespace candor {
namespace {

struct PlatformInfo
{
    Platform platform;
    const char *id;
    const char *displayName;
    QStringList aliases; // what exports write instead of the id
    int minHandle;
    int maxHandle;
    const char *handlePunctuation; // allowed besides ASCII letters and digits
};

const QList<PlatformInfo> &platformTable()
{
    static const QList<PlatformInfo> table = {
        // Instagram Help Center, "Username requirements": up to 30 letters, numbers, periods and underscores.
        {Platform::Instagram, "instagram", "Instagram", {QStringLiteral("ig"), QStringLiteral("insta")}, 1, 30, "._"},
        // TikTok Help Center, "Changing your username": 2 to 24 characters, letters, numbers, underscores, periods.
        {Platform::TikTok, "tiktok", "TikTok", {QStringLiteral("tik tok"), QStringLiteral("tt")}, 2, 24, "._"},
        // YouTube Help, "Handle guidelines": 3 to 30 characters, letters, numbers, underscores, hyphens, periods.
        {Platform::YouTube, "youtube", "YouTube", {QStringLiteral("yt")}, 3, 30, "_-."},
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

std::optional<QString> handleProblem(Platform platform, const QString &handle)
{
    const PlatformInfo &info = infoOf(platform);
    for (const QChar c : handle) {
        const char16_t u = c.unicode();
        if (u == u' ')
            return DomainText::tr("a handle has no spaces (this looks like a name)");
        if (u == u'\n' || u == u'\r')
            return DomainText::tr("a handle has no line breaks");
        if (u < 0x20 || (u >= 0x7F && u <= 0x9F))
            return DomainText::tr("a handle has no control characters");
        if (u == 0x061C || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
            return DomainText::tr(
                "a handle has no bidirectional controls (they can make text read backwards)");
        if (u == u'"' || u == u'\'' || u == u'<' || u == u'>')
            return DomainText::tr("a handle has no quotes or angle brackets");
    }
    const QString allowed = QString::fromLatin1(info.handlePunctuation);
    for (const QChar c : handle) {
        // Letters of any script: creators write handles in their own alphabets.
        if (!c.isLetterOrNumber() && !c.isMark() && !allowed.contains(c))
            return DomainText::tr(
                       "a %1 handle holds only letters, digits and \"%2\"; \"%3\" is not one of them")
                .arg(QString::fromLatin1(info.displayName), allowed, QString(c));
    }
    if (handle.size() < info.minHandle || handle.size() > info.maxHandle)
        return DomainText::tr("a %1 handle has %2 to %3 characters, this one %4")
            .arg(QString::fromLatin1(info.displayName))
            .arg(info.minHandle)
            .arg(info.maxHandle)
            .arg(handle.size());
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
