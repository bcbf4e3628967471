// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "OAuthClient.h"
#include "TokenResponse.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace stamp::oauth {

// Talks to a provider's token endpoint (RFC 6749 §3.2): redeems an
// authorization code (§4.1.3, with the PKCE verifier, RFC 7636 §4.5) and
// refreshes access tokens (§6). Asynchronous; each callback runs exactly
// once from the event loop, unless cancelAll() came first.
class TokenClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const TokenResult &)>;

    explicit TokenClient(QObject *parent = nullptr);
    ~TokenClient() override;

    // Shares the application's manager (its proxy settings, its cache of
    // connections); without one, a private one is made.
    void setNetworkAccessManager(QNetworkAccessManager *manager);
    void setTimeout(int ms) { m_timeoutMs = ms; }

    void exchangeCode(const OAuthClient &client, const QString &code, const QByteArray &codeVerifier,
        const QString &redirectUri, Callback done);
    void refresh(const OAuthClient &client, const QString &refreshToken, Callback done);
    // Drops every request in flight; their callbacks are not called.
    void cancelAll();

private:
    void post(const OAuthClient &client, const QByteArray &body, Callback done);
    QNetworkAccessManager *manager();

    QPointer<QNetworkAccessManager> m_manager;
    QList<QPointer<QNetworkReply>> m_replies;
    int m_timeoutMs = 30000;
};

} // namespace stamp::oauth
