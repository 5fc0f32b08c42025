// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace candor {

namespace {

QList<QTranslator *> &installed()
{
    static QList<QTranslator *> translators;
    return translators;
}

QLocale &current()
{
    static QLocale language(QLocale::English);
    return language;
}

const QString &directory()
{
    static const QString path = QStringLiteral(":/i18n");
    return path;
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
    install(english, QStringLiteral("candor"), directory());
    current() = english;
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;
    install(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (!install(locale, QStringLiteral("candor"), directory()))
        return false;
    current() = QLocale(locale.language());
    return true;
}

void removeTranslations()
{
    for (QTranslator *translator : std::as_const(installed())) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed().clear();
    current() = QLocale(QLocale::English);
}

QLocale translationLanguage()
{
    return current();
}

QList<QLocale> availableLanguages()
{
    QList<QLocale> languages{QLocale(QLocale::English)};
    const QStringList files =
        QDir(directory()).entryList({QStringLiteral("candor_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QLocale language(file.mid(7).chopped(3)); // candor_de.qm
        if (language.language() != QLocale::English && language.language() != QLocale::C)
            languages << language;
    }
    return languages;
}

QString languageName(const QLocale &language)
{
    // Qt names English by its default territory ("American English"); the language alone is meant here.
    return language.language() == QLocale::English ? QLocale::languageToString(QLocale::English)
                                                   : language.nativeLanguageName();
}

std::optional<QLocale> findLanguage(const QString &language)
{
    const QLocale wanted(language);
    for (const QLocale &available : availableLanguages()) {
        if (available.language() == wanted.language() ||
            QLocale::languageToString(available.language()).compare(language, Qt::CaseInsensitive) == 0)
            return available;
    }
    return std::nullopt;
}

TranslationScope::TranslationScope(const QLocale &language) : m_previous(current())
{
    if (language.language() == m_previous.language())
        return;
    removeTranslations();
    installTranslations(language);
}

TranslationScope::~TranslationScope()
{
    if (current().language() == m_previous.language())
        return;
    removeTranslations();
    installTranslations(m_previous);
}

} // namespace candor
