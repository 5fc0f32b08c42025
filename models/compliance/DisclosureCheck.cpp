// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DisclosureCheck.h"

#include "core/TextContexts.h"

#include <QHash>
#include <algorithm>

namespace candor::compliance {
namespace {

const QString kAiActSource = QStringLiteral("EU AI Act (Regulation (EU) 2024/1689), Art. 50");

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(text);
}

QString ordinal(int n)
{
    const int lastTwo = n % 100;
    const int last = n % 10;
    // Each English ending is its own message: other languages write every ordinal their own way ("3.").
    const QString form = (lastTwo >= 11 && lastTwo <= 13) ? ComplianceText::tr("%1th", "ordinal")
                         : last == 1                      ? ComplianceText::tr("%1st", "ordinal")
                         : last == 2                      ? ComplianceText::tr("%1nd", "ordinal")
                         : last == 3                      ? ComplianceText::tr("%1rd", "ordinal")
                                                          : ComplianceText::tr("%1th", "ordinal");
    return form.arg(n);
}

bool isDash(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2013) || c == QChar(0x2014);
}

} // namespace

namespace {

const char *verdictWords(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Compliant:
        return QT_TRANSLATE_NOOP("ComplianceText", "compliant");
    case Verdict::Warning:
        return QT_TRANSLATE_NOOP("ComplianceText", "warning");
    case Verdict::Violation:
        break;
    }
    return QT_TRANSLATE_NOOP("ComplianceText", "violation");
}

} // namespace

QString verdictKey(Verdict verdict)
{
    return QString::fromLatin1(verdictWords(verdict));
}

QString verdictLabel(Verdict verdict)
{
    return ComplianceText::tr(verdictWords(verdict));
}

DisclosureChecker::DisclosureChecker(DisclosureRules rules) : m_rules(std::move(rules))
{
    // One pattern per term; of its rows, those of the markets decide (all rows when none is of a market), and
    // the strictest of them wins.
    QList<QString> order;
    QHash<QString, QList<DisclosureTerm>> rowsOf;
    for (const DisclosureTerm &row : std::as_const(m_rules.terms)) {
        const QString key = row.term.toCaseFolded().simplified();
        if (!rowsOf.contains(key))
            order << key;
        rowsOf[key] << row;
    }
    for (const QString &key : std::as_const(order)) {
        QList<DisclosureTerm> rows = rowsOf.value(key);
        QList<DisclosureTerm> applicable;
        for (const DisclosureTerm &row : std::as_const(rows)) {
            if (m_rules.markets.contains(row.jurisdiction, Qt::CaseInsensitive))
                applicable << row;
        }
        if (applicable.isEmpty())
            applicable = rows;
        const auto weakest = std::find_if(applicable.cbegin(), applicable.cend(), [](const DisclosureTerm &row) {
            return row.strength == LabelStrength::Insufficient;
        });
        const DisclosureTerm deciding = weakest != applicable.cend() ? *weakest : applicable.constFirst();
        QStringList words = deciding.term.simplified().split(QLatin1Char(' '));
        for (QString &word : words)
            word = QRegularExpression::escape(word);
        const QString pattern = QStringLiteral("(?<![\\w#@])") + words.join(QStringLiteral("\\s+")) +
                                QStringLiteral("(?!\\w)");
        m_patterns << Pattern{QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption |
                                                              QRegularExpression::UseUnicodePropertiesOption),
                              deciding};
    }
}

bool DisclosureChecker::standsAsLabel(const QString &text, qsizetype start, qsizetype end) const
{
    // Before it on its line: nothing, or an opening bracket or a bar.
    qsizetype before = start - 1;
    while (before >= 0 && text.at(before).isSpace() && text.at(before) != QLatin1Char('\n'))
        --before;
    if (before < 0 || text.at(before) == QLatin1Char('\n') || text.at(before) == QLatin1Char('[') ||
        text.at(before) == QLatin1Char('(') || text.at(before) == QLatin1Char('|'))
        return true;
    // After it: the end of the line, a colon, a bar, a dash or a closing bracket.
    qsizetype after = end;
    while (after < text.size() && text.at(after).isSpace() && text.at(after) != QLatin1Char('\n'))
        ++after;
    if (after >= text.size() || text.at(after) == QLatin1Char('\n'))
        return true;
    const QChar next = text.at(after);
    return next == QLatin1Char(':') || next == QLatin1Char('|') || next == QLatin1Char(']') ||
           next == QLatin1Char(')') || isDash(next);
}

