// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Byte-exact protocol cases against a scripted server that fails on any
// byte the client sends that the script did not expect. Real servers are
// exercised in tests/integration; this is for exact command groups and
// fault injection that real servers cannot be made to produce.

#include "diagnostics/DiagnosticsCatalog.h"
#include "Peers.h"
#include "ScriptedServer.h"
#include "smtp/SubmissionSession.h"

#include "smtp/HostNameCheck.h"

#include "DiscoveryDoubles.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QJsonDocument>

using namespace stamp;
using stamp::test::ScriptedServer;
using stamp::test::SessionRun;

namespace {

const QString kEhlo = QStringLiteral("C: EHLO [127.0.0.1]");

ServerSettings plainServer(const ScriptedServer &server)
{
    ServerSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = server.port();
    s.security = SecurityMode::None;
    s.timeouts = Timeouts::cappedAt(5000);
    return s;
}

AuthSettings plainAuth(const QString &user = QStringLiteral("alice"), const QString &password = QStringLiteral("s3cret!pw"))
{
    AuthSettings a;
    a.method = sasl::AuthMethod::Plain;
    a.credentials.username = user;
    a.credentials.secret = password;
    return a;
}

// A message whose body lives in a QBuffer owned by the caller's fixture.
struct Body
{
    QByteArray bytes;
    QBuffer buffer;
    explicit Body(const QByteArray &content)
        : bytes(content)
        , buffer(&bytes)
    {
        buffer.open(QIODevice::ReadOnly);
    }
};

OutgoingMessage message(Body &body, const QStringList &recipients, const QString &from = QStringLiteral("alice@example.com"))
{
    OutgoingMessage m;
    m.from = from;
    m.recipients = recipients;
    m.body = &body.buffer;
    return m;
}

QString describe(const SessionRun &run, const ScriptedServer &server)
{
    return QStringLiteral("server errors: %1\nscript at: %2\ntranscript:\n%3")
        .arg(server.errors().join(QStringLiteral("; ")), server.position(), run.transcriptText());
}

#define VERIFY_SCRIPT(run, server)                                                                         \
    do {                                                                                                   \
        QVERIFY2((run).finished, qPrintable(describe(run, server)));                                       \
        QVERIFY2((server).errors().isEmpty(), qPrintable(describe(run, server)));                          \
        QVERIFY2((server).isComplete(), qPrintable(describe(run, server)));                                \
    } while (0)

// The server side of SCRAM (RFC 5802 §3, §5), so that a scripted server can
// answer a client whose nonce is random: "S= server-first" after the AUTH
// line, "S= server-final" (or "S= forged-server-final", signed with another
// password, as an impostor would) after the client-final message.
class ScramServerSide
{
public:
    ScramServerSide(QCryptographicHash::Algorithm algorithm, const QByteArray &password)
        : m_algorithm(algorithm)
        , m_password(password)
    { }

    void serve(ScriptedServer &server)
    {
        server.setReplyMaker(QStringLiteral("server-first"), [this](const QString &line) { return first(line); });
        server.setReplyMaker(QStringLiteral("server-final"),
                             [this](const QString &line) { return final(line, m_password); });
        server.setReplyMaker(QStringLiteral("forged-server-final"),
                             [this](const QString &line) { return final(line, "not-the-password"); });
    }

private:
    QString first(const QString &authLine)
    {
        // "AUTH SCRAM-SHA-256 <base64 of n,,n=user,r=nonce>"
        const QByteArray clientFirst = QByteArray::fromBase64(authLine.section(QLatin1Char(' '), 2).toLatin1());
        m_clientFirstBare = clientFirst.mid(clientFirst.indexOf("n="));
        const QByteArray nonce = m_clientFirstBare.mid(m_clientFirstBare.indexOf(",r=") + 3) + "ScriptedServerNonce";
        m_serverFirst = "r=" + nonce + ",s=" + QByteArray("scripted salt").toBase64() + ",i=4096";
        return QStringLiteral("334 ") + QString::fromLatin1(m_serverFirst.toBase64());
    }

    QString final(const QString &clientFinalLine, const QByteArray &password) const
    {
        const QByteArray clientFinal = QByteArray::fromBase64(clientFinalLine.toLatin1());
        const QByteArray authMessage =
            m_clientFirstBare + ',' + m_serverFirst + ',' + clientFinal.left(clientFinal.indexOf(",p="));
        const QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(
            m_algorithm, password, "scripted salt", 4096, quint64(QCryptographicHash::hashLength(m_algorithm)));
        const QByteArray serverKey = QMessageAuthenticationCode::hash("Server Key", salted, m_algorithm);
        const QByteArray signature = QMessageAuthenticationCode::hash(authMessage, serverKey, m_algorithm);
        return QStringLiteral("334 ") + QString::fromLatin1(QByteArray("v=" + signature.toBase64()).toBase64());
    }

    QCryptographicHash::Algorithm m_algorithm;
    QByteArray m_password;
    QByteArray m_clientFirstBare;
    QByteArray m_serverFirst;
};

}  // namespace

class TestSessionProtocol : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void capabilitiesForgottenAfterStartTls();
    void startTlsThenSend();
    void implicitTls();
    void pipelinedGroup();
    void bdatWholeTransactionInOneGroup();
    void authPlainPipelinedWithTransaction();
    void authPlainPipelinedRefused();
    void refusedLoginButMessageTaken();
    void refusedLoginThenClosedIsNotUncertain();
    void refusedLoginStopsTheNextMessages();
    void bdatRefusedRecipientInGroup();
    void bdatEveryRecipientRefusedInGroup();
    void bdatLargeWaitsForEnvelope();
    void bdatLargeEnvelopeRefusedUploadsNothing();
    void bdatSecondMessageTemporaryFailure();
    void noPipeliningOneAtATime();
    void heloFallback();
    void startTlsNotOffered();
    void startTlsRefused_data();
    void startTlsRefused();
    void startTlsInjection_data();
    void startTlsInjection();
    void controlCharactersShownEscaped();
    void secretsQuotedBackAreRedacted();
    void hostNameByRfc6125_data();
    void hostNameByRfc6125();
    void wildcardNames_data();
    void wildcardNames();
    void authRefused();
    void authLoginExchangeRedacted();
    void authExchangeGroups_data();
    void authExchangeGroups();
    void plaintextAuthRefusedForRemoteHost();
    void authMechanismNotOffered();
    void partialRecipientRefusal();
    void allRecipientsRefusedPipelined();
    void allRecipientsRefusedWithoutPipelining();
    void sizeRefusedBeforeUpload();
    void sizeAndBodyParameters();
    void smtpUtf8Required();
    void smtpUtf8Offered();
    void replyTimeout();
    void greetingRefused();
    void malformedReply();
    void disconnectDuringData();
    void disconnectAfterFinalDotIsUncertain();
    void finalReplyRefused();
    void dotStuffedOnTheWire();
    void severalMessagesResetAfterFailure();
    void cancelDuringUpload();
    void progressReported();

private:
    ServerSettings tlsServer(ScriptedServer &server, SecurityMode mode) const;

    QTemporaryDir m_certDir;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

void TestSessionProtocol::initTestCase()
{
    // A throwaway certificate for the TLS steps of the scripted server.
    QVERIFY(m_certDir.isValid());
    const QString cert = m_certDir.filePath(QStringLiteral("cert.pem"));
    const QString key = m_certDir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=scripted.test")});
    QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0, openssl.readAll().constData());
    QFile certFile(cert);
    QFile keyFile(key);
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    m_certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
    m_key = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    QVERIFY(!m_certificate.isNull() && !m_key.isNull());
}

ServerSettings TestSessionProtocol::tlsServer(ScriptedServer &server, SecurityMode mode) const
{
    server.setCertificate(m_certificate, m_key);
    ServerSettings s = plainServer(server);
    s.security = mode;
    // Self-signed and for another name: trusted only because it is pinned.
    s.pinnedSha256 = QString::fromLatin1(m_certificate.digest(QCryptographicHash::Sha256).toHex());
    return s;
}

void TestSessionProtocol::capabilitiesForgottenAfterStartTls()
{
    // RFC 3207 §4.2 / "NO STARTTLS" 4: what the server offered in plaintext
    // (AUTH PLAIN here) counts for nothing once TLS is up.
    Body body("x\r\n");
    ScriptedServer server({QStringLiteral("S: 220 fake"), kEhlo, QStringLiteral("S: 250-fake"),
                           QStringLiteral("S: 250-AUTH PLAIN"), QStringLiteral("S: 250 STARTTLS"),
                           QStringLiteral("C: STARTTLS"), QStringLiteral("S: 220 2.0.0 Ready to start TLS"),
                           QStringLiteral("TLS"), kEhlo, QStringLiteral("S: 250-fake"), QStringLiteral("S: 250 AUTH LOGIN"),
                           QStringLiteral("C: QUIT"), QStringLiteral("S: 221 Bye")});
    const SessionRun run = test::runSession(tlsServer(server, SecurityMode::StartTls), plainAuth(),
                                            {message(body, {"a@x.test"})});
    VERIFY_SCRIPT(run, server);
    QVERIFY(run.report.tls.encrypted);
    QVERIFY(run.report.tls.acceptedByPin);
    QCOMPARE(run.report.failure->fault, NetworkFault::AuthNotOffered);
    QCOMPARE(run.report.capabilities.authMechanisms(), QSet<QByteArray>{"LOGIN"});
    QVERIFY(!run.report.capabilities.startTls());
}

