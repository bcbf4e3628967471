// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

namespace stamp {

namespace {

const QString kFolder = QStringLiteral(":/i18n");
const QString kPreferenceKey = QStringLiteral("ui/language");

bool install(QCoreApplication &app, const QLocale &locale, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, name, QStringLiteral("_"), folder)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

}  // namespace

QList<Language> availableLanguages()
{
    QList<Language> languages;
    const QStringList files = QDir(kFolder).entryList({QStringLiteral("stamp_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(6, file.size() - 9);  // stamp_<code>.qm
        // Qt names some languages after their default country ("American
        // English", "español de España"); the menu offers the language.
        static const QHash<QString, QString> plain{
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("es"), QString::fromUtf8("Español")},
        };
        QString name = plain.value(code, QLocale(code).nativeLanguageName());
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();  // "français" heads a menu entry
        languages.append({code, name});
    }
    std::stable_partition(languages.begin(), languages.end(),
                          [](const Language &l) { return l.code == QLatin1String("en"); });
    return languages;
}

QString languagePreference()
{
    const QString code = QSettings().value(kPreferenceKey).toString();
    const QList<Language> languages = availableLanguages();
    const bool known = std::any_of(languages.cbegin(), languages.cend(),
                                   [&](const Language &l) { return l.code == code; });
    return known ? code : QString();
}

void setLanguagePreference(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kPreferenceKey);
    else
        settings.setValue(kPreferenceKey, code);
}

QLocale effectiveLocale(LanguageSource source)
{
    if (source == LanguageSource::English)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    const QLocale system = QLocale::system();
    const QString chosen = source == LanguageSource::PersonsChoice ? languagePreference() : QString();
    if (chosen.isEmpty())
        return system;
    const QLocale language(chosen);
    // Keep the system's country when it has this language (de_AT stays
    // de_AT); otherwise the language's main country.
    const QLocale combined(language.language(), system.territory());
    return combined.language() == language.language() ? combined : language;
}

void installTranslations(QCoreApplication &app, LanguageSource source)
{
    const QLocale locale = effectiveLocale(source);
    QLocale::setDefault(locale);
    // Qt's texts first (Cancel, Open, Save...), from the system's Qt
    // (Debian: qt6-translations-l10n); Stamp's are installed after them and
    // so win where both translate the same source text.
    if (source != LanguageSource::English)
        install(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // The English plural forms come next: every language without its own
    // form for a text falls back on "1 file" rather than "1 file(s)".
    auto *english = new QTranslator(&app);
    if (english->load(QStringLiteral("stamp_en"), kFolder))
        QCoreApplication::installTranslator(english);
    else
        delete english;
    // Installed last, so it wins where it has a translation.
    if (locale.language() != QLocale::English && locale.language() != QLocale::C)
        install(app, locale, QStringLiteral("stamp"), kFolder);
}

}  // namespace stamp
