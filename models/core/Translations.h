// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLocale>

namespace candor {

// Loads Candor's translation for `locale` (compiled in, :/i18n/candor_LANG.qm) over the English plural forms,
// and Qt's own for its standard dialogs when the system has them. Returns whether Candor has the language
// (English always).
bool installTranslations(const QLocale &locale = QLocale::system());
// Back to English (the tests switch languages within one process).
void removeTranslations();

} // namespace candor
