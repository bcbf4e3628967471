// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "smtp/sasl/SaslMechanism.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace stamp::oauth {

// Everything needed to run the authorization-code flow against one
// provider: its endpoints and scopes (from the preset, possibly overridden
// in the settings file) and the client ID registered for Stamp (from the
// build or the settings file). Builds the requests; sends nothing itself.
struct OAuthClient
{
    QString issuer; // "accounts.google.com"
    QString providerName; // for messages: "Gmail"
    QUrl authUrl;
    QUrl tokenUrl;
    QStringList scopes;
    QString clientId;
    // Installed apps cannot keep a secret (RFC 8252 §8.5), but some
    // providers (Google) still expect the one they issued; empty otherwise.
    QString clientSecret;
    sasl::AuthMethod mechanism = sasl::AuthMethod::XOAuth2;

    // The authorization request (RFC 6749 §4.1.1) with PKCE (RFC 7636 §4.3).
    // `loginHint` preselects the account on providers that read it.
    QUrl authorizationUrl(const QString &redirectUri, const QByteArray &state,
        const QByteArray &codeChallenge, const QString &loginHint = {}) const;
    // Form bodies (application/x-www-form-urlencoded) for the token endpoint:
    // the code exchange (RFC 6749 §4.1.3, RFC 7636 §4.5) and a refresh (§6).
    QByteArray codeExchangeBody(
        const QString &code, const QByteArray &codeVerifier, const QString &redirectUri) const;
    QByteArray refreshBody(const QString &refreshToken) const;

    // RFC 6749 §3.1 and §3.2 require TLS for both endpoints; plain http is
    // accepted only on this machine (test doubles, local proxies).
    static bool isAcceptableEndpoint(const QUrl &url);
};

// One name=value pair of a form body, both percent-encoded.
QByteArray formField(const QByteArray &name, const QString &value);

} // namespace stamp::oauth
