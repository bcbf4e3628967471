// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The socket-free parts of OAuth sign-in: PKCE (RFC 7636 Appendix B), the
// state parameter, the authorization URL and token request bodies (RFC 6749
// §4.1.1, §4.1.3, §6), token endpoint replies (§5.1, §5.2), authorization
// errors in words (§4.1.2.1), where client IDs and endpoints come from, and
// why a provider refuses a saved sign-in (§5.2 invalid_grant).

#include "providers/ProviderCatalog.h"
#include "oauth/OAuthClientConfig.h"
#include "oauth/Pkce.h"
#include "oauth/SignInTrouble.h"
#include "oauth/TokenResponse.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace stamp;
using namespace stamp::oauth;

class TestOAuth : public QObject
{
    Q_OBJECT

private slots:
    void pkceMatchesRfc7636AppendixB();
    void pkceVerifiersAreFreshAndWellFormed();
    void stateIsRandomAndUrlSafe();
    void authorizationUrlCarriesEverything();
    void tokenRequestBodies();
    void tokenReplies_data();
    void tokenReplies();
    void expiryAndRefreshMargin();
    void authorizationErrorsInWords_data();
    void authorizationErrorsInWords();
    void endpointsMustBeHttpsOrLoopback_data();
    void endpointsMustBeHttpsOrLoopback();
    void missingClientIdSaysWhatToSet();
    void settingsFileSuppliesClientAndEndpoints();
    void brokenSettingsFileIsReported();
    void refusedSignInIsExplained_data();
    void refusedSignInIsExplained();

private:
    static QString writeSettings(QTemporaryDir &dir, const QByteArray &json);
};

void TestOAuth::pkceMatchesRfc7636AppendixB()
{
    QCOMPARE(Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
        QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    QCOMPARE(Pkce::method(), QByteArray("S256"));
}

void TestOAuth::pkceVerifiersAreFreshAndWellFormed()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 50; ++i) {
        const Pkce pkce = Pkce::generate();
        // RFC 7636 §4.1: 43 to 128 characters of ALPHA / DIGIT / "-" / "." / "_" / "~".
        QVERIFY(pkce.verifier.size() >= 43 && pkce.verifier.size() <= 128);
        for (char c : pkce.verifier)
            QVERIFY2(
                QByteArray("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~").contains(c),
                pkce.verifier.constData());
        QCOMPARE(pkce.challenge, Pkce::challengeFor(pkce.verifier));
        QCOMPARE(pkce.challenge.size(), 43); // 32 bytes of SHA-256, base64url without padding
        QVERIFY(!seen.contains(pkce.verifier));
        seen.insert(pkce.verifier);
    }
}

void TestOAuth::stateIsRandomAndUrlSafe()
{
    const QByteArray a = randomUrlSafe(32);
    const QByteArray b = randomUrlSafe(32);
    QCOMPARE(a.size(), 43);
    QVERIFY(a != b);
    QCOMPARE(QByteArray::fromBase64(a, QByteArray::Base64UrlEncoding).size(), 32);
    QCOMPARE(QUrl::toPercentEncoding(QString::fromLatin1(a)), a); // nothing to escape
}

