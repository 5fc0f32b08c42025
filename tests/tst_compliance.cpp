// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "compliance/BrandSafety.h"
#include "compliance/DisclosureCheck.h"

#include <QTest>

using namespace candor;
using namespace candor::compliance;

class TestCompliance : public QObject
{
    Q_OBJECT
private slots:
    void disclosure_data();
    void disclosure();
    void sentencesNameTheRuleAndPlace();
    void aiLabel();
    void rulesRoundTripAsJson();
    void brandSafetyHits_data();
    void brandSafetyHits();
    void excludedTopicNamesACategory();
};

namespace {

Post sponsoredPost(const QString &caption)
{
    Post post;
    post.caption = caption;
    post.userKnowsSponsored = true;
    return post;
}

// Filler words, then the label, so that the label starts at `character` (1-based, as the sentences count).
QString captionWithLabelAt(qsizetype character, const QString &label)
{
    QString text;
    while (text.size() < character - 2)
        text += QStringLiteral("word ");
    text.truncate(character - 2);
    text += QLatin1Char(' ') + label + QStringLiteral(" and the rest of a long caption about the product");
    return text;
}

} // namespace

// Over fifty captions: labels that count and labels that do not, other languages, upper case, the cut-off
// before "more", hashtag piles, platform flags, titles of videos, words that only look like labels.
void TestCompliance::disclosure_data()
{
    QTest::addColumn<int>("platform");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("caption");
    QTest::addColumn<bool>("platformFlag");
    QTest::addColumn<bool>("userSponsored");
    QTest::addColumn<QStringList>("markets");
    QTest::addColumn<QString>("verdict"); // "none" when the post is not judged
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("label");   // the label the verdict names, as written

    const int ig = static_cast<int>(Platform::Instagram);
    const int yt = static_cast<int>(Platform::YouTube);
    const int tt = static_cast<int>(Platform::TikTok);
    const QStringList all;
    const auto row = [&](const char *name, int platform, const QString &caption, const QString &verdict,
                         const QString &rule, const QString &label, bool flag = false, bool user = true,
                         const QStringList &markets = {}, const QString &title = {}) {
        QTest::newRow(name) << platform << title << caption << flag << user << markets << verdict << rule << label;
    };
    const QString upfront = QStringLiteral("labelled-upfront");
    // Clear labels at the start.
    row("#ad first", ig, "#ad New serum from @glow", "compliant", upfront, "#ad");
    row("#AD upper case", ig, "#AD new serum", "compliant", upfront, "#AD");
    row("AD and a bar", ig, "AD | My morning routine with @glow", "compliant", upfront, "AD");
    row("[Ad] in brackets", ig, "[Ad] trying the new serum", "compliant", upfront, "Ad");
    row("Ad: colon", tt, "Ad: new drop from @glow", "compliant", upfront, "Ad");
    row("Ad on its own line", ig, "Ad\nNew serum, new me", "compliant", upfront, "Ad");
    row("Advertisement feature", ig, "Advertisement feature: the glow edit", "compliant", upfront,
        "Advertisement feature");
    row("#advertising (UK)", ig, "#ADVERTISING new campaign with @glow", "compliant", upfront, "#ADVERTISING");
    row("Advert - dash", ig, "Advert - my skincare shelf", "compliant", upfront, "Advert");
    row("emoji around #ad", ig, "✨ #ad ✨ new serum", "compliant", upfront, "#ad");
    row("#ad mid caption", ig, "My new favourite serum #ad from @glow", "compliant", upfront, "#ad");
    // Other languages.
    row("#Werbung", ig, "#Werbung Mein neues Serum", "compliant", upfront, "#Werbung");
    row("#WERBUNG upper", ig, "#WERBUNG Mein neues Serum", "compliant", upfront, "#WERBUNG");
    row("Anzeige | bar", ig, "Anzeige | Mein Lieblingsserum", "compliant", upfront, "Anzeige");
    row("#anzeige", tt, "Mein Serum #anzeige", "compliant", upfront, "#anzeige");
    row("#publicidad", ig, "#publicidad Mi nueva rutina", "compliant", upfront, "#publicidad");
    row("Publicidad: colon", ig, "Publicidad: mi rutina", "compliant", upfront, "Publicidad");
    row("Publicité dash", ig, "Publicité – ma routine du matin", "compliant", upfront, "Publicité");
    row("collaboration commerciale", ig, "Collaboration commerciale avec @glow", "compliant", upfront,
        "Collaboration commerciale");
    row("#reklama", ig, "#reklama Nowe serum", "compliant", upfront, "#reklama");
    row("Reklama: colon", ig, "Reklama: nowe serum", "compliant", upfront, "Reklama");
    // Words that look like labels and are not.
    row("#adventure is no label", ig, "Loving this #adventure in the alps #travel", "violation", "no-label", "");
    row("an ad in a sentence", ig, "I saw an ad for this and bought it", "violation", "no-label", "");
    row("advert in a sentence", ig, "this advert made me laugh", "violation", "no-label", "");
    row("#ad_friendly", ig, "#ad_friendly skincare", "violation", "no-label", "");
    row("#adidas", ig, "New kicks #adidas", "violation", "no-label", "");
    row("Werbung in a sentence", ig, "Ich mag keine Werbung im Fernsehen", "violation", "no-label", "");
    row("no label at all", ig, "New serum from @glow, love it", "violation", "no-label", "");
    // Labels named as not enough.
    row("#sp", ig, "Loving my new serum #sp", "violation", "weak-label-only", "#sp");
    row("#spon", ig, "#spon my fave serum", "violation", "weak-label-only", "#spon");
    row("#collab", ig, "#collab with @glow", "violation", "weak-label-only", "#collab");
    row("Thanks", ig, "Thanks @glow for the serum!", "violation", "weak-label-only", "Thanks");
    row("#ambassador", ig, "#ambassador life with @glow", "violation", "weak-label-only", "#ambassador");
    row("Gifted", ig, "Gifted by @glow", "violation", "weak-label-only", "Gifted");
    row("In partnership with", ig, "In partnership with @glow", "violation", "weak-label-only",
        "In partnership with");
    row("#pub (FR)", ig, "#pub ma routine", "violation", "weak-label-only", "#pub");
    row("#afflink", ig, "Shop my serum #afflink", "violation", "weak-label-only", "#afflink");
    row("PR haul", ig, "PR haul from @glow", "violation", "weak-label-only", "PR haul");
    // "Sponsored": clear to the FTC, advised against by the ASA; the strictest market decides.
    row("#sponsored, all markets", ig, "#sponsored new serum", "violation", "weak-label-only", "#sponsored");
    row("#sponsored, US", ig, "#sponsored new serum", "compliant", upfront, "#sponsored", false, true, {"US"});
    row("#sponsored, UK", ig, "#sponsored new serum", "violation", "weak-label-only", "#sponsored", false, true,
        {"UK"});
    row("Sponsored by, US", ig, "Sponsored by @glow", "compliant", upfront, "Sponsored", false, true, {"US"});
    row("Sponsored by, all markets", ig, "Sponsored by @glow", "violation", "weak-label-only", "Sponsored by");
    // The cut-off before "more": 125 characters and three lines.
    row("#ad at character 124", ig, captionWithLabelAt(124, "#ad"), "compliant", upfront, "#ad");
    row("#ad at character 125", ig, captionWithLabelAt(125, "#ad"), "compliant", upfront, "#ad");
    row("#ad at character 126", ig, captionWithLabelAt(126, "#ad"), "violation", "label-below-fold", "#ad");
    row("#ad on line 4", ig, "Morning\nroutine\ntime\n#ad with @glow", "violation", "label-below-fold", "#ad");
    row("#ad on line 3", ig, "Morning\nroutine\n#ad with @glow", "compliant", upfront, "#ad");
    // Hashtag piles.
    row("#ad 4th of 5 hashtags", ig, "New serum! #skincare #glow #beauty #ad #love", "warning", "label-buried", "#ad");
    row("#ad after 2 mentions", ig, "New serum! @glow @shop #ad", "warning", "label-buried", "#ad");
    row("#ad first of 3", ig, "New serum! #ad #skincare #glow", "compliant", upfront, "#ad");
    row("#ad 2nd of 2", ig, "New serum #glow #ad", "compliant", upfront, "#ad");
    // The platform's paid-partnership label.
    row("platform label only", ig, "New serum from @glow", "warning", "platform-label-only", "", true, false);
    row("platform label and #sp", ig, "New serum #sp", "warning", "platform-label-only", "#sp", true, false);
    row("platform label, #ad hidden", ig, captionWithLabelAt(200, "#ad"), "warning", "platform-label-only", "#ad",
        true, false);
    row("platform label and #ad", ig, "#ad new serum", "compliant", upfront, "#ad", true, false);
    // Not known to be sponsored: not judged.
    row("not sponsored, #ad", ig, "#ad new serum", "none", "", "", false, false);
    row("not sponsored, #sp", ig, "New serum #sp", "none", "", "", false, false);
    // Videos: the title is always seen; a label only in the description asks for more.
    row("YouTube title (Ad)", yt, "All about the serum", "compliant", upfront, "Ad", false, true, all,
        "My routine (Ad)");
    row("YouTube description only", yt, "#ad Thanks to @glow for this video", "warning", "video-description-only",
        "#ad", false, true, all, "My routine");
    row("YouTube description and paid placement", yt, "#ad Thanks to @glow", "compliant", upfront, "#ad", true,
        true, all, "My routine");
    row("YouTube, nothing", yt, "Link below", "violation", "no-label", "", false, true, all, "My routine");
}

