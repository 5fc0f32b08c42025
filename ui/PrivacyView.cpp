// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PrivacyView.h"

#include "PlainTextDelegate.h"
#include "PrivacyActions.h"
#include "ScrollingRow.h"
#include "core/Formatting.h"
#include "itemmodels/PrivacyReviewModel.h"
#include "privacy/PrivacyRules.h"
#include "workbench/Workbench.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace candor {

using privacy::FindingKind;

namespace {

// The kinds a user filters by, in the review's order.
constexpr FindingKind kKinds[] = {FindingKind::PastRetention,     FindingKind::ConsentExpired,
                                  FindingKind::ConsentExpiresSoon, FindingKind::NoLawfulBasis,
                                  FindingKind::NotInformed,        FindingKind::DoNotProfile};

} // namespace

PrivacyView::PrivacyView(Workbench *workbench, QWidget *parent)
    : QWidget(parent), m_workbench(workbench), m_model(new PrivacyReviewModel(this)), m_kind(new QComboBox(this)),
      m_retention(new QSpinBox(this)), m_notice(new QSpinBox(this)), m_summary(new QLabel(this)),
      m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("privacyView"));
    m_retention->setObjectName(QStringLiteral("retentionMonths"));
    m_retention->setRange(privacy::kShortestRetentionMonths, privacy::kLongestRetentionMonths);
    m_retention->setSuffix(tr(" months"));
    m_retention->setToolTip(tr("GDPR Art. 5(1)(e): data is kept no longer than needed. Candor's default is "
                               "24 months after a creator's data was last used (figures, a decision, a "
                               "note or a renewal)"));
    m_notice->setObjectName(QStringLiteral("consentNoticeDays"));
    m_notice->setRange(0, 365);
    m_notice->setSuffix(tr(" days"));
    m_notice->setToolTip(
        tr("How long before a consent expires it is listed, so that it can be renewed in time"));
    auto *apply = new QPushButton(tr("Apply &Policy"), this);
    apply->setObjectName(QStringLiteral("applyPolicy"));
    auto *policy = new QHBoxLayout;
    auto *keepLabel = new QLabel(tr("&Keep a creator's data"), this);
    keepLabel->setBuddy(m_retention);
    auto *noticeLabel = new QLabel(tr("after its last use · list consents"), this);
    noticeLabel->setBuddy(m_notice);
    policy->addWidget(keepLabel);
    policy->addWidget(m_retention);
    policy->addWidget(noticeLabel);
    policy->addWidget(m_notice);
    policy->addWidget(new QLabel(tr("before they expire"), this));
    policy->addWidget(apply);
    policy->addStretch(1);

    m_kind->setObjectName(QStringLiteral("privacyKind"));
    m_kind->setAccessibleName(tr("Kind of finding"));
    m_kind->addItem(tr("All findings"), QString());
    for (FindingKind kind : kKinds)
        m_kind->addItem(privacy::findingLabel(kind), privacy::findingKey(kind));
    auto *show = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_kind);
    show->addWidget(showLabel);
    show->addWidget(m_kind);
    show->addWidget(m_summary, 1);
    m_summary->setObjectName(QStringLiteral("privacySummary"));
    m_summary->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("privacyTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new PlainTextDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(PrivacyReviewModel::Creator, 190);
    m_table->setColumnWidth(PrivacyReviewModel::Name, 130);
    m_table->setColumnWidth(PrivacyReviewModel::Finding, 190);
    m_table->setColumnWidth(PrivacyReviewModel::Date, 90);

    const struct
    {
        const char *name;
        const char *text;
        const char *tip;
        void (PrivacyView::*run)();
    } actions[] = {
        {"recordPrivacy", QT_TR_NOOP("&Record Basis and Notice…"),
         QT_TR_NOOP(
             "The lawful basis (GDPR Art. 6) and the day the creator was told their data is held (Art. 14)"),
         &PrivacyView::recordBasisAndNotice},
        {"renewPrivacy", QT_TR_NOOP("Re&new…"),
         QT_TR_NOOP("A consent given again, or data still needed: its retention starts again today"),
         &PrivacyView::renewSelected},
        {"stopProfiling", QT_TR_NOOP("&Do Not Profile…"),
         QT_TR_NOOP("The creator objected (GDPR Art. 21): left out of every ranking and audit"), nullptr},
        {"allowProfiling", QT_TR_NOOP("A&llow Profiling…"),
         QT_TR_NOOP("The objection was withdrawn: ranked and audited again"), nullptr},
        {"erasePrivacy", QT_TR_NOOP("&Erase…"),
         QT_TR_NOOP("Every trace of the creator removed from the file; cannot be undone"),
         &PrivacyView::eraseSelected},
    };
    auto *buttons = new QHBoxLayout;
    for (const auto &a : actions) {
        auto *b = new QPushButton(tr(a.text), this);
        b->setObjectName(QString::fromLatin1(a.name));
        b->setToolTip(tr(a.tip));
        buttons->addWidget(b);
        if (a.run)
            connect(b, &QPushButton::clicked, this, a.run);
        else
            connect(b, &QPushButton::clicked, this,
                    [this, allowed = QLatin1String(a.name) == QLatin1String("allowProfiling")] { setProfiling(allowed); });
    }
    buttons->addStretch(1);

    m_summary->setMinimumWidth(200);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scrollingRow(policy, this));
    layout->addLayout(show);
    layout->addWidget(m_table, 1);
    layout->addWidget(scrollingRow(buttons, this));
    connect(apply, &QPushButton::clicked, this, &PrivacyView::applyPolicy);
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setKindFilter(m_kind->currentData().toString()); });
}

