// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SandboxCommand.h"

#include "CommandLine.h"
#include "CommandRegistry.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>
#include <atomic>
#include <csignal>

namespace stamp::cli {

STAMP_REGISTER_COMMAND(sandbox,
    QT_TRANSLATE_NOOP("CommandLine", "Run the sandbox mail server on this computer, optionally misbehaving"),
    50, SandboxCommand);

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommand)
};

// Set by the signal handler; a timer in the event loop stops the server,
// since a signal handler may do nothing more.
std::atomic<bool> g_stop { false };

extern "C" void onStopSignal(int)
{
    g_stop = true;
}

QString modeList()
{
    QString list;
    for (SandboxBehaviour::Mode mode : SandboxBehaviour::modes())
        list += QStringLiteral("  %1\n      %2\n")
                    .arg(SandboxBehaviour::id(mode), SandboxBehaviour::description(mode));
    return list;
}

// A whole number from `minimum` to `maximum`, or nothing.
std::optional<int> number(const QString &text, int minimum, int maximum)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}
} // namespace

int SandboxCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Run the sandbox, a mail server on 127.0.0.1 that keeps every message "
                 "it accepts and delivers nothing, until Ctrl+C. With --mode it "
                 "misbehaves the way a real server sometimes does, so you can see "
                 "what Stamp does about it. The starttls and tls modes use a "
                 "self-signed certificate made on first use; its SHA-256 is printed "
                 "for --pin-sha256."));
    parser.addHelpOption();
    const QCommandLineOption mode(QStringLiteral("mode"),
        Text::tr("How to answer: normal (default), or a misbehaviour (--list-modes)."),
        QStringLiteral("NAME"));
    const QCommandLineOption listModes(QStringLiteral("list-modes"), Text::tr("List the modes and exit."));
    const QCommandLineOption port(QStringLiteral("port"),
        Text::tr("Listen on this port (default: any free port)."), QStringLiteral("N"));
    const QCommandLineOption storage(QStringLiteral("storage"),
        Text::tr("Keep the messages in this folder (default: the app's sandbox folder)."),
        QStringLiteral("DIR"));
    const QCommandLineOption memory(
        QStringLiteral("memory"), Text::tr("Keep the messages in memory only, for this run."));
    const QCommandLineOption greylist(QStringLiteral("greylist-seconds"),
        Text::tr("greylisting: accept a retry after this many seconds (default 60)."),
        QStringLiteral("SECS"));
    const QCommandLineOption maxRecipients(QStringLiteral("max-recipients"),
        Text::tr("too-many-recipients: accept this many per message (default 2)."), QStringLiteral("N"));
    const QCommandLineOption unknown(QStringLiteral("unknown-recipient"),
        Text::tr("unknown-user: refuse only this address (default: every recipient)."),
        QStringLiteral("ADDRESS"));
    const QCommandLineOption sizeLimit(QStringLiteral("size-limit"),
        Text::tr("too-large: the largest message taken, in bytes (default 16384)."), QStringLiteral("BYTES"));
    const QCommandLineOption delay(QStringLiteral("reply-delay"),
        Text::tr("slow: milliseconds before each reply (default 2000)."), QStringLiteral("MS"));
    parser.addOptions(
        { mode, listModes, port, storage, memory, greylist, maxRecipients, unknown, sizeLimit, delay });

    if (!parser.parse(arguments)) {
        err << "stamp sandbox: " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << helpText(parser, QStringLiteral("sandbox"));
        return ExitSent;
    }
    if (parser.isSet(listModes)) {
        out << modeList();
        return ExitSent;
    }
    auto usage = [&err](const QString &problem) {
        err << "stamp sandbox: " << problem << '\n'
            << Text::tr("Run 'stamp sandbox --help' for the options.") << '\n';
        return ExitUsage;
    };
    if (!parser.positionalArguments().isEmpty())
        return usage(Text::tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));

    SandboxBehaviour behaviour;
    if (parser.isSet(mode)) {
        const std::optional<SandboxBehaviour::Mode> chosen = SandboxBehaviour::fromId(parser.value(mode));
        if (!chosen) {
            QStringList ids;
            for (SandboxBehaviour::Mode m : SandboxBehaviour::modes())
                ids << SandboxBehaviour::id(m);
            return usage(Text::tr("There is no mode \"%1\". The modes are: %2.")
                             .arg(parser.value(mode), ids.join(QStringLiteral(", "))));
        }
        behaviour.mode = *chosen;
    }
    struct Tunable
    {
        const QCommandLineOption &option;
        int minimum;
        int maximum;
        int *target;
    };
    int sizeLimitValue = int(behaviour.sizeLimit);
    int portValue = 0;
    for (const Tunable &t :
        { Tunable { port, 1, 65535, &portValue }, Tunable { greylist, 0, 86400, &behaviour.greylistSeconds },
            Tunable { maxRecipients, 1, 1000, &behaviour.maxRecipients },
            Tunable { sizeLimit, 1, 1 << 30, &sizeLimitValue },
            Tunable { delay, 0, 600000, &behaviour.replyDelayMs } }) {
        if (!parser.isSet(t.option))
            continue;
        const std::optional<int> value = number(parser.value(t.option), t.minimum, t.maximum);
        if (!value)
            return usage(Text::tr("--%1 must be a whole number from %2 to %3.")
                             .arg(t.option.names().constFirst())
                             .arg(t.minimum)
                             .arg(t.maximum));
        *t.target = *value;
    }
    behaviour.sizeLimit = sizeLimitValue;
    behaviour.unknownRecipient = parser.value(unknown);
    if (parser.isSet(storage) && parser.isSet(memory))
        return usage(Text::tr("--storage and --memory cannot be used together."));

    SandboxServer server;
    if (!parser.isSet(memory)) {
        const QString folder
            = parser.isSet(storage) ? parser.value(storage) : SandboxServer::defaultStorage();
        if (const QString problem = server.setStorage(folder); !problem.isEmpty()) {
            err << "stamp sandbox: " << problem << '\n';
            return ExitNotSent;
        }
    }
    // After the storage: the TLS modes' certificate is kept there.
    server.setBehaviour(behaviour);
    std::optional<SandboxCertificate> certificate;
    if (SandboxBehaviour::usesTls(behaviour.mode)) {
        QString problem;
        certificate = server.certificate(&problem);
        if (!certificate) {
            err << "stamp sandbox: " << problem << '\n';
            return ExitNotSent;
        }
    }
    if (!server.start(quint16(portValue))) {
        err << "stamp sandbox: " << Text::tr("Cannot listen on 127.0.0.1: %1").arg(server.errorString())
            << '\n';
        return ExitNotSent;
    }

    QString listening;
    switch (behaviour.mode) {
    case SandboxBehaviour::Mode::StartTls:
        listening = Text::tr("The sandbox is listening on 127.0.0.1 port %1 (SMTP with STARTTLS).");
        break;
    case SandboxBehaviour::Mode::ImplicitTls:
        listening = Text::tr("The sandbox is listening on 127.0.0.1 port %1 (SMTP over TLS).");
        break;
    default:
        listening = Text::tr("The sandbox is listening on 127.0.0.1 port %1 (SMTP, no TLS).");
        break;
    }
    out << listening.arg(server.port()) << '\n'
        << Text::tr("Mode: %1 - %2")
               .arg(SandboxBehaviour::id(behaviour.mode), SandboxBehaviour::description(behaviour.mode))
        << '\n'
        << (server.storage().isEmpty()
                   ? Text::tr("Messages are kept in memory only.")
                   : Text::tr("Messages are kept in %1.").arg(QDir::toNativeSeparators(server.storage())))
        << '\n';
    if (certificate) {
        // What a person needs to trust exactly this certificate, and no
        // other, on the command line (the app offers the same in its
        // certificate dialog).
        out << Text::tr("Certificate SHA-256: %1").arg(certificate->sha256()) << '\n'
            << (server.storage().isEmpty()
                       ? Text::tr("The certificate was made for this run only.")
                       : Text::tr("The certificate and its key are in %1.")
                             .arg(QDir::toNativeSeparators(
                                      SandboxCertificate::certificateFile(server.storage()))
                                 + QStringLiteral(", ")
                                 + QDir::toNativeSeparators(SandboxCertificate::keyFile(server.storage()))))
            << '\n'
            << Text::tr(
                   "To send to it: stamp send --host 127.0.0.1 --port %1 --security %2 --pin-sha256 %3 ...")
                   .arg(server.port())
                   .arg(behaviour.mode == SandboxBehaviour::Mode::StartTls ? QStringLiteral("starttls")
                                                                           : QStringLiteral("tls"))
                   .arg(certificate->sha256())
            << '\n';
    }
    out << Text::tr("Press Ctrl+C to stop.") << '\n';
    out.flush();

    int received = 0;
    QObject::connect(&server, &SandboxServer::messageReceived, &server, [&](int index) {
        ++received;
        const SandboxMessage &m = server.messages().at(index);
        out << Text::tr("%1 received message %2 from <%3> to %4, %n byte(s)", nullptr, int(m.content.size()))
                   .arg(m.receivedAt.toString(QStringLiteral("HH:mm:ss")))
                   .arg(index + 1)
                   .arg(m.from, m.recipients.join(QStringLiteral(", ")))
            << '\n';
        out.flush();
    });

    QEventLoop loop;
    g_stop = false;
    void (*previousInt)(int) = std::signal(SIGINT, onStopSignal);
    void (*previousTerm)(int) = std::signal(SIGTERM, onStopSignal);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (g_stop)
            loop.quit();
    });
    poll.start(100);
    loop.exec();
    poll.stop();
    std::signal(SIGINT, previousInt == SIG_ERR ? SIG_DFL : previousInt);
    std::signal(SIGTERM, previousTerm == SIG_ERR ? SIG_DFL : previousTerm);
    server.stop();
    out << Text::tr("The sandbox stopped; it kept %n message(s) in this run.", nullptr, received) << '\n';
    return ExitSent;
}

} // namespace stamp::cli
