// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// A hostile or broken server, one data-driven test per kind of attack:
// STARTTLS stripping and injection, replies sent ahead of their commands,
// malformed and endless replies, stalls, connections dropped at each step,
// terminal escapes and secrets quoted back, bad certificates, outdated TLS,
// and reply floods (with the client's memory measured in a child process).
// Each row asserts the exact outcome: the kind of failure, that nothing
// left the client after the point of abort (a script that ends in HANG
// fails on any further byte), what the transcript shows, and that the
// password appears nowhere.
//
// Byte-level cases use the scripted server (tests/support/ScriptedServer);
// the TLS 1.0/1.1 peer is Python's ssl module (tests/support/legacy_tls_peer.py)
// because Qt's server side on Debian's OpenSSL 3 will not offer those versions.

#include "CertificateFactory.h"
#include "FloodServer.h"
#include "Peers.h"
#include "ScriptedServer.h"
#include "diagnostics/DiagnosticsCatalog.h"
#include "outbox/OutboxRecord.h"
#include "outbox/RetryPolicy.h"
#include "smtp/ReplyParser.h"
#include "smtp/SubmissionSession.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace stamp;
using stamp::test::FloodServer;
using stamp::test::ScriptedServer;
using stamp::test::SessionRun;

namespace {

const QString kEhlo = QStringLiteral("C: EHLO [127.0.0.1]");
const QString kPassword = QStringLiteral("hunter2-S3cret!");
const QString kQuit = QStringLiteral("C: QUIT");
const QString kBye = QStringLiteral("S: 221 Bye");

QByteArray plainPayload()
{
    return QByteArray(QByteArray("\0alice\0", 7) + kPassword.toUtf8()).toBase64();
}

// Every form of the password a server could quote back.
QStringList secretForms()
{
    return { kPassword, QString::fromLatin1(plainPayload()),
        QString::fromLatin1(kPassword.toUtf8().toBase64()) };
}

AuthSettings plainAuth(sasl::AuthMethod method = sasl::AuthMethod::Plain)
{
    AuthSettings a;
    a.method = method;
    a.credentials.username = QStringLiteral("alice");
    a.credentials.secret = kPassword;
    return a;
}

ServerSettings settingsFor(quint16 port, SecurityMode mode = SecurityMode::None, int timeoutMs = 5000)
{
    ServerSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.security = mode;
    s.timeouts = Timeouts::cappedAt(timeoutMs);
    return s;
}

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
    OutgoingMessage message()
    {
        OutgoingMessage m;
        m.from = QStringLiteral("alice@example.com");
        m.recipients = { QStringLiteral("bob@example.net") };
        m.body = &buffer;
        return m;
    }
};

// The envelope of Body::message(), as the client sends it.
QStringList envelope()
{
    return { QStringLiteral("C: MAIL FROM:<alice@example.com>"), QStringLiteral("S: 250 2.1.0 Ok"),
        QStringLiteral("C: RCPT TO:<bob@example.net>"), QStringLiteral("S: 250 2.1.5 Ok"),
        QStringLiteral("C: DATA") };
}

// Everything a person or a file could ever see of a session: the
// transcript, the failures' messages and replies, their stored form (the
// outbox keeps the JSON) and their diagnoses.
QString everythingShown(const SessionRun &run)
{
    QStringList parts { run.transcriptText() };
    QList<Failure> failures;
    if (run.report.failure)
        failures << *run.report.failure;
    for (const SendResult &m : run.report.messages) {
        if (m.failure)
            failures << *m.failure;
        if (m.finalReply)
            parts << m.finalReply->summary();
        for (const RecipientResult &r : m.recipients)
            parts << r.reply.summary();
    }
    for (const Failure &f : failures) {
        const Diagnosis d = DiagnosticsCatalog::diagnose(f);
        parts << f.message << (f.reply ? f.reply->summary() : QString())
              << QString::fromUtf8(QJsonDocument(f.toJson()).toJson()) << d.title << d.explanation
              << d.remedy;
    }
    return parts.join(QLatin1Char('\n'));
}

// A character no terminal should receive from a server: C0 (the
// transcript's own line breaks aside), DEL and C1.
qsizetype firstControl(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if ((c < 0x20 && c != u'\n') || c == 0x7f || (c >= 0x80 && c <= 0x9f))
            return i;
    }
    return -1;
}

QString describe(const SessionRun &run, const ScriptedServer &server)
{
    return QStringLiteral("server errors: %1\nscript at: %2\nreceived: %3\ntranscript:\n%4")
        .arg(server.errors().join(QStringLiteral("; ")), server.position(),
            QString::fromLatin1(server.received().left(600)), run.transcriptText());
}

// The script ran to its end (or to HANG/SINK) and the client sent nothing
// it did not expect: after HANG, not one byte.
#define VERIFY_SCRIPT(run, server)                                                                           \
    do {                                                                                                     \
        QVERIFY2((run).finished, qPrintable(describe(run, server)));                                         \
        QVERIFY2((server).errors().isEmpty(), qPrintable(describe(run, server)));                            \
        QVERIFY2((server).isComplete(), qPrintable(describe(run, server)));                                  \
    } while (0)

#define VERIFY_NO_SECRET(text)                                                                               \
    do {                                                                                                     \
        const QString shown_ = (text);                                                                       \
        for (const QString &secret_ : secretForms())                                                         \
            QVERIFY2(!shown_.contains(secret_), qPrintable(QStringLiteral("secret shown: ") + secret_));     \
    } while (0)

QString diagnosisId(const SessionRun &run)
{
    return run.report.failure ? DiagnosticsCatalog::diagnose(*run.report.failure).id : QString();
}

} // namespace

class TestHostileServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startTlsStripping_data();
    void startTlsStripping();
    void startTlsInjection_data();
    void startTlsInjection();
    void replySmuggling_data();
    void replySmuggling();
    void malformedReplies_data();
    void malformedReplies();
    void toleratedOddities_data();
    void toleratedOddities();
    void stalls_data();
    void stalls();
    void droppedConnection_data();
    void droppedConnection();
    void terminalInjection_data();
    void terminalInjection();
    void secretsQuotedBack_data();
    void secretsQuotedBack();
    void certificates_data();
    void certificates();
    void outdatedTls_data();
    void outdatedTls();
    void replyFlood_data();
    void replyFlood();
    void replyFloodMemory_data();
    void replyFloodMemory();

private:
    test::CertificateFactory m_certs;
    test::CertificateFactory::Issued m_good; // for "localhost", signed by m_certs' CA
};

void TestHostileServer::initTestCase()
{
    const QString problem = m_certs.init();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_good = m_certs.issue(
        QStringLiteral("localhost"), QStringLiteral("DNS:localhost"), now.addDays(-1), now.addDays(30));
    QVERIFY2(m_good.error.isEmpty(), qPrintable(m_good.error));
}

