// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// `stamp sandbox --mode X` as a real peer: it runs as its own process, and
// `stamp send` and the outbox (`send --queue`, `outbox flush|retry|list`)
// talk to it as they would to a misbehaving server. Each mode must lead to
// what Stamp promises: greylisting is retried and sent on the second try,
// 421 waits, 535 is a login problem, 550 a refused recipient, 552 too large
// and not retried, a slow server still gets the message, and a connection
// lost after the dot is uncertain and never sent twice.

#include "Peers.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
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
        m_process.start(QStringLiteral(STAMP_CLI),
            QStringList { QStringLiteral("sandbox"), QStringLiteral("--memory") } + arguments);
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
             "unknown-user", "too-large", "slow", "drop-after-dot" })
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

QTEST_GUILESS_MAIN(TestSandboxModes)
#include "tst_sandbox_modes.moc"
