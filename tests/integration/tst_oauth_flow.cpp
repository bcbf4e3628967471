// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The OAuth core in one process, as the desktop app uses it: OAuthSignIn
// with the loopback listener (favicon and stray requests ignored, cancel,
// a taken fixed port), then CredentialSource keeping the access token in
// memory, refreshing it before it expires, renewing it once after the
// server refused it, sharing one refresh between concurrent callers, and
// asking for a new sign-in when the refresh token is revoked, with the
// likely reason from when the person signed in. Against
// oauth-doubles.py and a private keychain (KeyringSession).

#include "KeyringSession.h"
#include "OAuthDoubles.h"
#include "Peers.h"
#include "accounts/CredentialSource.h"
#include "accounts/SecretStore.h"
#include "oauth/OAuthClientConfig.h"
#include "oauth/OAuthSignIn.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace stamp;
using namespace stamp::oauth;

class TestOAuthFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void strayRequestsAreIgnoredThenSignInSucceeds();
    void cancelStopsWaiting();
    void takenFixedPortFailsClearly();
    void accessTokenIsRefreshedBeforeExpiry();
    void refusedTokenIsRenewedAndSessionSucceeds();
    void concurrentCallersShareOneRefresh();
    void revokedRefreshTokenAsksForSignIn();
    void passwordAccountsComeFromTheKeychain();

private:
    OAuthClient client() const;
    Account account() const;
    TokenResult runSignIn(OAuthSignIn &signIn, const std::function<void(const QUrl &)> &browser);
    TokenSet signInOnce();

    test::OAuthDoubles m_doubles;
    test::KeyringSession m_keyring;
    QTemporaryDir m_dir;
    SecretStore m_secrets;
    Account m_account;
};

void TestOAuthFlow::initTestCase()
{
    // The sign-in times go to this process's settings, not the person's.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString keyring = m_keyring.start();
    QVERIFY2(keyring.isEmpty(), qPrintable(keyring));
    m_keyring.useInThisProcess();
    const QString doubles = m_doubles.start({ QStringLiteral("flow-client:flow-secret") });
    QVERIFY2(doubles.isEmpty(), qPrintable(doubles));
    const QString path = m_dir.filePath(QStringLiteral("oauth-clients.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonObject { { QStringLiteral("google"),
                                 QJsonObject { { QStringLiteral("clientId"), QStringLiteral("flow-client") },
                                     { QStringLiteral("clientSecret"), QStringLiteral("flow-secret") },
                                     { QStringLiteral("authUrl"), m_doubles.authorizeUrl().toString() },
                                     { QStringLiteral("tokenUrl"), m_doubles.tokenUrl().toString() } } } })
                   .toJson());
    file.close();
    qputenv("STAMP_OAUTH_CLIENTS_FILE", path.toUtf8());
    m_secrets.setRetryDelay(50);

    m_account.id = Account::newId();
    m_account.name = QStringLiteral("flow");
    m_account.email = QStringLiteral("flo@gmail.com");
    m_account.username = m_account.email;
    m_account.host = QStringLiteral("127.0.0.1");
    m_account.port = m_doubles.smtpPort();
    m_account.security = SecurityMode::None;
    m_account.authMethod = sasl::AuthMethod::XOAuth2;
    m_account.oauthIssuer = QStringLiteral("accounts.google.com");
    m_account.providerId = QStringLiteral("gmail");
}

void TestOAuthFlow::cleanupTestCase()
{
    m_secrets.removeNow(m_account.id, SecretStore::Kind::OAuthRefreshToken);
    m_doubles.stop();
    m_keyring.stop();
}

OAuthClient TestOAuthFlow::client() const
{
    QString problem;
    const std::optional<OAuthClient> found
        = OAuthClientConfig().clientForIssuer(QStringLiteral("accounts.google.com"),
            ProviderCatalog::standard(), QStringLiteral("gmail"), &problem);
    if (!found)
        qWarning("%s", qPrintable(problem));
    return found.value_or(OAuthClient {});
}

