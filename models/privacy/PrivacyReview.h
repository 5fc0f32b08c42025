// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace candor::privacy {

// GDPR Art. 6(1): the ground on which a project holds a creator's data. Candor records the three that fit
// influencer work; "none" is a finding of its own.
enum class LawfulBasis
{
    None,
    Consent,            // Art. 6(1)(a)
    Contract,           // Art. 6(1)(b)
    LegitimateInterest, // Art. 6(1)(f)
};
QString lawfulBasisKey(LawfulBasis basis);   // stored value: "", "consent", "contract", "legitimate_interest"
QString lawfulBasisLabel(LawfulBasis basis); // what a user reads, with the article
// Also takes "legitimate-interest" and "none"; nothing for any other text.
std::optional<LawfulBasis> lawfulBasisFromKey(const QString &key);
QStringList lawfulBasisKeys(); // the ones a user can record

// The project's privacy policy (PrivacyRules.h has the defaults and their sources).
struct Policy
{
    int retentionMonths;
    int consentNoticeDays;

    static Policy defaults();
    QStringList validationErrors() const;
};

// A consent to one self-declared attribute: valid through its expiry date, for ever without one.
struct ConsentFacts
{
    QString attribute;
    QDate givenOn;
    QDate expiresOn; // invalid: no expiry
};
bool consentHolds(const QDate &expiresOn, const QDate &today);

// What the review needs to know about one creator.
struct CreatorFacts
{
    qint64 creatorId = 0;
    QString name;
    QString handles; // "@a (Instagram), @b (TikTok)"
    LawfulBasis basis = LawfulBasis::None;
    QDate firstHeld;  // when the project first held their data
    QDate informedOn; // GDPR Art. 14 notice; invalid: not recorded
    QDate lastUsed;   // newest figures, decision, note or renewal
    bool doNotProfile = false;
    QList<ConsentFacts> consents;
};
QDate retentionEnds(const CreatorFacts &creator, const Policy &policy);

enum class FindingKind
{
    PastRetention,
    ConsentExpired,
    ConsentExpiresSoon,
    NoLawfulBasis,
    NotInformed,
    DoNotProfile,
};
QString findingKey(FindingKind kind);   // for JSON and filters: "past_retention", …
QString findingLabel(FindingKind kind); // "Past retention", …

struct Finding
{
    FindingKind kind = FindingKind::NoLawfulBasis;
    qint64 creatorId = 0;
    QString attribute; // of a consent finding
    QDate date;        // when retention ended, the consent expires or expired, the notice was or is due
    QString sentence;  // one plain sentence, without the person's name
};

// Every finding about one creator at `today`, in FindingKind order (a fixed clock makes it testable).
QList<Finding> findingsOf(const CreatorFacts &creator, const Policy &policy, const QDate &today);

} // namespace candor::privacy
