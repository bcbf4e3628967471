// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Reply.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace stamp {

// Turns a byte stream from a server into Reply values without touching a
// socket, so every malformed case can be unit-tested.
//
// RFC 5321 §4.2.1: each line is "NNN-text" (more follows) or "NNN text"
// (last); every line of one reply carries the same code. A line is at most
// 512 octets (§4.5.3.1.5); we accept up to kMaxLineLength to tolerate
// verbose servers, and treat anything beyond as a protocol error, as we do a
// reply of more than kMaxLines lines, so a hostile server cannot make us
// buffer without bound.
class ReplyParser
{
public:
    static constexpr int kMaxLineLength = 2048;
    static constexpr int kMaxLines = 512;
    // Replies parsed ahead of the caller: the rest waits as raw bytes. A
    // parsed reply costs many times its size in memory, so a server that
    // floods short replies must not have them all parsed at once; no
    // pipelined group (RFC 2920) needs more, and next() parses on.
    static constexpr int kMaxReadyReplies = 512;

    // Adds bytes received from the server.
    void feed(const QByteArray &bytes);

    // The next complete reply, if one is buffered. After a protocol error it
    // returns nothing until reset().
    std::optional<Reply> next();

    // Complete replies parsed and not yet taken (at most kMaxReadyReplies;
    // more may wait as bytes).
    qsizetype readyCount() const { return m_ready.size(); }

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    // Bytes received but not yet part of a complete reply. Used to detect
    // response injection after "220" to STARTTLS (RFC 3207 §4.2 and the
    // "NO STARTTLS" study).
    qsizetype pendingBytes() const { return m_buffer.size() - m_pos; }
    // Anything at all received beyond the replies already taken: complete
    // replies, a partial one, bytes without a line end, or a line that was
    // not a reply at all (even an empty one).
    bool hasBufferedData() const { return pendingBytes() > 0 || !m_ready.isEmpty() || m_inReply || hasError(); }
    // What was received beyond the replies taken, as raw bytes: the lines
    // of replies not taken yet, the line that broke the parser, and bytes
    // with no line end. For the transcript of a session that is aborted
    // because of them (STARTTLS response injection).
    QByteArray unreadBytes() const;

    void reset();

private:
    void parseBuffered();
    bool parseLine(const QByteArray &line);

    QByteArray m_buffer;
    qsizetype m_pos = 0;
    Reply m_current;
    bool m_inReply = false;
    QList<Reply> m_ready;
    QList<QByteArray> m_readyRaw;  // each of m_ready's lines as received
    QByteArray m_currentRaw;       // the reply being read, as received
    QByteArray m_rejected;  // the line that caused m_error, as received
    QString m_error;
};

}  // namespace stamp
