// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// `stamp send --dsn-*` and `--read-receipt` against real servers: Postfix,
// which offers DSN and refuses malformed DSN parameters with 501, so its
// acceptance proves the syntax and its log shows the success notice it
// makes; and aiosmtpd, which offers no DSN and records exactly what
// reached it.

#include "Peers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace stamp;

namespace {
const QString kPasswordVar = QStringLiteral("STAMP_TEST_PASSWORD");

QString queueIdOf(const QJsonObject &json)
{
    // Postfix: "250 2.0.0 Ok: queued as 4F2B81A0B2C"
    const QString text = json.value(QStringLiteral("finalReply")).toObject().value(QStringLiteral("text")).toString();
    return QRegularExpression(QStringLiteral("queued as ([0-9A-Za-z]+)")).match(text).captured(1);
}
} // namespace

class TestDsnCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void postfixAcceptsAndNotifies();
    void postfixWithoutNotifyAsksNothing();
    void badValuesAreRefused_data();
    void badValuesAreRefused();
    void serverWithoutDsn();
    void serverWithoutDsnJson();
    void serverWithoutDsnFromTheOutbox();

private:
    QStringList postfixArgs() const;
    QHash<QString, QString> passwordEnv() const;
    // Starts recording_server.py; its port, or 0.
    quint16 startRecorder();
    // The next envelope the recorder reports.
    QJsonObject nextRecorded();

    test::PostfixTestbed m_postfix;
    QProcess m_recorder;
    QString m_recorderPort;
};

void TestDsnCli::initTestCase()
{
    const QString problem = m_postfix.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const quint16 port = startRecorder();
    QVERIFY2(port != 0, m_recorder.readAllStandardError().constData());
    m_recorderPort = QString::number(port);
}

void TestDsnCli::cleanupTestCase()
{
    m_postfix.stop();
    m_recorder.closeWriteChannel();
    if (!m_recorder.waitForFinished(5000))
        m_recorder.kill();
    m_recorder.waitForFinished(5000);
}

quint16 TestDsnCli::startRecorder()
{
    m_recorder.start(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral(STAMP_SOURCE_DIR "/tests/support/recording_server.py") });
    if (!m_recorder.waitForStarted(10000) || !m_recorder.waitForReadyRead(10000))
        return 0;
    return quint16(m_recorder.readLine().trimmed().toUInt());
}

QJsonObject TestDsnCli::nextRecorded()
{
    // Bounded: an envelope the recorder never reports fails the caller's checks.
    for (int i = 0; i < 100 && !m_recorder.canReadLine(); ++i)
        m_recorder.waitForReadyRead(100);
    const QByteArray line = m_recorder.readLine();
    if (line.isEmpty())
        qWarning("recorder: nothing; state %d, stderr: %s", int(m_recorder.state()), m_recorder.readAllStandardError().constData());
    return QJsonDocument::fromJson(line).object();
}

QStringList TestDsnCli::postfixArgs() const
{
    return { QStringLiteral("send"), QStringLiteral("--host"), QStringLiteral("localhost"), QStringLiteral("--port"),
        m_postfix.value(QStringLiteral("PLAIN_PORT")), QStringLiteral("--security"), QStringLiteral("none"),
        QStringLiteral("--user"), m_postfix.value(QStringLiteral("USER")), QStringLiteral("--password-env"),
        kPasswordVar, QStringLiteral("--from"), m_postfix.value(QStringLiteral("USER")) };
}

QHash<QString, QString> TestDsnCli::passwordEnv() const
{
    return { { kPasswordVar, m_postfix.value(QStringLiteral("PASSWORD")) } };
}

