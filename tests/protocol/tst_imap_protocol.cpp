// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The IMAP copy to Sent against the scripted server (tests/support/
// ScriptedServer): the exact bytes of each exchange. Every test asserts the
// whole script was consumed and that the client sent nothing it did not
// expect (a script that ends in HANG fails on any further byte); the
// password never appears in the transcript or the result.

#include "ScriptedServer.h"
#include "imap/SentCopyJob.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace stamp;
using namespace stamp::imap;
using stamp::test::ScriptedServer;

Q_DECLARE_METATYPE(stamp::imap::SentCopyResult::Outcome)

namespace {

const QString kPassword = QStringLiteral("hunter2-S3cret!");
const QByteArray kMessage
    = "From: alice@example.test\r\nTo: bob@example.test\r\nMessage-ID: <m1@example.test>\r\n"
      "Subject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe?=\r\n\r\nHello\r\n.\r\n\xc3\xa4 8-bit line\r\n";
const QByteArray kMessageId = "<m1@example.test>";

QString plainPayload()
{
    return QString::fromLatin1(QByteArray(QByteArray("\0alice\0", 7) + kPassword.toUtf8()).toBase64());
}

struct JobRun
{
    SentCopyResult result;
    QList<TranscriptEvent> events;
    bool finished = false;
    int finishedCount = 0;
    QString transcriptText() const
    {
        QStringList lines;
        for (const TranscriptEvent &e : events)
            lines << TranscriptEvent::tag(e.kind) + QLatin1Char(' ') + e.text;
        return lines.join(QLatin1Char('\n'));
    }
};

JobRun runJob(const SentCopyJob::Request &request, int maxWaitMs = 20000)
{
    JobRun run;
    SentCopyJob job(request);
    QObject::connect(&job, &SentCopyJob::transcript, [&](const TranscriptEvent &e) { run.events << e; });
    QObject::connect(&job, &SentCopyJob::finished, [&](const SentCopyResult &r) {
        run.result = r;
        run.finished = true;
        ++run.finishedCount;
    });
    job.start();
    (void)QTest::qWaitFor([&] { return run.finished; }, maxWaitMs);
    // Let any stray bytes reach the server before the script is judged.
    QTest::qWait(50);
    return run;
}

QString describe(const JobRun &run, const ScriptedServer &server)
{
    return QStringLiteral("server: %1 at %2\nresult: %3 %4\ntranscript:\n%5")
        .arg(server.errors().join(QStringLiteral("; ")), server.position(),
            SentCopyResult::outcomeId(run.result.outcome), run.result.text, run.transcriptText());
}

#define VERIFY_SCRIPT(run, server)                                                                           \
    do {                                                                                                     \
        QVERIFY2((run).finished, qPrintable(describe(run, server)));                                         \
        QVERIFY2((server).errors().isEmpty(), qPrintable(describe(run, server)));                            \
        QVERIFY2((server).isComplete(), qPrintable(describe(run, server)));                                  \
        QCOMPARE((run).finishedCount, 1);                                                                    \
        QVERIFY(!(run).transcriptText().contains(kPassword));                                                \
        QVERIFY(!(run).transcriptText().contains(plainPayload()));                                           \
        QVERIFY(!(run).result.text.contains(kPassword));                                                     \
    } while (0)

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList logout(int tag)
{
    const QString t = QStringLiteral("A%1").arg(tag, 3, 10, QLatin1Char('0'));
    return { QStringLiteral("C: %1 LOGOUT").arg(t), s("S: * BYE Logging out"),
        QStringLiteral("S: %1 OK Logout completed").arg(t), s("CLOSE") };
}

} // namespace

class TestImapProtocol : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void literalPlusWithSaslIr();
    void synchronizingLiteral();
    void literalMinus_data();
    void literalMinus();
    void alreadyThere();
    void modifiedUtf7Names();
    void chosenFolder();
    void startTlsMissing();
    void preauthBeforeStartTls();
    void startTlsRefused();
    void startTlsInjection();
    void startTlsThenLogin();
    void implicitTlsXoauth2Refused();
    void wrongPin();
    void failures_data();
    void failures();
    void timeout();
    void passwordQuotedBack();

private:
    SentCopyJob::Request request(const ScriptedServer &server) const;
    SentCopyJob::Request tlsRequest(ScriptedServer &server, SecurityMode mode) const;

    QTemporaryDir m_certDir;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

