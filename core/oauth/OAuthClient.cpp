// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "OAuthClient.h"

#include <QHostAddress>
#include <QUrlQuery>

namespace stamp::oauth {

namespace {
// Only RFC 3986 unreserved characters stay as they are, so '+', '&', '='
// and spaces in values (an address like "a+b@example.com") survive both
// form decoding and query decoding.
QByteArray encoded(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}
} // namespace

QByteArray formField(const QByteArray &name, const QString &value)
{
    return name + '=' + encoded(value);
}

QUrl OAuthClient::authorizationUrl(const QString &redirectUri, const QByteArray &state,
    const QByteArray &codeChallenge, const QString &loginHint) const
{
    QByteArrayList fields;
    fields << formField("response_type", QStringLiteral("code")) << formField("client_id", clientId)
           << formField("redirect_uri", redirectUri) << formField("scope", scopes.join(QLatin1Char(' ')))
           << formField("state", QString::fromLatin1(state))
           << formField("code_challenge", QString::fromLatin1(codeChallenge))
           << formField("code_challenge_method", QStringLiteral("S256"));
    if (!loginHint.isEmpty())
        fields << formField("login_hint", loginHint);
    QUrl url = authUrl;
    // §3.1: the endpoint may carry its own query, which must be kept.
    QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    if (!query.isEmpty())
        query += '&';
    query += fields.join('&');
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

QByteArray OAuthClient::codeExchangeBody(
    const QString &code, const QByteArray &codeVerifier, const QString &redirectUri) const
{
    QByteArrayList fields;
    fields << formField("grant_type", QStringLiteral("authorization_code")) << formField("code", code)
           << formField("redirect_uri", redirectUri) << formField("client_id", clientId)
           << formField("code_verifier", QString::fromLatin1(codeVerifier));
    // §2.3.1 allows the credentials in the body; Google's installed-app
    // guide sends them there.
    if (!clientSecret.isEmpty())
        fields << formField("client_secret", clientSecret);
    return fields.join('&');
}

QByteArray OAuthClient::refreshBody(const QString &refreshToken) const
{
    QByteArrayList fields;
    fields << formField("grant_type", QStringLiteral("refresh_token"))
           << formField("refresh_token", refreshToken) << formField("client_id", clientId);
    if (!clientSecret.isEmpty())
        fields << formField("client_secret", clientSecret);
    return fields.join('&');
}

bool OAuthClient::isAcceptableEndpoint(const QUrl &url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return false;
    if (url.host() == QLatin1String("localhost"))
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

} // namespace stamp::oauth
