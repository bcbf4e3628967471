// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Message.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace stamp {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Message)
};

// The first character that must never appear literally in a header value
// (C0 controls but TAB, DEL), or -1. CR and LF are reported separately:
// they are the header-injection case.
qsizetype firstControl(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if ((c.unicode() < 0x20 && c != QLatin1Char('\t')) || c.unicode() == 0x7f)
            return i;
    }
    return -1;
}

bool hasLineBreak(const QString &text)
{
    return text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
}

QString codePoint(QChar c)
{
    return QStringLiteral("U+")
        + QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

// One problem about a single-line value, or an empty string.
QString singleLineProblem(const QString &what, const QString &value)
{
    if (hasLineBreak(value))
        return Text::tr("%1 contains a line break; it must be a single line.").arg(what);
    if (const qsizetype i = firstControl(value); i >= 0)
        return Text::tr("%1 contains the control character %2.").arg(what, codePoint(value.at(i)));
    return {};
}

QString fileProblem(const QString &what, const QString &path)
{
    if (path.isEmpty())
        return Text::tr("%1 has no file name.").arg(what);
    const QFileInfo info(path);
    if (!info.exists())
        return Text::tr("%1 \"%2\" does not exist.").arg(what, path);
    if (info.isDir())
        return Text::tr("%1 \"%2\" is a folder, not a file.").arg(what, path);
    if (!info.isFile())
        return Text::tr("%1 \"%2\" is not a regular file.").arg(what, path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Text::tr("%1 \"%2\" cannot be read: %3.").arg(what, path, file.errorString());
    return {};
}

bool isContentType(const QString &type)
{
    // RFC 2045 §5.1: type "/" subtype, both tokens.
    const qsizetype slash = type.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == type.size() - 1 || type.count(QLatin1Char('/')) != 1)
        return false;
    for (const QChar c : type) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f || QStringView(u"()<>@,;:\\\"[]?=").contains(c))
            return false;
    }
    return true;
}

void checkAddresses(QStringList &problems, const QString &field, const AddressList &list)
{
    for (const AddressError &error : list.errors())
        problems << Text::tr("%1: %2.").arg(field, error.describe());
    for (const AddressEntry &entry : list.entries()) {
        const QString name = entry.isGroup ? entry.groupName : entry.mailbox.displayName();
        if (const QString p = singleLineProblem(Text::tr("A name in %1").arg(field), name); !p.isEmpty())
            problems << p;
        for (const Address &member : entry.members) {
            if (const QString p = singleLineProblem(Text::tr("A name in %1").arg(field), member.displayName());
                !p.isEmpty())
                problems << p;
        }
    }
}
} // namespace

QStringList Message::validate() const
{
    QStringList problems;
    if (from.isNull())
        problems << Text::tr("The sender (From) is missing.");
    else if (const QString p = singleLineProblem(Text::tr("The sender's name"), from.displayName()); !p.isEmpty())
        problems << p;
    checkAddresses(problems, QStringLiteral("To"), to);
    checkAddresses(problems, QStringLiteral("Cc"), cc);
    checkAddresses(problems, QStringLiteral("Bcc"), bcc);
    checkAddresses(problems, QStringLiteral("Reply-To"), replyTo);
    if (const QString p = singleLineProblem(Text::tr("The subject"), subject); !p.isEmpty())
        problems << p;

    for (const ExtraHeader &header : extraHeaders) {
        if (const QString p = headerNameProblem(header.name); !p.isEmpty())
            problems << p;
        else if (isReservedHeader(header.name))
            problems << Text::tr(
                "The header \"%1\" is written by Stamp itself and cannot be given as an extra header.")
                            .arg(header.name);
        else if (const QString v
                 = singleLineProblem(Text::tr("The value of the header \"%1\"").arg(header.name), header.value);
                 !v.isEmpty())
            problems << v;
    }
    if (!inReplyTo.trimmed().isEmpty() && normaliseMessageId(inReplyTo).isEmpty())
        problems << Text::tr("In-Reply-To \"%1\" is not a message ID such as <id@example.com>.").arg(inReplyTo);
    for (const QString &id : references) {
        if (normaliseMessageId(id).isEmpty())
            problems << Text::tr("The reference \"%1\" is not a message ID such as <id@example.com>.").arg(id);
    }

    for (const Attachment &attachment : attachments) {
        if (const QString p = fileProblem(Text::tr("The attachment"), attachment.path); !p.isEmpty())
            problems << p;
        if (!attachment.contentType.isEmpty() && !isContentType(attachment.contentType))
            problems << Text::tr("\"%1\" is not a content type such as text/plain.").arg(attachment.contentType);
    }
    if (!inlineImages.isEmpty() && htmlBody.isEmpty())
        problems << Text::tr("Inline images are shown by the HTML part, but the message has no HTML body.");
    for (const InlineImage &image : inlineImages) {
        if (const QString p = fileProblem(Text::tr("The inline image"), image.path); !p.isEmpty())
            problems << p;
        if (!image.contentType.isEmpty() && !isContentType(image.contentType))
            problems << Text::tr("\"%1\" is not a content type such as image/png.").arg(image.contentType);
        if (normaliseMessageId(image.contentId).isEmpty())
            problems << Text::tr("The content ID \"%1\" of the inline image \"%2\" is not of the form name@domain.")
                            .arg(image.contentId, image.path);
    }
    return problems;
}