void TestOAuth::authorizationUrlCarriesEverything()
{
    OAuthClient client;
    client.authUrl = QUrl(QStringLiteral("https://login.example/authorize?tenant=x"));
    client.clientId = QStringLiteral("client id+1");
    client.scopes = QStringList { QStringLiteral("https://mail.example/"), QStringLiteral("offline_access") };
    const QUrl url = client.authorizationUrl(
        QStringLiteral("http://127.0.0.1:4711/"), "st-ate", "chal_lenge", QStringLiteral("a+b@example.com"));
    QCOMPARE(url.scheme(), QStringLiteral("https"));
    QCOMPARE(url.host(), QStringLiteral("login.example"));
    QCOMPARE(url.path(), QStringLiteral("/authorize"));
    // '+' must be escaped, or a form decoder reads it as a space.
    QVERIFY2(url.toString(QUrl::FullyEncoded).contains(QStringLiteral("login_hint=a%2Bb%40example.com")),
        qPrintable(url.toString(QUrl::FullyEncoded)));
    const QUrlQuery query(url);
    auto value
        = [&](const char *key) { return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded); };
    QCOMPARE(value("tenant"), QStringLiteral("x")); // the endpoint's own query is kept
    QCOMPARE(value("response_type"), QStringLiteral("code"));
    QCOMPARE(value("client_id"), QStringLiteral("client id+1"));
    QCOMPARE(value("redirect_uri"), QStringLiteral("http://127.0.0.1:4711/"));
    QCOMPARE(value("scope"), QStringLiteral("https://mail.example/ offline_access"));
    QCOMPARE(value("state"), QStringLiteral("st-ate"));
    QCOMPARE(value("code_challenge"), QStringLiteral("chal_lenge"));
    QCOMPARE(value("code_challenge_method"), QStringLiteral("S256"));
    QCOMPARE(value("login_hint"), QStringLiteral("a+b@example.com"));
}

void TestOAuth::tokenRequestBodies()
{
    OAuthClient client;
    client.clientId = QStringLiteral("cid");
    auto fields = [](const QByteArray &body) {
        QHash<QString, QString> map;
        for (const QByteArray &pair : body.split('&')) {
            const qsizetype eq = pair.indexOf('=');
            map.insert(QString::fromLatin1(pair.left(eq)), QUrl::fromPercentEncoding(pair.mid(eq + 1)));
        }
        return map;
    };
    QHash<QString, QString> f = fields(
        client.codeExchangeBody(QStringLiteral("c/o+de"), "verif", QStringLiteral("http://127.0.0.1:1/")));
    QCOMPARE(f.value(QStringLiteral("grant_type")), QStringLiteral("authorization_code"));
    QCOMPARE(f.value(QStringLiteral("code")), QStringLiteral("c/o+de"));
    QCOMPARE(f.value(QStringLiteral("code_verifier")), QStringLiteral("verif"));
    QCOMPARE(f.value(QStringLiteral("redirect_uri")), QStringLiteral("http://127.0.0.1:1/"));
    QCOMPARE(f.value(QStringLiteral("client_id")), QStringLiteral("cid"));
    QVERIFY(!f.contains(QStringLiteral("client_secret")));

    client.clientSecret = QStringLiteral("s&cret");
    f = fields(client.refreshBody(QStringLiteral("1//refresh=")));
    QCOMPARE(f.value(QStringLiteral("grant_type")), QStringLiteral("refresh_token"));
    QCOMPARE(f.value(QStringLiteral("refresh_token")), QStringLiteral("1//refresh="));
    QCOMPARE(f.value(QStringLiteral("client_secret")), QStringLiteral("s&cret"));
}

