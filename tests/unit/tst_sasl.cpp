// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The SASL mechanisms against the examples their specifications publish,
// byte for byte, plus the ways a server can get an exchange wrong.

#include "smtp/sasl/CramMd5Mechanism.h"
#include "smtp/sasl/LoginMechanism.h"
#include "smtp/sasl/OAuthBearerMechanism.h"
#include "smtp/sasl/PlainMechanism.h"
#include "smtp/sasl/SaslMechanism.h"
#include "smtp/sasl/ScramMechanism.h"
#include "smtp/sasl/XOAuth2Mechanism.h"

#include <QTest>

using namespace stamp::sasl;

namespace {
Credentials credentials(const QString &username, const QString &secret, const QString &authzid = {})
{
    Credentials result;
    result.username = username;
    result.secret = secret;
    result.authzid = authzid;
    return result;
}

// A literal with embedded NULs, all of it.
template<qsizetype N>
QByteArray bytes(const char (&literal)[N])
{
    return QByteArray(literal, N - 1);
}

QByteArray base64(const QByteArray &raw)
{
    return raw.toBase64();
}

QSet<QByteArray> mechanisms(const QByteArrayList &names)
{
    return QSet<QByteArray>(names.cbegin(), names.cend());
}

// RFC 7628 §4.3's error: a status, a scope and where to discover the server.
const QByteArray kOAuthErrorJson
    = QByteArray::fromBase64("eyJzdGF0dXMiOiJpbnZhbGlkX3Rva2VuIiwic2NvcGUiOiJleGFtcGxlX3Njb3BlIiwib3BlbmlkLWN"
                             "vbmZpZ3VyYXRpb24iOiJodHRwczov"
                             "L2V4YW1wbGUuY29tLy53ZWxsLWtub3duL29wZW5pZC1jb25maWd1cmF0aW9uIn0=");

// RFC 5802 §5, SCRAM-SHA-1.
const QByteArray kSha1Nonce = "fyko+d2lbbFgONRv9qkxdawL";
const QByteArray kSha1ServerFirst = "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096";
const QByteArray kSha1ClientFinal
    = "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=";
const QByteArray kSha1ServerFinal = "v=rmF9pqV8S7suAoZWja4dJRkFsKQ=";
} // namespace

class TestSasl : public QObject
{
    Q_OBJECT

private slots:
    void parseAuthMethod_data();
    void parseAuthMethod();
    void namesRoundTrip();
    void chooseAutomatically_data();
    void chooseAutomatically();
    void createMechanism();

    void plain_data();
    void plain();
    void plainWithoutInitialResponse();
    void plainRejectsNul();

    void login();
    void loginInitialResponse_data();
    void loginInitialResponse();
    void loginThirdChallengeFails();

    void cramMd5Rfc2195();
    void cramMd5SecondChallengeFails();

    void scramRfcExamples_data();
    void scramRfcExamples();
    void scramWithoutInitialResponse();
    void scramRandomNonce();
    void scramEscapesNames();
    void scramAuthzid();
    void scramTamperedServerSignature();
    void scramServerNonceMustExtendClientNonce_data();
    void scramServerNonceMustExtendClientNonce();
    void scramServerError_data();
    void scramServerError();
    void scramBadServerFirst_data();
    void scramBadServerFirst();
    void scramSuccessWithoutServerFinal();
    void scramChallengeAfterVerification();
    void scramNormalisesPassword();

    void xoauth2InitialResponse();
    void xoauth2ErrorChallenge();
    void xoauth2WithoutInitialResponse();
    void oauthBearerInitialResponse();
    void oauthBearerWithoutHostAndPort();
    void oauthBearerErrorChallenge();
    void oauthRejectsUnsendableToken_data();
    void oauthRejectsUnsendableToken();
};

// --- choosing a mechanism -------------------------------------------------

