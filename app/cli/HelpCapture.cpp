// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "HelpCapture.h"

#include "CommandRegistry.h"

namespace stamp::cli {

namespace {
// Only the generator's own thread runs commands; no locking needed.
std::optional<HelpCapture::Help> *s_capturing = nullptr;
} // namespace

std::optional<HelpCapture::Help> HelpCapture::run(const CommandEntry &entry, const QStringList &arguments)
{
    std::optional<Help> captured;
    s_capturing = &captured;
    entry.run(arguments);
    s_capturing = nullptr;
    return captured;
}

bool HelpCapture::take(const QString &command, const QString &text)
{
    if (!s_capturing)
        return false;
    *s_capturing = Help { command, text };
    return true;
}

} // namespace stamp::cli
