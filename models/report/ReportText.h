// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ClientReport.h"

#include <QCoreApplication>

namespace candor::report {

// The words of the client report that a person reads, shared by the HTML page and the PDF so that both say
// the same in the same language (the one installed while the report is made: Translations.h). Each returns
// plain text; a format escapes it for itself. The machine formats (CSV, JSON) keep English keys and carry no
// such words.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)
public:
    static QString title(const ClientReport &r);
    static QString preparedLine(const ClientReport &r);
    static QString methodHeading();
    static QString methodParagraph(const ClientReport &r);
    static QStringList methodColumns();
    static QString hardFilters(const ClientReport &r);
    static QString shortlistHeading(const ClientReport &r);
    static QString scoreLead(const Card &c);
    static QString scoreDetails(const Card &c,
                                int topK); // " · rank 3 · in the top 10 in 84 % of weight draws …"
    static QStringList breakdownColumns();
    static QString rawText(const Contribution &f);
    static QString scaledText(const Contribution &f);
    static QString warning(const QString &sentence);
    static QString decisionLead(const Card &c);    // "Shortlisted, against the ranking"
    static QString decisionDetails(const Card &c); // " by dana on 2026-03-02: strong fit"
    static QString rejectedHeading();
    static QString rejectedLine(const Card &c);
    static QString fairnessHeading();
    static QString audited(const ClientReport &r);
    static QStringList audienceColumns();
    static QString shareText(std::optional<double> share);
    static QString findingsHeading();
    static QString findingLead(const FairnessFinding &f);
    static QString nothingToFlag();
    static QString policyHeading();
    static QString policyIntro();
    static QString policyLead(const PolicyFindingLine &f);
    static QString noPolicyFinding();
    static QString changedSinceApproval();
    static QStringList ruleColumns();
    static QString yesNo(bool yes);
    static QString ruleSeverity(const QString &severityKey); // "block", "warn"
    static QString accountabilityHeading();
    static QString approval(const ClientReport &r);
    static QString auditLog(const ClientReport &r);
    static QString breakdownChartTitle();
    static QString audienceChartTitle(const AudienceDimension &d);
};

} // namespace candor::report
