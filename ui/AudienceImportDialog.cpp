// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/ProjectFile.h"
#include "workbench/ProjectImport.h"
#include "AudienceImportDialog.h"

#include "core/SafeText.h"
#include "import/AttributeImporter.h"
#include "import/AudienceImporter.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace candor {
namespace {

QString issuesText(const QString &fileName, const QList<RowIssue> &issues)
{
    QStringList lines;
    for (const RowIssue &issue : issues)
        lines << QStringLiteral("%1:%2: %3%4: %5")
                     .arg(fileName)
                     .arg(issue.line)
                     .arg(issue.column.isEmpty() ? QString()
                                                 : QStringLiteral("[%1] ").arg(printable(issue.column)),
                          severityLabel(issue.severity), printable(issue.reason));
    return lines.join(QLatin1Char('\n'));
}

QString countsText(const ImportCounts &counts)
{
    return AudienceImportDialog::tr("Imported %Ln row(s), merged %1 with what the project had, rejected %2.",
                                    nullptr, counts.imported)
        .arg(counts.merged)
        .arg(counts.rejected);
}

} // namespace

AudienceImportDialog::AudienceImportDialog(const ProjectFile &project, Mode mode, QString userName, QWidget *parent)
    : QDialog(parent), m_project(project), m_mode(mode), m_userName(std::move(userName))
{
    setObjectName(QStringLiteral("audienceImportDialog"));
    const bool audience = mode == Mode::Audience;
    setWindowTitle(audience ? tr("Import Audiences") : tr("Import Self-declared Attributes"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        audience ? tr("Audience demographics per account: a long CSV (handle, platform, dimension, category, "
                      "share …), an Instagram Graph API or YouTube Analytics response (JSON), or a vendor "
                      "export with columns such as “Audience 18-24 %”. Templates: resources/templates.")
                 : tr("Attributes creators declared about themselves (gender, age band …), for fairness "
                      "audits only, never for scoring. Each row needs the date and purpose of the "
                      "creator's consent; rows without are not stored."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setReadOnly(true);
    auto *browse = new QPushButton(tr("&Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, windowTitle(), QString(), tr("CSV or JSON (*.csv *.json *.txt);;All files (*)"));
        if (!path.isEmpty())
            setFile(path);
    });
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("File:"), fileRow);
    if (audience) {
        m_handle = new QLineEdit(this);
        m_handle->setPlaceholderText(tr("only for Instagram or YouTube API files, which name no account"));
        connect(m_handle, &QLineEdit::editingFinished, this, &AudienceImportDialog::preview);
        form->addRow(tr("&Account handle:"), m_handle);
        m_platform = new QComboBox(this);
        m_platform->addItem(tr("from the file"), QString());
        for (const QString &id : platformIds())
            m_platform->addItem(platformDisplayName(*platformFromText(id)), id);
        connect(m_platform, &QComboBox::activated, this, &AudienceImportDialog::preview);
        form->addRow(tr("&Platform:"), m_platform);
    }
    layout->addLayout(form);
    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("importReport"));
    m_report->setReadOnly(true);
    m_report->setPlaceholderText(tr("Choose a file to see how it is read."));
    layout->addWidget(m_report, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    connect(m_import, &QPushButton::clicked, this, &AudienceImportDialog::importFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 480);
}

void AudienceImportDialog::setFile(const QString &path)
{
    m_path = path;
    m_file->setText(path);
    preview();
}

void AudienceImportDialog::preview()
{
    if (m_path.isEmpty())
        return;
    const QString fileName = QFileInfo(m_path).fileName();
    QString text;
    bool readable = false;
    if (m_mode == Mode::Audience) {
        AudienceImportOptions options;
        options.handle = m_handle->text().trimmed();
        options.platform = platformFromText(m_platform->currentData().toString());
        auto prepared = AudienceImporter::prepare(m_path, options);
        readable = prepared.ok();
        if (!prepared) {
            text = prepared.error().toString();
        } else {
            text = prepared->batch.notices.join(QLatin1Char('\n')) +
                   tr("\n%Ln row(s) read; %1 distributions to store (accounts are matched when importing).\n",
                      nullptr, prepared->recordsRead)
                       .arg(prepared->groups.size()) +
                   issuesText(fileName, prepared->issues);
        }
    } else {
        auto prepared = AttributeImporter::prepare(m_path, m_userName);
        readable = prepared.ok();
        text = !prepared ? prepared.error().toString()
                         : tr("%Ln row(s) read; %1 with a consent record.\n", nullptr, prepared->recordsRead)
                                   .arg(prepared->rows.size()) +
                               issuesText(fileName, prepared->issues);
    }
    m_report->setPlainText(text.trimmed());
    m_import->setEnabled(readable && !m_project.isReadOnly());
}

bool AudienceImportDialog::importFile()
{
    if (m_path.isEmpty())
        return false;
    const QString fileName = QFileInfo(m_path).fileName();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString text;
    bool written = false;
    if (m_mode == Mode::Audience) {
        AudienceImportOptions options;
        options.handle = m_handle->text().trimmed();
        options.platform = platformFromText(m_platform->currentData().toString());
        options.importedBy = m_userName;
        auto report = importAudiences(m_project, m_path, options);
        written = report.ok();
        text = !report ? report.error().toString() + tr("\nNothing was imported; the project is unchanged.")
                       : countsText(report->counts) + QLatin1Char('\n') +
                             issuesText(fileName, report->prepared.issues);
    } else {
        PreparedAttributeImport prepared;
        auto counts = importAttributes(m_project, m_path, m_userName, &prepared);
        written = counts.ok();
        text = !counts ? counts.error().toString() + tr("\nNothing was imported; the project is unchanged.")
                       : countsText(*counts) + QLatin1Char('\n') + issuesText(fileName, prepared.issues);
    }
    QApplication::restoreOverrideCursor();
    m_report->setPlainText(text.trimmed());
    m_imported = m_imported || written;
    m_import->setEnabled(false); // one file, once
    return written;
}

} // namespace candor