QPushButton *PrivacyView::button(const char *objectName) const
{
    return findChild<QPushButton *>(QString::fromLatin1(objectName));
}

void PrivacyView::refresh()
{
    if (auto policy = m_workbench->privacyPolicy()) {
        m_retention->setValue(policy->retentionMonths);
        m_notice->setValue(policy->consentNoticeDays);
    }
    m_reviewing = true;
    m_summary->setText(tr("<i>Reviewing every creator…</i>"));
    using Review = Result<QList<PrivacyStore::ReviewRow>>;
    m_review.start(
        this, [path = m_workbench->project().path(), today = m_today] { return Workbench::privacyReviewOf(path, today); },
        [this](Review rows) { showReview(std::move(rows)); });
}

void PrivacyView::showReview(Result<QList<PrivacyStore::ReviewRow>> rows)
{
    m_reviewing = false;
    if (!rows) {
        m_summary->setText(
            tr("<i>The review cannot be read: %1</i>").arg(rows.error().toString().toHtmlEscaped()));
        emit reviewed();
        return;
    }
    QMap<FindingKind, int> counts;
    QSet<qint64> creators;
    for (const PrivacyStore::ReviewRow &row : std::as_const(*rows)) {
        ++counts[row.finding.kind];
        creators.insert(row.finding.creatorId);
    }
    QStringList parts;
    for (FindingKind kind : kKinds) {
        if (counts.value(kind) > 0)
            parts << QStringLiteral("%1 %2")
                         .arg(counts.value(kind))
                         .arg(labelInSentence(privacy::findingLabel(kind)));
    }
    m_summary->setText(
        rows->isEmpty()
            ? tr("Nothing to do on %1: every creator has a lawful basis and a notice, and "
                 "nothing is past its time.")
                  .arg(QLocale().toString(m_today, QLocale::ShortFormat))
            : tr("On %1, %Ln creator(s) need attention: %2.", nullptr, static_cast<int>(creators.size()))
                  .arg(QLocale().toString(m_today, QLocale::ShortFormat))
                  .arg(parts.join(QStringLiteral(", "))));
    m_model->setRows(std::move(*rows));
    emit reviewed();
}

QList<qint64> PrivacyView::selectedCreators(const QString &kind) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (!kind.isEmpty() && index.data(PrivacyReviewModel::KindRole).toString() != kind)
            continue;
        const qint64 id = index.data(PrivacyReviewModel::CreatorIdRole).toLongLong();
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

void PrivacyView::report(const QString &title, const QString &error)
{
    QMessageBox::warning(this, title, error);
    refresh();
}

void PrivacyView::applyPolicy()
{
    if (auto set = m_workbench->setPrivacyPolicy({m_retention->value(), m_notice->value()}); !set)
        return report(tr("Policy not changed"), set.error().toString());
    refresh();
}

