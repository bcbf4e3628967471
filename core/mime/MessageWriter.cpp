// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MessageWriter.h"

#include "ContentScanner.h"
#include "CountingDevice.h"
#include "HeaderBuilder.h"
#include "Logging.h"
#include "MimeParameter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QUuid>

namespace stamp {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MessageWriter)
};

QString canonicalText(const QString &text)
{
    // RFC 2046 §4.1.1: text line breaks are CRLF on the wire, whatever the
    // editor used; a final line break keeps the last line a line.
    QString t = text;
    t.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    t.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (!t.isEmpty() && !t.endsWith(QLatin1Char('\n')))
        t += QLatin1Char('\n');
    return t;
}

QString contentTypeFor(const QString &path)
{
    const QMimeDatabase db;
    QMimeType type = db.mimeTypeForFile(path);
    // An empty file is "application/x-zerosize" by content; its name still
    // says what it is meant to be.
    if (!type.isValid() || type.name() == QLatin1String("application/x-zerosize"))
        type = db.mimeTypeForFile(path, QMimeDatabase::MatchExtension);
    if (!type.isValid() || type.isDefault() || type.name() == QLatin1String("application/x-zerosize"))
        return QStringLiteral("application/octet-stream");
    return type.name();
}

bool isTextType(const QString &name)
{
    if (name.startsWith(QLatin1String("text/")))
        return true;
    const QMimeType type = QMimeDatabase().mimeTypeForName(name);
    return type.isValid() && type.inherits(QStringLiteral("text/plain"));
}
} // namespace

MessageWriter::MessageWriter(const Message &message)
    : m_message(message)
{ }

MessageWriter::MessageWriter(const Message &message, Options options)
    : m_message(message)
    , m_options(options)
{ }

QByteArray MessageWriter::newBoundary() const
{
    // "=_" cannot occur in quoted-printable or base64 output (RFC 2045
    // §6.7, §6.8), and the random part makes a clash with text that goes
    // unencoded vanishingly unlikely; multipart() still checks.
    return "=_Stamp_" + QUuid::createUuid().toByteArray(QUuid::Id128);
}

MimePart MessageWriter::textPart(const QString &text, const QByteArray &subtype)
{
    const QByteArray utf8 = canonicalText(text).toUtf8();
    const TransferEncoding encoding
        = ContentEncoder::chooseForText(utf8, m_options.eightBit || m_options.utf8Headers);
    m_eightBitContent = m_eightBitContent || encoding == TransferEncoding::EightBit;
    MimePart part;
    part.headers = "Content-Type: text/" + subtype + "; charset=UTF-8\r\n"
        + "Content-Transfer-Encoding: " + ContentEncoder::name(encoding) + "\r\n";
    part.content = ContentEncoder::encodeText(utf8, encoding);
    return part;
}

bool MessageWriter::filePart(MimePart *part, const QString &path, const QString &fileName,
    const QString &type, const QByteArray &disposition, const QByteArray &contentId)
{
    const QFileInfo info(path);
    const QString typeName = type.isEmpty() ? contentTypeFor(path) : type.toLower();
    TransferEncoding encoding = TransferEncoding::Base64;
    QByteArray charset;
    qint64 size = info.size();
    // An attachment arrives byte for byte, so it is never sent as 7bit or
    // 8bit: readers turn CRLF in such text into their own line ends. Text
    // that is mostly printable ASCII goes as quoted-printable with its line
    // breaks encoded (readable in any source view); everything else as
    // base64, without reading it twice.
    if (isTextType(typeName)) {
        ContentScanner scan;
        if (const QString problem = ContentScanner::scanFile(path, &scan); !problem.isEmpty()) {
            m_errors << Text::tr("The attachment \"%1\" cannot be read: %2.").arg(path, problem);
            return false;
        }
        size = scan.size();
        if (scan.prefersQuotedPrintable())
            encoding = TransferEncoding::QuotedPrintable;
        if (!scan.isAscii() && scan.isUtf8())
            charset = "UTF-8";
    }

    const QString name = fileName.isEmpty() ? info.fileName() : fileName;
    HeaderBuilder contentType("Content-Type", m_options.utf8Headers);
    contentType.append(typeName.toLatin1());
    if (!charset.isEmpty())
        MimeParameter::appendTo(contentType, "charset", QString::fromLatin1(charset));
    // The Content-Type "name" is what readers older than RFC 2183 look at.
    MimeParameter::appendTo(contentType, "name", name);
    HeaderBuilder contentDisposition("Content-Disposition", m_options.utf8Headers);
    contentDisposition.append(disposition);
    MimeParameter::appendTo(contentDisposition, "filename", name);
    part->headers = contentType.result() + contentDisposition.result();
    if (!contentId.isEmpty())
        part->headers += "Content-ID: " + contentId + "\r\n";
    part->headers += "Content-Transfer-Encoding: " + ContentEncoder::name(encoding) + "\r\n";
    part->filePath = path;
    part->fileEncoding = encoding;
    part->fileSize = size;
    return true;
}