void TestSasl::parseAuthMethod_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // methodId(), or empty for "unknown"

    QTest::newRow("none") << "none"
                          << "none";
    QTest::newRow("auto") << "auto"
                          << "auto";
    QTest::newRow("plain") << "plain"
                           << "plain";
    QTest::newRow("login") << "login"
                           << "login";
    QTest::newRow("cram-md5") << "cram-md5"
                              << "cram-md5";
    QTest::newRow("scram-sha-1") << "scram-sha-1"
                                 << "scram-sha-1";
    QTest::newRow("scram-sha-256") << "scram-sha-256"
                                   << "scram-sha-256";
    QTest::newRow("xoauth2") << "xoauth2"
                             << "xoauth2";
    QTest::newRow("oauthbearer") << "oauthbearer"
                                 << "oauthbearer";
    QTest::newRow("upper case") << "SCRAM-SHA-256"
                                << "scram-sha-256";
    QTest::newRow("surrounding spaces") << " plain "
                                        << "plain";
    QTest::newRow("unknown") << "digest-md5"
                             << "";
    QTest::newRow("channel binding not supported") << "scram-sha-256-plus"
                                                   << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("no separator") << "scramsha256"
                                  << "";
}

void TestSasl::parseAuthMethod()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);

    const std::optional<AuthMethod> method = stamp::sasl::parseAuthMethod(text);
    QCOMPARE(method.has_value(), !expected.isEmpty());
    if (method)
        QCOMPARE(methodId(*method), expected);
}

void TestSasl::namesRoundTrip()
{
    const struct
    {
        AuthMethod method;
        const char *name;
    } all[] = {
        { AuthMethod::None, "" },
        { AuthMethod::Auto, "" },
        { AuthMethod::Plain, "PLAIN" },
        { AuthMethod::Login, "LOGIN" },
        { AuthMethod::CramMd5, "CRAM-MD5" },
        { AuthMethod::ScramSha1, "SCRAM-SHA-1" },
        { AuthMethod::ScramSha256, "SCRAM-SHA-256" },
        { AuthMethod::XOAuth2, "XOAUTH2" },
        { AuthMethod::OAuthBearer, "OAUTHBEARER" },
    };
    for (const auto &entry : all) {
        QCOMPARE(mechanismName(entry.method), QByteArray(entry.name));
        const std::optional<AuthMethod> parsed = stamp::sasl::parseAuthMethod(methodId(entry.method));
        QVERIFY(parsed.has_value());
        QVERIFY(*parsed == entry.method);
    }
}

void TestSasl::chooseAutomatically_data()
{
    QTest::addColumn<QByteArrayList>("offered");
    QTest::addColumn<QString>("expected");

    QTest::newRow("everything") << QByteArrayList { "LOGIN", "PLAIN", "CRAM-MD5", "SCRAM-SHA-1",
        "SCRAM-SHA-256", "XOAUTH2", "OAUTHBEARER" }
                                << "scram-sha-256";
    QTest::newRow("SCRAM-SHA-1 over PLAIN")
        << QByteArrayList { "PLAIN", "SCRAM-SHA-1", "LOGIN" } << "scram-sha-1";
    QTest::newRow("typical Postfix") << QByteArrayList { "PLAIN", "LOGIN" } << "plain";
    QTest::newRow("Microsoft 365") << QByteArrayList { "LOGIN", "XOAUTH2" } << "login";
    QTest::newRow("LOGIN over CRAM-MD5") << QByteArrayList { "CRAM-MD5", "LOGIN" } << "login";
    QTest::newRow("only CRAM-MD5") << QByteArrayList { "CRAM-MD5", "DIGEST-MD5" } << "cram-md5";
    QTest::newRow("lower case from a sloppy server") << QByteArrayList { "plain" } << "plain";
    QTest::newRow("OAuth only") << QByteArrayList { "XOAUTH2", "OAUTHBEARER" } << "none";
    QTest::newRow("nothing usable") << QByteArrayList { "GSSAPI", "NTLM", "SCRAM-SHA-256-PLUS" } << "none";
    QTest::newRow("nothing offered") << QByteArrayList {} << "none";
}

void TestSasl::chooseAutomatically()
{
    QFETCH(QByteArrayList, offered);
    QFETCH(QString, expected);

    QCOMPARE(methodId(stamp::sasl::chooseAutomatically(mechanisms(offered))), expected);
}