void TestOAuth::tokenReplies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("lifetime");
    QTest::addColumn<QString>("words");

    const int none = int(OAuthError::Kind::None);
    const int provider = int(OAuthError::Kind::Provider);
    const int http = int(OAuthError::Kind::Http);
    const int bad = int(OAuthError::Kind::BadResponse);
    QTest::newRow("full") << 200
                          << QByteArray(R"({"access_token":"at","token_type":"Bearer","expires_in":3599,)"
                                        R"("refresh_token":"rt","scope":"a b"})")
                          << true << none << QString() << qint64(3599) << QString();
    QTest::newRow("expires_in as a string, lower-case type")
        << 200 << QByteArray(R"({"access_token":"at","token_type":"bearer","expires_in":"3600"})") << true
        << none << QString() << qint64(3600) << QString();
    QTest::newRow("no expires_in") << 200 << QByteArray(R"({"access_token":"at","token_type":"Bearer"})")
                                   << true << none << QString() << qint64(-1) << QString();
    QTest::newRow("invalid_grant")
        << 400
        << QByteArray(R"({"error":"invalid_grant","error_description":"Token has been expired or revoked."})")
        << false << provider << QStringLiteral("invalid_grant") << qint64(0)
        << QStringLiteral("Token has been expired or revoked.");
    QTest::newRow("invalid_client") << 401 << QByteArray(R"({"error":"invalid_client"})") << false << provider
                                    << QStringLiteral("invalid_client") << qint64(0)
                                    << QStringLiteral("client ID");
    QTest::newRow("error with status 200")
        << 200 << QByteArray(R"({"error":"invalid_scope"})") << false << provider
        << QStringLiteral("invalid_scope") << qint64(0) << QStringLiteral("scope");
    QTest::newRow("HTTP 503 page") << 503 << QByteArray("<html>down</html>") << false << http << QString()
                                   << qint64(0) << QStringLiteral("503");
    QTest::newRow("not JSON") << 200 << QByteArray("access_token=at") << false << bad << QString()
                              << qint64(0) << QStringLiteral("not JSON");
    QTest::newRow("no access token") << 200 << QByteArray(R"({"token_type":"Bearer"})") << false << bad
                                     << QString() << qint64(0) << QStringLiteral("no access token");
    QTest::newRow("MAC token") << 200 << QByteArray(R"({"access_token":"at","token_type":"mac"})") << false
                               << bad << QString() << qint64(0) << QStringLiteral("bearer");
}

void TestOAuth::tokenReplies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(int, kind);
    QFETCH(QString, code);
    QFETCH(qint64, lifetime);
    QFETCH(QString, words);
    const QDateTime now = QDateTime::fromString(QStringLiteral("2025-01-01T00:00:00Z"), Qt::ISODate);
    const TokenResult result = TokenResponse::parse(status, body, now);
    QCOMPARE(result.ok(), ok);
    QCOMPARE(int(result.error.kind), kind);
    QCOMPARE(result.error.code, code);
    if (ok) {
        QCOMPARE(result.tokens->accessToken, QStringLiteral("at"));
        if (lifetime > 0)
            QCOMPARE(now.secsTo(result.tokens->expiresAt), lifetime);
        else
            QVERIFY(!result.tokens->expiresAt.isValid());
    } else {
        QVERIFY(!result.tokens);
        QVERIFY2(result.error.text.contains(words), qPrintable(result.error.text));
    }
    QCOMPARE(result.error.needsSignIn(), code == QLatin1String("invalid_grant"));
}

void TestOAuth::expiryAndRefreshMargin()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    TokenSet tokens;
    QVERIFY(tokens.needsRefresh(now, 60)); // no token at all
    tokens.accessToken = QStringLiteral("at");
    QVERIFY(!tokens.needsRefresh(now, 60)); // no expiry known: use it until refused
    tokens.expiresAt = now.addSecs(61);
    QVERIFY(!tokens.needsRefresh(now, 60));
    tokens.expiresAt = now.addSecs(60);
    QVERIFY(tokens.needsRefresh(now, 60));
    tokens.expiresAt = now.addSecs(-5);
    QVERIFY(tokens.needsRefresh(now, 0));
    tokens.wipe();
    QVERIFY(tokens.accessToken.isEmpty());
}

void TestOAuth::authorizationErrorsInWords_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("words");
    QTest::newRow("access_denied") << "error=access_denied&error_description=The+user+said+no"
                                   << "access_denied"
                                   << "declined or cancelled";
    QTest::newRow("invalid_scope") << "error=invalid_scope"
                                   << "invalid_scope"
                                   << "scope";
    QTest::newRow("temporarily_unavailable") << "error=temporarily_unavailable"
                                             << "temporarily_unavailable"
                                             << "try again later";
    QTest::newRow("unknown, with control characters") << "error=weird&error_description=bad%0D%0Aline"
                                                      << "weird"
                                                      << "bad line";
}

