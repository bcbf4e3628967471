// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace stamp {

// What a launch asks for, decided from the arguments alone (before any
// QApplication exists, since only the window needs a display):
//   stamp                       the window
//   stamp mailto:...            the window with a composer per link (what a
//                               desktop entry's "Exec=stamp %u" runs)
//   stamp compose [mailto:...]  the same; no link: a blank composer
//   stamp COMMAND ...           the command line (compose --help included)
struct LaunchRequest
{
    enum class Kind { Window, Compose, CommandLine };

    Kind kind = Kind::Window;
    QStringList links; // for Compose; empty: one blank composer

    static LaunchRequest fromArguments(const QStringList &arguments);
};

} // namespace stamp
