// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Error.h"
#include "report/ClientReport.h"

#include <QByteArray>
#include <memory>

class QTextDocument;

namespace candor {

enum class Paper
{
    A4,
    Letter
};

// The client report as a text document (docs/report.md): what the export dialog previews and the PDF prints, so
// the two are the same. Each creator's breakdown chart is an object the text engine places and the chart the
// detail pane shows paints, as vectors. Needs a QApplication (charts are widgets' graphics items); offscreen is
// enough. Every text from data is inserted as plain text, never as markup.
class ReportDocument
{
public:
    explicit ReportDocument(report::ClientReport report);
    ~ReportDocument();
    ReportDocument(const ReportDocument &) = delete;
    ReportDocument &operator=(const ReportDocument &) = delete;

    const report::ClientReport &content() const;
    QTextDocument *document() const;
    // Laid out at 300 dpi on the paper, DejaVu Sans embedded, page numbers at the foot.
    Result<QByteArray> pdf(Paper paper) const;

private:
    struct Parts;
    std::unique_ptr<Parts> d;
};

// The report in a format by name: "pdf", "html", "csv" or "json"; an error for any other.
Result<QByteArray> renderReport(const report::ClientReport &report, const QString &format, Paper paper);

} // namespace candor