void TestSessionProtocol::startTlsThenSend()
{
    Body body("Subject: over TLS\r\n\r\nhello\r\n");
    const QByteArray payload = QByteArray("\0alice\0s3cret!pw", 16).toBase64();
    ScriptedServer server({QStringLiteral("S: 220 fake"), kEhlo, QStringLiteral("S: 250-fake"),
                           QStringLiteral("S: 250 STARTTLS"), QStringLiteral("C: STARTTLS"), QStringLiteral("S: 220 Go ahead"),
                           QStringLiteral("TLS"), kEhlo, QStringLiteral("S: 250-fake"), QStringLiteral("S: 250-PIPELINING"),
                           QStringLiteral("S: 250 AUTH PLAIN"), QStringLiteral("C: AUTH PLAIN ") + QString::fromLatin1(payload),
                           QStringLiteral("S: 235 2.7.0 Authentication successful"),
                           QStringLiteral("C: MAIL FROM:<alice@example.com>"), QStringLiteral("C: RCPT TO:<a@x.test>"),
                           QStringLiteral("C: DATA"), QStringLiteral("S: 250 Ok"), QStringLiteral("S: 250 Ok"),
                           QStringLiteral("S: 354 go"), QStringLiteral("DATA"), QStringLiteral("S: 250 Ok: queued"),
                           QStringLiteral("C: QUIT"), QStringLiteral("S: 221 Bye")});
    const SessionRun run = test::runSession(tlsServer(server, SecurityMode::StartTls), plainAuth(),
                                            {message(body, {"a@x.test"})});
    VERIFY_SCRIPT(run, server);
    QCOMPARE(run.report.messages.first().status, SendResult::Status::Sent);
    QVERIFY(run.report.tls.protocol.startsWith(QStringLiteral("TLS 1.")));
    QVERIFY(!run.report.tls.cipher.isEmpty());
    QCOMPARE(run.report.tls.peer.subject, QStringLiteral("CN=scripted.test"));
    QVERIFY(!run.transcriptText().contains(QString::fromLatin1(payload)));
}

void TestSessionProtocol::implicitTls()
{
    Body body("x\r\n");
    ScriptedServer server({QStringLiteral("TLS"), QStringLiteral("S: 220 fake ESMTP"), kEhlo,
                           QStringLiteral("S: 250 fake"), QStringLiteral("C: MAIL FROM:<alice@example.com>"),
                           QStringLiteral("S: 250 Ok"), QStringLiteral("C: RCPT TO:<a@x.test>"), QStringLiteral("S: 250 Ok"),
                           QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"), QStringLiteral("DATA"),
                           QStringLiteral("S: 250 Ok"), QStringLiteral("C: QUIT"), QStringLiteral("S: 221 Bye")});
    const SessionRun run = test::runSession(tlsServer(server, SecurityMode::ImplicitTls), {},
                                            {message(body, {"a@x.test"})});
    VERIFY_SCRIPT(run, server);
    QCOMPARE(run.report.messages.first().status, SendResult::Status::Sent);
    QVERIFY(run.report.tls.encrypted);
}

void TestSessionProtocol::pipelinedGroup()
{
    Body body("Subject: hi\r\n\r\nHello\r\n");
    ScriptedServer server({QStringLiteral("S: 220 fake ESMTP"), kEhlo, QStringLiteral("S: 250-fake"),
                           QStringLiteral("S: 250-PIPELINING"), QStringLiteral("S: 250 8BITMIME"),
                           // RFC 2920: the whole envelope and DATA arrive before any reply is sent;
                           // a client that waited would deadlock here and fail by timeout.
                           QStringLiteral("C: MAIL FROM:<alice@example.com>"), QStringLiteral("C: RCPT TO:<a@x.test>"),
                           QStringLiteral("C: RCPT TO:<b@x.test>"), QStringLiteral("C: RCPT TO:<c@x.test>"),
                           QStringLiteral("C: DATA"), QStringLiteral("S: 250 2.1.0 Ok"),
                           QStringLiteral("S: 250 2.1.5 Ok"), QStringLiteral("S: 250 2.1.5 Ok"),
                           QStringLiteral("S: 250 2.1.5 Ok"), QStringLiteral("S: 354 End data with <CR><LF>.<CR><LF>"),
                           QStringLiteral("DATA"), QStringLiteral("S: 250 2.0.0 Ok: queued as ABC"),
                           QStringLiteral("C: QUIT"), QStringLiteral("S: 221 2.0.0 Bye"), QStringLiteral("CLOSE")});
    const SessionRun run = test::runSession(
        plainServer(server), {}, {message(body, {"a@x.test", "b@x.test", "c@x.test"})});
    VERIFY_SCRIPT(run, server);
    QCOMPARE(run.report.messages.size(), 1);
    const SendResult &result = run.report.messages.first();
    QCOMPARE(result.status, SendResult::Status::Sent);
    QCOMPARE(result.accepted().size(), 3);
    QCOMPARE(result.finalReply->text(), QStringLiteral("Ok: queued as ABC"));
    QCOMPARE(server.data().value(0), QByteArray("Subject: hi\r\n\r\nHello\r\n.\r\n"));
    QVERIFY(!run.report.failure);
}

namespace {
const QStringList kChunkingEhlo = {QStringLiteral("S: 220 fake ESMTP"), kEhlo, QStringLiteral("S: 250-fake"),
                                   QStringLiteral("S: 250-PIPELINING"), QStringLiteral("S: 250-SIZE 100000000"),
                                   QStringLiteral("S: 250 CHUNKING")};
}

void TestSessionProtocol::bdatWholeTransactionInOneGroup()
{
    // The floor (RFC 2920 + RFC 3030): envelope, content and QUIT in one
    // group, before the server has answered anything. A client that waited
    // for any reply would deadlock here and fail by timeout.
    Body body("Subject: hi\r\n\r\nHello\r\n");
    ScriptedServer server(kChunkingEhlo
                          + QStringList{QStringLiteral("C: MAIL FROM:<alice@example.com> SIZE=22"),
                                        QStringLiteral("C: RCPT TO:<a@x.test>"), QStringLiteral("C: RCPT TO:<b@x.test>"),
                                        QStringLiteral("C: RCPT TO:<c@x.test>"), QStringLiteral("C: BDAT 22 LAST"),
                                        QStringLiteral("BYTES 22"), QStringLiteral("C: QUIT"),
                                        QStringLiteral("S: 250 2.1.0 Ok"), QStringLiteral("S: 250 2.1.5 Ok"),
                                        QStringLiteral("S: 250 2.1.5 Ok"), QStringLiteral("S: 250 2.1.5 Ok"),
                                        QStringLiteral("S: 250 2.0.0 Ok: queued as B1"), QStringLiteral("S: 221 Bye")});
    const SessionRun run =
        test::runSession(plainServer(server), {}, {message(body, {"a@x.test", "b@x.test", "c@x.test"})});
    VERIFY_SCRIPT(run, server);
    const SendResult &result = run.report.messages.first();
    QCOMPARE(result.status, SendResult::Status::Sent);
    QCOMPARE(result.finalReply->text(), QStringLiteral("Ok: queued as B1"));
    QCOMPARE(server.data().value(0), QByteArray("Subject: hi\r\n\r\nHello\r\n"));
    QCOMPARE(run.progress.last(), qint64(22));
}

void TestSessionProtocol::authPlainPipelinedWithTransaction()
{
    // RFC 4954 §4: AUTH PLAIN with its initial response may lead a group;
    // login and the whole transaction cost one round trip together.
    Body body("x\r\n");
    const QByteArray payload = QByteArray("\0alice\0s3cret!pw", 16).toBase64();
    ScriptedServer server({QStringLiteral("S: 220 fake"), kEhlo, QStringLiteral("S: 250-fake"),
                           QStringLiteral("S: 250-PIPELINING"), QStringLiteral("S: 250-CHUNKING"),
                           QStringLiteral("S: 250 AUTH PLAIN SCRAM-SHA-256"),
                           QStringLiteral("C: AUTH PLAIN ") + QString::fromLatin1(payload),
                           QStringLiteral("C: MAIL FROM:<alice@example.com>"), QStringLiteral("C: RCPT TO:<a@x.test>"),
                           QStringLiteral("C: BDAT 3 LAST"), QStringLiteral("BYTES 3"), QStringLiteral("C: QUIT"),
                           QStringLiteral("S: 235 2.7.0 Authentication successful"), QStringLiteral("S: 250 Ok"),
                           QStringLiteral("S: 250 Ok"), QStringLiteral("S: 250 Ok: queued"), QStringLiteral("S: 221 Bye")});
    const SessionRun run = test::runSession(plainServer(server), plainAuth(), {message(body, {"a@x.test"})});
    VERIFY_SCRIPT(run, server);
    QVERIFY(run.report.authenticated);
    QCOMPARE(run.report.messages.first().status, SendResult::Status::Sent);
}

void TestSessionProtocol::authPlainPipelinedRefused()
{
    Body body("x\r\n");
    const QByteArray payload = QByteArray("\0alice\0s3cret!pw", 16).toBase64();
    ScriptedServer server({QStringLiteral("S: 220 fake"), kEhlo, QStringLiteral("S: 250-fake"),
                           QStringLiteral("S: 250-PIPELINING"), QStringLiteral("S: 250-CHUNKING"),
                           QStringLiteral("S: 250 AUTH PLAIN"), QStringLiteral("C: AUTH PLAIN ") + QString::fromLatin1(payload),
                           QStringLiteral("C: MAIL FROM:<alice@example.com>"), QStringLiteral("C: RCPT TO:<a@x.test>"),
                           QStringLiteral("C: BDAT 3 LAST"), QStringLiteral("BYTES 3"), QStringLiteral("C: QUIT"),
                           QStringLiteral("S: 535 5.7.8 Error: authentication failed: authentication failure"),
                           QStringLiteral("S: 530 5.7.0 Authentication required"),
                           QStringLiteral("S: 503 5.5.1 Error: need MAIL command"),
                           QStringLiteral("S: 503 5.5.1 Error: need RCPT command"), QStringLiteral("S: 221 Bye")});
    const SessionRun run = test::runSession(plainServer(server), plainAuth(), {message(body, {"a@x.test"})});
    VERIFY_SCRIPT(run, server);
    const SendResult &result = run.report.messages.first();
    QCOMPARE(result.status, SendResult::Status::Failed);
    QCOMPARE(result.failure->phase, Phase::Auth);
    QCOMPARE(result.failure->reply->code, 535);
    QVERIFY(!result.uncertain);
    QVERIFY(!run.report.authenticated);
}

