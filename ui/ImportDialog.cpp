// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportDialog.h"

#include "privacy/PrivacyReview.h"

#include "PlainTextDelegate.h"
#include "core/Formatting.h"
#include "domain/Platform.h"
#include "workbench/ImportJob.h"
#include "itemmodels/ImportModels.h"

#include <QComboBox>
#include <QDir>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace candor {

namespace {

// Edits the Read-as column with a list of the fields Candor knows.
class FieldChoiceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        for (const QString &id : ImportMappingModel::fieldChoices())
            combo->addItem(ImportMappingModel::fieldLabel(id), id);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setItemDelegate(new PlainTextDelegate(table));
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setDefaultSectionSize(24);
    return table;
}

} // namespace

ImportDialog::ImportDialog(QString projectPath, QString userName, QWidget *parent)
    : QDialog(parent), m_projectPath(std::move(projectPath)), m_userName(std::move(userName)),
      m_sample(new ImportSampleModel(this)), m_mapping(new ImportMappingModel(this)),
      m_issues(new ImportIssuesModel(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import creators"));
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    auto *fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("A CSV or JSON export (HypeAuditor, Modash, a platform's own…)"));
    auto *choose = new QPushButton(tr("&Choose…"), this);
    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(choose);
    form->addRow(tr("File:"), fileRow);
    m_platform = new QComboBox(this);
    m_platform->addItem(tr("Recognise from the file"), QString());
    for (const QString &id : platformIds())
        m_platform->addItem(platformDisplayName(*platformFromText(id)), id);
    m_platform->setToolTip(tr("Which platform the accounts are on, when the file does not say"));
    connect(m_platform, &QComboBox::currentIndexChanged, this, &ImportDialog::readFile);
    form->addRow(tr("&Platform:"), m_platform);
    // Privacy by design: the ground for holding the data is recorded with it, for the creators it brings.
    m_lawfulBasis = new QComboBox(this);
    m_lawfulBasis->setObjectName(QStringLiteral("importLawfulBasis"));
    m_lawfulBasis->addItem(tr("Not recorded yet (the Privacy page lists them)"), QString());
    for (const QString &key : privacy::lawfulBasisKeys())
        m_lawfulBasis->addItem(privacy::lawfulBasisLabel(*privacy::lawfulBasisFromKey(key)), key);
    m_lawfulBasis->setToolTip(tr("GDPR Art. 6: why the agency may hold these creators' data; given to the "
                                 "creators this file brings that have none recorded"));
    form->addRow(tr("&Lawful basis:"), m_lawfulBasis);
    m_informed = new QCheckBox(tr("Told on"), this);
    m_informed->setObjectName(QStringLiteral("importInformed"));
    m_informed->setToolTip(tr("GDPR Art. 14: the creators were told that the agency holds their data, at "
                              "the latest a month after obtaining it"));
    m_informedOn = new QDateEdit(QDate::currentDate(), this);
    m_informedOn->setCalendarPopup(true);
    m_informedOn->setEnabled(false);
    connect(m_informed, &QCheckBox::toggled, m_informedOn, &QWidget::setEnabled);
    auto *informedRow = new QHBoxLayout;
    informedRow->addWidget(m_informed);
    informedRow->addWidget(m_informedOn);
    informedRow->addStretch(1);
    form->addRow(tr("Creators informed:"), informedRow);
    layout->addLayout(form);

    m_notices = new QLabel(this);
    m_notices->setWordWrap(true);
    m_notices->setObjectName(QStringLiteral("importNotices"));
    layout->addWidget(m_notices);

    m_tabs = new QTabWidget(this);
    QTableView *sample = makeTable(m_sample, m_tabs);
    sample->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // only a sample
    m_tabs->addTab(sample, tr("First rows"));
    QTableView *mapping = makeTable(m_mapping, m_tabs);
    mapping->setItemDelegateForColumn(ImportMappingModel::ReadAs, new FieldChoiceDelegate(mapping));
    mapping->verticalHeader()->hide();
    mapping->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mapping->horizontalHeader()->setStretchLastSection(true);
    mapping->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_tabs->addTab(mapping, tr("Columns"));
    QTableView *issues = makeTable(m_issues, m_tabs);
    issues->verticalHeader()->hide();
    issues->setColumnWidth(ImportIssuesModel::Reason, 380);
    m_tabs->addTab(issues, tr("Problems"));
    layout->addWidget(m_tabs, 1);

    m_summary = new QLabel(tr("Choose a file to see what would be imported."), this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_progress = new QProgressBar(this);
    m_progress->hide();
    layout->addWidget(m_progress);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    m_import->setDefault(true);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_mapping, &ImportMappingModel::mappingEdited, this, &ImportDialog::readFile);
    resize(1000, 700);
}

ImportDialog::~ImportDialog()
{
    m_reading.cancel();
    // Views first: the models point into m_prepared.
    m_sample->setPrepared(nullptr);
    m_mapping->setPrepared(nullptr);
    m_issues->setPrepared(nullptr);
}