void TestOAuth::authorizationErrorsInWords()
{
    QFETCH(QString, query);
    QFETCH(QString, code);
    QFETCH(QString, words);
    QUrlQuery q(query.replace(QLatin1Char('+'), QStringLiteral("%20")));
    const OAuthError error = TokenResponse::authorizationError(q);
    QCOMPARE(error.kind, OAuthError::Kind::Provider);
    QCOMPARE(error.code, code);
    QVERIFY2(error.text.contains(words), qPrintable(error.text));
}

void TestOAuth::endpointsMustBeHttpsOrLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("acceptable");
    QTest::newRow("https") << "https://login.example/token" << true;
    QTest::newRow("http loopback v4") << "http://127.0.0.1:8080/token" << true;
    QTest::newRow("http loopback v6") << "http://[::1]:8080/token" << true;
    QTest::newRow("http localhost") << "http://localhost:8080/token" << true;
    QTest::newRow("http remote") << "http://login.example/token" << false;
    QTest::newRow("ftp") << "ftp://login.example/token" << false;
    QTest::newRow("relative") << "/token" << false;
}

void TestOAuth::endpointsMustBeHttpsOrLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, acceptable);
    QCOMPARE(OAuthClient::isAcceptableEndpoint(QUrl(url)), acceptable);
}

