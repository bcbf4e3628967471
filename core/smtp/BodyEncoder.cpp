// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BodyEncoder.h"

#include <QIODevice>

namespace stamp {

namespace {
constexpr qint64 kReadSize = 64 * 1024;
}

BodyEncoder::BodyEncoder(QIODevice *source, Framing framing, qint64 chunkSize)
    : m_source(source)
    , m_framing(framing)
    , m_chunkSize(qMax<qint64>(chunkSize, 1))
    , m_stuffer(framing == Framing::Data ? DotStuffer::Mode::DotStuffed : DotStuffer::Mode::Normalised)
{
}

bool BodyEncoder::fillChunk()
{
    // Normalisation changes the length (bare LF becomes CRLF), so a chunk's
    // size is only known once its content has been produced.
    m_chunk.clear();
    m_chunkPos = 0;
    // DotStuffer::process makes room for twice what it is given, plus 2.
    m_chunk.reserve(m_chunkSize + 2 * qMin(kReadSize, m_chunkSize) + 2);
    while (!m_sourceDone && m_chunk.size() < m_chunkSize) {
        const QByteArray data = m_source->read(qMin(kReadSize, m_chunkSize - m_chunk.size()));
        if (data.isEmpty()) {
            if (!m_source->atEnd()) {
                m_error = m_source->errorString();
                return false;
            }
            m_sourceDone = true;
            break;
        }
        m_stuffer.process(data.constData(), data.size(), m_chunk);
        m_sourceDone = m_source->atEnd();
    }
    if (m_sourceDone)
        m_chunk += m_stuffer.finish();
    m_chunkIsLast = m_sourceDone;
    return true;
}

BodyEncoder::Piece BodyEncoder::next(qint64 maxBytes)
{
    Piece piece;
    if (m_finished) {
        piece.last = true;
        return piece;
    }
    if (m_framing == Framing::Data) {
        const QByteArray data = m_source->read(qMax<qint64>(maxBytes, 1));
        if (data.isEmpty() && !m_source->atEnd()) {
            piece.error = true;
            m_error = m_source->errorString();
            return piece;
        }
        piece.bytes = m_stuffer.process(data);
        if (m_source->atEnd()) {
            piece.bytes += m_stuffer.finish();
            piece.last = true;
            m_finished = true;
        }
        return piece;
    }

    if (m_chunkPos >= m_chunk.size()) {
        if (!fillChunk()) {
            piece.error = true;
            return piece;
        }
        // RFC 3030 §2: "BDAT" SP chunk-size [SP "LAST"]; a zero-size LAST
        // chunk is how an empty message (or a size-aligned end) finishes.
        piece.command = "BDAT " + QByteArray::number(m_chunk.size()) + (m_chunkIsLast ? " LAST" : "");
        piece.lastChunk = m_chunkIsLast;
        piece.bytes = piece.command + "\r\n";
    }
    const qsizetype take = qMin<qsizetype>(maxBytes, m_chunk.size() - m_chunkPos);
    piece.bytes += m_chunk.mid(m_chunkPos, take);
    m_chunkPos += take;
    if (m_chunkIsLast && m_chunkPos >= m_chunk.size()) {
        piece.last = true;
        m_finished = true;
    }
    return piece;
}

}  // namespace stamp
