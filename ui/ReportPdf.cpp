// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReportPdf.h"

#include "AudienceBalanceChart.h"
#include "BreakdownChart.h"
#include "report/ReportFormats.h"
#include "scoring/Factor.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QChart>
#include <QGraphicsLayout>
#include <QImage>
#include <QUrl>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QTextTable>

namespace candor {

namespace {

constexpr int kChartObject = QTextFormat::UserObject + 1;
constexpr int kCardProperty = QTextFormat::UserProperty + 1;      // the card of a breakdown chart, or -1
constexpr int kDimensionProperty = QTextFormat::UserProperty + 2; // the dimension of an audience chart, or -1
constexpr int kDpi = 300; // QPdfWriter's default of 1200 dpi would make the document's point sizes tiny
// The chart's own coordinate space; it is scaled into the space the text layout gives it.
constexpr QSizeF kChartSize(600.0, 330.0);

QString decimal(double value, int decimals)
{
    return QLocale::c().toString(value, 'f', decimals);
}

// Paints a card's breakdown chart, or a dimension's audience-balance chart, where the text engine put the object:
// the same charts as the workbench's, rendered through their scene onto the PDF painter, stay vector paths and text.
class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    // The report lives beside this object in ReportDocument::Parts.
    explicit ChartObject(const report::ClientReport &report) : m_report(report) {}

    QSizeF intrinsicSize(QTextDocument *doc, int, const QTextFormat &) override
    {
        const qreal width = doc->pageSize().width() > 0 ? doc->pageSize().width() * 0.56 : kChartSize.width();
        return {width, width * kChartSize.height() / kChartSize.width()};
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        QGraphicsScene scene; // owns the chart
        QChart *chart = nullptr;
        if (const int card = format.property(kCardProperty).toInt(); card >= 0) {
            QList<BreakdownBar> bars;
            for (const report::Contribution &c : m_report.cards.at(card).contributions) {
                const auto id = scoring::factorFromKey(c.key);
                bars << BreakdownBar{id ? scoring::factorInfo(*id).shortName : c.name, c.points, c.imputed};
            }
            const BreakdownChart breakdown = makeBreakdownChart(QPalette(Qt::white));
            showBreakdown(breakdown, QStringLiteral("Points each factor adds"), bars);
            chart = breakdown.chart;
        } else {
            const report::AudienceDimension &d = m_report.audience.at(format.property(kDimensionProperty).toInt());
            QList<AudienceBar> categories;
            for (const report::AudienceShare &a : d.shares)
                categories << AudienceBar{a.category, a.share, a.lowConfidencePart, a.target};
            chart = makeAudienceBalanceChart(QStringLiteral("%1: the shortlist's audience against the target").arg(d.dimension),
                                             categories, m_report.bandLower, m_report.bandUpper, QPalette(Qt::white));
        }
        scene.addItem(chart);
        const QRectF area(QPointF(0, 0), kChartSize);
        chart->setGeometry(area);
        scene.setSceneRect(area);
        // No view shows it, so no event loop lays it out: the layout is made now, before the axis labels are placed.
        chart->layout()->activate();
        scene.render(painter, rect, area);
    }

private:
    const report::ClientReport &m_report;
};

// Writes the document with a cursor: data goes in as plain text, so nothing in it is read as markup.
class Writer
{
public:
    explicit Writer(QTextDocument &doc) : m_cursor(&doc) {}

    // `newPage`: the heading starts a page (a creator's card always does).
    void heading(const QString &text, int level, bool newPage = false)
    {
        QTextBlockFormat block;
        block.setTopMargin(level == 1 ? 0 : 14);
        block.setBottomMargin(4);
        block.setHeadingLevel(level);
        // A creator's card starts a page of its own: its chart, table and decision stay together.
        if (level == 3 || newPage)
            block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCharFormat chars;
        chars.setFontPointSize(level == 1 ? 20 : level == 2 ? 14 : level == 3 ? 12 : 10.5);
        chars.setFontWeight(QFont::Bold);
        chars.setForeground(QColor(0x1f, 0x4e, 0x79));
        newBlock(block, chars);
        m_cursor.insertText(text);
    }

    void paragraph(const QString &text, bool muted = false)
    {
        QTextCharFormat chars;
        chars.setFontPointSize(muted ? 8.5 : 10);
        if (muted)
            chars.setForeground(QColor(0x55, 0x55, 0x55));
        QTextBlockFormat block;
        block.setBottomMargin(4);
        newBlock(block, chars);
        m_cursor.insertText(text);
    }

