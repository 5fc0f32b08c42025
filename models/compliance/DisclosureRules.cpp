// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DisclosureRules.h"

#include <QJsonObject>

namespace candor::compliance {
namespace {

// The sources, cited in full in docs/disclosure.md.
const QString kFtc = QStringLiteral("FTC, Disclosures 101 for Social Media Influencers (2019); 16 CFR 255 (2023)");
const QString kAsa = QStringLiteral("ASA/CMA, Influencers' guide to making clear that ads are ads (2023)");
const QString kDe = QStringLiteral("Die Medienanstalten, Leitfaden Werbekennzeichnung bei Online-Medien (2024)");
const QString kEs = QStringLiteral("AUTOCONTROL/AEA, Código de conducta sobre el uso de influencers en la publicidad (2020)");
const QString kFr = QStringLiteral("Loi n° 2023-451 du 9 juin 2023, art. 5 (\"Publicité\" or \"Collaboration commerciale\")");
const QString kPl = QStringLiteral("UOKiK, Rekomendacje dotyczące oznaczania treści reklamowych przez influencerów (2022)");

} // namespace

QString labelStrengthKey(LabelStrength strength)
{
    return strength == LabelStrength::Accepted ? QStringLiteral("accepted") : QStringLiteral("insufficient");
}

DisclosureRules DisclosureRules::builtIn()
{
    const auto accepted = LabelStrength::Accepted;
    const auto weak = LabelStrength::Insufficient;
    DisclosureRules rules;
    rules.terms = {
        {QStringLiteral("#ad"), accepted, false, QStringLiteral("US"), kFtc},
        {QStringLiteral("#ad"), accepted, false, QStringLiteral("UK"), kAsa},
        {QStringLiteral("ad"), accepted, true, QStringLiteral("US"), kFtc},
        {QStringLiteral("ad"), accepted, true, QStringLiteral("UK"), kAsa},
        {QStringLiteral("#advertisement"), accepted, false, QStringLiteral("US"), kFtc},
        {QStringLiteral("advertisement"), accepted, true, QStringLiteral("US"), kFtc},
        {QStringLiteral("advertisement"), accepted, true, QStringLiteral("UK"), kAsa},
        {QStringLiteral("advertisement feature"), accepted, false, QStringLiteral("UK"), kAsa},
        {QStringLiteral("#advert"), accepted, false, QStringLiteral("UK"), kAsa},
        {QStringLiteral("advert"), accepted, true, QStringLiteral("UK"), kAsa},
        {QStringLiteral("#advertising"), accepted, false, QStringLiteral("UK"), kAsa},
        {QStringLiteral("advertising"), accepted, true, QStringLiteral("UK"), kAsa},
        // "Sponsored" is a clear label to the FTC; the ASA advises against it.
        {QStringLiteral("#sponsored"), accepted, false, QStringLiteral("US"), kFtc},
        {QStringLiteral("sponsored"), accepted, true, QStringLiteral("US"), kFtc},
        {QStringLiteral("#sponsored"), weak, false, QStringLiteral("UK"), kAsa},
        {QStringLiteral("sponsored"), weak, true, QStringLiteral("UK"), kAsa},
        {QStringLiteral("#werbung"), accepted, false, QStringLiteral("DE"), kDe},
        {QStringLiteral("werbung"), accepted, true, QStringLiteral("DE"), kDe},
        {QStringLiteral("#anzeige"), accepted, false, QStringLiteral("DE"), kDe},
        {QStringLiteral("anzeige"), accepted, true, QStringLiteral("DE"), kDe},
        {QStringLiteral("#publicidad"), accepted, false, QStringLiteral("ES"), kEs},
        {QStringLiteral("publicidad"), accepted, true, QStringLiteral("ES"), kEs},
        {QStringLiteral("#publicité"), accepted, false, QStringLiteral("FR"), kFr},
        {QStringLiteral("publicité"), accepted, true, QStringLiteral("FR"), kFr},
        {QStringLiteral("collaboration commerciale"), accepted, false, QStringLiteral("FR"), kFr},
        {QStringLiteral("#pub"), weak, false, QStringLiteral("FR"), kFr},
        {QStringLiteral("#reklama"), accepted, false, QStringLiteral("PL"), kPl},
        {QStringLiteral("reklama"), accepted, true, QStringLiteral("PL"), kPl},
        // Named as not enough on their own.
        {QStringLiteral("#sp"), weak, false, QStringLiteral("US"), kFtc},
        {QStringLiteral("#spon"), weak, false, QStringLiteral("US"), kFtc},
        {QStringLiteral("#collab"), weak, false, QStringLiteral("US"), kFtc},
        {QStringLiteral("collab"), weak, false, QStringLiteral("UK"), kAsa},
        {QStringLiteral("#partner"), weak, false, QStringLiteral("US"), kFtc},
        {QStringLiteral("#ambassador"), weak, false, QStringLiteral("US"), kFtc},
        {QStringLiteral("#brandambassador"), weak, false, QStringLiteral("UK"), kAsa},
        {QStringLiteral("thanks"), weak, false, QStringLiteral("US"), kFtc},
        {QStringLiteral("thanks to"), weak, false, QStringLiteral("UK"), kAsa},
        {QStringLiteral("sponsored by"), weak, false, QStringLiteral("UK"), kAsa},
        {QStringLiteral("funded by"), weak, false, QStringLiteral("UK"), kAsa},
        {QStringLiteral("in association with"), weak, false, QStringLiteral("UK"), kAsa},
        {QStringLiteral("in partnership with"), weak, false, QStringLiteral("UK"), kAsa},
        {QStringLiteral("made possible by"), weak, false, QStringLiteral("UK"), kAsa},
        {QStringLiteral("gifted"), weak, false, QStringLiteral("UK"), kAsa},
        {QStringLiteral("#gifted"), weak, false, QStringLiteral("UK"), kAsa},
        {QStringLiteral("#aff"), weak, false, QStringLiteral("UK"), kAsa},
        {QStringLiteral("#afflink"), weak, false, QStringLiteral("UK"), kAsa},
        {QStringLiteral("affiliate"), weak, false, QStringLiteral("UK"), kAsa},
        {QStringLiteral("#pr"), weak, false, QStringLiteral("UK"), kAsa},
        {QStringLiteral("pr trip"), weak, false, QStringLiteral("UK"), kAsa},
        {QStringLiteral("pr haul"), weak, false, QStringLiteral("UK"), kAsa},
        {QStringLiteral("#iworkwith"), weak, false, QStringLiteral("UK"), kAsa},
    };
    return rules;
}

QJsonArray DisclosureRules::termsToJson() const
{
    QJsonArray array;
    for (const DisclosureTerm &t : terms)
        array.append(QJsonObject{{QStringLiteral("term"), t.term},
                                 {QStringLiteral("strength"), labelStrengthKey(t.strength)},
                                 {QStringLiteral("standalone"), t.standalone},
                                 {QStringLiteral("jurisdiction"), t.jurisdiction},
                                 {QStringLiteral("source"), t.source}});
    return array;
}

QList<DisclosureTerm> DisclosureRules::termsFromJson(const QJsonArray &array)
{
    QList<DisclosureTerm> terms;
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        const QString term = o.value(QStringLiteral("term")).toString().trimmed();
        if (term.isEmpty())
            continue;
        terms << DisclosureTerm{term,
                                o.value(QStringLiteral("strength")).toString() == QLatin1String("insufficient")
                                    ? LabelStrength::Insufficient
                                    : LabelStrength::Accepted,
                                o.value(QStringLiteral("standalone")).toBool(),
                                o.value(QStringLiteral("jurisdiction")).toString(),
                                o.value(QStringLiteral("source")).toString()};
    }
    return terms;
}

} // namespace candor::compliance