void TestImapProtocol::initTestCase()
{
    QVERIFY(m_certDir.isValid());
    const QString cert = m_certDir.filePath(QStringLiteral("cert.pem"));
    const QString key = m_certDir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
            QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
            QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
            QStringLiteral("/CN=scripted.test") });
    QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0, openssl.readAll().constData());
    QFile certFile(cert);
    QFile keyFile(key);
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    m_certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
    m_key = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    QVERIFY(!m_certificate.isNull() && !m_key.isNull());
}

SentCopyJob::Request TestImapProtocol::request(const ScriptedServer &server) const
{
    SentCopyJob::Request r;
    r.settings.host = QStringLiteral("127.0.0.1");
    r.settings.port = server.port();
    // Plaintext to loopback: the byte-level cases without TLS in the way.
    r.settings.security = SecurityMode::None;
    r.settings.username = QStringLiteral("alice");
    r.settings.timeoutMs = 5000;
    r.login.method = sasl::AuthMethod::Auto;
    r.login.credentials.username = QStringLiteral("alice");
    r.login.credentials.secret = kPassword;
    r.message = kMessage;
    r.messageId = kMessageId;
    return r;
}

SentCopyJob::Request TestImapProtocol::tlsRequest(ScriptedServer &server, SecurityMode mode) const
{
    server.setCertificate(m_certificate, m_key);
    SentCopyJob::Request r = request(server);
    r.settings.security = mode;
    // Self-signed and for another name: trusted only because it is pinned.
    r.settings.pinnedSha256 = QString::fromLatin1(m_certificate.digest(QCryptographicHash::Sha256).toHex());
    return r;
}

void TestImapProtocol::literalPlusWithSaslIr()
{
    const QString size = QString::number(kMessage.size());
    ScriptedServer server(
        QStringList { s("S: * OK [CAPABILITY IMAP4rev1 SASL-IR LITERAL+ SPECIAL-USE AUTH=PLAIN] ready"),
            s("C: A001 AUTHENTICATE PLAIN ") + plainPayload(),
            s("S: A001 OK [CAPABILITY IMAP4rev1 LITERAL+ SPECIAL-USE UIDPLUS] Logged in"),
            s("C: A002 LIST \"\" \"*\" RETURN (SPECIAL-USE)"), s("S: * LIST (\\HasNoChildren) \"/\" INBOX"),
            s("S: * LIST (\\HasNoChildren \\Sent) \"/\" Gesendet"),
            s("S: * LIST (\\HasNoChildren) \"/\" Sent"), s("S: A002 OK List completed"),
            s("C: A003 EXAMINE \"Gesendet\""), s("S: * 0 EXISTS"),
            s("S: A003 OK [READ-ONLY] Examine completed"),
            s("C: A004 UID SEARCH HEADER Message-ID \"<m1@example.test>\""), s("S: * SEARCH"),
            s("S: A004 OK Search completed"),
            // RFC 7888: the literal follows the command line at once.
            s("C: A005 APPEND \"Gesendet\" (\\Seen) {") + size + s("+}"), s("BYTES ") + size, s("C: "),
            s("S: A005 OK [APPENDUID 1700000000 42] Append completed") }
        + logout(6));
    server.setPipeliningAllowed(false);
    const JobRun run = runJob(request(server));
    VERIFY_SCRIPT(run, server);
    QCOMPARE(run.result.outcome, SentCopyResult::Outcome::Copied);
    QCOMPARE(run.result.mailbox, s("Gesendet"));
    QCOMPARE(run.result.uidValidity, 1700000000u);
    QCOMPARE(run.result.uid, 42u);
    QCOMPARE(server.data().size(), 1);
    QCOMPARE(server.data().first(), kMessage);
    QVERIFY(run.transcriptText().contains(s("C: A001 AUTHENTICATE PLAIN [redacted]")));
}

