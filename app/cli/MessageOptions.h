// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "mime/MailtoLink.h"
#include "mime/Message.h"
#include "outbox/TemplateStore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace stamp::cli {

// The options that compose a message, shared by `send` and `render`:
// addresses, subject, text and HTML bodies, attachments, extra headers.
// Everything is checked before anything is written or sent: addresses
// (with the place of each mistake), line breaks in header values, and
// every attachment's existence and readability.
class MessageOptions
{
public:
    explicit MessageOptions(QCommandLineParser &parser);

    // Reads the parsed options into message(). Returns an empty string
    // when the message can be written, else every problem, one per line.
    QString read(const QCommandLineParser &parser, const QString &defaultFrom = {});
    // Whether an option that composes content was given (rather than only
    // the sender and recipients `send --eml` also uses).
    bool composes(const QCommandLineParser &parser) const;

    // What was left out of a mailto: link (its other header fields), one
    // sentence each, for standard error.
    const QStringList &warnings() const { return m_warnings; }

    const Message &message() const { return m_message; }
    // The Sender field SenderPolicy asks for, unless --sender gave one.
    void setSenderUnlessGiven(const Address &sender)
    {
        if (m_message.sender.isNull())
            m_message.sender = sender;
    }
    // A saved identity's name for a From given as a bare address.
    void setFromNameUnlessGiven(const QString &name)
    {
        if (!m_message.from.isNull() && m_message.from.displayName().isEmpty())
            m_message.from.setDisplayName(name);
    }
    Message::Envelope envelope() const { return m_message.envelope(); }

private:
    QString readTextFile(
        const QCommandLineOption &option, const QCommandLineParser &parser, QString *text) const;
    void readAddresses(const QCommandLineParser &parser);
    // The positional mailto: link (RFC 6068), if any; problems as sentences.
    QStringList readLink(const QCommandLineParser &parser);
    // --template NAME: the saved template to start from; problems as sentences.
    QStringList readTemplate(const QCommandLineParser &parser);

    QCommandLineOption m_from;
    QCommandLineOption m_fromName;
    QCommandLineOption m_sender;
    QCommandLineOption m_to;
    QCommandLineOption m_cc;
    QCommandLineOption m_bcc;
    QCommandLineOption m_replyTo;
    QCommandLineOption m_subject;
    QCommandLineOption m_body;
    QCommandLineOption m_bodyFile;
    QCommandLineOption m_htmlFile;
    QCommandLineOption m_attach;
    QCommandLineOption m_header;
    QCommandLineOption m_priority;
    QCommandLineOption m_inReplyTo;
    QCommandLineOption m_references;
    QCommandLineOption m_template;
    std::optional<Template> m_start;  // from --template
    QCommandLineOption m_readReceipt;
    Message m_message;
    MailtoLink m_link;
    QStringList m_problems;
    QStringList m_warnings;
};

} // namespace stamp::cli