void TestSasl::createMechanism()
{
    const Credentials login = credentials(QStringLiteral("user"), QStringLiteral("secret"));
    for (AuthMethod method : { AuthMethod::Plain, AuthMethod::Login, AuthMethod::CramMd5,
             AuthMethod::ScramSha1, AuthMethod::ScramSha256, AuthMethod::XOAuth2, AuthMethod::OAuthBearer }) {
        const std::unique_ptr<SaslMechanism> mechanism
            = stamp::sasl::createMechanism(method, login, QStringLiteral("smtp.example.com"), 587);
        QVERIFY(mechanism);
        QCOMPARE(mechanism->name(), mechanismName(method));
    }
    QVERIFY(!stamp::sasl::createMechanism(AuthMethod::None, login));
    QVERIFY(!stamp::sasl::createMechanism(AuthMethod::Auto, login));
}

// --- PLAIN (RFC 4616) -----------------------------------------------------

void TestSasl::plain_data()
{
    QTest::addColumn<QString>("authzid");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QByteArray>("expected");

    // RFC 4616 §4, first example: "<NUL>tim<NUL>tanstaaftanstaaf" (21 octets).
    QTest::newRow("RFC 4616 example 1") << QString() << "tim"
                                        << "tanstaaftanstaaf" << bytes("\0tim\0tanstaaftanstaaf");
    // RFC 4616 §4, second example: Kurt asks to act as Ursel (20 octets).
    QTest::newRow("RFC 4616 example 2, authzid") << "Ursel"
                                                 << "Kurt"
                                                 << "xipj3plmq" << bytes("Ursel\0Kurt\0xipj3plmq");
    QTest::newRow("UTF-8") << QString() << QStringLiteral(u"j\u00fcrgen@b\u00fccher.example")
                           << QStringLiteral(u"p\u00e4\u00df\u20ac")
                           << bytes("\0j\xc3\xbcrgen@b\xc3\xbc"
                                    "cher.example\0p\xc3\xa4\xc3\x9f\xe2\x82\xac");
}

void TestSasl::plain()
{
    QFETCH(QString, authzid);
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(QByteArray, expected);

    PlainMechanism plain(credentials(username, password, authzid));
    QCOMPARE(plain.name(), QByteArray("PLAIN"));
    const std::optional<QByteArray> initial = plain.initialResponse();
    QVERIFY(initial.has_value());
    QCOMPARE(*initial, expected);
    QVERIFY(plain.clientDone());

    // After the initial response PLAIN has nothing more to say.
    QVERIFY(!plain.respond("something").ok);
    QVERIFY(plain.successProblem().isEmpty());
}

