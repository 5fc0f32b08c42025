// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace candor {

class ProjectFile;

// File › Import Audiences / Self-declared Attributes: choose a file, see how it is read (format, scale,
// every row that would be rejected and why), then import it whole or not at all. These files are small
// (a row per account and category), so they are read and written at once, with a busy cursor.
class AudienceImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Audience,
        Attributes
    };
    AudienceImportDialog(const ProjectFile &project, Mode mode, QString userName, QWidget *parent = nullptr);

    void setFile(const QString &path); // reads it and shows the preview
    bool importFile();                 // false when nothing was written
    bool imported() const { return m_imported; }

    QLineEdit *handleEdit() const { return m_handle; }
    QPlainTextEdit *report() const { return m_report; }
    QPushButton *importButton() const { return m_import; }

private:
    void preview();

    const ProjectFile &m_project;
    Mode m_mode;
    QString m_userName;
    QString m_path;
    QLineEdit *m_file;
    QLineEdit *m_handle = nullptr;
    QComboBox *m_platform = nullptr;
    QPlainTextEdit *m_report;
    QPushButton *m_import;
    bool m_imported = false;
};

} // namespace candor