namespace {
// AUTH PLAIN leading the group with one message (BDAT), as a server that
// offers PIPELINING and CHUNKING receives it.
QStringList pipelinedLoginGroup(bool withQuit)
{
    const QByteArray payload = QByteArray("\0alice\0s3cret!pw", 16).toBase64();
    QStringList steps = {QStringLiteral("S: 220 fake"), QStringLiteral("C: EHLO [127.0.0.1]"),
                         QStringLiteral("S: 250-fake"), QStringLiteral("S: 250-PIPELINING"),
                         QStringLiteral("S: 250-CHUNKING"), QStringLiteral("S: 250 AUTH PLAIN"),
                         QStringLiteral("C: AUTH PLAIN ") + QString::fromLatin1(payload),
                         QStringLiteral("C: MAIL FROM:<alice@example.com>"), QStringLiteral("C: RCPT TO:<a@x.test>"),
                         QStringLiteral("C: BDAT 3 LAST"), QStringLiteral("BYTES 3")};
    if (withQuit)
        steps << QStringLiteral("C: QUIT");
    steps << QStringLiteral("S: 535 5.7.8 Error: authentication failed: authentication failure");
    return steps;
}
}  // namespace

void TestSessionProtocol::refusedLoginButMessageTaken()
{
    // A server that trusts the client's network (Postfix's
    // permit_mynetworks) refuses the password and still takes the message
    // pipelined behind it. It has the message: reporting it as not sent
    // would make the next try, with the right password, deliver it twice.
    Body body("x\r\n");
    ScriptedServer server(pipelinedLoginGroup(true)
                          + QStringList{QStringLiteral("S: 250 2.1.0 Ok"), QStringLiteral("S: 250 2.1.5 Ok"),
                                        QStringLiteral("S: 250 2.0.0 Ok: queued as 4XyZ"), QStringLiteral("S: 221 Bye")});
    const SessionRun run = test::runSession(plainServer(server), plainAuth(), {message(body, {"a@x.test"})});
    VERIFY_SCRIPT(run, server);
    const SendResult &result = run.report.messages.first();
    QCOMPARE(result.status, SendResult::Status::Sent);
    QVERIFY(!result.uncertain);
    QCOMPARE(result.finalReply->code, 250);
    QVERIFY(!run.report.authenticated);
    QVERIFY(run.transcriptText().contains(QStringLiteral("decide what happened to it")));
}

void TestSessionProtocol::refusedLoginThenClosedIsNotUncertain()
{
    // The server refuses the login and hangs up without a word about the
    // message: it never took it, and the person is asked for the password,
    // not told the message may have arrived.
    Body body("x\r\n");
    ScriptedServer server(pipelinedLoginGroup(true) + QStringList{QStringLiteral("CLOSE")});
    const SessionRun run = test::runSession(plainServer(server), plainAuth(), {message(body, {"a@x.test"})});
    VERIFY_SCRIPT(run, server);
    const SendResult &result = run.report.messages.first();
    QCOMPARE(result.status, SendResult::Status::Failed);
    QVERIFY(!result.uncertain);
    QCOMPARE(result.failure->phase, Phase::Auth);
    QCOMPARE(result.failure->reply->code, 535);
}

void TestSessionProtocol::refusedLoginStopsTheNextMessages()
{
    // The first message, pipelined behind the refused login, is taken; the
    // second is never sent on that connection and fails with the login's
    // refusal, so the person fixes the password and only it goes again.
    Body first("x\r\n");
    Body second("y\r\n");
    ScriptedServer server(pipelinedLoginGroup(false)
                          + QStringList{QStringLiteral("S: 250 2.1.0 Ok"), QStringLiteral("S: 250 2.1.5 Ok"),
                                        QStringLiteral("S: 250 2.0.0 Ok: queued as 4XyZ"), QStringLiteral("C: QUIT"),
                                        QStringLiteral("S: 221 Bye")});
    const SessionRun run = test::runSession(plainServer(server), plainAuth(),
                                            {message(first, {"a@x.test"}), message(second, {"a@x.test"})});
    VERIFY_SCRIPT(run, server);
    QCOMPARE(run.report.messages.size(), 2);
    QCOMPARE(run.report.messages.at(0).status, SendResult::Status::Sent);
    const SendResult &next = run.report.messages.at(1);
    QCOMPARE(next.status, SendResult::Status::Failed);
    QVERIFY(!next.attempted);
    QCOMPARE(next.failure->phase, Phase::Auth);
    QCOMPARE(next.failure->reply->code, 535);
    QCOMPARE(run.report.failure->phase, Phase::Auth);
}

void TestSessionProtocol::bdatRefusedRecipientInGroup()
{
    Body body("x\r\n");
    ScriptedServer server(kChunkingEhlo
                          + QStringList{QStringLiteral("C: MAIL FROM:<alice@example.com> SIZE=3"),
                                        QStringLiteral("C: RCPT TO:<a@x.test>"), QStringLiteral("C: RCPT TO:<no@x.test>"),
                                        QStringLiteral("C: BDAT 3 LAST"), QStringLiteral("BYTES 3"), QStringLiteral("C: QUIT"),
                                        QStringLiteral("S: 250 Ok"), QStringLiteral("S: 250 Ok"),
                                        QStringLiteral("S: 550 5.1.1 <no@x.test>: User unknown"),
                                        QStringLiteral("S: 250 Ok: queued"), QStringLiteral("S: 221 Bye")});
    const SessionRun run = test::runSession(plainServer(server), {}, {message(body, {"a@x.test", "no@x.test"})});
    VERIFY_SCRIPT(run, server);
    const SendResult &result = run.report.messages.first();
    QCOMPARE(result.status, SendResult::Status::Partial);
    QCOMPARE(result.refused(), QStringList{"no@x.test"});
}

void TestSessionProtocol::bdatEveryRecipientRefusedInGroup()
{
    Body body("x\r\n");
    ScriptedServer server(kChunkingEhlo
                          + QStringList{QStringLiteral("C: MAIL FROM:<alice@example.com> SIZE=3"),
                                        QStringLiteral("C: RCPT TO:<no@x.test>"), QStringLiteral("C: BDAT 3 LAST"),
                                        QStringLiteral("BYTES 3"), QStringLiteral("C: QUIT"), QStringLiteral("S: 250 Ok"),
                                        QStringLiteral("S: 550 5.1.1 <no@x.test>: User unknown"),
                                        QStringLiteral("S: 554 5.5.1 Error: no valid recipients"),
                                        QStringLiteral("S: 221 Bye")});
    const SessionRun run = test::runSession(plainServer(server), {}, {message(body, {"no@x.test"})});
    VERIFY_SCRIPT(run, server);
    const SendResult &result = run.report.messages.first();
    QCOMPARE(result.status, SendResult::Status::Failed);
    QCOMPARE(result.failure->phase, Phase::Rcpt);
    QCOMPARE(result.failure->reply->code, 550);
    QVERIFY(!result.uncertain);
}

void TestSessionProtocol::bdatLargeWaitsForEnvelope()
{
    // 3 MiB without line breaks: content plus the CRLF that ends it. The
    // envelope goes first; chunks of 1 MiB follow once a recipient is
    // accepted, all pipelined, the last one LAST.
    Body body(QByteArray(3 * 1024 * 1024, 'x'));
    ScriptedServer server(kChunkingEhlo
                          + QStringList{QStringLiteral("C: MAIL FROM:<alice@example.com> SIZE=3145730"),
                                        QStringLiteral("C: RCPT TO:<a@x.test>"), QStringLiteral("S: 250 Ok"),
                                        QStringLiteral("S: 250 Ok"), QStringLiteral("C: BDAT 1048576"),
                                        QStringLiteral("BYTES 1048576"), QStringLiteral("C: BDAT 1048576"),
                                        QStringLiteral("BYTES 1048576"), QStringLiteral("C: BDAT 1048578 LAST"),
                                        QStringLiteral("BYTES 1048578"), QStringLiteral("C: QUIT"),
                                        QStringLiteral("S: 250 2.0.0 1048576 octets received"),
                                        QStringLiteral("S: 250 2.0.0 1048576 octets received"),
                                        QStringLiteral("S: 250 2.0.0 Ok: queued"), QStringLiteral("S: 221 Bye")});
    const SessionRun run = test::runSession(plainServer(server), {}, {message(body, {"a@x.test"})});
    VERIFY_SCRIPT(run, server);
    QCOMPARE(run.report.messages.first().status, SendResult::Status::Sent);
    QCOMPARE(server.data().size(), 3);
    QCOMPARE(server.data().at(2).right(3), QByteArray("x\r\n"));
    // Progress arrives in small steps all the way (at least every 256 KiB).
    QVERIFY(run.progress.size() >= 12);
    for (int i = 1; i < run.progress.size(); ++i)
        QVERIFY(run.progress.at(i) - run.progress.at(i - 1) <= 256 * 1024);
    QCOMPARE(run.progress.last(), qint64(3145730));
}

void TestSessionProtocol::bdatLargeEnvelopeRefusedUploadsNothing()
{
    Body body(QByteArray(2 * 1024 * 1024, 'y'));
    ScriptedServer server(kChunkingEhlo
                          + QStringList{QStringLiteral("C: MAIL FROM:<alice@example.com> SIZE=2097154"),
                                        QStringLiteral("C: RCPT TO:<no@x.test>"), QStringLiteral("S: 250 Ok"),
                                        QStringLiteral("S: 550 5.1.1 User unknown"), QStringLiteral("C: QUIT"),
                                        QStringLiteral("S: 221 Bye")});
    const SessionRun run = test::runSession(plainServer(server), {}, {message(body, {"no@x.test"})});
    VERIFY_SCRIPT(run, server);
    QCOMPARE(run.report.messages.first().failure->phase, Phase::Rcpt);
    QVERIFY(!server.received().contains("BDAT"));
    QVERIFY(server.received().size() < 1000);
}

