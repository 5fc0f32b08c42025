// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ApprovalBar.h"

#include "workbench/Workbench.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace candor {

ApprovalBar::ApprovalBar(QWidget *parent)
    : QWidget(parent), m_status(new QLabel(this)), m_approve(new QPushButton(tr("&Approve Shortlist…"), this))
{
    setObjectName(QStringLiteral("approvalBar"));
    m_status->setObjectName(QStringLiteral("approvalStatus"));
    m_status->setWordWrap(true);
    m_approve->setObjectName(QStringLiteral("approveShortlist"));
    m_approve->setToolTip(tr("A named person approves the shortlist as it stands (Ctrl+Shift+A); the log "
                             "keeps who, when, and the model and weights in use"));
    auto *record = new QPushButton(tr("Decision &Record"), this);
    record->setToolTip(tr("Every decision on this shortlist with its reason, and its approval, on the "
                          "History page"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status, 1);
    layout->addWidget(record);
    layout->addWidget(m_approve);
    connect(m_approve, &QPushButton::clicked, this, &ApprovalBar::approve);
    connect(record, &QPushButton::clicked, this, &ApprovalBar::recordRequested);
    setWorkbench(nullptr);
}

void ApprovalBar::setWorkbench(Workbench *workbench)
{
    if (m_workbench)
        disconnect(m_workbench, nullptr, this, nullptr);
    m_workbench = workbench && workbench->hasCampaign() ? workbench : nullptr;
    setVisible(m_workbench != nullptr);
    if (m_workbench) {
        connect(m_workbench, &Workbench::decisionsChanged, this, &ApprovalBar::refresh);
        connect(m_workbench, &Workbench::campaignChanged, this, &ApprovalBar::refresh);
    }
    refresh();
}

QString ApprovalBar::statusText(const Workbench &workbench)
{
    auto approval = workbench.approval();
    if (!approval)
        return tr("The approval cannot be read: %1").arg(approval.error().toString().toHtmlEscaped());
    if (!approval->isApproved())
        return tr("<b>Shortlist not approved.</b> Candor advises; a named person approves the shortlist "
                  "once it is complete.");
    const QDateTime at = QDateTime::fromString(approval->at, Qt::ISODate).toLocalTime();
    return tr("<b>Approved</b> by %1 on %2. A new decision on the shortlist withdraws the approval.")
        .arg(approval->by.toHtmlEscaped(), QLocale().toString(at, QLocale::ShortFormat));
}

void ApprovalBar::refresh()
{
    if (!m_workbench)
        return;
    m_status->setText(statusText(*m_workbench));
}

void ApprovalBar::approve()
{
    if (!m_workbench)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Approve the shortlist"),
        tr("You approve the shortlist of \"%1\" as it stands, under %2 version %3%4. Your name goes into "
           "the record with the time.\n\nApproved by:")
            .arg(m_workbench->campaign().name, m_workbench->model().name)
            .arg(m_workbench->model().version)
            .arg(m_workbench->hasUnsavedWeights() ? tr(" with weights not saved") : QString()),
        QLineEdit::Normal, m_workbench->userName(), &ok);
    if (!ok)
        return;
    if (auto approved = m_workbench->approveShortlist(name); !approved)
        QMessageBox::warning(this, tr("Shortlist not approved"), approved.error().toString());
}

} // namespace candor
