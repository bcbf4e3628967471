// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// What people type or paste into From, To, Cc and Bcc (RFC 5322 §3.4), and
// the envelope addresses made from it (RFC 5321 §4.1.2, RFC 6531).

#include "FuzzSupport.h"
#include "mime/Address.h"
#include "mime/AddressList.h"
#include "smtp/SessionTypes.h"

STAMP_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(stamp::fuzz::bytes(data, size));

    const stamp::AddressList list = stamp::AddressList::parse(text);
    for (const stamp::Address &mailbox : list.mailboxes()) {
        (void)mailbox.toDisplayString();
        const QString spec = mailbox.addrSpec();
        // The composer sends to each mailbox: its envelope form.
        (void)stamp::EnvelopeAddress::fromText(spec);
    }
    for (const stamp::AddressError &error : list.errors())
        (void)error.reason;

    stamp::AddressError error;
    (void)stamp::Address::fromText(text, &error).toDisplayString();
    (void)stamp::Address::fromAddrSpec(text, &error).addrSpec();
    (void)stamp::EnvelopeAddress::fromText(text, true);
    return 0;
}
