// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PolicyView.h"

#include "PlainTextDelegate.h"
#include "ScrollingRow.h"
#include "core/Formatting.h"
#include "itemmodels/PolicyFindingsModel.h"
#include "workbench/PolicyMonitor.h"
#include "workbench/Workbench.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace candor {

PolicyView::PolicyView(Workbench *workbench, PolicyMonitor *monitor, QWidget *parent)
    : QWidget(parent), m_workbench(workbench), m_monitor(monitor), m_model(new PolicyFindingsModel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("policySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    m_changes = new QLabel(this);
    m_changes->setObjectName(QStringLiteral("policyChanges"));
    m_changes->setWordWrap(true);
    m_changes->setTextFormat(Qt::PlainText);
    layout->addWidget(m_changes);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("policyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegate(new PlainTextDelegate(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(PolicyFindingsModel::Finding, QHeaderView::Stretch);
    m_table->setColumnWidth(PolicyFindingsModel::Status, 120);
    m_table->setColumnWidth(PolicyFindingsModel::Rule, 170);
    m_table->setColumnWidth(PolicyFindingsModel::Subject, 150);
    m_table->setColumnWidth(PolicyFindingsModel::Resolution, 260);
    layout->addWidget(m_table, 1);
    // The selected finding in full: the table has room for one line of each.
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("policyDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_detail);

    auto *actions = new QHBoxLayout;
    const auto addButton = [&](const char *name, const QString &text, const QString &tip, auto slot) {
        auto *b = new QPushButton(text);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, slot);
        actions->addWidget(b);
    };
    addButton("showEvidence", tr("Show &Evidence"),
              tr("The creator's audience, authenticity, disclosure or privacy record, or the fairness page"),
              [this] {
                  if (const policy::Finding *f = selectedFinding())
                      emit evidenceRequested(f->accountId, f->evidence);
              });
    addButton("resolve", tr("&Override With Reason…"),
              tr("Keep the creator despite the finding, with a written reason (a group's finding is "
                 "acknowledged with a note); in the audit log and the client report"),
              &PolicyView::askResolution);
    addButton("remove", tr("&Remove From Shortlist…"),
              tr("Take the creator off this campaign's shortlist, with a reason"), [this] {
                  if (const policy::Finding *f = selectedFinding(); f && f->accountId != 0)
                      emit removalRequested(f->accountId);
              });
    addButton("request", tr("Request &Data or Consent…"),
              tr("A message to the creator asking for audience data or a renewed consent, copied to the "
                 "clipboard and kept as a note"),
              &PolicyView::askRequest);
    actions->addStretch(1);
    layout->addWidget(scrollingRow(actions, this));

    connect(m_monitor, &PolicyMonitor::findingsChanged, this, &PolicyView::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PolicyView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PolicyView::updateButtons);
    connect(m_table, &QTableView::activated, this, [this] { button("showEvidence")->click(); });
    refresh();
}

QPushButton *PolicyView::button(const char *objectName) const
{
    return findChild<QPushButton *>(QLatin1String(objectName));
}

const policy::Finding *PolicyView::selectedFinding() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : &m_model->findingAt(rows.constFirst().row());
}

void PolicyView::refresh()
{
    // The selection follows the finding, not the row: findings re-sort as they are resolved.
    QString selectedKey;
    QString selectedRule;
    if (const policy::Finding *f = selectedFinding()) {
        selectedKey = f->subjectKey;
        selectedRule = f->ruleId;
    }
    m_model->setFindings(m_monitor->findings());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->findingAt(row).subjectKey == selectedKey && m_model->findingAt(row).ruleId == selectedRule)
            m_table->selectRow(row);
    }
    if (m_monitor->error()) {
        m_summary->setText(tr("The policy could not be checked: %1").arg(m_monitor->error()->toString()));
    } else if (!m_workbench->hasCampaign()) {
        m_summary->setText(tr("The ethics policy checks a campaign's shortlist: create a campaign first."));
    } else {
        const int open = m_monitor->openCount();
        const int blocking = m_monitor->blockingCount();
        const int resolved = static_cast<int>(m_monitor->findings().size()) - open;
        QString text = open == 0 ? tr("The shortlist of \"%1\" meets the project's ethics policy.")
                                       .arg(m_workbench->campaign().name)
                                 : tr("%Ln open finding(s) on the shortlist of \"%1\"", nullptr, open)
                                       .arg(m_workbench->campaign().name);
        if (blocking > 0)
            text += tr("; %Ln of them block(s) approval until resolved", nullptr, blocking);
        if (open > 0)
            text += QLatin1Char('.');
        if (resolved > 0)
            text += tr(" %Ln finding(s) resolved by a person.", nullptr, resolved);
        text += tr(" The rules, their thresholds and sources are the project's own; every resolution goes "
                   "into the audit log and the client report.");
        m_summary->setText(text);
    }
    const QStringList changes = m_monitor->changesSinceApproval();
    m_changes->setVisible(!changes.isEmpty());
    if (!changes.isEmpty())
        m_changes->setText(tr("Since the shortlist was approved: ") + changes.join(QStringLiteral("; ")) +
                           QLatin1Char('.'));
    updateButtons();
}