void TestSessionProtocol::bdatSecondMessageTemporaryFailure()
{
    // Two messages on one connection: the second is deferred with 451; the
    // first stays sent, and no RSET is needed after a success.
    Body first("one\r\n");
    Body second("two\r\n");
    ScriptedServer server(kChunkingEhlo
                          + QStringList{QStringLiteral("C: MAIL FROM:<alice@example.com> SIZE=5"),
                                        QStringLiteral("C: RCPT TO:<a@x.test>"), QStringLiteral("C: BDAT 5 LAST"),
                                        QStringLiteral("BYTES 5"), QStringLiteral("S: 250 Ok"), QStringLiteral("S: 250 Ok"),
                                        QStringLiteral("S: 250 Ok: queued as 1"),
                                        QStringLiteral("C: MAIL FROM:<alice@example.com> SIZE=5"),
                                        QStringLiteral("C: RCPT TO:<a@x.test>"), QStringLiteral("C: BDAT 5 LAST"),
                                        QStringLiteral("BYTES 5"), QStringLiteral("C: QUIT"), QStringLiteral("S: 250 Ok"),
                                        QStringLiteral("S: 250 Ok"),
                                        QStringLiteral("S: 451 4.3.0 Temporary lookup failure"),
                                        QStringLiteral("S: 221 Bye")});
    const SessionRun run = test::runSession(plainServer(server), {},
                                            {message(first, {"a@x.test"}), message(second, {"a@x.test"})});
    VERIFY_SCRIPT(run, server);
    QCOMPARE(run.report.messages.at(0).status, SendResult::Status::Sent);
    QCOMPARE(run.report.messages.at(1).status, SendResult::Status::Failed);
    QVERIFY(DiagnosticsCatalog::diagnose(*run.report.messages.at(1).failure).transient);
    QVERIFY(!run.report.messages.at(1).uncertain);
}

void TestSessionProtocol::noPipeliningOneAtATime()
{
    Body body("x\r\n");
    ScriptedServer server({QStringLiteral("S: 220 fake"), kEhlo, QStringLiteral("S: 250-fake"), QStringLiteral("S: 250 SIZE"),
                           QStringLiteral("C: MAIL FROM:<alice@example.com> SIZE=3"), QStringLiteral("S: 250 Ok"),
                           QStringLiteral("C: RCPT TO:<a@x.test>"), QStringLiteral("S: 250 Ok"),
                           QStringLiteral("C: RCPT TO:<b@x.test>"), QStringLiteral("S: 250 Ok"), QStringLiteral("C: DATA"),
                           QStringLiteral("S: 354 go"), QStringLiteral("DATA"), QStringLiteral("S: 250 Ok"),
                           QStringLiteral("C: QUIT"), QStringLiteral("S: 221 Bye")});
    server.setPipeliningAllowed(false);
    const SessionRun run = test::runSession(plainServer(server), {}, {message(body, {"a@x.test", "b@x.test"})});
    VERIFY_SCRIPT(run, server);
    QCOMPARE(run.report.messages.first().status, SendResult::Status::Sent);
}

void TestSessionProtocol::heloFallback()
{
    Body body("x\r\n");
    ScriptedServer server({QStringLiteral("S: 220 ancient"), kEhlo, QStringLiteral("S: 502 5.5.2 Error: command not recognized"),
                           QStringLiteral("C: HELO [127.0.0.1]"), QStringLiteral("S: 250 ancient"),
                           QStringLiteral("C: MAIL FROM:<alice@example.com>"), QStringLiteral("S: 250 Ok"),
                           QStringLiteral("C: RCPT TO:<a@x.test>"), QStringLiteral("S: 250 Ok"), QStringLiteral("C: DATA"),
                           QStringLiteral("S: 354 go"), QStringLiteral("DATA"), QStringLiteral("S: 250 Ok"),
                           QStringLiteral("C: QUIT"), QStringLiteral("S: 221 Bye")});
    server.setPipeliningAllowed(false);
    const SessionRun run = test::runSession(plainServer(server), {}, {message(body, {"a@x.test"})});
    VERIFY_SCRIPT(run, server);
    QCOMPARE(run.report.messages.first().status, SendResult::Status::Sent);
    QVERIFY(!run.report.capabilities.isEsmtp());
}

void TestSessionProtocol::startTlsNotOffered()
{
    // "NO STARTTLS" case 1: the attacker strips STARTTLS from the EHLO reply.
    Body body("secret content\r\n");
    ScriptedServer server({QStringLiteral("S: 220 mitm"), kEhlo, QStringLiteral("S: 250-mitm"),
                           QStringLiteral("S: 250 AUTH PLAIN"), QStringLiteral("HANG")});
    ServerSettings settings = plainServer(server);
    settings.security = SecurityMode::StartTls;
    const SessionRun run = test::runSession(settings, plainAuth(), {message(body, {"a@x.test"})});
    VERIFY_SCRIPT(run, server);  // HANG fails on any further byte: nothing more was sent
    QVERIFY(run.report.failure);
    QCOMPARE(run.report.failure->phase, Phase::StartTls);
    QCOMPARE(run.report.failure->fault, NetworkFault::StartTlsMissing);
    QCOMPARE(run.report.messages.first().status, SendResult::Status::Failed);
    QVERIFY(!server.received().contains("AUTH"));
    QVERIFY(!server.received().contains("MAIL"));
}

void TestSessionProtocol::startTlsRefused_data()
{
    QTest::addColumn<QString>("reply");
    QTest::newRow("454") << QStringLiteral("S: 454 4.7.0 TLS not available due to temporary reason");
    QTest::newRow("501") << QStringLiteral("S: 501 5.5.4 Syntax error");
    QTest::newRow("250 instead of 220") << QStringLiteral("S: 250 Ok");
}

void TestSessionProtocol::startTlsRefused()
{
    // "NO STARTTLS" case 2: any reply other than 220 ends the session.
    QFETCH(QString, reply);
    Body body("x\r\n");
    ScriptedServer server({QStringLiteral("S: 220 fake"), kEhlo, QStringLiteral("S: 250-fake"),
                           QStringLiteral("S: 250 STARTTLS"), QStringLiteral("C: STARTTLS"), reply, QStringLiteral("HANG")});
    ServerSettings settings = plainServer(server);
    settings.security = SecurityMode::StartTls;
    const SessionRun run = test::runSession(settings, plainAuth(), {message(body, {"a@x.test"})});
    VERIFY_SCRIPT(run, server);
    QCOMPARE(run.report.failure->fault, NetworkFault::StartTlsRefused);
    QCOMPARE(run.report.failure->phase, Phase::StartTls);
}

void TestSessionProtocol::startTlsInjection_data()
{
    QTest::addColumn<QStringList>("injected");
    QTest::addColumn<QString>("shown");
    // "NO STARTTLS" case 3: whatever follows the 220 in the clear, a whole
    // reply, a line that is no reply, or one empty line, must end the
    // session before TLS (RFC 3207 §4.2), and the transcript shows it.
    QTest::newRow("reply") << QStringList{QStringLiteral("S: 250-injected"), QStringLiteral("S: 250 AUTH PLAIN")}
                           << QStringLiteral("250-injected\\r\\n250 AUTH PLAIN\\r\\n");
    QTest::newRow("malformed line") << QStringList{QStringLiteral("S: garbage")} << QStringLiteral("garbage\\r\\n");
    QTest::newRow("empty line") << QStringList{QStringLiteral("S: ")} << QStringLiteral("\\r\\n");
    QTest::newRow("escape sequence") << QStringList{QStringLiteral("S: \x1b[2J250 ok")}
                                     << QStringLiteral("\\x1b[2J250 ok\\r\\n");
}

void TestSessionProtocol::startTlsInjection()
{
    QFETCH(QStringList, injected);
    QFETCH(QString, shown);
    Body body("x\r\n");
    ScriptedServer server(QStringList{QStringLiteral("S: 220 fake"), kEhlo, QStringLiteral("S: 250-fake"),
                                      QStringLiteral("S: 250 STARTTLS"), QStringLiteral("C: STARTTLS"),
                                      QStringLiteral("S: 220 Go ahead")}
                          + injected + QStringList{QStringLiteral("HANG")});
    ServerSettings settings = plainServer(server);
    settings.security = SecurityMode::StartTls;
    const SessionRun run = test::runSession(settings, plainAuth(), {message(body, {"a@x.test"})});
    VERIFY_SCRIPT(run, server);
    QVERIFY(run.report.failure);
    QCOMPARE(run.report.failure->fault, NetworkFault::StartTlsInjection);
    QCOMPARE(run.report.failure->phase, Phase::StartTls);
    QVERIFY(!run.report.tls.encrypted);
    QVERIFY(!DiagnosticsCatalog::diagnose(*run.report.failure).remedy.isEmpty());
    const QString transcript = run.transcriptText();
    QVERIFY2(transcript.contains(QStringLiteral("before TLS (discarded): \"") + shown + QLatin1Char('"')),
             qPrintable(transcript));
    QVERIFY(!transcript.contains(QChar(0x1b)));
    QVERIFY(!transcript.contains(QStringLiteral("C: AUTH")));
}

void TestSessionProtocol::controlCharactersShownEscaped()
{
    // A hostile server's ESC, BEL and C1 characters never reach a terminal
    // or a log as they are: the transcript and the failure show them escaped.
    Body body("x\r\n");
    ScriptedServer server({QStringLiteral("S: 220 fake"), kEhlo, QStringLiteral("S: 250-fake"),
                           QStringLiteral("S: 250 PIPELINING"), QStringLiteral("C: MAIL FROM:<alice@example.com>"),
                           QStringLiteral("C: RCPT TO:<a@x.test>"), QStringLiteral("C: DATA"), QStringLiteral("S: 250 Ok"),
                           QStringLiteral("S: 550 5.7.1 \x1b]0;owned\x07 refused \u009b31m"),
                           QStringLiteral("S: 554 5.5.1 Error: no valid recipients"), QStringLiteral("C: QUIT"),
                           QStringLiteral("S: 221 Bye")});
    const SessionRun run = test::runSession(plainServer(server), AuthSettings(), {message(body, {"a@x.test"})});
    VERIFY_SCRIPT(run, server);
    const QString transcript = run.transcriptText();
    QVERIFY2(transcript.contains(QStringLiteral("\\x1b]0;owned\\x07 refused \\x9b31m")), qPrintable(transcript));
    for (const QChar c : {QChar(0x1b), QChar(0x07), QChar(0x9b)})
        QVERIFY(!transcript.contains(c));
    const SendResult result = run.report.messages.value(0);
    QVERIFY(!result.recipients.isEmpty());
    QVERIFY(!result.recipients.first().reply.summary().contains(QChar(0x1b)));
    QVERIFY(result.recipients.first().reply.summary().contains(QStringLiteral("\\x1b")));
}

