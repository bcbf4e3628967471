// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "CommandSpec.h"

namespace stamp::cli {

// Shell completion for stamp, written from the command catalogue: the
// commands and sub-commands, every option, and the values an option takes
// where they are known (fixed choices, files, saved account names).
class CompletionScript
{
public:
    static QStringList shells(); // "bash", "zsh", "fish"
    // Empty for a shell not in shells().
    static QString write(const QString &shell, const CommandSpec &top);

private:
    static QString bash(const CommandSpec &top);
    static QString zsh(const CommandSpec &top);
    static QString fish(const CommandSpec &top);
};

} // namespace stamp::cli