void PolicyView::updateButtons()
{
    const policy::Finding *f = selectedFinding();
    if (!f) {
        m_detail->setText(m_model->rowCount() > 0 ? tr("Select a finding to see it in full and resolve it.")
                                                  : QString());
    } else {
        QString text = tr("%1 (%2): %3\n%4: %5")
                           .arg(policy::ruleLabel(f->ruleId), labelInSentence(policy::statusLabel(*f)),
                                policy::ruleExplanation(f->ruleId), f->subject, f->sentence);
        if (f->resolution)
            text += QStringLiteral("\n") + policy::resolutionSentence(*f->resolution);
        m_detail->setText(text);
    }
    button("showEvidence")->setEnabled(f != nullptr);
    const policy::ResolutionKind kind = f ? policy::resolutionKindOf(f->ruleId) : policy::ResolutionKind::None;
    QPushButton *resolve = button("resolve");
    resolve->setEnabled(f && f->isOpen() && kind != policy::ResolutionKind::None);
    resolve->setText(kind == policy::ResolutionKind::Acknowledge ? tr("&Acknowledge With Note…")
                                                                 : tr("&Override With Reason…"));
    button("remove")->setEnabled(f && f->accountId != 0);
    button("request")->setEnabled(f && f->isOpen() && f->accountId != 0 &&
                                  (f->ruleId == QLatin1String("age_restricted_products") ||
                                   f->ruleId == QLatin1String("consent_and_privacy")));
}

bool PolicyView::resolveSelected(const QString &reason)
{
    const policy::Finding *f = selectedFinding();
    if (!f)
        return false;
    if (auto done = m_workbench->resolveFinding(*f, reason); !done) {
        QMessageBox::warning(this, tr("Not resolved"), done.error().toString());
        return false;
    }
    return true;
}

void PolicyView::askResolution()
{
    const policy::Finding *f = selectedFinding();
    if (!f)
        return;
    const bool acknowledge = policy::resolutionKindOf(f->ruleId) == policy::ResolutionKind::Acknowledge;
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, acknowledge ? tr("Acknowledge Finding") : tr("Override Finding"),
        tr("%1\n\n%2: %3\n\nWhy may it stand? The reason goes into the audit log and the client report; "
           "a later decision on %4 asks again.")
            .arg(policy::ruleLabel(f->ruleId), f->subject, f->sentence,
                 f->accountId != 0 ? tr("this creator") : tr("the shortlist")),
        {}, &ok);
    if (ok && !reason.trimmed().isEmpty())
        resolveSelected(reason);
}

QString PolicyView::requestSelected()
{
    const policy::Finding *f = selectedFinding();
    if (!f || f->accountId == 0)
        return {};
    const QString campaign = m_workbench->campaign().name;
    const QString ask = f->ruleId == QLatin1String("age_restricted_products")
                            ? tr("could you send us the age breakdown of your audience (a screenshot of "
                                 "your platform's audience insights, with its date)? The campaign is "
                                 "for an age-restricted product, and the advertising rules ask us to "
                                 "check that fewer than a quarter of your audience is under 18.")
                            : tr("could you confirm whether we may keep using your details for this "
                                 "campaign? Your earlier consent has expired or our retention period "
                                 "has ended; without your answer we will remove your details.");
    const QString message = tr("Hello %1, about the campaign \"%2\": %3").arg(f->subject, campaign, ask);
    QApplication::clipboard()->setText(message);
    if (const int candidate = m_workbench->candidateOfAccount(f->accountId); candidate >= 0) {
        if (auto noted = m_workbench->addNote(candidate, tr("Requested from the creator: ") + ask); !noted)
            QMessageBox::warning(this, tr("Note not kept"), noted.error().toString());
    }
    return message;
}

void PolicyView::askRequest()
{
    const QString message = requestSelected();
    if (!message.isEmpty())
        QMessageBox::information(this, tr("Request Copied"),
                                 tr("This message is on the clipboard, ready to paste into an email or a "
                                    "direct message, and a note on the creator records that you asked:"
                                    "\n\n%1")
                                     .arg(message));
}

} // namespace candor