MimePart MessageWriter::multipart(
    const QByteArray &subtype, const QList<MimePart> &children, const QByteArray &extra)
{
    MimePart part;
    part.children = children;
    for (;;) {
        part.boundary = newBoundary();
        if (!part.contentContains("--" + part.boundary))
            break;
    }
    HeaderBuilder contentType("Content-Type", false);
    contentType.append("multipart/" + subtype);
    MimeParameter::appendTo(contentType, "boundary", QString::fromLatin1(part.boundary));
    if (!extra.isEmpty())
        MimeParameter::appendTo(contentType, "type", QString::fromLatin1(extra));
    part.headers = contentType.result();
    return part;
}

bool MessageWriter::prepare()
{
    m_prepared = false;
    m_errors = m_message.validate();
    m_eightBitContent = false;
    if (m_message.needsSmtpUtf8() && !m_options.utf8Headers)
        m_errors << Text::tr(
            "An address has non-ASCII characters before the @; the message can only be written with "
            "UTF-8 headers, for a server that offers SMTPUTF8.");
    if (!m_message.messageId.isEmpty() && Message::normaliseMessageId(m_message.messageId).isEmpty())
        m_errors << Text::tr("\"%1\" is not a message ID such as <id@example.com>.").arg(m_message.messageId);
    if (!m_errors.isEmpty())
        return false;

    // RFC 5322 §3.3 date-time; Qt's RFC 2822 form is one.
    const QDateTime date = m_message.date.isValid() ? m_message.date : QDateTime::currentDateTime();
    m_date = date.toString(Qt::RFC2822Date).toLatin1();
    // RFC 5322 §3.6.4: unique, on a domain the sender may speak for.
    m_messageId = m_message.messageId.isEmpty() ? '<' + QUuid::createUuid().toByteArray(QUuid::WithoutBraces)
            + '@' + m_message.from.asciiDomain() + '>'
                                                : Message::normaliseMessageId(m_message.messageId);

    const bool hasHtml = !m_message.htmlBody.isEmpty();
    // No text and no HTML: an empty text part, unless attachments carry
    // the message.
    const bool hasText = !m_message.textBody.isEmpty() || (!hasHtml && m_message.attachments.isEmpty());
    QList<MimePart> bodies;
    if (hasText)
        bodies << textPart(m_message.textBody, "plain");
    if (hasHtml) {
        MimePart html = textPart(m_message.htmlBody, "html");
        if (!m_message.inlineImages.isEmpty()) {
            QList<MimePart> related = { html };
            for (const Message::InlineImage &image : std::as_const(m_message.inlineImages)) {
                MimePart part;
                if (filePart(&part, image.path, QString(), image.contentType, "inline",
                        Message::normaliseMessageId(image.contentId)))
                    related << part;
            }
            // RFC 2387 §3.1: "type" names the root part's type.
            html = multipart("related", related, "text/html");
        }
        bodies << html;
    }
    MimePart body = bodies.size() == 2 ? multipart("alternative", bodies) : bodies.value(0);
    if (m_message.attachments.isEmpty()) {
        m_root = body;
    } else {
        QList<MimePart> mixed;
        if (!bodies.isEmpty())
            mixed << body;
        for (const Message::Attachment &attachment : std::as_const(m_message.attachments)) {
            MimePart part;
            if (filePart(
                    &part, attachment.path, attachment.fileName, attachment.contentType, "attachment", {}))
                mixed << part;
        }
        m_root = multipart("mixed", mixed);
    }
    if (!m_errors.isEmpty())
        return false;
    m_head = topHeaders();
    for (const char c : std::as_const(m_head))
        m_eightBitContent = m_eightBitContent || static_cast<uchar>(c) > 127;
    m_prepared = true;
    return true;
}

