#include "DotStuffer.h"

#include <QIODevice>

namespace stamp {

void DotStuffer::emitByte(QByteArray &out, char c)
{
    out.append(c);
    ++m_contentBytes;
}

QByteArray DotStuffer::process(const QByteArray &chunk)
{
    QByteArray out;
    out.reserve(chunk.size() + chunk.size() / 32 + 4);
    for (const char c : chunk) {
        if (m_pendingCR) {
            m_pendingCR = false;
            emitByte(out, '\r');
            emitByte(out, '\n');
            m_atLineStart = true;
            if (c == '\n')
                continue;  // that CR was the first half of a CRLF
        }
        if (c == '\r') {
            m_pendingCR = true;
            continue;
        }
        if (c == '\n') {
            emitByte(out, '\r');
            emitByte(out, '\n');
            m_atLineStart = true;
            continue;
        }
        if (m_atLineStart && c == '.' && m_mode == Mode::DotStuffed)
            out.append('.');  // stuffed: not counted as content
        if (static_cast<unsigned char>(c) > 127)
            m_eightBit = true;
        emitByte(out, c);
        m_atLineStart = false;
    }
    m_wireBytes += out.size();
    return out;
}

QByteArray DotStuffer::finish()
{
    QByteArray out;
    if (m_pendingCR || !m_atLineStart) {
        // RFC 5321 §4.1.1.4: the terminator is CRLF.CRLF, so the message's
        // last line must end in CRLF before the dot line.
        m_pendingCR = false;
        emitByte(out, '\r');
        emitByte(out, '\n');
        m_atLineStart = true;
    }
    if (m_mode == Mode::DotStuffed)
        out.append(".\r\n");
    m_wireBytes += out.size();
    return out;
}

DotStuffer::Measurement DotStuffer::measure(QIODevice *device)
{
    Measurement result;
    if (!device || !device->isReadable())
        return result;
    DotStuffer stuffer;
    constexpr qint64 kChunk = 256 * 1024;
    while (!device->atEnd()) {
        const QByteArray chunk = device->read(kChunk);
        if (chunk.isEmpty()) {
            if (!device->atEnd())
                return result;  // read error
            break;
        }
        stuffer.process(chunk);
    }
    stuffer.finish();
    result.ok = true;
    result.messageSize = stuffer.contentBytes();
    result.wireSize = stuffer.wireBytes();
    result.eightBit = stuffer.sawEightBit();
    return result;
}

}  // namespace stamp
