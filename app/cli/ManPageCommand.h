// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace stamp::cli {

// `stamp manpage`: prints stamp(1) for the build to install. Hidden from
// the command listing: people read the page with man(1).
class ManPageCommand
{
public:
    int run(const QStringList &arguments);
};

} // namespace stamp::cli