void TestImapProtocol::synchronizingLiteral()
{
    // No LITERAL+, no SASL-IR: the client waits for "+" before the SASL
    // response and before the message; pipelining is refused, so a byte
    // sent early fails the script.
    SentCopyJob::Request r;
    const QString size = QString::number(kMessage.size());
    ScriptedServer server(
        QStringList { s("S: * OK IMAP4rev1 ready"), s("C: A001 CAPABILITY"),
            s("S: * CAPABILITY IMAP4rev1 AUTH=PLAIN"), s("S: A001 OK done"), s("C: A002 AUTHENTICATE PLAIN"),
            s("S: + "), s("C: ") + plainPayload(), s("S: A002 OK Logged in"), s("C: A003 CAPABILITY"),
            s("S: * CAPABILITY IMAP4rev1 UIDPLUS"), s("S: A003 OK done"), s("C: A004 LIST \"\" \"*\""),
            s("S: * LIST (\\HasNoChildren) \".\" INBOX"),
            s("S: * LIST (\\HasNoChildren) \".\" \"Sent Items\""), s("S: A004 OK done"),
            s("C: A005 APPEND \"Sent Items\" (\\Seen) {") + size + s("}"), s("S: + Ready for literal data"),
            s("BYTES ") + size, s("C: "), s("S: A005 OK Append completed") }
        + logout(6));
    server.setPipeliningAllowed(false);
    r = request(server);
    r.messageId.clear(); // no lookup: straight to APPEND
    const JobRun run = runJob(r);
    VERIFY_SCRIPT(run, server);
    QCOMPARE(run.result.outcome, SentCopyResult::Outcome::Copied);
    QCOMPARE(run.result.mailbox, s("Sent Items"));
    QCOMPARE(run.result.uid, 0u); // no UIDPLUS answer
    QCOMPARE(server.data().first(), kMessage);
}

void TestImapProtocol::literalMinus_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("nonSynchronizing");
    // RFC 7888 §4: LITERAL- allows "{n+}" up to 4096 octets only.
    QTest::newRow("4096") << 4096 << true;
    QTest::newRow("4097") << 4097 << false;
}

void TestImapProtocol::literalMinus()
{
    QFETCH(int, size);
    QFETCH(bool, nonSynchronizing);
    QByteArray message = "Subject: x\r\n\r\n";
    message += QByteArray(size - message.size() - 2, 'y') + "\r\n";
    QCOMPARE(message.size(), size);
    QStringList script { s("S: * OK [CAPABILITY IMAP4rev1 LITERAL- SASL-IR AUTH=PLAIN] ready"),
        s("C: A001 AUTHENTICATE PLAIN ") + plainPayload(), s("S: A001 OK [CAPABILITY IMAP4rev1 LITERAL-] ok"),
        s("C: A002 LIST \"\" \"*\""), s("S: * LIST () \"/\" Sent"), s("S: A002 OK done") };
    if (nonSynchronizing)
        script << QStringLiteral("C: A003 APPEND \"Sent\" (\\Seen) {%1+}").arg(size);
    else
        script << QStringLiteral("C: A003 APPEND \"Sent\" (\\Seen) {%1}").arg(size) << s("S: + go");
    script << QStringLiteral("BYTES %1").arg(size) << s("C: ") << s("S: A003 OK done") << logout(4);
    ScriptedServer server(script);
    server.setPipeliningAllowed(false);
    SentCopyJob::Request r = request(server);
    r.message = message;
    r.messageId.clear();
    const JobRun run = runJob(r);
    VERIFY_SCRIPT(run, server);
    QCOMPARE(run.result.outcome, SentCopyResult::Outcome::Copied);
    QCOMPARE(server.data().first(), message);
}

void TestImapProtocol::alreadyThere()
{
    // The copy made before a crash is found by its Message-ID: no second APPEND.
    ScriptedServer server(
        QStringList { s("S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN SPECIAL-USE] ready"),
            s("C: A001 AUTHENTICATE PLAIN ") + plainPayload(), s("S: A001 OK [CAPABILITY IMAP4rev1] ok"),
            s("C: A002 LIST \"\" \"*\""), s("S: * LIST (\\Sent) \"/\" Sent"), s("S: A002 OK done"),
            s("C: A003 EXAMINE \"Sent\""), s("S: A003 OK done"),
            s("C: A004 UID SEARCH HEADER Message-ID \"<m1@example.test>\""), s("S: * SEARCH 17"),
            s("S: A004 OK done") }
        + logout(5));
    // The capability list after login has no SPECIAL-USE: the plain LIST.
    const JobRun run = runJob(request(server));
    VERIFY_SCRIPT(run, server);
    QCOMPARE(run.result.outcome, SentCopyResult::Outcome::AlreadyThere);
    QCOMPARE(run.result.uid, 17u);
    QVERIFY(server.data().isEmpty());
}

