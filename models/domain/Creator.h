#pragma once

#include "AccountMetrics.h"
#include "Platform.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

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
    QString purpose;
    QString recordedBy;
};

struct CreatorAttribute
{
    QString attribute;
    QString value;
    ConsentRecord consent;
};

// Every consented attribute: attribute name ("gender") -> account id -> the value with its consent.
using ConsentedAttributes = QHash<QString, QHash<qint64, CreatorAttribute>>;

} // namespace candor