Account TestOAuthFlow::account() const
{
    return m_account;
}

TokenResult TestOAuthFlow::runSignIn(OAuthSignIn &signIn, const std::function<void(const QUrl &)> &browser)
{
    QSignalSpy finished(&signIn, &OAuthSignIn::finished);
    connect(&signIn, &OAuthSignIn::authorizationUrlReady, this, browser);
    signIn.start();
    if (finished.isEmpty() && !finished.wait(30000))
        return {};
    return finished.first().first().value<TokenResult>();
}

TokenSet TestOAuthFlow::signInOnce()
{
    OAuthSignIn signIn(client());
    const TokenResult result = runSignIn(signIn, [](const QUrl &url) { test::visit(url); });
    if (!result.ok())
        qWarning("%s", qPrintable(result.error.text));
    return result.tokens.value_or(TokenSet {});
}

void TestOAuthFlow::strayRequestsAreIgnoredThenSignInSucceeds()
{
    OAuthSignIn signIn(client());
    signIn.setLoginHint(m_account.email);
    QSignalSpy returned(&signIn, &OAuthSignIn::browserReturned);
    test::BrowserVisit page;
    const TokenResult result = runSignIn(signIn, [&](const QUrl &url) {
        QCOMPARE(signIn.state(), OAuthSignIn::State::WaitingForBrowser);
        const QUrl listener(signIn.redirectUri());
        // The browser asks for a favicon, a person reloads the bare address,
        // something posts: none of it counts as the answer.
        QCOMPARE(test::visit(listener.resolved(QUrl(QStringLiteral("/favicon.ico")))).status, 404);
        QCOMPARE(test::visit(listener).status, 404);
        QCOMPARE(test::visit(listener.resolved(QUrl(QStringLiteral("/other?code=x&state=y")))).status, 404);
        // A connection that never sends a request does not hold anything up.
        QTcpSocket idle;
        idle.connectToHost(QHostAddress::LocalHost, listener.port());
        QVERIFY(idle.waitForConnected(5000));
        QCOMPARE(signIn.state(), OAuthSignIn::State::WaitingForBrowser);
        page = test::visit(url);
    });
    QVERIFY2(result.ok(), qPrintable(result.error.text));
    QCOMPARE(returned.size(), 1);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("You can close this window and return to Stamp."));
    QVERIFY(!result.tokens->accessToken.isEmpty());
    QVERIFY(!result.tokens->refreshToken.isEmpty());
    QVERIFY(result.tokens->expiresAt > QDateTime::currentDateTimeUtc().addSecs(3000));
    // Once finished, the listener is gone.
    QCOMPARE(signIn.state(), OAuthSignIn::State::Finished);
    QVERIFY(signIn.redirectUri().isEmpty());
}

void TestOAuthFlow::cancelStopsWaiting()
{
    OAuthSignIn signIn(client());
    quint16 port = 0;
    const TokenResult result = runSignIn(signIn, [&](const QUrl &) {
        port = QUrl(signIn.redirectUri()).port();
        signIn.cancel();
    });
    QCOMPARE(result.error.kind, OAuthError::Kind::Cancelled);
    QCOMPARE(result.error.text, QStringLiteral("The sign-in was cancelled."));
    QTcpSocket late;
    late.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!late.waitForConnected(2000)); // nobody listens any more
}

void TestOAuthFlow::takenFixedPortFailsClearly()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    OAuthSignIn fixed(client());
    fixed.setPort(squatter.serverPort());
    const TokenResult refused
        = runSignIn(fixed, [](const QUrl &) { QFAIL("no address without a listener"); });
    QCOMPARE(refused.error.kind, OAuthError::Kind::Listener);
    QVERIFY2(
        refused.error.text.contains(QString::number(squatter.serverPort())), qPrintable(refused.error.text));
    // With the default, any free port: works despite the squatter.
    QVERIFY(!signInOnce().refreshToken.isEmpty());
}

