// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FairnessAudit.h"

#include "core/TextContexts.h"

#include <algorithm>
#include <limits>

namespace candor::fairness {

namespace {

QList<int> selectionOf(const AuditInput &in, const AuditSettings &settings, QString *label)
{
    QList<int> shortlist;
    if (settings.selection != AuditSettings::Selection::TopK) {
        std::vector<bool> ranked(in.candidates.size(), false);
        for (int c : in.order) {
            ranked[static_cast<std::size_t>(c)] = true;
            if (in.candidates[static_cast<std::size_t>(c)].shortlisted)
                shortlist << c;
        }
        // Shortlisted candidates a filter now removes still count: the shortlist is what a person decided.
        for (std::size_t c = 0; c < in.candidates.size(); ++c) {
            if (!ranked[c] && in.candidates[c].shortlisted)
                shortlist << static_cast<int>(c);
        }
    }
    if (settings.selection == AuditSettings::Selection::Shortlist ||
        (settings.selection == AuditSettings::Selection::Automatic && !shortlist.isEmpty())) {
        *label =
            FairnessText::tr("the shortlist (%n candidate(s))", nullptr, static_cast<int>(shortlist.size()));
        return shortlist;
    }
    const int k = std::min(settings.topK, static_cast<int>(in.order.size()));
    *label = FairnessText::tr("the top %1").arg(k);
    return QList<int>(in.order.begin(), in.order.begin() + k);
}

AudienceMember memberOf(const AuditCandidate &candidate, ReachWeighting weighting)
{
    AudienceMember m;
    if (weighting == ReachWeighting::Followers && candidate.followers)
        m.reach = *candidate.followers;
    else if (weighting == ReachWeighting::AverageViews)
        m.reach = candidate.averageViews;
    m.audience = candidate.audience;
    return m;
}

// The selection as a list and as a membership flag per candidate (looked up once per candidate of the pool).
struct Selection
{
    const QList<int> &members;
    std::vector<bool> isMember;
};

QList<Suggestion> rebalancing(const AuditInput &in, const Selection &selection, const DimensionBalance &balance,
                              const CategoryBalance &category, const AuditSettings &settings)
{
    double weakest = std::numeric_limits<double>::max();
    for (int c : selection.members)
        weakest = std::min(weakest, in.candidates[static_cast<std::size_t>(c)].score);
    const double current = category.share;
    QList<Suggestion> suggestions;
    for (std::size_t rank = 0; rank < in.order.size(); ++rank) {
        const int c = in.order[rank];
        if (selection.isMember[static_cast<std::size_t>(c)])
            continue;
        const AuditCandidate &candidate = in.candidates[static_cast<std::size_t>(c)];
        if (candidate.audience.isEmpty())
            continue; // most of a large pool: only the best-ranked have their audience read (AuditInput)
        const AudienceMember m = memberOf(candidate, settings.audience.weighting);
        const AudienceEstimate *estimate = estimateFor(m.audience, balance.dimension);
        if (!m.reach || *m.reach <= 0.0 || !estimate ||
            (settings.audience.excludeLowConfidence && estimate->confidence < settings.audience.lowConfidenceBelow))
            continue;
        const double sum = estimate->distribution.total();
        const double share = sum > 0.0 ? estimate->distribution.shareOf(category.category).value_or(0.0) / sum : 0.0;
        const double newShare = (balance.pooledReach * current + *m.reach * share) / (balance.pooledReach + *m.reach);
        if (newShare - current < kMinShareGain)
            continue;
        Suggestion s;
        s.candidate = c;
        s.handle = candidate.handle;
        s.rank = static_cast<int>(rank) + 1;
        s.score = candidate.score;
        s.newShare = newShare;
        s.gain = newShare - current;
        s.pointsGivenUp = std::max(kMinPointsGivenUp, weakest - s.score);
        s.gainPerPoint = s.gain / s.pointsGivenUp;
        suggestions << s;
    }
    std::stable_sort(suggestions.begin(), suggestions.end(),
                     [](const Suggestion &a, const Suggestion &b) { return a.gainPerPoint > b.gainPerPoint; });
    return suggestions.mid(0, settings.suggestions);
}

AttributeAudit auditAttribute(const AuditInput &in, const QString &attribute, const AttributeColumn &values,
                              const Selection &selection, const AuditSettings &settings)
{
    AttributeAudit audit;
    audit.attribute = attribute;
    ConsentingMembers consenting = consentingMembers(
        in.order, static_cast<qsizetype>(in.candidates.size()),
        [&in](qsizetype c) { return in.candidates[static_cast<std::size_t>(c)].accountId; }, selection.isMember, values);
    const QList<int> &members = consenting.members;
    const QStringList &groupOf = consenting.groupOf;
    audit.notConsenting = consenting.notConsenting;
    audit.consentPurposes = consenting.consentPurposes;
    audit.consenting = static_cast<int>(members.size());
    audit.groups = auditGroups(groupOf, consenting.chosen, settings.thresholds, settings.referenceGroup.value(attribute));

    // Groups as small numbers, so that the passes below over a large pool compare integers, not texts.
    QStringList groupNames;
    QHash<QString, int> groupNumber;
    std::vector<int> groupOfMember(static_cast<std::size_t>(members.size()));
    for (qsizetype i = 0; i < members.size(); ++i) {
        auto found = groupNumber.constFind(groupOf.at(i));
        if (found == groupNumber.cend()) {
            found = groupNumber.insert(groupOf.at(i), static_cast<int>(groupNames.size()));
            groupNames << groupOf.at(i);
        }
        groupOfMember[static_cast<std::size_t>(i)] = *found;
    }

    // Which factors make a gap: the mean points each factor gives each group's members. One pass over the
    // members (a million candidates' points are not walked once per factor); each sum still adds the members
    // in rank order.
    const auto factorCount = static_cast<std::size_t>(in.factors.size());
    std::vector<double> sums(static_cast<std::size_t>(groupNames.size()) * factorCount, 0.0);
    std::vector<int> counts(static_cast<std::size_t>(groupNames.size()), 0);
    for (qsizetype i = 0; i < members.size(); ++i) {
        const std::size_t g = static_cast<std::size_t>(groupOfMember[static_cast<std::size_t>(i)]);
        ++counts[g];
        const std::vector<double> &points = in.candidates[static_cast<std::size_t>(members.at(i))].factorPoints;
        for (std::size_t f = 0; f < factorCount && !points.empty(); ++f)
            sums[g * factorCount + f] += points[f];
    }
    for (std::size_t f = 0; f < factorCount; ++f) {
        FactorGap gap{in.factors.at(static_cast<qsizetype>(f)), {}};
        for (std::size_t g = 0; g < counts.size(); ++g)
            gap.averagePoints.insert(groupNames.at(static_cast<qsizetype>(g)),
                                     sums[g * factorCount + f] / counts[g]);
        audit.factors << gap;
    }

    // Ranked exposure of the consenting pool, against its own group shares.
    audit.k = std::min(static_cast<int>(selection.members.size()), static_cast<int>(members.size()));
    QHash<QString, double> target;
    for (const GroupOutcome &g : std::as_const(audit.groups.groups))
        target.insert(g.group, static_cast<double>(g.poolSize) / static_cast<double>(members.size()));
    for (const GroupOutcome &g : std::as_const(audit.groups.groups)) {
        GroupExposure e{g.group, target.value(g.group), skewAtK(groupOf, audit.k, g.group, target.value(g.group)), {}};
        if (!g.tooFew && audit.k > 0) {
            const int number = groupNumber.value(g.group, -1);
            std::vector<bool> isMember(groupOfMember.size());
            for (std::size_t i = 0; i < groupOfMember.size(); ++i)
                isMember[i] = groupOfMember[i] == number;
            e.rankedTest = rankedGroupTest(isMember, audit.k, e.targetShare, settings.thresholds.rankedTestAlpha);
        }
        audit.exposure << e;
    }
    audit.ndkl = ndkl(groupOf, target);
    return audit;
}

} // namespace

ConsentingMembers consentingMembers(const std::vector<int> &order, qsizetype poolSize,
                                    const std::function<qint64(qsizetype)> &accountAt,
                                    const std::vector<bool> &isSelected, const AttributeColumn &values)
{
    ConsentingMembers m;
    const std::vector<qsizetype> entryOf = values.entriesFor(poolSize, accountAt);
    for (int c : order) {
        const qsizetype found = entryOf[static_cast<std::size_t>(c)];
        if (found < 0) {
            ++m.notConsenting;
            continue;
        }
        m.members << c;
        m.groupOf << values.valueAt(found);
        if (const QString &purpose = values.purposeAt(found); !m.consentPurposes.contains(purpose))
            m.consentPurposes << purpose;
        m.chosen.push_back(isSelected[static_cast<std::size_t>(c)]);
    }
    return m;
}

QString attributeLabel(const QString &attribute)
{
    // The attributes Candor asks creators about read in the user's language; any other a project records, as
    // its key.
    static const char *const known[] = {QT_TRANSLATE_NOOP("FairnessText", "age band"),
                                        QT_TRANSLATE_NOOP("FairnessText", "gender"),
                                        QT_TRANSLATE_NOOP("FairnessText", "ethnicity")};
    QString label = attribute;
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    for (const char *english : known) {
        if (label == QLatin1String(english))
            return FairnessText::tr(english);
    }
    return label;
}

FairnessAudit audit(const AuditInput &in, const ConsentedAttributes &attributes, const AuditSettings &settings)
{
    FairnessAudit audit;
    audit.campaign = in.campaign;
    audit.settings = settings;
    audit.selected = selectionOf(in, settings, &audit.selectionLabel);
    Selection selection{audit.selected, std::vector<bool>(in.candidates.size(), false)};
    for (int c : std::as_const(audit.selected))
        selection.isMember[static_cast<std::size_t>(c)] = true;

    QList<AudienceMember> members;
    for (int c : std::as_const(audit.selected))
        members << memberOf(in.candidates[static_cast<std::size_t>(c)], settings.audience.weighting);
    for (const AudienceDistribution &target : in.target) {
        DimensionAudit d;
        d.balance = balanceOf(members, target, settings.audience, settings.thresholds);
        for (const CategoryBalance &category : std::as_const(d.balance.categories)) {
            if (category.flag == CategoryBalance::Flag::Under)
                d.rebalance.insert(category.category, rebalancing(in, selection, d.balance, category, settings));
        }
        audit.dimensions << d;
    }

    // A QMap walks its attributes in name order.
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        audit.attributes << auditAttribute(in, it.key(), it.value(), selection, settings);
    return audit;
}

} // namespace candor::fairness
