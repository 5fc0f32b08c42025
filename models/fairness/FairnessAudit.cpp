#include "FairnessAudit.h"

#include "workbench/Workbench.h"

#include <algorithm>

namespace candor::fairness {

namespace {

QList<int> selectionOf(const Workbench &w, const AuditSettings &settings, QString *label)
{
    const auto isShortlisted = [&w](int c) {
        const auto decision = w.decisionOf(c);
        return decision && (decision->kind == DecisionKind::Shortlisted || decision->kind == DecisionKind::Approved);
    };
    QList<int> shortlist;
    if (settings.selection != AuditSettings::Selection::TopK) {
        for (int c : w.order()) {
            if (isShortlisted(c))
                shortlist << c;
        }
        // Shortlisted candidates a filter now removes still count: the shortlist is what a person decided.
        for (int c = 0; c < w.candidateCount(); ++c) {
            if (w.rankOf(c) == 0 && isShortlisted(c))
                shortlist << c;
        }
    }
    if (settings.selection == AuditSettings::Selection::Shortlist ||
        (settings.selection == AuditSettings::Selection::Automatic && !shortlist.isEmpty())) {
        *label = shortlist.size() == 1 ? QStringLiteral("the shortlist (1 candidate)")
                                       : QStringLiteral("the shortlist (%1 candidates)").arg(shortlist.size());
        return shortlist;
    }
    const int k = std::min(settings.topK, static_cast<int>(w.order().size()));
    *label = QStringLiteral("the top %1").arg(k);
    return QList<int>(w.order().begin(), w.order().begin() + k);
}

AudienceMember memberOf(const Workbench &w, int c, ReachWeighting weighting)
{
    const scoring::Candidate &candidate = w.pool().candidates().at(c);
    AudienceMember m;
    const AccountMetrics &metrics = candidate.account.metrics;
    if (weighting == ReachWeighting::Followers && metrics.followers)
        m.reach = static_cast<double>(*metrics.followers);
    else if (weighting == ReachWeighting::AverageViews)
        m.reach = metrics.averageViews;
    m.audience = candidate.audience;
    return m;
}

// The selection as a list and as a membership flag per candidate (looked up once per candidate of the pool).
struct Selection
{
    const QList<int> &members;
    std::vector<bool> isMember;
};

QList<Suggestion> rebalancing(const Workbench &w, const Selection &selection, const DimensionBalance &balance,
                              const CategoryBalance &category, const AuditSettings &settings)
{
    double weakest = std::numeric_limits<double>::max();
    for (int c : selection.members)
        weakest = std::min(weakest, w.scores()[static_cast<std::size_t>(c)]);
    const double current = category.share;
    QList<Suggestion> suggestions;
    for (int c : w.order()) {
        if (selection.isMember[static_cast<std::size_t>(c)])
            continue;
        const AudienceMember m = memberOf(w, c, settings.audience.weighting);
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
        s.handle = w.pool().candidates().at(c).account.handle;
        s.rank = w.rankOf(c);
        s.score = w.scores()[static_cast<std::size_t>(c)];
        s.newShare = newShare;
        s.gain = newShare - current;
        s.pointsGivenUp = std::max(kMinPointsGivenUp, weakest - s.score);
        s.gainPerPoint = 100.0 * s.gain / s.pointsGivenUp;
        suggestions << s;
    }
    std::stable_sort(suggestions.begin(), suggestions.end(),
                     [](const Suggestion &a, const Suggestion &b) { return a.gainPerPoint > b.gainPerPoint; });
    return suggestions.mid(0, settings.suggestions);
}

AttributeAudit auditAttribute(const Workbench &w, const QString &attribute,
                              const QHash<qint64, CreatorAttribute> &values, const Selection &selection,
                              const AuditSettings &settings)
{
    AttributeAudit audit;
    audit.attribute = attribute;
    QStringList groupOf;
    std::vector<bool> chosen;
    QList<int> members;
    for (int c : w.order()) {
        const auto found = values.constFind(w.pool().candidates().at(c).account.id);
        if (found == values.cend()) {
            ++audit.notConsenting;
            continue;
        }
        members << c;
        groupOf << found->value;
        if (!audit.consentPurposes.contains(found->consent.purpose))
            audit.consentPurposes << found->consent.purpose;
        chosen.push_back(selection.isMember[static_cast<std::size_t>(c)]);
    }
    audit.consenting = static_cast<int>(members.size());
    audit.groups = auditGroups(groupOf, chosen, settings.thresholds, settings.referenceGroup.value(attribute));

    // Which factors make a gap: the mean points each factor gives each group's members.
    const scoring::ScoreMatrix &matrix = w.pool().matrix();
    const std::vector<double> &weights = w.weights();
    for (int f = 0; f < matrix.factors(); ++f) {
        FactorGap gap{w.model().factors.at(f).id, {}};
        QHash<QString, int> counts;
        for (qsizetype i = 0; i < members.size(); ++i) {
            const int c = members.at(i);
            const double total = matrix.denominator(c, weights);
            const double points = total > 0.0 && matrix.countsInScore(c, f)
                                      ? 100.0 * weights[static_cast<std::size_t>(f)] * matrix.usedValue(c, f) / total
                                      : 0.0;
            gap.averagePoints[groupOf.at(i)] += points;
            ++counts[groupOf.at(i)];
        }
        for (auto it = gap.averagePoints.begin(); it != gap.averagePoints.end(); ++it)
            it.value() /= counts.value(it.key());
        audit.factors << gap;
    }

    // Ranked exposure of the consenting pool, against its own group shares.
    audit.k = std::min(static_cast<int>(selection.members.size()), static_cast<int>(members.size()));
    QHash<QString, double> target;
    for (const GroupOutcome &g : std::as_const(audit.groups.groups))
        target.insert(g.group, static_cast<double>(g.poolSize) / static_cast<double>(members.size()));
    for (const GroupOutcome &g : std::as_const(audit.groups.groups))
        audit.exposure << GroupExposure{g.group, target.value(g.group),
                                        skewAtK(groupOf, audit.k, g.group, target.value(g.group))};
    audit.ndkl = ndkl(groupOf, target);
    return audit;
}

} // namespace

QString attributeLabel(const QString &attribute)
{
    QString label = attribute;
    return label.replace(QLatin1Char('_'), QLatin1Char(' '));
}

FairnessAudit auditWorkbench(const Workbench &w, const QHash<QString, QHash<qint64, CreatorAttribute>> &attributes,
                             const AuditSettings &settings)
{
    FairnessAudit audit;
    audit.campaign = w.campaign().name;
    audit.settings = settings;
    audit.selected = selectionOf(w, settings, &audit.selectionLabel);
    Selection selection{audit.selected, std::vector<bool>(static_cast<std::size_t>(w.candidateCount()), false)};
    for (int c : std::as_const(audit.selected))
        selection.isMember[static_cast<std::size_t>(c)] = true;

    QList<AudienceMember> members;
    for (int c : std::as_const(audit.selected))
        members << memberOf(w, c, settings.audience.weighting);
    for (const AudienceDistribution &target : w.campaign().targetAudience) {
        DimensionAudit d;
        d.balance = balanceOf(members, target, settings.audience, settings.thresholds);
        for (const CategoryBalance &category : std::as_const(d.balance.categories)) {
            if (category.flag == CategoryBalance::Flag::Under)
                d.rebalance.insert(category.category, rebalancing(w, selection, d.balance, category, settings));
        }
        audit.dimensions << d;
    }

    QStringList names = attributes.keys();
    names.sort();
    for (const QString &name : std::as_const(names))
        audit.attributes << auditAttribute(w, name, attributes.value(name), selection, settings);
    return audit;
}

} // namespace candor::fairness
