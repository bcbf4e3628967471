// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace stamp::cli {

// `stamp sandbox`: the app's sandbox server in the foreground, answering
// as a chosen misbehaviour mode wants, until Ctrl+C or SIGTERM. Prints
// where it listens and one line per message it keeps.
class SandboxCommand
{
public:
    int run(const QStringList &arguments);
};

} // namespace stamp::cli
