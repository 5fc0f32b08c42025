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
                                .arg(QString::number(normalised, 'f', 2), QString::number(kAuthenticityWarningBelow, 'f', 1)),
                            QStringLiteral("authenticity")};
}

const QList<WarningKind> &warningKinds()
{
    static const QList<WarningKind> kinds = {
        {QStringLiteral("authenticity_warning"), QStringLiteral("Authenticity warnings")},
        {QStringLiteral("disclosure_issue"), QStringLiteral("Disclosure issues")},
        {QStringLiteral("brand_safety_hit"), QStringLiteral("Brand-safety hits")},
    };
    return kinds;
}

QList<CandidateWarning> warningsOf(const ScoredPool &pool, int candidate)
{
    QList<CandidateWarning> warnings;
    const ScoreMatrix &matrix = pool.matrix();
    for (int f = 0; f < matrix.factors(); ++f) {
        const FactorId id = pool.model().factors.at(f).id;
        if (id == FactorId::Authenticity && matrix.isAvailable(candidate, f)) {
            if (auto warning = authenticityWarning(matrix.usedValue(candidate, f)))
                warnings << *warning;
        } else if (id == FactorId::DisclosureRecord && pool.hasConcern(candidate, id)) {
            warnings << CandidateWarning{QStringLiteral("disclosure_issue"), QStringLiteral("disclosure issue"),
                                         QStringLiteral("A sponsored post is not labelled as an ad clearly and "
                                                        "upfront; the Disclosure tab shows each post with the rule "
                                                        "that decided it."),
                                         QStringLiteral("disclosure")};
        } else if (id == FactorId::BrandSafety && pool.hasConcern(candidate, id)) {
            warnings << CandidateWarning{QStringLiteral("brand_safety_hit"), QStringLiteral("brand-safety hit"),
                                         QStringLiteral("A post touches a brand-safety category or a topic the brief "
                                                        "excludes; the brand-safety line of the score names the post "
                                                        "and the words."),
                                         QStringLiteral("score")};
        }
    }
    return warnings;
}

} // namespace candor::scoring
