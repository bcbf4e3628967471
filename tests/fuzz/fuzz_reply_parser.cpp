// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Bytes from an SMTP server, as the session reads them: fed to ReplyParser
// in the pieces the network happens to deliver (RFC 5321 §4.2).

#include "FuzzSupport.h"
#include "smtp/ReplyParser.h"

STAMP_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte chooses how the stream is cut into reads, so the
    // parser's handling of a reply split anywhere is explored too.
    const size_t chunk = 1 + data[0] % 64;
    const QByteArray stream = stamp::fuzz::bytes(data + 1, size - 1);

    stamp::ReplyParser parser;
    for (qsizetype at = 0; at < stream.size(); at += qsizetype(chunk)) {
        parser.feed(stream.mid(at, qsizetype(chunk)));
        while (const std::optional<stamp::Reply> reply = parser.next()) {
            // What the session and the transcript do with every reply.
            (void)reply->text();
            (void)reply->summary();
            (void)reply->enhanced.toString();
        }
        if (parser.hasError()) {
            (void)parser.errorString();
            (void)parser.unreadBytes();
            parser.reset();
        }
    }
    (void)parser.hasBufferedData();
    (void)parser.unreadBytes();
    return 0;
}
