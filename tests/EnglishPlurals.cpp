// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/Translations.h"

#include <QCoreApplication>
#include <QLocale>

// Every test reads English as the program writes it, with the English plural forms ("1 creator", not
// "1 creator(s)"): the program loads them at start, and so does each test, before its first line runs.
namespace {

void installEnglishPlurals()
{
    candor::installTranslations(QLocale(QLocale::English));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglishPlurals)
