// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReportFormats.h"

#include "core/Formatting.h"
#include "core/SafeText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace candor::report {

namespace {

// Twelve significant digits, as `candor rank` prints them: exact enough to re-add, short enough to read.
QJsonValue number(double value)
{
    return QString::number(value, 'g', 12).toDouble();
}

QJsonValue optionalText(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject cardJson(const Card &c)
{
    QJsonArray contributions;
    for (const Contribution &f : c.contributions)
        contributions.append(QJsonObject{{QStringLiteral("factor"), f.key},
                                         {QStringLiteral("raw"), f.raw ? number(*f.raw) : QJsonValue()},
                                         {QStringLiteral("normalized"), number(f.normalized)},
                                         {QStringLiteral("weight"), number(f.weight)},
                                         {QStringLiteral("points"), number(f.points)},
                                         {QStringLiteral("imputed"), f.imputed},
                                         {QStringLiteral("sentence"), f.sentence}});
    QJsonObject o{{QStringLiteral("handle"), c.handle},
                  {QStringLiteral("name"), c.displayName},
                  {QStringLiteral("platform"), c.platform},
                  {QStringLiteral("rank"), c.rank > 0 ? QJsonValue(c.rank) : QJsonValue()},
                  {QStringLiteral("filtered_out_by"), optionalText(c.filteredOutBy)},
                  {QStringLiteral("score"), number(c.score)},
                  {QStringLiteral("score_range"), QJsonArray{number(c.lowest), number(c.highest)}},
                  {QStringLiteral("coverage"), number(c.coverage)},
                  {QStringLiteral("contributions"), contributions},
                  {QStringLiteral("warnings"), QJsonArray::fromStringList(c.warnings)},
                  {QStringLiteral("decision"),
                   QJsonObject{{QStringLiteral("kind"), c.decision},
                               {QStringLiteral("reason"), c.reason},
                               {QStringLiteral("by"), c.decidedBy},
                               {QStringLiteral("at"), c.decidedAt},
                               {QStringLiteral("override"), c.isOverride}}}};
    if (c.probabilityInTopK) {
        o.insert(QStringLiteral("p_top_k"), number(*c.probabilityInTopK));
        o.insert(QStringLiteral("rank_interval"), QJsonArray{c.rankLow, c.rankHigh});
    }
    return o;
}

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

QString decimal(double value, int decimals)
{
    return QLocale::c().toString(value, 'f', decimals);
}

QString cardHtml(const Card &c, int topK)
{
    QString s = QStringLiteral("<section class=\"card\"><h3>@%1 <small>%2 · %3</small></h3>")
                    .arg(html(c.handle), html(c.displayName), html(c.platform));
    s += QStringLiteral("<p><b>Score %1</b> of 100 · ").arg(decimal(c.score, 1));
    s += c.rank > 0 ? QStringLiteral("rank %1").arg(c.rank)
                    : QStringLiteral("not ranked: %1").arg(html(c.filteredOutBy));
    if (c.highest > c.lowest)
        s += QStringLiteral(" · with the missing data: %1 to %2").arg(decimal(c.lowest, 1), decimal(c.highest, 1));
    if (c.probabilityInTopK)
        s += QStringLiteral(" · in the top %1 in %2 of weight draws, rank %3–%4")
                 .arg(topK)
                 .arg(percentText(*c.probabilityInTopK, 0))
                 .arg(c.rankLow)
                 .arg(c.rankHigh);
    s += QStringLiteral("</p>");
    // The breakdown as bars drawn by the table itself: no script, no image to fetch.
    s += QStringLiteral("<table class=\"breakdown\"><tr><th>Factor</th><th>Raw</th><th>Scaled</th><th>Weight</th>"
                        "<th>Points</th><th></th><th>Why</th></tr>");
    for (const Contribution &f : c.contributions)
        s += QStringLiteral("<tr><td>%1</td><td class=\"n\">%2</td><td class=\"n\">%3%4</td><td class=\"n\">%5</td>"
                            "<td class=\"n\">%6</td><td class=\"bar\"><span style=\"width:%7%\"></span></td>"
                            "<td>%8</td></tr>")
                 .arg(html(f.name), f.raw ? html(rawValueText(*f.raw)) : QStringLiteral("no data"),
                      decimal(f.normalized, 3), f.imputed ? QStringLiteral(" (imputed)") : QString(),
                      decimal(f.weight, 1), decimal(f.points, 2))
                 .arg(std::clamp(f.points * 4.0, 0.0, 100.0), 0, 'f', 1)
                 .arg(html(f.sentence));
    s += QStringLiteral("</table>");
    for (const QString &warning : c.warnings)
        s += QStringLiteral("<p class=\"warning\">%1</p>").arg(html(warning));
    s += QStringLiteral("<p class=\"decision\"><b>%1</b>%2 by %3 on %4: %5</p></section>")
             .arg(html(c.decision), c.isOverride ? QStringLiteral(" <span class=\"override\">against the ranking</span>")
                                                 : QString(),
                  html(c.decidedBy), html(c.decidedAt.left(10)), html(c.reason));
    return s;
}

} // namespace

QString auditStamp(const ClientReport &r)
{
    return QStringLiteral("candor-audit-head:%1:%2").arg(r.auditEntries).arg(r.auditHeadSha256);
}

std::optional<AuditStamp> findAuditStamp(const QByteArray &bytes)
{
    static const QRegularExpression stamp(QStringLiteral("candor-audit-head:(\\d+):([0-9a-f]{64})"));
    const QRegularExpressionMatch m = stamp.match(QString::fromLatin1(bytes));
    if (!m.hasMatch())
        return std::nullopt;
    return AuditStamp{m.captured(1).toLongLong(), m.captured(2)};
}

QString rawValueText(double value)
{
    const QLocale english(QLocale::English);
    return std::abs(value) >= 1000.0 ? english.toString(static_cast<qint64>(std::llround(value)))
                                     : english.toString(value, 'g', 6);
}

QByteArray toJson(const ClientReport &r)
{
    QJsonArray factors;
    for (const MethodFactor &f : r.factors)
        factors.append(QJsonObject{{QStringLiteral("factor"), f.key},
                                   {QStringLiteral("name"), f.name},
                                   {QStringLiteral("weight"), number(f.weight)},
                                   {QStringLiteral("share"), number(f.share)},
                                   {QStringLiteral("normalization"), f.normalization},
                                   {QStringLiteral("source"), f.dataSource}});
    QJsonArray shortlist;
    for (const Card &c : r.cards)
        shortlist.append(cardJson(c));
    QJsonArray rejected;
    for (const Card &c : r.rejected)
        rejected.append(cardJson(c));
    QJsonArray audience;
    for (const AudienceDimension &d : r.audience) {
        QJsonArray shares;
        for (const AudienceShare &a : d.shares)
            shares.append(QJsonObject{{QStringLiteral("category"), a.category},
                                      {QStringLiteral("share"), a.share ? number(*a.share) : QJsonValue()},
                                      {QStringLiteral("target"), number(a.target)},
                                      {QStringLiteral("verdict"), a.flag}});
        audience.append(QJsonObject{{QStringLiteral("dimension"), d.dimension},
                                    {QStringLiteral("light"), d.light},
                                    {QStringLiteral("pooled"), d.pooled},
                                    {QStringLiteral("members"), d.members},
                                    {QStringLiteral("summary"), d.paragraph},
                                    {QStringLiteral("shares"), shares}});
    }
    QJsonArray findings;
    for (const FairnessFinding &f : r.fairness)
        findings.append(QJsonObject{{QStringLiteral("severity"), f.severity},
                                    {QStringLiteral("subject"), f.subject},
                                    {QStringLiteral("finding"), f.sentence}});
    QJsonArray policyRules;
    for (const PolicyRuleLine &rule : r.policyRules)
        policyRules.append(QJsonObject{{QStringLiteral("rule"), rule.label},
                                       {QStringLiteral("severity"), rule.severity},
                                       {QStringLiteral("enabled"), rule.enabled},
                                       {QStringLiteral("source"), rule.source}});
    QJsonArray policyFindings;
    for (const PolicyFindingLine &f : r.policyFindings)
        policyFindings.append(QJsonObject{{QStringLiteral("status"), f.status},
                                          {QStringLiteral("rule"), f.rule},
                                          {QStringLiteral("subject"), f.subject},
                                          {QStringLiteral("finding"), f.sentence},
                                          {QStringLiteral("resolution"), optionalText(f.resolution)}});
    const QJsonObject document{
        {QStringLiteral("schema"), QStringLiteral("candor-report/1")},
        {QStringLiteral("campaign"), QJsonObject{{QStringLiteral("name"), r.campaign}, {QStringLiteral("brief"), r.brief}}},
        {QStringLiteral("agency"), optionalText(r.agency)},
        {QStringLiteral("prepared_on"), r.preparedOn},
        {QStringLiteral("method"),
         QJsonObject{{QStringLiteral("model"), r.modelName},
                     {QStringLiteral("version"), r.modelVersion},
                     {QStringLiteral("missing_data"), r.missingDataRule},
                     {QStringLiteral("imputed_values"), r.imputedValues},
                     {QStringLiteral("k"), r.topK},
                     {QStringLiteral("filters"), QJsonArray::fromStringList(r.filters)},
                     {QStringLiteral("factors"), factors}}},
        {QStringLiteral("shortlist"), shortlist},
        {QStringLiteral("rejected"), rejected},
        {QStringLiteral("fairness"), QJsonObject{{QStringLiteral("selection"), r.fairnessSelection},
                                                 {QStringLiteral("audience"), audience},
                                                 {QStringLiteral("findings"), findings},
                                                 {QStringLiteral("caveat"), r.fairnessCaveat}}},
        {QStringLiteral("policy"), QJsonObject{{QStringLiteral("rules"), policyRules},
                                               {QStringLiteral("findings"), policyFindings},
                                               {QStringLiteral("changes_since_approval"),
                                                QJsonArray::fromStringList(r.policyChanges)}}},
        {QStringLiteral("accountability"),
         QJsonObject{{QStringLiteral("approved_by"), optionalText(r.approvedBy)},
                     {QStringLiteral("approved_at"), optionalText(r.approvedAt)},
                     {QStringLiteral("audit_entries"), r.auditEntries},
                     {QStringLiteral("audit_head_sha256"), r.auditHeadSha256},
                     {QStringLiteral("stamp"), auditStamp(r)}}}};
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

QByteArray toCsv(const ClientReport &r)
{
    QStringList header{QStringLiteral("rank"), QStringLiteral("handle"), QStringLiteral("name"),
                       QStringLiteral("platform"), QStringLiteral("score")};
    for (const MethodFactor &f : r.factors)
        header << f.key;
    header << QStringLiteral("decision") << QStringLiteral("override") << QStringLiteral("reason")
           << QStringLiteral("decided_by") << QStringLiteral("decided_at") << QStringLiteral("policy_findings");
    QString out = csvRecord(header) + QStringLiteral("\r\n");
    for (const Card &c : r.cards) {
        QStringList row{c.rank > 0 ? QString::number(c.rank) : QString(), c.handle, c.displayName, c.platform,
                        decimal(c.score, 2)};
        for (const Contribution &f : c.contributions)
            row << decimal(f.points, 2);
        QStringList policy; // the ethics policy's findings about this creator: "Resolved: Age-restricted products"
        for (const PolicyFindingLine &f : r.policyFindings) {
            if (f.subject == QLatin1Char('@') + c.handle)
                policy << QStringLiteral("%1: %2").arg(f.status, f.rule);
        }
        row << c.decision << (c.isOverride ? QStringLiteral("yes") : QStringLiteral("no")) << c.reason << c.decidedBy
            << c.decidedAt << policy.join(QStringLiteral("; "));
        out += csvRecord(row) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray toHtml(const ClientReport &r)
{
    QString s = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"
        "<meta name=\"candor-audit-head\" content=\"%2\">"
        "<title>%1 · shortlist report</title><style>"
        "body{font-family:'DejaVu Sans',Arial,sans-serif;margin:2em auto;max-width:60em;color:#1d1d1d}"
        "h1{margin-bottom:0}table{border-collapse:collapse;width:100%;margin:.5em 0}"
        "th,td{border-bottom:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top;font-size:90%}"
        "td.n{text-align:right;white-space:nowrap}td.bar{width:8em}td.bar span{display:block;height:.8em;"
        "background:#1f6fb2}.card{page-break-inside:avoid;border-top:2px solid #1f6fb2;margin-top:1.5em}"
        ".warning{color:#8a5300}.override{color:#b3261e}.muted{color:#666}"
        "@media print{body{margin:0;max-width:none}}</style></head><body>")
                    .arg(html(r.campaign), html(auditStamp(r)));
    // The logo travels inside the file (a data: address), so the page still makes no request.
    if (!r.agencyLogo.isEmpty())
        s += QStringLiteral("<p><img alt=\"%1\" style=\"max-height:4em\" src=\"data:%2;base64,%3\"></p>")
                 .arg(html(r.agency),
                      r.agencyLogo.startsWith("\x89PNG") ? QStringLiteral("image/png") : QStringLiteral("image/jpeg"),
                      QString::fromLatin1(r.agencyLogo.toBase64()));
    s += QStringLiteral("<header><h1>%1</h1><p>%2</p><p class=\"muted\">%3Prepared on %4 with Candor · scoring model "
                        "%5 version %6</p></header>")
             .arg(html(r.campaign), html(r.brief),
                  r.agency.isEmpty() ? QString() : html(r.agency) + QStringLiteral(" · "), html(r.preparedOn),
                  html(r.modelName))
             .arg(r.modelVersion);
    s += QStringLiteral("<h2>How the score is made</h2><p>Each creator's score is the weighted share of the "
                        "points each factor gives, out of 100. %1 In this shortlist %2 values were missing.</p>")
             .arg(html(r.missingDataRule))
             .arg(r.imputedValues);
    s += QStringLiteral("<table><tr><th>Factor</th><th>Weight</th><th>Share</th><th>How it is scaled</th>"
                        "<th>Data and benchmarks</th></tr>");
    for (const MethodFactor &f : r.factors)
        s += QStringLiteral("<tr><td><b>%1</b><br><span class=\"muted\">%2</span></td><td class=\"n\">%3</td>"
                            "<td class=\"n\">%4</td><td>%5</td><td>%6</td></tr>")
                 .arg(html(f.name), html(f.description), decimal(f.weight, 1), percentText(f.share, 0),
                      html(f.normalization), html(f.dataSource));
    s += QStringLiteral("</table><p>Hard filters: %1.</p>")
             .arg(r.filters.isEmpty() ? QStringLiteral("none") : html(r.filters.join(QStringLiteral("; "))));
    s += QStringLiteral("<h2>The shortlist (%1)</h2>").arg(r.cards.size());
    for (const Card &c : r.cards)
        s += cardHtml(c, r.topK);
    if (!r.rejected.isEmpty()) {
        s += QStringLiteral("<h2>Considered and rejected</h2><ul>");
        for (const Card &c : r.rejected)
            s += QStringLiteral("<li>@%1 (score %2): %3</li>").arg(html(c.handle), decimal(c.score, 1), html(c.reason));
        s += QStringLiteral("</ul>");
    }
    s += QStringLiteral("<h2>Fairness</h2><p>Audited: %1.</p>").arg(html(r.fairnessSelection));
    for (const AudienceDimension &d : r.audience) {
        s += QStringLiteral("<h3>%1</h3><p>%2</p><table><tr><th>Audience</th><th>Selected</th><th>Target</th><th></th>"
                            "<th>Verdict</th></tr>")
                 .arg(html(d.dimension), html(d.paragraph));
        for (const AudienceShare &a : d.shares)
            s += QStringLiteral("<tr><td>%1</td><td class=\"n\">%2</td><td class=\"n\">%3</td><td class=\"bar\">"
                                "<span style=\"width:%4%\"></span></td><td>%5</td></tr>")
                     .arg(html(a.category), a.share ? percentText(*a.share, 1) : QStringLiteral("no data"),
                          percentText(a.target, 1))
                     .arg(std::clamp(a.share.value_or(0.0) * 100.0, 0.0, 100.0), 0, 'f', 1)
                     .arg(html(a.flag));
        s += QStringLiteral("</table>");
    }
    s += QStringLiteral("<h3>Findings</h3><ul>");
    for (const FairnessFinding &f : r.fairness)
        s += QStringLiteral("<li><b>%1</b> · %2: %3</li>").arg(html(f.severity), html(f.subject), html(f.sentence));
    if (r.fairness.isEmpty())
        s += QStringLiteral("<li>Nothing to flag.</li>");
    s += QStringLiteral("</ul><p class=\"muted\">%1</p>").arg(html(r.fairnessCaveat));
    s += QStringLiteral("<h2>Ethics policy</h2><p>The agency's own rules, checked against this shortlist; a finding "
                        "that blocks approval is resolved only by a named person, with a written reason.</p><ul>");
    for (const PolicyFindingLine &f : r.policyFindings) {
        s += QStringLiteral("<li><b>%1</b> · %2 · %3: %4").arg(html(f.status), html(f.rule), html(f.subject), html(f.sentence));
        if (!f.resolution.isEmpty())
            s += QStringLiteral("<br><i>%1</i>").arg(html(f.resolution));
        s += QStringLiteral("</li>");
    }
    if (r.policyFindings.isEmpty())
        s += QStringLiteral("<li>No rule of the policy finds anything on this shortlist.</li>");
    s += QStringLiteral("</ul>");
    if (!r.policyChanges.isEmpty()) {
        s += QStringLiteral("<h3>Changed since approval</h3><ul>");
        for (const QString &c : r.policyChanges)
            s += QStringLiteral("<li>%1</li>").arg(html(c));
        s += QStringLiteral("</ul>");
    }
    s += QStringLiteral("<table><tr><th>Rule</th><th>On</th><th>Severity</th><th>Source of its threshold</th></tr>");
    for (const PolicyRuleLine &rule : r.policyRules)
        s += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                 .arg(html(rule.label), rule.enabled ? QStringLiteral("yes") : QStringLiteral("no"), html(rule.severity),
                      html(rule.source));
    s += QStringLiteral("</table>");
    s += QStringLiteral("<h2>Accountability</h2><p>%1</p><p class=\"muted\">The project's audit log held %2 entries "
                        "when this report was made; the last one's SHA-256 is <code>%3</code>. "
                        "<code>candor verify</code> on the project file checks that it still does.</p>")
             .arg(r.approvedBy.isEmpty()
                      ? QStringLiteral("The shortlist is <b>not approved</b> yet.")
                      : QStringLiteral("Approved by <b>%1</b> at %2.").arg(html(r.approvedBy), html(r.approvedAt)))
             .arg(r.auditEntries)
             .arg(html(r.auditHeadSha256));
    s += QStringLiteral("</body></html>\n");
    return s.toUtf8();
}

} // namespace candor::report
