// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ComposeCommand.h"

#include "CommandLine.h"
#include "CommandRegistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace stamp::cli {

STAMP_REGISTER_COMMAND(compose,
    QT_TRANSLATE_NOOP("CommandLine", "Open the window with a new message, from a mailto: link if given"), 12,
    ComposeCommand);

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ComposeCommand)
};
} // namespace

int ComposeCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Open Stamp's window with a new message. Each mailto: link (RFC 6068) fills in a message's To, Cc, "
        "Bcc, subject and text; nothing is sent until you send it. Other fields a link carries (attachments, "
        "the sender, other headers) are left out and named in the window. When Stamp is already open, the "
        "message opens there. 'stamp mailto:...' does the same."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("links"), Text::tr("mailto: links, one message each."), QStringLiteral("[MAILTO-URI...]"));
    if (!parser.parse(arguments)) {
        err << "stamp compose: " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << helpText(parser, QStringLiteral("compose"));
        return ExitSent;
    }
    // Only arguments that are not mailto: links come here (LaunchRequest).
    const QStringList rest = parser.positionalArguments();
    err << "stamp compose: "
        << Text::tr("\"%1\" is not a mailto: link.").arg(rest.isEmpty() ? QString() : rest.constFirst()) << '\n'
        << Text::tr("Run 'stamp compose --help' for the usage.") << '\n';
    return ExitUsage;
}

} // namespace stamp::cli