    // A line with a bold lead ("Score 61.2 of 100") and the rest plain.
    void leadParagraph(const QString &lead, const QString &rest)
    {
        QTextBlockFormat block;
        block.setBottomMargin(4);
        QTextCharFormat bold;
        bold.setFontPointSize(10);
        bold.setFontWeight(QFont::Bold);
        newBlock(block, bold);
        m_cursor.insertText(lead);
        QTextCharFormat plain;
        plain.setFontPointSize(10);
        m_cursor.insertText(rest, plain);
    }

    // `widths` in percent of the line, one per column (empty: the engine decides).
    void table(const QStringList &header, const QList<QStringList> &rows, const QList<int> &numericColumns = {},
               const QList<int> &widths = {})
    {
        QTextTableFormat format;
        QList<QTextLength> constraints;
        for (int width : widths)
            constraints << QTextLength(QTextLength::PercentageLength, width);
        format.setColumnWidthConstraints(constraints);
        format.setCellPadding(3);
        format.setCellSpacing(0);
        format.setBorder(0.5);
        format.setBorderBrush(QColor(0xcc, 0xcc, 0xcc));
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setHeaderRowCount(1);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QTextTable *t = m_cursor.insertTable(static_cast<int>(rows.size()) + 1, static_cast<int>(header.size()), format);
        QTextCharFormat head;
        head.setFontPointSize(8.5);
        head.setFontWeight(QFont::Bold);
        QTextCharFormat body;
        body.setFontPointSize(8);
        for (int c = 0; c < header.size(); ++c)
            t->cellAt(0, c).firstCursorPosition().insertText(header.at(c), head);
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < header.size(); ++c) {
                QTextCursor cell = t->cellAt(r + 1, c).firstCursorPosition();
                if (numericColumns.contains(c)) {
                    QTextBlockFormat right;
                    right.setAlignment(Qt::AlignRight);
                    cell.setBlockFormat(right);
                }
                cell.insertText(rows.at(r).value(c), body);
            }
        }
        m_cursor.movePosition(QTextCursor::End);
    }

    // The agency's logo, kept small above the title; nothing for no logo or bytes that are not an image.
    void logo(const QByteArray &bytes)
    {
        const QImage image = QImage::fromData(bytes);
        if (image.isNull())
            return;
        QTextDocument *doc = m_cursor.document();
        const QUrl name(QStringLiteral("candor-agency-logo"));
        doc->addResource(QTextDocument::ImageResource, name, image);
        newBlock({}, {});
        QTextImageFormat format;
        format.setName(name.toString());
        constexpr qreal kHeight = 48.0; // in the document's units: about twice the title's line
        format.setHeight(std::min<qreal>(kHeight, image.height()));
        format.setWidth(format.height() * image.width() / image.height());
        m_cursor.insertImage(format);
    }

    // A card's breakdown chart (card >= 0) or a dimension's audience chart.
    void chart(int card, int dimension = -1)
    {
        QTextBlockFormat block;
        block.setAlignment(Qt::AlignHCenter);
        newBlock(block, {});
        QTextCharFormat object;
        object.setObjectType(kChartObject);
        object.setProperty(kCardProperty, card);
        object.setProperty(kDimensionProperty, dimension);
        m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }

private:
    void newBlock(const QTextBlockFormat &block, const QTextCharFormat &chars)
    {
        if (m_first) {
            m_cursor.setBlockFormat(block);
            m_cursor.setCharFormat(chars);
            m_first = false;
        } else {
            m_cursor.insertBlock(block, chars);
        }
    }

    QTextCursor m_cursor;
    bool m_first = true;
};

