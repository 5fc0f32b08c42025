// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Post.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace candor::compliance {

// One brand-safety category (after GARM's Brand Safety Floor + Suitability Framework) and its words, every
// language's together: a word is matched as a whole word or phrase, ignoring case and hashtags.
struct BrandSafetyCategory
{
    QString id;
    QString name;
    QStringList terms; // lower case, as written in the list
};

// The editable table of categories and words (resources/data/brand-safety.json; docs/brand-safety.md).
struct BrandSafetyList
{
    QList<BrandSafetyCategory> categories;
    QString source;

    static BrandSafetyList builtIn();
    static std::optional<BrandSafetyList> fromJson(const QJsonObject &json);
};

// A post whose text says something a brand may not want beside it: the category, or the campaign's topic,
// and the words that matched.
struct ContentHit
{
    int post = 0;        // index in the posts given
    QString category;    // a category's name, or the campaign topic's own words
    QStringList words;   // as matched, in the text's lower case
};

// Matches post texts (a video's title and description, a caption) against the brand-safety list and against
// a campaign's topics. Values in, hits out.
class ContentMatcher
{
public:
    explicit ContentMatcher(BrandSafetyList list = BrandSafetyList::builtIn());
    const BrandSafetyList &list() const { return m_list; }

    // The text as matching reads it: lower case, words only, one space between, a space at both ends.
    static QString normalized(const Post &post);
    static QString normalizedText(const QString &text);
    // Which of `terms` occur in a normalized text as whole words or phrases.
    static QStringList termsIn(const QString &normalizedText, const QStringList &terms);

    // Each post's text normalized, once for all the matching of one account.
    static QStringList normalizedPosts(const QList<Post> &posts);

    // Every category hit in the posts (their normalizedPosts()), post by post.
    QList<ContentHit> risks(const QStringList &posts) const;
    // The posts (their normalizedPosts()) that mention `topic`: its own words, or the words of a category it
    // names ("alcohol" names "Illegal drugs, tobacco, e-cigarettes, vaping and alcohol").
    QList<ContentHit> mentions(const QStringList &posts, const QString &topic) const;
    // What a person looks at per post: the category hits, then the excluded topics; an excluded topic that finds
    // the same words as a category is said once, as "<category>; the brief excludes <topic>".
    QList<ContentHit> postHits(const QStringList &posts, const QStringList &excludedTopics) const;

private:
    BrandSafetyList m_list;
    // The list indexed once: each one-word term to its categories' (category, term) positions, so that a post is
    // read word by word instead of searched once per term; phrases of several words are searched for.
    QHash<QString, QList<std::pair<int, int>>> m_wordTerms;
    QList<std::pair<int, int>> m_phraseTerms;
};

} // namespace candor::compliance
