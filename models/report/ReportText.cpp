// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReportText.h"

#include "ReportFormats.h"
#include "core/Formatting.h"

namespace candor::report {

QString ReportText::title(const ClientReport &r)
{
    return tr("%1 · shortlist report").arg(r.campaign);
}

QString ReportText::preparedLine(const ClientReport &r)
{
    return r.agency.isEmpty()
               ? tr("Prepared on %1 with Candor · scoring model %2 version %3")
                     .arg(r.preparedOn, r.modelName, QString::number(r.modelVersion))
               : tr("%1 · Prepared on %2 with Candor · scoring model %3 version %4")
                     .arg(r.agency, r.preparedOn, r.modelName, QString::number(r.modelVersion));
}

QString ReportText::methodHeading()
{
    return tr("How the score is made");
}

QString ReportText::methodParagraph(const ClientReport &r)
{
    return tr("Each creator's score is the weighted share of the points each factor gives, out of 100. %1 In "
              "this "
              "shortlist %n value(s) were missing.",
              nullptr, r.imputedValues)
        .arg(r.missingDataRule);
}

QStringList ReportText::methodColumns()
{
    return {tr("Factor"), tr("Weight"), tr("Share"), tr("How it is scaled"), tr("Data and benchmarks")};
}

QString ReportText::hardFilters(const ClientReport &r)
{
    return tr("Hard filters: %1.")
        .arg(r.filters.isEmpty() ? tr("none", "hard filters") : r.filters.join(QStringLiteral("; ")));
}

QString ReportText::shortlistHeading(const ClientReport &r)
{
    return tr("The shortlist (%1)").arg(r.cards.size());
}

QString ReportText::scoreLead(const Card &c)
{
    return tr("Score %1 of 100").arg(fixedText(c.score, 1));
}

QString ReportText::scoreDetails(const Card &c, int topK)
{
    const QString separator = QStringLiteral(" · ");
    QString text =
        separator + (c.rank > 0 ? tr("rank %1").arg(c.rank) : tr("not ranked: %1").arg(c.filteredOutBy));
    if (c.highest > c.lowest)
        text += separator +
                tr("with the missing data: %1 to %2").arg(fixedText(c.lowest, 1), fixedText(c.highest, 1));
    if (c.probabilityInTopK)
        text += separator + tr("in the top %1 in %2 of weight draws, rank %3–%4")
                                .arg(QString::number(topK), percentText(*c.probabilityInTopK, 0),
                                     QString::number(c.rankLow), QString::number(c.rankHigh));
    return text;
}

QStringList ReportText::breakdownColumns()
{
    return {tr("Factor"), tr("Raw"), tr("Scaled"), tr("Weight"), tr("Points"), tr("Why")};
}

QString ReportText::rawText(const Contribution &f)
{
    return f.raw ? rawValueText(*f.raw) : tr("no data");
}

QString ReportText::scaledText(const Contribution &f)
{
    return f.imputed ? tr("%1 (imputed)").arg(fixedText(f.normalized, 3)) : fixedText(f.normalized, 3);
}

QString ReportText::warning(const QString &sentence)
{
    return tr("Warning: %1").arg(sentence);
}

QString ReportText::decisionLead(const Card &c)
{
    return c.isOverride ? tr("%1, against the ranking").arg(c.decision) : c.decision;
}

QString ReportText::decisionDetails(const Card &c)
{
    return tr(" by %1 on %2: %3").arg(c.decidedBy, c.decidedAt.left(10), c.reason);
}

QString ReportText::rejectedHeading()
{
    return tr("Considered and rejected");
}

QString ReportText::rejectedLine(const Card &c)
{
    return tr("@%1 (score %2): %3").arg(c.handle, fixedText(c.score, 1), c.reason);
}

QString ReportText::fairnessHeading()
{
    return tr("Fairness");
}

QString ReportText::audited(const ClientReport &r)
{
    return tr("Audited: %1.").arg(r.fairnessSelection);
}

QStringList ReportText::audienceColumns()
{
    return {tr("Audience"), tr("Selected"), tr("Target"), tr("Verdict")};
}

QString ReportText::shareText(std::optional<double> share)
{
    return share ? percentText(*share, 1) : tr("no data");
}

QString ReportText::findingsHeading()
{
    return tr("Findings");
}

QString ReportText::findingLead(const FairnessFinding &f)
{
    return tr("%1 · %2: ").arg(f.severity, f.subject);
}

QString ReportText::nothingToFlag()
{
    return tr("Nothing to flag.");
}

QString ReportText::policyHeading()
{
    return tr("Ethics policy");
}

QString ReportText::policyIntro()
{
    return tr(
        "The agency's own rules, checked against this shortlist; a finding that blocks approval is resolved "
        "only by a named person, with a written reason.");
}

QString ReportText::policyLead(const PolicyFindingLine &f)
{
    return tr("%1 · %2 · %3: ").arg(f.status, f.rule, f.subject);
}

QString ReportText::noPolicyFinding()
{
    return tr("No rule of the policy finds anything on this shortlist.");
}

QString ReportText::changedSinceApproval()
{
    return tr("Changed since approval");
}

QStringList ReportText::ruleColumns()
{
    return {tr("Rule"), tr("On"), tr("Severity"), tr("Source of its threshold")};
}

QString ReportText::yesNo(bool yes)
{
    return yes ? tr("yes") : tr("no");
}

QString ReportText::ruleSeverity(const QString &severityKey)
{
    return severityKey == QLatin1String("block") ? tr("blocks approval") : tr("warns");
}

QString ReportText::accountabilityHeading()
{
    return tr("Accountability");
}

QString ReportText::approval(const ClientReport &r)
{
    return r.approvedBy.isEmpty() ? tr("The shortlist is not approved yet.")
                                  : tr("Approved by %1 at %2.").arg(r.approvedBy, r.approvedAt);
}

QString ReportText::auditLog(const ClientReport &r)
{
    return tr("The project's audit log held %n entries when this report was made; the last one's SHA-256 is "
              "%1. "
              "candor verify on the project file checks that it still does.",
              nullptr, static_cast<int>(r.auditEntries))
        .arg(r.auditHeadSha256);
}

QString ReportText::breakdownChartTitle()
{
    return tr("Points each factor adds");
}

QString ReportText::audienceChartTitle(const AudienceDimension &d)
{
    return tr("%1: the shortlist's audience against the target").arg(d.dimension);
}

} // namespace candor::report
