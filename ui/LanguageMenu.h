// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMenu>

class QActionGroup;

namespace stamp::ui {

// View > Language: the system's language or one Stamp is translated into,
// each named in its own language. The choice is kept in the settings and
// takes effect at the next start (core/Translations).
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

private:
    void choose(const QString &code);

    QActionGroup *m_group;
};

}  // namespace stamp::ui
