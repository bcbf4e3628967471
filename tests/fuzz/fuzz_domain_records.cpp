// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// TXT records as a domain's DNS returns them (joined strings): SPF
// (RFC 7208), DMARC (RFC 7489) and DKIM keys (RFC 6376, with the DER of
// the key). Each input goes to every parser, as the domain check may meet
// any text at any name.

#include "FuzzSupport.h"
#include "domain/DkimKeyRecord.h"
#include "domain/DmarcRecord.h"
#include "domain/DomainReport.h"
#include "domain/SpfRecord.h"

STAMP_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace stamp::domain;
    const QByteArray bytes = stamp::fuzz::bytes(data, size);
    const QString text = QString::fromUtf8(bytes);

    const SpfRecord spf = SpfRecord::parse(text);
    (void)spf.error();
    (void)spf.lookupTermCount();
    (void)spf.includes();
    (void)spf.redirect();
    (void)spf.hasPtr();
    if (const SpfTerm *all = spf.allTerm())
        (void)all->qualifier;
    // A suggested record must parse whenever the original did.
    const QString suggested = SpfRecord::withInclude(text, QStringLiteral("spf.example.net"));
    if (spf.isValid() && !SpfRecord::parse(suggested).isValid())
        __builtin_trap();
    (void)SuggestedRecord { QStringLiteral("example.test"), QStringLiteral("TXT"), text }.zoneLine();

    const DmarcRecord dmarc = DmarcRecord::parse(text);
    (void)dmarc.errors();
    (void)dmarc.aggregateReportUris();
    (void)DmarcRecord::looksLikeDmarc(text);
    if (size < 256)
        (void)DmarcRecord::organizationalDomain(text);

    const DkimKeyRecord key = DkimKeyRecord::parse(text);
    (void)key.keyBits();
    (void)DkimKeyRecord::rsaModulusBits(bytes);
    return 0;
}
