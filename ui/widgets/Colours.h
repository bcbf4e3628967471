// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QString>

namespace stamp::ui {

// The few colours Stamp adds to the palette, each in a light and a dark
// variant so they stay readable (WCAG AA contrast against the window
// background) in both. Colour is never the only signal: words say it too.
namespace colours {

bool darkPalette();
QColor problem();  // errors, refusals
QColor warning();
QColor success();
// "color: #rrggbb;" for a label's style sheet.
QString problemStyle();

}  // namespace colours
}  // namespace stamp::ui
