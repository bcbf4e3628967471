// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ImapResponse.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace stamp::imap {

// Turns the bytes an IMAP server sends into ImapResponses (RFC 9051 §4 and
// §7, RFC 3501 §9 grammar): tagged, untagged and continuation responses,
// quoted strings, literals inside a response, parenthesised lists and
// response codes. Strict where a lenient reading could be exploited (a bare
// LF, a NUL, an unterminated quote, an oversized line or literal) and
// socket-free, so it is tested byte by byte.
//
// Stops at the first malformed response: hasError() and errorString() say
// why, and nothing after it is read (the stream can no longer be framed).
class ImapResponseReader
{
public:
    // A line (without its literals) longer than this is an attack or a
    // broken server: RFC 9051 §4 puts no limit, but a client reading only
    // greetings, capabilities, LIST, SEARCH and APPEND replies needs a few
    // kilobytes. Literals are bounded separately: we never fetch messages.
    static constexpr qsizetype kMaxLine = 64 * 1024;
    static constexpr qsizetype kMaxLiteral = 1024 * 1024;

    void feed(const QByteArray &bytes);
    // The next complete response, or nullopt when more bytes are needed or
    // the stream is broken (see hasError()).
    std::optional<ImapResponse> next();

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // Bytes received but not yet returned as a response (STARTTLS: anything
    // here after the tagged OK was sent in plaintext, RFC 9051 §6.2.1).
    bool hasBufferedData() const { return !m_buffer.isEmpty(); }
    QByteArray unreadBytes() const { return m_buffer; }
    void reset();

    // Parses one complete response as framed by the reader (first line and
    // literals, CRLFs included). Exposed for the tests; sets `error` when
    // malformed.
    static std::optional<ImapResponse> parse(const QByteArray &response, QString *error);

private:
    QByteArray m_buffer;
    QString m_error;
};

} // namespace stamp::imap
