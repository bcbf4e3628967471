// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>

class QIODevice;

namespace stamp {

// Turns message bytes into the DATA wire form, one chunk at a time so a
// message is never held whole in memory:
// - line endings become CRLF (RFC 5321 §2.3.8: a bare CR or LF must not be sent);
// - a line starting with "." gets another "." (§4.5.2, transparency);
// - finish() ends the last line and appends the "." terminator line.
// State carries across chunks, so a CR at the end of one chunk followed by
// LF at the start of the next is one line break, as is a dot that starts the
// next chunk.
class DotStuffer
{
public:
    enum class Mode {
        DotStuffed,  // for DATA
        Normalised,  // CRLF only, no stuffing and no terminator (for BDAT)
    };

    explicit DotStuffer(Mode mode = Mode::DotStuffed)
        : m_mode(mode)
    {
    }

    QByteArray process(const QByteArray &chunk);
    // The same, appended to `out` (no intermediate buffer).
    void process(const char *data, qsizetype size, QByteArray &out);
    QByteArray finish();

    // Bytes of message content emitted so far, as RFC 1870 §3 counts them:
    // with CRLF, without stuffed dots and without the terminator.
    qint64 contentBytes() const { return m_contentBytes; }
    // Every byte emitted, stuffing and terminator included.
    qint64 wireBytes() const { return m_wireBytes; }
    bool sawEightBit() const { return m_eightBit; }

    struct Measurement
    {
        bool ok = false;
        qint64 messageSize = 0;  // what SIZE= declares (RFC 1870 §3)
        qint64 wireSize = 0;     // bytes that DATA will put on the wire
        bool eightBit = false;   // any octet above 127 (RFC 6152)
    };
    // Reads the device from its current position to the end and returns it
    // there; the caller seeks back. Streams in chunks: constant memory.
    static Measurement measure(QIODevice *device);

private:
    void emitByte(QByteArray &out, char c);
    void noteEightBit(const char *run, qsizetype size);

    Mode m_mode;
    bool m_atLineStart = true;
    bool m_pendingCR = false;
    bool m_eightBit = false;
    qint64 m_contentBytes = 0;
    qint64 m_wireBytes = 0;
};

}  // namespace stamp
