// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

namespace stamp {

// Looks at a text attachment's bytes once, chunk by chunk, to learn how
// it travels best (quoted-printable when it is mostly printable ASCII,
// else base64) and whether it is UTF-8, for its charset parameter.
class ContentScanner
{
public:
    void feed(QByteArrayView chunk);

    qint64 size() const { return m_size; }
    bool isAscii() const { return !m_nonAscii; }
    bool isUtf8() const { return !m_utf8Error; }
    // Quoted-printable is smaller than (or as small as) base64.
    bool prefersQuotedPrintable() const;

    // Scans a whole file. Empty when done, else why it cannot be read.
    static QString scanFile(const QString &path, ContentScanner *scanner);

private:
    QStringDecoder m_decoder { QStringDecoder::Utf8 };
    qint64 m_size = 0;
    qint64 m_escaped = 0;
    qint64 m_lineFeeds = 0;
    bool m_nonAscii = false;
    bool m_utf8Error = false;
};

} // namespace stamp
