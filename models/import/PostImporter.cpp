// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PostImporter.h"

#include "DataFile.h"
#include "ValueParser.h"
#include "core/TextContexts.h"
#include "domain/Creator.h"

#include <QHash>
#include <cmath>

namespace candor {
namespace {

enum class PostField
{
    Handle,
    Platform,
    Date,
    Permalink,
    Title,
    Caption,
    MediaType,
    Likes,
    Comments,
    Views,
    Shares,
    PaidFlag,
    Sponsored,
    AiLabel,
    AiInfo,
    MadeWithAi,
    UserAiMade
};

// Header names as the platforms' APIs and plain exports write them, lower case, letters and digits only.
const QHash<QString, PostField> &fieldOfName()
{
    static const QHash<QString, PostField> names = [] {
        QHash<QString, PostField> n;
        const auto add = [&n](PostField field, std::initializer_list<const char *> keys) {
            for (const char *key : keys)
                n.insert(QLatin1String(key), field);
        };
        add(PostField::Handle, {"handle", "username", "account", "ownerusername"});
        add(PostField::Platform, {"platform"});
        add(PostField::Date, {"timestamp", "date", "publishedat", "snippetpublishedat", "postedat", "createdtime",
                              "takenat"});
        add(PostField::Permalink, {"permalink", "url", "link", "posturl"});
        add(PostField::Title, {"title", "snippettitle"});
        add(PostField::Caption, {"caption", "text", "description", "snippetdescription", "body"});
        add(PostField::MediaType, {"mediatype", "type", "mediaproducttype"});
        add(PostField::Likes, {"likecount", "likes", "statisticslikecount"});
        add(PostField::Comments, {"commentscount", "commentcount", "comments", "statisticscommentcount"});
        add(PostField::Views, {"views", "viewcount", "statisticsviewcount", "videoviews", "plays", "playcount"});
        add(PostField::Shares, {"shares", "sharecount"});
        add(PostField::PaidFlag, {"ispaidpartnership", "paidpartnership", "brandedcontent",
                                  "paidproductplacementdetailshaspaidproductplacement", "haspaidproductplacement"});
        add(PostField::Sponsored, {"sponsored", "sponsoredbybrand", "usersponsored"});
        add(PostField::AiLabel, {"ailabel"});
        add(PostField::AiInfo, {"aiinfo"});
        add(PostField::MadeWithAi, {"madewithai"});
        add(PostField::UserAiMade, {"aimade", "useraimade"});
        return n;
    }();
    return names;
}

std::optional<bool> yesNo(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("false") || t == QLatin1String("0") || t == QLatin1String("no"))
        return false;
    if (t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("yes"))
        return true;
    return std::nullopt;
}

std::optional<MediaType> mediaTypeOf(const QString &text, Platform platform)
{
    const QString t = headerNameKey(text);
    if (t.isEmpty())
        return platform == Platform::Instagram ? MediaType::Image : MediaType::Video;
    if (t == QLatin1String("image") || t == QLatin1String("photo") || t == QLatin1String("feed"))
        return MediaType::Image;
    if (t == QLatin1String("video") || t == QLatin1String("reels") || t == QLatin1String("reel") ||
        t == QLatin1String("short") || t == QLatin1String("shorts"))
        return MediaType::Video;
    if (t == QLatin1String("carouselalbum") || t == QLatin1String("carousel") || t == QLatin1String("album"))
        return MediaType::Carousel;
    if (t == QLatin1String("story") || t == QLatin1String("stories"))
        return MediaType::Story;
    return std::nullopt;
}

} // namespace