void PrivacyView::recordBasisAndNotice()
{
    const QList<qint64> creators = selectedCreators();
    if (creators.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("privacyRecordDialog"));
    dialog.setWindowTitle(tr("Record a lawful basis and notice"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("For %n creator(s) selected.", nullptr, static_cast<int>(creators.size())),
                            &dialog));
    auto *basis = new QComboBox(&dialog);
    basis->setObjectName(QStringLiteral("lawfulBasis"));
    basis->addItem(tr("(leave as it is)"), QString());
    for (const QString &key : privacy::lawfulBasisKeys())
        basis->addItem(privacy::lawfulBasisLabel(*privacy::lawfulBasisFromKey(key)), key);
    form->addRow(tr("Lawful &basis:"), basis);
    auto *informed = new QCheckBox(tr("&Informed on"), &dialog);
    informed->setObjectName(QStringLiteral("informed"));
    auto *informedOn = new QDateEdit(m_today, &dialog);
    informedOn->setObjectName(QStringLiteral("informedOn"));
    informedOn->setCalendarPopup(true);
    informedOn->setEnabled(false);
    connect(informed, &QCheckBox::toggled, informedOn, &QWidget::setEnabled);
    form->addRow(informed, informedOn);
    auto *reason = new QLineEdit(&dialog);
    reason->setObjectName(QStringLiteral("privacyReason"));
    reason->setPlaceholderText(tr("e.g. notice e-mailed with the agency's privacy policy"));
    form->addRow(tr("&Reason or reference:"), reason);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    PrivacyStore::RecordChange change;
    if (const QString key = basis->currentData().toString(); !key.isEmpty())
        change.basis = privacy::lawfulBasisFromKey(key);
    if (informed->isChecked())
        change.informedOn = informedOn->date();
    if (auto done = m_workbench->changePrivacyRecords(creators, change, reason->text()); !done)
        return report(tr("Not recorded"), done.error().toString());
    refresh();
}

void PrivacyView::renewSelected()
{
    const QList<qint64> pastRetention = selectedCreators(privacy::findingKey(FindingKind::PastRetention));
    QList<std::pair<qint64, QString>> consents;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const QString kind = index.data(PrivacyReviewModel::KindRole).toString();
        if (kind == privacy::findingKey(FindingKind::ConsentExpired) ||
            kind == privacy::findingKey(FindingKind::ConsentExpiresSoon))
            consents << std::pair{index.data(PrivacyReviewModel::CreatorIdRole).toLongLong(),
                                  index.data(PrivacyReviewModel::AttributeRole).toString()};
    }
    if (pastRetention.isEmpty() && consents.isEmpty()) {
        QMessageBox::information(this, tr("Nothing to renew"),
                                 tr("Select creators past retention or consents that expired or expire "
                                    "soon."));
        return;
    }
    if (!pastRetention.isEmpty()) {
        const auto reason = privacyActions::askReason(
            this, tr("Keep the data"),
            tr("The data of %n creator(s) is still needed; its retention starts again today. Why?", nullptr,
               static_cast<int>(pastRetention.size())));
        if (!reason)
            return;
        PrivacyStore::RecordChange change;
        change.retentionRenewedOn = m_today;
        if (auto done = m_workbench->changePrivacyRecords(pastRetention, change, *reason); !done)
            return report(tr("Not renewed"), done.error().toString());
    }
    if (!consents.isEmpty()) {
        QDialog dialog(this);
        dialog.setObjectName(QStringLiteral("consentRenewalDialog"));
        dialog.setWindowTitle(tr("Renew consent"));
        auto *form = new QFormLayout(&dialog);
        form->addRow(new QLabel(tr("%n consent(s) given again by the creator.", nullptr,
                                               static_cast<int>(consents.size())),
                                &dialog));
        auto *given = new QDateEdit(m_today, &dialog);
        given->setObjectName(QStringLiteral("consentGivenOn"));
        given->setCalendarPopup(true);
        auto *expires = new QDateEdit(m_today.addMonths(12), &dialog);
        expires->setObjectName(QStringLiteral("consentExpiresOn"));
        expires->setCalendarPopup(true);
        auto *evidence = new QLineEdit(&dialog);
        evidence->setObjectName(QStringLiteral("consentEvidence"));
        evidence->setPlaceholderText(tr("Where the signed consent is kept, e.g. form 2026-44"));
        form->addRow(tr("&Given on:"), given);
        form->addRow(tr("&Expires on:"), expires);
        form->addRow(tr("E&vidence:"), evidence);
        auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        form->addRow(box);
        connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        if (dialog.exec() != QDialog::Accepted)
            return refresh();
        for (const auto &[creator, attribute] : std::as_const(consents)) {
            if (auto done = m_workbench->renewConsent(creator, attribute, given->date(), expires->date(), evidence->text());
                !done)
                return report(tr("Consent not renewed"), done.error().toString());
        }
    }
    refresh();
}

void PrivacyView::setProfiling(bool allowed)
{
    if (privacyActions::setProfiling(this, *m_workbench, selectedCreators(), allowed))
        refresh();
}

void PrivacyView::eraseSelected()
{
    if (const int erased = privacyActions::erase(this, *m_workbench, selectedCreators()); erased > 0) {
        emit creatorsErased(erased);
        refresh();
    }
}

} // namespace candor
