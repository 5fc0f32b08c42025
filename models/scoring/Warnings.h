// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace candor::scoring {

class ScoredPool;

// A warning shown beside a candidate's score, the same in the ranking, the detail pane and `candor rank`.
struct CandidateWarning
{
    QString key;      // in files and the command line: "authenticity_warning"
    QString label;    // in the flags column: "authenticity warning"
    QString sentence; // why, in one sentence
    QString evidence; // the detail pane's tab with the evidence: "authenticity", "disclosure" or "score"
};

// Candor's own threshold, not an outside figure: an authenticity factor (the share of points Candor's
// authenticity signals give, normalised) below this means a red signal or several amber ones.
constexpr double kAuthenticityWarningBelow = 0.5;

// The warning for a candidate whose authenticity factor, with data, is `normalised`; none at or above the
// threshold. Candidates without authenticity data get no warning (their score says "no data" instead).
std::optional<CandidateWarning> authenticityWarning(double normalised);

// The kinds of warning as bits, for filters that look at every candidate without writing a sentence for each.
constexpr unsigned kAuthenticityWarningFlag = 1;
constexpr unsigned kDisclosureIssueFlag = 2;
constexpr unsigned kBrandSafetyHitFlag = 4;

// The kinds of warning, for a filter to offer: key, what a list of them is called ("Disclosure issues"), bit.
struct WarningKind
{
    QString key;
    const char *plural; // English; pluralLabel() in the user's language
    unsigned flag = 0;
    QString pluralLabel() const;
};
const QList<WarningKind> &warningKinds();
// The bits a filter key means: one kind's, or every kind's for "any"; nothing for another key.
std::optional<unsigned> warningFlagsOfKey(const QString &key);
// Which warnings a candidate has, as bits (the same verdicts as warningsOf()).
unsigned warningFlags(const ScoredPool &pool, int candidate);
// The flags column's word for one bit: "authenticity warning", "disclosure issue", "brand-safety hit".
QString warningLabel(unsigned flag);
// The bits in the order warningsOf() lists them: the model's order of factors, only factors it has.
QList<unsigned> warningOrder(const ScoredPool &pool);

// Every warning of a candidate of the pool, with its sentence, from what the pool keeps (no record read):
// authenticity below the threshold, a sponsored post not labelled clearly and upfront, a brand-safety hit or an
// excluded topic. Only factors the pool's model has can warn, in the model's order of factors.
QList<CandidateWarning> warningsOf(const ScoredPool &pool, int candidate);

} // namespace candor::scoring
