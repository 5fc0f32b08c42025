// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Candidate.h"
#include "EngagementBenchmarks.h"
#include "ScoringModel.h"
#include "authenticity/AccountSignals.h"
#include "compliance/BrandSafety.h"
#include "compliance/DisclosureCheck.h"
#include "domain/Campaign.h"

#include <QList>
#include <QString>
#include <optional>

namespace candor::scoring {

// One factor for one candidate, before weighting.
struct FactorValue
{
    FactorId id = FactorId::AudienceFit;
    std::optional<double> raw;        // in the factor's own unit (a ratio, a count, a share …)
    std::optional<double> normalized; // in [0, 1]; empty when the candidate has no data for the factor
    QString finding;                  // the plain-language part of the sentence, without the points
    QString source;                   // where the raw input came from
    // The factor cannot be judged for this candidate at all (no benchmark for its platform): it leaves the
    // score, whatever the missing-data rule, instead of comparing with another platform's figures.
    bool notApplicable = false;
    // A verdict the ranking's flags name (Warnings.h): a sponsored post not labelled clearly and upfront, a post
    // with a brand-safety hit, or a topic the brief excludes.
    bool concern = false;
};

// Turns a candidate's data into factor values under one campaign and one model. It only sees Candidate,
// which carries no sensitive attributes.
class FactorEvaluator
{
public:
    FactorEvaluator(const Campaign &campaign, const ScoringModel &model, EngagementBenchmarks benchmarks);

    // Numbers leave out the finding and the source: scoring a whole pool needs only them, and formatting a
    // sentence for every factor of a million candidates was most of the time a large project took to open.
    enum class Detail
    {
        Numbers,
        Explained
    };
    QList<FactorValue> evaluate(const Candidate &candidate, Detail detail = Detail::Explained) const; // model order
    FactorValue evaluate(const Candidate &candidate, const FactorDefinition &definition,
                         Detail detail = Detail::Explained) const;

    // The normalisation actually applied to a factor (the campaign's reach bounds override the model's).
    Normalization effectiveNormalization(const FactorDefinition &definition) const;

    // 1 − total variation distance between two distributions over the union of their categories.
    // Age bands cut differently on the two sides are compared on the coarsest partition both share; `merged`
    // says whether that happened.
    static double oneMinusTvd(const AudienceDistribution &actual, const AudienceDistribution &target,
                              bool *merged = nullptr);

    // Why a candidate cannot be ranked for this campaign, or nothing when it passes every hard filter.
    std::optional<QString> filteredOutBy(const Candidate &candidate) const;

private:
    FactorValue audienceFit(const Candidate &c, bool explain) const;
    FactorValue engagementQuality(const Candidate &c, const Normalization &n, bool explain) const;
    FactorValue authenticity(const Candidate &c, const Normalization &n, bool explain) const;
    FactorValue reach(const Candidate &c, const Normalization &n, bool explain) const;
    FactorValue costEfficiency(const Candidate &c, const Normalization &n, bool explain) const;
    FactorValue disclosureRecord(const Candidate &c, const Normalization &n, bool explain) const;
    FactorValue brandSafety(const Candidate &c, const Normalization &n, bool explain) const;

    Campaign m_campaign;
    ScoringModel m_model;
    EngagementBenchmarks m_benchmarks;
    authenticity::SignalThresholds m_signals;
    compliance::DisclosureChecker m_disclosure;
    compliance::ContentMatcher m_content;
};

} // namespace candor::scoring
