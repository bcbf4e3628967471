// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SimpleTextMessage.h"

#include "MessageWriter.h"

#include <QCoreApplication>

namespace stamp {

Message SimpleTextMessage::toMessage() const
{
    Message message;
    message.from = Address::fromText(from);
    for (const QString &text : to)
        message.to.append(AddressList::parse(text));
    for (const QString &text : cc)
        message.cc.append(AddressList::parse(text));
    message.subject = subject;
    message.textBody = body;
    message.date = date;
    return message;
}

QString SimpleTextMessage::validate() const
{
    QStringList problems;
    Message message = toMessage();
    AddressError error;
    if (!from.trimmed().isEmpty() && Address::fromText(from, &error).isNull()) {
        problems << QCoreApplication::translate("Message", "The sender: %1.").arg(error.describe());
        // Reported just now; a stand-in lets everything else be checked.
        message.from = Address({}, QStringLiteral("sender"), QStringLiteral("example.invalid"));
    }
    problems << message.validate();
    return problems.join(QLatin1Char(' '));
}

bool SimpleTextMessage::write(QIODevice *out) const
{
    const Message message = toMessage();
    const bool utf8 = message.needsSmtpUtf8();
    MessageWriter writer(message, { utf8, utf8 });
    return writer.write(out);
}

} // namespace stamp