// --- STARTTLS stripping ("NO STARTTLS", USENIX Security 2021, cases 1 and 2) ----------

void TestHostileServer::startTlsStripping_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<NetworkFault>("fault");
    QTest::addColumn<QString>("diagnosis");

    const QString greet = QStringLiteral("S: 220 mitm.test ESMTP");
    QTest::newRow("no STARTTLS in EHLO")
        << QStringList { greet, kEhlo, QStringLiteral("S: 250-mitm.test"),
               QStringLiteral("S: 250 AUTH PLAIN"), QStringLiteral("HANG") }
        << NetworkFault::StartTlsMissing << QStringLiteral("starttls.missing");
    // Only the exact keyword counts (RFC 3207 §4), not a look-alike or the
    // greeting's text.
    QTest::newRow("look-alike keyword, STARTTLS in the greeting text") << QStringList {
        QStringLiteral("S: 220 mitm.test ESMTP STARTTLS"), kEhlo, QStringLiteral("S: 250-mitm.test"),
        QStringLiteral("S: 250-X-STARTTLS"), QStringLiteral("S: 250 AUTH PLAIN"), QStringLiteral("HANG")
    } << NetworkFault::StartTlsMissing << QStringLiteral("starttls.missing");
    QTest::newRow("EHLO refused, HELO offers nothing") << QStringList {
        greet, kEhlo, QStringLiteral("S: 502 5.5.1 Unrecognized command"),
        QStringLiteral("C: HELO [127.0.0.1]"), QStringLiteral("S: 250 mitm.test"), QStringLiteral("HANG")
    } << NetworkFault::StartTlsMissing << QStringLiteral("starttls.missing");
    const QStringList offer { greet, kEhlo, QStringLiteral("S: 250-mitm.test"),
        QStringLiteral("S: 250-AUTH PLAIN"), QStringLiteral("S: 250 STARTTLS"),
        QStringLiteral("C: STARTTLS") };
    QTest::newRow("454 to STARTTLS") << offer
            + QStringList { QStringLiteral("S: 454 4.7.0 TLS not available"), QStringLiteral("HANG") }
                                     << NetworkFault::StartTlsRefused << QStringLiteral("starttls.refused");
    QTest::newRow("250 to STARTTLS") << offer
            + QStringList { QStringLiteral("S: 250 2.0.0 Ok"), QStringLiteral("HANG") }
                                     << NetworkFault::StartTlsRefused << QStringLiteral("starttls.refused");
    QTest::newRow("354 to STARTTLS") << offer
            + QStringList { QStringLiteral("S: 354 go ahead"), QStringLiteral("HANG") }
                                     << NetworkFault::StartTlsRefused << QStringLiteral("starttls.refused");
    // RFC 5321 §3.8: 421 closes the channel whatever it answers; still no
    // plaintext afterwards.
    QTest::newRow("421 to STARTTLS") << offer
            + QStringList { QStringLiteral("S: 421 4.3.2 Shutting down"), QStringLiteral("HANG") }
                                     << NetworkFault::None << QStringLiteral("starttls.refused");
}

void TestHostileServer::startTlsStripping()
{
    QFETCH(QStringList, script);
    QFETCH(NetworkFault, fault);
    QFETCH(QString, diagnosis);
    Body body("secret content\r\n");
    ScriptedServer server(script);
    const SessionRun run = test::runSession(
        settingsFor(server.port(), SecurityMode::StartTls), plainAuth(), { body.message() });
    VERIFY_SCRIPT(run, server); // ends in HANG: nothing at all after the refusal
    QVERIFY(run.report.failure);
    QCOMPARE(run.report.failure->phase, Phase::StartTls);
    QCOMPARE(run.report.failure->fault, fault);
    QCOMPARE(diagnosisId(run), diagnosis);
    QVERIFY(!run.report.tls.encrypted);
    QVERIFY(!server.received().contains("AUTH"));
    QVERIFY(!server.received().contains("MAIL"));
    QCOMPARE(run.report.messages.value(0).status, SendResult::Status::Failed);
    QVERIFY(!run.report.messages.value(0).uncertain);
    VERIFY_NO_SECRET(everythingShown(run) + QString::fromLatin1(server.received()));
}

// --- STARTTLS response injection (RFC 3207 §4.2; CVE-2011-0411 class) ----------------

void TestHostileServer::startTlsInjection_data()
{
    QTest::addColumn<QString>("injected"); // a script step sent with the 220, in one write
    QTest::addColumn<QString>("shown");

    // Kinds the other suite lacks: no line end at all, a NUL, a bare LF,
    // and a second 220 as if the server agreed twice.
    QTest::newRow("bytes without a line end")
        << QStringLiteral("R: 250 AUTH PL") << QStringLiteral("250 AUTH PL");
    QTest::newRow("one NUL byte") << QStringLiteral("R: \\x00") << QStringLiteral("\\x00");
    QTest::newRow("bare LF line") << QStringLiteral("R: 250 ok\\n") << QStringLiteral("250 ok\\n");
    QTest::newRow("second 220") << QStringLiteral("S: 220 2.0.0 Ready")
                                << QStringLiteral("220 2.0.0 Ready\\r\\n");
}

void TestHostileServer::startTlsInjection()
{
    QFETCH(QString, injected);
    QFETCH(QString, shown);
    Body body("x\r\n");
    ScriptedServer server({ QStringLiteral("S: 220 mitm.test ESMTP"), kEhlo,
        QStringLiteral("S: 250-mitm.test"), QStringLiteral("S: 250 STARTTLS"), QStringLiteral("C: STARTTLS"),
        QStringLiteral("S: 220 2.0.0 Ready to start TLS"), injected, QStringLiteral("HANG") });
    const SessionRun run = test::runSession(
        settingsFor(server.port(), SecurityMode::StartTls), plainAuth(), { body.message() });
    VERIFY_SCRIPT(run, server);
    QVERIFY(run.report.failure);
    QCOMPARE(run.report.failure->fault, NetworkFault::StartTlsInjection);
    QCOMPARE(run.report.failure->phase, Phase::StartTls);
    QCOMPARE(diagnosisId(run), QStringLiteral("starttls.injection"));
    QVERIFY(!run.report.tls.encrypted);
    const QString transcript = run.transcriptText();
    QVERIFY2(transcript.contains(QStringLiteral("before TLS (discarded): \"") + shown + QLatin1Char('"')),
        qPrintable(transcript));
    QCOMPARE(firstControl(transcript), -1);
    QVERIFY(!server.received().contains("AUTH"));
}

// --- replies sent ahead of their commands ------------------------------------------

