#include "ShortlistCheck.h"

#include "Workbench.h"
#include "fairness/AuditReport.h"
#include "storage/ProjectStore.h"

#include <algorithm>

namespace candor {

Result<policy::Policy> projectPolicy(const Workbench &workbench)
{
    auto stored = ProjectStore(workbench.project()).setting(QStringLiteral("policy"));
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return policy::Policy::defaults();
    return policy::Policy::fromJson(stored->toUtf8(), workbench.project().path());
}

Result<QList<policy::Finding>> checkShortlist(const Workbench &w, const policy::Policy &policy)
{
    QList<policy::Finding> found;
    if (!w.hasCampaign())
        return found;
    const policy::Rule *age = policy.rule(QStringLiteral("age_restricted_products"));
    for (int c = 0; c < w.pool().size(); ++c) {
        const auto decision = w.decisionOf(c);
        if (!decision || decision->kind == DecisionKind::Rejected || !age)
            continue;
        auto record = w.record(c);
        if (!record)
            return record.error();
        // The candidate's age estimate (the newest, most confident one): every band that includes people under 18
        // counts whole, which errs on the side of the rule.
        policy::AudienceUnder18 creator{w.pool().handle(c), std::nullopt, 0.0};
        for (const AudienceEstimate &estimate : std::as_const(record->audience)) {
            if (estimate.distribution.dimension() != AudienceDimension::AgeBand)
                continue;
            double share = 0.0;
            for (const AudienceShare &s : estimate.distribution.shares())
                share += fairness::includesMinors(AudienceDimension::AgeBand, s.category) ? s.share : 0.0;
            creator.share = share;
            creator.confidence = estimate.confidence;
            break;
        }
        if (auto finding = policy::ageRestriction(*age, w.campaign().productCategory, creator))
            found << *finding;
    }
    std::stable_sort(found.begin(), found.end(), [](const policy::Finding &a, const policy::Finding &b) {
        return a.severity == policy::Severity::Block && b.severity != policy::Severity::Block;
    });
    return found;
}

} // namespace candor
