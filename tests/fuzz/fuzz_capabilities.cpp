// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// A server's EHLO (or HELO) reply, read the way the session reads it:
// bytes through ReplyParser, then Capabilities (RFC 5321 §4.1.1.1).

#include "FuzzSupport.h"
#include "smtp/Capabilities.h"
#include "smtp/ReplyParser.h"
#include "smtp/sasl/SaslMechanism.h"

STAMP_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    stamp::ReplyParser parser;
    parser.feed(stamp::fuzz::bytes(data, size));
    while (const std::optional<stamp::Reply> reply = parser.next()) {
        for (const stamp::Capabilities &caps :
            { stamp::Capabilities::fromEhlo(*reply), stamp::Capabilities::fromHelo(*reply) }) {
            (void)caps.isEsmtp();
            (void)caps.greetingDomain();
            (void)caps.startTls();
            (void)caps.pipelining();
            (void)caps.chunking();
            (void)caps.eightBitMime();
            (void)caps.smtpUtf8();
            (void)caps.dsn();
            (void)caps.enhancedStatusCodes();
            (void)caps.sizeLimit();
            (void)caps.parameters("AUTH");
            (void)caps.parameters("SIZE");
            (void)caps.describe();
            const QByteArrayList keywords = caps.keywords();
            for (const QByteArray &keyword : keywords)
                (void)caps.has(keyword);
            // What the session does next with the list: pick a mechanism.
            (void)stamp::sasl::chooseAutomatically(caps.authMechanisms());
        }
    }
    return 0;
}
