// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "OAuthClient.h"
#include "Pkce.h"
#include "TokenResponse.h"

#include <QObject>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;
class QTimer;

namespace stamp::oauth {

class LoopbackReceiver;
class TokenClient;

// One sign-in with the authorization-code flow for installed apps
// (RFC 8252): PKCE S256 (RFC 7636), a fresh `state` (RFC 6749 §10.12), the
// redirect received on a loopback listener, the code redeemed at the token
// endpoint. It knows no widgets and opens no browser: the caller shows or
// opens the URL from authorizationUrlReady() (QDesktopServices::openUrl in
// the app, printed on the command line) and waits for finished().
//
//     auto *signIn = new OAuthSignIn(client, this);
//     connect(signIn, &OAuthSignIn::authorizationUrlReady, [](const QUrl &url) {
//     QDesktopServices::openUrl(url); }); connect(signIn, &OAuthSignIn::finished, [](const TokenResult
//     &result) { ... }); signIn->start();
class OAuthSignIn : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, WaitingForBrowser, ExchangingCode, Finished };
    Q_ENUM(State)

    explicit OAuthSignIn(const OAuthClient &client, QObject *parent = nullptr);
    ~OAuthSignIn() override;

    // The address to sign in as, passed as login_hint so the provider can
    // preselect the account.
    void setLoginHint(const QString &address) { m_loginHint = address; }
    // 0 (the default): a free port the system picks. A fixed port fails
    // clearly when it is taken.
    void setPort(quint16 port) { m_port = port; }
    // How long to wait for the browser to come back (default 5 minutes).
    void setTimeout(int ms) { m_timeoutMs = ms; }
    void setNetworkAccessManager(QNetworkAccessManager *manager);

    // Opens the listener and emits authorizationUrlReady(), or finished()
    // with the reason it could not. Both arrive from the event loop.
    void start();
    // Stops waiting; finished() reports Cancelled. Nothing happens once finished.
    void cancel();

    State state() const { return m_state; }
    const OAuthClient &client() const { return m_client; }
    QUrl authorizationUrl() const { return m_authorizationUrl; }
    QString redirectUri() const;

signals:
    // Open this in the system browser (RFC 8252 §6: never an embedded view).
    void authorizationUrlReady(const QUrl &url);
    // The browser came back with a code; it is being redeemed now.
    void browserReturned();
    // Exactly once: tokens (with a refresh token) or the error in words.
    void finished(const stamp::oauth::TokenResult &result);

private:
    void onRedirected(const QUrlQuery &query);
    void finish(const TokenResult &result);
    void fail(OAuthError::Kind kind, const QString &text);

    OAuthClient m_client;
    LoopbackReceiver *m_receiver;
    TokenClient *m_tokens;
    QTimer *m_timer;
    Pkce m_pkce;
    QByteArray m_stateToken; // the `state` parameter
    QString m_loginHint;
    QUrl m_authorizationUrl;
    quint16 m_port = 0;
    int m_timeoutMs = 5 * 60 * 1000;
    State m_state = State::Idle;
};

} // namespace stamp::oauth

Q_DECLARE_METATYPE(stamp::oauth::TokenResult)