void TestDsnCli::postfixAcceptsAndNotifies()
{
    QStringList args = postfixArgs();
    args << QStringList { QStringLiteral("--to"), QStringLiteral("one+tag@example.net,two@example.net"),
        QStringLiteral("--subject"), QStringLiteral("DSN test"), QStringLiteral("--body"), QStringLiteral("Hello."),
        QStringLiteral("--dsn-notify"), QStringLiteral("success,failure"), QStringLiteral("--dsn-ret"),
        QStringLiteral("hdrs"), QStringLiteral("--dsn-envid"), QStringLiteral("stamp-envid-42"),
        QStringLiteral("--read-receipt"), QStringLiteral("--json") };
    const test::CliRun run = test::runStamp(args, {}, passwordEnv());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
    QCOMPARE(json.value(QStringLiteral("envid")).toString(), QStringLiteral("stamp-envid-42"));
    QCOMPARE(json.value(QStringLiteral("dsnDropped")).toBool(true), false);
    QVERIFY2(!run.err.contains("delivery reports"), run.err.constData());

    // NOTIFY=SUCCESS reached Postfix: once it has delivered (here: discarded)
    // the message, it sends the sender a success notice (RFC 3464) and logs it.
    const QString queueId = queueIdOf(json);
    QVERIFY2(!queueId.isEmpty(), run.out.constData());
    QVERIFY2(m_postfix.waitForLog(queueId + QStringLiteral(": sender delivery status notification: ")),
        qPrintable(m_postfix.maillog().right(3000)));
}

void TestDsnCli::postfixWithoutNotifyAsksNothing()
{
    // No --dsn-* option and no account: nothing asked, no notice made.
    QStringList args = postfixArgs();
    args << QStringList { QStringLiteral("--to"), QStringLiteral("three@example.net"), QStringLiteral("--subject"),
        QStringLiteral("no DSN"), QStringLiteral("--body"), QStringLiteral("Hello."), QStringLiteral("--json") };
    const test::CliRun run = test::runStamp(args, {}, passwordEnv());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QVERIFY(!json.contains(QStringLiteral("envid")));
    QVERIFY(!json.contains(QStringLiteral("dsnDropped")));
    const QString queueId = queueIdOf(json);
    QVERIFY(m_postfix.waitForLog(queueId + QStringLiteral(": removed")));
    QVERIFY(!m_postfix.maillog().contains(queueId + QStringLiteral(": sender delivery status notification")));
}

void TestDsnCli::badValuesAreRefused_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown notify word") << QStringList { "--dsn-notify", "sucess" } << "sucess";
    QTest::newRow("never and success") << QStringList { "--dsn-notify", "never,success" } << "never";
    QTest::newRow("bad ret") << QStringList { "--dsn-ret", "body" } << "--dsn-ret";
    QTest::newRow("long envid") << QStringList { "--dsn-envid", QString(101, QLatin1Char('x')) } << "100";
    QTest::newRow("non-ASCII envid") << QStringList { "--dsn-envid", QStringLiteral("caf\u00e9") } << "ASCII";
}

void TestDsnCli::badValuesAreRefused()
{
    QFETCH(QStringList, options);
    QFETCH(QString, says);
    QStringList args = postfixArgs();
    args << QStringList { QStringLiteral("--to"), QStringLiteral("one@example.net"), QStringLiteral("--body"),
        QStringLiteral("x") }
         << options;
    const test::CliRun run = test::runStamp(args, {}, passwordEnv());
    QCOMPARE(run.exitCode, 2);  // a usage error: nothing was connected
    QVERIFY2(QString::fromUtf8(run.err).contains(says), run.err.constData());
}

