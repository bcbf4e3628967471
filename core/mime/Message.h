// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "AddressList.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace stamp {

// What the user composed, before it is written as RFC 5322/MIME bytes by
// MessageWriter. Attachments are file paths: their content is only ever
// read while the message is written, in chunks.
struct Message
{
    enum class Priority { Normal, High, Low };

    struct Attachment
    {
        QString path;
        QString fileName; // empty: the file's own name
        QString contentType; // empty: from QMimeDatabase
    };
    // An image the HTML part shows with <img src="cid:CONTENT-ID">
    // (RFC 2392), sent inside multipart/related (RFC 2387).
    struct InlineImage
    {
        QString path;
        QString contentId; // without angle brackets, e.g. "logo@example.com"
        QString contentType;
    };
    struct ExtraHeader
    {
        QString name;
        QString value;
    };

    Address from;
    // Who sends it for the author (RFC 5322 §3.6.2); null: the author does.
    Address sender;
    AddressList to;
    AddressList cc;
    AddressList bcc; // envelope only: never written into the message
    AddressList replyTo;
    QString subject;
    QString textBody;
    QString htmlBody; // empty: no HTML part
    QList<Attachment> attachments;
    QList<InlineImage> inlineImages;
    Priority priority = Priority::Normal;
    QString inReplyTo; // a Message-ID, with or without angle brackets
    QStringList references; // Message-IDs, oldest first
    QList<ExtraHeader> extraHeaders;
    // Ask the recipients' mail readers for a read receipt (RFC 8098 §2.1,
    // Disposition-Notification-To); they may ignore it, and often do.
    bool readReceipt = false;
    QDateTime date; // invalid: the moment the message is written
    QString messageId; // empty: a new one on the sender's domain

    // Everything that keeps the message from being written, one translated
    // sentence each: a missing sender, a line break in a header value
    // (header injection), a missing or unreadable attachment...
    QStringList validate() const;

    // A non-ASCII local part anywhere (RFC 6531 §3.3): the message needs
    // UTF-8 headers and an SMTPUTF8 server.
    bool needsSmtpUtf8() const;

    // What the SMTP session needs: the sender and every recipient (To, Cc
    // and Bcc, each once) in envelope form (A-label domains).
    struct Envelope
    {
        QString from;
        QStringList recipients;
        bool smtpUtf8 = false;
    };
    Envelope envelope() const;

    // Fields the writer sets itself, which an extra header may not replace.
    static bool isReservedHeader(const QString &name);
    // Why `name` cannot be a header field name, or empty (RFC 5322 §2.2).
    static QString headerNameProblem(const QString &name);
    // "<id@domain>" from "id@domain" or "<id@domain>"; empty when it is not
    // a usable msg-id (RFC 5322 §3.6.4).
    static QByteArray normaliseMessageId(const QString &text);
};

} // namespace stamp
