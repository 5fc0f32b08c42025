// SPDX-FileCopyrightText: 2026 Candor contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLocale>
#include <optional>

namespace candor {

// Loads Candor's translation for `locale` (compiled in, :/i18n/candor_LANG.qm) over the English plural forms,
// and Qt's own for its standard dialogs when the system has them. Returns whether Candor has the language
// (English always).
bool installTranslations(const QLocale &locale = QLocale::system());
// Back to English (the tests switch languages within one process).
void removeTranslations();

// The language Candor's words are in now: the one installTranslations() found, English otherwise.
QLocale translationLanguage();
// The languages Candor speaks, English first.
QList<QLocale> availableLanguages();
// A language's name in itself, for a list to choose from: "English", "Deutsch".
QString languageName(const QLocale &language);
// Whether Candor speaks `language` ("de", "de_DE", "German" are all German).
std::optional<QLocale> findLanguage(const QString &language);

// Candor's words in another language while it lives: a client report in the client's language, whatever the
// window's. Translations are the application's, so this is for a moment on the thread that owns it, with no
// event loop run inside: the windows' texts, made before, stay as they are.
class TranslationScope
{
public:
    explicit TranslationScope(const QLocale &language);
    ~TranslationScope();
    TranslationScope(const TranslationScope &) = delete;
    TranslationScope &operator=(const TranslationScope &) = delete;

private:
    QLocale m_previous;
};

} // namespace candor
