// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CommentQuality.h"

#include "compliance/BrandSafety.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace candor::authenticity {

const GenericCommentWords &GenericCommentWords::builtIn()
{
    static const GenericCommentWords list = [] {
        QFile file(QStringLiteral(":/data/generic-comments.json"));
        if (!file.open(QIODevice::ReadOnly))
            return GenericCommentWords{};
        return fromJson(QJsonDocument::fromJson(file.readAll()).object()).value_or(GenericCommentWords{});
    }();
    return list;
}

std::optional<GenericCommentWords> GenericCommentWords::fromJson(const QJsonObject &json)
{
    GenericCommentWords list;
    list.source = json.value(QLatin1String("source")).toString();
    list.maxWords = json.value(QLatin1String("max_words")).toInt(list.maxWords);
    const QJsonObject byLanguage = json.value(QLatin1String("words")).toObject();
    for (auto it = byLanguage.begin(); it != byLanguage.end(); ++it) {
        for (const QJsonValue &word : it.value().toArray()) {
            const QString w = compliance::ContentMatcher::normalizedText(word.toString()).trimmed();
            if (!w.isEmpty() && !w.contains(QLatin1Char(' ')))
                list.words.insert(w);
        }
    }
    if (list.words.isEmpty() || list.maxWords < 1)
        return std::nullopt;
    return list;
}

CommentTally tallyComments(const QStringList &texts, const GenericCommentWords &list)
{
    CommentTally tally;
    // Each text as matching reads it (words only, lower case), with how often it came and how it was first
    // written; a text of emoji only is kept as written, so "🔥🔥🔥" and "😍" stay apart.
    QHash<QString, std::pair<int, QString>> seen;
    for (const QString &text : texts) {
        ++tally.read;
        const QString words = compliance::ContentMatcher::normalizedText(text).trimmed();
        const QStringList parts = words.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const bool generic = parts.size() <= list.maxWords &&
                             std::all_of(parts.cbegin(), parts.cend(), [&](const QString &w) { return list.words.contains(w); });
        auto &[times, firstWritten] = seen[words.isEmpty() ? text.simplified() : words];
        ++times;
        if (times == 1)
            firstWritten = text.simplified();
        if (generic)
            ++tally.generic;
        else if (times > 1)
            ++tally.repeated;
        if (times > tally.mostRepeatedTimes && times > 1) {
            tally.mostRepeatedTimes = times;
            tally.mostRepeated = firstWritten;
        }
    }
    return tally;
}

} // namespace candor::authenticity
