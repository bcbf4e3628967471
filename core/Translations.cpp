// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace stamp {

void installTranslations(QCoreApplication &app)
{
    const QString folder = QStringLiteral(":/i18n");
    auto *english = new QTranslator(&app);
    if (english->load(QStringLiteral("stamp_en"), folder))
        QCoreApplication::installTranslator(english);
    else
        delete english;
    // Installed last, so it wins where it has a translation.
    auto *local = new QTranslator(&app);
    if (QLocale().language() != QLocale::English
        && local->load(QLocale(), QStringLiteral("stamp"), QStringLiteral("_"), folder))
        QCoreApplication::installTranslator(local);
    else
        delete local;
}

}  // namespace stamp