QString TestOAuth::writeSettings(QTemporaryDir &dir, const QByteArray &json)
{
    const QString path = dir.filePath(QStringLiteral("oauth-clients.json"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(json);
    return path;
}

void TestOAuth::missingClientIdSaysWhatToSet()
{
    QTemporaryDir dir;
    // An empty clientId in the file switches off one built in, so this
    // holds on a packager's build too.
    const QString path = writeSettings(dir, R"({"google": {"clientId": ""}, "microsoft": {"clientId": ""}})");
    const OAuthClientConfig config(path);
    ProviderCatalog catalog;
    catalog.loadFolder(QStringLiteral(":/providers"));
    QString problem;

    QVERIFY(!config.clientFor(*catalog.byId(QStringLiteral("gmail")), &problem));
    QVERIFY2(problem.contains(QStringLiteral("Gmail")), qPrintable(problem));
    QVERIFY(problem.contains(QStringLiteral("accounts.google.com")));
    QVERIFY(problem.contains(QStringLiteral("STAMP_OAUTH_GOOGLE_CLIENT_ID")));
    QVERIFY(problem.contains(QStringLiteral("STAMP_OAUTH_GOOGLE_CLIENT_SECRET")));
    QVERIFY(problem.contains(path));
    QVERIFY(problem.contains(QStringLiteral("app password"))); // Gmail also takes one

    QVERIFY(!config.clientFor(*catalog.byId(QStringLiteral("outlook.com")), &problem));
    QVERIFY(problem.contains(QStringLiteral("STAMP_OAUTH_MICROSOFT_CLIENT_ID")));
    QVERIFY(!problem.contains(QStringLiteral("CLIENT_SECRET")));
    QVERIFY2(!problem.contains(QStringLiteral("app password")), qPrintable(problem)); // OAuth only

    QVERIFY(!config.clientFor(*catalog.byId(QStringLiteral("icloud")), &problem));
    QVERIFY(problem.contains(QStringLiteral("no OAuth sign-in")));
    QCOMPARE(OAuthClientConfig::cmakeVariable(QStringLiteral("login.yahoo.com")),
        QStringLiteral("STAMP_OAUTH_YAHOO_CLIENT_ID"));
}

void TestOAuth::settingsFileSuppliesClientAndEndpoints()
{
    QTemporaryDir dir;
    const QString path = writeSettings(dir,
        R"({"google": {"clientId": "g-id", "clientSecret": "g-secret", "tokenUrl": "http://127.0.0.1:9/token"},
            "login.microsoftonline.com": {"clientId": "m-id", "scope": "one two"},
            "idp.example": {"clientId": "x", "authUrl": "https://idp.example/a", "tokenUrl": "http://idp.example/t"}})");
    const OAuthClientConfig config(path);
    QVERIFY(config.error().isEmpty());
    ProviderCatalog catalog;
    catalog.loadFolder(QStringLiteral(":/providers"));
    QString problem;

    const std::optional<OAuthClient> google = config.clientForIssuer(
        QStringLiteral("accounts.google.com"), catalog, QStringLiteral("gmail"), &problem);
    QVERIFY2(google, qPrintable(problem));
    QCOMPARE(google->clientId, QStringLiteral("g-id"));
    QCOMPARE(google->clientSecret, QStringLiteral("g-secret"));
    QCOMPARE(google->tokenUrl, QUrl(QStringLiteral("http://127.0.0.1:9/token")));
    QCOMPARE(google->authUrl,
        QUrl(QStringLiteral("https://accounts.google.com/o/oauth2/auth"))); // from the preset
    QCOMPARE(google->scopes, QStringList { QStringLiteral("https://mail.google.com/") });
    QCOMPARE(google->providerName, QStringLiteral("Gmail"));

    const std::optional<OAuthClient> microsoft = config.clientForIssuer(
        QStringLiteral("login.microsoftonline.com"), catalog, QStringLiteral("microsoft365"), &problem);
    QVERIFY2(microsoft, qPrintable(problem));
    QCOMPARE(microsoft->clientId, QStringLiteral("m-id"));
    QCOMPARE(microsoft->scopes, (QStringList { QStringLiteral("one"), QStringLiteral("two") }));
    QCOMPARE(microsoft->providerName, QStringLiteral("Microsoft 365"));

    // An issuer no preset knows, with a token endpoint over plain http to
    // another host: refused (RFC 6749 §3.2 requires TLS).
    QVERIFY(!config.clientForIssuer(QStringLiteral("idp.example"), catalog, {}, &problem));
    QVERIFY2(problem.contains(QStringLiteral("https")), qPrintable(problem));
}

void TestOAuth::brokenSettingsFileIsReported()
{
    QTemporaryDir dir;
    const QString path = writeSettings(dir, "{ not json");
    const OAuthClientConfig config(path);
    QVERIFY(!config.error().isEmpty());
    ProviderCatalog catalog;
    catalog.loadFolder(QStringLiteral(":/providers"));
    QString problem;
    QVERIFY(!config.clientFor(*catalog.byId(QStringLiteral("gmail")), &problem));
    QVERIFY2(problem.contains(path), qPrintable(problem));
}

void TestOAuth::refusedSignInIsExplained_data()
{
    using Cause = SignInTrouble::Cause;
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("providerName");
    QTest::addColumn<QDateTime>("signedInAt");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("cause");
    QTest::addColumn<QStringList>("says");
    QTest::addColumn<QStringList>("neverSays");

    const QDateTime now(QDate(2024, 3, 11), QTime(9, 0), Qt::UTC);
    const qint64 day = SignInTrouble::kDay;
    const QString google = QStringLiteral("accounts.google.com");
    const QString microsoft = QStringLiteral("login.microsoftonline.com");
    const QString yahoo = QStringLiteral("login.yahoo.com");
    const QString gmail = QStringLiteral("Gmail");
    const QString outlook = QStringLiteral("Outlook.com");
    const QString yahooName = QStringLiteral("Yahoo Mail");
    const QString refused = QStringLiteral("invalid_grant");
    const QStringList testing { QStringLiteral("7 days"), QStringLiteral("\"Testing\""),
        QStringLiteral("\"In production\"") };
    const QStringList googleRevoked { QStringLiteral("password"), QStringLiteral("Security page") };
    const QStringList microsoftRevoked { QStringLiteral("password is changed"), QStringLiteral("policy") };
    const QStringList none;
    const QStringList noTesting { QStringLiteral("Testing") };
    const auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };

    row("google, a week") << google << gmail << now.addSecs(-7 * day) << refused
                          << int(Cause::TestingExpiry) << testing << none;
    row("google, 6 days") << google << gmail << now.addSecs(-6 * day) << refused
                          << int(Cause::TestingExpiry) << testing << none;
    row("google, 8 days") << google << gmail << now.addSecs(-8 * day) << refused
                          << int(Cause::TestingExpiry) << testing << none;
    row("google, just under 6 days") << google << gmail << now.addSecs(-6 * day + 60) << refused
                                     << int(Cause::Revoked) << googleRevoked << noTesting;
    row("google, just over 8 days") << google << gmail << now.addSecs(-8 * day - 60) << refused
                                    << int(Cause::RevokedOrTestingExpiry) << (googleRevoked + testing) << none;
    row("google, an hour") << google << gmail << now.addSecs(-3600) << refused
                           << int(Cause::RevokedSoonAfterSignIn)
                           << (googleRevoked + QStringList { QStringLiteral("within a day") }) << noTesting;
    row("google, unknown") << google << gmail << QDateTime() << refused
                           << int(Cause::RevokedOrTestingExpiry) << (googleRevoked + testing) << none;
    row("google, in the future") << google << gmail << now.addSecs(3600) << refused
                                 << int(Cause::RevokedOrTestingExpiry) << testing << none;
    row("microsoft, a week") << microsoft << outlook << now.addSecs(-7 * day) << refused
                             << int(Cause::Revoked) << microsoftRevoked << noTesting;
    row("microsoft, an hour") << microsoft << outlook << now.addSecs(-3600) << refused
                              << int(Cause::RevokedSoonAfterSignIn)
                              << (microsoftRevoked + QStringList { QStringLiteral("within a day") })
                              << noTesting;
    row("microsoft, unknown") << microsoft << outlook << QDateTime() << refused << int(Cause::Revoked)
                              << microsoftRevoked << noTesting;
    row("other, a week") << yahoo << yahooName << now.addSecs(-7 * day) << refused << int(Cause::Revoked)
                         << QStringList { QStringLiteral("password") } << noTesting;
    row("other, an hour") << yahoo << yahooName << now.addSecs(-60) << refused
                          << int(Cause::RevokedSoonAfterSignIn)
                          << QStringList { QStringLiteral("within a day") } << noTesting;
    // Only a refused sign-in is explained this way; other errors have
    // their own words (a wrong client ID is no reason to sign in again).
    row("google, a week, wrong client") << google << gmail << now.addSecs(-7 * day)
                                        << QStringLiteral("invalid_client") << int(Cause::None) << none
                                        << none;
}

