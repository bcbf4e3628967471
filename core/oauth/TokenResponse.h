// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUrlQuery>
#include <optional>

namespace stamp::oauth {

// What a token endpoint hands out (RFC 6749 §5.1). The access token lives
// in memory only; the refresh token goes to the keychain and nowhere else.
struct TokenSet
{
    QString accessToken;
    QString refreshToken; // empty when the endpoint sent none (a refresh may keep the old one)
    QStringList scopes; // as granted, when the endpoint said
    QDateTime expiresAt; // UTC; invalid when the endpoint gave no expires_in

    // True when the access token is missing or runs out within `marginSeconds`.
    bool needsRefresh(const QDateTime &now, int marginSeconds) const;
    // Overwrites the tokens' characters before they are dropped.
    void wipe();
};

// Why a sign-in or a refresh did not produce tokens, in words a person can
// act on. `code` keeps the protocol's word (RFC 6749 §4.1.2.1, §5.2) for
// logic and logs; `text` is what to show.
struct OAuthError
{
    enum class Kind {
        None,
        Provider, // the provider said no: `code` is its error code
        Http, // an HTTP status without a usable OAuth error body
        Network, // no answer: DNS, TCP, TLS, timeout
        BadResponse, // an answer that is not what RFC 6749 §5.1 describes
        StateMismatch, // the redirect did not carry our `state` (RFC 6749 §10.12)
        Timeout, // the browser never came back
        Cancelled, // the person or the app stopped it
        Listener, // the loopback listener could not be opened
        NotConfigured, // no client ID for this provider
    };
    Kind kind = Kind::None;
    QString code; // "invalid_grant", "access_denied", ...
    QString description; // the provider's error_description, as sent
    int httpStatus = 0;
    QString text; // the whole explanation, for a person

    bool isError() const { return kind != Kind::None; }
    // The refresh token no longer works (revoked, expired, password changed):
    // only signing in again helps (RFC 6749 §5.2 invalid_grant).
    bool needsSignIn() const { return kind == Kind::Provider && code == QLatin1String("invalid_grant"); }
};

struct TokenResult
{
    std::optional<TokenSet> tokens;
    OAuthError error;
    bool ok() const { return tokens.has_value() && !error.isError(); }
};

class TokenResponse
{
    Q_DECLARE_TR_FUNCTIONS(TokenResponse)

public:
    // Reads a token endpoint's reply: 200 with the §5.1 JSON, or the §5.2
    // error JSON (400/401), or anything else a misbehaving server sends.
    // `now` anchors expires_in.
    static TokenResult parse(int httpStatus, const QByteArray &body, const QDateTime &now);

    // The redirect's error parameters (RFC 6749 §4.1.2.1) in words.
    static OAuthError authorizationError(const QUrlQuery &query);
    // Words for a token endpoint's error code (RFC 6749 §5.2).
    static QString describeTokenError(const QString &code);
    // Words for an authorization error code (RFC 6749 §4.1.2.1).
    static QString describeAuthorizationError(const QString &code);
};

} // namespace stamp::oauth