void TestHostileServer::replySmuggling_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<bool>("pipelining");
    QTest::addColumn<Phase>("phase");

    // RFC 5321 §4.2 and RFC 2920 §3.1: exactly one reply per command sent,
    // in order. A reply that arrives before its command was sent would be
    // taken as the answer to the command the client sends next: a server
    // (or whoever sits in between) could make the client believe a sender,
    // a recipient or the whole message was accepted before it was sent.
    QTest::newRow("greeting and an EHLO reply before EHLO")
        << QStringList { QStringLiteral("S: 220 fake.test ESMTP"), QStringLiteral("S: 250-fake.test"),
               QStringLiteral("S: 250 AUTH PLAIN"), QStringLiteral("HANG") }
        << false << Phase::Greeting;
    QTest::newRow("MAIL accepted before it was sent")
        << QStringList { QStringLiteral("S: 220 fake.test ESMTP"), kEhlo, QStringLiteral("S: 250 fake.test"),
               QStringLiteral("S: 250 2.1.0 Sender ok"), QStringLiteral("HANG") }
        << false << Phase::Ehlo;
    QTest::newRow("message accepted before it was sent")
        << QStringList { QStringLiteral("S: 220 fake.test ESMTP"), kEhlo, QStringLiteral("S: 250 fake.test") }
            + envelope()
            + QStringList { QStringLiteral("S: 354 go ahead"),
                  QStringLiteral("S: 250 2.0.0 Queued as SMUGGLED"), QStringLiteral("HANG") }
        << false << Phase::Data;
    QTest::newRow("pipelined group answered once too often") << QStringList {
        QStringLiteral("S: 220 fake.test ESMTP"), kEhlo, QStringLiteral("S: 250-fake.test"),
        QStringLiteral("S: 250 PIPELINING"), QStringLiteral("C: MAIL FROM:<alice@example.com>"),
        QStringLiteral("C: RCPT TO:<bob@example.net>"), QStringLiteral("C: DATA"),
        QStringLiteral("S: 250 2.1.0 Ok"), QStringLiteral("S: 250 2.1.5 Ok"), QStringLiteral("S: 354 go"),
        QStringLiteral("S: 250 2.0.0 Queued as SMUGGLED"), QStringLiteral("HANG")
    } << true << Phase::Mail;
}

void TestHostileServer::replySmuggling()
{
    QFETCH(QStringList, script);
    QFETCH(bool, pipelining);
    QFETCH(Phase, phase);
    Body body("Subject: x\r\n\r\nbody line\r\n");
    ScriptedServer server(script);
    server.setPipeliningAllowed(pipelining);
    const SessionRun run = test::runSession(settingsFor(server.port()), {}, { body.message() });
    VERIFY_SCRIPT(run, server); // HANG: not one byte after the extra reply
    QVERIFY(run.report.failure);
    QCOMPARE(run.report.failure->fault, NetworkFault::ProtocolViolation);
    QCOMPARE(run.report.failure->phase, phase);
    QCOMPARE(diagnosisId(run), QStringLiteral("network.protocol-violation"));
    const SendResult result = run.report.messages.value(0);
    QCOMPARE(result.status, SendResult::Status::Failed);
    QVERIFY(!result.uncertain);
    QVERIFY(!result.finalReply);
    QVERIFY(!server.received().contains("body line"));
    QVERIFY2(run.transcriptText().contains(QStringLiteral("before")), qPrintable(run.transcriptText()));
}

// --- malformed replies (RFC 5321 §4.2) ------------------------------------------------

void TestHostileServer::malformedReplies_data()
{
    QTest::addColumn<QStringList>("reply"); // the answer to EHLO
    QTest::addColumn<QString>("error"); // what the failure says

    QTest::newRow("no code") << QStringList { QStringLiteral("S: hello there") }
                             << QStringLiteral("no three-digit code");
    QTest::newRow("letter in the code")
        << QStringList { QStringLiteral("S: 2O0 ok") } << QStringLiteral("no three-digit code");
    QTest::newRow("two digits") << QStringList { QStringLiteral("S: 25") }
                                << QStringLiteral("no three-digit code");
    QTest::newRow("empty line") << QStringList { QStringLiteral("S: ") }
                                << QStringLiteral("no three-digit code");
    QTest::newRow("NUL in the code") << QStringList { QStringLiteral("R: 25\\x00 ok\\r\\n") }
                                     << QStringLiteral("no three-digit code");
    QTest::newRow("code below 2xx") << QStringList { QStringLiteral("S: 150 wait") }
                                    << QStringLiteral("outside 2xx-5xx");
    QTest::newRow("code above 5xx") << QStringList { QStringLiteral("S: 999 what") }
                                    << QStringLiteral("outside 2xx-5xx");
    QTest::newRow("missing space") << QStringList { QStringLiteral("S: 250ok") }
                                   << QStringLiteral("malformed reply line");
    QTest::newRow("tab for space") << QStringList { QStringLiteral("S: 250\tok") }
                                   << QStringLiteral("malformed reply line");
    QTest::newRow("mixed codes in a multiline") << QStringList { QStringLiteral("S: 250-fake.test"),
        QStringLiteral("S: 250-PIPELINING"), QStringLiteral("S: 550 oops") }
                                                << QStringLiteral("changed the reply code from 250 to 550");
    QTest::newRow("overlong line") << QStringList {
        QStringLiteral("S: 250 ") + QString(70 * 1024, QLatin1Char('x'))
    } << QStringLiteral("reply line longer than");
    QStringList many;
    for (int i = 0; i < 5000; ++i)
        many << QStringLiteral("S: 250-X-LINE-%1").arg(i);
    many << QStringLiteral("S: 250 end");
    QTest::newRow("too many lines") << many << QStringLiteral("reply of more than");
}

void TestHostileServer::malformedReplies()
{
    QFETCH(QStringList, reply);
    QFETCH(QString, error);
    Body body("x\r\n");
    ScriptedServer server(QStringList { QStringLiteral("S: 220 fake.test ESMTP"), kEhlo } + reply
        + QStringList { QStringLiteral("HANG") });
    const SessionRun run = test::runSession(settingsFor(server.port()), plainAuth(), { body.message() });
    VERIFY_SCRIPT(run, server); // a bad reply ends the session at once: not even QUIT
    QVERIFY(run.report.failure);
    QCOMPARE(run.report.failure->fault, NetworkFault::ProtocolViolation);
    QCOMPARE(run.report.failure->phase, Phase::Ehlo);
    QCOMPARE(diagnosisId(run), QStringLiteral("network.protocol-violation"));
    QVERIFY2(run.report.failure->message.contains(error), qPrintable(run.report.failure->message));
    QVERIFY2(run.transcriptText().contains(error), qPrintable(run.transcriptText()));
    QCOMPARE(firstControl(run.transcriptText()), -1);
    QCOMPARE(run.report.messages.value(0).status, SendResult::Status::Failed);
}

