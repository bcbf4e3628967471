// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DotStuffer.h"

#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace stamp {

void DotStuffer::emitByte(QByteArray &out, char c)
{
    out.append(c);
    ++m_contentBytes;
}

void DotStuffer::noteEightBit(const char *run, qsizetype size)
{
    // No early exit: the OR of the whole run vectorises, a branch per byte
    // would not.
    unsigned char any = 0;
    for (qsizetype i = 0; i < size; ++i)
        any |= static_cast<unsigned char>(run[i]);
    if (any & 0x80)
        m_eightBit = true;
}

QByteArray DotStuffer::process(const QByteArray &chunk)
{
    QByteArray out;
    process(chunk.constData(), chunk.size(), out);
    return out;
}

void DotStuffer::process(const char *data, qsizetype size, QByteArray &out)
{
    // Bulk copy of whole runs between line breaks: this runs on the window's
    // thread once per BDAT chunk, so a byte-by-byte loop would stall it.
    // Worst case every byte doubles (bare LF or CR to CRLF, or a stuffed
    // dot), plus a CRLF for a CR pending from the previous call.
    const qsizetype start = out.size();
    out.resize(start + 2 * size + 2);
    char *w = out.data() + start;
    const char *p = data;
    const char *const end = data + size;
    const bool stuffing = m_mode == Mode::DotStuffed;
    qint64 stuffed = 0;
    // The next CR and LF at or after p (end when there is none), each found
    // with memchr and searched again only once p has passed it.
    const auto find = [end](const char *from, char c) {
        const void *hit = from < end ? std::memchr(from, c, size_t(end - from)) : nullptr;
        return hit ? static_cast<const char *>(hit) : end;
    };
    const char *nextCR = find(p, '\r');
    const char *nextLF = find(p, '\n');
    while (p < end) {
        if (m_pendingCR) {
            m_pendingCR = false;
            *w++ = '\r';
            *w++ = '\n';
            m_atLineStart = true;
            if (*p == '\n') {
                ++p;  // that CR was the first half of a CRLF
                continue;
            }
        }
        if (nextCR < p)
            nextCR = find(p, '\r');
        if (nextLF < p)
            nextLF = find(p, '\n');
        const char *const stop = std::min(nextCR, nextLF);
        if (stop > p) {
            // RFC 5321 §4.5.2: a line that starts with "." gets another one.
            if (m_atLineStart && stuffing && *p == '.') {
                *w++ = '.';
                ++stuffed;
            }
            if (!m_eightBit)
                noteEightBit(p, stop - p);
            std::memcpy(w, p, size_t(stop - p));
            w += stop - p;
            m_atLineStart = false;
        }
        if (stop == end)
            break;
        if (*stop == '\r') {
            m_pendingCR = true;  // CRLF or a bare CR: the next byte decides
        } else {
            *w++ = '\r';  // bare LF (RFC 5321 §2.3.8)
            *w++ = '\n';
            m_atLineStart = true;
        }
        p = stop + 1;
    }
    const qsizetype produced = (w - out.constData()) - start;
    out.truncate(start + produced);
    m_contentBytes += produced - stuffed;
    m_wireBytes += produced;
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
