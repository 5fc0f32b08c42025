// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "FairnessAudit.h"
#include "core/TextContexts.h"

#include <QList>
#include <QString>

namespace candor::fairness {

// What an audit says, defined once: the dashboard, `candor audit` (text and JSON) and the client report only
// format these rows and findings. Plain words come first; the technical name and its definition go with them
// for a tooltip, the docs and the JSON.

// One number with its words.
struct ReportRow
{
    QString key;        // stable identifier: the JSON field ("tvd")
    QString label;      // plain words ("Audience mismatch")
    QString technical;  // the name an auditor knows ("total variation distance (TVD)")
    QString definition; // how it is computed and how to read it
    Measure value;
    int decimals = 3;
    QString sentence;   // what this value means here, in a sentence; may be empty

    QString valueText() const
    {
        return value.isDefined() ? value.text(decimals) : FairnessText::tr("not defined");
    }
    QString tooltip() const; // technical name, definition, and the reason when not defined
};

// Loudest first: what a person must look at before anything else.
enum class Severity
{
    Critical, // the selection reaches an audience the campaign leaves out and which includes minors
    Warning,  // a target category out of the band, an audience outside the target, a group clearly apart
    Caution,  // could be chance, too few to judge, no data
};
QString severityLabel(Severity severity);
QString severityKey(Severity severity); // "critical", "warning", "caution"

struct Finding
{
    Severity severity = Severity::Caution;
    QString key;       // kind of finding: outside_target, minors, under, over, no_data, group_outside, …
    QString subject;   // "Age band 13-17", "Creators by ethnicity: Asian"
    QString sentence;  // one plain sentence, with the share and its data confidence where there is one
    std::optional<double> share;      // of the selection's audience
    std::optional<double> confidence; // of the data behind that share
};

// Every finding of the audit, loudest first (then in the order of the page).
QList<Finding> findings(const FairnessAudit &audit);

// The summary numbers of one dimension's audience balance.
QList<ReportRow> audienceRows(const DimensionBalance &balance);
// One category's line: "20.0 % of the selection's audience, the campaign targets none (confidence 70 %)".
QString categorySentence(const CategoryBalance &category, const Thresholds &thresholds);

// The summary numbers of one creator attribute (parity difference and ratio, ranking exposure).
QList<ReportRow> attributeRows(const AttributeAudit &attribute, const Thresholds &thresholds);
// One group's line: rate with its interval, disparity with its interval, verdict.
QString groupSentence(const GroupOutcome &group, const QString &reference);
// FA*IR's test of one group's place in the ranking, in words; empty when not run.
QString rankedTestSentence(const GroupExposure &exposure);

// A share for people: "20.0 %"; a range: "0.8 % to 14.9 %", or "from 1.12" when it has no upper limit.
QString intervalText(const Interval &interval, bool percent, int decimals);

// Whether an age band includes people under 18 ("13-17", "13-24").
bool includesMinors(AudienceDimension dimension, const QString &category);

} // namespace candor::fairness
