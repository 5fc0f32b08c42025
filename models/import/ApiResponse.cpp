// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ApiResponse.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace candor {
namespace {

void flatten(const QJsonObject &object, const QString &prefix, QStringList &headers, QHash<QString, QString> &cells)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = prefix + it.key();
        if (it->isObject()) {
            flatten(it->toObject(), key + QLatin1Char('.'), headers, cells);
            continue;
        }
        if (it->isArray())
            continue; // tags, thumbnails, replies: nothing an import reads
        if (!headers.contains(key))
            headers << key;
        cells.insert(key, it->isBool() ? (it->toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                       : it->toVariant().toString());
    }
}

// The video a YouTube item is about: a video's own id, a comment thread's snippet.videoId.
QString youTubeVideoId(const QJsonObject &item)
{
    const QString kind = item.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("youtube#video"))
        return item.value(QLatin1String("id")).toString();
    if (kind == QLatin1String("youtube#commentThread"))
        return item.value(QLatin1String("snippet")).toObject().value(QLatin1String("videoId")).toString();
    return {};
}

} // namespace

std::optional<RawTable> apiResponseTable(const QString &text)
{
    const QString start = text.trimmed().left(1);
    if (start != QLatin1String("{") && start != QLatin1String("["))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    QJsonArray items;
    if (doc.isObject()) {
        const QJsonObject root = doc.object();
        items = root.value(QLatin1String("data")).isArray() ? root.value(QLatin1String("data")).toArray()
                                                             : root.value(QLatin1String("items")).toArray();
        if (items.isEmpty())
            return std::nullopt;
    } else if (doc.isArray()) {
        items = doc.array();
        const bool nested = std::any_of(items.cbegin(), items.cend(), [](const QJsonValue &item) {
            const QJsonObject o = item.toObject();
            return std::any_of(o.constBegin(), o.constEnd(), [](const QJsonValue &v) { return v.isObject(); });
        });
        if (!nested)
            return std::nullopt; // a flat array: the JSON reader gives each row its line
    } else {
        return std::nullopt;
    }
    RawTable table;
    QList<QHash<QString, QString>> rows;
    for (const QJsonValue &item : std::as_const(items)) {
        QJsonObject o = item.toObject();
        if (const QString video = youTubeVideoId(o); !video.isEmpty() && !o.contains(QLatin1String("permalink")))
            o.insert(QStringLiteral("permalink"), QStringLiteral("https://www.youtube.com/watch?v=") + video);
        QHash<QString, QString> cells;
        flatten(o, {}, table.headers, cells);
        rows << cells;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        RawRecord record;
        record.line = static_cast<int>(i + 1);
        for (const QString &header : std::as_const(table.headers))
            record.cells << rows.at(i).value(header);
        record.text = QString::fromUtf8(QJsonDocument(items.at(i).toObject()).toJson(QJsonDocument::Compact));
        table.records << record;
    }
    return table;
}


} // namespace candor