bool Message::needsSmtpUtf8() const
{
    if (from.needsSmtpUtf8() || sender.needsSmtpUtf8())
        return true;
    for (const AddressList *list : { &to, &cc, &bcc, &replyTo }) {
        for (const Address &address : list->mailboxes()) {
            if (address.needsSmtpUtf8())
                return true;
        }
    }
    return false;
}

Message::Envelope Message::envelope() const
{
    Envelope envelope;
    envelope.from = QString::fromUtf8(from.envelopeForm());
    envelope.smtpUtf8 = needsSmtpUtf8();
    // RFC 5321 §2.4: the local part is case-sensitive, the domain is not;
    // one RCPT per mailbox even when it is both in To and in Bcc.
    QSet<QString> seen;
    for (const AddressList *list : { &to, &cc, &bcc }) {
        for (const Address &address : list->mailboxes()) {
            const QString wire = QString::fromUtf8(address.envelopeForm());
            const QString key = address.quotedLocalPart() + QLatin1Char('@')
                + QString::fromLatin1(address.asciiDomain()).toLower();
            if (!seen.contains(key)) {
                seen.insert(key);
                envelope.recipients << wire;
            }
        }
    }
    return envelope;
}

bool Message::isReservedHeader(const QString &name)
{
    static const QStringList reserved = {
        QStringLiteral("from"),
        QStringLiteral("sender"),
        QStringLiteral("to"),
        QStringLiteral("cc"),
        QStringLiteral("bcc"),
        QStringLiteral("reply-to"),
        QStringLiteral("subject"),
        QStringLiteral("date"),
        QStringLiteral("message-id"),
        QStringLiteral("in-reply-to"),
        QStringLiteral("references"),
        QStringLiteral("disposition-notification-to"),
        QStringLiteral("mime-version"),
        QStringLiteral("return-path"),
        QStringLiteral("received"),
    };
    const QString lower = name.trimmed().toLower();
    return reserved.contains(lower) || lower.startsWith(QLatin1String("content-"))
        || lower.startsWith(QLatin1String("resent-"));
}

QString Message::headerNameProblem(const QString &name)
{
    if (name.isEmpty())
        return Text::tr("A header name is empty.");
    // RFC 5322 §2.2: printable US-ASCII except the colon.
    for (const QChar c : name) {
        if (c.unicode() < 33 || c.unicode() > 126 || c == QLatin1Char(':'))
            return Text::tr(
                "The header name \"%1\" may only contain printable ASCII characters other than a colon.")
                .arg(name);
    }
    if (name.size() > 76)
        return Text::tr("The header name \"%1\" is longer than 76 characters.").arg(name);
    return {};
}

QByteArray Message::normaliseMessageId(const QString &text)
{
    QString id = text.trimmed();
    if (id.startsWith(QLatin1Char('<')) && id.endsWith(QLatin1Char('>')))
        id = id.mid(1, id.size() - 2);
    if (id.isEmpty() || id.size() > 900)
        return {};
    // RFC 5322 §3.6.4: printable ASCII, no white space and no angle
    // brackets inside (which also keeps CR and LF out).
    for (const QChar c : id) {
        if (c.unicode() < 33 || c.unicode() > 126 || c == QLatin1Char('<') || c == QLatin1Char('>'))
            return {};
    }
    return '<' + id.toLatin1() + '>';
}

} // namespace stamp
