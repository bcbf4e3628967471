#include "SendCommand.h"

#include "CommandLine.h"
#include "ConsoleReport.h"
#include "SessionOptions.h"
#include "mime/SimpleTextMessage.h"
#include "smtp/ReportJson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QTextStream>

namespace stamp::cli {

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
    const QCommandLineOption eml(QStringLiteral("eml"), tr("Send this prepared RFC 5322 message file as it is."),
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
    QFile emlFile;
    QTemporaryFile composed;
    QIODevice *content = nullptr;
    if (parser.isSet(eml)) {
        emlFile.setFileName(parser.value(eml));
        if (!emlFile.open(QIODevice::ReadOnly))
            return usage(tr("cannot read --eml \"%1\": %2").arg(emlFile.fileName(), emlFile.errorString()));
        content = &emlFile;
    } else {
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
        if (!composed.open() || !message.write(&composed) || !composed.seek(0)) {
            err << tr("stamp send: cannot write the message to a temporary file: %1").arg(composed.errorString())
                << '\n';
            return ExitNotSent;
        }
        content = &composed;
    }

    OutgoingMessage outgoing;
    outgoing.from = parser.value(from);
    outgoing.recipients = toList + ccList + bccList;
    outgoing.body = content;

    const SessionReport report = session.run({outgoing});

    const SendResult result = report.messages.value(0);
    if (parser.isSet(json)) {
        QJsonObject object = ReportJson::sendResult(result);
        object[QStringLiteral("tls")] = ReportJson::tls(report.tls);
        if (report.authenticated)
            object[QStringLiteral("authMechanism")] = report.authMechanism;
        out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else {
        ConsoleReport::printSendResult(out, err, result);
        if (report.failure && report.failure->phase == Phase::Tls)
            ConsoleReport::printCertificateHelp(err, report.tls);
    }
    switch (result.status) {
    case SendResult::Status::Sent:
        return ExitSent;
    case SendResult::Status::Partial:
        return ExitPartial;
    case SendResult::Status::Failed:
        break;
    }
    return ExitNotSent;
}

}  // namespace stamp::cli
