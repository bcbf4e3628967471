#include "SendCommand.h"

#include "CommandLine.h"
#include "CommandRegistry.h"
#include "ConsoleReport.h"
#include "SessionOptions.h"
#include "mime/SimpleTextMessage.h"
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
QString tr(const char *text)
{
    return QCoreApplication::translate("SendCommand", text);
}

// --to a,b --to c => a, b, c (RFC 5322 lists are comma-separated).
QStringList splitAddresses(const QStringList &values)
{
    QStringList result;
    for (const QString &value : values) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString address = part.trimmed();
            if (!address.isEmpty())
                result << address;
        }
    }
    return result;
}
}  // namespace

int SendCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Send a message through an SMTP submission server."));
    parser.addHelpOption();
    SessionOptions session(parser);
    const QCommandLineOption from(QStringLiteral("from"), tr("Envelope sender address."), QStringLiteral("ADDR"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Recipient (repeatable, or comma-separated)."),
                                QStringLiteral("ADDR"));
    const QCommandLineOption cc(QStringLiteral("cc"), tr("Copy recipient (repeatable)."), QStringLiteral("ADDR"));
    const QCommandLineOption bcc(QStringLiteral("bcc"), tr("Blind copy recipient: envelope only, never in the message."),
                                 QStringLiteral("ADDR"));
    const QCommandLineOption eml(QStringLiteral("eml"),
                                 tr("Send this prepared RFC 5322 message file as it is. Repeat to send several "
                                    "messages, each to the same recipients, over one connection."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption subject(QStringLiteral("subject"), tr("Subject of a plain-text message."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption body(QStringLiteral("body"), tr("Text of a plain-text message."), QStringLiteral("TEXT"));
    const QCommandLineOption bodyFile(QStringLiteral("body-file"), tr("Read the message text (UTF-8) from a file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as one JSON object."));
    parser.addOptions({from, to, cc, bcc, eml, subject, body, bodyFile, json});

    if (!parser.parse(arguments)) {
        err << "stamp send: " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << helpText(parser, QStringLiteral("send"));
        return ExitSent;
    }
    auto usage = [&err](const QString &message) {
        err << "stamp send: " << message << '\n' << tr("Run 'stamp send --help' for the options.") << '\n';
        return ExitUsage;
    };
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
    if (const QString problem = session.read(parser); !problem.isEmpty())
        return usage(problem);
    if (!parser.isSet(from))
        return usage(tr("--from is required."));
    const QStringList toList = splitAddresses(parser.values(to));
    const QStringList ccList = splitAddresses(parser.values(cc));
    const QStringList bccList = splitAddresses(parser.values(bcc));
    if (toList.isEmpty() && ccList.isEmpty() && bccList.isEmpty())
        return usage(tr("at least one --to, --cc or --bcc is required."));
    if (parser.isSet(eml) && (parser.isSet(subject) || parser.isSet(body) || parser.isSet(bodyFile)))
        return usage(tr("--eml sends a complete message; it cannot be combined with --subject, --body or --body-file."));
    if (parser.isSet(body) && parser.isSet(bodyFile))
        return usage(tr("use either --body or --body-file, not both."));

    // The content comes from a file in every case, so the session can
    // stream it and measure it without holding it in memory.
    std::vector<std::unique_ptr<QFile>> contents;
    const QStringList emlFiles = parser.values(eml);
    for (const QString &path : emlFiles) {
        auto file = std::make_unique<QFile>(path);
        if (!file->open(QIODevice::ReadOnly))
            return usage(tr("cannot read --eml \"%1\": %2").arg(path, file->errorString()));
        contents.push_back(std::move(file));
    }
    if (emlFiles.isEmpty()) {
        SimpleTextMessage message;
        message.from = parser.value(from);
        message.to = toList;
        message.cc = ccList;
        message.subject = parser.value(subject);
        message.body = parser.value(body);
        if (parser.isSet(bodyFile)) {
            QFile file(parser.value(bodyFile));
            if (!file.open(QIODevice::ReadOnly))
                return usage(tr("cannot read --body-file \"%1\": %2").arg(file.fileName(), file.errorString()));
            message.body = QString::fromUtf8(file.readAll());
        }
        if (const QString problem = message.validate(); !problem.isEmpty())
            return usage(problem);
        auto composed = std::make_unique<QTemporaryFile>();
        if (!composed->open() || !message.write(composed.get()) || !composed->seek(0)) {
            err << tr("stamp send: cannot write the message to a temporary file: %1").arg(composed->errorString())
                << '\n';
            return ExitNotSent;
        }
        contents.push_back(std::move(composed));
    }

    QList<OutgoingMessage> outgoing;
    for (const auto &content : contents) {
        OutgoingMessage message;
        message.from = parser.value(from);
        message.recipients = toList + ccList + bccList;
        message.body = content.get();
        outgoing << message;
    }

    const SessionReport report = session.run(outgoing);

    if (parser.isSet(json)) {
        QJsonObject object;
        if (report.messages.size() == 1) {
            object = ReportJson::sendResult(report.messages.first());
        } else {
            QJsonArray list;
            for (int i = 0; i < report.messages.size(); ++i) {
                QJsonObject item = ReportJson::sendResult(report.messages.at(i));
                item[QStringLiteral("file")] = emlFiles.value(i);
                list.append(item);
            }
            object[QStringLiteral("messages")] = list;
        }
        object[QStringLiteral("tls")] = ReportJson::tls(report.tls);
        if (report.authenticated)
            object[QStringLiteral("authMechanism")] = report.authMechanism;
        out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else {
        for (int i = 0; i < report.messages.size(); ++i) {
            if (report.messages.size() > 1)
                out << tr("%1:").arg(emlFiles.value(i)) << '\n';
            ConsoleReport::printSendResult(out, err, report.messages.at(i));
        }
        if (report.failure && report.failure->phase == Phase::Tls)
            ConsoleReport::printCertificateHelp(err, report.tls);
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