void TestOAuthFlow::accessTokenIsRefreshedBeforeExpiry()
{
    // Tokens that live 30 s: fine with a 10 s margin, stale with 60 s.
    m_doubles.control(QStringLiteral("expires_in=30"));
    const TokenSet tokens = signInOnce();
    m_doubles.control(QStringLiteral("expires_in=3600"));
    QVERIFY(!tokens.accessToken.isEmpty());
    CredentialSource source(&m_secrets);
    source.setRefreshMargin(10);
    QVERIFY(source.adoptSignInNow(account(), tokens).ok());
    const int refreshes = m_doubles.stat("refreshes");

    CredentialSource::Result result = source.credentialsNow(account());
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.auth.method, sasl::AuthMethod::XOAuth2);
    QCOMPARE(result.auth.credentials.username, m_account.email);
    QCOMPARE(result.auth.credentials.secret, tokens.accessToken); // from memory
    QCOMPARE(m_doubles.stat("refreshes"), refreshes);

    source.setRefreshMargin(60);
    result = source.credentialsNow(account());
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(result.auth.credentials.secret != tokens.accessToken); // silently renewed
    QCOMPARE(m_doubles.stat("refreshes"), refreshes + 1);
    const QString renewed = result.auth.credentials.secret;
    result = source.credentialsNow(account()); // the renewed one lives an hour
    QCOMPARE(result.auth.credentials.secret, renewed);
    QCOMPARE(m_doubles.stat("refreshes"), refreshes + 1);

    // A fresh CredentialSource (a new run) has nothing in memory and
    // refreshes from the keychain's refresh token.
    CredentialSource fresh(&m_secrets);
    result = fresh.credentialsNow(account());
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(m_doubles.stat("refreshes"), refreshes + 2);
}

void TestOAuthFlow::refusedTokenIsRenewedAndSessionSucceeds()
{
    CredentialSource source(&m_secrets);
    CredentialSource::Result credentials = source.credentialsNow(account());
    QVERIFY2(credentials.ok(), qPrintable(credentials.message));
    // The server's clock says the token is over.
    m_doubles.control(QStringLiteral("expire=all"));
    test::SessionRun first = test::runSession(account().serverSettings(), credentials.auth, {});
    QVERIFY(first.report.failure);
    QVERIFY(CredentialSource::isTokenRejection(account(), *first.report.failure));
    QVERIFY2(
        first.transcriptText().contains(QStringLiteral("535 5.7.8")), qPrintable(first.transcriptText()));
    QVERIFY(!first.transcriptText().contains(credentials.auth.credentials.secret));

    const CredentialSource::Result renewed = source.renewAfterRejectionNow(account());
    QVERIFY2(renewed.ok(), qPrintable(renewed.message));
    QVERIFY(renewed.auth.credentials.secret != credentials.auth.credentials.secret);
    const test::SessionRun second = test::runSession(account().serverSettings(), renewed.auth, {});
    QVERIFY2(!second.report.failure, qPrintable(second.transcriptText()));
    QVERIFY(second.report.authenticated);

    // A refusal that is not about the token is not retried.
    Failure other = *first.report.failure;
    other.phase = Phase::Rcpt;
    QVERIFY(!CredentialSource::isTokenRejection(account(), other));
    Account password = account();
    password.oauthIssuer.clear();
    password.authMethod = sasl::AuthMethod::Plain;
    QVERIFY(!CredentialSource::isTokenRejection(password, *first.report.failure));
}