void TestSessionProtocol::authRefused()
{
    Body body("x\r\n");
    const QByteArray payload = QByteArray("\0alice\0s3cret!pw", 16).toBase64();
    ScriptedServer server({QStringLiteral("S: 220 fake"), kEhlo, QStringLiteral("S: 250-fake"),
                           QStringLiteral("S: 250 AUTH PLAIN LOGIN"),
                           QStringLiteral("C: AUTH PLAIN ") + QString::fromLatin1(payload),
                           QStringLiteral("S: 535-5.7.8 Username and Password not accepted. Learn more at"),
                           QStringLiteral("S: 535 5.7.8  https://support.google.com/mail/?p=BadCredentials x gsmtp"),
                           QStringLiteral("C: QUIT"), QStringLiteral("S: 221 Bye")});
    const SessionRun run = test::runSession(plainServer(server), plainAuth(), {message(body, {"a@x.test"})});
    VERIFY_SCRIPT(run, server);
    QCOMPARE(run.report.failure->phase, Phase::Auth);
    QCOMPARE(run.report.failure->reply->code, 535);
    QCOMPARE(DiagnosticsCatalog::diagnose(*run.report.failure).id, QStringLiteral("auth.google-bad-credentials"));
    QVERIFY(!server.received().contains("MAIL"));
    // The password and its encodings never reach the transcript.
    const QString transcript = run.transcriptText();
    QVERIFY(!transcript.contains(QStringLiteral("s3cret!pw")));
    QVERIFY(!transcript.contains(QString::fromLatin1(payload)));
    QVERIFY(transcript.contains(QStringLiteral("AUTH PLAIN [redacted]")));
}

void TestSessionProtocol::secretsQuotedBackAreRedacted()
{
    // A server that quotes the credentials in its refusal, raw and as the
    // base64 PLAIN payload it received: neither reaches the transcript nor
    // the failure (which the outbox stores and the command line prints).
    Body body("x\r\n");
    const QByteArray payload = QByteArray("\0alice\0s3cret!pw", 16).toBase64();
    ScriptedServer server({QStringLiteral("S: 220 fake"), kEhlo, QStringLiteral("S: 250-fake"),
                           QStringLiteral("S: 250 AUTH PLAIN"), QStringLiteral("C: AUTH PLAIN ") + QString::fromLatin1(payload),
                           QStringLiteral("S: 535-5.7.8 Bad credentials ") + QString::fromLatin1(payload),
                           QStringLiteral("S: 535 5.7.8 password s3cret!pw is wrong; base64 czNjcmV0IXB3"),
                           QStringLiteral("C: QUIT"), QStringLiteral("S: 221 Bye")});
    const SessionRun run = test::runSession(plainServer(server), plainAuth(), {message(body, {"a@x.test"})});
    VERIFY_SCRIPT(run, server);
    QVERIFY(run.report.failure && run.report.failure->reply);
    const QString summary = run.report.failure->reply->summary();
    const QString everything = run.transcriptText() + summary + run.report.failure->message
                               + QString::fromUtf8(QJsonDocument(run.report.failure->toJson()).toJson());
    for (const QString &secret : {QStringLiteral("s3cret!pw"), QString::fromLatin1(payload), QStringLiteral("czNjcmV0IXB3")})
        QVERIFY2(!everything.contains(secret), qPrintable(secret));
    QVERIFY2(summary.contains(QStringLiteral("password [redacted] is wrong")), qPrintable(summary));
    QCOMPARE(run.report.failure->reply->code, 535);
}

void TestSessionProtocol::hostNameByRfc6125_data()
{
    QTest::addColumn<QString>("subjectAltName");
    QTest::addColumn<QString>("commonName");
    QTest::addColumn<bool>("accepted");
    // RFC 6125 §6.4.4: with DNS names in subjectAltName, the CN does not
    // count, even where it equals the host (Qt 6.4 alone accepts that).
    QTest::newRow("names another host, CN is the host") << QStringLiteral("DNS:other.example") << QStringLiteral("localhost") << false;
    QTest::newRow("names the host") << QStringLiteral("DNS:other.example,DNS:localhost") << QStringLiteral("elsewhere.example") << true;
}

void TestSessionProtocol::hostNameByRfc6125()
{
    QFETCH(QString, subjectAltName);
    QFETCH(QString, commonName);
    QFETCH(bool, accepted);
    test::TestCertificates certs;
    QVERIFY2(certs.create(subjectAltName, commonName).isEmpty(), "openssl");
    ScriptedServer server(accepted ? QStringList{QStringLiteral("TLS"), QStringLiteral("S: 220 fake ESMTP"), kEhlo,
                                                 QStringLiteral("S: 250 fake"), QStringLiteral("C: QUIT"),
                                                 QStringLiteral("S: 221 Bye")}
                                   : QStringList{QStringLiteral("TLS"), QStringLiteral("HANG")});
    server.setCertificate(certs.serverCertificate(), certs.serverKey());
    ServerSettings settings = plainServer(server);
    settings.host = QStringLiteral("localhost");
    settings.security = SecurityMode::ImplicitTls;
    settings.caFile = certs.caFile();
    const SessionRun run = test::runSession(settings, {}, {});
    if (accepted) {
        VERIFY_SCRIPT(run, server);
        QVERIFY2(!run.report.failure, qPrintable(run.transcriptText()));
        QVERIFY(run.report.tls.encrypted);
        return;
    }
    QVERIFY(run.report.failure);
    QCOMPARE(run.report.failure->fault, NetworkFault::CertificateRejected);
    QVERIFY(run.report.failure->tlsErrors.contains(QSslError::HostNameMismatch));
    QVERIFY(run.report.failure->offersPin());
    QVERIFY2(run.transcriptText().contains(QStringLiteral("RFC 6125")), qPrintable(run.transcriptText()));
    QVERIFY(!run.transcriptText().contains(QStringLiteral("C: EHLO")));
}

void TestSessionProtocol::wildcardNames_data()
{
    QTest::addColumn<QString>("presented");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << "smtp.example.com" << "SMTP.Example.com." << true;
    QTest::newRow("wildcard one label") << "*.example.com" << "smtp.example.com" << true;
    QTest::newRow("wildcard not the base") << "*.example.com" << "example.com" << false;
    QTest::newRow("wildcard not two labels") << "*.example.com" << "a.smtp.example.com" << false;
    QTest::newRow("no wildcard over a public suffix") << "*.com" << "example.com" << false;
    QTest::newRow("no partial wildcard") << "sm*.example.com" << "smtp.example.com" << false;
    QTest::newRow("international") << "xn--bcher-kva.example" << "bücher.example" << true;
}

void TestSessionProtocol::wildcardNames()
{
    QFETCH(QString, presented);
    QFETCH(QString, host);
    QFETCH(bool, matches);
    QCOMPARE(HostNameCheck::nameMatches(presented, host), matches);
}

void TestSessionProtocol::authLoginExchangeRedacted()
{
    Body body("x\r\n");
    AuthSettings auth = plainAuth();
    auth.method = sasl::AuthMethod::Login;
    ScriptedServer server({QStringLiteral("S: 220 fake"), kEhlo, QStringLiteral("S: 250-fake"),
                           QStringLiteral("S: 250 AUTH LOGIN"), QStringLiteral("C: AUTH LOGIN YWxpY2U="),
                           QStringLiteral("S: 334 UGFzc3dvcmQ6"),
                           QStringLiteral("C: ") + QString::fromLatin1(QByteArray("s3cret!pw").toBase64()),
                           QStringLiteral("S: 235 2.7.0 Authentication successful"),
                           QStringLiteral("C: MAIL FROM:<alice@example.com>"), QStringLiteral("S: 250 Ok"),
                           QStringLiteral("C: RCPT TO:<a@x.test>"), QStringLiteral("S: 250 Ok"), QStringLiteral("C: DATA"),
                           QStringLiteral("S: 354 go"), QStringLiteral("DATA"), QStringLiteral("S: 250 Ok"),
                           QStringLiteral("C: QUIT"), QStringLiteral("S: 221 Bye")});
    const SessionRun run = test::runSession(plainServer(server), auth, {message(body, {"a@x.test"})});
    VERIFY_SCRIPT(run, server);
    QVERIFY(run.report.authenticated);
    QCOMPARE(run.report.authMechanism, QStringLiteral("LOGIN"));
    const QString transcript = run.transcriptText();
    QVERIFY(!transcript.contains(QStringLiteral("s3cret")));
    QVERIFY(!transcript.contains(QString::fromLatin1(QByteArray("s3cret!pw").toBase64())));
    QVERIFY(!transcript.contains(QStringLiteral("YWxpY2U=")));
    QVERIFY(transcript.contains(QStringLiteral("334 [challenge redacted]")));
}