// What a robust client accepts (RFC 1123 §1.2.2's robustness principle),
// shown as it was.
void TestHostileServer::toleratedOddities_data()
{
    QTest::addColumn<QString>("reply"); // the answer to EHLO, raw
    QTest::addColumn<QString>("shown");

    // RFC 5321 §2.3.8 asks for CRLF; a bare LF still ends the line.
    QTest::newRow("bare LF") << QStringLiteral("R: 250-fake.test\\n250 SIZE 1000\\n")
                             << QStringLiteral("S: 250 SIZE 1000");
    // §4.2 allows only printable text; a NUL is kept, shown escaped, and
    // truncates nothing.
    QTest::newRow("NUL in the text") << QStringLiteral("R: 250-fake\\x00hidden\\r\\n250 SIZE 1000\\r\\n")
                                     << QStringLiteral("S: 250-fake\\x00hidden");
    QTest::newRow("code without text") << QStringLiteral("R: 250-fake.test\\r\\n250-SIZE 1000\\r\\n250\\r\\n")
                                       << QStringLiteral("S: 250-SIZE 1000");
}

void TestHostileServer::toleratedOddities()
{
    QFETCH(QString, reply);
    QFETCH(QString, shown);
    ScriptedServer server({ QStringLiteral("S: 220 fake.test ESMTP"), kEhlo, reply, kQuit, kBye });
    const SessionRun run = test::runSession(settingsFor(server.port()), {}, {});
    VERIFY_SCRIPT(run, server);
    QVERIFY2(!run.report.failure, qPrintable(run.transcriptText()));
    QCOMPARE(run.report.capabilities.sizeLimit(), 1000);
    QVERIFY2(run.transcriptText().contains(shown), qPrintable(run.transcriptText()));
    QCOMPARE(firstControl(run.transcriptText()), -1);
}

// --- stalls: the server goes silent --------------------------------------------------

void TestHostileServer::stalls_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<int>("security");
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<QString>("diagnosis");
    QTest::addColumn<bool>("uncertain");

    const QString greet = QStringLiteral("S: 220 slow.test ESMTP");
    QTest::newRow("silent before the greeting")
        << QStringList { QStringLiteral("HANG") } << int(SecurityMode::None) << Phase::Greeting
        << QStringLiteral("network.timeout-greeting") << false;
    QTest::newRow("silent after EHLO")
        << QStringList { greet, kEhlo, QStringLiteral("HANG") } << int(SecurityMode::None) << Phase::Ehlo
        << QStringLiteral("network.timeout-reply") << false;
    // A reply that trickles in does not extend the deadline: it runs for
    // the whole reply, not per line.
    QTest::newRow("half a reply, then silent")
        << QStringList { greet, kEhlo, QStringLiteral("S: 250-slow.test"), QStringLiteral("HANG") }
        << int(SecurityMode::None) << Phase::Ehlo << QStringLiteral("network.timeout-reply") << false;
    QTest::newRow("half a line, then silent")
        << QStringList { greet, kEhlo, QStringLiteral("R: 250-slo"), QStringLiteral("HANG") }
        << int(SecurityMode::None) << Phase::Ehlo << QStringLiteral("network.timeout-reply") << false;
    QTest::newRow("agrees to STARTTLS, never shakes hands")
        << QStringList { greet, kEhlo, QStringLiteral("S: 250-slow.test"), QStringLiteral("S: 250 STARTTLS"),
               QStringLiteral("C: STARTTLS"), QStringLiteral("S: 220 go ahead"), QStringLiteral("SINK") }
        << int(SecurityMode::StartTls) << Phase::Tls << QStringLiteral("network.timeout-reply") << false;
    QTest::newRow("silent after the final dot")
        << QStringList { greet, kEhlo, QStringLiteral("S: 250 slow.test") } + envelope()
            + QStringList { QStringLiteral("S: 354 go"), QStringLiteral("DATA"), QStringLiteral("HANG") }
        << int(SecurityMode::None) << Phase::FinalReply << QStringLiteral("network.timeout-outcome-unknown")
        << true;
}

void TestHostileServer::stalls()
{
    QFETCH(QStringList, script);
    QFETCH(int, security);
    QFETCH(Phase, phase);
    QFETCH(QString, diagnosis);
    QFETCH(bool, uncertain);
    constexpr int kCapMs = 800;
    Body body("x\r\n");
    ScriptedServer server(script);
    QElapsedTimer clock;
    clock.start();
    const SessionRun run = test::runSession(
        settingsFor(server.port(), SecurityMode(security), kCapMs), {}, { body.message() }, 20000);
    const qint64 took = clock.elapsed();
    VERIFY_SCRIPT(run, server); // HANG: a stalled session is dropped, not even QUIT
    QVERIFY(run.report.failure);
    QCOMPARE(run.report.failure->fault, NetworkFault::Timeout);
    QCOMPARE(run.report.failure->phase, phase);
    QCOMPARE(diagnosisId(run), diagnosis);
    // QTimer may fire up to 5% early (Qt::CoarseTimer).
    QVERIFY2(took >= kCapMs * 9 / 10 && took < kCapMs + 4000, qPrintable(QString::number(took)));
    const SendResult result = run.report.messages.value(0);
    QCOMPARE(result.uncertain, uncertain);
    QCOMPARE(server.connections(), 1);
    if (uncertain) {
        QVERIFY(DiagnosticsCatalog::diagnose(*result.failure).deliveryUnknown);
        QCOMPARE(server.data().size(), 1);
    }
}

// --- the connection dropped at each stage ---------------------------------------------

