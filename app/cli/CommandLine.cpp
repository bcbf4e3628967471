#include "CommandLine.h"

#include "CheckCommand.h"
#include "SendCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace stamp::cli {

namespace {
QString overview()
{
    return QCoreApplication::translate(
        "CommandLine",
        "Stamp sends mail through your provider's SMTP submission server and explains every failure.\n"
        "\n"
        "Commands:\n"
        "  send     Send a message (from --eml FILE, or --subject and --body)\n"
        "  check    Connect, negotiate TLS, read the server's capabilities, optionally log in;\n"
        "           sends no mail\n"
        "\n"
        "Run 'stamp COMMAND --help' for a command's options.\n"
        "\n"
        "Exit status: 0 sent to every recipient (or check passed), 1 some recipients refused,\n"
        "2 usage error, 3 not sent (the reason is printed on standard error).");
}
}  // namespace

QString helpText(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    return QStringLiteral("Usage: stamp %1 [options]").arg(command) + text.mid(end);
}

int run(QCoreApplication &app)
{
    QStringList args = app.arguments();
    const QString command = args.size() > 1 ? args.at(1) : QString();
    if (command == QLatin1String("send"))
        return SendCommand().run(args.mid(1));
    if (command == QLatin1String("check"))
        return CheckCommand().run(args.mid(1));

    QCommandLineParser parser;
    parser.setApplicationDescription(overview());
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("CommandLine", "send or check"));
    parser.addHelpOption();
    parser.addVersionOption();
    if (!parser.parse(args)) {
        QTextStream(stderr) << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' '
                            << QCoreApplication::applicationVersion() << '\n';
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
