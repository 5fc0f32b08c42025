#include "ReportDialog.h"

#include "core/PrivateFile.h"
#include "report/ReportBuilder.h"
#include "workbench/Workbench.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTextEdit>
#include <QVBoxLayout>

namespace candor {

ReportDialog::ReportDialog(const Workbench &workbench, QWidget *parent)
    : QDialog(parent), m_preview(new QTextEdit(this)), m_format(new QComboBox(this)), m_paper(new QComboBox(this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(QStringLiteral("Export the client report"));
    auto *layout = new QVBoxLayout(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setReadOnly(true);
    layout->addWidget(m_preview, 1);
    const std::pair<const char *, const char *> formats[] = {{"PDF (to hand over or print)", "pdf"},
                                                             {"HTML (one file, opens offline)", "html"},
                                                             {"CSV (one row per creator)", "csv"},
                                                             {"JSON (for other tools)", "json"}};
    for (const auto &[label, key] : formats)
        m_format->addItem(QString::fromUtf8(label), QString::fromLatin1(key));
    m_paper->addItem(QStringLiteral("A4"), static_cast<int>(Paper::A4));
    m_paper->addItem(QStringLiteral("Letter"), static_cast<int>(Paper::Letter));
    auto *options = new QHBoxLayout;
    auto *formatLabel = new QLabel(QStringLiteral("&Format:"), this);
    formatLabel->setBuddy(m_format);
    auto *paperLabel = new QLabel(QStringLiteral("&Paper:"), this);
    paperLabel->setBuddy(m_paper);
    options->addWidget(formatLabel);
    options->addWidget(m_format);
    options->addWidget(paperLabel);
    options->addWidget(m_paper);
    options->addStretch(1);
    layout->addLayout(options);
    connect(m_format, &QComboBox::currentIndexChanged, this,
            [this] { m_paper->setEnabled(m_format->currentData().toString() == QLatin1String("pdf")); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *saveButton = buttons->addButton(QStringLiteral("&Save…"), QDialogButtonBox::AcceptRole);
    saveButton->setDefault(true);
    connect(saveButton, &QPushButton::clicked, this, &ReportDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    auto built = report::build(workbench);
    if (!built) {
        m_summary->setText(QStringLiteral("<i>The report cannot be made: %1</i>").arg(built.error().toString().toHtmlEscaped()));
        saveButton->setEnabled(false);
    } else {
        m_summary->setText(QStringLiteral("The report of <b>%1</b>: %2 shortlisted, %3. It holds the creators' handles, "
                                          "names and the reasons for decisions; creators' self-declared attributes "
                                          "appear only in aggregate.")
                               .arg(built->campaign.toHtmlEscaped())
                               .arg(built->cards.size())
                               .arg(built->approvedBy.isEmpty()
                                        ? QStringLiteral("not approved yet")
                                        : QStringLiteral("approved by %1").arg(built->approvedBy.toHtmlEscaped())));
        m_document = std::make_unique<ReportDocument>(std::move(*built));
        m_preview->setDocument(m_document->document());
    }
    resize(820, 760);
}

ReportDialog::~ReportDialog()
{
    // The preview must let go of the document before it goes.
    m_preview->setDocument(nullptr);
}

Status ReportDialog::saveTo(const QString &path) const
{
    if (!m_document)
        return Error{path, QStringLiteral("there is no report to save"), {}};
    auto bytes = renderReport(m_document->content(), m_format->currentData().toString(),
                              static_cast<Paper>(m_paper->currentData().toInt()));
    if (!bytes)
        return bytes.error();
    return writePrivateFile(path, *bytes);
}

void ReportDialog::save()
{
    const QString key = m_format->currentData().toString();
    const QString path = QFileDialog::getSaveFileName(
        this, QStringLiteral("Save the report"), m_document ? m_document->content().campaign + QLatin1Char('.') + key : QString(),
        QStringLiteral("%1 (*.%2)").arg(m_format->currentText(), key));
    if (path.isEmpty())
        return;
    if (auto saved = saveTo(path); !saved)
        QMessageBox::warning(this, QStringLiteral("Report not saved"), saved.error().toString());
    else
        QMessageBox::information(this, QStringLiteral("Report saved"),
                                 QStringLiteral("Saved to %1, readable by you only.").arg(path));
}

} // namespace candor
