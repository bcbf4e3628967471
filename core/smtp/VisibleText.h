// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

namespace stamp {

// Server text as it may be shown on a terminal, in a log file or in the
// window: a hostile server must not be able to move the cursor, ring the
// bell, retitle the terminal or hide text behind an escape sequence. Every
// control character (C0, DEL and the C1 range, U+0080..U+009F) is replaced
// by a visible escape ("\x1b", "\r", "\t"); everything printable, in any
// script, stays as it is. Invalid UTF-8 bytes become \xNN as well.
QString visibleText(const QByteArray &bytes);
// The same for text already decoded.
QString visibleText(const QString &text);

}  // namespace stamp