void TestDsnCli::serverWithoutDsn()
{
    const test::CliRun run = test::runStamp({ QStringLiteral("send"), QStringLiteral("--host"),
        QStringLiteral("127.0.0.1"), QStringLiteral("--port"), m_recorderPort,
        QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--from"),
        QStringLiteral("Ann <ann@example.com>"), QStringLiteral("--reply-to"), QStringLiteral("team@example.com"),
        QStringLiteral("--to"), QStringLiteral("bob@example.org"), QStringLiteral("--subject"),
        QStringLiteral("no DSN here"), QStringLiteral("--body"), QStringLiteral("Hello."),
        QStringLiteral("--dsn-notify"), QStringLiteral("failure"), QStringLiteral("--read-receipt") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // Said, on standard error, and still sent.
    QVERIFY2(run.err.contains("does not offer delivery reports"), run.err.constData());
    const QJsonObject recorded = nextRecorded();
    QCOMPARE(recorded.value(QStringLiteral("rcpt_tos")).toArray().first().toString(), QStringLiteral("bob@example.org"));
    // Exactly nothing of DSN reached it (aiosmtpd would have refused it).
    QCOMPARE(recorded.value(QStringLiteral("rcpt_options")).toArray().size(), 0);
    for (const QJsonValue &option : recorded.value(QStringLiteral("mail_options")).toArray()) {
        QVERIFY2(!option.toString().startsWith(QLatin1String("RET=")), qPrintable(option.toString()));
        QVERIFY2(!option.toString().startsWith(QLatin1String("ENVID=")), qPrintable(option.toString()));
    }
    // The read receipt goes to the From address (RFC 8098 §2.1), not Reply-To.
    const QString head = recorded.value(QStringLiteral("head")).toString();
    QVERIFY2(head.contains(QStringLiteral("\r\nDisposition-Notification-To: Ann <ann@example.com>\r\n")),
        qPrintable(head));
}

void TestDsnCli::serverWithoutDsnJson()
{
    const test::CliRun run = test::runStamp({ QStringLiteral("send"), QStringLiteral("--host"),
        QStringLiteral("127.0.0.1"), QStringLiteral("--port"), m_recorderPort,
        QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--from"),
        QStringLiteral("ann@example.com"), QStringLiteral("--to"), QStringLiteral("bob@example.org"),
        QStringLiteral("--body"), QStringLiteral("Hello."), QStringLiteral("--dsn-notify"),
        QStringLiteral("success"), QStringLiteral("--dsn-envid"), QStringLiteral("E1"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
    QCOMPARE(json.value(QStringLiteral("dsnDropped")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("envid")).toString(), QStringLiteral("E1"));
    const QJsonObject recorded = nextRecorded();
    QCOMPARE(recorded.value(QStringLiteral("rcpt_options")).toArray().size(), 0);
}

// A queued message sent later by `stamp outbox flush` says the same.
void TestDsnCli::serverWithoutDsnFromTheOutbox()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QHash<QString, QString> isolated{{QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config"))},
                                           {QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data"))},
                                           {QStringLiteral("XDG_STATE_HOME"), home.filePath(QStringLiteral("state"))},
                                           {QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache"))}};
    const test::CliRun queued = test::runStamp({QStringLiteral("send"), QStringLiteral("--queue"),
        QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), m_recorderPort,
        QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--from"),
        QStringLiteral("ann@example.com"), QStringLiteral("--to"), QStringLiteral("bob@example.org"),
        QStringLiteral("--body"), QStringLiteral("Hello."), QStringLiteral("--dsn-notify"),
        QStringLiteral("failure")}, {}, isolated);
    QVERIFY2(queued.exitCode == 0, QByteArray(queued.out + queued.err).constData());
    QVERIFY2(!queued.err.contains("does not offer delivery reports"), queued.err.constData());
    const test::CliRun flushed = test::runStamp({QStringLiteral("outbox"), QStringLiteral("flush")}, {}, isolated);
    QVERIFY2(flushed.exitCode == 0, QByteArray(flushed.out + flushed.err).constData());
    QVERIFY2(flushed.err.contains("does not offer delivery reports"), flushed.err.constData());
    const QJsonObject recorded = nextRecorded();
    QCOMPARE(recorded.value(QStringLiteral("rcpt_options")).toArray().size(), 0);
}

QTEST_GUILESS_MAIN(TestDsnCli)
#include "tst_dsn_cli.moc"
