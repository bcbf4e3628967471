// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Account.h"
#include "oauth/OAuthClient.h"
#include "oauth/TokenResponse.h"
#include "providers/ProviderCatalog.h"
#include "smtp/SessionTypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace stamp {

class SecretStore;
namespace oauth {
class TokenClient;
}

// The one place every caller gets an account's login from: the password in
// the keychain, or for an account that signs in with OAuth a current access
// token; and the password of the account's proxy, when it has one with a login. Access tokens live only in this object's memory; they are refreshed
// with the refresh token from the keychain when missing or within
// refreshMargin() seconds of expiring, and once more when the server refuses
// one (renewAfterRejection()). When the provider no longer accepts the
// refresh token (RFC 6749 §5.2 invalid_grant), the result says the person
// must sign in again, and why.
//
// Typical use (the outbox, the composer, the command line):
//
//     source->credentials(account, [=](const CredentialSource::Result &r) {
//         if (!r.ok()) { show(r.message); return; }
//         session->setAuth(r.auth); session->start(...);
//     });
//     // session failed with CredentialSource::isTokenRejection(account, failure):
//     source->renewAfterRejection(account, ...); // then retry once
class CredentialSource : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        enum class Status {
            Ok, // `auth` is ready for a session
            NoSecret, // a password account with nothing saved in the keychain
            SignInRequired, // OAuth: not signed in, or the sign-in was revoked or expired
            NotConfigured, // OAuth: no client ID or endpoints for the provider
            KeychainUnavailable, // no keychain reachable; `message` says so
            Failed, // network or provider trouble; later may work
        };
        Status status = Status::Failed;
        AuthSettings auth; // set when Ok
        QString message; // for a person, when not Ok
        oauth::OAuthError oauthError; // the provider's answer, when it caused the failure

        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    explicit CredentialSource(SecretStore *secrets, QObject *parent = nullptr);
    ~CredentialSource() override;

    void setNetworkAccessManager(QNetworkAccessManager *manager);
    // Where provider endpoints come from; the standard catalogue by default.
    void setCatalog(const ProviderCatalog &catalog) { m_catalog = catalog; }
    // Refresh when an access token has fewer seconds than this left (default 60).
    void setRefreshMargin(int seconds) { m_marginSeconds = seconds; }
    int refreshMargin() const { return m_marginSeconds; }

    // Asynchronous; `done` runs exactly once, from the event loop.
    void credentials(const Account &account, Callback done);
    // The server refused the access token: forget it and refresh now.
    void renewAfterRejection(const Account &account, Callback done);
    // After a sign-in (OAuthSignIn::finished): the refresh token goes to the
    // keychain, the access token to memory. `Ok` once the keychain has it.
    void adoptSignIn(const Account &account, const oauth::TokenSet &tokens, Callback done);
    // Forgets the account's access token (e.g. when the account is removed).
    void forget(const QString &accountId);

    // The same, waiting in a local event loop (for the command line).
    Result credentialsNow(const Account &account);
    Result renewAfterRejectionNow(const Account &account);
    Result adoptSignInNow(const Account &account, const oauth::TokenSet &tokens);

    // When the person last signed in to the account, as adoptSignIn()
    // recorded it (in the settings: a time is no secret); invalid when
    // unknown. It tells why a provider stops accepting a sign-in
    // (oauth::SignInTrouble).
    static QDateTime lastSignIn(const QString &accountId);
    static void recordSignIn(const QString &accountId, const QDateTime &when);

    // The OAuth client (endpoints, client ID) an account signs in with;
    // nullopt with the reason in words when none is configured.
    std::optional<oauth::OAuthClient> clientFor(const Account &account, QString *problem) const;

    // True when `failure` means the server refused an OAuth account's token
    // (535, 5.7.x, or the OAUTHBEARER error challenge), so one refresh and
    // one retry are worth it.
    static bool isTokenRejection(const Account &account, const Failure &failure);

signals:
    // The person must sign in to this account again; `reason` says why.
    void signInRequired(const QString &accountId, const QString &reason);

private:
    void login(const Account &account, Callback done);
    void renewLogin(const Account &account, Callback done);
    // Adds the proxy's password from the keychain to a successful login.
    Callback withProxyPassword(const Account &account, Callback done);
    void readPassword(const Account &account, Callback done);
    void refresh(const Account &account, Callback done);
    void deliver(const QString &accountId, const Result &result);
    Result okWith(const Account &account, const QString &accessToken) const;
    Result waitFor(const std::function<void(Callback)> &start);

    QPointer<SecretStore> m_secrets;
    oauth::TokenClient *m_tokens;
    ProviderCatalog m_catalog;
    QHash<QString, oauth::TokenSet> m_accessTokens; // account id -> access token and expiry only
    QHash<QString, QList<Callback>> m_waiting; // account id -> callers of the refresh in flight
    int m_marginSeconds = 60;
};

} // namespace stamp