void TestImapProtocol::modifiedUtf7Names()
{
    // RFC 3501 §5.1.3: the name arrives and goes back in modified UTF-7.
    const QString size = QString::number(kMessage.size());
    ScriptedServer server(
        QStringList { s("S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN LITERAL+] ready"),
            s("C: A001 AUTHENTICATE PLAIN ") + plainPayload(),
            s("S: A001 OK [CAPABILITY IMAP4rev1 LITERAL+] ok"), s("C: A002 LIST \"\" \"*\""),
            s("S: * LIST (\\HasNoChildren \\Sent) \"/\" \"&AMk-l&AOk-ments envoy&AOk-s\""),
            s("S: A002 OK done"), s("C: A003 EXAMINE \"&AMk-l&AOk-ments envoy&AOk-s\""), s("S: A003 OK done"),
            s("C: A004 UID SEARCH HEADER Message-ID \"<m1@example.test>\""), s("S: * SEARCH"),
            s("S: A004 OK done"),
            s("C: A005 APPEND \"&AMk-l&AOk-ments envoy&AOk-s\" (\\Seen) {") + size + s("+}"),
            s("BYTES ") + size, s("C: "), s("S: A005 OK done") }
        + logout(6));
    const JobRun run = runJob(request(server));
    VERIFY_SCRIPT(run, server);
    QCOMPARE(run.result.outcome, SentCopyResult::Outcome::Copied);
    QCOMPARE(run.result.mailbox, QStringLiteral("\u00c9l\u00e9ments envoy\u00e9s"));
}

void TestImapProtocol::chosenFolder()
{
    // A name the person chose wins over the server's \Sent, and is encoded.
    const QString size = QString::number(kMessage.size());
    ScriptedServer server(
        QStringList { s("S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN LITERAL+] ready"),
            s("C: A001 AUTHENTICATE PLAIN ") + plainPayload(),
            s("S: A001 OK [CAPABILITY IMAP4rev1 LITERAL+] ok"), s("C: A002 LIST \"\" \"*\""),
            s("S: * LIST (\\Sent) \"/\" Sent"), s("S: * LIST () \"/\" \"Archiv/&AMQ-lter\""),
            s("S: A002 OK done"), s("C: A003 APPEND \"Archiv/&AMQ-lter\" (\\Seen) {") + size + s("+}"),
            s("BYTES ") + size, s("C: "), s("S: A003 OK done") }
        + logout(4));
    SentCopyJob::Request r = request(server);
    r.settings.sentFolder = QStringLiteral("Archiv/\u00c4lter");
    r.messageId.clear();
    const JobRun run = runJob(r);
    VERIFY_SCRIPT(run, server);
    QCOMPARE(run.result.outcome, SentCopyResult::Outcome::Copied);
}

void TestImapProtocol::startTlsMissing()
{
    // "NO STARTTLS" case 1: required, not offered: abort, send nothing more.
    ScriptedServer server({ s("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN LOGIN] ready"), s("HANG") });
    const JobRun run = runJob(tlsRequest(server, SecurityMode::StartTls));
    VERIFY_SCRIPT(run, server);
    QCOMPARE(run.result.outcome, SentCopyResult::Outcome::NeedsPerson);
    QCOMPARE(run.result.failure->fault, NetworkFault::StartTlsMissing);
    QVERIFY(!run.result.tls.encrypted);
}

void TestImapProtocol::preauthBeforeStartTls()
{
    // RFC 9051 §6.2.1: PREAUTH on a connection that must switch to TLS.
    ScriptedServer server({ s("S: * PREAUTH [CAPABILITY IMAP4rev1 STARTTLS] welcome"), s("HANG") });
    const JobRun run = runJob(tlsRequest(server, SecurityMode::StartTls));
    VERIFY_SCRIPT(run, server);
    QCOMPARE(run.result.outcome, SentCopyResult::Outcome::NeedsPerson);
    QCOMPARE(run.result.failure->fault, NetworkFault::StartTlsMissing);
}

void TestImapProtocol::startTlsRefused()
{
    ScriptedServer server({ s("S: * OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready"),
        s("C: A001 STARTTLS"), s("S: A001 BAD not now"), s("HANG") });
    const JobRun run = runJob(tlsRequest(server, SecurityMode::StartTls));
    VERIFY_SCRIPT(run, server);
    QCOMPARE(run.result.outcome, SentCopyResult::Outcome::NeedsPerson);
    QCOMPARE(run.result.failure->fault, NetworkFault::StartTlsRefused);
}

