// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace stamp {

// One language Stamp has a translation for, named in that language so a
// person who cannot read the current one still finds theirs.
struct Language
{
    QString code;        // "de", "fr": the suffix of :/i18n/stamp_<code>.qm
    QString nativeName;  // "Deutsch", "français"
};

// Where the language comes from. The command line always follows the
// environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), as other command-line
// tools do; the app follows the person's choice in View > Language when
// there is one. `--json` runs are English whatever the environment says
// (scripts read them), with English plural forms.
enum class LanguageSource { Environment, PersonsChoice, English };

// The languages compiled in, English first, then by code.
QList<Language> availableLanguages();

// The language chosen in the app ("" = the system's); takes effect at the
// next start, because open windows are not rebuilt.
QString languagePreference();
void setLanguagePreference(const QString &code);

// The locale Stamp speaks and formats with: the system's, or the chosen
// language in the system's country (German chosen in the United Kingdom
// still writes dates day-first).
QLocale effectiveLocale(LanguageSource source);

// Installs Qt's own translations (standard buttons, file dialogs) and
// Stamp's: first the English plural forms ("1 file", "3 files") every
// language falls back on, then the effective language when a translation
// for it is compiled in. Makes the effective locale the default one, so
// numbers, sizes and dates follow it. Call once, after the application
// object exists and its organisation name is set (the choice is a setting).
void installTranslations(QCoreApplication &app, LanguageSource source = LanguageSource::Environment);

}  // namespace stamp
