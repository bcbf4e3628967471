// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SendCommand.h"

#include "CommandLine.h"
#include "CommandRegistry.h"
#include "ConsoleReport.h"
#include "DsnOptions.h"
#include "MessageOptions.h"
#include "QueueOptions.h"
#include "SessionOptions.h"
#include "mime/MessageWriter.h"
#include "diagnostics/DiagnosticsCatalog.h"
#include "smtp/ReportJson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QTextStream>

#include <memory>
#include <vector>

namespace stamp::cli {

STAMP_REGISTER_COMMAND(send, QT_TRANSLATE_NOOP("CommandLine", "Send a message (from --eml FILE, or --subject and --body)"), 10,
                       SendCommand);

namespace {
// `--json` prints the failure's facts and what they mean.
QJsonObject explainedResult(const SendResult &result)
{
    const QJsonObject json = ReportJson::sendResult(result);
    return result.failure ? DiagnosticsCatalog::explained(json, *result.failure) : json;
}

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SendCommand)
};
}  // namespace

int SendCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Send a message through an SMTP submission server."));
    parser.addHelpOption();
    SessionOptions session(parser);
    const QueueOptions queue(parser);  // --queue, --at: into the outbox instead (QueueOptions.cpp)
    MessageOptions messageOptions(parser);
    DsnOptions dsnOptions(parser);  // --dsn-notify, --dsn-ret, --dsn-envid
    const QCommandLineOption eml(QStringLiteral("eml"),
                                 Text::tr("Send this prepared RFC 5322 message file as it is. Repeat to send several "
                                    "messages, each to the same recipients, over one connection."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print the result as one JSON object."));
    parser.addOptions({eml, json});

    if (!parser.parse(arguments)) {
        err << "stamp send: " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << helpText(parser, QStringLiteral("send"));
        return ExitSent;
    }
    auto usage = [&err](const QString &message) {
        err << "stamp send: " << message << '\n' << Text::tr("Run 'stamp send --help' for the options.") << '\n';
        return ExitUsage;
    };
    // A saved identity's address picks its account, and the account it sends through.
    if (parser.isSet(QStringLiteral("from")))
        session.setFromAddress(Address::fromText(parser.value(QStringLiteral("from"))).addrSpec());
    if (const QString problem = session.read(parser); !problem.isEmpty())
        return usage(problem);
    // Addresses, header values and attachments are all checked here, before
    // anything is connected or sent.
    // A positional argument is a mailto: link (MessageOptions).
    if (const QString problems = messageOptions.read(parser, session.defaultFrom()); !problems.isEmpty())
        return usage(problems);
    if (const QString problems = dsnOptions.read(parser, session.account ? &*session.account : nullptr);
        !problems.isEmpty())
        return usage(problems);
    for (const QString &warning : messageOptions.warnings())
        err << "stamp send: " << warning << '\n';
    // The From address of a saved identity carries its name, as in the
    // composer, unless the command line gave one (--from "Name <addr>",
    // --from-name) or the message has none of its own (--eml).
    if (session.owner && !parser.isSet(eml)) {
        const std::optional<Identity> identity =
            session.owner->identityFor(messageOptions.message().from.addrSpec());
        if (identity && !identity->name.isEmpty())
            messageOptions.setFromNameUnlessGiven(identity->name);
    }
    // SenderPolicy's Sender field (--sender wins) and MAIL FROM.
    if (session.route && !session.route->sender.isEmpty())
        messageOptions.setSenderUnlessGiven(Address::fromAddrSpec(session.route->sender));
    Message::Envelope envelope = messageOptions.envelope();
    if (session.route)
        envelope.from = QString::fromUtf8(Address::fromAddrSpec(session.route->mailFrom).envelopeForm());
    if (envelope.recipients.isEmpty())
        return usage(Text::tr("at least one --to, --cc or --bcc is required."));
    if (parser.isSet(eml) && messageOptions.composes(parser))
        return usage(Text::tr("--eml sends a complete message; it cannot be combined with the options that compose one "
                        "(--subject, --body, --attach, --header...)."));

    // The content comes from a file in every case, so the session can
    // stream it and measure it without holding it in memory.
    std::vector<std::unique_ptr<QFile>> contents;
    const QStringList emlFiles = parser.values(eml);
    for (const QString &path : emlFiles) {
        auto file = std::make_unique<QFile>(path);
        if (!file->open(QIODevice::ReadOnly))
            return usage(Text::tr("cannot read --eml \"%1\": %2").arg(path, file->errorString()));
        contents.push_back(std::move(file));
    }
    if (emlFiles.isEmpty()) {
        // Rendered to a temporary file, attachments streamed in chunks, and
        // sent from there: memory stays flat whatever the attachments
        // weigh. UTF-8 headers only when an address needs them (and then
        // the server must offer SMTPUTF8, which implies 8BITMIME).
        MessageWriter writer(messageOptions.message(), {envelope.smtpUtf8, envelope.smtpUtf8});
        if (!writer.prepare())
            return usage(writer.errors().join(QLatin1Char('\n')));
        auto composed = std::make_unique<QTemporaryFile>();
        if (!composed->open() || !writer.write(composed.get()) || !composed->flush() || !composed->seek(0)) {
            const QString why = writer.errorString().isEmpty() ? composed->errorString() : writer.errorString();
            err << Text::tr("stamp send: cannot write the message to a temporary file: %1").arg(why) << '\n';
            return ExitNotSent;
        }
        contents.push_back(std::move(composed));
    }

    QList<OutgoingMessage> outgoing;
    for (const auto &content : contents) {
        OutgoingMessage message;
        message.from = envelope.from;
        message.recipients = envelope.recipients;
        message.body = content.get();
        message.smtpUtf8 = envelope.smtpUtf8 && emlFiles.isEmpty();
        message.dsn = dsnOptions.request();
        outgoing << message;
    }

    // A provider's daily limit is better heard of before than from its refusal.
    QueueOptions::warnAboutLimits(session, int(envelope.recipients.size()), err);
    // So is a From domain receivers will not accept from this server, or a
    // mailing without one-click unsubscribe. Advice only: the send goes on.
    QList<SendingHygiene::Send> hygiene;
    for (const OutgoingMessage &message : outgoing) {
        SendingHygiene::Send send;
        send.from = message.from;
        // A prepared file's own From field is the one receivers judge.
        if (!emlFiles.isEmpty()) {
            if (const QString from = SendingHygiene::fromFieldOf(message.body->peek(64 * 1024));
                !from.isEmpty())
                send.from = from;
        }
        send.recipients = int(message.recipients.size());
        send.bcc = int(messageOptions.message().bcc.mailboxes().size());
        // A prepared file says itself which fields it has; the position stays.
        if (emlFiles.isEmpty()) {
            for (const Message::ExtraHeader &header : messageOptions.message().extraHeaders)
                send.unsubscribe.note(header.name, header.value);
        } else {
            send.unsubscribe = SendingHygiene::Unsubscribe::fromHeaderBlock(message.body->peek(64 * 1024));
        }
        hygiene << send;
    }
    QueueOptions::warnAboutHygiene(session, hygiene, err);
    if (queue.requested(parser))
        return queue.enqueue(parser, session, outgoing);
    // Sent items count towards those limits; their copies to the Sent
    // folder need the login, so they are made before it is wiped.
    QList<SentItem> copies;
    const SessionReport report = session.run(outgoing, [&](const SessionReport &done) {
        copies = QueueOptions::copyToSent(session, QueueOptions::keepSent(session, outgoing, done));
    });

    // Asked for but not offered: the message went without it (RFC 3461 §4),
    // which the person must hear, not find out when no report comes.
    const bool dsnAsked = dsnOptions.request().requested();
    bool dsnDropped = false;
    for (const SendResult &result : report.messages)
        dsnDropped = dsnDropped || result.dsnDropped;
    if (dsnDropped && !parser.isSet(json))
        err << "stamp send: "
            << Text::tr("warning: %1")
                   .arg(Text::tr("The server does not offer delivery reports; the message was sent without "
                                 "asking for one."))
            << '\n';

    if (parser.isSet(json)) {
        QJsonObject object;
        if (report.messages.size() == 1) {
            object = explainedResult(report.messages.first());
        } else {
            QJsonArray list;
            for (int i = 0; i < report.messages.size(); ++i) {
                QJsonObject item = explainedResult(report.messages.at(i));
                item[QStringLiteral("file")] = emlFiles.value(i);
                list.append(item);
            }
            object[QStringLiteral("messages")] = list;
        }
        if (dsnAsked) {
            object[QStringLiteral("dsnDropped")] = dsnDropped;
            if (!dsnOptions.request().envid.isEmpty())
                object[QStringLiteral("envid")] = dsnOptions.request().envid;
        }
        if (!copies.isEmpty()) {
            QJsonArray list;
            for (const SentItem &item : std::as_const(copies)) {
                QJsonObject copy = item.copy.toJson();
                copy[QStringLiteral("text")] = item.copyText();
                list.append(copy);
            }
            object[QStringLiteral("sentCopies")] = list;
        }
        object[QStringLiteral("tls")] = ReportJson::tls(report.tls);
        if (report.authenticated)
            object[QStringLiteral("authMechanism")] = report.authMechanism;
        out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else {
        for (int i = 0; i < report.messages.size(); ++i) {
            if (report.messages.size() > 1)
                out << Text::tr("%1:").arg(emlFiles.value(i)) << '\n';
            ConsoleReport::printSendResult(out, err, report.messages.at(i));
        }
        if (report.failure && report.failure->phase == Phase::Tls)
            ConsoleReport::printCertificateHelp(err, report.tls);
        // The message is sent whatever becomes of its copy: a line each,
        // and the exit status stays the send's.
        for (const SentItem &item : std::as_const(copies))
            out << item.copyText() << '\n';
    }
    // 0 when every message reached every recipient, 3 when nothing was
    // accepted at all, 1 for anything in between.
    int sent = 0;
    int failed = 0;
    for (const SendResult &result : report.messages) {
        sent += result.status == SendResult::Status::Sent;
        failed += result.status == SendResult::Status::Failed;
    }
    if (sent == report.messages.size())
        return ExitSent;
    if (failed == report.messages.size())
        return ExitNotSent;
    return ExitPartial;
}

}  // namespace stamp::cli