bool ImportDialog::isImporting() const
{
    return m_job && m_job->isRunning();
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import creators"), QString(), tr("Exports (*.csv *.tsv *.txt *.json);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::setFile(const QString &path)
{
    m_file = path;
    m_path->setText(QDir::toNativeSeparators(path));
    m_mapping->clearOverrides();
    readFile();
}

ImportOptions ImportDialog::options() const
{
    ImportOptions options;
    if (const QString id = m_platform->currentData().toString(); !id.isEmpty())
        options.platform = platformFromText(id);
    options.columnOverrides = m_mapping->overrides();
    options.importedBy = m_userName;
    options.lawfulBasis = m_lawfulBasis->currentData().toString();
    if (m_informed->isChecked())
        options.informedOn = m_informedOn->date();
    return options;
}

void ImportDialog::readFile()
{
    if (m_file.isEmpty() || isImporting())
        return;
    m_import->setEnabled(false);
    m_summary->setText(tr("Reading %1…").arg(QFileInfo(m_file).fileName()));
    m_progress->setRange(0, 0); // busy until the reader says how far it is
    m_progress->show();
    // A large file takes seconds to read and check: not on the GUI thread, and with its progress shown.
    ImportOptions read = options();
    const quint64 generation = ++m_readGeneration;
    read.progress = [dialog = QPointer<ImportDialog>(this), generation](const QString &step, qint64 done, qint64 total) {
        if (ImportDialog *receiver = dialog.data())
            QMetaObject::invokeMethod(
                receiver, [dialog, generation, step, done, total] {
                    if (dialog && dialog->m_readGeneration == generation && !dialog->isImporting())
                        dialog->showReadProgress(step, done, total);
                },
                Qt::QueuedConnection);
    };
    m_reading.start(
        this, [path = m_file, options = std::move(read)] { return Importer::prepare(path, options, Importer::Keep::Summary); },
        [this](Result<PreparedImport> prepared) { showPreview(std::move(prepared)); });
}

void ImportDialog::showReadProgress(const QString &step, qint64 done, qint64 total)
{
    constexpr int kSteps = 1000;
    m_progress->setRange(0, kSteps);
    m_progress->setValue(total > 0 ? static_cast<int>(kSteps * done / total) : 0);
    m_summary->setText(tr("%1 of %2… %3")
                           .arg(step, QFileInfo(m_file).fileName(),
                                percentText(total > 0 ? double(done) / double(total) : 0.0, 0)));
}

void ImportDialog::showPreview(Result<PreparedImport> prepared)
{
    m_progress->hide();
    auto next = prepared ? std::make_unique<PreparedImport>(std::move(*prepared)) : nullptr;
    m_sample->setPrepared(next.get());
    m_mapping->setPrepared(next.get());
    m_issues->setPrepared(next.get());
    m_prepared = std::move(next);
    if (!m_prepared) {
        m_notices->clear();
        m_summary->setText(
            tr("<b>This file cannot be imported:</b> %1").arg(prepared.error().toString().toHtmlEscaped()));
        return;
    }
    QString notices;
    for (const QString &notice : std::as_const(m_prepared->batch.notices))
        notices += QStringLiteral("<li>%1</li>").arg(notice.toHtmlEscaped());
    m_notices->setText(tr("<b>How the file is read:</b><ul style=\"margin: 0\">%1</ul>").arg(notices));
    const ImportPlan &plan = m_prepared->plan;
    m_summary->setText(tr("%Ln record(s) read: <b>%1 will be imported</b> (new accounts, or new "
                          "snapshots of accounts already in the project) and <b>%2 rejected</b>; "
                          "the Problems tab says why, line by line.",
                          nullptr, plan.recordsRead)
                           .arg(m_prepared->rowsAccepted)
                           .arg(plan.rejectedCount()));
    m_import->setEnabled(m_prepared->rowsAccepted > 0);
}

void ImportDialog::startImport()
{
    if (!m_prepared || isImporting())
        return;
    delete m_job;
    m_job = new ImportJob(m_projectPath, *m_prepared, this);
    connect(m_job, &ImportJob::progress, this, [this](int written, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(written);
    });
    connect(m_job, &ImportJob::finished, this, &ImportDialog::finishImport);
    m_import->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Cancel import"));
    m_progress->setValue(0);
    m_progress->show();
    m_summary->setText(tr("Importing…"));
    m_job->start();
}

void ImportDialog::cancelImport()
{
    if (isImporting())
        m_job->cancel();
}

void ImportDialog::finishImport()
{
    m_progress->hide();
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    const Result<ImportCounts> &result = *m_job->result();
    if (!result) {
        m_summary->setText(
            tr("<b>Nothing was imported.</b> %1").arg(result.error().toString().toHtmlEscaped()));
        m_import->setEnabled(true);
        return;
    }
    m_summary->setText(tr("<b>Imported:</b> %1 new accounts, %2 merged into accounts already in the "
                          "project, %3 rows rejected (listed under Problems and kept in the project).")
                           .arg(result->imported)
                           .arg(result->merged)
                           .arg(result->rejected));
    emit imported();
}

void ImportDialog::reject()
{
    // While importing, Close means cancel; the dialog stays to say that nothing changed.
    if (isImporting()) {
        cancelImport();
        return;
    }
    QDialog::reject();
}

} // namespace candor
