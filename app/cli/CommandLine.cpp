// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CommandLine.h"

#include "CommandRegistry.h"
#include "HelpCapture.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace stamp::cli {

namespace {
QString overview()
{
    QString commands;
    for (const CommandEntry &entry : CommandRegistry::entries()) {
        if (!entry.summary)
            continue;  // hidden: for building the package, not for people
        commands += QStringLiteral("  %1 %2\n")
                        .arg(entry.name, -11)
                        .arg(QCoreApplication::translate("CommandLine", entry.summary));
    }
    return QCoreApplication::translate("CommandLine",
                                       "Stamp sends mail through your provider's SMTP submission server and explains "
                                       "every failure.\n\nCommands:\n")
           + commands
           + QCoreApplication::translate(
               "CommandLine",
               "\nRun 'stamp COMMAND --help' for a command's options.\n"
               "\n"
               "Exit status: 0 sent to every recipient (or check passed), 1 some recipients refused,\n"
               "2 usage error, 3 not sent (the reason is printed on standard error).");
}
}  // namespace

QString helpText(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    if (HelpCapture::take(command, text))
        return {};
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    return QStringLiteral("Usage: stamp %1 [options]").arg(command) + text.mid(end);
}

void addTopLevelOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addVersionOption();
}

int run(QCoreApplication &app)
{
    QStringList args = app.arguments();
    const QString command = args.size() > 1 ? args.at(1) : QString();
    if (const CommandEntry *entry = CommandRegistry::find(command))
        return entry->run(args.mid(1));

    QCommandLineParser parser;
    parser.setApplicationDescription(overview());
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("CommandLine", "the command to run (see below)"));
    addTopLevelOptions(parser);
    if (!parser.parse(args)) {
        QTextStream(stderr) << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' '
                            << QCoreApplication::applicationVersion() << '\n'
                            << QCoreApplication::translate(
                                   "CommandLine",
                                   "Copyright 2026 The Stamp developers.\n"
                                   "License GPL-3.0-or-later: GNU GPL version 3 or later "
                                   "<https://gnu.org/licenses/gpl.html>.\n"
                                   "This is free software: you are free to change and redistribute it.\n"
                                   "There is NO WARRANTY, to the extent permitted by law.\n");
        return ExitSent;
    }
    if (command.isEmpty() || parser.isSet(QStringLiteral("help"))) {
        QString text = parser.helpText();
        text.replace(0, text.indexOf(QLatin1Char('\n')), QStringLiteral("Usage: stamp [options] command"));
        QTextStream(stdout) << text;
        return ExitSent;
    }
    QTextStream(stderr) << QCoreApplication::translate("CommandLine", "stamp: unknown command \"%1\"\n").arg(command)
                        << QCoreApplication::translate("CommandLine", "Run 'stamp --help' for the list of commands.\n");
    return ExitUsage;
}

}  // namespace stamp::cli
