// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace candor::authenticity {

// The editable lists of words stock comments are made of (resources/data/generic-comments.json).
struct GenericCommentWords
{
    QSet<QString> words; // lower case, every language's together
    int maxWords = 5;    // a longer comment is never generic
    QString source;

    static const GenericCommentWords &builtIn();
    static std::optional<GenericCommentWords> fromJson(const QJsonObject &json);
};

// An account's comments counted: those with no words or only stock words ("nice pic 🔥"), those that repeat an
// earlier comment word for word, and the text repeated most, as evidence.
struct CommentTally
{
    int read = 0;
    int generic = 0;
    int repeated = 0; // not generic, and written before under the account's posts
    QString mostRepeated; // as first written
    int mostRepeatedTimes = 0; // 0 when no text comes twice

    int flagged() const { return generic + repeated; }
};
CommentTally tallyComments(const QStringList &texts, const GenericCommentWords &words = GenericCommentWords::builtIn());

} // namespace candor::authenticity