void TestHostileServer::droppedConnection_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<int>("bodySize");
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<QString>("diagnosis");
    QTest::addColumn<bool>("uncertain");

    const QString greet = QStringLiteral("S: 220 fragile.test ESMTP");
    const QString authPlain = QStringLiteral("C: AUTH PLAIN ") + QString::fromLatin1(plainPayload());
    const QStringList ready { greet, kEhlo, QStringLiteral("S: 250-fragile.test"),
        QStringLiteral("S: 250 AUTH PLAIN"), authPlain,
        QStringLiteral("S: 235 2.7.0 Authentication successful") };
    QTest::newRow("before the greeting") << QStringList { QStringLiteral("CLOSE") } << 3 << Phase::Greeting
                                         << QStringLiteral("network.closed") << false;
    QTest::newRow("after EHLO") << QStringList { greet, kEhlo, QStringLiteral("CLOSE") } << 3 << Phase::Ehlo
                                << QStringLiteral("network.closed") << false;
    QTest::newRow("after AUTH") << QStringList { greet, kEhlo, QStringLiteral("S: 250-fragile.test"),
        QStringLiteral("S: 250 AUTH PLAIN"), authPlain, QStringLiteral("CLOSE") }
                                << 3 << Phase::Auth << QStringLiteral("network.closed") << false;
    // A body far larger than the socket buffers: the server hangs up after
    // 354, long before the end of the message could go out.
    QTest::newRow("mid-DATA") << ready + envelope()
            + QStringList { QStringLiteral("S: 354 go"), QStringLiteral("CLOSE") }
                              << 32 * 1024 * 1024 << Phase::Data << QStringLiteral("network.closed") << false;
    QTest::newRow("after the final dot")
        << ready + envelope()
            + QStringList { QStringLiteral("S: 354 go"), QStringLiteral("DATA"), QStringLiteral("CLOSE") }
        << 3 << Phase::FinalReply << QStringLiteral("network.closed-outcome-unknown") << true;
    // PIPELINING with CHUNKING: MAIL, RCPT and BDAT LAST go in one group
    // (RFC 2920, RFC 3030), so the whole message is out before the reply to
    // MAIL FROM is read. A hang-up then leaves the outcome open, whichever
    // reply was next.
    QTest::newRow("pipelined, after BDAT LAST, before any reply")
        << QStringList { greet, kEhlo, QStringLiteral("S: 250-fragile.test"), QStringLiteral("S: 250-PIPELINING"),
               QStringLiteral("S: 250-CHUNKING"), QStringLiteral("S: 250 AUTH PLAIN"), authPlain,
               QStringLiteral("C: MAIL FROM:<alice@example.com>"), QStringLiteral("C: RCPT TO:<bob@example.net>"),
               QStringLiteral("C: BDAT 3 LAST"), QStringLiteral("BYTES 3"), QStringLiteral("CLOSE") }
        << 3 << Phase::FinalReply << QStringLiteral("network.closed-outcome-unknown") << true;
}

void TestHostileServer::droppedConnection()
{
    QFETCH(QStringList, script);
    QFETCH(int, bodySize);
    QFETCH(Phase, phase);
    QFETCH(QString, diagnosis);
    QFETCH(bool, uncertain);
    Body body(bodySize == 3 ? QByteArray("x\r\n") : QByteArray(bodySize, 'x'));
    ScriptedServer server(script);
    const SessionRun run = test::runSession(settingsFor(server.port()), plainAuth(), { body.message() });
    QVERIFY2(run.finished, qPrintable(describe(run, server)));
    QVERIFY2(server.errors().isEmpty(), qPrintable(describe(run, server)));
    const SendResult result = run.report.messages.value(0);
    QVERIFY(result.failure);
    QCOMPARE(result.failure->fault, NetworkFault::RemoteClosed);
    QCOMPARE(result.failure->phase, phase);
    QCOMPARE(result.status, SendResult::Status::Failed);
    QCOMPARE(result.uncertain, uncertain);
    const Diagnosis d = DiagnosticsCatalog::diagnose(*result.failure);
    QCOMPARE(d.id, diagnosis);
    QCOMPARE(d.deliveryUnknown, uncertain);
    QCOMPARE(d.transient, !uncertain);
    // The session never reconnects to try again...
    QCOMPARE(server.connections(), 1);
    QVERIFY(server.data().size() <= 1);
    // ...and the outbox never resends a message that may have arrived.
    OutboxRecord record;
    record.attempts = 1;
    OutboxRecord::Recipient bob;
    bob.address = QStringLiteral("bob@example.net");
    record.recipients = { bob };
    RetryPolicy().apply(record, result, QDateTime::currentDateTimeUtc());
    if (uncertain)
        QCOMPARE(record.state, OutboxRecord::State::Uncertain);
    else
        QCOMPARE(record.state, OutboxRecord::State::Deferred);
    VERIFY_NO_SECRET(everythingShown(run));
}

// --- terminal escapes in the server's words ------------------------------------------

void TestHostileServer::terminalInjection_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<QString>("shown");

    QTest::newRow("OSC title in a refused greeting")
        << QStringList { QStringLiteral("S: 554 5.7.1 \x1b]0;pwned\x07 go away"), kQuit, kBye }
        << QStringLiteral("\\x1b]0;pwned\\x07 go away");
    QTest::newRow("CSI clear screen in EHLO") << QStringList { QStringLiteral("S: 220 ok"), kEhlo,
        QStringLiteral("S: 250-\x1b[2J\x1b[Hfake.test"), QStringLiteral("S: 250 SIZE 1000"), kQuit, kBye }
                                              << QStringLiteral("S: 250-\\x1b[2J\\x1b[Hfake.test");
    QTest::newRow("raw C1 byte, not UTF-8") << QStringList { QStringLiteral("R: 554 5.7.1 \\x9b31mred\\r\\n"),
        kQuit, kBye } << QStringLiteral("\\x9b31mred");
    QTest::newRow("C1 CSI as UTF-8") << QStringList { QStringLiteral("S: 554 5.7.1 \u009b31mred"), kQuit,
        kBye } << QStringLiteral("\\x9b31mred");
    QTest::newRow("backspaces and DEL hiding words")
        << QStringList { QStringLiteral("S: 554 5.7.1 refused\x08\x08\x08\x08\x08\x08\x08"
                                        "accepted\x7f"),
               kQuit, kBye }
        << QStringLiteral("refused\\x08\\x08\\x08\\x08\\x08\\x08\\x08accepted\\x7f");
    // The line that breaks the parser is quoted in the failure itself.
    QTest::newRow("OSC title in a malformed line") << QStringList { QStringLiteral("S: 220 ok"), kEhlo,
        QStringLiteral("S: \x1b]0;pwned\x07 not a reply"), QStringLiteral("HANG") }
                                                   << QStringLiteral("\\x1b]0;pwned\\x07 not a reply");
    QTest::newRow("OSC 8 hyperlink") << QStringList {
        QStringLiteral("S: 554 5.7.1 \x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\"), kQuit, kBye
    } << QStringLiteral("\\x1b]8;;https://evil.example/\\x1b\\click");
}