void TestImapProtocol::startTlsInjection()
{
    // "NO STARTTLS" case 3: a plaintext response right behind the OK, in the
    // same segment, must never be read as if it came over TLS.
    ScriptedServer server({ s("S: * OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready"),
        s("C: A001 STARTTLS"),
        s("R: A001 OK Begin TLS negotiation now\\r\\n* CAPABILITY IMAP4rev1 AUTH=PLAIN\\r\\n"), s("HANG") });
    const JobRun run = runJob(tlsRequest(server, SecurityMode::StartTls));
    VERIFY_SCRIPT(run, server);
    QCOMPARE(run.result.outcome, SentCopyResult::Outcome::NeedsPerson);
    QCOMPARE(run.result.failure->fault, NetworkFault::StartTlsInjection);
    QVERIFY(run.transcriptText().contains(s("(discarded)")));
    QVERIFY(!run.result.tls.attempted);
}

void TestImapProtocol::startTlsThenLogin()
{
    // After TLS the capabilities are asked again (RFC 9051 §6.2.1) and the
    // pre-TLS AUTH=PLAIN counts for nothing: only LOGIN is left, which is
    // allowed inside TLS; its password is redacted in the transcript.
    const QString size = QString::number(kMessage.size());
    ScriptedServer server(QStringList { s("S: * OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN] ready"),
                              s("C: A001 STARTTLS"), s("S: A001 OK Begin TLS"), s("TLS"),
                              s("C: A002 CAPABILITY"), s("S: * CAPABILITY IMAP4rev1 LITERAL+"),
                              s("S: A002 OK done"), s("C: A003 LOGIN \"alice\" \"") + kPassword + s("\""),
                              s("S: A003 OK [CAPABILITY IMAP4rev1 LITERAL+] Logged in"),
                              s("C: A004 LIST \"\" \"*\""), s("S: * LIST () \"/\" Sent"),
                              s("S: A004 OK done"), s("C: A005 APPEND \"Sent\" (\\Seen) {") + size + s("+}"),
                              s("BYTES ") + size, s("C: "), s("S: A005 OK done") }
        + logout(6));
    SentCopyJob::Request r = tlsRequest(server, SecurityMode::StartTls);
    r.messageId.clear();
    const JobRun run = runJob(r);
    VERIFY_SCRIPT(run, server);
    QCOMPARE(run.result.outcome, SentCopyResult::Outcome::Copied);
    QVERIFY(run.result.tls.encrypted);
    QVERIFY(run.result.tls.acceptedByPin);
    QVERIFY(run.transcriptText().contains(s("C: A003 LOGIN \"alice\" [password redacted]")));
}

void TestImapProtocol::implicitTlsXoauth2Refused()
{
    const QByteArray payload = QByteArray("user=alice\x01"
                                          "auth=Bearer ")
        + kPassword.toUtf8() + "\x01\x01";
    ScriptedServer server(
        QStringList { s("TLS"), s("S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=XOAUTH2 AUTH=PLAIN] hi"),
            s("C: A001 AUTHENTICATE XOAUTH2 ") + QString::fromLatin1(payload.toBase64()),
            s("S: A001 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)") }
        + logout(2));
    SentCopyJob::Request r = tlsRequest(server, SecurityMode::ImplicitTls);
    r.login.method = sasl::AuthMethod::XOAuth2;
    const JobRun run = runJob(r);
    VERIFY_SCRIPT(run, server);
    QVERIFY(!run.transcriptText().contains(QString::fromLatin1(payload.toBase64())));
    QCOMPARE(run.result.outcome, SentCopyResult::Outcome::NeedsPerson);
    QCOMPARE(run.result.failure->code, QByteArray("AUTHENTICATIONFAILED"));
    QVERIFY(run.result.text.contains(s("Sign in again")));
    QVERIFY(run.result.tls.encrypted);
}

