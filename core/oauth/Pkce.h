// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>

namespace stamp::oauth {

// Proof Key for Code Exchange (RFC 7636): the flow keeps `verifier` to itself
// and sends only `challenge` with the authorization request, so an app that
// intercepts the redirect cannot redeem the code (§1). Only S256 is used:
// "plain" protects nothing against an observer of the request (§4.2).
struct Pkce
{
    QByteArray verifier; // 43 characters of [A-Za-z0-9-._~] (§4.1)
    QByteArray challenge; // BASE64URL(SHA256(verifier)), no padding (§4.2)

    static Pkce generate();
    static QByteArray challengeFor(const QByteArray &verifier);
    static QByteArray method() { return QByteArrayLiteral("S256"); }
};

// `bytes` random bytes from the system's CSPRNG, base64url without padding:
// for PKCE verifiers and the `state` parameter (RFC 6749 §10.10, §10.12).
QByteArray randomUrlSafe(int bytes);

} // namespace stamp::oauth