QByteArray MessageWriter::topHeaders() const
{
    const bool utf8 = m_options.utf8Headers;
    QByteArray head = "Date: " + m_date + "\r\n";
    HeaderBuilder from("From", utf8);
    from.appendMailbox(m_message.from);
    head += from.result();
    // RFC 5322 §3.6.2: the agent that sends a message for its author.
    if (!m_message.sender.isNull()) {
        HeaderBuilder sender("Sender", utf8);
        sender.appendMailbox(m_message.sender);
        head += sender.result();
    }
    if (!m_message.replyTo.isEmpty()) {
        HeaderBuilder replyTo("Reply-To", utf8);
        replyTo.appendAddressList(m_message.replyTo);
        head += replyTo.result();
    }
    if (m_message.to.isEmpty() && m_message.cc.isEmpty()) {
        // RFC 5322 §3.6.3 allows no destination field at all, but readers
        // show this conventional empty group better than nothing.
        head += "To: undisclosed-recipients:;\r\n";
    }
    if (!m_message.to.isEmpty()) {
        HeaderBuilder to("To", utf8);
        to.appendAddressList(m_message.to);
        head += to.result();
    }
    if (!m_message.cc.isEmpty()) {
        HeaderBuilder cc("Cc", utf8);
        cc.appendAddressList(m_message.cc);
        head += cc.result();
    }
    // Bcc: deliberately absent (RFC 5322 §3.6.3 lets the writer drop it; a
    // copy that shows it would tell every recipient who else was told).
    HeaderBuilder subject("Subject", utf8);
    subject.appendText(m_message.subject);
    head += subject.result();
    head += "Message-ID: " + m_messageId + "\r\n";
    if (!m_message.inReplyTo.trimmed().isEmpty())
        head += "In-Reply-To: " + Message::normaliseMessageId(m_message.inReplyTo) + "\r\n";
    if (!m_message.references.isEmpty()) {
        HeaderBuilder references("References", false);
        for (const QString &id : m_message.references)
            references.append(Message::normaliseMessageId(id));
        head += references.result();
    }
    // RFC 8098 §2.1: receipts go to the From address, not Reply-To. A
    // reader should ask before answering a Disposition-Notification-To that
    // differs from the Return-Path (§2.1), and the envelope sender is the
    // From address; Reply-To is where people answer, not where machines do.
    if (m_message.readReceipt) {
        HeaderBuilder receipt("Disposition-Notification-To", utf8);
        receipt.appendMailbox(m_message.from);
        head += receipt.result();
    }
    // No standard exists; these are what mail readers look at (X-Priority
    // by convention, Importance from RFC 2156 §5.3).
    if (m_message.priority == Message::Priority::High)
        head += "X-Priority: 1 (Highest)\r\nImportance: high\r\n";
    else if (m_message.priority == Message::Priority::Low)
        head += "X-Priority: 5 (Lowest)\r\nImportance: low\r\n";
    for (const Message::ExtraHeader &extra : m_message.extraHeaders) {
        HeaderBuilder field(extra.name.toLatin1(), utf8);
        field.appendText(extra.value);
        head += field.result();
    }
    head += "MIME-Version: 1.0\r\n";
    return head;
}

qint64 MessageWriter::size()
{
    if (!m_prepared && !prepare()) {
        m_error = m_errors.join(QLatin1Char(' '));
        return -1;
    }
    CountingDevice counter;
    counter.open(QIODevice::WriteOnly);
    if (!write(&counter))
        return -1;
    return counter.count();
}

bool MessageWriter::write(QIODevice *out)
{
    if (!m_prepared && !prepare()) {
        m_error = m_errors.join(QLatin1Char(' '));
        return false;
    }
    m_error.clear();
    if (out->write(m_head) != m_head.size()) {
        m_error = Text::tr("Cannot write the message: %1.").arg(out->errorString());
        return false;
    }
    m_error = m_root.write(out);
    if (!m_error.isEmpty())
        return false;
    // The message ends with a line break after the outermost delimiter.
    if (!m_root.boundary.isEmpty() && out->write("\r\n", 2) != 2) {
        m_error = Text::tr("Cannot write the message: %1.").arg(out->errorString());
        return false;
    }
    qCDebug(lcMime) << "message written:" << m_root.children.size() << "top-level parts";
    return true;
}

} // namespace stamp
