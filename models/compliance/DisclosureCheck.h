// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "DisclosureRules.h"
#include "domain/Post.h"

#include <QList>
#include <QRegularExpression>
#include <optional>

namespace candor::compliance {

enum class Verdict
{
    Compliant,
    Warning,
    Violation
};
QString verdictKey(Verdict verdict);   // compliant, warning, violation
QString verdictLabel(Verdict verdict); // the same in the user's language

// A label found in a post's text.
struct LabelMatch
{
    DisclosureTerm term;          // the row that rates it (the strictest for the markets)
    QString text;                 // as written in the post
    qsizetype position = 0;       // 0-based, in the text it was found in
    bool inTitle = false;         // in a video's title rather than its description
    bool visible = false;         // starts before the "more" cut-off
    int pileSize = 0;             // hashtags in the run it stands in (a hashtag label only)
    int placeInPile = 0;          // 1-based
    bool buried = false;          // in a run of hashtags, after the first
};

// The verdict on one post and the rule that decided it, in a sentence a user can act on.
struct Finding
{
    Verdict verdict = Verdict::Violation;
    QString rule;     // labelled-upfront, video-description-only, label-buried, platform-label-only,
                      // label-below-fold, weak-label-only, no-label; ai-unlabelled
    QString sentence;
    std::optional<LabelMatch> label; // the label the sentence is about
    QString source;
};

// Applies a disclosure table to posts. Values in, verdicts out: no storage, no widgets.
class DisclosureChecker
{
public:
    explicit DisclosureChecker(DisclosureRules rules = DisclosureRules::builtIn());

    const DisclosureRules &rules() const { return m_rules; }
    // Every label in `text`, in the order they appear.
    QList<LabelMatch> labels(const QString &text) const;
    // Only posts known to be sponsored (the platform's flag or the user) are judged.
    std::optional<Finding> checkDisclosure(const Post &post) const;
    // A post the user judges made with AI that carries no AI label (EU AI Act, Art. 50).
    std::optional<Finding> checkAiLabel(const Post &post) const;

private:
    struct Pattern
    {
        QRegularExpression expression;
        DisclosureTerm row; // the deciding row
    };
    bool standsAsLabel(const QString &text, qsizetype start, qsizetype end) const;
    void placeInPile(const QString &text, LabelMatch &match) const;

    DisclosureRules m_rules;
    QList<Pattern> m_patterns;
};

} // namespace candor::compliance
