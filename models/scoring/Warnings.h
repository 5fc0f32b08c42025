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

// The kinds of warning, for a filter to offer: key and what a list of them is called ("Disclosure issues").
struct WarningKind
{
    QString key;
    QString plural;
};
const QList<WarningKind> &warningKinds();

// Every warning of a candidate of the pool, from what the pool keeps (no record read): authenticity below the
// threshold, a sponsored post not labelled clearly and upfront, a brand-safety hit or an excluded topic. Only
// factors the pool's model has can warn.
QList<CandidateWarning> warningsOf(const ScoredPool &pool, int candidate);

} // namespace candor::scoring
