// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// A token endpoint's answer (RFC 6749 §5.1 and §5.2), as TokenClient hands
// it over: an HTTP status and the body. The first two bytes pick the status.

#include "FuzzSupport.h"
#include "oauth/TokenResponse.h"

STAMP_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    static const int statuses[] = { 200, 400, 401, 403, 500, 502, 201, 302 };
    const int status = (data[0] & 0x80) ? 100 + (data[1] % 500) : statuses[data[0] % 8];
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    stamp::oauth::TokenResult result
        = stamp::oauth::TokenResponse::parse(status, stamp::fuzz::bytes(data + 2, size - 2), now);
    if (result.tokens) {
        (void)result.tokens->needsRefresh(now, 60);
        result.tokens->wipe();
    }
    (void)result.error.needsSignIn();
    return 0;
}
