// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "import/Importer.h"
#include "workbench/LatestOnlyJob.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace candor {

class ImportIssuesModel;
class ImportJob;
class ImportMappingModel;
class ImportSampleModel;

// Import a CSV or JSON export into the open project: choose the file, look at the first rows and at what
// each column is read as (and change it), see which rows would be rejected and why, then import with a
// progress bar. Reading and writing run off the GUI thread; a cancelled import leaves the project as it was.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(QString projectPath, QString userName, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setFile(const QString &path);
    bool isPreviewReady() const { return m_prepared != nullptr; }
    bool isImporting() const;
    ImportSampleModel *sampleModel() const { return m_sample; }
    ImportMappingModel *mappingModel() const { return m_mapping; }
    ImportIssuesModel *issuesModel() const { return m_issues; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *importButton() const { return m_import; }
    void cancelImport();

signals:
    void imported(); // the project changed: views must reload

protected:
    void reject() override;

private:
    void chooseFile();
    void readFile();
    void showReadProgress(const QString &step, qint64 done, qint64 total);
    void showPreview(Result<PreparedImport> prepared);
    void startImport();
    void finishImport();
    ImportOptions options() const;

    QString m_projectPath;
    QString m_userName;
    QString m_file;
    std::unique_ptr<PreparedImport> m_prepared;
    LatestOnlyJob m_reading;
    ImportJob *m_job = nullptr;

    QLineEdit *m_path;
    QComboBox *m_platform;
    QComboBox *m_lawfulBasis;
    QCheckBox *m_informed;
    QDateEdit *m_informedOn;
    QLabel *m_notices;
    QTabWidget *m_tabs;
    ImportSampleModel *m_sample;
    ImportMappingModel *m_mapping;
    ImportIssuesModel *m_issues;
    QLabel *m_summary;
    QProgressBar *m_progress;
    quint64 m_readGeneration = 0; // the read whose progress is shown
    QPushButton *m_import;
    QDialogButtonBox *m_buttons;
};

} // namespace candor
