// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RenderCommand.h"

#include "CommandLine.h"
#include "CommandRegistry.h"
#include "MessageOptions.h"
#include "mime/CountingDevice.h"
#include "mime/MessageWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>
#include <memory>

namespace stamp::cli {

STAMP_REGISTER_COMMAND(render,
    QT_TRANSLATE_NOOP("CommandLine", "Write the message 'send' would send, without sending it"), 15,
    RenderCommand);

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RenderCommand)
};
} // namespace

int RenderCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Write the RFC 5322 message that 'stamp send' would send with the "
                                        "same options, to standard output or "
                                        "a file. Nothing is sent."));
    parser.addHelpOption();
    MessageOptions message(parser);
    const QCommandLineOption outFile(
        QStringLiteral("out"), Text::tr("Write to this file instead of standard output."), QStringLiteral("FILE"));
    const QCommandLineOption eightBit(QStringLiteral("8bit"),
        Text::tr("Write text as 8bit UTF-8 where it can, as for a server that offers "
           "8BITMIME."));
    const QCommandLineOption utf8(QStringLiteral("smtputf8"),
        Text::tr("Write header text as UTF-8 instead of encoded-words, as for a server that "
           "offers SMTPUTF8 (automatic when an address needs it)."));
    parser.addOptions({ outFile, eightBit, utf8 });

    if (!parser.parse(arguments)) {
        err << "stamp render: " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << helpText(parser, QStringLiteral("render"));
        return ExitSent;
    }
    auto usage = [&err](const QString &problems) {
        for (const QString &line : problems.split(QLatin1Char('\n')))
            err << "stamp render: " << line << '\n';
        err << Text::tr("Run 'stamp render --help' for the options.") << '\n';
        return ExitUsage;
    };
    // A positional argument is a mailto: link (MessageOptions).
    if (const QString problems = message.read(parser); !problems.isEmpty())
        return usage(problems);
    for (const QString &warning : message.warnings())
        err << "stamp render: " << warning << '\n';

    MessageWriter::Options options;
    options.eightBit = parser.isSet(eightBit);
    options.utf8Headers = parser.isSet(utf8) || message.message().needsSmtpUtf8();
    MessageWriter writer(message.message(), options);
    if (!writer.prepare())
        return usage(writer.errors().join(QLatin1Char('\n')));

    // A regular file is replaced atomically, so a failed run never leaves
    // half a message behind; a device (/dev/null, a pipe) is written as it is.
    const QString path = parser.value(outFile);
    std::unique_ptr<QFileDevice> device;
    if (path.isEmpty()) {
        auto file = std::make_unique<QFile>();
        file->open(stdout, QIODevice::WriteOnly);
        device = std::move(file);
    } else if (QFileInfo(path).exists() && !QFileInfo(path).isFile()) {
        device = std::make_unique<QFile>(path);
        device->open(QIODevice::WriteOnly);
    } else {
        device = std::make_unique<QSaveFile>(path);
        device->open(QIODevice::WriteOnly);
    }
    if (!device->isOpen()) {
        err << Text::tr("stamp render: cannot write \"%1\": %2").arg(path, device->errorString()) << '\n';
        return ExitNotSent;
    }
    CountingDevice counted(device.get());
    counted.open(QIODevice::WriteOnly);
    if (!writer.write(&counted)) {
        err << "stamp render: " << writer.errorString() << '\n';
        if (auto *save = qobject_cast<QSaveFile *>(device.get()))
            save->cancelWriting();
        return ExitNotSent;
    }
    const qint64 written = counted.count();
    bool ok = true;
    if (auto *save = qobject_cast<QSaveFile *>(device.get()))
        ok = save->commit();
    else
        ok = device->flush();
    if (!ok) {
        err << Text::tr("stamp render: cannot write \"%1\": %2").arg(path, device->errorString()) << '\n';
        return ExitNotSent;
    }
    if (!path.isEmpty()) {
        const Message::Envelope envelope = message.envelope();
        err << Text::tr("Wrote %1: %2 bytes, Message-ID %3.")
                   .arg(path)
                   .arg(written)
                   .arg(QString::fromLatin1(writer.messageId()))
            << '\n'
            << Text::tr("Envelope: from <%1> to %2.")
                   .arg(envelope.from,
                       envelope.recipients.isEmpty() ? Text::tr("nobody")
                                                     : QLatin1Char('<')
                               + envelope.recipients.join(QLatin1String(">, <")) + QLatin1Char('>'))
            << '\n';
    }
    return ExitSent;
}

} // namespace stamp::cli
