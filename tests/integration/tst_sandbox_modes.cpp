// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// `stamp sandbox --mode X` as a real peer: it runs as its own process, and
// `stamp send` and the outbox (`send --queue`, `outbox flush|retry|list`)
// talk to it as they would to a misbehaving server. Each mode must lead to
// what Stamp promises: greylisting is retried and sent on the second try,
// 421 waits, 535 is a login problem, 550 a refused recipient, 552 too large
// and not retried, a slow server still gets the message, and a connection
// lost after the dot is uncertain and never sent twice. In the TLS modes
// its self-signed certificate is refused until pinned by the fingerprint
// the sandbox prints, STARTTLS is required before MAIL, and real clients
// (Python's smtplib and ssl, verifying against the certificate file)
// complete the handshake and deliver.

#include "Peers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace stamp;

namespace {

// One `stamp sandbox` process with its own data folders.
class SandboxProcess
{
public:
    QString start(const QStringList &arguments, const QHash<QString, QString> &environment)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (auto it = environment.cbegin(); it != environment.cend(); ++it)
            env.insert(it.key(), it.value());
        m_process.setProcessEnvironment(env);
        const QStringList storage = arguments.contains(QStringLiteral("--storage"))
            ? QStringList()
            : QStringList { QStringLiteral("--memory") };
        m_process.start(
            QStringLiteral(STAMP_CLI), QStringList { QStringLiteral("sandbox") } + storage + arguments);
        static const QRegularExpression listening(QStringLiteral("port (\\d+)"));
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 20000) {
            m_process.waitForReadyRead(200);
            m_out += m_process.readAllStandardOutput();
            const QRegularExpressionMatch m = listening.match(QString::fromUtf8(m_out));
            if (m.hasMatch()) {
                m_port = quint16(m.captured(1).toUInt());
                return {};
            }
            if (m_process.state() == QProcess::NotRunning)
                break;
        }
        return QStringLiteral("the sandbox did not start: %1 %2")
            .arg(QString::fromUtf8(m_out), QString::fromUtf8(m_process.readAllStandardError()));
    }
    ~SandboxProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    quint16 port() const { return m_port; }
    // Messages it reported receiving so far.
    int received()
    {
        m_process.waitForReadyRead(300);
        m_out += m_process.readAllStandardOutput();
        return int(m_out.count("received message"));
    }
    // SIGTERM: it must stop cleanly and say so.
    bool stop()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            return false;
        m_out += m_process.readAllStandardOutput();
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0
            && m_out.contains("The sandbox stopped");
    }
    QByteArray output() const { return m_out; }
    // The certificate fingerprint a TLS mode prints; empty when none is.
    QString fingerprint()
    {
        static const QRegularExpression line(QStringLiteral("Certificate SHA-256: ([0-9a-f]{64})\n"));
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000) {
            const QRegularExpressionMatch m = line.match(QString::fromUtf8(m_out));
            if (m.hasMatch())
                return m.captured(1);
            if (m_out.contains("Press Ctrl+C") || m_process.state() == QProcess::NotRunning)
                return {};
            m_process.waitForReadyRead(200);
            m_out += m_process.readAllStandardOutput();
        }
        return {};
    }

private:
    QProcess m_process;
    QByteArray m_out;
    quint16 m_port = 0;
};

} // namespace

class TestSandboxModes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void listAndUnknownMode();
    void normalAndStop();
    void greylistingIsRetriedAndSent();
    void busyWaitsToRetry();
    void badPasswordIsALoginProblem();
    void unknownUserIsRefused();
    void tooLargeIsNotRetried();
    void slowStillSends();
    void tooManyRecipients();
    void dropAfterDotIsUncertainAndNotResent();
    void tlsModesNeedTheCertificateTrusted_data();
    void tlsModesNeedTheCertificateTrusted();
    void starttlsRefusesMailBeforeTls();
    void realClientVerifiesTheCertificate_data();
    void realClientVerifiesTheCertificate();

private:
    QStringList sendArguments(
        quint16 port, const QStringList &recipients = { QStringLiteral("x@example.net") }) const;
    QJsonObject onlyOutboxMessage();
    test::CliRun stamp(const QStringList &arguments) { return test::runStamp(arguments, {}, m_env); }

    std::unique_ptr<QTemporaryDir> m_home;
    QHash<QString, QString> m_env;
};