void DisclosureChecker::placeInPile(const QString &text, LabelMatch &match) const
{
    if (!match.text.startsWith(QLatin1Char('#')))
        return;
    // The words around the label, as far as they are hashtags (or @mentions, which pile up the same way).
    const auto isTag = [](QStringView word) {
        return word.startsWith(QLatin1Char('#')) || word.startsWith(QLatin1Char('@'));
    };
    QList<QStringView> before;
    qsizetype pos = match.position;
    for (;;) {
        qsizetype end = pos;
        while (end > 0 && text.at(end - 1).isSpace())
            --end;
        qsizetype start = end;
        while (start > 0 && !text.at(start - 1).isSpace())
            --start;
        if (start == end || !isTag(QStringView(text).mid(start, end - start)))
            break;
        before << QStringView(text).mid(start, end - start);
        pos = start;
    }
    int after = 0;
    pos = match.position + match.text.size();
    for (;;) {
        while (pos < text.size() && !text.at(pos).isSpace())
            ++pos; // the rest of the label's own word
        qsizetype start = pos;
        while (start < text.size() && text.at(start).isSpace())
            ++start;
        qsizetype end = start;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        if (start == end || !isTag(QStringView(text).mid(start, end - start)))
            break;
        ++after;
        pos = end;
    }
    match.pileSize = static_cast<int>(before.size()) + 1 + after;
    match.placeInPile = static_cast<int>(before.size()) + 1;
    match.buried = match.pileSize >= m_rules.hashtagPile && match.placeInPile > 1;
}

QList<LabelMatch> DisclosureChecker::labels(const QString &text) const
{
    QList<LabelMatch> found;
    for (const Pattern &p : m_patterns) {
        for (auto it = p.expression.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (p.row.standalone && !standsAsLabel(text, m.capturedStart(), m.capturedEnd()))
                continue;
            LabelMatch match;
            match.term = p.row;
            match.text = m.captured();
            match.position = m.capturedStart();
            const auto lineBreaks = text.left(match.position).count(QLatin1Char('\n'));
            match.visible = match.position < m_rules.visibleCharacters && lineBreaks < m_rules.visibleLines;
            placeInPile(text, match);
            found << match;
        }
    }
    // Longest first where two start together; a label inside a longer one of the same strength says nothing
    // more ("advertisement" inside "advertisement feature"), but one of another strength is kept: "Sponsored"
    // is clear to the FTC where "sponsored by" is the ASA's weak wording.
    std::sort(found.begin(), found.end(), [](const LabelMatch &a, const LabelMatch &b) {
        return a.position != b.position ? a.position < b.position : a.text.size() > b.text.size();
    });
    QList<LabelMatch> kept;
    for (const LabelMatch &match : std::as_const(found)) {
        const bool inside = std::any_of(kept.cbegin(), kept.cend(), [&](const LabelMatch &longer) {
            return longer.term.strength == match.term.strength && match.position >= longer.position &&
                   match.position + match.text.size() <= longer.position + longer.text.size();
        });
        if (!inside)
            kept << match;
    }
    return kept;
}