Result<PreparedPostImport> PostImporter::prepare(const QString &path, const PostImportOptions &options)
{
    auto data = readDataFile(path, QStringLiteral("posts"), options.importedBy);
    if (!data)
        return data.error();
    PreparedPostImport prepared;
    prepared.batch = data->batch;
    const RawTable &table = data->table;
    const QHash<PostField, int> columns = columnsByHeader(table.headers, fieldOfName());
    if (!columns.contains(PostField::Date))
        return Error{
            path, ImportText::tr("has no column for the date of a post (timestamp, date, publishedAt)"), {}};
    if (!columns.contains(PostField::Handle) && options.handle.isEmpty())
        return Error{
            path,
            ImportText::tr("does not say whose posts these are: add a handle column or use --handle"),
            {}};
    if (!columns.contains(PostField::Platform) && !options.platform && !columns.contains(PostField::Permalink))
        return Error{
            path, ImportText::tr("does not say which platform the posts are on: use --platform"), {}};
    prepared.batch.platform = options.platform ? platformId(*options.platform) : ImportText::tr("per row");
    prepared.issues << rejectedRecords(table);
    prepared.recordsRead = static_cast<int>(table.records.size() + prepared.issues.size());

    for (const RawRecord &record : table.records) {
        ImportedPost row;
        row.line = record.line;
        row.rawRecord = record.text;
        bool rejected = false;
        const auto cell = [&](PostField f) { return record.cells.value(columns.value(f, -1)).trimmed(); };
        const auto reject = [&](PostField f, const QString &reason) {
            prepared.issues << RowIssue{record.line, table.headers.value(columns.value(f, -1)).simplified(),
                                        RowIssue::Severity::Rejected, reason, record.text};
            rejected = true;
        };
        row.handle = normalizedHandle(columns.contains(PostField::Handle) ? cell(PostField::Handle) : options.handle);
        if (row.handle.isEmpty())
            reject(PostField::Handle, ImportText::tr("the handle is empty"));
        if (const QString p = cell(PostField::Platform); !p.isEmpty()) {
            if (const auto platform = platformFromText(p))
                row.platform = *platform;
            else
                reject(PostField::Platform, ImportText::tr("unknown platform \"%1\"").arg(p.left(40)));
        } else if (options.platform) {
            row.platform = *options.platform;
        } else if (const auto fromLink = platformOfLink(cell(PostField::Permalink))) {
            row.platform = *fromLink;
        } else {
            reject(PostField::Platform,
                   ImportText::tr("neither a platform column nor the link says which platform "
                                  "the post is on; use --platform"));
        }
        Post &post = row.post;
        post.platform = row.platform;
        post.publishedAt = parseDateTime(cell(PostField::Date));
        if (!post.publishedAt.isValid())
            reject(PostField::Date,
                   ImportText::tr("\"%1\" is not a date such as 2024-05-01 or 2024-05-01T10:00:00Z")
                       .arg(cell(PostField::Date).left(40)));
        post.permalink = cell(PostField::Permalink);
        post.title = cell(PostField::Title);
        post.caption = record.cells.value(columns.value(PostField::Caption, -1)); // as written, line breaks kept
        if (const auto type = mediaTypeOf(cell(PostField::MediaType), row.platform))
            post.mediaType = *type;
        else
            reject(PostField::MediaType,
                   ImportText::tr("\"%1\" is not a media type (image, video, carousel, story)")
                       .arg(cell(PostField::MediaType).left(40)));
        for (const auto &[field, target] : {std::pair{PostField::Likes, &post.likes},
                                            std::pair{PostField::Comments, &post.comments},
                                            std::pair{PostField::Views, &post.views},
                                            std::pair{PostField::Shares, &post.shares}}) {
            const QString text = cell(field);
            if (text.isEmpty())
                continue;
            const ParsedNumber n = parseNumber(text, NumberFormat{});
            if (n.kind != ParsedNumber::Kind::Value || n.value < 0 || n.value > 1e13)
                reject(field, ImportText::tr("\"%1\" is not a count").arg(text.left(40)));
            else
                *target = std::llround(n.value);
        }
        const auto flag = [&](PostField f) {
            const auto value = yesNo(cell(f));
            if (!value)
                reject(f, ImportText::tr("\"%1\" is not true or false").arg(cell(f).left(40)));
            return value.value_or(false);
        };
        post.platformPaidFlag = flag(PostField::PaidFlag);
        post.userKnowsSponsored = flag(PostField::Sponsored);
        post.userSaysAiMade = flag(PostField::UserAiMade);
        if (flag(PostField::AiInfo))
            post.aiLabel = AiLabel::Platform;
        else if (flag(PostField::MadeWithAi))
            post.aiLabel = AiLabel::Creator;
        if (const QString label = cell(PostField::AiLabel).toLower(); !label.isEmpty() && label != QLatin1String("none")) {
            if (label == QLatin1String("creator"))
                post.aiLabel = AiLabel::Creator;
            else if (label == QLatin1String("platform"))
                post.aiLabel = AiLabel::Platform;
            else
                reject(PostField::AiLabel,
                       ImportText::tr("\"%1\" is not none, creator or platform").arg(label.left(40)));
        }
        if (!rejected)
            prepared.posts << row;
    }
    return prepared;
}

} // namespace candor
