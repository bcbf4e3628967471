// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace stamp::cli {

struct CommandEntry;

// The one view of a command's options there is: QCommandLineParser keeps
// its option list private, and every command's --help path goes through
// helpText(). While a capture runs, helpText() hands the parser's help to
// it (and prints nothing), so the man page and the shell completions are
// made from the very parsers the commands build and cannot drift from
// what `stamp COMMAND --help` says.
class HelpCapture
{
public:
    struct Help
    {
        QString command; // as the command named itself: "send", "account add"
        QString text; // QCommandLineParser::helpText()
    };

    // Runs the command with `arguments` (arguments[0] is its name, the last
    // is --help) and returns the help its parser produced, if any.
    static std::optional<Help> run(const CommandEntry &entry, const QStringList &arguments);

    // Called by helpText(): true when the help was taken by a capture.
    static bool take(const QString &command, const QString &text);
};

} // namespace stamp::cli
