#include "Warnings.h"

#include "ScoredPool.h"

namespace candor::scoring {

std::optional<CandidateWarning> authenticityWarning(double normalised)
{
    if (normalised >= kAuthenticityWarningBelow)
        return std::nullopt;
    return CandidateWarning{QStringLiteral("authenticity_warning"), QStringLiteral("authenticity warning"),
                            QStringLiteral("Authenticity is %1 on a 0–1 scale, below %2: a red authenticity signal "
                                           "or several amber ones; the Authenticity tab shows each with its "
                                           "evidence.")
                                .arg(QString::number(normalised, 'f', 2), QString::number(kAuthenticityWarningBelow, 'f', 1))};
}

std::optional<CandidateWarning> authenticityWarning(const Breakdown &breakdown)
{
    for (const FactorContribution &f : breakdown.factors) {
        if (f.value.id == FactorId::Authenticity && !f.imputed && !f.leftOut && !f.countedAsZero && !f.notApplicable)
            return authenticityWarning(f.usedValue);
    }
    return std::nullopt;
}

} // namespace candor::scoring
