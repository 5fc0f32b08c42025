// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FollowerSampleImporter.h"

#include "DataFile.h"
#include "ValueParser.h"
#include "core/TextContexts.h"

#include <QHash>
#include <cmath>

namespace candor {
namespace {

enum class Column
{
    Username,
    Posts,
    Following,
    Followers,
    Picture,
    Private,
    Label
};

// Header names as exports write them, lower case with everything but letters and digits taken out.
const QHash<QString, Column> &columnOfName()
{
    static const QHash<QString, Column> names = {
        {QStringLiteral("username"), Column::Username},     {QStringLiteral("handle"), Column::Username},
        {QStringLiteral("user"), Column::Username},         {QStringLiteral("account"), Column::Username},
        {QStringLiteral("numberofposts"), Column::Posts},   {QStringLiteral("posts"), Column::Posts},
        {QStringLiteral("mediacount"), Column::Posts},      {QStringLiteral("postcount"), Column::Posts},
        {QStringLiteral("numberofpeopletheyfollow"), Column::Following},
        {QStringLiteral("following"), Column::Following},   {QStringLiteral("followscount"), Column::Following},
        {QStringLiteral("followingcount"), Column::Following},
        {QStringLiteral("numberoffollowers"), Column::Followers},
        {QStringLiteral("followers"), Column::Followers},   {QStringLiteral("followerscount"), Column::Followers},
        {QStringLiteral("followercount"), Column::Followers},
        {QStringLiteral("hasprofilepicture"), Column::Picture},
        {QStringLiteral("hasprofilepic"), Column::Picture}, {QStringLiteral("profilepicture"), Column::Picture},
        {QStringLiteral("privateaccount"), Column::Private}, {QStringLiteral("isprivate"), Column::Private},
        {QStringLiteral("private"), Column::Private},        {QStringLiteral("rating"), Column::Label},
        {QStringLiteral("fake"), Column::Label},            {QStringLiteral("isfake"), Column::Label},
        {QStringLiteral("label"), Column::Label},
    };
    return names;
}

std::optional<bool> yesNo(const QString &text, bool labels)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("yes") ||
        (labels && t == QLatin1String("fake")))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("0") || t == QLatin1String("no") ||
        (labels && t == QLatin1String("real")))
        return false;
    return std::nullopt;
}

} // namespace

Result<FollowerSample> FollowerSampleImporter::read(const QString &path)
{
    auto data = readDataFile(path, QStringLiteral("followers"), {});
    if (!data)
        return data.error();
    FollowerSample sample;
    sample.batch = data->batch;
    const RawTable &table = data->table;
    const QHash<Column, int> columns = columnsByHeader(table.headers, columnOfName());
    for (const auto &[column, name] : {std::pair{Column::Posts, "posts"}, std::pair{Column::Following, "following"},
                                       std::pair{Column::Followers, "followers"}}) {
        if (!columns.contains(column))
            return Error{path,
                         ImportText::tr("has no column for %1 (a follower sample has posts, following and "
                                        "followers per follower; see docs/authenticity.md)")
                             .arg(QLatin1String(name)),
                         {}};
    }
    sample.hasLabels = columns.contains(Column::Label);
    sample.hasPictures = columns.contains(Column::Picture);
    if (!sample.hasPictures)
        sample.batch.notices << ImportText::tr(
            "No profile-picture column: the rule on missing pictures is not "
            "applied.");
    sample.issues << rejectedRecords(table);
    sample.recordsRead = static_cast<int>(table.records.size() + sample.issues.size());
    for (const RawRecord &record : table.records) {
        FollowerProfile p;
        p.line = record.line;
        bool rejected = false;
        const auto cell = [&](Column c) { return record.cells.value(columns.value(c, -1)).trimmed(); };
        const auto reject = [&](Column c, const QString &reason) {
            sample.issues << RowIssue{record.line, table.headers.value(columns.value(c)).simplified(),
                                      RowIssue::Severity::Rejected, reason, record.text};
            rejected = true;
        };
        const auto count = [&](Column c, qint64 &target) {
            const ParsedNumber n = parseNumber(cell(c), NumberFormat{});
            if (n.kind != ParsedNumber::Kind::Value || n.value < 0 || n.value > 1e12 ||
                std::abs(n.value - std::round(n.value)) > 1e-6)
                reject(c, ImportText::tr("\"%1\" is not a count").arg(cell(c).left(40)));
            else
                target = static_cast<qint64>(std::llround(n.value));
        };
        p.username = cell(Column::Username);
        count(Column::Posts, p.posts);
        count(Column::Following, p.following);
        count(Column::Followers, p.followers);
        const auto flag = [&](Column c, bool labels) -> std::optional<bool> {
            if (!columns.contains(c))
                return std::nullopt;
            const auto value = yesNo(cell(c), labels);
            if (!value)
                reject(c, ImportText::tr("\"%1\" is not %2")
                              .arg(cell(c).left(40), labels ? ImportText::tr("fake or real (TRUE/FALSE)")
                                                            : ImportText::tr("TRUE or FALSE")));
            return value;
        };
        p.hasProfilePicture = flag(Column::Picture, false).value_or(true);
        p.isPrivate = flag(Column::Private, false).value_or(false);
        p.labelledFake = flag(Column::Label, true);
        if (!rejected)
            sample.profiles << p;
    }
    return sample;
}

} // namespace candor
