// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace candor {

namespace {

QList<QTranslator *> &installed()
{
    static QList<QTranslator *> translators;
    return translators;
}

bool install(const QLocale &locale, const QString &name, const QString &directory)
{
    // Owned by the application: a translation stays for the process's life unless removed.
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, name, QStringLiteral("_"), directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed() << translator;
    return true;
}

} // namespace

bool installTranslations(const QLocale &locale)
{
    // English first, whatever the language: it holds only the plural forms of the %n messages ("1 creator",
    // "2 creators"), so that a language without a translation reads English, not "creator(s)". Translators
    // installed later are asked first.
    const QLocale english(QLocale::English);
    install(english, QStringLiteral("candor"), QStringLiteral(":/i18n"));
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;
    install(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return install(locale, QStringLiteral("candor"), QStringLiteral(":/i18n"));
}

void removeTranslations()
{
    for (QTranslator *translator : std::as_const(installed())) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed().clear();
}

} // namespace candor
