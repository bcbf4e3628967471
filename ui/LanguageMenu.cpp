// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "LanguageMenu.h"

#include "Translations.h"

#include <QActionGroup>
#include <QMessageBox>

namespace stamp::ui {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    const QString chosen = languagePreference();
    QString systemName = QLocale::system().nativeLanguageName();
    if (!systemName.isEmpty())
        systemName[0] = systemName.at(0).toUpper();
    //: %1 is the name of the system's language in that language, e.g. "Deutsch"
    QAction *system = addAction(systemName.isEmpty() ? tr("System language") : tr("System language (%1)").arg(systemName));
    system->setData(QString());
    system->setObjectName(QStringLiteral("language-system"));
    addSeparator();
    for (const Language &language : availableLanguages()) {
        QAction *action = addAction(language.nativeName);
        action->setData(language.code);
        action->setObjectName(QStringLiteral("language-") + language.code);
    }
    for (QAction *action : actions()) {
        if (action->isSeparator())
            continue;
        action->setCheckable(true);
        action->setChecked(action->data().toString() == chosen);
        m_group->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this, [this](QAction *action) { choose(action->data().toString()); });
}

void LanguageMenu::choose(const QString &code)
{
    if (code == languagePreference())
        return;
    setLanguagePreference(code);
    const QString name = m_group->checkedAction() ? m_group->checkedAction()->text().remove(QLatin1Char('&')) : QString();
    // Open windows are not rebuilt in another language: a composer half
    // written stays as it is, and the next start speaks the new language.
    QMessageBox::information(parentWidget(), tr("Language"),
                             tr("Stamp will use %1 the next time it starts.").arg(name));
}

}  // namespace stamp::ui