void TestImapProtocol::wrongPin()
{
    ScriptedServer server({ s("TLS"), s("SILENT") });
    SentCopyJob::Request r = tlsRequest(server, SecurityMode::ImplicitTls);
    r.settings.pinnedSha256 = QString(64, QLatin1Char('a'));
    const JobRun run = runJob(r);
    QVERIFY(run.finished);
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(';')));
    QCOMPARE(run.result.outcome, SentCopyResult::Outcome::NeedsPerson);
    QVERIFY(run.result.failure->fault == NetworkFault::CertificateRejected
        || run.result.failure->fault == NetworkFault::PinMismatch);
    QVERIFY(run.result.failure->offersPin);
}

void TestImapProtocol::failures_data()
{
    using O = SentCopyResult::Outcome;
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<O>("outcome");
    QTest::addColumn<int>("fault");
    QTest::addColumn<QByteArray>("code");

    const QStringList loggedIn { s("S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN LITERAL+] ready"),
        s("C: A001 AUTHENTICATE PLAIN ") + plainPayload(),
        s("S: A001 OK [CAPABILITY IMAP4rev1 LITERAL+] ok") };
    const QStringList listed = loggedIn
        + QStringList { s("C: A002 LIST \"\" \"*\""), s("S: * LIST () \"/\" Sent"), s("S: A002 OK done"),
              s("C: A003 EXAMINE \"Sent\""), s("S: A003 OK done"),
              s("C: A004 UID SEARCH HEADER Message-ID \"<m1@example.test>\""), s("S: * SEARCH"),
              s("S: A004 OK done") };
    const QString size = QString::number(kMessage.size());
    const QStringList appended = listed
        + QStringList { s("C: A005 APPEND \"Sent\" (\\Seen) {") + size + s("+}"), s("BYTES ") + size,
              s("C: ") };

    QTest::newRow("greeting not IMAP")
        << QStringList { s("S: 220 smtp.example ESMTP"), s("HANG") } << O::RetryLater
        << int(NetworkFault::ProtocolViolation) << QByteArray();
    QTest::newRow("greeting BYE") << QStringList { s("S: * BYE Too many connections"), s("HANG") }
                                  << O::RetryLater << int(NetworkFault::RemoteClosed) << QByteArray();
    QTest::newRow("malformed response")
        << (loggedIn
               + QStringList { s("C: A002 LIST \"\" \"*\""), s("S: * LIST (\\Sent \"/\" \"Sent"), s("HANG") })
        << O::RetryLater << int(NetworkFault::ProtocolViolation) << QByteArray();
    QTest::newRow("bare LF") << (loggedIn
        + QStringList { s("C: A002 LIST \"\" \"*\""), s("R: * LIST () \"/\" Sent\\n"), s("HANG") })
                             << O::RetryLater << int(NetworkFault::ProtocolViolation) << QByteArray();
    QTest::newRow("truncated, then closed")
        << (loggedIn + QStringList { s("C: A002 LIST \"\" \"*\""), s("R: * LIST () \"/\" Se"), s("CLOSE") })
        << O::RetryLater << int(NetworkFault::RemoteClosed) << QByteArray();
    QTest::newRow("truncated literal") << (loggedIn
        + QStringList { s("C: A002 LIST \"\" \"*\""), s("R: * LIST () \"/\" {10}\\r\\nSen"), s("CLOSE") })
                                       << O::RetryLater << int(NetworkFault::RemoteClosed) << QByteArray();
    QTest::newRow("BYE during LIST") << (loggedIn
        + QStringList { s("C: A002 LIST \"\" \"*\""), s("S: * BYE Server shutting down"), s("CLOSE") })
                                     << O::RetryLater << int(NetworkFault::RemoteClosed) << QByteArray();
    QTest::newRow("dropped during APPEND") << (appended + QStringList { s("CLOSE") }) << O::RetryLater
                                           << int(NetworkFault::RemoteClosed) << QByteArray();
    QTest::newRow("NO [OVERQUOTA]") << (appended
        + QStringList { s("S: A005 NO [OVERQUOTA] Quota exceeded (mailbox for user is full)") } + logout(6))
                                    << O::RetryLater << int(NetworkFault::None) << QByteArray("OVERQUOTA");
    QTest::newRow("NO [INUSE]") << (appended + QStringList { s("S: A005 NO [INUSE] Mailbox in use") }
        + logout(6)) << O::RetryLater
                                << int(NetworkFault::None) << QByteArray("INUSE");
    QTest::newRow("NO [TRYCREATE]") << (appended
        + QStringList { s("S: A005 NO [TRYCREATE] Mailbox doesn't exist: Sent") } + logout(6))
                                    << O::NeedsPerson << int(NetworkFault::None) << QByteArray("TRYCREATE");
    QTest::newRow("login refused")
        << QStringList { s("S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready"),
               s("C: A001 AUTHENTICATE PLAIN ") + plainPayload(),
               s("S: A001 NO [AUTHENTICATIONFAILED] Authentication failed.") }
            + logout(2)
        << O::NeedsPerson << int(NetworkFault::None) << QByteArray("AUTHENTICATIONFAILED");
    QTest::newRow("login [UNAVAILABLE]")
        << QStringList { s("S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready"),
               s("C: A001 AUTHENTICATE PLAIN ") + plainPayload(), s("S: A001 NO [UNAVAILABLE] Try later") }
            + logout(2)
        << O::RetryLater << int(NetworkFault::None) << QByteArray("UNAVAILABLE");
    QTest::newRow("no Sent folder") << (loggedIn
        + QStringList { s("C: A002 LIST \"\" \"*\""), s("S: * LIST () \"/\" INBOX"),
            s("S: * LIST (\\Noselect) \"/\" Sent"), s("S: A002 OK done") }
        + logout(3)) << O::NeedsPerson
                                    << int(NetworkFault::None) << QByteArray();
    QTest::newRow("continuation out of turn")
        << (loggedIn + QStringList { s("C: A002 LIST \"\" \"*\""), s("S: + more?"), s("HANG") })
        << O::RetryLater << int(NetworkFault::ProtocolViolation) << QByteArray();
    QTest::newRow("wrong tag") << (loggedIn
        + QStringList { s("C: A002 LIST \"\" \"*\""), s("S: A009 OK done"), s("HANG") })
                               << O::RetryLater << int(NetworkFault::ProtocolViolation) << QByteArray();
    QTest::newRow("no login offered without TLS")
        << QStringList { s("S: * OK [CAPABILITY IMAP4rev1 AUTH=GSSAPI] ready"), s("HANG") } << O::NeedsPerson
        << int(NetworkFault::AuthNotOffered) << QByteArray();
}