void TestCompliance::disclosure()
{
    QFETCH(int, platform);
    QFETCH(QString, title);
    QFETCH(QString, caption);
    QFETCH(bool, platformFlag);
    QFETCH(bool, userSponsored);
    QFETCH(QStringList, markets);
    QFETCH(QString, verdict);
    QFETCH(QString, rule);
    QFETCH(QString, label);

    DisclosureRules rules = DisclosureRules::builtIn();
    rules.markets = markets;
    const DisclosureChecker checker(rules);
    Post post;
    post.platform = static_cast<Platform>(platform);
    post.title = title;
    post.caption = caption;
    post.platformPaidFlag = platformFlag;
    post.userKnowsSponsored = userSponsored;
    const auto finding = checker.checkDisclosure(post);
    QCOMPARE(finding ? verdictKey(finding->verdict) : QStringLiteral("none"), verdict);
    if (!finding)
        return;
    QCOMPARE(finding->rule, rule);
    QCOMPARE(finding->label ? finding->label->text : QString(), label);
    QVERIFY(!finding->sentence.isEmpty());
    QVERIFY(!finding->source.isEmpty());
}

void TestCompliance::sentencesNameTheRuleAndPlace()
{
    const DisclosureChecker checker;
    QCOMPARE(checker.checkDisclosure(sponsoredPost("New serum! #skincare #glow #beauty #ad #love"))->sentence,
             "“#ad” is the 4th of 5 hashtags in a row: buried in a string of hashtags, where viewers skip it. Put it "
             "first, or write \"Ad\" at the start.");
    QCOMPARE(checker.checkDisclosure(sponsoredPost(captionWithLabelAt(126, "#ad")))->sentence,
             "“#ad” starts at character 126, after the first 125 characters (or 3 lines) that show before \"more\": "
             "most viewers never see it.");
    QCOMPARE(checker.checkDisclosure(sponsoredPost("Loving it #sp"))->sentence,
             "The only label is “#sp”, which the US rules name as not clear enough on its own. Write \"Ad\" at the "
             "start.");
    const auto upfront = checker.checkDisclosure(sponsoredPost("AD | routine"));
    QCOMPARE(upfront->sentence, "Labelled “AD” at character 1, before the caption is cut off: seen by every viewer.");
    QCOMPARE(upfront->source, "FTC, Disclosures 101 for Social Media Influencers (2019); 16 CFR 255 (2023)");
    QCOMPARE(upfront->label->position, 0);
    const auto german = checker.checkDisclosure(sponsoredPost("Mein Serum #werbung"));
    QCOMPARE(german->label->position, 11);
    QCOMPARE(german->source,
             "Die Medienanstalten, Leitfaden Werbekennzeichnung bei Online-Medien (2024)");
}

