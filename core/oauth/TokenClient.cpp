// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TokenClient.h"

#include "OAuthLogging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace stamp::oauth {

TokenClient::TokenClient(QObject *parent)
    : QObject(parent)
{ }

TokenClient::~TokenClient()
{
    cancelAll();
}

void TokenClient::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    m_manager = manager;
}

QNetworkAccessManager *TokenClient::manager()
{
    if (!m_manager)
        m_manager = new QNetworkAccessManager(this);
    return m_manager;
}

void TokenClient::exchangeCode(const OAuthClient &client, const QString &code, const QByteArray &codeVerifier,
    const QString &redirectUri, Callback done)
{
    qCDebug(lcOAuth) << "redeeming an authorization code at" << client.tokenUrl.host();
    post(client, client.codeExchangeBody(code, codeVerifier, redirectUri), std::move(done));
}

void TokenClient::refresh(const OAuthClient &client, const QString &refreshToken, Callback done)
{
    qCDebug(lcOAuth) << "refreshing an access token at" << client.tokenUrl.host();
    post(client, client.refreshBody(refreshToken), std::move(done));
}

void TokenClient::cancelAll()
{
    const QList<QPointer<QNetworkReply>> replies = m_replies;
    m_replies.clear();
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

void TokenClient::post(const OAuthClient &client, const QByteArray &body, Callback done)
{
    QNetworkRequest request(client.tokenUrl);
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    // A token request carries secrets in its body: it is never re-sent to
    // another address (RFC 6749 §3.2 names exactly one endpoint).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = manager()->post(request, body);
    m_replies << reply;
    const QString provider = client.providerName;
    const QString host = client.tokenUrl.host();
    connect(reply, &QNetworkReply::finished, this, [this, reply, provider, host, done = std::move(done)] {
        m_replies.removeAll(reply);
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        TokenResult result;
        if (status == 0) {
            result.error.kind = OAuthError::Kind::Network;
            result.error.text = tr("Stamp could not reach the sign-in service of %1 (%2): %3")
                                    .arg(provider, host, reply->errorString());
        } else {
            result = TokenResponse::parse(status, reply->readAll(), QDateTime::currentDateTimeUtc());
        }
        qCDebug(lcOAuth) << "token endpoint answered" << status
                         << (result.ok() ? "with tokens" : "with an error") << result.error.code;
        done(result);
    });
}

} // namespace stamp::oauth
