// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

class QCoreApplication;
class QCommandLineParser;
class QString;

namespace stamp::cli {

// Exit statuses of every command (documented in `stamp --help`).
enum ExitCode {
    ExitSent = 0,       // every recipient accepted / check passed
    ExitPartial = 1,    // some recipients refused
    ExitUsage = 2,      // the command line is wrong
    ExitNotSent = 3,    // nothing was sent (or the check failed)
};

// Parses the command line, runs the command and returns the exit status.
int run(QCoreApplication &app);

// The options of `stamp` itself (--help, --version), for run() and the man page.
void addTopLevelOptions(QCommandLineParser &parser);

// A command's help with a usage line that names it ("stamp send [options]").
QString helpText(const QCommandLineParser &parser, const QString &command);

}  // namespace stamp::cli
