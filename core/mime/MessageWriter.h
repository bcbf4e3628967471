// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Message.h"
#include "MimePart.h"

#include <QByteArray>
#include <QStringList>

class QIODevice;

namespace stamp {

// Writes a Message as RFC 5322 / MIME bytes into any QIODevice, streaming
// attachments from disk in chunks. The structure is only as deep as the
// content needs: a single text part, multipart/alternative for text and
// HTML, multipart/related for HTML with inline images, multipart/mixed
// around attachments (RFC 2046 §5.1, RFC 2387). CRLF everywhere, no line
// longer than 998 octets and, wherever the encoding allows, 78 (RFC 5322
// §2.1.1). Bcc is never written.
//
//   MessageWriter writer(message);
//   if (!writer.prepare()) ... writer.errors()
//   const qint64 size = writer.size();   // exact, for SIZE=
//   writer.write(&file);                 // the same bytes, streamed
class MessageWriter
{
public:
    struct Options
    {
        // The server offers 8BITMIME (RFC 6152): short-lined UTF-8 text
        // parts travel as 8bit instead of quoted-printable or base64.
        bool eightBit = false;
        // The server offers SMTPUTF8 (RFC 6531): header text is raw UTF-8
        // (RFC 6532) instead of encoded-words, and addresses with non-ASCII
        // local parts can be written. Implies eightBit.
        bool utf8Headers = false;
    };

    explicit MessageWriter(const Message &message);
    MessageWriter(const Message &message, Options options);

    // Checks the message, looks at text attachments once to pick their
    // encoding, and fixes the Date, Message-ID and boundaries, so size()
    // and write() produce identical bytes however often they run.
    bool prepare();
    QStringList errors() const { return m_errors; }

    // The exact number of octets write() produces: a dry run into a
    // counting device, nothing kept in memory. -1 on failure.
    qint64 size();
    bool write(QIODevice *out);
    QString errorString() const { return m_error; }

    QByteArray messageId() const { return m_messageId; }
    // The message has octets above 127 (it needs BODY=8BITMIME).
    bool isEightBit() const { return m_eightBitContent; }

private:
    MimePart textPart(const QString &text, const QByteArray &subtype);
    bool filePart(MimePart *part, const QString &path, const QString &fileName, const QString &type,
        const QByteArray &disposition, const QByteArray &contentId);
    MimePart multipart(
        const QByteArray &subtype, const QList<MimePart> &children, const QByteArray &extra = {});
    QByteArray topHeaders() const;
    QByteArray newBoundary() const;

    Message m_message;
    Options m_options;
    bool m_prepared = false;
    QStringList m_errors;
    QString m_error;
    QByteArray m_head; // the top-level fields before the root part's own
    MimePart m_root;
    QByteArray m_messageId;
    QByteArray m_date;
    bool m_eightBitContent = false;
};

} // namespace stamp
