// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "OAuthSignIn.h"

#include "LoopbackReceiver.h"
#include "OAuthLogging.h"
#include "TokenClient.h"

#include <QTimer>

namespace stamp::oauth {

OAuthSignIn::OAuthSignIn(const OAuthClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_receiver(new LoopbackReceiver(this))
    , m_tokens(new TokenClient(this))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        fail(OAuthError::Kind::Timeout,
            tr("No answer came back from the browser within %n second(s), so the sign-in was stopped. "
               "Start it again and finish it in the browser.",
                nullptr, qMax(1, m_timeoutMs / 1000)));
    });
    connect(m_receiver, &LoopbackReceiver::redirected, this, &OAuthSignIn::onRedirected);
}

OAuthSignIn::~OAuthSignIn()
{
    m_pkce.verifier.fill('\0');
}

void OAuthSignIn::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    m_tokens->setNetworkAccessManager(manager);
}

QString OAuthSignIn::redirectUri() const
{
    return m_receiver->isListening() ? m_receiver->redirectUri() : QString();
}

void OAuthSignIn::start()
{
    if (m_state != State::Idle)
        return;
    if (!m_receiver->listen(m_port)) {
        m_state = State::WaitingForBrowser; // so finish() goes ahead
        const QString why = m_receiver->errorString();
        QTimer::singleShot(0, this, [this, why] { fail(OAuthError::Kind::Listener, why); });
        return;
    }
    m_pkce = Pkce::generate();
    // §10.10: at least 128 bits that an attacker cannot guess; 32 bytes here.
    m_state = State::WaitingForBrowser;
    m_stateToken = randomUrlSafe(32);
    m_authorizationUrl
        = m_client.authorizationUrl(m_receiver->redirectUri(), m_stateToken, m_pkce.challenge, m_loginHint);
    m_timer->start(m_timeoutMs);
    qCDebug(lcOAuth) << "sign-in to" << m_client.issuer << "waiting on port" << m_receiver->port();
    QTimer::singleShot(0, this, [this] {
        if (m_state == State::WaitingForBrowser)
            emit authorizationUrlReady(m_authorizationUrl);
    });
}

void OAuthSignIn::cancel()
{
    if (m_state == State::Idle || m_state == State::Finished)
        return;
    m_tokens->cancelAll();
    fail(OAuthError::Kind::Cancelled, tr("The sign-in was cancelled."));
}

void OAuthSignIn::onRedirected(const QUrlQuery &query)
{
    if (m_state != State::WaitingForBrowser) {
        m_receiver->answer(false, tr("Sign-in stopped"), tr("Stamp is no longer waiting for this sign-in."));
        return;
    }
    // RFC 6749 §10.12: an answer without our exact state may be a forged
    // redirect (cross-site request forgery) and its code is never used.
    const QByteArray state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toLatin1();
    if (state != m_stateToken) {
        fail(OAuthError::Kind::StateMismatch,
            tr("The answer that came back to Stamp does not belong to the sign-in it started (the \"state\" "
               "did "
               "not match), so it was ignored. Start the sign-in again."));
        return;
    }
    if (query.hasQueryItem(QStringLiteral("error"))) {
        TokenResult result;
        result.error = TokenResponse::authorizationError(query);
        result.error.text = tr("%1 did not sign you in. %2").arg(m_client.providerName, result.error.text);
        finish(result);
        return;
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty()) {
        fail(OAuthError::Kind::BadResponse,
            tr("The answer from %1 carried no authorization code.").arg(m_client.providerName));
        return;
    }
    m_timer->stop();
    m_state = State::ExchangingCode;
    emit browserReturned();
    // The browser waits for its page until the code is redeemed, so the
    // page can tell the whole outcome.
    m_tokens->exchangeCode(
        m_client, code, m_pkce.verifier, m_receiver->redirectUri(), [this](const TokenResult &exchanged) {
            TokenResult result = exchanged;
            if (result.ok() && result.tokens->refreshToken.isEmpty()) {
                // Without a refresh token every send an hour later would need
                // the browser again; Microsoft only issues one for offline_access.
                result.tokens->wipe();
                result.tokens.reset();
                result.error.kind = OAuthError::Kind::BadResponse;
                result.error.text
                    = tr("%1 signed you in but issued no refresh token, so Stamp could not stay "
                         "signed in.")
                          .arg(m_client.providerName);
            } else if (!result.ok()) {
                result.error.text
                    = tr("%1 did not complete the sign-in. %2").arg(m_client.providerName, result.error.text);
            }
            finish(result);
        });
}

void OAuthSignIn::fail(OAuthError::Kind kind, const QString &text)
{
    TokenResult result;
    result.error.kind = kind;
    result.error.text = text;
    finish(result);
}

void OAuthSignIn::finish(const TokenResult &result)
{
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    m_timer->stop();
    m_pkce.verifier.fill('\0');
    if (result.ok())
        m_receiver->answer(true, tr("Signed in"), tr("You can close this window and return to Stamp."));
    else
        m_receiver->answer(false, tr("Sign-in failed"), result.error.text);
    m_receiver->close();
    qCDebug(lcOAuth) << "sign-in to" << m_client.issuer << (result.ok() ? "succeeded" : "failed");
    emit finished(result);
}

} // namespace stamp::oauth
