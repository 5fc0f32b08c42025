// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DemoProject.h"

#include "workbench/ShortlistCheck.h"
#include "workbench/Workbench.h"

#include "storage/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStandardPaths>
#include <QTimeZone>

// Boost.Random rather than <random>: its distributions give the same numbers with every compiler and
// standard library, which std::normal_distribution and friends do not promise.
#include <boost/random/gamma_distribution.hpp>
#include <boost/random/mersenne_twister.hpp>
#include <boost/random/normal_distribution.hpp>
#include <boost/random/uniform_01.hpp>
#include <boost/random/uniform_int_distribution.hpp>
#include <cmath>

namespace candor {
namespace {

using Engine = boost::random::mt19937;

class Draw
{
public:
    explicit Draw(quint32 seed) : m_engine(seed) {}

    double uniform(double low, double high)
    {
        return low + (high - low) * boost::random::uniform_01<double>()(m_engine);
    }
    bool chance(double p) { return uniform(0.0, 1.0) < p; }
    int integer(int low, int high)
    {
        return boost::random::uniform_int_distribution<int>(low, high)(m_engine);
    }
    double normal(double mean, double sd)
    {
        return boost::random::normal_distribution<double>(mean, sd)(m_engine);
    }
    double gamma(double shape) { return boost::random::gamma_distribution<double>(shape)(m_engine); }

    QString pick(const QJsonArray &values)
    {
        return values.at(integer(0, static_cast<int>(values.size()) - 1)).toString();
    }

    // A key of `weights` ({"a": 0.2, "b": 0.8}) drawn with those probabilities.
    QString weighted(const QJsonObject &weights)
    {
        double total = 0.0;
        for (auto it = weights.begin(); it != weights.end(); ++it)
            total += it.value().toDouble();
        double r = uniform(0.0, total);
        for (auto it = weights.begin(); it != weights.end(); ++it) {
            r -= it.value().toDouble();
            if (r <= 0.0)
                return it.key();
        }
        return weights.keys().constLast();
    }

