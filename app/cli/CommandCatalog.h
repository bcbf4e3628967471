// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "CommandSpec.h"

namespace stamp::cli {

// Every command the registry holds (hidden ones left out), with its
// sub-commands, options and arguments as each command's own --help gives
// them (HelpCapture), plus what a shell can offer for their values. A
// command added to the registry, or an option added to a command's parser,
// appears here with no list to update.
class CommandCatalog
{
public:
    // The top level ("stamp --help", "stamp --version") as `path` "", and
    // the commands as its sub-commands.
    static CommandSpec describe();

private:
    static void addCompletions(CommandSpec &spec);
};

} // namespace stamp::cli