void writeContent(Writer &w, const report::ClientReport &r)
{
    w.logo(r.agencyLogo);
    w.heading(r.campaign, 1);
    if (!r.brief.isEmpty())
        w.paragraph(r.brief);
    w.paragraph(QStringLiteral("%1Prepared on %2 with Candor · scoring model %3 version %4")
                    .arg(r.agency.isEmpty() ? QString() : r.agency + QStringLiteral(" · "), r.preparedOn, r.modelName)
                    .arg(r.modelVersion),
                true);

    w.heading(QStringLiteral("How the score is made"), 2);
    w.paragraph(QStringLiteral("Each creator's score is the weighted share of the points each factor gives, out of "
                               "100. %1 In this shortlist %2 values were missing.")
                    .arg(r.missingDataRule)
                    .arg(r.imputedValues));
    QList<QStringList> factors;
    for (const report::MethodFactor &f : r.factors)
        factors << QStringList{f.name, decimal(f.weight, 1), QLocale::c().toString(f.share * 100.0, 'f', 0) + QLatin1Char('%'),
                               f.normalization, f.dataSource};
    w.table({QStringLiteral("Factor"), QStringLiteral("Weight"), QStringLiteral("Share"),
             QStringLiteral("How it is scaled"), QStringLiteral("Data and benchmarks")},
            factors, {1, 2}, {17, 10, 9, 32, 32});
    w.paragraph(QStringLiteral("Hard filters: %1.")
                    .arg(r.filters.isEmpty() ? QStringLiteral("none") : r.filters.join(QStringLiteral("; "))));

    w.heading(QStringLiteral("The shortlist (%1)").arg(r.cards.size()), 2);
    for (int i = 0; i < r.cards.size(); ++i) {
        const report::Card &c = r.cards.at(i);
        w.heading(QStringLiteral("@%1 · %2 · %3").arg(c.handle, c.displayName, c.platform), 3);
        QString rest = c.rank > 0 ? QStringLiteral(" · rank %1").arg(c.rank)
                                  : QStringLiteral(" · not ranked: %1").arg(c.filteredOutBy);
        if (c.highest > c.lowest)
            rest += QStringLiteral(" · with the missing data: %1 to %2").arg(decimal(c.lowest, 1), decimal(c.highest, 1));
        if (c.probabilityInTopK)
            rest += QStringLiteral(" · in the top %1 in %2% of weight draws, rank %3–%4")
                        .arg(r.topK)
                        .arg(QLocale::c().toString(*c.probabilityInTopK * 100.0, 'f', 0))
                        .arg(c.rankLow)
                        .arg(c.rankHigh);
        w.leadParagraph(QStringLiteral("Score %1 of 100").arg(decimal(c.score, 1)), rest);
        w.chart(i);
        QList<QStringList> rows;
        for (const report::Contribution &f : c.contributions)
            rows << QStringList{f.name,
                                f.raw ? report::rawValueText(*f.raw) : QStringLiteral("no data"),
                                decimal(f.normalized, 3) + (f.imputed ? QStringLiteral(" (imputed)") : QString()),
                                decimal(f.weight, 1), decimal(f.points, 2), f.sentence};
        w.table({QStringLiteral("Factor"), QStringLiteral("Raw"), QStringLiteral("Scaled"), QStringLiteral("Weight"),
                 QStringLiteral("Points"), QStringLiteral("Why")},
                rows, {1, 2, 3, 4}, {16, 13, 12, 10, 9, 40});
        for (const QString &warning : c.warnings)
            w.paragraph(QStringLiteral("Warning: ") + warning);
        w.leadParagraph(c.decision + (c.isOverride ? QStringLiteral(", against the ranking") : QString()),
                        QStringLiteral(" by %1 on %2: %3").arg(c.decidedBy, c.decidedAt.left(10), c.reason));
    }
    if (!r.rejected.isEmpty()) {
        w.heading(QStringLiteral("Considered and rejected"), 2);
        for (const report::Card &c : r.rejected)
            w.paragraph(QStringLiteral("@%1 (score %2): %3").arg(c.handle, decimal(c.score, 1), c.reason));
    }
    w.heading(QStringLiteral("Fairness"), 2, true);
    w.paragraph(QStringLiteral("Audited: %1.").arg(r.fairnessSelection));
    for (int i = 0; i < r.audience.size(); ++i) {
        const report::AudienceDimension &d = r.audience.at(i);
        w.heading(d.dimension, 4);
        w.paragraph(d.paragraph);
        w.chart(-1, i);
        QList<QStringList> rows;
        for (const report::AudienceShare &a : d.shares)
            rows << QStringList{a.category,
                                a.share ? QLocale::c().toString(*a.share * 100.0, 'f', 1) + QStringLiteral(" %")
                                        : QStringLiteral("no data"),
                                QLocale::c().toString(a.target * 100.0, 'f', 1) + QStringLiteral(" %"), a.flag};
        w.table({QStringLiteral("Audience"), QStringLiteral("Selected"), QStringLiteral("Target"), QStringLiteral("Verdict")},
                rows, {1, 2}, {34, 18, 18, 30});
    }
    w.heading(QStringLiteral("Findings"), 4);
    for (const report::FairnessFinding &f : r.fairness)
        w.leadParagraph(QStringLiteral("%1 · %2: ").arg(f.severity, f.subject), f.sentence);
    if (r.fairness.isEmpty())
        w.paragraph(QStringLiteral("Nothing to flag."));
    w.paragraph(r.fairnessCaveat, true);
    w.heading(QStringLiteral("Ethics policy"), 2);
    w.paragraph(QStringLiteral("The agency's own rules, checked against this shortlist; a finding that blocks approval "
                               "is resolved only by a named person, with a written reason."));
    for (const report::PolicyFindingLine &f : r.policyFindings) {
        w.leadParagraph(QStringLiteral("%1 · %2 · %3: ").arg(f.status, f.rule, f.subject), f.sentence);
        if (!f.resolution.isEmpty())
            w.paragraph(f.resolution, true);
    }
    if (r.policyFindings.isEmpty())
        w.paragraph(QStringLiteral("No rule of the policy finds anything on this shortlist."));
    if (!r.policyChanges.isEmpty()) {
        w.heading(QStringLiteral("Changed since approval"), 4);
        for (const QString &c : r.policyChanges)
            w.paragraph(c);
    }
    QList<QStringList> ruleRows;
    for (const report::PolicyRuleLine &rule : r.policyRules)
        ruleRows << QStringList{rule.label, rule.enabled ? QStringLiteral("yes") : QStringLiteral("no"), rule.severity,
                                rule.source};
    w.table({QStringLiteral("Rule"), QStringLiteral("On"), QStringLiteral("Severity"), QStringLiteral("Source of its threshold")},
            ruleRows, {}, {25, 6, 13, 56});
    w.heading(QStringLiteral("Accountability"), 2);
    w.paragraph(r.approvedBy.isEmpty() ? QStringLiteral("The shortlist is not approved yet.")
                                       : QStringLiteral("Approved by %1 at %2.").arg(r.approvedBy, r.approvedAt));
    w.paragraph(QStringLiteral("The project's audit log held %1 entries when this report was made; the last one's "
                               "SHA-256 is %2. candor verify on the project file checks that it still does.")
                    .arg(r.auditEntries)
                    .arg(r.auditHeadSha256),
                true);
}

} // namespace

