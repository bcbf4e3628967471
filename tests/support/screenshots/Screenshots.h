// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QPalette>
#include <QSize>
#include <QString>

class QWidget;

namespace stamp::test {

// The dark palette the GUI tests check readability in and take their dark
// screenshots with: every colour role set, so nothing light is left over.
QPalette darkPalette();

// The light palette: the application's palette as the platform gave it.
QPalette lightPalette();

// Saves screenshot-<name>-<light|dark>-<width>.png next to the test binary,
// for a person to look at and for packaging/linux/screenshots.sh to keep.
// Main windows and composers are taken at 800x600 and 1366x800; dialogs,
// wizards and widgets inside a window at their own size. With a page, the
// tab that holds it is brought to the front for the shots, then put back.
// The widget's size and the application's palette are restored afterwards.
// With STAMP_SCREENSHOT_PALETTE=light or dark in the environment, the whole
// run is in that palette from its start and only that look is saved.
void saveShots(QWidget *widget, const QString &name, QWidget *page = nullptr);
// The same at the given sizes (a window, or a widget alone on screen).
void saveShots(QWidget *widget, const QString &name, const QList<QSize> &sizes, QWidget *page = nullptr);

}  // namespace stamp::test