void TestImapProtocol::failures()
{
    QFETCH(QStringList, script);
    QFETCH(SentCopyResult::Outcome, outcome);
    QFETCH(int, fault);
    QFETCH(QByteArray, code);
    ScriptedServer server(script);
    const JobRun run = runJob(request(server));
    VERIFY_SCRIPT(run, server);
    QCOMPARE(SentCopyResult::outcomeId(run.result.outcome), SentCopyResult::outcomeId(outcome));
    QVERIFY(run.result.failure.has_value());
    QCOMPARE(int(run.result.failure->fault), fault);
    QCOMPARE(run.result.failure->code, code);
    QVERIFY(!run.result.text.isEmpty());
}

void TestImapProtocol::timeout()
{
    ScriptedServer server({ s("S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready"),
        s("C: A001 AUTHENTICATE PLAIN ") + plainPayload(), s("S: A001 OK [CAPABILITY IMAP4rev1] ok"),
        s("C: A002 LIST \"\" \"*\""), s("HANG") });
    SentCopyJob::Request r = request(server);
    r.settings.timeoutMs = 400;
    const JobRun run = runJob(r);
    VERIFY_SCRIPT(run, server);
    QCOMPARE(run.result.outcome, SentCopyResult::Outcome::RetryLater);
    QCOMPARE(run.result.failure->fault, NetworkFault::Timeout);
}

void TestImapProtocol::passwordQuotedBack()
{
    // A careless server repeats the password and the PLAIN payload.
    ScriptedServer server(QStringList { s("S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready"),
                              s("C: A001 AUTHENTICATE PLAIN ") + plainPayload(),
                              s("S: A001 NO bad password ") + kPassword + s(" in ") + plainPayload() }
        + logout(2));
    const JobRun run = runJob(request(server));
    VERIFY_SCRIPT(run, server);
    QCOMPARE(run.result.outcome, SentCopyResult::Outcome::NeedsPerson);
    QVERIFY(!run.result.failure->serverText.contains(kPassword));
    QVERIFY(!run.result.failure->serverText.contains(plainPayload()));
}

QTEST_GUILESS_MAIN(TestImapProtocol)
#include "tst_imap_protocol.moc"