void TestSessionProtocol::authExchangeGroups_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("pipelining");
    QTest::addColumn<QStringList>("exchange");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("replyCode");

    // With PIPELINING and CHUNKING the floor is one group: the mechanism's
    // last client message, the envelope, the content and QUIT. A client
    // that waited for the 235 first would deadlock here (the server answers
    // nothing before QUIT) and fail by timeout.
    const QStringList group = {QStringLiteral("C: MAIL FROM:<alice@example.com>"), QStringLiteral("C: RCPT TO:<a@x.test>"),
                               QStringLiteral("C: BDAT 3 LAST"), QStringLiteral("BYTES 3"), QStringLiteral("C: QUIT")};
    const QStringList accepted = {QStringLiteral("S: 250 2.1.0 Ok"), QStringLiteral("S: 250 2.1.5 Ok"),
                                  QStringLiteral("S: 250 2.0.0 Ok: queued as A1"), QStringLiteral("S: 221 2.0.0 Bye")};
    const QString loggedIn = QStringLiteral("S: 235 2.7.0 Authentication successful");
    // Without PIPELINING every command waits for the reply to the last.
    const QStringList oneAtATime = {loggedIn, QStringLiteral("C: MAIL FROM:<alice@example.com>"), QStringLiteral("S: 250 Ok"),
                                    QStringLiteral("C: RCPT TO:<a@x.test>"), QStringLiteral("S: 250 Ok"),
                                    QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"), QStringLiteral("DATA"),
                                    QStringLiteral("S: 250 Ok: queued"), QStringLiteral("C: QUIT"), QStringLiteral("S: 221 Bye")};
    const int sent = int(SendResult::Status::Sent);
    const int failed = int(SendResult::Status::Failed);
    const int noFault = int(NetworkFault::None);
    const QString password = QStringLiteral("s3cret!pw");

    // RFC 5802: client-first on the AUTH line (RFC 4954 §4), client-final,
    // and the empty answer to the server-final message leads the group -
    // only after the server signature in it was verified.
    const QStringList scram = {QStringLiteral("S= server-first"), QStringLiteral("C~ [A-Za-z0-9+/=]+"),
                               QStringLiteral("S= server-final"), QStringLiteral("C: ")};
    QTest::newRow("SCRAM-SHA-256, last answer leads the transaction")
        << int(sasl::AuthMethod::ScramSha256) << password << true
        << QStringList{QStringLiteral("C~ AUTH SCRAM-SHA-256 [A-Za-z0-9+/=]+")} + scram + group + QStringList{loggedIn}
               + accepted
        << sent << noFault << 0;
    QTest::newRow("SCRAM-SHA-1, last answer leads the transaction")
        << int(sasl::AuthMethod::ScramSha1) << password << true
        << QStringList{QStringLiteral("C~ AUTH SCRAM-SHA-1 [A-Za-z0-9+/=]+")} + scram + group + QStringList{loggedIn} + accepted
        << sent << noFault << 0;
    QTest::newRow("SCRAM-SHA-256 without PIPELINING")
        << int(sasl::AuthMethod::ScramSha256) << password << false
        << QStringList{QStringLiteral("C~ AUTH SCRAM-SHA-256 [A-Za-z0-9+/=]+")} + scram + oneAtATime << sent << noFault
        << 0;
    // An impostor that does not know the password cannot sign: the client
    // cancels (RFC 4954 §4) and not one envelope byte goes out.
    QTest::newRow("SCRAM-SHA-256, forged server signature: no envelope")
        << int(sasl::AuthMethod::ScramSha256) << password << true
        << QStringList{QStringLiteral("C~ AUTH SCRAM-SHA-256 [A-Za-z0-9+/=]+"), QStringLiteral("S= server-first"),
                       QStringLiteral("C~ [A-Za-z0-9+/=]+"), QStringLiteral("S= forged-server-final"), QStringLiteral("C: *"),
                       QStringLiteral("S: 501 5.7.0 Authentication aborted"), QStringLiteral("C: QUIT"),
                       QStringLiteral("S: 221 Bye")}
        << failed << int(NetworkFault::AuthServerUnverified) << 0;

    // LOGIN: the user name on the AUTH line, the password leads the group.
    const QString user64 = QStringLiteral("YWxpY2U="); // "alice"
    const QString password64 = QString::fromLatin1(password.toUtf8().toBase64());
    QTest::newRow("LOGIN, password leads the transaction")
        << int(sasl::AuthMethod::Login) << password << true
        << QStringList{QStringLiteral("C: AUTH LOGIN ") + user64, QStringLiteral("S: 334 UGFzc3dvcmQ6"),
                       QStringLiteral("C: ") + password64}
               + group + QStringList{loggedIn} + accepted
        << sent << noFault << 0;
    // What Postfix answers after a refused login: MAIL is accepted, the
    // recipient refused, so BDAT too; nothing is queued.
    QTest::newRow("LOGIN refused, the transaction refused with it")
        << int(sasl::AuthMethod::Login) << password << true
        << QStringList{QStringLiteral("C: AUTH LOGIN ") + user64, QStringLiteral("S: 334 UGFzc3dvcmQ6"),
                       QStringLiteral("C: ") + password64}
               + group
               + QStringList{QStringLiteral("S: 535 5.7.8 Error: authentication failed: authentication failure"),
                             QStringLiteral("S: 250 2.1.0 Ok"), QStringLiteral("S: 554 5.7.1 <a@x.test>: Relay access denied"),
                             QStringLiteral("S: 554 5.5.1 Error: no valid recipients"), QStringLiteral("S: 221 2.0.0 Bye")}
        << failed << noFault << 535;
    // A server that ignored the initial response asks for the name again;
    // it gets the name, never the password.
    QTest::newRow("LOGIN, user name asked for again")
        << int(sasl::AuthMethod::Login) << password << true
        << QStringList{QStringLiteral("C: AUTH LOGIN ") + user64, QStringLiteral("S: 334 VXNlcm5hbWU6"),
                       QStringLiteral("C: ") + user64, QStringLiteral("S: 334 UGFzc3dvcmQ6"), QStringLiteral("C: ") + password64}
               + group + QStringList{loggedIn} + accepted
        << sent << noFault << 0;
    QTest::newRow("LOGIN, initial response refused: the draft's order")
        << int(sasl::AuthMethod::Login) << password << true
        << QStringList{QStringLiteral("C: AUTH LOGIN ") + user64, QStringLiteral("S: 501 5.5.2 Syntax error"),
                       QStringLiteral("C: AUTH LOGIN"), QStringLiteral("S: 334 VXNlcm5hbWU6"), QStringLiteral("C: ") + user64,
                       QStringLiteral("S: 334 UGFzc3dvcmQ6"), QStringLiteral("C: ") + password64}
               + group + QStringList{loggedIn} + accepted
        << sent << noFault << 0;
    QTest::newRow("LOGIN without PIPELINING")
        << int(sasl::AuthMethod::Login) << password << false
        << QStringList{QStringLiteral("C: AUTH LOGIN ") + user64, QStringLiteral("S: 334 UGFzc3dvcmQ6"),
                       QStringLiteral("C: ") + password64}
               + oneAtATime
        << sent << noFault << 0;

    // CRAM-MD5 (RFC 2195 §2): server-first; its one answer leads the group.
    const QByteArray challenge = "<1896.697170952@postoffice.reston.mci.net>";
    const QByteArray answer =
        "alice " + QMessageAuthenticationCode::hash(challenge, password.toUtf8(), QCryptographicHash::Md5).toHex();
    QTest::newRow("CRAM-MD5, answer leads the transaction")
        << int(sasl::AuthMethod::CramMd5) << password << true
        << QStringList{QStringLiteral("C: AUTH CRAM-MD5"), QStringLiteral("S: 334 ") + QString::fromLatin1(challenge.toBase64()),
                       QStringLiteral("C: ") + QString::fromLatin1(answer.toBase64())}
               + group + QStringList{loggedIn} + accepted
        << sent << noFault << 0;

    // XOAUTH2: a refused token brings a challenge the client must answer
    // (RFC 7628 §3.2.3), which a pipelined MAIL would be taken for: wait.
    QTest::newRow("XOAUTH2 waits for the 235")
        << int(sasl::AuthMethod::XOAuth2) << QStringLiteral("ya29.token") << true
        << QStringList{QStringLiteral("C~ AUTH XOAUTH2 [A-Za-z0-9+/=]+"), loggedIn} + group + accepted << sent << noFault
        << 0;
}

void TestSessionProtocol::authExchangeGroups()
{
    QFETCH(int, method);
    QFETCH(QString, secret);
    QFETCH(bool, pipelining);
    QFETCH(QStringList, exchange);
    QFETCH(int, status);
    QFETCH(int, fault);
    QFETCH(int, replyCode);

    Body body("x\r\n");
    QStringList script = {QStringLiteral("S: 220 fake"), kEhlo, QStringLiteral("S: 250-fake")};
    if (pipelining)
        script << QStringLiteral("S: 250-PIPELINING") << QStringLiteral("S: 250-CHUNKING");
    script << QStringLiteral("S: 250 AUTH PLAIN LOGIN CRAM-MD5 SCRAM-SHA-1 SCRAM-SHA-256 XOAUTH2");
    ScriptedServer server(script + exchange);
    server.setPipeliningAllowed(pipelining);
    const auto algorithm =
        method == int(sasl::AuthMethod::ScramSha1) ? QCryptographicHash::Sha1 : QCryptographicHash::Sha256;
    ScramServerSide scram(algorithm, secret.toUtf8());
    scram.serve(server);
    AuthSettings auth = plainAuth(QStringLiteral("alice"), secret);
    auth.method = sasl::AuthMethod(method);

    const SessionRun run = test::runSession(plainServer(server), auth, {message(body, {"a@x.test"})});
    VERIFY_SCRIPT(run, server);
    const SendResult &result = run.report.messages.value(0);
    QCOMPARE(int(result.status), status);
    QVERIFY(!result.uncertain);
    QCOMPARE(run.report.authenticated, status == int(SendResult::Status::Sent));
    if (status == int(SendResult::Status::Sent)) {
        QVERIFY2(!run.report.failure, qPrintable(run.transcriptText()));
        QCOMPARE(server.data().value(0), pipelining ? QByteArray("x\r\n") : QByteArray("x\r\n.\r\n"));
    } else {
        QVERIFY(run.report.failure);
        QCOMPARE(run.report.failure->phase, Phase::Auth);
        QCOMPARE(int(run.report.failure->fault), fault);
        QCOMPARE(run.report.failure->reply ? run.report.failure->reply->code : 0, replyCode);
        QCOMPARE(result.failure->phase, Phase::Auth);
    }
    const QString transcript = run.transcriptText();
    QVERIFY(!transcript.contains(secret));
    QVERIFY(!transcript.contains(QString::fromLatin1(secret.toUtf8().toBase64())));
}

