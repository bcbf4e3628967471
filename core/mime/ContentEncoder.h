// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>

namespace stamp {

// RFC 2045 §6: how a part's content travels.
enum class TransferEncoding { SevenBit, EightBit, QuotedPrintable, Base64 };

// Picks the transfer encoding for a text part by its content and encodes
// it. Text is canonical here (RFC 2046 §4.1.1): UTF-8 with "\n" line ends
// on the way in, CRLF on the way out.
class ContentEncoder
{
public:
    static QByteArray name(TransferEncoding encoding); // "7bit", "quoted-printable", ...

    // 7bit for short-lined ASCII, 8bit for short-lined UTF-8 when the
    // server takes it (RFC 6152), else quoted-printable when most of the
    // text is ASCII and base64 when it is not (CJK, Arabic...).
    static TransferEncoding chooseForText(const QByteArray &utf8, bool allowEightBit);
    // The encoded content with CRLF line ends.
    static QByteArray encodeText(const QByteArray &utf8, TransferEncoding encoding);

    // RFC 2045 §6.7, text mode: a line break is a line break, every encoded
    // line is at most 76 characters.
    static QByteArray quotedPrintable(const QByteArray &utf8);
    // RFC 2045 §6.8: 76 characters per line, each line ending in CRLF.
    static QByteArray base64Lines(const QByteArray &bytes);
};

} // namespace stamp
