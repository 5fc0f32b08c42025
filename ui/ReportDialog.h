// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ReportPdf.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextEdit;

namespace candor {

class Workbench;

// File › Export Report…: a preview of the client report of the campaign shown (the same document the PDF prints),
// the format and paper, and Save…, which writes the file readable by its owner only.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReportDialog(Workbench &workbench, QWidget *parent = nullptr);
    ~ReportDialog() override;

    QTextEdit *preview() const { return m_preview; }
    QComboBox *format() const { return m_format; }
    QComboBox *paper() const { return m_paper; }
    QComboBox *language() const { return m_language; }
    QLineEdit *agencyName() const { return m_agencyName; }
    // Keeps the agency's name (and the logo chosen) in the project, and makes the report again.
    void applyAgency();
    // Writes the chosen format to `path`; the error to show otherwise.
    Status saveTo(const QString &path) const;

private:
    void save();
    void chooseLogo();
    void rebuild(); // the report and its preview from the workbench as it is now
    QLocale reportLanguage() const;

    Workbench &m_workbench;
    std::unique_ptr<ReportDocument> m_document;
    QLineEdit *m_agencyName;
    QByteArray m_logo;
    QPushButton *m_save = nullptr;
    QTextEdit *m_preview;
    QComboBox *m_format;
    QComboBox *m_paper;
    QComboBox *m_language;
    QLabel *m_summary;
};

} // namespace candor
