// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReportPdf.h"

#include "AudienceBalanceChart.h"
#include "BreakdownChart.h"
#include "core/Formatting.h"
#include "report/ReportFormats.h"
#include "report/ReportText.h"
#include "scoring/Factor.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHash>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QTextTable>
#include <QUrl>

namespace candor {

namespace {

constexpr int kChartObject = QTextFormat::UserObject + 1;
constexpr int kCardProperty = QTextFormat::UserProperty + 1;      // the card of a breakdown chart, or -1
constexpr int kDimensionProperty = QTextFormat::UserProperty + 2; // the dimension of an audience chart, or -1
constexpr int kDpi = 300; // QPdfWriter's default of 1200 dpi would make the document's point sizes tiny
// The chart's own coordinate space; it is scaled into the space the text layout gives it.
constexpr QSizeF kChartSize(600.0, 330.0);

// Paints a card's breakdown chart, or a dimension's audience-balance chart, where the text engine put the object:
// the same charts as the workbench's, rendered through their scene onto the PDF painter, stay vector paths and text.
class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    // The report lives beside this object in ReportDocument::Parts. The words are taken now, in the report's
    // language (a preview paints later, in the window's).
    explicit ChartObject(const report::ClientReport &report)
        : m_report(report), m_breakdownTitle(report::ReportText::breakdownChartTitle())
    {
        for (const report::AudienceDimension &d : report.audience)
            m_audienceTitles << report::ReportText::audienceChartTitle(d);
        for (const scoring::FactorId id : scoring::allFactors())
            m_factorNames.insert(QString::fromLatin1(scoring::factorInfo(id).key),
                                 scoring::translatedFactorShortName(id));
    }

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
            for (const report::Contribution &c : m_report.cards.at(card).contributions)
                bars << BreakdownBar{m_factorNames.value(c.key, c.name), c.points, c.imputed};
            const BreakdownChart breakdown = makeBreakdownChart(QPalette(Qt::white));
            showBreakdown(breakdown, m_breakdownTitle, bars);
            chart = breakdown.chart;
        } else {
            const int dimension = format.property(kDimensionProperty).toInt();
            const report::AudienceDimension &d = m_report.audience.at(dimension);
            QList<AudienceBar> categories;
            for (const report::AudienceShare &a : d.shares)
                categories << AudienceBar{a.category, a.share, a.lowConfidencePart, a.target};
            chart = makeAudienceBalanceChart(m_audienceTitles.at(dimension), categories, m_report.bandLower,
                                             m_report.bandUpper, QPalette(Qt::white));
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
    QString m_breakdownTitle;
    QStringList m_audienceTitles;
    QHash<QString, QString> m_factorNames; // key → short name
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
    using report::ReportText;
    w.logo(r.agencyLogo);
    w.heading(r.campaign, 1);
    if (!r.brief.isEmpty())
        w.paragraph(r.brief);
    w.paragraph(ReportText::preparedLine(r), true);

    w.heading(ReportText::methodHeading(), 2);
    w.paragraph(ReportText::methodParagraph(r));
    QList<QStringList> factors;
    for (const report::MethodFactor &f : r.factors)
        factors << QStringList{f.name, report::fixedText(f.weight, 1), percentText(f.share, 0),
                               f.normalization, f.dataSource};
    w.table(ReportText::methodColumns(), factors, {1, 2}, {17, 10, 9, 32, 32});
    w.paragraph(ReportText::hardFilters(r));

    w.heading(ReportText::shortlistHeading(r), 2);
    for (int i = 0; i < r.cards.size(); ++i) {
        const report::Card &c = r.cards.at(i);
        w.heading(QStringLiteral("@%1 · %2 · %3").arg(c.handle, c.displayName, c.platform), 3);
        w.leadParagraph(ReportText::scoreLead(c), ReportText::scoreDetails(c, r.topK));
        w.chart(i);
        QList<QStringList> rows;
        for (const report::Contribution &f : c.contributions)
            rows << QStringList{f.name,
                                ReportText::rawText(f),
                                ReportText::scaledText(f),
                                report::fixedText(f.weight, 1),
                                report::fixedText(f.points, 2),
                                f.sentence};
        w.table(ReportText::breakdownColumns(), rows, {1, 2, 3, 4}, {16, 13, 12, 10, 9, 40});
        for (const QString &warning : c.warnings)
            w.paragraph(ReportText::warning(warning));
        w.leadParagraph(ReportText::decisionLead(c), ReportText::decisionDetails(c));
    }
    if (!r.rejected.isEmpty()) {
        w.heading(ReportText::rejectedHeading(), 2);
        for (const report::Card &c : r.rejected)
            w.paragraph(ReportText::rejectedLine(c));
    }
    w.heading(ReportText::fairnessHeading(), 2, true);
    w.paragraph(ReportText::audited(r));
    for (int i = 0; i < r.audience.size(); ++i) {
        const report::AudienceDimension &d = r.audience.at(i);
        w.heading(d.dimension, 4);
        w.paragraph(d.paragraph);
        w.chart(-1, i);
        QList<QStringList> rows;
        for (const report::AudienceShare &a : d.shares)
            rows << QStringList{a.category, ReportText::shareText(a.share), percentText(a.target, 1), a.flag};
        w.table(ReportText::audienceColumns(), rows, {1, 2}, {34, 18, 18, 30});
    }
    w.heading(ReportText::findingsHeading(), 4);
    for (const report::FairnessFinding &f : r.fairness)
        w.leadParagraph(ReportText::findingLead(f), f.sentence);
    if (r.fairness.isEmpty())
        w.paragraph(ReportText::nothingToFlag());
    w.paragraph(r.fairnessCaveat, true);
    w.heading(ReportText::policyHeading(), 2);
    w.paragraph(ReportText::policyIntro());
    for (const report::PolicyFindingLine &f : r.policyFindings) {
        w.leadParagraph(ReportText::policyLead(f), f.sentence);
        if (!f.resolution.isEmpty())
            w.paragraph(f.resolution, true);
    }
    if (r.policyFindings.isEmpty())
        w.paragraph(ReportText::noPolicyFinding());
    if (!r.policyChanges.isEmpty()) {
        w.heading(ReportText::changedSinceApproval(), 4);
        for (const QString &c : r.policyChanges)
            w.paragraph(c);
    }
    QList<QStringList> ruleRows;
    for (const report::PolicyRuleLine &rule : r.policyRules)
        ruleRows << QStringList{rule.label, ReportText::yesNo(rule.enabled),
                                ReportText::ruleSeverity(rule.severity), rule.source};
    w.table(ReportText::ruleColumns(), ruleRows, {}, {25, 6, 13, 56});
    w.heading(ReportText::accountabilityHeading(), 2);
    w.paragraph(ReportText::approval(r));
    w.paragraph(ReportText::auditLog(r), true);
}

} // namespace

struct ReportDocument::Parts
{
    explicit Parts(report::ClientReport report) : content(std::move(report)) {}
    report::ClientReport content;
    QTextDocument doc;
    ChartObject charts{content};
};

ReportDocument::ReportDocument(report::ClientReport report) : d(std::make_unique<Parts>(std::move(report)))
{
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
        writer.setTitle(report::ReportText::title(d->content));
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
