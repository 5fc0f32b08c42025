// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The privacy rules Candor applies, each with its source (docs/privacy.md lists them for users). Every other
// file reads these names; none repeats the numbers.
namespace candor::privacy {

// GDPR Art. 5(1)(e), storage limitation: personal data is kept no longer than the purpose needs. The law names
// no period; 24 months after the data was last used is Candor's default, which a project changes in its policy.
inline constexpr int kDefaultRetentionMonths = 24;
inline constexpr int kShortestRetentionMonths = 1;
inline constexpr int kLongestRetentionMonths = 120;

// GDPR Art. 14(3)(a): a person whose data was not obtained from them is informed "within a reasonable period
// after obtaining the personal data, but at the latest within one month".
inline constexpr int kInformWithinMonths = 1;

// How long before a consent expires the Privacy view lists it, so that it can be renewed in time (Candor's
// default; GDPR Art. 7 asks only that consent can be shown, not when to renew it).
inline constexpr int kDefaultConsentNoticeDays = 30;

} // namespace candor::privacy