void TestHostileServer::terminalInjection()
{
    QFETCH(QStringList, script);
    QFETCH(QString, shown);
    ScriptedServer server(script);
    const SessionRun run = test::runSession(settingsFor(server.port()), {}, {});
    VERIFY_SCRIPT(run, server);
    const QString everything = everythingShown(run);
    const qsizetype bad = firstControl(everything);
    QVERIFY2(bad < 0,
        qPrintable(QStringLiteral("control character U+%1 at %2 in:\n%3")
                       .arg(uint(everything.at(qMax<qsizetype>(bad, 0)).unicode()), 4, 16, QLatin1Char('0'))
                       .arg(bad)
                       .arg(everything)));
    QVERIFY2(run.transcriptText().contains(shown), qPrintable(run.transcriptText()));
    // The stored failure keeps the server's words, escaped the same way.
    if (run.report.failure && run.report.failure->reply)
        QVERIFY2(run.report.failure->reply->summary().contains(QStringLiteral("\\x")),
            qPrintable(run.report.failure->reply->summary()));
}

// --- secrets quoted back ------------------------------------------------------------

void TestHostileServer::secretsQuotedBack_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<QStringList>("script");

    const QString payload = QString::fromLatin1(plainPayload());
    const QString b64password = QString::fromLatin1(kPassword.toUtf8().toBase64());
    const QStringList plain { QStringLiteral("S: 220 echo.test ESMTP"), kEhlo,
        QStringLiteral("S: 250-echo.test"), QStringLiteral("S: 250 AUTH PLAIN LOGIN"),
        QStringLiteral("C: AUTH PLAIN ") + payload };
    QTest::newRow("password in the refusal") << int(sasl::AuthMethod::Plain)
                                             << plain
            + QStringList { QStringLiteral("S: 535 5.7.8 Password ") + kPassword
                      + QStringLiteral(" is wrong"),
                  kQuit, kBye };
    QTest::newRow("PLAIN payload in a multiline refusal") << int(sasl::AuthMethod::Plain)
                                                          << plain
            + QStringList { QStringLiteral("S: 535-5.7.8 Bad credentials"),
                  QStringLiteral("S: 535 5.7.8 got ") + payload, kQuit, kBye };
    QTest::newRow("password after a successful login") << int(sasl::AuthMethod::Plain)
                                                       << plain
            + QStringList { QStringLiteral("S: 235 2.7.0 Welcome"),
                  QStringLiteral("C: MAIL FROM:<alice@example.com>"),
                  QStringLiteral("S: 550 5.7.1 Sender refused for ") + kPassword, kQuit, kBye };
    QTest::newRow("LOGIN: base64 password quoted back")
        << int(sasl::AuthMethod::Login)
        << QStringList { QStringLiteral("S: 220 echo.test ESMTP"), kEhlo, QStringLiteral("S: 250-echo.test"),
               QStringLiteral("S: 250 AUTH LOGIN"),
               QStringLiteral("C: AUTH LOGIN ") + QString::fromLatin1(QByteArray("alice").toBase64()),
               QStringLiteral("S: 334 UGFzc3dvcmQ6"), QStringLiteral("C: ") + b64password,
               QStringLiteral("S: 535 5.7.8 Rejected ") + b64password, kQuit, kBye };
    // The challenge is redacted before the mechanism reads it, so it is no
    // longer base64: the client cancels the exchange (RFC 4954 §4) and
    // sends no password at all.
    QTest::newRow("password as a 334 challenge")
        << int(sasl::AuthMethod::Login)
        << QStringList { QStringLiteral("S: 220 echo.test ESMTP"), kEhlo, QStringLiteral("S: 250-echo.test"),
               QStringLiteral("S: 250 AUTH LOGIN"),
               QStringLiteral("C: AUTH LOGIN ") + QString::fromLatin1(QByteArray("alice").toBase64()),
               QStringLiteral("S: 334 ") + b64password, QStringLiteral("C: *"),
               QStringLiteral("S: 501 5.7.0 Cancelled"), kQuit, kBye };
}

void TestHostileServer::secretsQuotedBack()
{
    QFETCH(int, method);
    QFETCH(QStringList, script);
    Body body("x\r\n");
    ScriptedServer server(script);
    const SessionRun run = test::runSession(
        settingsFor(server.port()), plainAuth(sasl::AuthMethod(method)), { body.message() });
    VERIFY_SCRIPT(run, server);
    QVERIFY(run.report.failure || run.report.messages.value(0).failure);
    const QString everything = everythingShown(run);
    VERIFY_NO_SECRET(everything);
    // "[redacted]" or "[challenge redacted]" where the secret was.
    QVERIFY2(everything.contains(QStringLiteral("redacted]")), qPrintable(everything));
}

// --- certificates (RFC 5280 validity and paths, RFC 6125 names) ---------------------------

void TestHostileServer::certificates_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("startTls");
    QTest::addColumn<QSslError::SslError>("error");
    QTest::addColumn<QString>("diagnosis");
    QTest::addColumn<QString>("remedyMentions");

    QTest::newRow("self-signed") << "self-signed" << false << QSslError::SelfSignedCertificate
                                 << QStringLiteral("tls.certificate-self-signed")
                                 << QStringLiteral("fingerprint");
    QTest::newRow("expired") << "expired" << true << QSslError::CertificateExpired
                             << QStringLiteral("tls.certificate-expired") << QStringLiteral("date");
    QTest::newRow("not yet valid") << "future" << false << QSslError::CertificateNotYetValid
                                   << QStringLiteral("tls.certificate-not-yet-valid")
                                   << QStringLiteral("date");
    QTest::newRow("wrong host") << "wrong-host" << true << QSslError::HostNameMismatch
                                << QStringLiteral("tls.host-name-mismatch") << QStringLiteral("host name");
    QTest::newRow("untrusted CA") << "untrusted" << false << QSslError::UnableToGetLocalIssuerCertificate
                                  << QStringLiteral("tls.certificate-untrusted") << QStringLiteral("CA");
    // RFC 6125 §6.4.4: DNS names present, so the matching CN must not count.
    QTest::newRow("SANs omit the host, CN matches")
        << "cn-only-match" << true << QSslError::HostNameMismatch << QStringLiteral("tls.host-name-mismatch")
        << QStringLiteral("host name");
}

