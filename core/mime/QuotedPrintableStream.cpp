// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "QuotedPrintableStream.h"

namespace stamp {

QByteArray QuotedPrintableStream::encode(QByteArrayView chunk)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(chunk.size() + chunk.size() / 8 + 8);
    for (const char ch : chunk) {
        const auto c = static_cast<uchar>(ch);
        // RFC 2049 §3 (8): "From " at the start of a line gets mangled by
        // mbox stores; an encoded "F" is safe and costs two characters.
        const bool literal = isLiteral(c) && !(m_column == 0 && c == 'F');
        const qsizetype width = literal ? 1 : 3;
        // Room is kept for the "=" of a soft line break: 75 + 1 = 76.
        if (m_column + width > 75) {
            out += "=\r\n";
            m_column = 0;
        }
        if (literal) {
            out += ch;
        } else {
            out += '=';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
        m_column += width;
        m_lastWasWhitespace = c == ' ' || c == '\t';
        if (c == '\n') {
            out += "=\r\n";
            m_column = 0;
        }
    }
    return out;
}

QByteArray QuotedPrintableStream::finish()
{
    const bool protect = m_column > 0 && m_lastWasWhitespace;
    m_column = 0;
    m_lastWasWhitespace = false;
    return protect ? QByteArray("=\r\n") : QByteArray();
}

qint64 QuotedPrintableStream::estimateLength(qint64 size, qint64 escaped, qint64 lineFeeds)
{
    const qint64 body = size + 2 * escaped;
    return body + 3 * lineFeeds + 3 * (body / 73);
}

} // namespace stamp
