#pragma once

#include "core/Error.h"
#include "report/ClientReport.h"

#include <QByteArray>

namespace candor {

enum class Paper
{
    A4,
    Letter
};

// The client report as a PDF (docs/report.md): the same content as the other formats, laid out by Qt's text
// engine at 300 dpi, each creator's breakdown chart painted as vectors from the chart the detail pane shows, fonts
// embedded, page numbers at the foot. Needs a QApplication (charts are widgets' graphics items); offscreen is
// enough. Every text from data is inserted as plain text, never as markup.
Result<QByteArray> reportPdf(const report::ClientReport &report, Paper paper);

} // namespace candor
