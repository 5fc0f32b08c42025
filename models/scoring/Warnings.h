#pragma once

#include <QString>
#include <optional>

namespace candor::scoring {

// A warning shown beside a candidate's score, the same in the ranking, the detail pane and `candor rank`.
struct CandidateWarning
{
    QString key;      // in files and the command line: "authenticity_warning"
    QString label;    // in the flags column: "authenticity warning"
    QString sentence; // why, in one sentence
};

// Candor's own threshold, not an outside figure: an authenticity factor (the share of points Candor's
// authenticity signals give, normalised) below this means a red signal or several amber ones.
constexpr double kAuthenticityWarningBelow = 0.5;

// The warning for a candidate whose authenticity factor, with data, is `normalised`; none at or above the
// threshold. Candidates without authenticity data get no warning (their score says "no data" instead).
std::optional<CandidateWarning> authenticityWarning(double normalised);

struct Breakdown;
// The same for a candidate's breakdown (its authenticity factor, when it has data).
std::optional<CandidateWarning> authenticityWarning(const Breakdown &breakdown);

} // namespace candor::scoring
