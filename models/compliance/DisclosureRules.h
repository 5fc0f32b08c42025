// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace candor::compliance {

// What a label in a post says about a paid post, in a regulator's words.
enum class LabelStrength
{
    Accepted,    // a clear label ("#ad", "Advertisement", "Werbung")
    Insufficient // named by a regulator as not enough on its own ("#sp", "#collab", "thanks", "gifted")
};
QString labelStrengthKey(LabelStrength strength); // accepted, insufficient

// One row of the disclosure table: a tag or words, how a regulator rates it, and where that is written.
struct DisclosureTerm
{
    QString term;            // "#ad", "advertisement feature"; matched ignoring case, as a whole tag or words
    LabelStrength strength = LabelStrength::Accepted;
    bool standalone = false; // a common word that counts only where it stands as a label: at the start of the
                             // caption or of a line, in brackets, or before ":", "|" or a dash ("Ad | …", "[Anzeige]")
    QString jurisdiction;    // "US", "UK", "DE", …: whose rule this is
    QString source;          // the rule's short citation; docs/disclosure.md has the full references
};

// The editable table behind every disclosure verdict, with the two numbers of the "above the fold" rule.
struct DisclosureRules
{
    QList<DisclosureTerm> terms;
    // Instagram shows the first lines of a caption and cuts the rest behind "more"; the FTC asks for the
    // disclosure above that cut (2017 letters: "viewers typically see only the first three lines"). A label
    // that starts within the first `visibleCharacters` characters and the first `visibleLines` lines is seen.
    int visibleCharacters = 125;
    int visibleLines = 3;
    // A label inside a run of at least this many hashtags, after the first of them, is "buried in a string of
    // hashtags" (FTC, Disclosures 101).
    int hashtagPile = 3;
    // When a term has rows for several jurisdictions, the strictest of those in `markets` decides (all rows
    // when none is in it).
    QStringList markets;

    static DisclosureRules builtIn();

    QJsonArray termsToJson() const;
    static QList<DisclosureTerm> termsFromJson(const QJsonArray &array);
};

} // namespace candor::compliance