void TestHostileServer::certificates()
{
    QFETCH(QString, kind);
    QFETCH(bool, startTls);
    QFETCH(QSslError::SslError, error);
    QFETCH(QString, diagnosis);
    QFETCH(QString, remedyMentions);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    test::CertificateFactory::Issued cert;
    bool trustCa = true;
    if (kind == QLatin1String("self-signed"))
        cert = m_certs.selfSigned(QStringLiteral("localhost"), QStringLiteral("DNS:localhost"));
    else if (kind == QLatin1String("expired"))
        cert = m_certs.issue(
            QStringLiteral("localhost"), QStringLiteral("DNS:localhost"), now.addDays(-60), now.addDays(-30));
    else if (kind == QLatin1String("future"))
        cert = m_certs.issue(
            QStringLiteral("localhost"), QStringLiteral("DNS:localhost"), now.addDays(30), now.addDays(60));
    else if (kind == QLatin1String("wrong-host"))
        cert = m_certs.issue(QStringLiteral("mail.other.example"), QStringLiteral("DNS:mail.other.example"),
            now.addDays(-1), now.addDays(30));
    else if (kind == QLatin1String("untrusted")) {
        cert = m_good;
        trustCa = false;
    } else if (kind == QLatin1String("cn-only-match"))
        cert = m_certs.issue(QStringLiteral("localhost"), QStringLiteral("DNS:mail.other.example"),
            now.addDays(-1), now.addDays(30));
    QVERIFY2(cert.error.isEmpty(), qPrintable(cert.error));

    Body body("x\r\n");
    const QStringList script = startTls ? QStringList { QStringLiteral("S: 220 cert.test ESMTP"), kEhlo,
        QStringLiteral("S: 250-cert.test"), QStringLiteral("S: 250 STARTTLS"), QStringLiteral("C: STARTTLS"),
        QStringLiteral("S: 220 go ahead"), QStringLiteral("TLS"), QStringLiteral("HANG") }
                                        : QStringList { QStringLiteral("TLS"), QStringLiteral("HANG") };
    ScriptedServer server(script);
    server.setCertificate(cert.certificate, cert.key);
    ServerSettings settings
        = settingsFor(server.port(), startTls ? SecurityMode::StartTls : SecurityMode::ImplicitTls);
    settings.host = QStringLiteral("localhost");
    if (trustCa)
        settings.caFile = m_certs.caFile();
    const SessionRun run = test::runSession(settings, plainAuth(), { body.message() });
    QVERIFY2(run.finished, qPrintable(describe(run, server)));
    QVERIFY2(server.errors().isEmpty(), qPrintable(describe(run, server)));
    QVERIFY(run.report.failure);
    QCOMPARE(run.report.failure->fault, NetworkFault::CertificateRejected);
    QCOMPARE(run.report.failure->phase, Phase::Tls);
    QVERIFY2(run.report.failure->tlsErrors.contains(error), qPrintable(run.transcriptText()));
    QVERIFY(run.report.failure->offersPin());
    const Diagnosis d = DiagnosticsCatalog::diagnose(*run.report.failure);
    QCOMPARE(d.id, diagnosis);
    QVERIFY(d.explanation.contains(QStringLiteral("localhost")));
    QVERIFY2(d.remedy.contains(remedyMentions), qPrintable(d.remedy));
    QVERIFY(!d.transient);
    // The certificate's details are kept for a person to judge.
    QCOMPARE(run.report.tls.peer.sha256,
        QString::fromLatin1(cert.certificate.digest(QCryptographicHash::Sha256).toHex()));
    // Not one command over the unverified channel, nor in the clear.
    QCOMPARE(server.received().count("EHLO"), startTls ? 1 : 0);
    QVERIFY(!server.received().contains("AUTH"));
    QVERIFY(!run.transcriptText().contains(QStringLiteral("C: AUTH")));
    QVERIFY(!run.transcriptText().contains(QStringLiteral("C: MAIL")));
}

// --- a server that only speaks TLS 1.0 or 1.1 (RFC 8996) --------------------------------

void TestHostileServer::outdatedTls_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("mode");
    QTest::newRow("TLS 1.0, implicit") << "tls1"
                                       << "implicit";
    QTest::newRow("TLS 1.1, implicit") << "tls1_1"
                                       << "implicit";
    QTest::newRow("TLS 1.1, STARTTLS") << "tls1_1"
                                       << "starttls";
}

void TestHostileServer::outdatedTls()
{
    QFETCH(QString, version);
    QFETCH(QString, mode);
    QTemporaryDir keyDir;
    QVERIFY(keyDir.isValid());
    const QString certPath = keyDir.filePath(QStringLiteral("cert.pem"));
    const QString keyPath = keyDir.filePath(QStringLiteral("key.pem"));
    {
        QFile c(certPath), k(keyPath);
        QVERIFY(c.open(QIODevice::WriteOnly) && k.open(QIODevice::WriteOnly));
        c.write(m_good.certificate.toPem());
        k.write(m_good.key.toPem());
    }
    QProcess peer;
    peer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    peer.start(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral(STAMP_SOURCE_DIR "/tests/support/legacy_tls_peer.py"), certPath, keyPath, version,
            mode });
    QVERIFY2(peer.waitForReadyRead(20000), "the legacy TLS peer did not start");
    const quint16 port = quint16(peer.readLine().trimmed().toUInt());
    QVERIFY(port != 0);

    Body body("x\r\n");
    ServerSettings settings = settingsFor(
        port, mode == QLatin1String("implicit") ? SecurityMode::ImplicitTls : SecurityMode::StartTls);
    settings.host = QStringLiteral("localhost");
    settings.caFile = m_certs.caFile(); // the certificate is fine: only the version is wrong
    const SessionRun run = test::runSession(settings, plainAuth(), { body.message() });
    QVERIFY(peer.waitForFinished(20000));
    const QString outcome = QString::fromUtf8(peer.readAllStandardOutput());
    QVERIFY2(run.finished, qPrintable(run.transcriptText()));
    QVERIFY(run.report.failure);
    QCOMPARE(run.report.failure->fault, NetworkFault::TlsHandshake);
    QCOMPARE(run.report.failure->phase, Phase::Tls);
    QVERIFY(!run.report.tls.encrypted);
    const Diagnosis d = DiagnosticsCatalog::diagnose(*run.report.failure);
    QVERIFY2(d.id == QLatin1String("tls.protocol-too-old"),
        qPrintable(d.id + QStringLiteral(": ") + run.report.failure->message));
    QVERIFY(d.title.contains(QStringLiteral("outdated")));
    QVERIFY(d.explanation.contains(QStringLiteral("TLS 1.0 or 1.1")));
    QVERIFY(d.remedy.contains(QStringLiteral("TLS 1.2")));
    // The peer saw the handshake fail, and nothing after it.
    QVERIFY2(outcome.contains(QStringLiteral("handshake-failed")), qPrintable(outcome));
    QVERIFY2(!outcome.contains(QStringLiteral("after-tls")), qPrintable(outcome));
    qInfo("%s/%s: %s", qPrintable(version), qPrintable(mode), qPrintable(run.report.failure->message));
}

// --- reply floods ---------------------------------------------------------------------

