// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReportDialog.h"

#include "core/PrivateFile.h"
#include "core/Translations.h"
#include "report/ReportBuilder.h"
#include "workbench/Workbench.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTextEdit>
#include <QVBoxLayout>

namespace candor {

ReportDialog::ReportDialog(Workbench &workbench, QWidget *parent)
    : QDialog(parent), m_workbench(workbench), m_agencyName(new QLineEdit(this)),
      m_preview(new QTextEdit(this)), m_format(new QComboBox(this)), m_paper(new QComboBox(this)),
      m_language(new QComboBox(this)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Export the client report"));
    auto *layout = new QVBoxLayout(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    // The cover's agency, kept in the project for every report.
    auto *agencyRow = new QHBoxLayout;
    auto *agencyLabel = new QLabel(tr("&Agency on the cover:"), this);
    agencyLabel->setBuddy(m_agencyName);
    m_agencyName->setObjectName(QStringLiteral("agencyName"));
    m_agencyName->setPlaceholderText(tr("Your agency's name"));
    auto *logo = new QPushButton(tr("&Logo…"), this);
    logo->setToolTip(tr("A PNG or JPEG image for the report's cover (up to 512 KiB)"));
    auto *noLogo = new QPushButton(tr("&No Logo"), this);
    auto *apply = new QPushButton(tr("Appl&y"), this);
    apply->setObjectName(QStringLiteral("applyAgency"));
    agencyRow->addWidget(agencyLabel);
    agencyRow->addWidget(m_agencyName, 1);
    agencyRow->addWidget(logo);
    agencyRow->addWidget(noLogo);
    agencyRow->addWidget(apply);
    layout->addLayout(agencyRow);
    connect(logo, &QPushButton::clicked, this, &ReportDialog::chooseLogo);
    connect(noLogo, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        applyAgency();
    });
    connect(apply, &QPushButton::clicked, this, &ReportDialog::applyAgency);
    if (auto agency = workbench.agency()) {
        m_agencyName->setText(agency->name);
        m_logo = agency->logo;
    }
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setReadOnly(true);
    layout->addWidget(m_preview, 1);
    const std::pair<const char *, const char *> formats[] = {
        {QT_TR_NOOP("PDF (to hand over or print)"), "pdf"},
        {QT_TR_NOOP("HTML (one file, opens offline)"), "html"},
        {QT_TR_NOOP("CSV (one row per creator)"), "csv"},
        {QT_TR_NOOP("JSON (for other tools)"), "json"}};
    for (const auto &[label, key] : formats)
        m_format->addItem(tr(label), QString::fromLatin1(key));
    m_paper->addItem(QStringLiteral("A4"), static_cast<int>(Paper::A4));
    m_paper->addItem(tr("Letter"), static_cast<int>(Paper::Letter));
    // The client may read another language than the person making the report.
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_language->setToolTip(tr("The language the report is written in; the numbers stay the same"));
    for (const QLocale &language : availableLanguages())
        m_language->addItem(languageName(language), language.bcp47Name());
    m_language->setCurrentIndex(std::max(0, m_language->findData(translationLanguage().bcp47Name())));
    auto *options = new QHBoxLayout;
    auto *formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    auto *paperLabel = new QLabel(tr("&Paper:"), this);
    paperLabel->setBuddy(m_paper);
    options->addWidget(formatLabel);
    options->addWidget(m_format);
    options->addWidget(paperLabel);
    options->addWidget(m_paper);
    auto *languageLabel = new QLabel(tr("La&nguage:"), this);
    languageLabel->setBuddy(m_language);
    options->addWidget(languageLabel);
    options->addWidget(m_language);
    options->addStretch(1);
    layout->addLayout(options);
    connect(m_format, &QComboBox::currentIndexChanged, this,
            [this] { m_paper->setEnabled(m_format->currentData().toString() == QLatin1String("pdf")); });
    connect(m_language, &QComboBox::currentIndexChanged, this, &ReportDialog::rebuild);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save…"), QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &ReportDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    rebuild();
    resize(820, 760);
}

void ReportDialog::rebuild()
{
    m_preview->setDocument(nullptr);
    m_document.reset();
    std::optional<Error> failed;
    {
        // The report in its language, the dialog's words in the user's.
        const TranslationScope inLanguage(reportLanguage());
        auto built = report::build(m_workbench);
        if (built)
            m_document = std::make_unique<ReportDocument>(std::move(*built));
        else
            failed = built.error();
    }
    m_save->setEnabled(!failed);
    if (failed) {
        m_summary->setText(
            tr("<i>The report cannot be made: %1</i>").arg(failed->toString().toHtmlEscaped()));
        return;
    }
    const report::ClientReport &content = m_document->content();
    m_summary->setText(tr("The report of <b>%1</b>: %2 shortlisted, %3. It holds the creators' handles, "
                          "names and the reasons for decisions; creators' self-declared attributes "
                          "appear only in aggregate.")
                           .arg(content.campaign.toHtmlEscaped())
                           .arg(content.cards.size())
                           .arg(content.approvedBy.isEmpty()
                                    ? tr("not approved yet")
                                    : tr("approved by %1").arg(content.approvedBy.toHtmlEscaped())));
    m_preview->setDocument(m_document->document());
}

QLocale ReportDialog::reportLanguage() const
{
    return QLocale(m_language->currentData().toString());
}

void ReportDialog::applyAgency()
{
    if (auto set = m_workbench.setAgency({m_agencyName->text(), m_logo}); !set) {
        QMessageBox::warning(this, tr("Agency not changed"), set.error().toString());
        return;
    }
    rebuild();
}

void ReportDialog::chooseLogo()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("The agency's logo"), {}, tr("Images (*.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    const QByteArray format = QImageReader::imageFormat(path);
    if (!file.open(QIODevice::ReadOnly) || (format != "png" && format != "jpeg")) {
        QMessageBox::warning(this, tr("Not a logo"),
                             tr("%1 is not a PNG or JPEG image that can be read.").arg(path));
        return;
    }
    m_logo = file.readAll();
    applyAgency();
}

ReportDialog::~ReportDialog()
{
    // The preview must let go of the document before it goes.
    m_preview->setDocument(nullptr);
}

Status ReportDialog::saveTo(const QString &path) const
{
    if (!m_document)
        return Error{path, tr("there is no report to save"), {}};
    const TranslationScope inLanguage(reportLanguage());
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
        this, tr("Save the report"),
        m_document ? m_document->content().campaign + QLatin1Char('.') + key : QString(),
        QStringLiteral("%1 (*.%2)").arg(m_format->currentText(), key));
    if (path.isEmpty())
        return;
    if (auto saved = saveTo(path); !saved)
        QMessageBox::warning(this, tr("Report not saved"), saved.error().toString());
    else
        QMessageBox::information(this, tr("Report saved"),
                                 tr("Saved to %1, readable by you only.").arg(path));
}

} // namespace candor