void TestSessionProtocol::plaintextAuthRefusedForRemoteHost()
{
    Body body("x\r\n");
    ScriptedServer server({QStringLiteral("S: 220 fake"), kEhlo, QStringLiteral("S: 250-fake"),
                           QStringLiteral("S: 250 AUTH PLAIN"), QStringLiteral("C: QUIT"), QStringLiteral("S: 221 Bye")});
    ServerSettings settings = plainServer(server);
    settings.loopbackIsPrivate = false;  // as if the server were across the network
    const SessionRun run = test::runSession(settings, plainAuth(), {message(body, {"a@x.test"})});
    VERIFY_SCRIPT(run, server);
    QCOMPARE(run.report.failure->fault, NetworkFault::PlaintextAuthRefused);
    QVERIFY(!server.received().contains("AUTH"));
}

void TestSessionProtocol::authMechanismNotOffered()
{
    Body body("x\r\n");
    AuthSettings auth = plainAuth();
    auth.method = sasl::AuthMethod::ScramSha256;
    ScriptedServer server({QStringLiteral("S: 220 fake"), kEhlo, QStringLiteral("S: 250-fake"),
                           QStringLiteral("S: 250 AUTH PLAIN LOGIN"), QStringLiteral("C: QUIT"), QStringLiteral("S: 221 Bye")});
    const SessionRun run = test::runSession(plainServer(server), auth, {message(body, {"a@x.test"})});
    VERIFY_SCRIPT(run, server);
    QCOMPARE(run.report.failure->fault, NetworkFault::AuthNotOffered);
    QVERIFY(run.report.failure->message.contains(QStringLiteral("LOGIN PLAIN")));
}

void TestSessionProtocol::partialRecipientRefusal()
{
    Body body("x\r\n");
    ScriptedServer server({QStringLiteral("S: 220 fake"), kEhlo, QStringLiteral("S: 250-fake"),
                           QStringLiteral("S: 250 PIPELINING"), QStringLiteral("C: MAIL FROM:<alice@example.com>"),
                           QStringLiteral("C: RCPT TO:<a@x.test>"), QStringLiteral("C: RCPT TO:<nobody@x.test>"),
                           QStringLiteral("C: RCPT TO:<c@x.test>"), QStringLiteral("C: DATA"), QStringLiteral("S: 250 Ok"),
                           QStringLiteral("S: 250 Ok"),
                           QStringLiteral("S: 550 5.1.1 <nobody@x.test>: Recipient address rejected: User unknown"),
                           QStringLiteral("S: 250 Ok"), QStringLiteral("S: 354 go"), QStringLiteral("DATA"),
                           QStringLiteral("S: 250 Ok: queued"), QStringLiteral("C: QUIT"), QStringLiteral("S: 221 Bye")});
    const SessionRun run = test::runSession(plainServer(server), {}, {message(body, {"a@x.test", "nobody@x.test", "c@x.test"})});
    VERIFY_SCRIPT(run, server);
    const SendResult &result = run.report.messages.first();
    QCOMPARE(result.status, SendResult::Status::Partial);
    QCOMPARE(result.accepted(), (QStringList{"a@x.test", "c@x.test"}));
    QCOMPARE(result.refused(), QStringList{"nobody@x.test"});
    QCOMPARE(result.recipients.at(1).reply.code, 550);
    QVERIFY(result.recipients.at(1).reply.text().contains(QStringLiteral("User unknown")));
}

void TestSessionProtocol::allRecipientsRefusedPipelined()
{
    Body body("x\r\n");
    ScriptedServer server({QStringLiteral("S: 220 fake"), kEhlo, QStringLiteral("S: 250-fake"),
                           QStringLiteral("S: 250 PIPELINING"), QStringLiteral("C: MAIL FROM:<alice@example.com>"),
                           QStringLiteral("C: RCPT TO:<a@x.test>"), QStringLiteral("C: DATA"), QStringLiteral("S: 250 Ok"),
                           QStringLiteral("S: 554 5.7.1 <a@x.test>: Relay access denied"),
                           QStringLiteral("S: 554 5.5.1 Error: no valid recipients"), QStringLiteral("C: QUIT"),
                           QStringLiteral("S: 221 Bye")});
    const SessionRun run = test::runSession(plainServer(server), {}, {message(body, {"a@x.test"})});
    VERIFY_SCRIPT(run, server);
    const SendResult &result = run.report.messages.first();
    QCOMPARE(result.status, SendResult::Status::Failed);
    QCOMPARE(result.failure->phase, Phase::Rcpt);
    QCOMPARE(result.failure->reply->code, 554);
    QVERIFY(server.data().isEmpty());
}

void TestSessionProtocol::allRecipientsRefusedWithoutPipelining()
{
    Body body("x\r\n");
    ScriptedServer server({QStringLiteral("S: 220 fake"), kEhlo, QStringLiteral("S: 250 fake"),
                           QStringLiteral("C: MAIL FROM:<alice@example.com>"), QStringLiteral("S: 250 Ok"),
                           QStringLiteral("C: RCPT TO:<a@x.test>"), QStringLiteral("S: 550 5.1.1 unknown"),
                           // DATA must not be sent: nobody would receive it.
                           QStringLiteral("C: QUIT"), QStringLiteral("S: 221 Bye")});
    server.setPipeliningAllowed(false);
    const SessionRun run = test::runSession(plainServer(server), {}, {message(body, {"a@x.test"})});
    VERIFY_SCRIPT(run, server);
    QCOMPARE(run.report.messages.first().failure->phase, Phase::Rcpt);
}

void TestSessionProtocol::sizeRefusedBeforeUpload()
{
    Body body(QByteArray(500, 'x'));
    ScriptedServer server({QStringLiteral("S: 220 fake"), kEhlo, QStringLiteral("S: 250-fake"),
                           QStringLiteral("S: 250 SIZE 100"), QStringLiteral("C: QUIT"), QStringLiteral("S: 221 Bye")});
    const SessionRun run = test::runSession(plainServer(server), {}, {message(body, {"a@x.test"})});
    VERIFY_SCRIPT(run, server);
    const SendResult &result = run.report.messages.first();
    QCOMPARE(result.failure->fault, NetworkFault::MessageTooLarge);
    QVERIFY(!server.received().contains("MAIL"));
}

void TestSessionProtocol::sizeAndBodyParameters()
{
    Body body("Subject: caf\xc3\xa9\r\n\r\n.\r\n");
    // 8-bit content and a leading dot: SIZE counts the content without the
    // stuffed dot (RFC 1870 §3); BODY=8BITMIME because it is offered.
    ScriptedServer server({QStringLiteral("S: 220 fake"), kEhlo, QStringLiteral("S: 250-fake"),
                           QStringLiteral("S: 250-SIZE 1000"), QStringLiteral("S: 250 8BITMIME"),
                           QStringLiteral("C: MAIL FROM:<alice@example.com> SIZE=21 BODY=8BITMIME"),
                           QStringLiteral("S: 250 Ok"), QStringLiteral("C: RCPT TO:<a@x.test>"), QStringLiteral("S: 250 Ok"),
                           QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"), QStringLiteral("DATA"),
                           QStringLiteral("S: 250 Ok"), QStringLiteral("C: QUIT"), QStringLiteral("S: 221 Bye")});
    const SessionRun run = test::runSession(plainServer(server), {}, {message(body, {"a@x.test"})});
    VERIFY_SCRIPT(run, server);
    QCOMPARE(server.data().value(0), QByteArray("Subject: caf\xc3\xa9\r\n\r\n..\r\n.\r\n"));
}

void TestSessionProtocol::smtpUtf8Required()
{
    Body body("x\r\n");
    ScriptedServer server({QStringLiteral("S: 220 fake"), kEhlo, QStringLiteral("S: 250-fake"),
                           QStringLiteral("S: 250 8BITMIME"), QStringLiteral("C: QUIT"), QStringLiteral("S: 221 Bye")});
    const SessionRun run = test::runSession(plainServer(server), {}, {message(body, {QStringLiteral("δοκιμή@x.test")})});
    VERIFY_SCRIPT(run, server);
    QCOMPARE(run.report.messages.first().failure->fault, NetworkFault::SmtpUtf8Required);
    QVERIFY(!server.received().contains("MAIL"));
}

void TestSessionProtocol::smtpUtf8Offered()
{
    Body body("x\r\n");
    ScriptedServer server({QStringLiteral("S: 220 fake"), kEhlo, QStringLiteral("S: 250-fake"),
                           QStringLiteral("S: 250 SMTPUTF8"),
                           QStringLiteral("C: MAIL FROM:<alice@example.com> SMTPUTF8"), QStringLiteral("S: 250 Ok"),
                           QStringLiteral("C: RCPT TO:<δοκιμή@xn--bcher-kva.example>"), QStringLiteral("S: 250 Ok"),
                           QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"), QStringLiteral("DATA"),
                           QStringLiteral("S: 250 Ok"), QStringLiteral("C: QUIT"), QStringLiteral("S: 221 Bye")});
    const SessionRun run = test::runSession(plainServer(server), {}, {message(body, {QStringLiteral("δοκιμή@bücher.example")})});
    VERIFY_SCRIPT(run, server);
    QCOMPARE(run.report.messages.first().status, SendResult::Status::Sent);
}

void TestSessionProtocol::replyTimeout()
{
    Body body("x\r\n");
    ScriptedServer server({QStringLiteral("S: 220 fake"), kEhlo, QStringLiteral("S: 250 fake"),
                           QStringLiteral("C: MAIL FROM:<alice@example.com>"), QStringLiteral("HANG")});
    ServerSettings settings = plainServer(server);
    settings.timeouts = Timeouts::cappedAt(700);
    const SessionRun run = test::runSession(settings, {}, {message(body, {"a@x.test"})});
    VERIFY_SCRIPT(run, server);
    QCOMPARE(run.report.failure->fault, NetworkFault::Timeout);
    QCOMPARE(run.report.failure->phase, Phase::Mail);
    QVERIFY(DiagnosticsCatalog::diagnose(*run.report.failure).transient);
}

void TestSessionProtocol::greetingRefused()
{
    Body body("x\r\n");
    ScriptedServer server({QStringLiteral("S: 554 5.7.1 No SMTP service here"), QStringLiteral("C: QUIT"),
                           QStringLiteral("S: 221 Bye")});
    const SessionRun run = test::runSession(plainServer(server), {}, {message(body, {"a@x.test"})});
    VERIFY_SCRIPT(run, server);
    QCOMPARE(run.report.failure->phase, Phase::Greeting);
    QCOMPARE(run.report.failure->reply->code, 554);
}

