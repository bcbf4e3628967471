// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CredentialSource.h"

#include "AccountsLogging.h"
#include "SecretStore.h"
#include "oauth/OAuthClientConfig.h"
#include "oauth/SignInTrouble.h"
#include "oauth/TokenClient.h"

#include <QEventLoop>
#include <QSettings>
#include <QTimer>

namespace stamp {

using oauth::TokenResult;
using oauth::TokenSet;
using Status = CredentialSource::Result::Status;

namespace {
CredentialSource::Result failure(Status status, const QString &message)
{
    CredentialSource::Result result;
    result.status = status;
    result.message = message;
    return result;
}

QString signInKey(const QString &accountId)
{
    return QStringLiteral("signIns/%1/at").arg(accountId);
}

// Why the provider refused the saved sign-in (invalid_grant), and what to
// do: the likely cause from when the person signed in.
QString refusedSignInMessage(const Account &account, const oauth::OAuthClient &provider,
    const oauth::OAuthError &error)
{
    const oauth::SignInTrouble trouble = oauth::SignInTrouble::of(provider.issuer,
        CredentialSource::lastSignIn(account.id), QDateTime::currentDateTimeUtc(), error);
    QString message = CredentialSource::tr("%1 no longer accepts the saved sign-in of the account \"%2\", so "
                                           "Stamp cannot log in to send.")
                          .arg(provider.providerName, account.name);
    message += QLatin1Char(' ') + trouble.words(provider.providerName);
    // The provider's own words help whoever looks into it (Google says
    // "reauth related error (invalid_rapt)" for an administrator's policy).
    if (!error.description.isEmpty())
        message += QLatin1Char(' ')
            + CredentialSource::tr("(%1 said: \"%2\")").arg(provider.providerName, error.description);
    return message;
}

Status statusForSecret(const SecretStore::Result &read)
{
    switch (read.status) {
    case SecretStore::Result::Status::Ok:
        return Status::Ok;
    case SecretStore::Result::Status::NotFound:
        return Status::NoSecret;
    case SecretStore::Result::Status::Unavailable:
        return Status::KeychainUnavailable;
    default:
        return Status::Failed;
    }
}
} // namespace

CredentialSource::CredentialSource(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_tokens(new oauth::TokenClient(this))
    , m_catalog(ProviderCatalog::standard())
{ }

CredentialSource::~CredentialSource()
{
    for (TokenSet &tokens : m_accessTokens)
        tokens.wipe();
}

void CredentialSource::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    m_tokens->setNetworkAccessManager(manager);
}

std::optional<oauth::OAuthClient> CredentialSource::clientFor(const Account &account, QString *problem) const
{
    const oauth::OAuthClientConfig config;
    return config.clientForIssuer(account.oauthIssuer, m_catalog, account.providerId, problem);
}

QDateTime CredentialSource::lastSignIn(const QString &accountId)
{
    return QSettings().value(signInKey(accountId)).toDateTime();
}

void CredentialSource::recordSignIn(const QString &accountId, const QDateTime &when)
{
    QSettings().setValue(signInKey(accountId), when.toUTC());
}

bool CredentialSource::isTokenRejection(const Account &account, const Failure &failure)
{
    if (!account.signsInWithOAuth() || failure.phase != Phase::Auth || failure.fault != NetworkFault::None
        || !failure.reply)
        return false;
    // RFC 4954 §6: 535 5.7.8 for refused credentials; Microsoft uses other
    // 5.7.x details (5.7.3, 5.7.139). After an OAUTHBEARER error challenge
    // (RFC 7628 §3.2.2) the final reply is one of these too.
    const Reply &reply = *failure.reply;
    return reply.code == 535 || (reply.enhanced.klass == 5 && reply.enhanced.subject == 7);
}

CredentialSource::Result CredentialSource::okWith(const Account &account, const QString &secret) const
{
    Result result;
    result.status = Status::Ok;
    result.auth = account.authSettings(secret);
    return result;
}

void CredentialSource::credentials(const Account &account, Callback done)
{
    login(account, withProxyPassword(account, std::move(done)));
}

void CredentialSource::renewAfterRejection(const Account &account, Callback done)
{
    renewLogin(account, withProxyPassword(account, std::move(done)));
}

CredentialSource::Callback CredentialSource::withProxyPassword(const Account &account, Callback done)
{
    if (!account.proxy.needsPassword())
        return done;
    QPointer<CredentialSource> self(this);
    return [self, account, done](const Result &login) {
        if (!self || !login.ok() || !self->m_secrets) {
            done(login);
            return;
        }
        self->m_secrets->read(account.id, SecretStore::Kind::ProxyPassword,
            [login, done](const SecretStore::Result &read) {
                Result result = login;
                // Nothing saved: the proxy then refuses the login, and that
                // failure names the proxy as the thing to fix.
                if (read.ok())
                    result.auth.proxyPassword = read.secret;
                done(result);
            });
    };
}

void CredentialSource::login(const Account &account, Callback done)
{
    if (account.authMethod == sasl::AuthMethod::None) {
        const Result result = okWith(account, {});
        QTimer::singleShot(0, this, [done, result] { done(result); });
        return;
    }
    if (!account.signsInWithOAuth()) {
        readPassword(account, std::move(done));
        return;
    }
    const auto cached = m_accessTokens.constFind(account.id);
    if (cached != m_accessTokens.constEnd()
        && !cached->needsRefresh(QDateTime::currentDateTimeUtc(), m_marginSeconds)) {
        const Result result = okWith(account, cached->accessToken);
        QTimer::singleShot(0, this, [done, result] { done(result); });
        return;
    }
    refresh(account, std::move(done));
}

void CredentialSource::renewLogin(const Account &account, Callback done)
{
    if (!account.signsInWithOAuth()) {
        const Result result = failure(
            Status::Failed, tr("The account \"%1\" does not sign in with OAuth.").arg(account.name));
        QTimer::singleShot(0, this, [done, result] { done(result); });
        return;
    }
    qCDebug(lcAccounts) << "the server refused the access token of" << account.name << "- refreshing once";
    forget(account.id);
    refresh(account, std::move(done));
}

void CredentialSource::forget(const QString &accountId)
{
    auto it = m_accessTokens.find(accountId);
    if (it != m_accessTokens.end()) {
        it->wipe();
        m_accessTokens.erase(it);
    }
}

void CredentialSource::readPassword(const Account &account, Callback done)
{
    if (!m_secrets) {
        const Result result = failure(Status::KeychainUnavailable, SecretStore::unavailableMessage({}));
        QTimer::singleShot(0, this, [done, result] { done(result); });
        return;
    }
    QPointer<CredentialSource> self(this);
    m_secrets->read(
        account.id, SecretStore::Kind::Password, [self, account, done](const SecretStore::Result &read) {
            if (!self)
                return;
            const Status status = statusForSecret(read);
            if (status == Status::Ok) {
                done(self->okWith(account, read.secret));
                return;
            }
            done(failure(status,
                status == Status::NoSecret
                    ? tr("No password is saved for the account \"%1\".").arg(account.name)
                    : read.message));
        });
}

void CredentialSource::deliver(const QString &accountId, const Result &result)
{
    const QList<Callback> callbacks = m_waiting.take(accountId);
    for (const Callback &callback : callbacks)
        callback(result);
}

void CredentialSource::refresh(const Account &account, Callback done)
{
    // One refresh per account at a time: with rotating refresh tokens
    // (Microsoft), two at once would spend the same token twice.
    const bool inFlight = m_waiting.contains(account.id);
    m_waiting[account.id] << std::move(done);
    if (inFlight)
        return;

    QString problem;
    const std::optional<oauth::OAuthClient> client = clientFor(account, &problem);
    if (!client) {
        const QString id = account.id;
        const Result result = failure(Status::NotConfigured, problem);
        QTimer::singleShot(0, this, [this, id, result] { deliver(id, result); });
        return;
    }
    if (!m_secrets) {
        const QString id = account.id;
        const Result result = failure(Status::KeychainUnavailable, SecretStore::unavailableMessage({}));
        QTimer::singleShot(0, this, [this, id, result] { deliver(id, result); });
        return;
    }
    QPointer<CredentialSource> self(this);
    const oauth::OAuthClient provider = *client;
    m_secrets->read(account.id, SecretStore::Kind::OAuthRefreshToken,
        [self, account, provider](const SecretStore::Result &read) {
            if (!self)
                return;
            const Status status = statusForSecret(read);
            if (status != Status::Ok) {
                Result result = failure(status, read.message);
                if (status == Status::NoSecret) {
                    result.status = Status::SignInRequired;
                    result.message
                        = tr("The account \"%1\" is not signed in to %2: no sign-in is saved in the "
                             "keychain. Sign in to %2 again.")
                              .arg(account.name, provider.providerName);
                    emit self->signInRequired(account.id, result.message);
                }
                self->deliver(account.id, result);
                return;
            }
            QString refreshToken = read.secret;
            self->m_tokens->refresh(provider, refreshToken,
                [self, account, provider, refreshToken](const TokenResult &refreshed) mutable {
                    if (!self)
                        return;
                    if (!refreshed.ok()) {
                        Result result;
                        result.oauthError = refreshed.error;
                        if (refreshed.error.needsSignIn()) {
                            result.status = Status::SignInRequired;
                            result.message = refusedSignInMessage(account, provider, refreshed.error);
                            emit self->signInRequired(account.id, result.message);
                        } else {
                            result.status = Status::Failed;
                            result.message
                                = tr("Stamp could not renew the sign-in of the account \"%1\" with %2: %3")
                                      .arg(account.name, provider.providerName, refreshed.error.text);
                        }
                        refreshToken.fill(QLatin1Char('\0'));
                        self->deliver(account.id, result);
                        return;
                    }
                    TokenSet tokens = *refreshed.tokens;
                    // RFC 6749 §6: the provider may issue a new refresh token
                    // and retire the old one; keep the new one.
                    if (!tokens.refreshToken.isEmpty() && tokens.refreshToken != refreshToken) {
                        self->m_secrets->write(account.id, SecretStore::Kind::OAuthRefreshToken,
                            tokens.refreshToken, [name = account.name](const SecretStore::Result &written) {
                                if (!written.ok())
                                    qCWarning(lcAccounts) << "the renewed refresh token of" << name
                                                          << "was not saved:" << written.message;
                            });
                    }
                    refreshToken.fill(QLatin1Char('\0'));
                    tokens.refreshToken.fill(QLatin1Char('\0'));
                    tokens.refreshToken.clear();
                    self->m_accessTokens.insert(account.id, tokens);
                    self->deliver(account.id, self->okWith(account, tokens.accessToken));
                });
        });
}

void CredentialSource::adoptSignIn(const Account &account, const TokenSet &tokens, Callback done)
{
    if (!m_secrets) {
        const Result result = failure(Status::KeychainUnavailable, SecretStore::unavailableMessage({}));
        QTimer::singleShot(0, this, [done, result] { done(result); });
        return;
    }
    TokenSet accessOnly = tokens;
    accessOnly.refreshToken.clear();
    m_accessTokens.insert(account.id, accessOnly);
    QPointer<CredentialSource> self(this);
    m_secrets->write(account.id, SecretStore::Kind::OAuthRefreshToken, tokens.refreshToken,
        [self, account, done](const SecretStore::Result &written) {
            if (!self)
                return;
            if (!written.ok()) {
                done(failure(statusForSecret(written) == Status::KeychainUnavailable
                        ? Status::KeychainUnavailable
                        : Status::Failed,
                    written.message));
                return;
            }
            recordSignIn(account.id, QDateTime::currentDateTimeUtc());
            const auto cached = self->m_accessTokens.constFind(account.id);
            done(self->okWith(
                account, cached != self->m_accessTokens.constEnd() ? cached->accessToken : QString()));
        });
}

CredentialSource::Result CredentialSource::waitFor(const std::function<void(Callback)> &start)
{
    QEventLoop loop;
    Result result;
    bool finished = false;
    start([&](const Result &r) {
        result = r;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

CredentialSource::Result CredentialSource::credentialsNow(const Account &account)
{
    return waitFor([&](Callback done) { credentials(account, std::move(done)); });
}

CredentialSource::Result CredentialSource::renewAfterRejectionNow(const Account &account)
{
    return waitFor([&](Callback done) { renewAfterRejection(account, std::move(done)); });
}

CredentialSource::Result CredentialSource::adoptSignInNow(const Account &account, const TokenSet &tokens)
{
    return waitFor([&](Callback done) { adoptSignIn(account, tokens, std::move(done)); });
}

} // namespace stamp
