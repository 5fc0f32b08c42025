// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "HistoryView.h"

#include "ApprovalBar.h"
#include "ScrollingRow.h"

#include "itemmodels/AuditLogModel.h"
#include "workbench/Workbench.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace candor {

HistoryView::HistoryView(Workbench *workbench, QWidget *parent)
    : QWidget(parent), m_workbench(workbench), m_model(new AuditLogModel(this)),
      m_action(new QComboBox(this)), m_campaignOnly(new QCheckBox(tr("This &campaign only"), this)),
      m_creatorOnly(new QCheckBox(tr("The selected c&reator only"), this)), m_summary(new QLabel(this)),
      m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("historyView"));
    m_action->setObjectName(QStringLiteral("historyAction"));
    m_action->setAccessibleName(tr("Kind of action"));
    for (const auto &[label, key] :
         {std::pair{QT_TR_NOOP("Everything"), ""},
          std::pair{QT_TR_NOOP("Decisions and approvals"), "decision*,shortlist_approved"},
          std::pair{QT_TR_NOOP("Imports"), "import"}, std::pair{QT_TR_NOOP("Notes"), "note*"},
          std::pair{QT_TR_NOOP("Consent and privacy"), "consent*,privacy*,erase"},
          std::pair{QT_TR_NOOP("Creators"), "creator*"}, std::pair{QT_TR_NOOP("Campaigns"), "campaign*"},
          std::pair{QT_TR_NOOP("Scoring models"), "model*"}})
        m_action->addItem(tr(label), QString::fromUtf8(key));
    m_campaignOnly->setToolTip(tr("The open campaign's own changes, its decisions and its notes"));
    m_creatorOnly->setToolTip(tr("What the log holds about the creator selected in the ranking"));
    auto *again = new QPushButton(tr("Re&fresh"), this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_action);
    filters->addWidget(m_campaignOnly);
    filters->addWidget(m_creatorOnly);
    filters->addStretch(1);
    filters->addWidget(again);
    m_summary->setObjectName(QStringLiteral("historySummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setColumnWidth(AuditLogModel::When, 130);
    m_table->setColumnWidth(AuditLogModel::Who, 110);
    m_table->setColumnWidth(AuditLogModel::What, 160);
    m_table->setColumnWidth(AuditLogModel::About, 190);
    m_table->setColumnWidth(AuditLogModel::Details, 300);
    QScrollArea *filterArea = scrollingRow(filters, this);
    m_summary->setMinimumWidth(200);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(filterArea);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    for (QCheckBox *box : {m_campaignOnly, m_creatorOnly})
        connect(box, &QCheckBox::toggled, this, [this] { refresh(m_candidate); });
    connect(m_action, &QComboBox::currentIndexChanged, this, [this] { refresh(m_candidate); });
    connect(again, &QPushButton::clicked, this, [this] { refresh(m_candidate); });
}

void HistoryView::refresh(int candidate)
{
    m_candidate = candidate;
    m_campaignOnly->setEnabled(m_workbench->hasCampaign());
    m_creatorOnly->setEnabled(candidate >= 0);
    AuditStore::Filter filter;
    filter.action = m_action->currentData().toString();
    if (m_campaignOnly->isChecked() && m_workbench->hasCampaign())
        filter.campaignId = m_workbench->campaign().id;
    if (m_creatorOnly->isChecked() && candidate >= 0) {
        if (auto creator = m_workbench->creatorOf(candidate))
            filter.creatorId = *creator;
    }
    auto rows = m_workbench->history(filter);
    if (!rows) {
        m_summary->setText(
            tr("<i>The history cannot be read: %1</i>").arg(rows.error().toString().toHtmlEscaped()));
        return;
    }
    m_model->setRows(std::move(*rows));
    auto verdict = m_workbench->verifyHistory();
    const QString chain = !verdict      ? tr("the chain could not be checked: ") + verdict.error().toString()
                          : verdict->ok ? tr("the hash chain over all %Ln entries holds", nullptr,
                                             static_cast<int>(verdict->entries))
                                        : tr("<b>the log was changed outside Candor</b>: broken at entry "
                                             "%1 (%2)")
                                              .arg(*verdict->firstBroken)
                                              .arg(verdict->reason.toHtmlEscaped());
    const QString approval = filter.campaignId ? ApprovalBar::statusText(*m_workbench) + QLatin1Char(' ') : QString();
    m_summary->setText(approval + tr("%Ln entries shown; %1. An undo is an entry of its own; reasons, notes "
                                     "and names are kept apart from the chain (docs/audit-log.md).",
                                     nullptr, m_model->rowCount())
                                      .arg(chain));
}

void HistoryView::showDecisionRecord()
{
    const QSignalBlocker actionBlocker(m_action);
    const QSignalBlocker campaignBlocker(m_campaignOnly);
    const QSignalBlocker creatorBlocker(m_creatorOnly);
    m_action->setCurrentIndex(m_action->findData(QStringLiteral("decision*,shortlist_approved")));
    m_campaignOnly->setChecked(true);
    m_creatorOnly->setChecked(false);
    refresh(m_candidate);
}

} // namespace candor
