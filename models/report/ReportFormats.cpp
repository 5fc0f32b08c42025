// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReportFormats.h"

#include "ReportText.h"
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
                  {QStringLiteral("decision"), QJsonObject{{QStringLiteral("kind"), c.decisionKey},
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

QString tableHead(const QStringList &columns)
{
    QString s = QStringLiteral("<tr>");
    for (const QString &column : columns)
        s += QStringLiteral("<th>%1</th>").arg(html(column));
    return s + QStringLiteral("</tr>");
}

QString cardHtml(const Card &c, int topK)
{
    QString s = QStringLiteral("<section class=\"card\"><h3>@%1 <small>%2 · %3</small></h3>")
                    .arg(html(c.handle), html(c.displayName), html(c.platform));
    s += QStringLiteral("<p><b>%1</b>%2</p>")
             .arg(html(ReportText::scoreLead(c)), html(ReportText::scoreDetails(c, topK)));
    // The breakdown as bars drawn by the table itself: no script, no image to fetch.
    QStringList columns = ReportText::breakdownColumns();
    columns.insert(columns.size() - 1, QString());
    s += QStringLiteral("<table class=\"breakdown\">") + tableHead(columns);
    for (const Contribution &f : c.contributions)
        s += QStringLiteral(
                 "<tr><td>%1</td><td class=\"n\">%2</td><td class=\"n\">%3</td><td class=\"n\">%4</td>"
                 "<td class=\"n\">%5</td><td class=\"bar\"><span style=\"width:%6%\"></span></td>"
                 "<td>%7</td></tr>")
                 .arg(html(f.name), html(ReportText::rawText(f)), html(ReportText::scaledText(f)),
                      fixedText(f.weight, 1), fixedText(f.points, 2))
                 .arg(std::clamp(f.points * 4.0, 0.0, 100.0), 0, 'f', 1)
                 .arg(html(f.sentence));
    s += QStringLiteral("</table>");
    for (const QString &warning : c.warnings)
        s += QStringLiteral("<p class=\"warning\">%1</p>").arg(html(warning));
    s += QStringLiteral("<p class=\"decision\"><b%1>%2</b>%3</p></section>")
             .arg(c.isOverride ? QStringLiteral(" class=\"override\"") : QString(),
                  html(ReportText::decisionLead(c)), html(ReportText::decisionDetails(c)));
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

QString fixedText(double value, int decimals)
{
    return QLocale::c().toString(value, 'f', decimals);
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
                                      {QStringLiteral("verdict"), a.flagKey}});
        audience.append(QJsonObject{{QStringLiteral("dimension"), d.dimensionKey},
                                    {QStringLiteral("light"), d.lightKey},
                                    {QStringLiteral("pooled"), d.pooled},
                                    {QStringLiteral("members"), d.members},
                                    {QStringLiteral("summary"), d.paragraph},
                                    {QStringLiteral("shares"), shares}});
    }
    QJsonArray findings;
    for (const FairnessFinding &f : r.fairness)
        findings.append(QJsonObject{{QStringLiteral("severity"), f.severityKey},
                                    {QStringLiteral("subject"), f.subject},
                                    {QStringLiteral("finding"), f.sentence}});
    QJsonArray policyRules;
    for (const PolicyRuleLine &rule : r.policyRules)
        policyRules.append(QJsonObject{{QStringLiteral("rule"), rule.id},
                                       {QStringLiteral("severity"), rule.severity},
                                       {QStringLiteral("enabled"), rule.enabled},
                                       {QStringLiteral("source"), rule.source}});
    QJsonArray policyFindings;
    for (const PolicyFindingLine &f : r.policyFindings)
        policyFindings.append(QJsonObject{{QStringLiteral("status"), f.statusKey},
                                          {QStringLiteral("rule"), f.ruleId},
                                          {QStringLiteral("subject"), f.subject},
                                          {QStringLiteral("finding"), f.sentence},
                                          {QStringLiteral("resolution"), optionalText(f.resolution)}});
    const QJsonObject document{
        {QStringLiteral("schema"), QStringLiteral("candor-report/2")},
        {QStringLiteral("language"), r.language},
        {QStringLiteral("campaign"),
         QJsonObject{{QStringLiteral("name"), r.campaign}, {QStringLiteral("brief"), r.brief}}},
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
                        fixedText(c.score, 2)};
        for (const Contribution &f : c.contributions)
            row << fixedText(f.points, 2);
        QStringList policy; // the ethics policy's findings about this creator: "Resolved: Age-restricted products"
        for (const PolicyFindingLine &f : r.policyFindings) {
            if (f.subject == QLatin1Char('@') + c.handle)
                policy << QStringLiteral("%1: %2").arg(f.statusKey, f.ruleId);
        }
        row << c.decisionKey << (c.isOverride ? QStringLiteral("yes") : QStringLiteral("no")) << c.reason
            << c.decidedBy << c.decidedAt << policy.join(QStringLiteral("; "));
        out += csvRecord(row) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray toHtml(const ClientReport &r)
{
    QString s =
        QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"%3\"><head><meta charset=\"utf-8\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
            "'unsafe-inline'; img-src data:\">"
            "<meta name=\"candor-audit-head\" content=\"%2\">"
            "<title>%1</title><style>"
            "body{font-family:'DejaVu Sans',Arial,sans-serif;margin:2em auto;max-width:60em;color:#1d1d1d}"
            "h1{margin-bottom:0}table{border-collapse:collapse;width:100%;margin:.5em 0}"
            "th,td{border-bottom:1px solid #ddd;padding:3px "
            "6px;text-align:left;vertical-align:top;font-size:90%}"
            "td.n{text-align:right;white-space:nowrap}td.bar{width:8em}td.bar span{display:block;height:.8em;"
            "background:#1f6fb2}.card{page-break-inside:avoid;border-top:2px solid #1f6fb2;margin-top:1.5em}"
            ".warning{color:#8a5300}.override{color:#b3261e}.muted{color:#666}"
            "@media print{body{margin:0;max-width:none}}</style></head><body>")
            .arg(html(ReportText::title(r)), html(auditStamp(r)), html(r.language));
    // The logo travels inside the file (a data: address), so the page still makes no request.
    if (!r.agencyLogo.isEmpty())
        s += QStringLiteral("<p><img alt=\"%1\" style=\"max-height:4em\" src=\"data:%2;base64,%3\"></p>")
                 .arg(html(r.agency),
                      r.agencyLogo.startsWith("\x89PNG") ? QStringLiteral("image/png") : QStringLiteral("image/jpeg"),
                      QString::fromLatin1(r.agencyLogo.toBase64()));
    s += QStringLiteral("<header><h1>%1</h1><p>%2</p><p class=\"muted\">%3</p></header>")
             .arg(html(r.campaign), html(r.brief), html(ReportText::preparedLine(r)));
    s += QStringLiteral("<h2>%1</h2><p>%2</p>")
             .arg(html(ReportText::methodHeading()), html(ReportText::methodParagraph(r)));
    s += QStringLiteral("<table>") + tableHead(ReportText::methodColumns());
    for (const MethodFactor &f : r.factors)
        s += QStringLiteral("<tr><td><b>%1</b><br><span class=\"muted\">%2</span></td><td class=\"n\">%3</td>"
                            "<td class=\"n\">%4</td><td>%5</td><td>%6</td></tr>")
                 .arg(html(f.name), html(f.description), fixedText(f.weight, 1), percentText(f.share, 0),
                      html(f.normalization), html(f.dataSource));
    s += QStringLiteral("</table><p>%1</p>").arg(html(ReportText::hardFilters(r)));
    s += QStringLiteral("<h2>%1</h2>").arg(html(ReportText::shortlistHeading(r)));
    for (const Card &c : r.cards)
        s += cardHtml(c, r.topK);
    if (!r.rejected.isEmpty()) {
        s += QStringLiteral("<h2>%1</h2><ul>").arg(html(ReportText::rejectedHeading()));
        for (const Card &c : r.rejected)
            s += QStringLiteral("<li>%1</li>").arg(html(ReportText::rejectedLine(c)));
        s += QStringLiteral("</ul>");
    }
    s += QStringLiteral("<h2>%1</h2><p>%2</p>")
             .arg(html(ReportText::fairnessHeading()), html(ReportText::audited(r)));
    QStringList audienceColumns = ReportText::audienceColumns();
    audienceColumns.insert(audienceColumns.size() - 1, QString());
    for (const AudienceDimension &d : r.audience) {
        s += QStringLiteral("<h3>%1</h3><p>%2</p><table>").arg(html(d.dimension), html(d.paragraph)) +
             tableHead(audienceColumns);
        for (const AudienceShare &a : d.shares)
            s += QStringLiteral(
                     "<tr><td>%1</td><td class=\"n\">%2</td><td class=\"n\">%3</td><td class=\"bar\">"
                     "<span style=\"width:%4%\"></span></td><td>%5</td></tr>")
                     .arg(html(a.category), html(ReportText::shareText(a.share)), percentText(a.target, 1))
                     .arg(std::clamp(a.share.value_or(0.0) * 100.0, 0.0, 100.0), 0, 'f', 1)
                     .arg(html(a.flag));
        s += QStringLiteral("</table>");
    }
    s += QStringLiteral("<h3>%1</h3><ul>").arg(html(ReportText::findingsHeading()));
    for (const FairnessFinding &f : r.fairness)
        s += QStringLiteral("<li><b>%1</b>%2</li>").arg(html(ReportText::findingLead(f)), html(f.sentence));
    if (r.fairness.isEmpty())
        s += QStringLiteral("<li>%1</li>").arg(html(ReportText::nothingToFlag()));
    s += QStringLiteral("</ul><p class=\"muted\">%1</p>").arg(html(r.fairnessCaveat));
    s += QStringLiteral("<h2>%1</h2><p>%2</p><ul>")
             .arg(html(ReportText::policyHeading()), html(ReportText::policyIntro()));
    for (const PolicyFindingLine &f : r.policyFindings) {
        s += QStringLiteral("<li><b>%1</b>%2").arg(html(ReportText::policyLead(f)), html(f.sentence));
        if (!f.resolution.isEmpty())
            s += QStringLiteral("<br><i>%1</i>").arg(html(f.resolution));
        s += QStringLiteral("</li>");
    }
    if (r.policyFindings.isEmpty())
        s += QStringLiteral("<li>%1</li>").arg(html(ReportText::noPolicyFinding()));
    s += QStringLiteral("</ul>");
    if (!r.policyChanges.isEmpty()) {
        s += QStringLiteral("<h3>%1</h3><ul>").arg(html(ReportText::changedSinceApproval()));
        for (const QString &c : r.policyChanges)
            s += QStringLiteral("<li>%1</li>").arg(html(c));
        s += QStringLiteral("</ul>");
    }
    s += QStringLiteral("<table>") + tableHead(ReportText::ruleColumns());
    for (const PolicyRuleLine &rule : r.policyRules)
        s += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                 .arg(html(rule.label), html(ReportText::yesNo(rule.enabled)),
                      html(ReportText::ruleSeverity(rule.severity)), html(rule.source));
    s += QStringLiteral("</table>");
    s += QStringLiteral("<h2>%1</h2><p>%2</p><p class=\"muted\">%3</p>")
             .arg(html(ReportText::accountabilityHeading()), html(ReportText::approval(r)),
                  html(ReportText::auditLog(r)));
    s += QStringLiteral("</body></html>\n");
    return s.toUtf8();
}

} // namespace candor::report