void TestCompliance::aiLabel()
{
    const DisclosureChecker checker;
    Post post;
    post.userSaysAiMade = true;
    const auto unlabelled = checker.checkAiLabel(post);
    QVERIFY(unlabelled);
    QCOMPARE(unlabelled->rule, "ai-unlabelled");
    QCOMPARE(unlabelled->verdict, Verdict::Warning);
    QCOMPARE(unlabelled->source, "EU AI Act (Regulation (EU) 2024/1689), Art. 50");
    post.aiLabel = AiLabel::Platform;
    QVERIFY(!checker.checkAiLabel(post));
    post.aiLabel = AiLabel::None;
    post.userSaysAiMade = false;
    QVERIFY(!checker.checkAiLabel(post));
}

void TestCompliance::rulesRoundTripAsJson()
{
    const DisclosureRules rules = DisclosureRules::builtIn();
    const QList<DisclosureTerm> back = DisclosureRules::termsFromJson(rules.termsToJson());
    QCOMPARE(back.size(), rules.terms.size());
    QCOMPARE(back.size(), 51);
    for (qsizetype i = 0; i < back.size(); ++i) {
        QCOMPARE(back.at(i).term, rules.terms.at(i).term);
        QCOMPARE(back.at(i).strength, rules.terms.at(i).strength);
        QCOMPARE(back.at(i).standalone, rules.terms.at(i).standalone);
        QCOMPARE(back.at(i).jurisdiction, rules.terms.at(i).jurisdiction);
        QCOMPARE(back.at(i).source, rules.terms.at(i).source);
    }
}