    // Dirichlet draw around `base` (shares), rounded to 0.001 with the rounding remainder on the largest
    // share so that the shares add up to exactly 1.
    QList<AudienceShare> dirichlet(const QJsonObject &base, double concentration)
    {
        QList<AudienceShare> shares;
        double total = 0.0;
        for (auto it = base.begin(); it != base.end(); ++it) {
            const double g = gamma(std::max(it.value().toDouble() * concentration, 0.05));
            shares << AudienceShare{it.key(), g};
            total += g;
        }
        double rounded = 0.0;
        qsizetype largest = 0;
        for (qsizetype i = 0; i < shares.size(); ++i) {
            shares[i].share = std::round(shares[i].share / total * 1000.0) / 1000.0;
            rounded += shares[i].share;
            if (shares[i].share > shares[largest].share)
                largest = i;
        }
        shares[largest].share = std::round((shares[largest].share + 1.0 - rounded) * 1000.0) / 1000.0;
        return shares;
    }

private:
    Engine m_engine;
};

double tierMedian(const QJsonArray &tiers, double followers)
{
    for (const QJsonValue &tier : tiers) {
        if (followers < tier.toArray().at(0).toDouble())
            return tier.toArray().at(1).toDouble();
    }
    return tiers.last().toArray().at(1).toDouble();
}

QString handleFor(const QString &first, const QString &last, Draw &draw, QSet<QString> &taken)
{
    static const QStringList separators = {QStringLiteral("."), QStringLiteral("_"), QString()};
    QString handle = first.toLower() + separators.at(draw.integer(0, 2)) + last.toLower();
    if (draw.chance(0.3))
        handle += QString::number(draw.integer(1, 99));
    while (taken.contains(handle))
        handle += QString::number(draw.integer(0, 9));
    taken.insert(handle);
    return handle;
}

Account makeAccount(Platform platform, const QString &handle, const QString &displayName,
                    const QJsonObject &spec, Draw &draw)
{
    Account account;
    account.platform = platform;
    account.handle = handle;
    account.displayName = displayName;
    AccountMetrics &m = account.metrics;
    m.asOf = QDate::fromString(spec.value(QLatin1String("asOf")).toString(), Qt::ISODate);

    const QJsonArray range = spec.value(QLatin1String("followersLog10")).toArray();
    const double followers =
        std::round(std::pow(10.0, draw.uniform(range.at(0).toDouble(), range.at(1).toDouble())));
    m.followers = static_cast<qint64>(followers);
    m.posts = draw.integer(40, 2500);

    const double median = tierMedian(spec.value(QLatin1String("engagementMedianByTier"))
                                         .toObject()
                                         .value(QLatin1String("tiers"))
                                         .toArray(),
                                     followers);
    const double factor = spec.value(QLatin1String("platformEngagementFactor"))
                              .toObject()
                              .value(platformId(platform))
                              .toDouble(1.0);
    const double rate = median * factor * std::exp(draw.normal(0.0, 0.45));
    const double engagements = followers * rate;
    m.averageLikes = std::round(engagements * 0.95);
    m.averageComments = std::round(engagements * 0.05);
    m.engagementRate = std::round(rate * 100000.0) / 100000.0;
    if (platform == Platform::YouTube) {
        m.averageViews = std::round(followers * draw.uniform(0.05, 0.4));
    } else {
        const bool massFollower = draw.chance(spec.value(QLatin1String("massFollowerShare")).toDouble());
        m.following = massFollower
                          ? draw.integer(1600, 7500)
                          : static_cast<qint64>(std::round(std::exp(draw.normal(std::log(600.0), 0.6))));
    }

    const QJsonArray categories = spec.value(QLatin1String("categories")).toArray();
    account.categories << draw.pick(categories);
    if (draw.chance(0.6)) {
        const QString second = draw.pick(categories);
        if (second != account.categories.constFirst())
            account.categories << second;
    }
    return account;
}

QList<AudienceEstimate> makeAudience(const QJsonObject &spec, const QDate &asOf, Draw &draw)
{
    const QJsonArray sources = spec.value(QLatin1String("audienceSources")).toArray();
    const QJsonObject source = sources.at(draw.integer(0, static_cast<int>(sources.size()) - 1)).toObject();
    const QJsonArray confidence = source.value(QLatin1String("confidence")).toArray();
    const double stated =
        std::round(draw.uniform(confidence.at(0).toDouble(), confidence.at(1).toDouble()) * 100.0) / 100.0;
    const double concentration = spec.value(QLatin1String("audienceConcentration")).toDouble();

    QList<AudienceEstimate> estimates;
    const QJsonObject audience = spec.value(QLatin1String("audience")).toObject();
    for (auto it = audience.begin(); it != audience.end(); ++it) {
        const auto dimension = dimensionFromId(it.key());
        if (!dimension)
            continue;
        estimates << AudienceEstimate{
            AudienceDistribution(*dimension, draw.dirichlet(it.value().toObject(), concentration)),
            source.value(QLatin1String("source")).toString(), stated, asOf};
    }
    return estimates;
}

QList<AudienceDistribution> distributionsOf(const QJsonObject &target)
{
    QList<AudienceDistribution> distributions;
    for (auto it = target.begin(); it != target.end(); ++it) {
        const auto dimension = dimensionFromId(it.key());
        if (!dimension)
            continue;
        QList<AudienceShare> shares;
        const QJsonObject values = it.value().toObject();
        for (auto v = values.begin(); v != values.end(); ++v)
            shares << AudienceShare{v.key(), v.value().toDouble()};
        distributions << AudienceDistribution(*dimension, shares);
    }
    return distributions;
}

QString filled(QString text, const QString &brand, const QString &topic)
{
    return text.replace(QLatin1String("{brand}"), brand).replace(QLatin1String("{topic}"), topic.toLower().remove(QLatin1Char(' ')));
}

QPair<double, double> rangeOf(const QJsonObject &o, const QString &key)
{
    const QJsonArray r = o.value(key).toArray();
    return {r.at(0).toDouble(), r.at(1).toDouble()};
}

QPair<double, double> rangeOf(const QJsonObject &o, const char *key)
{
    return rangeOf(o, QLatin1String(key));
}

// Posts every few days up to the snapshot, their figures around the account's averages; some sponsored with a
// caption from the spec's list (each a disclosure case), a few with a brand-safety word, some AI-made with or
// without a label.
QList<Post> makePosts(const Account &account, const QJsonObject &e, const QDate &asOf, Draw &draw, Draw &profiles)
{
    const AccountMetrics &m = account.metrics;
    const QJsonArray organic = e.value(QLatin1String("organicCaptions")).toArray();
    const QJsonArray sponsored = e.value(QLatin1String("sponsoredCaptions")).toArray();
    const QString brand = draw.pick(e.value(QLatin1String("brands")).toArray());
    const QString topic = account.categories.value(0);
    const int count = e.value(QLatin1String("posts")).toInt();
    const int gap = e.value(QLatin1String("daysBetweenPosts")).toInt();
    QList<Post> posts;
    for (int i = 0; i < count; ++i) {
        Post p;
        p.platform = account.platform;
        p.publishedAt = QDateTime(asOf.addDays(-i * gap - draw.integer(0, 2)), QTime(18, 0), QTimeZone::utc());
        p.mediaType = account.platform == Platform::Instagram ? MediaType::Image : MediaType::Video;
        p.permalink = QStringLiteral("https://example.invalid/%1/%2/%3")
                          .arg(platformId(account.platform), account.handle)
                          .arg(i + 1);
        const double spread = std::exp(draw.normal(0.0, 0.25));
        p.likes = std::llround(m.averageLikes.value_or(0.0) * spread);
        p.comments = std::llround(m.averageComments.value_or(0.0) * spread);
        if (m.averageViews)
            p.views = std::llround(*m.averageViews * spread);
        if (draw.chance(e.value(QLatin1String("sponsoredShare")).toDouble())) {
            const QJsonObject c = sponsored.at(draw.integer(0, static_cast<int>(sponsored.size()) - 1)).toObject();
            p.caption = filled(c.value(QLatin1String("text")).toString(), brand, topic);
            (c.value(QLatin1String("flag")).toString() == QLatin1String("platform") ? p.platformPaidFlag
                                                                                      : p.userKnowsSponsored) = true;
        } else {
            p.caption = filled(draw.pick(organic), brand, topic);
            if (profiles.chance(e.value(QLatin1String("riskyShare")).toDouble()))
                p.caption = profiles.pick(e.value(QLatin1String("riskyCaptions")).toArray());
        }
        if (account.platform == Platform::YouTube) {
            p.title = p.caption.section(QLatin1Char(':'), 0, 0).left(60);
        }
        if (draw.chance(e.value(QLatin1String("aiLabelledShare")).toDouble())) {
            p.aiLabel = AiLabel::Creator;
            p.userSaysAiMade = true;
        } else if (draw.chance(e.value(QLatin1String("aiUnlabelledShare")).toDouble())) {
            p.userSaysAiMade = true;
        }
        posts << p;
    }
    return posts;
}

// Daily follower counts ending at the snapshot's count: steady growth with bounded noise (never a jump by
// itself), and for some accounts one jump, either on a day a post spread (its engagement multiplied) or on a
// day without a post, as bought followers arrive.
QList<std::pair<QDate, qint64>> makeHistory(const AccountMetrics &m, QList<Post> &posts, const QJsonObject &e,
                                            const QDate &asOf, Draw &draw)
{
    const int days = e.value(QLatin1String("historyDays")).toInt();
    const auto [growthLow, growthHigh] = rangeOf(e, "dailyGrowth");
    const double growth = draw.uniform(growthLow, growthHigh);
    const double noise = e.value(QLatin1String("growthNoise")).toDouble();
    const QString pattern = draw.weighted(e.value(QLatin1String("growthPatterns")).toObject());
    const auto [jumpLow, jumpHigh] = rangeOf(e, "jumpSize");
    const double jump = draw.uniform(jumpLow, jumpHigh);
    // The viral jump lands on a post's day, the bought one between posts.
    int jumpDay = -1; // days before asOf
    if (pattern == QLatin1String("viral") && posts.size() > 4) {
        Post &spread = posts[draw.integer(1, 4)];
        jumpDay = static_cast<int>(spread.publishedAt.date().daysTo(asOf));
        const double times = e.value(QLatin1String("viralEngagement")).toDouble();
        spread.likes = std::llround(static_cast<double>(spread.likes.value_or(0)) * times);
        spread.comments = std::llround(static_cast<double>(spread.comments.value_or(0)) * times);
    } else if (pattern == QLatin1String("bought")) {
        jumpDay = 7 * draw.integer(1, 5) + 3;
    }
    // Backwards from today's count.
    QList<std::pair<QDate, qint64>> history;
    double followers = static_cast<double>(m.followers.value_or(0));
    for (int d = 0; d < days; ++d) {
        history.prepend({asOf.addDays(-d), std::llround(followers)});
        double dayGrowth = growth + draw.uniform(-noise, noise);
        if (d == jumpDay)
            dayGrowth += jump;
        followers /= 1.0 + dayGrowth;
    }
    return history;
}

// Follower profiles: real-looking ones, and a share that look bought (few posts, few followers, following
// many, digits in the name, often no picture).
QList<FollowerProfile> makeSample(const QJsonObject &e, const QJsonArray &names, Draw &draw)
{
    const bool high = draw.chance(e.value(QLatin1String("highFakeChance")).toDouble());
    const auto [low, top] = rangeOf(e, high ? "fakeShareHigh" : "fakeShareOrdinary");
    const double fakeShare = draw.uniform(low, top);
    const int size = e.value(QLatin1String("sampleSize")).toInt();
    QList<FollowerProfile> sample;
    for (int i = 0; i < size; ++i) {
        FollowerProfile f;
        const QString name = draw.pick(names).toLower();
        if (draw.chance(fakeShare)) {
            f.username = name + QString::number(draw.integer(10000, 99999999));
            f.posts = draw.integer(0, 8);
            f.following = draw.integer(1200, 7500);
            f.followers = draw.integer(3, 120);
            f.hasProfilePicture = draw.chance(0.7);
        } else {
            f.username = name + QLatin1Char('.') + draw.pick(names).toLower();
            f.posts = std::llround(std::exp(draw.normal(std::log(150.0), 0.9)));
            f.following = std::llround(std::exp(draw.normal(std::log(400.0), 0.7)));
            f.followers = std::llround(std::exp(draw.normal(std::log(450.0), 0.9)));
            f.hasProfilePicture = draw.chance(0.97);
            f.isPrivate = draw.chance(0.3);
        }
        sample << f;
    }
    return sample;
}

// The kind of account (spec "profiles"), with the figures it has: a bought audience barely reacts and a small one
// follows back more than follow it; a pod multiplies its reactions and comments out of proportion.
QString applyProfile(Account &account, const QJsonObject &profiles, Draw &draw)
{
    const QString kind = draw.weighted(profiles.value(QLatin1String("weights")).toObject());
    AccountMetrics &m = account.metrics;
    if (kind == QLatin1String("boughtAudience")) {
        const double left = profiles.value(QLatin1String("engagementLeft")).toDouble();
        for (std::optional<double> *figure :
             {&m.averageLikes, &m.averageComments, &m.averageEngagement, &m.authenticEngagement}) {
            if (*figure)
                **figure = std::round(**figure * left);
        }
        if (m.engagementRate)
            m.engagementRate = std::round(*m.engagementRate * left * 100000.0) / 100000.0;
        if (m.following && m.followers && *m.followers < profiles.value(QLatin1String("followBackBelow")).toInt()) {
            const auto [low, high] = rangeOf(profiles, "followBackMultiple");
            m.following = std::llround(static_cast<double>(*m.followers) * draw.uniform(low, high));
        }
    } else if (kind == QLatin1String("pod")) {
        const auto [low, high] = rangeOf(profiles, "podCommentsPerLike");
        const double perLike = draw.uniform(low, high);
        const double times = profiles.value(QLatin1String("podEngagement")).toDouble();
        const double engagement = (m.averageLikes.value_or(0.0) + m.averageComments.value_or(0.0)) * times;
        m.averageLikes = std::round(engagement / (1.0 + perLike));
        m.averageComments = engagement - *m.averageLikes;
        m.averageEngagement = engagement;
        m.authenticEngagement = m.authenticEngagement.value_or(0.0) * times;
        if (m.engagementRate && m.followers)
            m.engagementRate = std::round(engagement / static_cast<double>(*m.followers) * 100000.0) / 100000.0;
    }
    return kind;
}

// Comments under the posts: sentences people write (an opener, a body, sometimes a closer), and for a share that
// depends on the kind of account, stock phrases and spam lines.
QList<Comment> makeComments(const QList<Post> &posts, const QString &kind, const QJsonObject &c, Draw &draw)
{
    const auto [fewest, most] = rangeOf(c.value(QLatin1String("perPost")).toObject(), kind);
    const auto [stockLow, stockHigh] = rangeOf(c.value(QLatin1String("stockShare")).toObject(), kind);
    const double stockShare = draw.uniform(stockLow, stockHigh);
    const double spamShare = c.value(QLatin1String("spamShare")).toDouble();
    const auto list = [&c](const char *key) { return c.value(QLatin1String(key)).toArray(); };
    QList<Comment> comments;
    for (const Post &p : posts) {
        const int count = draw.integer(static_cast<int>(fewest), static_cast<int>(most));
        for (int i = 0; i < count; ++i) {
            Comment comment;
            comment.permalink = p.permalink;
            comment.postedAt = p.publishedAt.addSecs(60 * draw.integer(1, 600));
            comment.author = draw.pick(list("authors")) + QString::number(draw.integer(1, 999));
            if (draw.chance(stockShare))
                comment.text = draw.pick(draw.chance(spamShare) ? list("spam") : list("stock"));
            else
                comment.text = draw.pick(list("openers")) + QLatin1Char(' ') + draw.pick(list("bodies")) +
                               draw.pick(list("closers"));
            comments << comment;
        }
    }
    return comments;
}

// `profiles` is a stream of its own, so that adding the profiles and comments left every post, history and
// sample of the evidence stream as it was.
AccountEvidence makeEvidence(Account &account, const QJsonObject &spec, Draw &draw, Draw &profiles)
{
    const QJsonObject e = spec.value(QLatin1String("evidence")).toObject();
    const QDate asOf = QDate::fromString(spec.value(QLatin1String("asOf")).toString(), Qt::ISODate);
    AccountEvidence evidence;
    if (!draw.chance(e.value(QLatin1String("share")).toDouble()))
        return evidence;
    const QString kind = applyProfile(account, e.value(QLatin1String("profiles")).toObject(), profiles);
    evidence.posts = makePosts(account, e, asOf, draw, profiles);
    evidence.followerHistory = makeHistory(account.metrics, evidence.posts, e, asOf, draw);
    if (account.platform != Platform::YouTube && draw.chance(e.value(QLatin1String("sampleShare")).toDouble()))
        evidence.followerSample = makeSample(e, spec.value(QLatin1String("firstNames")).toArray(), draw);
    const QJsonObject comments = e.value(QLatin1String("comments")).toObject();
    if (profiles.chance(comments.value(QLatin1String("share")).toDouble()))
        evidence.comments = makeComments(evidence.posts, kind, comments, profiles);
    return evidence;
}

} // namespace

Result<QJsonObject> DemoProject::specification()
{
    const QString path = QStringLiteral(":/demo/demo-spec.json");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{path, QStringLiteral("the demo specification is missing from this build"), {}};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return Error{path, QStringLiteral("the demo specification is not valid JSON"),
                     parseError.errorString()};
    return document.object();
}

Dataset DemoProject::generate(const QJsonObject &spec)
{
    Dataset dataset;
    const quint32 seed = static_cast<quint32>(spec.value(QLatin1String("seed")).toInteger());
    dataset.sourceName = QStringLiteral("Synthetic demo data (generator seed %1)").arg(seed);
    dataset.settings.insert(QStringLiteral("synthetic"), QStringLiteral("1"));
    dataset.settings.insert(QStringLiteral("name"), QStringLiteral("Candor demo (synthetic data)"));
    dataset.settings.insert(QStringLiteral("demo_seed"), QString::number(seed));

    Draw draw(seed);
    // Figures added after the first release come from a second stream, so that the creators, audiences and
    // attributes drawn from the first stay exactly as they were.
    Draw later(seed + 1);
    Draw evidence(seed + 2);
    Draw profiles(seed + 3);
    Draw privacyDraw(seed + 4);
    const QJsonObject lawfulBases = spec.value(QLatin1String("lawfulBases")).toObject();
    const QJsonArray authentic = spec.value(QLatin1String("authenticShare")).toArray();
    QSet<QString> taken;
    const QJsonArray firstNames = spec.value(QLatin1String("firstNames")).toArray();
    const QJsonArray lastNames = spec.value(QLatin1String("lastNames")).toArray();
    const QJsonObject platformWeights = spec.value(QLatin1String("platforms")).toObject();
    const QJsonObject attributes = spec.value(QLatin1String("creatorAttributes")).toObject();
    const QDate asOf = QDate::fromString(spec.value(QLatin1String("asOf")).toString(), Qt::ISODate);
    const int count = spec.value(QLatin1String("creators")).toInt();

    for (int i = 0; i < count; ++i) {
        CreatorRecord record;
        const QString first = draw.pick(firstNames);
        const QString last = draw.pick(lastNames);
        record.creator.displayName = first + QLatin1Char(' ') + last;
        const QString handle = handleFor(first, last, draw, taken);

        QList<Platform> platforms{*platformFromText(draw.weighted(platformWeights))};
        if (draw.chance(spec.value(QLatin1String("secondPlatformShare")).toDouble())) {
            const Platform second = *platformFromText(draw.weighted(platformWeights));
            if (second != platforms.constFirst())
                platforms << second;
        }
        for (Platform platform : platforms) {
            record.creator.accounts << makeAccount(platform, handle, record.creator.displayName, spec, draw);
            record.audienceOfAccount << makeAudience(spec, asOf, draw);

            AccountMetrics &m = record.creator.accounts.last().metrics;
            m.averageEngagement = *m.averageLikes + *m.averageComments;
            m.authenticEngagement = std::round(
                *m.averageEngagement * later.uniform(authentic.at(0).toDouble(), authentic.at(1).toDouble()));
            std::optional<Fee> fee;
            if (later.chance(spec.value(QLatin1String("feeShare")).toDouble())) {
                const double amount = static_cast<double>(*m.followers) *
                                      spec.value(QLatin1String("feePerFollower")).toDouble() *
                                      std::exp(later.normal(0.0, 0.5));
                fee = Fee{std::max(50.0, std::round(amount / 10.0) * 10.0),
                          spec.value(QLatin1String("feeCurrency")).toString(),
                          spec.value(QLatin1String("feeSource")).toString(), asOf};
            }
            record.feeOfAccount << fee;
            record.evidenceOfAccount << makeEvidence(record.creator.accounts.last(), spec, evidence, profiles);
        }

        if (draw.chance(spec.value(QLatin1String("consentShare")).toDouble())) {
            const QDate given = asOf.addDays(-draw.integer(10, 300));
            const ConsentRecord consent{given, given.addMonths(spec.value(QLatin1String("consentMonths")).toInt()),
                                        spec.value(QLatin1String("consentPurpose")).toString(),
                                        spec.value(QLatin1String("consentRecordedBy")).toString()};
            for (auto it = attributes.begin(); it != attributes.end(); ++it)
                record.attributes << CreatorAttribute{it.key(), draw.weighted(it.value().toObject()),
                                                      consent};
        }
        // Most creators have a lawful basis and were told; a few were not, for the Privacy view to show.
        record.lawfulBasis = *privacy::lawfulBasisFromKey(privacyDraw.weighted(lawfulBases));
        if (privacyDraw.chance(spec.value(QLatin1String("informedShare")).toDouble()))
            record.informedOn = asOf.addDays(-privacyDraw.integer(0, 60));
        dataset.creators << record;
    }

    for (const QJsonValue &value : spec.value(QLatin1String("campaigns")).toArray()) {
        const QJsonObject c = value.toObject();
        Campaign campaign;
        campaign.name = c.value(QLatin1String("name")).toString();
        campaign.brief = c.value(QLatin1String("brief")).toString();
        campaign.budget = c.value(QLatin1String("budget")).toDouble();
        campaign.currency = c.value(QLatin1String("currency")).toString();
        campaign.startsOn = QDate::fromString(c.value(QLatin1String("startsOn")).toString(), Qt::ISODate);
        campaign.endsOn = QDate::fromString(c.value(QLatin1String("endsOn")).toString(), Qt::ISODate);
        campaign.productCategory = c.value(QLatin1String("productCategory")).toString();
        campaign.targetAudience = distributionsOf(c.value(QLatin1String("target")).toObject());
        for (const QJsonValue &topic : c.value(QLatin1String("relevantTopics")).toArray())
            campaign.relevantTopics << topic.toString();
        for (const QJsonValue &topic : c.value(QLatin1String("excludedTopics")).toArray())
            campaign.excludedTopics << topic.toString();
        const QJsonObject filters = c.value(QLatin1String("filters")).toObject();
        if (filters.contains(QLatin1String("minFollowers")))
            campaign.filters.minFollowers = filters.value(QLatin1String("minFollowers")).toInteger();
        for (const QJsonValue &country : filters.value(QLatin1String("audienceCountries")).toArray())
            campaign.filters.audienceCountries << country.toString();
        for (const QJsonValue &platform : filters.value(QLatin1String("platforms")).toArray())
            campaign.filters.platforms << *platformFromText(platform.toString());
        const QJsonArray reach = c.value(QLatin1String("reach")).toArray();
        if (reach.size() == 2) {
            campaign.reachMin = reach.at(0).toDouble();
            campaign.reachMax = reach.at(1).toDouble();
        }
        if (c.contains(QLatin1String("model")))
            dataset.modelOfCampaign.insert(campaign.name, c.value(QLatin1String("model")).toString());
        dataset.campaigns << campaign;
    }
    dataset.scoringModels << scoring::ScoringModel::balanced() << scoring::ScoringModel::awareness();
    return dataset;
}

Status DemoProject::create(const QString &path)
{
    auto spec = specification();
    if (!spec)
        return spec.error();
    auto project = ProjectFile::create(
        path, [&spec](const ProjectFile &created) { return ProjectStore(created).addDataset(generate(*spec)); });
    if (!project)
        return project.error();
    project->reset(); // the shortlists are written through a workbench of their own
    return addShortlists(path, *spec);
}

Status DemoProject::addShortlists(const QString &path, const QJsonObject &specification)
{
    auto opened = Workbench::open(path, nullptr, Workbench::Stability::Off);
    if (!opened)
        return opened.error();
    Workbench &w = **opened;
    auto rules = w.policy();
    if (!rules)
        return rules.error();
    for (const QJsonValue &value : specification.value(QLatin1String("campaigns")).toArray()) {
        const QJsonObject shortlist = value.toObject().value(QLatin1String("shortlist")).toObject();
        if (shortlist.isEmpty())
            continue;
        const QString name = value.toObject().value(QLatin1String("name")).toString();
        const auto campaign = std::find_if(w.campaigns().cbegin(), w.campaigns().cend(),
                                           [&name](const Campaign &c) { return c.name == name; });
        if (campaign == w.campaigns().cend())
            continue;
        if (auto shown = w.selectCampaign(campaign->id); !shown)
            return shown;
        w.setUserName(shortlist.value(QLatin1String("by")).toString());
        auto context = policyContext(w, QDate::currentDate());
        if (!context)
            return context.error();
        // The best-ranked creators the policy has nothing against, then those the spec names, whatever it finds.
        int clean = shortlist.value(QLatin1String("clean")).toInt();
        for (auto c = w.order().cbegin(); c != w.order().cend() && clean > 0; ++c) {
            Decision probe;
            probe.accountId = w.pool().accountId(*c);
            auto facts = subjectFacts(w, probe, QDate::currentDate());
            if (!facts)
                return facts.error();
            if (!policy::evaluateSubject(*rules, *context, *facts).isEmpty())
                continue;
            if (auto decided = w.decide(*c, DecisionKind::Shortlisted, shortlist.value(QLatin1String("reason")).toString());
                !decided)
                return decided.error();
            --clean;
        }
        for (const QJsonValue &also : shortlist.value(QLatin1String("also")).toArray()) {
            const QJsonObject a = also.toObject();
            const QList<int> found =
                w.pool().indicesOfHandle(a.value(QLatin1String("handle")).toString(),
                                         platformFromText(a.value(QLatin1String("platform")).toString()));
            if (found.size() != 1)
                return Error{path, QStringLiteral("the demo has no single @%1").arg(a.value(QLatin1String("handle")).toString()), {}};
            if (auto decided = w.decide(found.constFirst(), DecisionKind::Shortlisted, a.value(QLatin1String("reason")).toString());
                !decided)
                return decided.error();
        }
    }
    return success();
}

QString DemoProject::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.candor"));
}

Result<QString> DemoProject::ensureDefault()
{
    const QString path = defaultPath();
    if (QFileInfo::exists(path))
        return path;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{path, QStringLiteral("cannot create the folder for the demo project"), {}};
    if (auto created = create(path); !created)
        return created.error();
    return path;
}

} // namespace candor