void TestHostileServer::replyFlood_data()
{
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<QByteArray>("unit");
    QTest::addColumn<int>("dripMs");
    QTest::addColumn<NetworkFault>("fault");
    QTest::addColumn<QString>("error");

    QTest::newRow("millions of 250- lines")
        << QByteArray("250-flood.test\r\n") << QByteArray("250-X-FLOOD-PADDING\r\n") << 0
        << NetworkFault::ProtocolViolation << QStringLiteral("reply of more than");
    QTest::newRow("one endless line")
        << QByteArray("250 ") << QByteArray(64, 'x') << 0 << NetworkFault::ProtocolViolation
        << QStringLiteral("reply line longer than");
    // Replies to commands not sent yet (see replySmuggling). Usually the
    // EHLO reply and the flood arrive in one read; if TCP splits them
    // after the EHLO reply, the client has sent MAIL and the surplus shows
    // in MAIL's phase: either way it reads none of them.
    QTest::newRow("endless complete replies")
        << QByteArray("250 flood.test\r\n") << QByteArray("250 ok\r\n") << 0
        << NetworkFault::ProtocolViolation << QStringLiteral("before");
    // One line every 100 ms never completes the reply: the command's
    // deadline still ends it.
    QTest::newRow("a line every 100 ms") << QByteArray("250-flood.test\r\n") << QByteArray("250-X-SLOW\r\n")
                                         << 100 << NetworkFault::Timeout << QStringLiteral("No reply");
}

void TestHostileServer::replyFlood()
{
    QFETCH(QByteArray, prefix);
    QFETCH(QByteArray, unit);
    QFETCH(int, dripMs);
    QFETCH(NetworkFault, fault);
    QFETCH(QString, error);
    constexpr qint64 kLimit = 1024LL * 1024 * 1024;
    FloodServer server(prefix, unit, kLimit);
    server.setDripInterval(dripMs);
    Body body("x\r\n");
    QElapsedTimer clock;
    clock.start();
    const SessionRun run = test::runSession(
        settingsFor(server.port(), SecurityMode::None, 1500), {}, { body.message() }, 30000);
    const qint64 took = clock.elapsed();
    QVERIFY2(run.finished, qPrintable(run.transcriptText().right(2000)));
    QVERIFY(run.report.failure);
    QCOMPARE(run.report.failure->fault, fault);
    const QByteArray after = server.receivedAfterEhlo();
    if (run.report.failure->phase == Phase::Mail
        && QTest::currentDataTag() == QByteArray("endless complete replies"))
        QCOMPARE(after, QByteArray("MAIL FROM:<alice@example.com>\r\n"));
    else {
        QCOMPARE(run.report.failure->phase, Phase::Ehlo);
        QVERIFY2(after.isEmpty(), after.constData());
    }
    QVERIFY2(run.report.failure->message.contains(error), qPrintable(run.report.failure->message));
    QTRY_VERIFY(server.clientDisconnected());
    // The client hung up long before the server ran out: what it took in is
    // bounded by its limits plus the socket buffers, not by the server.
    QVERIFY2(server.bytesSent() < 64 * 1024 * 1024, qPrintable(QString::number(server.bytesSent())));
    QVERIFY(!server.reachedLimit());
    QVERIFY2(took < 10000, qPrintable(QString::number(took)));
    // The transcript keeps what it showed within reason too.
    QVERIFY2(run.transcriptText().size() < 2 * 1024 * 1024,
        qPrintable(QString::number(run.transcriptText().size())));
    qInfo("%s: stopped after %lld ms; the server had queued %lld bytes", QTest::currentDataTag(), took,
        server.bytesSent());
}

// The flood against the `stamp` executable: its peak resident memory, as
// the kernel counts it, stays bounded however much the server sends.
void TestHostileServer::replyFloodMemory_data()
{
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<QByteArray>("unit");
    QTest::newRow("millions of 250- lines")
        << QByteArray("250-flood.test\r\n") << QByteArray("250-X-FLOOD-PADDING\r\n");
    QTest::newRow("one line of 512 MiB") << QByteArray("250 ") << QByteArray(64, 'x');
    QTest::newRow("millions of complete replies")
        << QByteArray("250 flood.test\r\n") << QByteArray("250 ok\r\n");
}

void TestHostileServer::replyFloodMemory()
{
    QFETCH(QByteArray, prefix);
    QFETCH(QByteArray, unit);
    constexpr qint64 kFlood = 512LL * 1024 * 1024;
    // 64 MiB for the product. AddressSanitizer's shadow memory and
    // quarantine are not the product's: its build gets half as much again.
#if defined(__SANITIZE_ADDRESS__)
    constexpr qint64 kBoundKiB = 96 * 1024;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    constexpr qint64 kBoundKiB = 96 * 1024;
#else
    constexpr qint64 kBoundKiB = 64 * 1024;
#endif
#else
    constexpr qint64 kBoundKiB = 64 * 1024;
#endif
    FloodServer server(prefix, unit, kFlood);
    QProcess stamp;
    stamp.setProcessChannelMode(QProcess::SeparateChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C")); // time's labels in English
    stamp.setProcessEnvironment(env);
    stamp.start(QStringLiteral("/usr/bin/time"),
        { QStringLiteral("-v"), QStringLiteral(STAMP_CLI), QStringLiteral("send"), QStringLiteral("--host"),
            QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(server.port()),
            QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--from"),
            QStringLiteral("alice@example.com"), QStringLiteral("--to"), QStringLiteral("bob@example.net"),
            QStringLiteral("--body"), QStringLiteral("x"), QStringLiteral("--timeout"), QStringLiteral("20"),
            QStringLiteral("--json") });
    QVERIFY2(stamp.waitForStarted(10000), qPrintable(stamp.errorString()));
    stamp.closeWriteChannel();
    QSignalSpy done(&stamp, &QProcess::finished);
    QVERIFY(done.wait(60000));
    const QByteArray out = stamp.readAllStandardOutput();
    const QByteArray err = stamp.readAllStandardError();
    const QRegularExpressionMatch peak
        = QRegularExpression(QStringLiteral("Maximum resident set size \\(kbytes\\): (\\d+)"))
              .match(QString::fromUtf8(err));
    QVERIFY2(peak.hasMatch(), err.constData());
    const qint64 peakKiB = peak.captured(1).toLongLong();
    qInfo("%s: stamp's peak RSS %lld KiB (%.1f MiB, bound %lld MiB); the server had queued %lld bytes",
        QTest::currentDataTag(), peakKiB, peakKiB / 1024.0, kBoundKiB / 1024, server.bytesSent());
    QVERIFY2(stamp.exitCode() != 0, out.constData());
    const QJsonObject json = QJsonDocument::fromJson(out).object();
    const QJsonObject failure = json.value(QStringLiteral("failure")).toObject();
    QVERIFY2(failure.value(QStringLiteral("fault")).toString() == QLatin1String("protocol-violation"),
        out.constData());
    QVERIFY2(peakKiB < kBoundKiB, qPrintable(QString::number(peakKiB)));
    QVERIFY(!server.reachedLimit());
}

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostile_server.moc"
