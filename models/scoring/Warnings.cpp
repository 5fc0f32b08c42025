// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Warnings.h"

#include "ScoredPool.h"
#include "core/TextContexts.h"

namespace candor::scoring {

std::optional<CandidateWarning> authenticityWarning(double normalised)
{
    if (normalised >= kAuthenticityWarningBelow)
        return std::nullopt;
    return CandidateWarning{
        QStringLiteral("authenticity_warning"), warningLabel(kAuthenticityWarningFlag),
        ScoringText::tr("Authenticity is %1 on a 0–1 scale, below %2: a red authenticity signal "
                        "or several amber ones; the Authenticity tab shows each with its "
                        "evidence.")
            .arg(QString::number(normalised, 'f', 2), QString::number(kAuthenticityWarningBelow, 'f', 1)),
        QStringLiteral("authenticity")};
}

const QList<WarningKind> &warningKinds()
{
    static const QList<WarningKind> kinds = {
        {QStringLiteral("authenticity_warning"), QT_TRANSLATE_NOOP("ScoringText", "Authenticity warnings"),
         kAuthenticityWarningFlag},
        {QStringLiteral("disclosure_issue"), QT_TRANSLATE_NOOP("ScoringText", "Disclosure issues"),
         kDisclosureIssueFlag},
        {QStringLiteral("brand_safety_hit"), QT_TRANSLATE_NOOP("ScoringText", "Brand-safety hits"),
         kBrandSafetyHitFlag},
    };
    return kinds;
}

QString WarningKind::pluralLabel() const
{
    return ScoringText::tr(plural);
}

QString warningLabel(unsigned flag)
{
    switch (flag) {
    case kAuthenticityWarningFlag:
        return ScoringText::tr("authenticity warning");
    case kDisclosureIssueFlag:
        return ScoringText::tr("disclosure issue");
    case kBrandSafetyHitFlag:
        return ScoringText::tr("brand-safety hit");
    default:
        return {};
    }
}

std::optional<unsigned> warningFlagsOfKey(const QString &key)
{
    if (key == QLatin1String("any"))
        return kAuthenticityWarningFlag | kDisclosureIssueFlag | kBrandSafetyHitFlag;
    for (const WarningKind &kind : warningKinds()) {
        if (kind.key == key)
            return kind.flag;
    }
    return std::nullopt;
}

namespace {

// The candidate's authenticity factor as the score uses it, when the model has the factor and it has data.
std::optional<double> authenticityOf(const ScoredPool &pool, int candidate)
{
    const ScoreMatrix &matrix = pool.matrix();
    for (int f = 0; f < matrix.factors(); ++f) {
        if (pool.model().factors.at(f).id == FactorId::Authenticity && matrix.isAvailable(candidate, f))
            return matrix.usedValue(candidate, f);
    }
    return std::nullopt;
}

} // namespace

unsigned warningFlags(const ScoredPool &pool, int candidate)
{
    unsigned flags = 0;
    if (const auto authenticity = authenticityOf(pool, candidate); authenticity && *authenticity < kAuthenticityWarningBelow)
        flags |= kAuthenticityWarningFlag;
    // A concern is only recorded for a factor the pool's model has.
    if (pool.hasConcern(candidate, FactorId::DisclosureRecord))
        flags |= kDisclosureIssueFlag;
    if (pool.hasConcern(candidate, FactorId::BrandSafety))
        flags |= kBrandSafetyHitFlag;
    return flags;
}

QList<unsigned> warningOrder(const ScoredPool &pool)
{
    QList<unsigned> order;
    // In the model's order of factors, as the breakdown lists them.
    for (const FactorDefinition &factor : pool.model().factors) {
        if (factor.id == FactorId::Authenticity)
            order << kAuthenticityWarningFlag;
        else if (factor.id == FactorId::DisclosureRecord)
            order << kDisclosureIssueFlag;
        else if (factor.id == FactorId::BrandSafety)
            order << kBrandSafetyHitFlag;
    }
    return order;
}

QList<CandidateWarning> warningsOf(const ScoredPool &pool, int candidate)
{
    const unsigned flags = warningFlags(pool, candidate);
    QList<CandidateWarning> warnings;
    for (const unsigned flag : warningOrder(pool)) {
        if ((flags & flag) == 0)
            continue;
        if (flag == kAuthenticityWarningFlag)
            warnings << *authenticityWarning(*authenticityOf(pool, candidate));
        else if (flag == kDisclosureIssueFlag)
            warnings << CandidateWarning{
                QStringLiteral("disclosure_issue"), warningLabel(flag),
                ScoringText::tr("A sponsored post is not labelled as an ad clearly and "
                                "upfront; the Disclosure tab shows each post with the rule "
                                "that decided it."),
                QStringLiteral("disclosure")};
        else
            warnings << CandidateWarning{
                QStringLiteral("brand_safety_hit"), warningLabel(flag),
                ScoringText::tr("A post touches a brand-safety category or a topic the brief "
                                "excludes; the brand-safety line of the score names the post "
                                "and the words."),
                QStringLiteral("score")};
    }
    return warnings;
}

} // namespace candor::scoring
