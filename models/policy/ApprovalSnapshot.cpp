// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ApprovalSnapshot.h"

#include "core/Formatting.h"
#include "core/TextContexts.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace candor::policy {

namespace {

int violationsOf(const SubjectFacts &facts)
{
    int n = 0;
    for (const SponsoredPost &p : facts.sponsoredPosts)
        n += p.violation ? 1 : 0;
    return n;
}

// Best first: a light "falls" when it moves right.
int lightOrder(const QString &light)
{
    static const QStringList order{QStringLiteral("green"), QStringLiteral("amber"), QStringLiteral("red"),
                                   QStringLiteral("no_data")};
    return static_cast<int>(order.indexOf(light));
}

QString lightWords(const QString &light)
{
    return light == QLatin1String("no_data") ? PolicyText::tr("no data") : light;
}

} // namespace

QByteArray approvalSnapshot(const QList<SubjectFacts> &subjects)
{
    QJsonArray creators;
    for (const SubjectFacts &s : subjects) {
        QJsonObject o{{QStringLiteral("account"), s.accountId},
                      {QStringLiteral("authenticity"), s.authenticity},
                      {QStringLiteral("disclosure_violations"), violationsOf(s)},
                      {QStringLiteral("do_not_profile"), s.doNotProfile},
                      {QStringLiteral("past_retention"), s.retentionEnded.has_value()}};
        if (s.under18)
            o.insert(QStringLiteral("under_18"), *s.under18);
        creators << o;
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("creators"), creators}}).toJson(QJsonDocument::Compact);
}

QStringList changesSince(const QByteArray &snapshot, const QList<SubjectFacts> &now)
{
    QHash<qint64, QJsonObject> before;
    for (const QJsonValue &v : QJsonDocument::fromJson(snapshot).object().value(QLatin1String("creators")).toArray())
        before.insert(v.toObject().value(QLatin1String("account")).toInteger(), v.toObject());
    QStringList changes;
    for (const SubjectFacts &s : now) {
        const auto found = before.constFind(s.accountId);
        if (found == before.cend())
            continue;
        const QJsonObject &was = *found;
        const QString who = QLatin1Char('@') + s.handle;
        const QString on =
            s.dataAsOf.isValid() ? PolicyText::tr(" on %1").arg(s.dataAsOf.toString(Qt::ISODate)) : QString();
        const QString light = was.value(QLatin1String("authenticity")).toString();
        if (light != s.authenticity) {
            const bool fell = lightOrder(s.authenticity) > lightOrder(light);
            changes << (fell ? PolicyText::tr("authenticity fell from %1 to %2 for %3%4")
                             : PolicyText::tr("authenticity rose from %1 to %2 for %3%4"))
                           .arg(lightWords(light), lightWords(s.authenticity), who, on);
        }
        const QJsonValue minors = was.value(QLatin1String("under_18"));
        // A change below a tenth of a percentage point is the rounding of an export, not news.
        if (s.under18 && !minors.isUndefined() && std::abs(*s.under18 - minors.toDouble()) >= 0.0005)
            changes << PolicyText::tr("the audience under 18 went from %1 to %2 for %3%4")
                           .arg(percentText(minors.toDouble(), 1), percentText(*s.under18, 1), who, on);
        else if (s.under18 && minors.isUndefined())
            changes << PolicyText::tr("an age estimate arrived for %1%2: %3 of the audience is under 18")
                           .arg(who, on, percentText(*s.under18, 1));
        const int newViolations = violationsOf(s) - was.value(QLatin1String("disclosure_violations")).toInt();
        if (newViolations > 0)
            changes << PolicyText::tr("%n more sponsored post(s) failing the disclosure check for %1%2",
                                      nullptr, newViolations)
                           .arg(who, on);
        if (s.doNotProfile && !was.value(QLatin1String("do_not_profile")).toBool())
            changes << PolicyText::tr("%1 objected to profiling").arg(who);
        if (s.retentionEnded && !was.value(QLatin1String("past_retention")).toBool())
            changes << PolicyText::tr("the retention period for %1 ended on %2")
                           .arg(who, s.retentionEnded->toString(Qt::ISODate));
    }
    return changes;
}

} // namespace candor::policy