void TestSandboxModes::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_env = { { QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")) },
        { QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")) },
        { QStringLiteral("STAMP_OUTBOX_DIR"), m_home->filePath(QStringLiteral("outbox")) },
        { QStringLiteral("LANGUAGE"), QStringLiteral("en") },
        { QStringLiteral("STAMP_TEST_PASSWORD"), QStringLiteral("not-the-right-one") } };
}

QStringList TestSandboxModes::sendArguments(quint16 port, const QStringList &recipients) const
{
    QStringList arguments { QStringLiteral("send"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
        QStringLiteral("--port"), QString::number(port), QStringLiteral("--security"), QStringLiteral("none"),
        QStringLiteral("--from"), QStringLiteral("me@example.org"), QStringLiteral("--subject"),
        QStringLiteral("Sandbox mode"), QStringLiteral("--timeout"), QStringLiteral("20") };
    for (const QString &to : recipients)
        arguments << QStringLiteral("--to") << to;
    return arguments;
}

QJsonObject TestSandboxModes::onlyOutboxMessage()
{
    const test::CliRun run
        = stamp({ QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json") });
    const QJsonArray messages
        = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("messages")).toArray();
    if (messages.size() != 1)
        qWarning("outbox: %s %s", run.out.constData(), run.err.constData());
    return messages.size() == 1 ? messages.at(0).toObject() : QJsonObject();
}

void TestSandboxModes::listAndUnknownMode()
{
    test::CliRun run = stamp({ QStringLiteral("sandbox"), QStringLiteral("--list-modes") });
    QCOMPARE(run.exitCode, 0);
    for (const char *id : { "normal", "greylisting", "busy", "too-many-recipients", "bad-password",
             "unknown-user", "too-large", "slow", "drop-after-dot", "starttls", "tls" })
        QVERIFY2(run.out.contains(QByteArray(QByteArray("  ") + id + '\n')), id);
    run = stamp({ QStringLiteral("sandbox"), QStringLiteral("--mode"), QStringLiteral("greylist") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("\"greylist\"") && run.err.contains("greylisting, busy"), run.err.constData());
}

void TestSandboxModes::normalAndStop()
{
    SandboxProcess sandbox;
    const QString problem = sandbox.start({}, m_env);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(sandbox.output().contains("Mode: normal"));
    const test::CliRun run
        = stamp(sendArguments(sandbox.port()) << QStringLiteral("--body") << QStringLiteral("hi"));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QTRY_COMPARE(sandbox.received(), 1);
    QVERIFY2(
        sandbox.output().contains("from <me@example.org> to x@example.net"), sandbox.output().constData());
    QVERIFY(sandbox.stop());
    QVERIFY(sandbox.output().contains("1 message"));
}

void TestSandboxModes::greylistingIsRetriedAndSent()
{
    SandboxProcess sandbox;
    const QString problem = sandbox.start({ QStringLiteral("--mode"), QStringLiteral("greylisting"),
                                              QStringLiteral("--greylist-seconds"), QStringLiteral("1") },
        m_env);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    test::CliRun run = stamp(sendArguments(sandbox.port())
        << QStringLiteral("--body") << QStringLiteral("grey") << QStringLiteral("--queue"));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = stamp({ QStringLiteral("outbox"), QStringLiteral("flush") });
    QVERIFY2(run.exitCode != 0, run.out.constData());
    QJsonObject record = onlyOutboxMessage();
    QCOMPARE(record.value(QStringLiteral("state")).toString(), QStringLiteral("deferred"));
    QCOMPARE(record.value(QStringLiteral("attempts")).toInt(), 1);
    const QJsonObject rcpt = record.value(QStringLiteral("recipients")).toArray().at(0).toObject();
    QCOMPARE(rcpt.value(QStringLiteral("reply")).toObject().value(QStringLiteral("code")).toInt(), 450);
    QVERIFY(!record.value(QStringLiteral("nextTry")).toString().isEmpty());
    QCOMPARE(sandbox.received(), 0);

    // The greylister's wait is over; the retry is due now (not in minutes).
    QTest::qWait(1200);
    run = stamp(
        { QStringLiteral("outbox"), QStringLiteral("retry"), record.value(QStringLiteral("id")).toString() });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = stamp({ QStringLiteral("outbox"), QStringLiteral("flush") });
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
    QTRY_COMPARE(sandbox.received(), 1);
    run = stamp({ QStringLiteral("outbox"), QStringLiteral("sent"), QStringLiteral("--json") });
    const QJsonArray sent
        = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("messages")).toArray();
    QCOMPARE(sent.size(), 1);
    const QJsonObject item = sent.at(0).toObject();
    const QJsonObject sentRecord
        = item.contains(QStringLiteral("record")) ? item.value(QStringLiteral("record")).toObject() : item;
    QVERIFY2(
        sentRecord.value(QStringLiteral("attempts")).toInt() == 2, QJsonDocument(item).toJson().constData());
}

void TestSandboxModes::busyWaitsToRetry()
{
    SandboxProcess sandbox;
    const QString problem = sandbox.start({ QStringLiteral("--mode"), QStringLiteral("busy") }, m_env);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    test::CliRun run
        = stamp(sendArguments(sandbox.port()) << QStringLiteral("--body") << QStringLiteral("b"));
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("421") || run.out.contains("421"), run.err.constData());
    run = stamp(sendArguments(sandbox.port())
        << QStringLiteral("--body") << QStringLiteral("b") << QStringLiteral("--queue"));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    stamp({ QStringLiteral("outbox"), QStringLiteral("flush") });
    const QJsonObject record = onlyOutboxMessage();
    QCOMPARE(record.value(QStringLiteral("state")).toString(), QStringLiteral("deferred"));
    QVERIFY(!record.value(QStringLiteral("nextTry")).toString().isEmpty());
    QCOMPARE(sandbox.received(), 0);
}

void TestSandboxModes::badPasswordIsALoginProblem()
{
    SandboxProcess sandbox;
    const QString problem
        = sandbox.start({ QStringLiteral("--mode"), QStringLiteral("bad-password") }, m_env);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const test::CliRun run = stamp(sendArguments(sandbox.port())
        << QStringLiteral("--body") << QStringLiteral("p") << QStringLiteral("--user") << QStringLiteral("me")
        << QStringLiteral("--password-env") << QStringLiteral("STAMP_TEST_PASSWORD"));
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("535"), run.err.constData());
    QVERIFY2(run.err.contains("password"), run.err.constData());
    QVERIFY(!run.err.contains("not-the-right-one"));
    QCOMPARE(sandbox.received(), 0);
}

void TestSandboxModes::unknownUserIsRefused()
{
    SandboxProcess sandbox;
    const QString problem
        = sandbox.start({ QStringLiteral("--mode"), QStringLiteral("unknown-user"),
                            QStringLiteral("--unknown-recipient"), QStringLiteral("nobody@example.net") },
            m_env);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    test::CliRun run = stamp(sendArguments(sandbox.port(),
                                 { QStringLiteral("x@example.net"), QStringLiteral("nobody@example.net") })
        << QStringLiteral("--body") << QStringLiteral("u"));
    QCOMPARE(run.exitCode, 1); // some recipients refused
    QVERIFY2(QByteArray(run.out + run.err).contains("550"), QByteArray(run.out + run.err).constData());
    QTRY_COMPARE(sandbox.received(), 1);
    QVERIFY(!sandbox.output().contains("nobody@example.net"));
}

void TestSandboxModes::tooLargeIsNotRetried()
{
    SandboxProcess sandbox;
    const QString problem = sandbox.start({ QStringLiteral("--mode"), QStringLiteral("too-large"),
                                              QStringLiteral("--size-limit"), QStringLiteral("2000") },
        m_env);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString body(5000, QLatin1Char('x'));
    test::CliRun run = stamp(
        sendArguments(sandbox.port()) << QStringLiteral("--body") << body << QStringLiteral("--queue"));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    stamp({ QStringLiteral("outbox"), QStringLiteral("flush") });
    const QJsonObject record = onlyOutboxMessage();
    QCOMPARE(record.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QVERIFY(record.value(QStringLiteral("nextTry")).toString().isEmpty());
    QVERIFY2(
        QJsonDocument(record).toJson().contains("552") || QJsonDocument(record).toJson().contains("2000"),
        QJsonDocument(record).toJson().constData());
    QCOMPARE(sandbox.received(), 0);
}

void TestSandboxModes::slowStillSends()
{
    SandboxProcess sandbox;
    const QString problem = sandbox.start({ QStringLiteral("--mode"), QStringLiteral("slow"),
                                              QStringLiteral("--reply-delay"), QStringLiteral("300") },
        m_env);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QElapsedTimer timer;
    timer.start();
    const test::CliRun run
        = stamp(sendArguments(sandbox.port()) << QStringLiteral("--body") << QStringLiteral("s"));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // At least three waits: the greeting, EHLO, and the pipelined envelope
    // with the content (RFC 2920; BDAT LAST goes in the same group, RFC 3030
    // §4.2). A lower bound only: a busy machine makes it slower, not faster.
    QVERIFY2(timer.elapsed() >= 3 * 300, QByteArray::number(timer.elapsed()).constData());
    QTRY_COMPARE(sandbox.received(), 1);
}

void TestSandboxModes::tooManyRecipients()
{
    SandboxProcess sandbox;
    const QString problem = sandbox.start({ QStringLiteral("--mode"), QStringLiteral("too-many-recipients"),
                                              QStringLiteral("--max-recipients"), QStringLiteral("2") },
        m_env);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QStringList three { QStringLiteral("a@example.net"), QStringLiteral("b@example.net"),
        QStringLiteral("c@example.net") };
    test::CliRun run = stamp(sendArguments(sandbox.port(), three)
        << QStringLiteral("--body") << QStringLiteral("t") << QStringLiteral("--queue"));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    stamp({ QStringLiteral("outbox"), QStringLiteral("flush") });
    QTRY_COMPARE(sandbox.received(), 1);
    const QJsonObject record = onlyOutboxMessage();
    // Two went; the third was refused for now (452 is transient) and waits.
    QCOMPARE(record.value(QStringLiteral("state")).toString(), QStringLiteral("deferred"));
    const QJsonArray rcpts = record.value(QStringLiteral("recipients")).toArray();
    QCOMPARE(rcpts.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
    QCOMPARE(rcpts.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
    QCOMPARE(rcpts.at(2)
                 .toObject()
                 .value(QStringLiteral("reply"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toInt(),
        452);
    // The retry sends to the third alone.
    run = stamp(
        { QStringLiteral("outbox"), QStringLiteral("retry"), record.value(QStringLiteral("id")).toString() });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = stamp({ QStringLiteral("outbox"), QStringLiteral("flush") });
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
    QTRY_COMPARE(sandbox.received(), 2);
    QVERIFY2(sandbox.output().contains("to c@example.net,") || sandbox.output().contains("to c@example.net "),
        sandbox.output().constData());
}

void TestSandboxModes::dropAfterDotIsUncertainAndNotResent()
{
    SandboxProcess sandbox;
    const QString problem
        = sandbox.start({ QStringLiteral("--mode"), QStringLiteral("drop-after-dot") }, m_env);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    test::CliRun run = stamp(sendArguments(sandbox.port())
        << QStringLiteral("--body") << QStringLiteral("d") << QStringLiteral("--queue"));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    stamp({ QStringLiteral("outbox"), QStringLiteral("flush") });
    QTRY_COMPARE(sandbox.received(), 1);
    QCOMPARE(onlyOutboxMessage().value(QStringLiteral("state")).toString(), QStringLiteral("uncertain"));
    // Flushing again must not send it a second time.
    stamp({ QStringLiteral("outbox"), QStringLiteral("flush") });
    QCOMPARE(onlyOutboxMessage().value(QStringLiteral("state")).toString(), QStringLiteral("uncertain"));
    QTest::qWait(500);
    QCOMPARE(sandbox.received(), 1);
}

void TestSandboxModes::tlsModesNeedTheCertificateTrusted_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("starttls") << QStringLiteral("starttls");
    QTest::newRow("tls") << QStringLiteral("tls");
}

void TestSandboxModes::tlsModesNeedTheCertificateTrusted()
{
    QFETCH(QString, mode);
    SandboxProcess sandbox;
    const QString problem = sandbox.start({ QStringLiteral("--mode"), mode }, m_env);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString fingerprint = sandbox.fingerprint();
    QVERIFY2(!fingerprint.isEmpty(), sandbox.output().constData());
    QVERIFY2(sandbox.output().contains(
                 QByteArray("--security " + mode.toUtf8() + " --pin-sha256 " + fingerprint.toUtf8())),
        sandbox.output().constData());

    QStringList arguments = sendArguments(sandbox.port()) << QStringLiteral("--body") << QStringLiteral("t");
    arguments[arguments.indexOf(QStringLiteral("none"))] = mode;
    // Unknown to every authority: refused, and the advice names the pin.
    test::CliRun run = stamp(arguments);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("certificate"), run.err.constData());
    QVERIFY2(run.err.contains(QByteArray("--pin-sha256 " + fingerprint.toUtf8())), run.err.constData());
    QCOMPARE(sandbox.received(), 0);

    // A different pin is still refused: a pin trusts one certificate only.
    QString wrong = fingerprint;
    wrong[0] = wrong[0] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    run = stamp(QStringList(arguments) << QStringLiteral("--pin-sha256") << wrong);
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(sandbox.received(), 0);

    run = stamp(QStringList(arguments) << QStringLiteral("--pin-sha256") << fingerprint);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QTRY_COMPARE(sandbox.received(), 1);
}

void TestSandboxModes::starttlsRefusesMailBeforeTls()
{
    SandboxProcess sandbox;
    const QString problem = sandbox.start({ QStringLiteral("--mode"), QStringLiteral("starttls") }, m_env);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, sandbox.port());
    QVERIFY(socket.waitForConnected(5000));
    auto replies = [&socket](const QByteArray &command) {
        if (!command.isEmpty())
            socket.write(command + "\r\n");
        QByteArray text;
        // Up to the last line of the reply ("250 ...", not "250-...").
        while (socket.waitForReadyRead(5000)) {
            text += socket.readAll();
            const QList<QByteArray> lines = text.trimmed().split('\n');
            if (text.endsWith("\r\n") && lines.last().size() > 3 && lines.last().at(3) == ' ')
                break;
        }
        return text;
    };
    QVERIFY(replies({}).startsWith("220 "));
    const QByteArray ehlo = replies("EHLO client.test");
    QVERIFY2(ehlo.contains("STARTTLS\r\n"), ehlo.constData());
    // RFC 3207 §4: no login offered in clear.
    QVERIFY2(!ehlo.contains("AUTH"), ehlo.constData());
    QByteArray reply = replies("MAIL FROM:<me@example.org>");
    QVERIFY2(reply.startsWith("530 5.7.0 "), reply.constData());
    reply = replies("AUTH PLAIN AG1lAHNlY3JldA==");
    QVERIFY2(reply.startsWith("530 5.7.0 "), reply.constData());
    reply = replies("STARTTLS extra");
    QVERIFY2(reply.startsWith("501 "), reply.constData());
    reply = replies("STARTTLS");
    QVERIFY2(reply.startsWith("220 "), reply.constData());
}

void TestSandboxModes::realClientVerifiesTheCertificate_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("starttls") << QStringLiteral("starttls");
    QTest::newRow("tls") << QStringLiteral("tls");
}

void TestSandboxModes::realClientVerifiesTheCertificate()
{
    QFETCH(QString, mode);
    const QString storage = m_home->filePath(QStringLiteral("sandbox"));
    QString fingerprint;
    {
        SandboxProcess sandbox;
        const QString problem
            = sandbox.start({ QStringLiteral("--mode"), mode, QStringLiteral("--storage"), storage }, m_env);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        fingerprint = sandbox.fingerprint();
        QVERIFY(!fingerprint.isEmpty());
        QVERIFY2(sandbox.output().contains("sandbox-key.pem"), sandbox.output().constData());
        QCOMPARE(QFile::permissions(storage + QStringLiteral("/sandbox-key.pem"))
                & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
            QFile::Permissions());
    }
    // The next run uses the same certificate, so a pin made once holds.
    SandboxProcess sandbox;
    const QString problem
        = sandbox.start({ QStringLiteral("--mode"), mode, QStringLiteral("--storage"), storage }, m_env);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(sandbox.fingerprint(), fingerprint);

    // Python's ssl verifies the chain against the certificate file and the
    // name (DNS:localhost for STARTTLS, IP:127.0.0.1 for implicit TLS), as
    // any client that was told to trust this certificate would.
    static const char *script = R"PY(
import smtplib, ssl, sys
port, cafile, mode = int(sys.argv[1]), sys.argv[2], sys.argv[3]
ctx = ssl.create_default_context(cafile=cafile)
if mode == "starttls":
    s = smtplib.SMTP("localhost", port, timeout=20)
    s.ehlo()
    assert s.has_extn("starttls") and not s.has_extn("auth"), s.esmtp_features
    code, _ = s.mail("a@example.org")
    assert code == 530, code
    s.starttls(context=ctx)
    s.ehlo()
    assert not s.has_extn("starttls") and s.has_extn("auth"), s.esmtp_features
else:
    s = smtplib.SMTP_SSL("127.0.0.1", port, context=ctx, timeout=20)
    s.ehlo()
print(s.sock.version())
s.sendmail("a@example.org", ["b@example.net"], "Subject: python\r\n\r\nhi\r\n")
s.quit()
print("delivered")
)PY";
    QProcess python;
    python.start(QStringLiteral("python3"),
        { QStringLiteral("-c"), QString::fromUtf8(script), QString::number(sandbox.port()),
            storage + QStringLiteral("/sandbox-certificate.pem"), mode });
    QVERIFY(python.waitForFinished(30000));
    const QByteArray out = python.readAllStandardOutput();
    QVERIFY2(python.exitCode() == 0 && out.contains("delivered"),
        QByteArray(out + python.readAllStandardError()).constData());
    QVERIFY2(out.startsWith("TLSv1.3") || out.startsWith("TLSv1.2"), out.constData());
    QTRY_COMPARE(sandbox.received(), 1);
}

QTEST_GUILESS_MAIN(TestSandboxModes)
#include "tst_sandbox_modes.moc"