void TestSasl::plainWithoutInitialResponse()
{
    PlainMechanism plain(credentials(QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf")));
    const SaslMechanism::Step step = plain.respond(QByteArray());
    QVERIFY(step.ok);
    QCOMPARE(step.response, bytes("\0tim\0tanstaaftanstaaf"));
    QVERIFY(!plain.respond(QByteArray()).ok);
}

void TestSasl::plainRejectsNul()
{
    PlainMechanism plain(credentials(QStringLiteral("tim"), QString(QStringLiteral("tan") + QChar(u'\0'))));
    QVERIFY(!plain.initialResponse().has_value());
    const SaslMechanism::Step step = plain.respond(QByteArray());
    QVERIFY(!step.ok);
    QVERIFY(step.error.contains(QStringLiteral("NUL")));
}

// --- LOGIN ----------------------------------------------------------------

void TestSasl::login()
{
    LoginMechanism login(
        credentials(QStringLiteral(u"j\u00fcrgen"), QStringLiteral("s3cret")), LoginMechanism::Start::OnRequest);
    QCOMPARE(login.name(), QByteArray("LOGIN"));
    QVERIFY(!login.initialResponse().has_value());

    // The prompt text is the server's choice; only the order matters.
    SaslMechanism::Step step = login.respond("Username:");
    QVERIFY(step.ok);
    QCOMPARE(step.response, QByteArray("j\xc3\xbcrgen"));
    QVERIFY(!login.clientDone());
    step = login.respond("Password please");
    QVERIFY(step.ok);
    QCOMPARE(step.response, QByteArray("s3cret"));
    QVERIFY(login.clientDone());
    QVERIFY(login.successProblem().isEmpty());
}

void TestSasl::loginInitialResponse_data()
{
    QTest::addColumn<QByteArrayList>("prompts");
    QTest::addColumn<QByteArrayList>("answers");
    // RFC 4954 §4: the user name on the AUTH line, then only the password.
    QTest::newRow("password prompt") << QByteArrayList{"Password:"} << QByteArrayList{"s3cret"};
    QTest::newRow("empty prompt") << QByteArrayList{""} << QByteArrayList{"s3cret"};
    QTest::newRow("prompt naming both") << QByteArrayList{"Password for user name j:"}
                                        << QByteArrayList{"s3cret"};
    // A server that ignored the initial response asks for the name again:
    // the password must not be the answer.
    QTest::newRow("user name asked again") << QByteArrayList{"Username:", "Password:"}
                                           << QByteArrayList{"j", "s3cret"};
    QTest::newRow("User Name asked again, empty next") << QByteArrayList{"User Name", ""}
                                                       << QByteArrayList{"j", "s3cret"};
}

void TestSasl::loginInitialResponse()
{
    QFETCH(QByteArrayList, prompts);
    QFETCH(QByteArrayList, answers);
    LoginMechanism login(credentials(QStringLiteral("j"), QStringLiteral("s3cret")));
    QCOMPARE(login.initialResponse(), std::optional<QByteArray>("j"));
    QVERIFY(!login.clientDone());
    for (qsizetype i = 0; i < prompts.size(); ++i) {
        const SaslMechanism::Step step = login.respond(prompts.at(i));
        QVERIFY(step.ok);
        QCOMPARE(step.response, answers.at(i));
        QCOMPARE(login.clientDone(), i == prompts.size() - 1);
    }
    QVERIFY(!login.respond("Username:").ok);
}

void TestSasl::loginThirdChallengeFails()
{
    LoginMechanism login(credentials(QStringLiteral("user"), QStringLiteral("secret")));
    QVERIFY(login.respond(QByteArray()).ok);
    QVERIFY(login.respond(QByteArray()).ok);
    const SaslMechanism::Step step = login.respond("Username:");
    QVERIFY(!step.ok);
    QVERIFY(step.response.isEmpty());
    QVERIFY(!step.error.isEmpty());
}

// --- CRAM-MD5 (RFC 2195) --------------------------------------------------

void TestSasl::cramMd5Rfc2195()
{
    CramMd5Mechanism cram(credentials(QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf")));
    QCOMPARE(cram.name(), QByteArray("CRAM-MD5"));
    QVERIFY(!cram.initialResponse().has_value());
    QVERIFY(!cram.clientDone());

    // RFC 2195 §2: the challenge as the server sent it, base64-decoded.
    const QByteArray challenge
        = QByteArray::fromBase64("PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+");
    QCOMPARE(challenge, QByteArray("<1896.697170952@postoffice.reston.mci.net>"));
    const SaslMechanism::Step step = cram.respond(challenge);
    QVERIFY(step.ok);
    QCOMPARE(step.response, QByteArray("tim b913a602c7eda7a495b4e6e7334d3890"));
    QCOMPARE(base64(step.response), QByteArray("dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw"));
    QVERIFY(cram.clientDone());
}

void TestSasl::cramMd5SecondChallengeFails()
{
    CramMd5Mechanism cram(credentials(QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf")));
    QVERIFY(!cram.respond(QByteArray()).ok); // nothing to sign

    CramMd5Mechanism again(credentials(QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf")));
    QVERIFY(again.respond("<1.2@example.com>").ok);
    QVERIFY(!again.respond("<3.4@example.com>").ok);
}

// --- SCRAM (RFC 5802, RFC 7677) -------------------------------------------

void TestSasl::scramRfcExamples_data()
{
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("clientNonce");
    QTest::addColumn<QByteArray>("clientFirst");
    QTest::addColumn<QByteArray>("serverFirst");
    QTest::addColumn<QByteArray>("clientFinal");
    QTest::addColumn<QByteArray>("serverFinal");

    QTest::newRow("RFC 5802 §5 SCRAM-SHA-1")
        << int(QCryptographicHash::Sha1) << QByteArray("SCRAM-SHA-1") << kSha1Nonce
        << QByteArray("n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL") << kSha1ServerFirst << kSha1ClientFinal
        << kSha1ServerFinal;
    QTest::newRow("RFC 7677 §3 SCRAM-SHA-256")
        << int(QCryptographicHash::Sha256) << QByteArray("SCRAM-SHA-256")
        << QByteArray("rOprNGfwEbeRWgbNEkqO") << QByteArray("n,,n=user,r=rOprNGfwEbeRWgbNEkqO")
        << QByteArray(
               "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096")
        << QByteArray("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                      "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=")
        << QByteArray("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=");
}

void TestSasl::scramRfcExamples()
{
    QFETCH(int, algorithm);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, clientNonce);
    QFETCH(QByteArray, clientFirst);
    QFETCH(QByteArray, serverFirst);
    QFETCH(QByteArray, clientFinal);
    QFETCH(QByteArray, serverFinal);

    ScramMechanism scram(QCryptographicHash::Algorithm(algorithm),
        credentials(QStringLiteral("user"), QStringLiteral("pencil")), clientNonce);
    QCOMPARE(scram.name(), name);

    const std::optional<QByteArray> initial = scram.initialResponse();
    QVERIFY(initial.has_value());
    QCOMPARE(*initial, clientFirst);

    SaslMechanism::Step step = scram.respond(serverFirst);
    QVERIFY2(step.ok, qPrintable(step.error));
    QCOMPARE(step.response, clientFinal);
    // Not done before the server signature is verified: nothing may follow
    // the client-final message in the same group.
    QVERIFY(!scram.clientDone());

    QString error;
    QVERIFY(!(error = scram.successProblem()).isEmpty()); // the server has not proved itself yet

    step = scram.respond(serverFinal);
    QVERIFY2(step.ok, qPrintable(step.error));
    QVERIFY(step.response.isEmpty());
    QVERIFY(scram.clientDone());
    QVERIFY((error = scram.successProblem()).isEmpty());
    QVERIFY(scram.serverError().isEmpty());
}

void TestSasl::scramWithoutInitialResponse()
{
    ScramMechanism scram(
        QCryptographicHash::Sha1, credentials(QStringLiteral("user"), QStringLiteral("pencil")), kSha1Nonce);
    SaslMechanism::Step step = scram.respond(QByteArray());
    QVERIFY(step.ok);
    QCOMPARE(step.response, QByteArray("n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL"));
    step = scram.respond(kSha1ServerFirst);
    QVERIFY(step.ok);
    QCOMPARE(step.response, kSha1ClientFinal);
}

void TestSasl::scramRandomNonce()
{
    const Credentials login = credentials(QStringLiteral("user"), QStringLiteral("pencil"));
    ScramMechanism first(QCryptographicHash::Sha256, login);
    ScramMechanism second(QCryptographicHash::Sha256, login);

    QVERIFY(first.clientNonce().size() >= 32); // base64 of at least 24 bytes
    QVERIFY(!first.clientNonce().contains(','));
    QVERIFY(first.clientNonce() != second.clientNonce());
    QCOMPARE(*first.initialResponse(), QByteArray("n,,n=user,r=" + first.clientNonce()));
}

void TestSasl::scramEscapesNames()
{
    // RFC 5802 §5.1: ',' and '=' in a user name become "=2C" and "=3D".
    ScramMechanism scram(
        QCryptographicHash::Sha256, credentials(QStringLiteral("a,b=c"), QStringLiteral("pencil")), "abc");
    QCOMPARE(*scram.initialResponse(), QByteArray("n,,n=a=2Cb=3Dc,r=abc"));
}

void TestSasl::scramAuthzid()
{
    ScramMechanism scram(QCryptographicHash::Sha1,
        credentials(QStringLiteral("user"), QStringLiteral("pencil"), QStringLiteral("ad=min")), kSha1Nonce);
    QCOMPARE(*scram.initialResponse(), QByteArray("n,a=ad=3Dmin,n=user,r=fyko+d2lbbFgONRv9qkxdawL"));
    const SaslMechanism::Step step = scram.respond(kSha1ServerFirst);
    QVERIFY(step.ok);
    // RFC 5802 §7: c= carries the whole GS2 header, authzid included.
    QVERIFY(step.response.startsWith(QByteArray("c=" + QByteArray("n,a=ad=3Dmin,").toBase64() + ",r=")));
}

void TestSasl::scramTamperedServerSignature()
{
    ScramMechanism scram(
        QCryptographicHash::Sha1, credentials(QStringLiteral("user"), QStringLiteral("pencil")), kSha1Nonce);
    scram.initialResponse();
    QVERIFY(scram.respond(kSha1ServerFirst).ok);

    // The RFC's signature with its first byte changed ('r' -> 's').
    const SaslMechanism::Step step = scram.respond("v=smF9pqV8S7suAoZWja4dJRkFsKQ=");
    QVERIFY(!step.ok);
    QVERIFY(step.error.contains(QStringLiteral("signature")));

    // Should the server still say 235, the session must not believe it.
    QString error;
    QVERIFY(!(error = scram.successProblem()).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestSasl::scramServerNonceMustExtendClientNonce_data()
{
    QTest::addColumn<QByteArray>("serverFirst");

    QTest::newRow("different nonce") << QByteArray(
        "r=XXXX+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096");
    QTest::newRow("client nonce only") << QByteArray("r=fyko+d2lbbFgONRv9qkxdawL,s=QSXCR+Q6sek8bf92,i=4096");
    QTest::newRow("truncated client nonce")
        << QByteArray("r=fyko+d2lbbFgONRv9qkxda,s=QSXCR+Q6sek8bf92,i=4096");
}

void TestSasl::scramServerNonceMustExtendClientNonce()
{
    QFETCH(QByteArray, serverFirst);

    ScramMechanism scram(
        QCryptographicHash::Sha1, credentials(QStringLiteral("user"), QStringLiteral("pencil")), kSha1Nonce);
    scram.initialResponse();
    const SaslMechanism::Step step = scram.respond(serverFirst);
    QVERIFY(!step.ok);
    QVERIFY(step.response.isEmpty());
    QVERIFY(step.error.contains(QStringLiteral("nonce")));
    QVERIFY(!scram.successProblem().isEmpty());
}

void TestSasl::scramServerError_data()
{
    QTest::addColumn<bool>("atServerFinal");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("value");

    // RFC 5802 §7: server-error = "e=" server-error-value
    QTest::newRow("invalid-proof at the end")
        << true << QByteArray("e=invalid-proof") << QByteArray("invalid-proof");
    QTest::newRow("unknown-user at the end")
        << true << QByteArray("e=unknown-user") << QByteArray("unknown-user");
    QTest::newRow("other-error instead of server-first")
        << false << QByteArray("e=other-error") << QByteArray("other-error");
}

void TestSasl::scramServerError()
{
    QFETCH(bool, atServerFinal);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, value);

    ScramMechanism scram(
        QCryptographicHash::Sha1, credentials(QStringLiteral("user"), QStringLiteral("pencil")), kSha1Nonce);
    scram.initialResponse();
    if (atServerFinal)
        QVERIFY(scram.respond(kSha1ServerFirst).ok);

    const SaslMechanism::Step step = scram.respond(message);
    QVERIFY(!step.ok);
    QVERIFY(step.error.contains(QString::fromLatin1(value)));
    QCOMPARE(scram.serverError(), value);
    QVERIFY(!scram.successProblem().isEmpty());
    QVERIFY(!scram.respond(kSha1ServerFinal).ok); // a failed exchange stays failed
}

void TestSasl::scramBadServerFirst_data()
{
    QTest::addColumn<QByteArray>("serverFirst");

    const QByteArray nonce = "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j";
    QTest::newRow("zero iterations") << QByteArray(nonce + ",s=QSXCR+Q6sek8bf92,i=0");
    QTest::newRow("negative iterations") << QByteArray(nonce + ",s=QSXCR+Q6sek8bf92,i=-1");
    QTest::newRow("absurd iterations") << QByteArray(nonce + ",s=QSXCR+Q6sek8bf92,i=10000001");
    QTest::newRow("iterations not a number") << QByteArray(nonce + ",s=QSXCR+Q6sek8bf92,i=many");
    QTest::newRow("no salt") << QByteArray(nonce + ",i=4096");
    QTest::newRow("empty salt") << QByteArray(nonce + ",s=,i=4096");
    QTest::newRow("salt not base64") << QByteArray(nonce + ",s=QSX*R+Q6sek8bf92,i=4096");
    QTest::newRow("no iteration count") << QByteArray(nonce + ",s=QSXCR+Q6sek8bf92");
    QTest::newRow("mandatory extension") << QByteArray("m=ext," + nonce + ",s=QSXCR+Q6sek8bf92,i=4096");
    QTest::newRow("not attributes") << QByteArray("hello there");
}

void TestSasl::scramBadServerFirst()
{
    QFETCH(QByteArray, serverFirst);

    ScramMechanism scram(
        QCryptographicHash::Sha1, credentials(QStringLiteral("user"), QStringLiteral("pencil")), kSha1Nonce);
    scram.initialResponse();
    const SaslMechanism::Step step = scram.respond(serverFirst);
    QVERIFY(!step.ok);
    QVERIFY(!step.error.isEmpty());
}

void TestSasl::scramSuccessWithoutServerFinal()
{
    ScramMechanism scram(
        QCryptographicHash::Sha1, credentials(QStringLiteral("user"), QStringLiteral("pencil")), kSha1Nonce);
    scram.initialResponse();
    QVERIFY(scram.respond(kSha1ServerFirst).ok);

    // The server answers the client-final with 235 and never proves itself.
    QString error;
    QVERIFY(!(error = scram.successProblem()).isEmpty());
    QVERIFY(error.contains(QStringLiteral("signature")));
}

void TestSasl::scramChallengeAfterVerification()
{
    ScramMechanism scram(
        QCryptographicHash::Sha1, credentials(QStringLiteral("user"), QStringLiteral("pencil")), kSha1Nonce);
    scram.initialResponse();
    QVERIFY(scram.respond(kSha1ServerFirst).ok);
    QVERIFY(scram.respond(kSha1ServerFinal).ok);
    QVERIFY(!scram.respond(kSha1ServerFinal).ok);
}

void TestSasl::scramNormalisesPassword()
{
    // "pencil" in fullwidth letters is the same password after NFKC, so the
    // RFC's proof must come out.
    ScramMechanism scram(QCryptographicHash::Sha1,
        credentials(QStringLiteral("user"), QStringLiteral(u"\uff50\uff45\uff4e\uff43\uff49\uff4c")),
        kSha1Nonce);
    scram.initialResponse();
    const SaslMechanism::Step step = scram.respond(kSha1ServerFirst);
    QVERIFY(step.ok);
    QCOMPARE(step.response, kSha1ClientFinal);
}

// --- XOAUTH2 and OAUTHBEARER (RFC 7628) -----------------------------------

void TestSasl::xoauth2InitialResponse()
{
    // Google's published example (developers.google.com/gmail/imap/xoauth2-protocol).
    XOAuth2Mechanism xoauth2(credentials(QStringLiteral("someuser@example.com"),
        QStringLiteral("ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg")));
    QCOMPARE(xoauth2.name(), QByteArray("XOAUTH2"));
    const std::optional<QByteArray> initial = xoauth2.initialResponse();
    QVERIFY(initial.has_value());
    QCOMPARE(*initial,
        QByteArray("user=someuser@example.com\x01"
                   "auth=Bearer ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg\x01\x01"));
    QCOMPARE(base64(*initial),
        QByteArray("dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnZGOWRmdDRxbVRj"
                   "Mk52YjNSbGNrQmhkSFJoZG1semRHRXVZMjl0Q2cBAQ=="));
    QVERIFY(xoauth2.serverError().isEmpty());
}

void TestSasl::xoauth2ErrorChallenge()
{
    XOAuth2Mechanism xoauth2(
        credentials(QStringLiteral("someuser@example.com"), QStringLiteral("ya29.expired")));
    xoauth2.initialResponse();

    // The server's JSON comes as a challenge; an empty response lets it
    // finish with its 535.
    const QByteArray json = R"({"status":"401","schemes":"bearer","scope":"https://mail.google.com/"})";
    SaslMechanism::Step step = xoauth2.respond(json);
    QVERIFY(step.ok);
    QVERIFY(step.response.isEmpty());
    QCOMPARE(xoauth2.serverError(), json);

    // Through the interface too, since that is what the session holds.
    const SaslMechanism &mechanism = xoauth2;
    QCOMPARE(mechanism.serverError(), json);

    step = xoauth2.respond(json);
    QVERIFY(!step.ok);
}

void TestSasl::xoauth2WithoutInitialResponse()
{
    XOAuth2Mechanism xoauth2(credentials(QStringLiteral("u@example.com"), QStringLiteral("token")));
    const SaslMechanism::Step step = xoauth2.respond(QByteArray());
    QVERIFY(step.ok);
    QCOMPARE(step.response,
        QByteArray("user=u@example.com\x01"
                   "auth=Bearer token\x01\x01"));
}

void TestSasl::oauthBearerInitialResponse()
{
    // RFC 7628 §4.1: the initial client response of the IMAP example.
    OAuthBearerMechanism bearer(credentials(QStringLiteral("user@example.com"),
                                    QStringLiteral("vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==")),
        QStringLiteral("server.example.com"), 143);
    QCOMPARE(bearer.name(), QByteArray("OAUTHBEARER"));
    const std::optional<QByteArray> initial = bearer.initialResponse();
    QVERIFY(initial.has_value());
    QCOMPARE(*initial,
        QByteArray("n,a=user@example.com,\x01"
                   "host=server.example.com\x01"
                   "port=143\x01"
                   "auth=Bearer vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==\x01\x01"));
    QCOMPARE(base64(*initial),
        QByteArray(
            "bixhPXVzZXJAZXhhbXBsZS5jb20sAWhvc3Q9c2VydmVyLmV4YW1wbGUuY29tAXBvcnQ9MTQzAWF1dGg9QmVhcmVyIHZGOWRm"
            "dDRxbVRjMk52YjNSbGNrQmhiSFJoZG1semRHRXVZMjl0Q2c9PQEB"));
}

void TestSasl::oauthBearerWithoutHostAndPort()
{
    // The authzid, when given, is the identity named; ',' and '=' are escaped.
    OAuthBearerMechanism bearer(
        credentials(QStringLiteral("user"), QStringLiteral("tok"), QStringLiteral("a,b=c@example.com")),
        QString(), 0);
    QCOMPARE(*bearer.initialResponse(),
        QByteArray("n,a=a=2Cb=3Dc@example.com,\x01"
                   "auth=Bearer tok\x01\x01"));
}

void TestSasl::oauthBearerErrorChallenge()
{
    OAuthBearerMechanism bearer(credentials(QStringLiteral("user@example.com"), QStringLiteral("expired")),
        QStringLiteral("server.example.com"), 587);
    bearer.initialResponse();

    // RFC 7628 §3.2.3: the client answers the error challenge with a single ^A.
    SaslMechanism::Step step = bearer.respond(kOAuthErrorJson);
    QVERIFY(step.ok);
    QCOMPARE(step.response, QByteArray("\x01"));
    QCOMPARE(base64(step.response), QByteArray("AQ=="));
    QVERIFY(bearer.serverError().startsWith(R"({"status":"invalid_token")"));
    QCOMPARE(bearer.serverError(), kOAuthErrorJson);

    step = bearer.respond(kOAuthErrorJson);
    QVERIFY(!step.ok);
}

void TestSasl::oauthRejectsUnsendableToken_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("token");

    QTest::newRow("empty token") << "user" << QString();
    QTest::newRow("space in token") << "user"
                                    << "ya29 abc";
    QTest::newRow("separator in token") << "user"
                                        << QStringLiteral("ya29\x01"
                                                          "abc");
    QTest::newRow("non-ASCII token") << "user" << QStringLiteral(u"ya29\u00e9");
    QTest::newRow("separator in user name") << QStringLiteral("us\x01"
                                                              "er")
                                            << "ya29.abc";
}

void TestSasl::oauthRejectsUnsendableToken()
{
    QFETCH(QString, username);
    QFETCH(QString, token);

    XOAuth2Mechanism xoauth2(credentials(username, token));
    OAuthBearerMechanism bearer(credentials(username, token), QStringLiteral("smtp.example.com"), 465);
    for (SaslMechanism *mechanism :
        { static_cast<SaslMechanism *>(&xoauth2), static_cast<SaslMechanism *>(&bearer) }) {
        QVERIFY(!mechanism->initialResponse().has_value());
        const SaslMechanism::Step step = mechanism->respond(QByteArray());
        QVERIFY(!step.ok);
        QVERIFY(!step.error.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestSasl)
#include "tst_sasl.moc"
