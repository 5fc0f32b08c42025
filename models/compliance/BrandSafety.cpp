// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BrandSafety.h"

#include "core/TextContexts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <vector>

namespace candor::compliance {

BrandSafetyList BrandSafetyList::builtIn()
{
    static const BrandSafetyList list = [] {
        QFile file(QStringLiteral(":/data/brand-safety.json"));
        if (!file.open(QIODevice::ReadOnly))
            return BrandSafetyList{};
        return fromJson(QJsonDocument::fromJson(file.readAll()).object()).value_or(BrandSafetyList{});
    }();
    return list;
}

std::optional<BrandSafetyList> BrandSafetyList::fromJson(const QJsonObject &json)
{
    const QJsonArray categories = json.value(QLatin1String("categories")).toArray();
    if (categories.isEmpty())
        return std::nullopt;
    BrandSafetyList list;
    list.source = json.value(QLatin1String("source")).toString();
    for (const QJsonValue &value : categories) {
        const QJsonObject c = value.toObject();
        BrandSafetyCategory category{c.value(QLatin1String("id")).toString(), c.value(QLatin1String("name")).toString(), {}};
        const QJsonObject byLanguage = c.value(QLatin1String("terms")).toObject();
        for (auto it = byLanguage.begin(); it != byLanguage.end(); ++it) {
            for (const QJsonValue &term : it.value().toArray()) {
                const QString t = ContentMatcher::normalizedText(term.toString())
                                      .trimmed();
                if (!t.isEmpty() && !category.terms.contains(t))
                    category.terms << t;
            }
        }
        if (category.id.isEmpty() || category.terms.isEmpty())
            return std::nullopt;
        list.categories << category;
    }
    return list;
}

ContentMatcher::ContentMatcher(BrandSafetyList list) : m_list(std::move(list))
{
    for (int c = 0; c < m_list.categories.size(); ++c) {
        const QStringList &terms = m_list.categories.at(c).terms;
        for (int t = 0; t < terms.size(); ++t) {
            if (terms.at(t).contains(QLatin1Char(' ')))
                m_phraseTerms.append({c, t});
            else
                m_wordTerms[terms.at(t)].append({c, t});
        }
    }
}

QString ContentMatcher::normalized(const Post &post)
{
    return normalizedText(post.title + QLatin1Char(' ') + post.caption);
}

QString ContentMatcher::normalizedText(const QString &raw)
{
    const QString text = raw.toLower();
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char(' ');
    for (const QChar ch : text) {
        const bool word = ch.isLetterOrNumber() || ch == QLatin1Char('\'');
        if (word)
            out += ch;
        else if (!out.endsWith(QLatin1Char(' ')))
            out += QLatin1Char(' ');
    }
    if (!out.endsWith(QLatin1Char(' ')))
        out += QLatin1Char(' ');
    return out;
}

QStringList ContentMatcher::termsIn(const QString &normalizedText, const QStringList &terms)
{
    QStringList found;
    for (const QString &term : terms) {
        if (normalizedText.contains(QLatin1Char(' ') + term + QLatin1Char(' ')))
            found << term;
    }
    return found;
}

QStringList ContentMatcher::normalizedPosts(const QList<Post> &posts)
{
    QStringList texts;
    texts.reserve(posts.size());
    for (const Post &p : posts)
        texts << normalized(p);
    return texts;
}

QList<ContentHit> ContentMatcher::risks(const QStringList &posts) const
{
    QList<ContentHit> hits;
    std::vector<std::pair<int, int>> found; // (category, term) in the post
    for (qsizetype i = 0; i < posts.size(); ++i) {
        const QString &text = posts.at(i);
        found.clear();
        for (const QStringView word : QStringView(text).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (const auto terms = m_wordTerms.constFind(word.toString()); terms != m_wordTerms.cend())
                found.insert(found.end(), terms->cbegin(), terms->cend());
        }
        for (const auto &[c, t] : m_phraseTerms) {
            if (text.contains(QLatin1Char(' ') + m_list.categories.at(c).terms.at(t) + QLatin1Char(' ')))
                found.emplace_back(c, t);
        }
        // A hit per category in the list's order, its words in the list's order, each once.
        std::sort(found.begin(), found.end());
        found.erase(std::unique(found.begin(), found.end()), found.end());
        for (auto it = found.cbegin(); it != found.cend();) {
            const int category = it->first;
            QStringList words;
            for (; it != found.cend() && it->first == category; ++it)
                words << m_list.categories.at(category).terms.at(it->second);
            hits << ContentHit{static_cast<int>(i), m_list.categories.at(category).name, words};
        }
    }
    return hits;
}

QList<ContentHit> ContentMatcher::mentions(const QStringList &posts, const QString &topic) const
{
    const QString wanted = normalizedText(topic)
                               .trimmed();
    if (wanted.isEmpty())
        return {};
    QStringList terms{wanted};
    QString named;
    for (const BrandSafetyCategory &c : m_list.categories) {
        if (c.id == wanted || normalizedText(c.name)
                                  .contains(QLatin1Char(' ') + wanted + QLatin1Char(' '))) {
            terms << c.terms;
            named = c.name;
        }
    }
    QList<ContentHit> hits;
    for (qsizetype i = 0; i < posts.size(); ++i) {
        if (const QStringList words = termsIn(posts.at(i), terms); !words.isEmpty())
            hits << ContentHit{static_cast<int>(i), topic, words};
    }
    return hits;
}

QList<ContentHit> ContentMatcher::postHits(const QStringList &posts, const QStringList &excludedTopics) const
{
    QList<ContentHit> hits = risks(posts);
    for (const QString &topic : excludedTopics) {
        const QString excluded = ComplianceText::tr("the brief excludes %1").arg(topic);
        for (ContentHit hit : mentions(posts, topic)) {
            const auto same = std::find_if(hits.begin(), hits.end(), [&](const ContentHit &h) {
                return h.post == hit.post && h.words == hit.words;
            });
            if (same != hits.end()) {
                same->category += QStringLiteral("; ") + excluded;
            } else {
                hit.category = excluded;
                hits << hit;
            }
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [](const ContentHit &a, const ContentHit &b) { return a.post < b.post; });
    return hits;
}

} // namespace candor::compliance