void TestSessionProtocol::malformedReply()
{
    Body body("x\r\n");
    ScriptedServer server({QStringLiteral("S: 220 fake"), kEhlo, QStringLiteral("S: 250-fake"),
                           QStringLiteral("S: 251 changed code"), QStringLiteral("HANG")});
    const SessionRun run = test::runSession(plainServer(server), {}, {message(body, {"a@x.test"})});
    VERIFY_SCRIPT(run, server);
    QCOMPARE(run.report.failure->fault, NetworkFault::ProtocolViolation);
    QCOMPARE(run.report.failure->phase, Phase::Ehlo);
}

void TestSessionProtocol::disconnectDuringData()
{
    // A large body: the server hangs up right after 354, long before the
    // upload can finish. Nothing was delivered, so the outcome is certain.
    Body body(QByteArray(32 * 1024 * 1024, 'x'));
    ScriptedServer server({QStringLiteral("S: 220 fake"), kEhlo, QStringLiteral("S: 250 fake"),
                           QStringLiteral("C: MAIL FROM:<alice@example.com>"), QStringLiteral("S: 250 Ok"),
                           QStringLiteral("C: RCPT TO:<a@x.test>"), QStringLiteral("S: 250 Ok"), QStringLiteral("C: DATA"),
                           QStringLiteral("S: 354 go"), QStringLiteral("CLOSE")});
    const SessionRun run = test::runSession(plainServer(server), {}, {message(body, {"a@x.test"})});
    QVERIFY2(run.finished, qPrintable(run.transcriptText()));
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char(';'))));
    const SendResult &result = run.report.messages.first();
    QCOMPARE(result.status, SendResult::Status::Failed);
    QCOMPARE(result.failure->phase, Phase::Data);
    QVERIFY(!result.uncertain);
}

void TestSessionProtocol::disconnectAfterFinalDotIsUncertain()
{
    Body body("x\r\n");
    ScriptedServer server({QStringLiteral("S: 220 fake"), kEhlo, QStringLiteral("S: 250 fake"),
                           QStringLiteral("C: MAIL FROM:<alice@example.com>"), QStringLiteral("S: 250 Ok"),
                           QStringLiteral("C: RCPT TO:<a@x.test>"), QStringLiteral("S: 250 Ok"), QStringLiteral("C: DATA"),
                           QStringLiteral("S: 354 go"), QStringLiteral("DATA"), QStringLiteral("CLOSE")});
    const SessionRun run = test::runSession(plainServer(server), {}, {message(body, {"a@x.test"})});
    VERIFY_SCRIPT(run, server);
    const SendResult &result = run.report.messages.first();
    QCOMPARE(result.status, SendResult::Status::Failed);
    QVERIFY(result.uncertain);
    QCOMPARE(result.failure->phase, Phase::FinalReply);
    QCOMPARE(result.failure->fault, NetworkFault::RemoteClosed);
}

void TestSessionProtocol::finalReplyRefused()
{
    Body body("x\r\n");
    ScriptedServer server({QStringLiteral("S: 220 fake"), kEhlo, QStringLiteral("S: 250 fake"),
                           QStringLiteral("C: MAIL FROM:<alice@example.com>"), QStringLiteral("S: 250 Ok"),
                           QStringLiteral("C: RCPT TO:<a@x.test>"), QStringLiteral("S: 250 Ok"), QStringLiteral("C: DATA"),
                           QStringLiteral("S: 354 go"), QStringLiteral("DATA"),
                           QStringLiteral("S: 554 5.7.1 Message rejected as spam"), QStringLiteral("C: QUIT"),
                           QStringLiteral("S: 221 Bye")});
    const SessionRun run = test::runSession(plainServer(server), {}, {message(body, {"a@x.test"})});
    VERIFY_SCRIPT(run, server);
    const SendResult &result = run.report.messages.first();
    QCOMPARE(result.failure->phase, Phase::FinalReply);
    QVERIFY(!result.uncertain);
    QVERIFY(DiagnosticsCatalog::diagnose(*result.failure).isValid());
}

void TestSessionProtocol::dotStuffedOnTheWire()
{
    Body body("From: a\n.\n..two\n.three\nlast line without newline");
    ScriptedServer server({QStringLiteral("S: 220 fake"), kEhlo, QStringLiteral("S: 250 fake"),
                           QStringLiteral("C: MAIL FROM:<alice@example.com>"), QStringLiteral("S: 250 Ok"),
                           QStringLiteral("C: RCPT TO:<a@x.test>"), QStringLiteral("S: 250 Ok"), QStringLiteral("C: DATA"),
                           QStringLiteral("S: 354 go"), QStringLiteral("DATA"), QStringLiteral("S: 250 Ok"),
                           QStringLiteral("C: QUIT"), QStringLiteral("S: 221 Bye")});
    const SessionRun run = test::runSession(plainServer(server), {}, {message(body, {"a@x.test"})});
    VERIFY_SCRIPT(run, server);
    QCOMPARE(server.data().value(0),
             QByteArray("From: a\r\n..\r\n...two\r\n..three\r\nlast line without newline\r\n.\r\n"));
}

void TestSessionProtocol::severalMessagesResetAfterFailure()
{
    Body first("one\r\n");
    Body second("two\r\n");
    ScriptedServer server({QStringLiteral("S: 220 fake"), kEhlo, QStringLiteral("S: 250 fake"),
                           QStringLiteral("C: MAIL FROM:<alice@example.com>"), QStringLiteral("S: 250 Ok"),
                           QStringLiteral("C: RCPT TO:<a@x.test>"), QStringLiteral("S: 250 Ok"), QStringLiteral("C: DATA"),
                           QStringLiteral("S: 354 go"), QStringLiteral("DATA"),
                           QStringLiteral("S: 451 4.3.0 Temporary failure"),
                           // RFC 5321 §4.1.1.5: reset before the next transaction.
                           QStringLiteral("C: RSET"), QStringLiteral("S: 250 Ok"),
                           QStringLiteral("C: MAIL FROM:<alice@example.com>"), QStringLiteral("S: 250 Ok"),
                           QStringLiteral("C: RCPT TO:<a@x.test>"), QStringLiteral("S: 250 Ok"), QStringLiteral("C: DATA"),
                           QStringLiteral("S: 354 go"), QStringLiteral("DATA"), QStringLiteral("S: 250 Ok"),
                           QStringLiteral("C: QUIT"), QStringLiteral("S: 221 Bye")});
    const SessionRun run = test::runSession(plainServer(server), {},
                                            {message(first, {"a@x.test"}), message(second, {"a@x.test"})});
    VERIFY_SCRIPT(run, server);
    QCOMPARE(run.report.messages.size(), 2);
    QCOMPARE(run.report.messages.at(0).status, SendResult::Status::Failed);
    QVERIFY(DiagnosticsCatalog::diagnose(*run.report.messages.at(0).failure).transient);
    QCOMPARE(run.report.messages.at(1).status, SendResult::Status::Sent);
    QCOMPARE(server.data(), (QList<QByteArray>{"one\r\n.\r\n", "two\r\n.\r\n"}));
}

void TestSessionProtocol::cancelDuringUpload()
{
    Body body(QByteArray(64 * 1024 * 1024, 'y'));
    ScriptedServer server({QStringLiteral("S: 220 fake"), kEhlo, QStringLiteral("S: 250 fake"),
                           QStringLiteral("C: MAIL FROM:<alice@example.com>"), QStringLiteral("S: 250 Ok"),
                           QStringLiteral("C: RCPT TO:<a@x.test>"), QStringLiteral("S: 250 Ok"), QStringLiteral("C: DATA"),
                           QStringLiteral("S: 354 go"), QStringLiteral("SINK")});
    SubmissionSession *live = nullptr;
    QTimer canceller;
    const SessionRun run = test::runSession(plainServer(server), {}, {message(body, {"a@x.test"})}, 30000,
                                            [&](SubmissionSession &session) {
                                                live = &session;
                                                QObject::connect(&session, &SubmissionSession::progress, &session,
                                                                 [&session](int, qint64 sent, qint64) {
                                                                     if (sent > 1024 * 1024)
                                                                         session.cancel();
                                                                 });
                                            });
    Q_UNUSED(live);
    QVERIFY(run.finished);
    QVERIFY(run.report.cancelled);
    const SendResult &result = run.report.messages.first();
    QCOMPARE(result.failure->fault, NetworkFault::Cancelled);
    QVERIFY(!result.uncertain);
    // The terminator never went out, so the server cannot have taken it.
    QVERIFY(!server.received().endsWith("\r\n.\r\n"));
}

void TestSessionProtocol::progressReported()
{
    Body body(QByteArray(3 * 1024 * 1024, 'z'));
    ScriptedServer server({QStringLiteral("S: 220 fake"), kEhlo, QStringLiteral("S: 250 fake"),
                           QStringLiteral("C: MAIL FROM:<alice@example.com>"), QStringLiteral("S: 250 Ok"),
                           QStringLiteral("C: RCPT TO:<a@x.test>"), QStringLiteral("S: 250 Ok"), QStringLiteral("C: DATA"),
                           QStringLiteral("S: 354 go"), QStringLiteral("DATA"), QStringLiteral("S: 250 Ok"),
                           QStringLiteral("C: QUIT"), QStringLiteral("S: 221 Bye")});
    const SessionRun run = test::runSession(plainServer(server), {}, {message(body, {"a@x.test"})});
    VERIFY_SCRIPT(run, server);
    QVERIFY(run.progress.size() > 3);
    for (int i = 1; i < run.progress.size(); ++i)
        QVERIFY(run.progress.at(i) >= run.progress.at(i - 1));
    // The last figure is the whole message on the wire: body, CRLF, terminator.
    QCOMPARE(run.progress.last(), qint64(3 * 1024 * 1024 + 5));
}

QTEST_GUILESS_MAIN(TestSessionProtocol)
#include "tst_session_protocol.moc"
