// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CompletionCommand.h"

#include "CommandCatalog.h"
#include "CommandLine.h"
#include "CommandRegistry.h"
#include "CompletionScript.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace stamp::cli {

STAMP_REGISTER_COMMAND(completion,
    QT_TRANSLATE_NOOP("CommandLine", "Print the shell completion script for bash, zsh or fish"), 90,
    CompletionCommand);
// The names CompletionScript::shells() writes.
STAMP_REGISTER_SUBCOMMANDS(completion,
    { { QStringLiteral("bash"), "",
          QT_TRANSLATE_NOOP(
              "CommandLine", "For bash: load it with 'source <(stamp completion bash)' in ~/.bashrc") },
        { QStringLiteral("zsh"), "",
            QT_TRANSLATE_NOOP("CommandLine", "For zsh: save it as _stamp in a directory on $fpath") },
        { QStringLiteral("fish"), "",
            QT_TRANSLATE_NOOP(
                "CommandLine", "For fish: save it as ~/.config/fish/completions/stamp.fish") } });

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CompletionCommand)
};
} // namespace

int CompletionCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Print the script that lets SHELL complete stamp's commands, options and their values. Packages "
           "install it already; this is for a copy installed by hand."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("SHELL"), Text::tr("bash, zsh or fish"));
    if (!parser.parse(arguments)) {
        err << "stamp completion: " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << helpText(parser, QStringLiteral("completion"));
        return ExitSent;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !CompletionScript::shells().contains(positional.first())) {
        err << "stamp completion: " << Text::tr("name one shell: bash, zsh or fish.") << '\n'
            << Text::tr("Run 'stamp completion --help' for more.") << '\n';
        return ExitUsage;
    }
    out << CompletionScript::write(positional.first(), CommandCatalog::describe());
    return ExitSent;
}

} // namespace stamp::cli