QTEST_GUILESS_MAIN(TestCompliance)
// Whole words and phrases only, any case, hashtags read as words, other languages from the same list.
void TestCompliance::brandSafetyHits_data()
{
    QTest::addColumn<QString>("caption");
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<QStringList>("words");
    const QString drugs = QStringLiteral("Illegal drugs, tobacco, e-cigarettes, vaping and alcohol");
    QTest::newRow("beer") << "Cheers to Friday with a cold beer." << QStringList{drugs} << QStringList{"beer"};
    QTest::newRow("hashtag, upper case") << "Friday! #BEER #weekend" << QStringList{drugs} << QStringList{"beer"};
    QTest::newRow("inside a word is no hit") << "Beerenkuchen, the berry cake." << QStringList{} << QStringList{};
    QTest::newRow("german") << "Ein kühles Bier nach dem Training" << QStringList{drugs} << QStringList{"bier"};
    QTest::newRow("phrase") << "Follow for follow and like4like!" << QStringList{"Spam or harmful content"}
                            << QStringList{"follow for follow", "like4like"};
    QTest::newRow("phrase split is no hit") << "Follow me for more follow-up tips" << QStringList{} << QStringList{};
    QTest::newRow("two categories") << "Casino night, then vodka." << QStringList{drugs, "Gambling (a suitability topic many briefs exclude)"}
                                    << QStringList{"vodka", "casino"};
    QTest::newRow("nothing") << "Morning routine, nothing fancy." << QStringList{} << QStringList{};
}

void TestCompliance::brandSafetyHits()
{
    QFETCH(QString, caption);
    QFETCH(QStringList, categories);
    QFETCH(QStringList, words);
    Post post;
    post.caption = caption;
    const QList<ContentHit> hits = ContentMatcher().risks(ContentMatcher::normalizedPosts({post}));
    QStringList foundCategories, foundWords;
    for (const ContentHit &hit : hits) {
        QCOMPARE(hit.post, 0);
        foundCategories << hit.category;
        foundWords << hit.words;
    }
    QCOMPARE(foundCategories, categories);
    QCOMPARE(foundWords, words);
}

// A brief that excludes "alcohol" is matched by a post about beer: the topic names the category that lists it.
void TestCompliance::excludedTopicNamesACategory()
{
    const ContentMatcher matcher;
    QCOMPARE(matcher.list().categories.size(), 13);
    Post beer, walk, said;
    beer.caption = QStringLiteral("A cold beer on the balcony");
    walk.caption = QStringLiteral("A long walk");
    said.caption = QStringLiteral("No alcohol this month");
    const QList<ContentHit> hits = matcher.mentions(ContentMatcher::normalizedPosts({walk, beer, said}), QStringLiteral("alcohol"));
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits.at(0).post, 1);
    QCOMPARE(hits.at(0).words, QStringList{"beer"});
    QCOMPARE(hits.at(1).post, 2);
    QCOMPARE(hits.at(1).words, QStringList{"alcohol"});
    QVERIFY(matcher.mentions(ContentMatcher::normalizedPosts({walk}), QStringLiteral("skincare")).isEmpty());
}

#include "tst_compliance.moc"
