// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContentEncoder.h"

#include <QList>

namespace stamp {

namespace {
// RFC 5322 §2.1.1: lines SHOULD be at most 78 characters.
constexpr qsizetype kShortLine = 78;
// RFC 2045 §6.7 (5): encoded lines at most 76 characters, "=" included.
constexpr qsizetype kQpLine = 76;

bool isControl(uchar c)
{
    return (c < 0x20 && c != '\t' && c != '\n') || c == 0x7f;
}
} // namespace

QByteArray ContentEncoder::name(TransferEncoding encoding)
{
    switch (encoding) {
    case TransferEncoding::SevenBit:
        return "7bit";
    case TransferEncoding::EightBit:
        return "8bit";
    case TransferEncoding::QuotedPrintable:
        return "quoted-printable";
    case TransferEncoding::Base64:
        return "base64";
    }
    return "base64";
}

TransferEncoding ContentEncoder::chooseForText(const QByteArray &utf8, bool allowEightBit)
{
    qsizetype longest = 0;
    qsizetype line = 0;
    qsizetype nonAscii = 0;
    qsizetype escaped = 0;
    bool controls = false;
    for (const char ch : utf8) {
        const auto c = static_cast<uchar>(ch);
        if (c == '\n') {
            line = 0;
            continue;
        }
        longest = qMax(longest, ++line);
        nonAscii += c > 127;
        controls = controls || isControl(c);
        escaped += c > 126 || c == '=' || isControl(c);
    }
    if (!controls && longest <= kShortLine) {
        if (nonAscii == 0)
            return TransferEncoding::SevenBit;
        if (allowEightBit)
            return TransferEncoding::EightBit;
    }
    // Quoted-printable writes an escaped octet as three characters, base64
    // every three octets as four: past a third escaped, base64 is smaller.
    return escaped * 3 > utf8.size() ? TransferEncoding::Base64 : TransferEncoding::QuotedPrintable;
}

QByteArray ContentEncoder::encodeText(const QByteArray &utf8, TransferEncoding encoding)
{
    switch (encoding) {
    case TransferEncoding::SevenBit:
    case TransferEncoding::EightBit: {
        QByteArray text = utf8;
        return text.replace("\n", "\r\n");
    }
    case TransferEncoding::QuotedPrintable:
        return quotedPrintable(utf8);
    case TransferEncoding::Base64: {
        QByteArray text = utf8;
        return base64Lines(text.replace("\n", "\r\n"));
    }
    }
    return {};
}

QByteArray ContentEncoder::quotedPrintable(const QByteArray &utf8)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(utf8.size() + utf8.size() / 4);
    const QList<QByteArray> lines = utf8.split('\n');
    for (qsizetype l = 0; l < lines.size(); ++l) {
        const QByteArray &line = lines.at(l);
        qsizetype column = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto c = static_cast<uchar>(line.at(i));
            const bool last = i == line.size() - 1;
            // RFC 2045 §6.7 (3): white space at the end of a line is
            // encoded, or a transport could strip it. RFC 2049 §3 (8):
            // "From " at the start of a line is encoded so mbox stores
            // cannot mangle it into ">From ".
            const bool literal = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last);
            const bool fromLine = i == 0 && c == 'F' && line.startsWith("From ");
            QByteArray piece;
            if (literal && !fromLine)
                piece = QByteArray(1, static_cast<char>(c));
            else
                piece = '=' + QByteArray(1, hex[c >> 4]) + hex[c & 15];
            // A soft line break ("=" CRLF) keeps every line within 76
            // characters and never splits an escape.
            const qsizetype limit = last ? kQpLine : kQpLine - 1;
            if (column + piece.size() > limit) {
                out += "=\r\n";
                column = 0;
            }
            out += piece;
            column += piece.size();
        }
        if (l < lines.size() - 1)
            out += "\r\n";
    }
    return out;
}

QByteArray ContentEncoder::base64Lines(const QByteArray &bytes)
{
    const QByteArray encoded = bytes.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / 38 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += 76) {
        out.append(encoded.constData() + i, qMin<qsizetype>(76, encoded.size() - i));
        out.append("\r\n", 2);
    }
    return out;
}

} // namespace stamp