void TestOAuth::refusedSignInIsExplained()
{
    QFETCH(QString, issuer);
    QFETCH(QString, providerName);
    QFETCH(QDateTime, signedInAt);
    QFETCH(QString, code);
    QFETCH(int, cause);
    QFETCH(QStringList, says);
    QFETCH(QStringList, neverSays);

    const QDateTime now(QDate(2024, 3, 11), QTime(9, 0), Qt::UTC);
    OAuthError error;
    error.kind = OAuthError::Kind::Provider;
    error.code = code;
    const SignInTrouble trouble = SignInTrouble::of(issuer, signedInAt, now, error);
    QCOMPARE(int(trouble.cause()), cause);
    const QString words = trouble.words(providerName);
    if (trouble.cause() == SignInTrouble::Cause::None) {
        QVERIFY(words.isEmpty());
        return;
    }
    QVERIFY2(words.contains(QStringLiteral("Sign in to %1 again").arg(providerName)), qPrintable(words));
    for (const QString &phrase : says)
        QVERIFY2(words.contains(phrase), qPrintable(phrase + QLatin1String(" not in: ") + words));
    for (const QString &phrase : neverSays)
        QVERIFY2(!words.contains(phrase), qPrintable(phrase + QLatin1String(" in: ") + words));
    // Shown by the desktop app as it is: no command line, no web address.
    static const QRegularExpression commandLine(QStringLiteral("--[A-Za-z]|(^|[^A-Za-z])stamp [a-z]|https?:"));
    QVERIFY2(!commandLine.match(words).hasMatch(), qPrintable(words));
}

QTEST_GUILESS_MAIN(TestOAuth)
#include "tst_oauth.moc"
