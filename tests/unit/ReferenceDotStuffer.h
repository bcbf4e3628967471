// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The byte-at-a-time DotStuffer that Stamp shipped before its bulk path:
// slow, but short enough to check by eye against RFC 5321 §2.3.8 and
// §4.5.2. The unit tests compare the real one against it on random input.

#include <QByteArray>
#include <QRandomGenerator>

namespace stamp::test {

class ReferenceDotStuffer
{
public:
    explicit ReferenceDotStuffer(bool stuffDots)
        : m_stuff(stuffDots)
    {
    }

    QByteArray process(const QByteArray &chunk)
    {
        QByteArray out;
        for (const char c : chunk) {
            if (m_pendingCR) {
                m_pendingCR = false;
                put(out, '\r');
                put(out, '\n');
                m_atLineStart = true;
                if (c == '\n')
                    continue;
            }
            if (c == '\r') {
                m_pendingCR = true;
                continue;
            }
            if (c == '\n') {
                put(out, '\r');
                put(out, '\n');
                m_atLineStart = true;
                continue;
            }
            if (m_atLineStart && c == '.' && m_stuff)
                out.append('.');
            if (static_cast<unsigned char>(c) > 127)
                m_eightBit = true;
            put(out, c);
            m_atLineStart = false;
        }
        m_wire += out.size();
        return out;
    }

    QByteArray finish()
    {
        QByteArray out;
        if (m_pendingCR || !m_atLineStart) {
            m_pendingCR = false;
            put(out, '\r');
            put(out, '\n');
            m_atLineStart = true;
        }
        if (m_stuff)
            out.append(".\r\n");
        m_wire += out.size();
        return out;
    }

    qint64 contentBytes() const { return m_content; }
    qint64 wireBytes() const { return m_wire; }
    bool sawEightBit() const { return m_eightBit; }

private:
    void put(QByteArray &out, char c)
    {
        out.append(c);
        ++m_content;
    }

    bool m_stuff;
    bool m_atLineStart = true;
    bool m_pendingCR = false;
    bool m_eightBit = false;
    qint64 m_content = 0;
    qint64 m_wire = 0;
};

// Random message-like bytes, rich in what the stuffer must handle: CR, LF,
// CRLF, dots (often at line starts) and 8-bit octets, in runs of any length.
inline QByteArray trickyBytes(QRandomGenerator &random, qsizetype size)
{
    static const char kPieces[][4] = {"\r\n", "\r", "\n", ".", "\r\n.", "\n.", "\r.", "..", "\xc3\xa9", "\xff"};
    QByteArray out;
    while (out.size() < size) {
        const quint32 pick = random.bounded(20);
        if (pick < 10) {
            out += kPieces[pick];
        } else {
            const int run = int(random.bounded(pick < 18 ? 8 : 300));
            for (int i = 0; i < run; ++i)
                out += char('a' + random.bounded(26));
        }
    }
    out.truncate(size);
    return out;
}

}  // namespace stamp::test
