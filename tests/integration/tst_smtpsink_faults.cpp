// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Faults injected by a real server process: Postfix's smtp-sink, on
// loopback. Each row makes smtp-sink disconnect, answer 421, or refuse with
// a 4xx or 5xx at one command, and checks the outcome and its diagnosis.

#include "diagnostics/DiagnosticsCatalog.h"
#include "Peers.h"
#include "smtp/SubmissionSession.h"

#include <QBuffer>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace stamp;

class TestSmtpSinkFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void faults_data();
    void faults();
    void cliExitCodes_data();
    void cliExitCodes();
    void noEsmtpServer();
};

void TestSmtpSinkFaults::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("smtp-sink")).isEmpty()
                 || QFile::exists(QStringLiteral("/usr/sbin/smtp-sink")),
             "smtp-sink (package postfix) is not installed; run packaging/linux/deps.sh test");
}

void TestSmtpSinkFaults::faults_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("phase");
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("code");        // expected reply code, 0 when none
    QTest::addColumn<bool>("transient");  // the diagnosis says trying later may help
    QTest::addColumn<bool>("uncertain");
    QTest::addColumn<bool>("partial");    // per-recipient refusal with the rest accepted

    const int none = int(NetworkFault::None);
    const int closed = int(NetworkFault::RemoteClosed);
    // Disconnect without a reply.
    QTest::newRow("disconnect at MAIL") << QStringList{"-q", "mail"} << int(Phase::Mail) << closed << 0 << true << false << false;
    QTest::newRow("disconnect at RCPT") << QStringList{"-q", "rcpt"} << int(Phase::Rcpt) << closed << 0 << true << false << false;
    QTest::newRow("disconnect at DATA") << QStringList{"-q", "data"} << int(Phase::Data) << closed << 0 << true << false << false;
    // After the final dot the server may already have the message.
    // After the final dot the server may already have the message: never a
    // case for trying again on its own.
    QTest::newRow("disconnect at final dot") << QStringList{"-q", "."} << int(Phase::FinalReply) << closed << 0 << false
                                             << true << false;
    // 421 then disconnect.
    QTest::newRow("421 at MAIL") << QStringList{"-Q", "mail"} << int(Phase::Mail) << none << 421 << true << false << false;
    QTest::newRow("421 at RCPT") << QStringList{"-Q", "rcpt"} << int(Phase::Rcpt) << none << 421 << true << false << false;
    QTest::newRow("421 at DATA") << QStringList{"-Q", "data"} << int(Phase::Data) << none << 421 << true << false << false;
    QTest::newRow("421 at final dot") << QStringList{"-Q", "."} << int(Phase::FinalReply) << none << 421 << true << false
                                      << false;
    // Temporary refusals.
    QTest::newRow("4xx at MAIL") << QStringList{"-r", "mail"} << int(Phase::Mail) << none << 450 << true << false << false;
    QTest::newRow("4xx at RCPT") << QStringList{"-r", "rcpt"} << int(Phase::Rcpt) << none << 450 << true << false << false;
    QTest::newRow("4xx at DATA") << QStringList{"-r", "data"} << int(Phase::Data) << none << 450 << true << false << false;
    QTest::newRow("4xx at final dot") << QStringList{"-r", "."} << int(Phase::FinalReply) << none << 450 << true << false
                                      << false;
    // Permanent refusals.
    QTest::newRow("5xx at MAIL") << QStringList{"-f", "mail"} << int(Phase::Mail) << none << 550 << false << false << false;
    QTest::newRow("5xx at RCPT") << QStringList{"-f", "rcpt"} << int(Phase::Rcpt) << none << 550 << false << false << false;
    QTest::newRow("5xx at DATA") << QStringList{"-f", "data"} << int(Phase::Data) << none << 550 << false << false << false;
    QTest::newRow("5xx at final dot") << QStringList{"-f", "."} << int(Phase::FinalReply) << none << 550 << false << false
                                      << false;
}

