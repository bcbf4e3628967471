// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContentScanner.h"

#include "QuotedPrintableStream.h"

#include <QFile>

namespace stamp {

void ContentScanner::feed(QByteArrayView chunk)
{
    m_size += chunk.size();
    for (const char ch : chunk) {
        const auto c = static_cast<uchar>(ch);
        m_escaped += !QuotedPrintableStream::isLiteral(c);
        m_lineFeeds += c == '\n';
        m_nonAscii = m_nonAscii || c > 127;
    }
    if (!m_utf8Error) {
        m_decoder.decode(chunk);
        m_utf8Error = m_decoder.hasError();
    }
}

bool ContentScanner::prefersQuotedPrintable() const
{
    // RFC 2045 §6.8: base64 writes 57 octets as a 76-character line + CRLF.
    const qint64 base64 = (m_size + 56) / 57 * 78;
    return QuotedPrintableStream::estimateLength(m_size, m_escaped, m_lineFeeds) <= base64;
}

QString ContentScanner::scanFile(const QString &path, ContentScanner *scanner)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return file.errorString();
    constexpr qint64 kChunk = 256 * 1024;
    QByteArray chunk(kChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(chunk.data(), kChunk);
        if (n < 0)
            return file.errorString();
        if (n == 0)
            break;
        scanner->feed(QByteArrayView(chunk.constData(), n));
    }
    return {};
}

} // namespace stamp