struct ReportDocument::Parts
{
    report::ClientReport content;
    QTextDocument doc;
    ChartObject charts{content};
};

ReportDocument::ReportDocument(report::ClientReport report) : d(std::make_unique<Parts>())
{
    d->content = std::move(report);
    d->doc.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    d->doc.documentLayout()->registerHandler(kChartObject, &d->charts);
    Writer w(d->doc);
    writeContent(w, d->content);
}

ReportDocument::~ReportDocument() = default;

const report::ClientReport &ReportDocument::content() const
{
    return d->content;
}

QTextDocument *ReportDocument::document() const
{
    return &d->doc;
}

Result<QByteArray> ReportDocument::pdf(Paper paper) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("(report)"), QStringLiteral("cannot open a buffer for the PDF"), {}};
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kDpi);
        writer.setPageSize(QPageSize(paper == Paper::A4 ? QPageSize::A4 : QPageSize::Letter));
        writer.setPageMargins(QMarginsF(16, 16, 16, 16), QPageLayout::Millimeter);
        writer.setTitle(QStringLiteral("%1 · shortlist report").arg(d->content.campaign));
        writer.setCreator(QStringLiteral("Candor"));
        // The log's head in the metadata, where `candor verify --report` finds it (XMP is stored uncompressed).
        writer.setDocumentXmpMetadata(
            QStringLiteral("<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
                           "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description "
                           "rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:identifier>%1"
                           "</dc:identifier></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>")
                .arg(report::auditStamp(d->content))
                .toUtf8());
        d->doc.print(&writer);
    }
    return bytes;
}

Result<QByteArray> renderReport(const report::ClientReport &report, const QString &format, Paper paper)
{
    if (format == QLatin1String("pdf"))
        return ReportDocument(report).pdf(paper);
    if (format == QLatin1String("html"))
        return report::toHtml(report);
    if (format == QLatin1String("csv"))
        return report::toCsv(report);
    if (format == QLatin1String("json"))
        return report::toJson(report);
    return Error{QStringLiteral("(report)"), QStringLiteral("no report format \"%1\" (pdf, html, csv or json)").arg(format), {}};
}

} // namespace candor

#include "ReportPdf.moc"
