// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "CommandSpec.h"

#include <QDate>

namespace stamp::cli {

// stamp(1) in roff (man(7) macros), written from the command catalogue.
// The date is given, never read from the clock, so the same sources make
// the same page (reproducible packages).
class ManPage
{
public:
    static QString write(const CommandSpec &top, const QString &version, const QDate &date);

    // Where Stamp keeps its files on this system, named relative to the
    // XDG base directories rather than this user's home.
    static QString displayPath(const QString &path);
};

} // namespace stamp::cli