std::optional<Finding> DisclosureChecker::checkDisclosure(const Post &post) const
{
    if (!post.isSponsored())
        return std::nullopt;
    QList<LabelMatch> found;
    if (post.platform == Platform::YouTube) {
        for (LabelMatch match : labels(post.title)) {
            match.inTitle = true;
            match.visible = true; // a title is always seen whole
            found << match;
        }
    }
    found << labels(post.caption);
    const auto first = [&](auto predicate) -> std::optional<LabelMatch> {
        const auto it = std::find_if(found.cbegin(), found.cend(), predicate);
        return it == found.cend() ? std::nullopt : std::optional<LabelMatch>(*it);
    };
    const auto accepted = [](const LabelMatch &m) { return m.term.strength == LabelStrength::Accepted; };
    const QString where = post.platform == Platform::YouTube ? ComplianceText::tr("description")
                                                             : ComplianceText::tr("caption");
    const auto characterOf = [](const LabelMatch &m) {
        return m.inTitle ? ComplianceText::tr("in the title")
                         : ComplianceText::tr("at character %1").arg(m.position + 1);
    };

    if (const auto clear = first([&](const LabelMatch &m) { return accepted(m) && m.visible && !m.buried; })) {
        if (post.platform == Platform::YouTube && !clear->inTitle && !post.platformPaidFlag)
            return Finding{
                Verdict::Warning, QStringLiteral("video-description-only"),
                ComplianceText::tr("%1 is only in the description; a video should say it in the video "
                                   "itself (or use YouTube's paid-promotion label), where viewers see it.")
                    .arg(quoted(clear->text)),
                clear, ComplianceText::tr("FTC, Disclosures 101 for Social Media Influencers (2019)")};
        return Finding{Verdict::Compliant, QStringLiteral("labelled-upfront"),
                       ComplianceText::tr("Labelled %1 %2, before the %3 is cut off: seen by every viewer.")
                           .arg(quoted(clear->text), characterOf(*clear), where),
                       clear, clear->term.source};
    }
    if (const auto buried = first([&](const LabelMatch &m) { return accepted(m) && m.visible; }))
        return Finding{
            Verdict::Warning, QStringLiteral("label-buried"),
            ComplianceText::tr("%1 is the %2 of %3 hashtags in a row: buried in a string of hashtags, where "
                               "viewers skip it. Put it first, or write \"Ad\" at the start.")
                .arg(quoted(buried->text), ordinal(buried->placeInPile), QString::number(buried->pileSize)),
            buried, ComplianceText::tr("FTC, Disclosures 101 for Social Media Influencers (2019)")};
    const auto hidden = first(accepted);
    const auto weak = first([](const LabelMatch &m) { return m.term.strength == LabelStrength::Insufficient; });
    if (post.platformPaidFlag)
        return Finding{
            Verdict::Warning, QStringLiteral("platform-label-only"),
            ComplianceText::tr("Only the platform's paid-partnership label%1; the FTC does not count it as "
                               "enough on its own. Write \"Ad\" at the start of the %2.")
                .arg(hidden ? ComplianceText::tr(" is seen (%1 comes after the cut-off)")
                                  .arg(quoted(hidden->text))
                     : weak
                         ? ComplianceText::tr(" and %1, which is not a clear label").arg(quoted(weak->text))
                         : QString(),
                     where),
            hidden ? hidden : weak,
            ComplianceText::tr("FTC, Disclosures 101 for Social Media Influencers (2019)")};
    if (hidden)
        return Finding{
            Verdict::Violation, QStringLiteral("label-below-fold"),
            ComplianceText::tr("%1 starts at character %2, after the first %3 characters (or %4 lines) that "
                               "show before \"more\": most viewers never see it.")
                .arg(quoted(hidden->text))
                .arg(hidden->position + 1)
                .arg(m_rules.visibleCharacters)
                .arg(m_rules.visibleLines),
            hidden, ComplianceText::tr("FTC, letters to influencers (April 2017); Disclosures 101 (2019)")};
    if (weak)
        return Finding{
            Verdict::Violation, QStringLiteral("weak-label-only"),
            ComplianceText::tr("The only label is %1, which the %2 rules name as not clear enough on its own."
                               " Write \"Ad\" at the start.")
                .arg(quoted(weak->text), weak->term.jurisdiction),
            weak, weak->term.source};
    return Finding{Verdict::Violation, QStringLiteral("no-label"),
                   ComplianceText::tr("A sponsored post without any label that it is an ad."), std::nullopt,
                   ComplianceText::tr("FTC, 16 CFR 255.5; UK CAP Code 2.1; EU UCPD Annex I point 11")};
}

std::optional<Finding> DisclosureChecker::checkAiLabel(const Post &post) const
{
    if (!post.userSaysAiMade || post.aiLabel != AiLabel::None)
        return std::nullopt;
    return Finding{Verdict::Warning, QStringLiteral("ai-unlabelled"),
                   ComplianceText::tr(
                       "Marked as made with AI, but the post carries no AI label; images and video made or "
                       "altered with AI that look real must say so."),
                   std::nullopt, kAiActSource};
}

} // namespace candor::compliance
