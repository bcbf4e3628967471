// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace stamp::cli {

// `stamp completion bash|zsh|fish`: prints the shell's completion script
// (CompletionScript), for people who installed Stamp without a package.
class CompletionCommand
{
public:
    int run(const QStringList &arguments);
};

} // namespace stamp::cli