void TestOAuthFlow::concurrentCallersShareOneRefresh()
{
    // Refresh tokens that rotate can be spent once: three callers at
    // once get the same new access token from one refresh.
    m_doubles.control(QStringLiteral("rotate=1"));
    CredentialSource source(&m_secrets);
    const int refreshes = m_doubles.stat("refreshes");
    QStringList tokens;
    int answers = 0;
    for (int i = 0; i < 3; ++i)
        source.credentials(account(), [&](const CredentialSource::Result &r) {
            ++answers;
            tokens << r.auth.credentials.secret;
        });
    QTRY_COMPARE_WITH_TIMEOUT(answers, 3, 15000);
    m_doubles.control(QStringLiteral("rotate=0"));
    QCOMPARE(m_doubles.stat("refreshes"), refreshes + 1);
    QCOMPARE(tokens.size(), 3);
    QVERIFY(!tokens.first().isEmpty());
    QCOMPARE(tokens.count(tokens.first()), 3);
    // The rotated refresh token reached the keychain: a new run still works.
    CredentialSource fresh(&m_secrets);
    const CredentialSource::Result next = fresh.credentialsNow(account());
    QVERIFY2(next.ok(), qPrintable(next.message));
}

void TestOAuthFlow::revokedRefreshTokenAsksForSignIn()
{
    m_doubles.control(QStringLiteral("revoke=all"));
    CredentialSource source(&m_secrets);
    QSignalSpy asked(&source, &CredentialSource::signInRequired);
    const CredentialSource::Result result = source.credentialsNow(account());
    QCOMPARE(result.status, CredentialSource::Result::Status::SignInRequired);
    QVERIFY2(result.message.contains(QStringLiteral("Gmail no longer accepts the saved sign-in")),
        qPrintable(result.message));
    QVERIFY(result.message.contains(QStringLiteral("Sign in to Gmail again")));
    QCOMPARE(result.oauthError.code, QStringLiteral("invalid_grant"));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().first().toString(), m_account.id);
    QCOMPARE(asked.first().at(1).toString(), result.message);
    // The earlier tests signed in minutes ago: withdrawn, not expired.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime signedIn = CredentialSource::lastSignIn(m_account.id);
    QVERIFY(signedIn.isValid() && signedIn.secsTo(now) >= 0 && signedIn.secsTo(now) < 600);
    QVERIFY2(result.message.contains(QStringLiteral("within a day of signing in")), qPrintable(result.message));
    QVERIFY2(result.message.contains(QStringLiteral("Token has been expired or revoked.")),
        qPrintable(result.message));
    QVERIFY2(!result.message.contains(QStringLiteral("Testing")), qPrintable(result.message));

    // A week after signing in, Google's limit for registrations in testing.
    CredentialSource::recordSignIn(m_account.id, now.addDays(-7));
    const CredentialSource::Result weekOld = source.credentialsNow(account());
    QCOMPARE(weekOld.status, CredentialSource::Result::Status::SignInRequired);
    QVERIFY2(weekOld.message.contains(QStringLiteral("\"In production\"")), qPrintable(weekOld.message));
    QVERIFY(weekOld.message.contains(QStringLiteral("Sign in to Gmail again")));

    // Nothing saved at all: the same question, with that reason.
    QVERIFY(m_secrets.removeNow(m_account.id, SecretStore::Kind::OAuthRefreshToken).ok());
    const CredentialSource::Result none = source.credentialsNow(account());
    QCOMPARE(none.status, CredentialSource::Result::Status::SignInRequired);
    QVERIFY2(none.message.contains(QStringLiteral("no sign-in is saved")), qPrintable(none.message));
}

void TestOAuthFlow::passwordAccountsComeFromTheKeychain()
{
    Account password = account();
    password.id = Account::newId();
    password.authMethod = sasl::AuthMethod::Plain;
    password.oauthIssuer.clear();
    CredentialSource source(&m_secrets);
    CredentialSource::Result result = source.credentialsNow(password);
    QCOMPARE(result.status, CredentialSource::Result::Status::NoSecret);
    QVERIFY(m_secrets.writeNow(password.id, SecretStore::Kind::Password, QStringLiteral("pa55word")).ok());
    result = source.credentialsNow(password);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.auth.method, sasl::AuthMethod::Plain);
    QCOMPARE(result.auth.credentials.secret, QStringLiteral("pa55word"));
    QVERIFY(m_secrets.removeNow(password.id, SecretStore::Kind::Password).ok());
}

QTEST_GUILESS_MAIN(TestOAuthFlow)
#include "tst_oauth_flow.moc"
