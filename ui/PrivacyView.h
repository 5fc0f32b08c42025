// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/PrivacyStore.h"
#include "workbench/LatestOnlyJob.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace candor {

class PrivacyReviewModel;
class Workbench;

// The Privacy page: the project's retention policy, and every creator whose data needs a person's attention —
// past retention, a consent expired or about to, no lawful basis, no GDPR Art. 14 notice, an objection to
// profiling — with the actions that resolve them for the selected rows: record a basis and notice, renew, stop or
// allow profiling, erase (docs/privacy.md).
class PrivacyView : public QWidget
{
    Q_OBJECT
public:
    explicit PrivacyView(Workbench *workbench, QWidget *parent = nullptr);

    PrivacyReviewModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *kindFilter() const { return m_kind; }
    QLabel *summary() const { return m_summary; }
    QSpinBox *retentionMonths() const { return m_retention; }
    QPushButton *button(const char *objectName) const;

    // The day the review is made on (today unless a test fixes the clock).
    void setToday(const QDate &today) { m_today = today; }
    // Reads the policy, and reviews every creator on a worker thread; the table follows when it is done.
    void refresh();
    bool isReviewing() const { return m_reviewing; }

    // The actions on the selected rows; each asks what it needs first.
    void recordBasisAndNotice();
    void renewSelected();
    void setProfiling(bool allowed);
    void eraseSelected();
    void applyPolicy();

signals:
    // Creators were erased: the window's undo history must not keep them.
    void creatorsErased(int count);
    void reviewed();

private:
    void showReview(Result<QList<PrivacyStore::ReviewRow>> rows);
    QList<qint64> selectedCreators(const QString &kind = {}) const;
    void report(const QString &title, const QString &error);

    Workbench *m_workbench;
    PrivacyReviewModel *m_model;
    QComboBox *m_kind;
    QSpinBox *m_retention;
    QSpinBox *m_notice;
    QLabel *m_summary;
    QTableView *m_table;
    QDate m_today = QDate::currentDate();
    LatestOnlyJob m_review;
    bool m_reviewing = false;
};

} // namespace candor