void TestSmtpSinkFaults::faults()
{
    QFETCH(QStringList, options);
    QFETCH(int, phase);
    QFETCH(int, fault);
    QFETCH(int, code);
    QFETCH(bool, transient);
    QFETCH(bool, uncertain);
    QFETCH(bool, partial);
    Q_UNUSED(partial);

    test::SmtpSink sink;
    const QString problem = sink.start(options);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    ServerSettings server;
    server.host = QStringLiteral("127.0.0.1");
    server.port = sink.port();
    server.security = SecurityMode::None;
    server.timeouts = Timeouts::cappedAt(10000);
    QByteArray content = "Subject: fault test\r\n\r\nbody\r\n";
    QBuffer body(&content);
    body.open(QIODevice::ReadOnly);
    OutgoingMessage message;
    message.from = QStringLiteral("alice@example.com");
    message.recipients = {QStringLiteral("bob@example.net")};
    message.body = &body;

    const test::SessionRun run = test::runSession(server, {}, {message}, 30000);
    QVERIFY2(run.finished, qPrintable(run.transcriptText()));
    QCOMPARE(run.report.messages.size(), 1);
    const SendResult &result = run.report.messages.first();
    QVERIFY2(result.status == SendResult::Status::Failed, qPrintable(run.transcriptText()));
    QVERIFY(result.failure.has_value());
    QVERIFY2(int(result.failure->phase) == phase,
             qPrintable(QStringLiteral("phase %1\n%2").arg(phaseId(result.failure->phase), run.transcriptText())));
    QVERIFY2(int(result.failure->fault) == fault, qPrintable(run.transcriptText()));
    if (code) {
        QVERIFY(result.failure->reply.has_value());
        QCOMPARE(result.failure->reply->code / 100, code / 100);
        if (code == 421)
            QCOMPARE(result.failure->reply->code, 421);
    }
    QCOMPARE(result.uncertain, uncertain);
    const Diagnosis d = DiagnosticsCatalog::diagnose(*result.failure);
    QVERIFY(d.isValid());
    QVERIFY(!d.title.isEmpty() && !d.explanation.isEmpty() && !d.remedy.isEmpty());
    QVERIFY2(d.transient == transient, qPrintable(d.id));
    // Every transcript line is one the user could read.
    QVERIFY(run.transcriptText().contains(QStringLiteral("C: MAIL FROM:<alice@example.com>")));
}

void TestSmtpSinkFaults::cliExitCodes_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("recipients");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("status");
    QTest::newRow("accepted") << QStringList{} << QStringList{"a@example.net", "b@example.net"} << 0
                              << QStringLiteral("sent");
    QTest::newRow("refused at RCPT") << QStringList{"-f", "rcpt"} << QStringList{"a@example.net"} << 3
                                     << QStringLiteral("failed");
    QTest::newRow("temporary at final dot") << QStringList{"-r", "."} << QStringList{"a@example.net"} << 3
                                            << QStringLiteral("failed");
}

void TestSmtpSinkFaults::cliExitCodes()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, recipients);
    QFETCH(int, exitCode);
    QFETCH(QString, status);
    test::SmtpSink sink;
    const QString problem = sink.start(options);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QStringList args = {QStringLiteral("send"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                        QStringLiteral("--port"), QString::number(sink.port()), QStringLiteral("--security"),
                        QStringLiteral("none"), QStringLiteral("--from"), QStringLiteral("alice@example.com"),
                        QStringLiteral("--subject"), QStringLiteral("exit codes"), QStringLiteral("--body"),
                        QStringLiteral("hello"), QStringLiteral("--json")};
    for (const QString &r : recipients)
        args << QStringLiteral("--to") << r;
    const test::CliRun run = test::runStamp(args);
    QVERIFY2(run.exitCode == exitCode, run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), status);
    if (status == QLatin1String("failed"))
        QVERIFY(!json.value(QStringLiteral("failure")).toObject().value(QStringLiteral("diagnosis")).toObject()
                     .value(QStringLiteral("remedy")).toString().isEmpty());
}

void TestSmtpSinkFaults::noEsmtpServer()
{
    // smtp-sink -e answers EHLO with an error: the client falls back to HELO.
    test::SmtpSink sink;
    const QString problem = sink.start({QStringLiteral("-e")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const test::CliRun run = test::runStamp(
        {QStringLiteral("send"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
         QString::number(sink.port()), QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--from"),
         QStringLiteral("alice@example.com"), QStringLiteral("--to"), QStringLiteral("b@example.net"),
         QStringLiteral("--body"), QStringLiteral("x"), QStringLiteral("--log"), QStringLiteral("-")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.contains("C: HELO "));
}

QTEST_GUILESS_MAIN(TestSmtpSinkFaults)
#include "tst_smtpsink_faults.moc"
