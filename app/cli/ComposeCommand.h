// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace stamp::cli {

// `stamp compose [MAILTO-URI...]` opens the window with a new message
// (LaunchRequest routes it there before the command line starts); what
// reaches this class is its --help, or arguments that are not links.
class ComposeCommand
{
public:
    int run(const QStringList &arguments);
};

} // namespace stamp::cli
