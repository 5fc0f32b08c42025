// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PrivacyReview.h"

#include "PrivacyRules.h"
#include "core/EnumTable.h"
#include "core/TextContexts.h"

namespace candor::privacy {

namespace {

// One table per enum: the value, its stored key and what a user reads.
template <typename Enum> struct NamedValue
{
    Enum value;
    const char *key;
    const char *label;
};
using BasisRow = NamedValue<LawfulBasis>;
using FindingRow = NamedValue<FindingKind>;

template <typename Enum, std::size_t N> const NamedValue<Enum> &rowFor(const NamedValue<Enum> (&table)[N], Enum value)
{
    return rowOf(table, &NamedValue<Enum>::value, value);
}

constexpr BasisRow kBases[] = {
    {LawfulBasis::None, "", QT_TRANSLATE_NOOP("PrivacyText", "none recorded")},
    {LawfulBasis::Consent, "consent", QT_TRANSLATE_NOOP("PrivacyText", "consent (GDPR Art. 6(1)(a))")},
    {LawfulBasis::Contract, "contract", QT_TRANSLATE_NOOP("PrivacyText", "contract (GDPR Art. 6(1)(b))")},
    {LawfulBasis::LegitimateInterest, "legitimate_interest",
     QT_TRANSLATE_NOOP("PrivacyText", "legitimate interest (GDPR Art. 6(1)(f))")},
};

constexpr FindingRow kFindings[] = {
    {FindingKind::PastRetention, "past_retention", QT_TRANSLATE_NOOP("PrivacyText", "Past retention")},
    {FindingKind::ConsentExpired, "consent_expired", QT_TRANSLATE_NOOP("PrivacyText", "Consent expired")},
    {FindingKind::ConsentExpiresSoon, "consent_expires_soon",
     QT_TRANSLATE_NOOP("PrivacyText", "Consent expires soon")},
    {FindingKind::NoLawfulBasis, "no_lawful_basis", QT_TRANSLATE_NOOP("PrivacyText", "No lawful basis")},
    {FindingKind::NotInformed, "not_informed", QT_TRANSLATE_NOOP("PrivacyText", "Not informed")},
    {FindingKind::DoNotProfile, "do_not_profile", QT_TRANSLATE_NOOP("PrivacyText", "Do not profile")},
};

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

QString lawfulBasisKey(LawfulBasis basis)
{
    return QString::fromLatin1(rowFor(kBases, basis).key);
}

QString lawfulBasisLabel(LawfulBasis basis)
{
    return PrivacyText::tr(rowFor(kBases, basis).label);
}

std::optional<LawfulBasis> lawfulBasisFromKey(const QString &key)
{
    QString k = key.trimmed().toLower();
    k.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (k == QLatin1String("none"))
        return LawfulBasis::None;
    if (const BasisRow *row = findRow(kBases, [&k](const BasisRow &r) { return k == QLatin1String(r.key); }))
        return row->value;
    return std::nullopt;
}

QStringList lawfulBasisKeys()
{
    QStringList keys;
    for (const BasisRow &row : kBases) {
        if (row.value != LawfulBasis::None)
            keys << QString::fromLatin1(row.key);
    }
    return keys;
}

Policy Policy::defaults()
{
    return {kDefaultRetentionMonths, kDefaultConsentNoticeDays};
}

QStringList Policy::validationErrors() const
{
    QStringList errors;
    if (retentionMonths < kShortestRetentionMonths || retentionMonths > kLongestRetentionMonths)
        errors << PrivacyText::tr("the retention period must be from %1 to %2 months")
                      .arg(kShortestRetentionMonths)
                      .arg(kLongestRetentionMonths);
    if (consentNoticeDays < 0 || consentNoticeDays > 365)
        errors << PrivacyText::tr("the notice before a consent expires must be from 0 to 365 days");
    return errors;
}

bool consentHolds(const QDate &expiresOn, const QDate &today)
{
    return !expiresOn.isValid() || today <= expiresOn;
}

QDate retentionEnds(const CreatorFacts &creator, const Policy &policy)
{
    const QDate from = creator.lastUsed.isValid() ? creator.lastUsed : creator.firstHeld;
    return from.addMonths(policy.retentionMonths);
}

QString findingKey(FindingKind kind)
{
    return QString::fromLatin1(rowFor(kFindings, kind).key);
}

QString findingLabel(FindingKind kind)
{
    return PrivacyText::tr(rowFor(kFindings, kind).label);
}

QList<Finding> findingsOf(const CreatorFacts &creator, const Policy &policy, const QDate &today)
{
    QList<Finding> found;
    const auto add = [&](FindingKind kind, const QDate &date, const QString &sentence, const QString &attribute = {}) {
        found << Finding{kind, creator.creatorId, attribute, date, sentence};
    };
    if (const QDate ends = retentionEnds(creator, policy); ends.isValid() && today > ends)
        add(FindingKind::PastRetention, ends,
            PrivacyText::tr(
                "Last used on %1; the policy keeps data %2 months after its last use, so it should "
                "have gone on %3. Erase it, or renew it if it is still needed.")
                .arg(isoDate(creator.lastUsed.isValid() ? creator.lastUsed : creator.firstHeld))
                .arg(policy.retentionMonths)
                .arg(isoDate(ends)));
    for (const ConsentFacts &consent : creator.consents) {
        if (!consent.expiresOn.isValid())
            continue;
        if (!consentHolds(consent.expiresOn, today))
            add(FindingKind::ConsentExpired, consent.expiresOn,
                PrivacyText::tr(
                    "The consent to use \"%1\" expired on %2; audits leave it out until it is renewed.")
                    .arg(consent.attribute, isoDate(consent.expiresOn)),
                consent.attribute);
        else if (today.daysTo(consent.expiresOn) <= policy.consentNoticeDays)
            add(FindingKind::ConsentExpiresSoon, consent.expiresOn,
                PrivacyText::tr("The consent to use \"%1\" expires on %2, in %3 days.")
                    .arg(consent.attribute, isoDate(consent.expiresOn))
                    .arg(today.daysTo(consent.expiresOn)),
                consent.attribute);
    }
    if (creator.basis == LawfulBasis::None)
        add(FindingKind::NoLawfulBasis, creator.firstHeld,
            PrivacyText::tr(
                "Held since %1 without a recorded lawful basis (GDPR Art. 6): record one, or erase the "
                "data.")
                .arg(isoDate(creator.firstHeld)));
    if (!creator.informedOn.isValid()) {
        const QDate due = creator.firstHeld.addMonths(kInformWithinMonths);
        add(FindingKind::NotInformed, due,
            (today > due ? PrivacyText::tr(
                               "No record that the creator was told their data is held (GDPR Art. 14); the "
                               "notice was due by %1.")
                         : PrivacyText::tr(
                               "No record that the creator was told their data is held (GDPR Art. 14); the "
                               "notice is due by %1."))
                .arg(isoDate(due)));
    }
    if (creator.doNotProfile)
        add(FindingKind::DoNotProfile, {},
            PrivacyText::tr("Asked not to be profiled (GDPR Art. 21): left out of every ranking and audit."));
    return found;
}

} // namespace candor::privacy
