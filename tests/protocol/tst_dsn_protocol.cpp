// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Delivery report parameters (RFC 3461) byte for byte: exactly what MAIL
// and RCPT carry when the server offers DSN, nothing of it when it does
// not (and the result says so), in lockstep and pipelined.

#include "Peers.h"
#include "ScriptedServer.h"
#include "smtp/SubmissionSession.h"

#include <QBuffer>
#include <QTest>

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

OutgoingMessage message(Body &body, const QStringList &recipients, const DsnRequest &dsn)
{
    OutgoingMessage m;
    m.from = QStringLiteral("alice@example.com");
    m.recipients = recipients;
    m.body = &body.buffer;
    m.dsn = dsn;
    return m;
}

DsnRequest fullRequest()
{
    DsnRequest dsn;
    dsn.notify = DsnRequest::NotifySuccess | DsnRequest::NotifyFailure;
    dsn.ret = DsnRequest::Return::Headers;
    dsn.envid = QStringLiteral("QQ+314");
    return dsn;
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

} // namespace

class TestDsnProtocol : public QObject
{
    Q_OBJECT

private slots:
    void parametersWhenOffered();
    void pipelinedWithSize();
    void droppedWithoutDsn();
    void nothingAskedNothingSent();
    void badEnvidRefusedBeforeConnecting();
};

void TestDsnProtocol::parametersWhenOffered()
{
    Body body("Subject: hi\r\n\r\nHello\r\n");
    ScriptedServer server({ QStringLiteral("S: 220 fake ESMTP"), kEhlo, QStringLiteral("S: 250-fake"),
        QStringLiteral("S: 250 DSN"),
        // RFC 3461 §4.3/§4.4 on MAIL, §4.1/§4.2 on each RCPT, xtext-encoded.
        QStringLiteral("C: MAIL FROM:<alice@example.com> RET=HDRS ENVID=QQ+2B314"), QStringLiteral("S: 250 2.1.0 Ok"),
        QStringLiteral("C: RCPT TO:<bob+news@x.test> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;bob+2Bnews@x.test"),
        QStringLiteral("S: 250 2.1.5 Ok"),
        QStringLiteral("C: RCPT TO:<carol@x.test> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;carol@x.test"),
        QStringLiteral("S: 250 2.1.5 Ok"), QStringLiteral("C: DATA"), QStringLiteral("S: 354 go ahead"),
        QStringLiteral("DATA"), QStringLiteral("S: 250 2.0.0 Ok: queued as D1"), QStringLiteral("C: QUIT"),
        QStringLiteral("S: 221 Bye"), QStringLiteral("CLOSE") });
    const SessionRun run = test::runSession(
        plainServer(server), {}, { message(body, { "bob+news@x.test", "carol@x.test" }, fullRequest()) });
    VERIFY_SCRIPT(run, server);
    const SendResult &result = run.report.messages.value(0);
    QCOMPARE(result.status, SendResult::Status::Sent);
    QVERIFY(!result.dsnDropped);
    QCOMPARE(result.envid, QStringLiteral("QQ+314"));
}

void TestDsnProtocol::pipelinedWithSize()
{
    Body body("Subject: hi\r\n\r\nHello\r\n");
    ScriptedServer server({ QStringLiteral("S: 220 fake ESMTP"), kEhlo, QStringLiteral("S: 250-fake"),
        QStringLiteral("S: 250-PIPELINING"), QStringLiteral("S: 250-SIZE 1000000"), QStringLiteral("S: 250 DSN"),
        // The DSN parameters ride in the same group as the rest (RFC 2920).
        QStringLiteral("C: MAIL FROM:<alice@example.com> SIZE=22 RET=HDRS ENVID=QQ+2B314"),
        QStringLiteral("C: RCPT TO:<a@x.test> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;a@x.test"),
        QStringLiteral("C: RCPT TO:<b@x.test> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;b@x.test"),
        QStringLiteral("C: DATA"), QStringLiteral("S: 250 2.1.0 Ok"), QStringLiteral("S: 250 2.1.5 Ok"),
        QStringLiteral("S: 250 2.1.5 Ok"), QStringLiteral("S: 354 go ahead"), QStringLiteral("DATA"),
        QStringLiteral("S: 250 2.0.0 Ok: queued as D2"), QStringLiteral("C: QUIT"), QStringLiteral("S: 221 Bye"),
        QStringLiteral("CLOSE") });
    const SessionRun run
        = test::runSession(plainServer(server), {}, { message(body, { "a@x.test", "b@x.test" }, fullRequest()) });
    VERIFY_SCRIPT(run, server);
    QCOMPARE(run.report.messages.value(0).status, SendResult::Status::Sent);
    QVERIFY(!run.report.messages.value(0).dsnDropped);
}

