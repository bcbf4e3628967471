// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace stamp {

// Quoted-printable (RFC 2045 §6.7) for content that must arrive
// byte for byte, fed chunk by chunk: CR and LF are encoded like any other
// octet (=0D, =0A), as §6.7 (4) asks for data whose line breaks are not
// text line breaks, so no reader can turn CRLF into LF or back. A soft line
// break follows each encoded LF, so the encoded text still shows the
// original lines, and every line stays within 76 characters.
class QuotedPrintableStream
{
public:
    QByteArray encode(QByteArrayView chunk);
    // Ends the content: a final soft line break protects white space at
    // its very end (§6.7 (3)).
    QByteArray finish();

    // The encoded size of `size` octets of which `escaped` are not written
    // as they are and `lineFeeds` are LF, within a few octets.
    static qint64 estimateLength(qint64 size, qint64 escaped, qint64 lineFeeds);
    static bool isLiteral(uchar c) { return (c >= 33 && c <= 126 && c != '=') || c == ' ' || c == '\t'; }

private:
    qsizetype m_column = 0;
    bool m_lastWasWhitespace = false;
};

} // namespace stamp
