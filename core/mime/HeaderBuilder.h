// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

namespace stamp {

class Address;
class AddressList;

// Builds one header field, folded as it grows (RFC 5322 §2.2.3): lines
// stay within 78 octets wherever there is white space to fold at, and
// never reach 998 (§2.1.1). Folding only inserts CRLF before existing
// white space, so unfolding gives back exactly what was appended.
//
// Text that is not plain ASCII becomes RFC 2047 encoded-words, unless the
// builder writes RFC 6532 UTF-8 headers (for SMTPUTF8), where it stays as
// it is.
class HeaderBuilder
{
public:
    HeaderBuilder(const QByteArray &name, bool utf8Headers);

    // An unbreakable piece. `whitespace` goes before it and is where a fold
    // may happen; empty glues the piece to the previous one.
    void append(const QByteArray &piece, const QByteArray &whitespace = " ");
    // RFC 5322 unstructured text (Subject, extra fields). Leading and
    // trailing white space is dropped; inner white space is kept.
    void appendText(const QString &text);
    // A display name or group name: atoms, a quoted-string or encoded-words
    // (RFC 2047 §5 (3)), whichever the text needs.
    // Returns true when it wrote encoded-words, which must be followed by
    // white space before any special character.
    bool appendPhrase(const QString &text);
    // "Name <local@domain>" or "local@domain". In 7-bit headers the domain
    // is written as A-labels; the caller has checked the local part is ASCII.
    void appendMailbox(const Address &address);
    // Mailboxes and groups separated by commas (RFC 5322 §3.4).
    void appendAddressList(const AddressList &list);

    // The folded field, ending with CRLF.
    QByteArray result() const;

private:
    void appendEncodedWords(const QString &text, const QByteArray &whitespace);
    void fold();
    bool needsEncoding(const QString &word) const;

    QByteArray m_done; // finished lines, each with its CRLF
    QByteArray m_line; // the line being built, without CRLF
    bool m_lineHasContent = false;
    bool m_utf8 = false;
};

} // namespace stamp