void TestDsnProtocol::droppedWithoutDsn()
{
    // No DSN in EHLO: the message goes without the parameters (a server
    // that does not know them would refuse MAIL with 555), the transcript
    // and the result say that it did.
    Body body("Subject: hi\r\n\r\nHello\r\n");
    ScriptedServer server({ QStringLiteral("S: 220 fake ESMTP"), kEhlo, QStringLiteral("S: 250-fake"),
        QStringLiteral("S: 250 PIPELINING"), QStringLiteral("C: MAIL FROM:<alice@example.com>"),
        QStringLiteral("C: RCPT TO:<a@x.test>"), QStringLiteral("C: DATA"), QStringLiteral("S: 250 2.1.0 Ok"),
        QStringLiteral("S: 250 2.1.5 Ok"), QStringLiteral("S: 354 go ahead"), QStringLiteral("DATA"),
        QStringLiteral("S: 250 2.0.0 Ok: queued as D3"), QStringLiteral("C: QUIT"), QStringLiteral("S: 221 Bye"),
        QStringLiteral("CLOSE") });
    const SessionRun run = test::runSession(plainServer(server), {}, { message(body, { "a@x.test" }, fullRequest()) });
    VERIFY_SCRIPT(run, server);
    const SendResult &result = run.report.messages.value(0);
    QCOMPARE(result.status, SendResult::Status::Sent);
    QVERIFY(result.dsnDropped);
    QVERIFY(result.envid.isEmpty());  // no ENVID went out
    bool told = false;
    for (const TranscriptEvent &event : run.events)
        told = told
            || (event.kind == TranscriptEvent::Kind::Info && event.text.contains(QStringLiteral("delivery reports")));
    QVERIFY2(told, qPrintable(run.transcriptText()));
}

void TestDsnProtocol::nothingAskedNothingSent()
{
    // A server that offers DSN gets no parameter the person did not ask for.
    Body body("Subject: hi\r\n\r\nHello\r\n");
    ScriptedServer server({ QStringLiteral("S: 220 fake ESMTP"), kEhlo, QStringLiteral("S: 250-fake"),
        QStringLiteral("S: 250 DSN"), QStringLiteral("C: MAIL FROM:<alice@example.com>"), QStringLiteral("S: 250 Ok"),
        QStringLiteral("C: RCPT TO:<a@x.test>"), QStringLiteral("S: 250 Ok"), QStringLiteral("C: DATA"),
        QStringLiteral("S: 354 go ahead"), QStringLiteral("DATA"), QStringLiteral("S: 250 Ok"),
        QStringLiteral("C: QUIT"), QStringLiteral("S: 221 Bye"), QStringLiteral("CLOSE") });
    const SessionRun run = test::runSession(plainServer(server), {}, { message(body, { "a@x.test" }, {}) });
    VERIFY_SCRIPT(run, server);
    QVERIFY(!run.report.messages.value(0).dsnDropped);
}

void TestDsnProtocol::badEnvidRefusedBeforeConnecting()
{
    // A line break in ENVID would be command injection: refused before a
    // byte is sent, with a sentence that says why.
    Body body("Subject: hi\r\n\r\nHello\r\n");
    DsnRequest dsn = fullRequest();
    dsn.envid = QStringLiteral("x\r\nRCPT TO:<evil@x.test>");
    ScriptedServer server(QStringList {});
    const SessionRun run = test::runSession(plainServer(server), {}, { message(body, { "a@x.test" }, dsn) });
    QVERIFY(run.finished);
    QVERIFY(run.report.failure);
    QVERIFY2(run.report.failure->message.contains(QStringLiteral("envelope ID")),
        qPrintable(run.report.failure->message));
}

QTEST_GUILESS_MAIN(TestDsnProtocol)
#include "tst_dsn_protocol.moc"
