// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "AddressList.h"

#include <QString>
#include <QStringList>

namespace stamp {

// A mailto: link (RFC 6068) taken apart into what a new message may start
// with: recipients, subject, text and the message it answers. Everything
// else a link can carry is left out and named in ignored() (RFC 6068 §7:
// a link must not attach files, set the sender or add arbitrary headers).
// A value that cannot be used (a line break in the subject, an address
// the parser refuses, a malformed escape) is an error, never dropped
// silently; what could be used is still there.
class MailtoLink
{
public:
    // Generous for a link, small for memory: a hand-written link is a few
    // hundred characters, a long prepared text a few kilobytes.
    static constexpr qsizetype kMaxLinkLength = 64 * 1024;
    static constexpr qsizetype kMaxHeaderLength = 998; // RFC 5322 §2.1.1
    static constexpr int kMaxRecipients = 100;

    // Whether `text` names the mailto scheme (case-insensitive, RFC 3986 §3.1).
    static bool isMailto(const QString &text);
    static MailtoLink parse(const QString &text);

    // The recipients as written in the link, decoded, one entry per place
    // they came from (the path and each to/cc/bcc field), for a person to
    // see and edit.
    const QStringList &toText() const { return m_to; }
    const QStringList &ccText() const { return m_cc; }
    const QStringList &bccText() const { return m_bcc; }
    // The same, parsed (RFC 5322 §3.4).
    AddressList to() const { return parsed(m_to); }
    AddressList cc() const { return parsed(m_cc); }
    AddressList bcc() const { return parsed(m_bcc); }
    QString subject() const { return m_subject; }
    // Line breaks as "\n" (RFC 6068 §5: %0D%0A in the link).
    QString body() const { return m_body; }
    QString inReplyTo() const { return m_inReplyTo; }

    // The header fields the link asked for that are not used, as written
    // (lower case), each once.
    const QStringList &ignored() const { return m_ignored; }
    // Why parts of the link were not used: translated sentences.
    const QStringList &errors() const { return m_errors; }
    bool isValid() const { return m_errors.isEmpty(); }
    bool isEmpty() const;

private:
    static AddressList parsed(const QStringList &texts);
    void addRecipients(QStringList *list, const QString &field, const QString &value);
    void setHeader(QString *target, const QString &field, const QString &value);

    QStringList m_to;
    QStringList m_cc;
    QStringList m_bcc;
    QString m_subject;
    QString m_body;
    QString m_inReplyTo;
    QStringList m_ignored;
    QStringList m_errors;
};

} // namespace stamp
