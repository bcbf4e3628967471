// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "DotStuffer.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace stamp {

// Turns a message file into what goes on the wire after the envelope,
// slice by slice, without a socket (so it is unit-tested on its own):
// - Data: the DATA body, dot-stuffed and ended by "." (RFC 5321 §4.5.2);
// - Bdat: "BDAT <n>" chunks of exactly n octets of CRLF-normalised content,
//   the last one marked LAST (RFC 3030 §2). No dot-stuffing, no terminator.
// At most one BDAT chunk is held in memory, whatever the message's size.
class BodyEncoder
{
public:
    enum class Framing { Data, Bdat };

    struct Piece
    {
        QByteArray bytes;    // to write, in order
        QByteArray command;  // set when `bytes` starts with a BDAT command: its text, without CRLF
        bool lastChunk = false;  // `command` is the BDAT ... LAST one
        bool last = false;   // the message ends with this piece
        bool error = false;  // reading the source failed; see errorString()
    };

    BodyEncoder(QIODevice *source, Framing framing, qint64 chunkSize);

    // The next slice, at most `maxBytes` of content (a BDAT command line
    // comes on top). Call until a piece has `last` or `error` set.
    Piece next(qint64 maxBytes);

    QString errorString() const { return m_error; }
    // Content octets produced so far, as RFC 1870 counts them.
    qint64 contentBytes() const { return m_stuffer.contentBytes(); }

private:
    bool fillChunk();

    QIODevice *m_source;
    Framing m_framing;
    qint64 m_chunkSize;
    DotStuffer m_stuffer;
    QByteArray m_chunk;        // current BDAT chunk (Bdat framing)
    qsizetype m_chunkPos = 0;  // how much of it was handed out
    bool m_chunkIsLast = false;
    bool m_sourceDone = false;
    bool m_finished = false;
    QString m_error;
};

}  // namespace stamp
