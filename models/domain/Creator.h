// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "AccountMetrics.h"
#include "Platform.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace candor {

// A creator's presence on one platform: the unit that is ranked and shortlisted.
struct Account
{
    qint64 id = 0;
    Platform platform = Platform::Instagram;
    QString handle;
    QString displayName;
    QStringList categories;
    QString topAudienceCountry; // as reported by exports that give only the leading country
    AccountMetrics metrics;     // the newest snapshot
};

struct Creator
{
    qint64 id = 0;
    QString displayName;
    QList<Account> accounts;
};

// What a creator charges for one sponsored post, and who said so.
struct Fee
{
    double amount = 0.0;
    QString currency;
    QString source;
    QDate asOf;
};

// One account with its current figures as a person enters them in the creator form. Checked like an import
// row: a handle that is valid on its platform, counts of 0 or more, an engagement rate from 0 to 1, a known
// country.
struct AccountEntry
{
    QString displayName; // of the creator; any printable text
    Platform platform = Platform::Instagram;
    QString handle;
    AccountMetrics metrics;
    QStringList categories;
    QString topAudienceCountry; // ISO 3166 code or name

    QStringList validationErrors() const; // one plain sentence per problem
};

// Canonical form of a handle for matching: no surrounding space, no leading '@'.
// Matching is case-insensitive because Instagram, TikTok and YouTube handles are.
QString normalizedHandle(const QString &handle);

// A self-declared attribute (gender, age band, ethnicity …) kept apart from every scoring input.
// It exists only with a consent record, and only fairness audits may read it.
struct ConsentRecord
{
    QDate givenOn;
    QDate expiresOn; // invalid: no expiry
    QString purpose;
    QString recordedBy;
};

struct CreatorAttribute
{
    QString attribute;
    QString value;
    ConsentRecord consent;
};

// The consented values of one attribute ("gender"), compact enough for a million creators: per account that
// has a value, the value and the purpose consented to, as indexes into the attribute's few distinct texts
// (12 bytes per account instead of a hash node with three strings and a date).
class AttributeColumn
{
public:
    // Entries in any order; finish() puts them in account order, which find() needs.
    void add(qint64 accountId, const QString &value, const QString &purpose);
    void finish();

    qsizetype size() const { return static_cast<qsizetype>(m_accounts.size()); }
    // The entry of `accountId`, or -1 when that account has no consented value.
    qsizetype find(qint64 accountId) const;
    qint64 accountAt(qsizetype entry) const { return m_accounts[static_cast<std::size_t>(entry)]; }
    // The entry (or -1) of each of `count` accounts: one merge when they come in ascending order (a scored
    // pool's do), a search for each otherwise.
    std::vector<qsizetype> entriesFor(qsizetype count, const std::function<qint64(qsizetype)> &accountAt) const;
    const QString &valueAt(qsizetype entry) const { return m_values.at(m_valueOf[static_cast<std::size_t>(entry)]); }
    const QString &purposeAt(qsizetype entry) const
    {
        return m_purposes.at(m_purposeOf[static_cast<std::size_t>(entry)]);
    }

private:
    static quint32 indexIn(QStringList &texts, QHash<QString, quint32> &index, const QString &text);

    std::vector<qint64> m_accounts;
    std::vector<quint32> m_valueOf;
    std::vector<quint32> m_purposeOf;
    QStringList m_values;
    QStringList m_purposes;
    QHash<QString, quint32> m_valueIndex;
    QHash<QString, quint32> m_purposeIndex;
};

// Every consented attribute by name.
using ConsentedAttributes = QMap<QString, AttributeColumn>;

} // namespace candor
