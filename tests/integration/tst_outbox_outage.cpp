// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The outbox through a real outage: a Postfix that has accepted mail from
// us is stopped (its port refuses connections), a message is queued, and
// Postfix is started again on the same port. The message must wait, say so
// once, and leave by itself within a minute of the server's return,
// exactly once (counted by its Message-ID in Postfix's log). A server that
// never answered is not an outage: the message still waits (never
// "failed"), and the words ask to check the settings.

#include "OutboxDoubles.h"
#include "Peers.h"
#include "accounts/ServerFacts.h"
#include "diagnostics/DiagnosticsCatalog.h"
#include "outbox/OutboxService.h"
#include "outbox/SentStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace stamp;

class TestOutboxOutage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void messageLeavesWhenTheServerIsBack();
    void neverAnsweredWaitsAndAsksToCheck();

private:
    ServerSettings postfixServer() const;
    AuthSettings login() const;
    int timesInLog(const QString &messageId) const;
    bool waitFor(const std::function<bool()> &condition, int maxWaitMs);

    test::PostfixTestbed m_postfix;
    QTemporaryDir m_home;
};

void TestOutboxOutage::initTestCase()
{
    // Server facts live in the settings: private ones for this test.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("stamp-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("stamp-outage-test"));
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
    const QString problem = m_postfix.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestOutboxOutage::cleanupTestCase()
{
    m_postfix.stop();
}

ServerSettings TestOutboxOutage::postfixServer() const
{
    ServerSettings server;
    server.host = m_postfix.value(QStringLiteral("HOST"));
    server.port = m_postfix.port(QStringLiteral("STARTTLS_PORT"));
    server.security = SecurityMode::StartTls;
    server.caFile = m_postfix.value(QStringLiteral("CA_FILE"));
    server.timeouts = Timeouts::cappedAt(20000);
    return server;
}

AuthSettings TestOutboxOutage::login() const
{
    AuthSettings auth;
    auth.method = sasl::AuthMethod::Plain;
    auth.credentials.username = m_postfix.value(QStringLiteral("USER"));
    auth.credentials.secret = m_postfix.value(QStringLiteral("PASSWORD"));
    return auth;
}

int TestOutboxOutage::timesInLog(const QString &messageId) const
{
    return int(m_postfix.maillog().count(QStringLiteral("message-id=<%1>").arg(messageId)));
}

bool TestOutboxOutage::waitFor(const std::function<bool()> &condition, int maxWaitMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > maxWaitMs)
            return false;
        QTest::qWait(100);
    }
    return true;
}

void TestOutboxOutage::messageLeavesWhenTheServerIsBack()
{
    const ServerSettings server = postfixServer();
    Outbox outbox(m_home.filePath(QStringLiteral("outbox")));
    SentStore sent(m_home.filePath(QStringLiteral("sent")));
    OutboxService service(outbox);
    service.setSentStore(&sent);
    service.setUndoSeconds(0);
    service.setCredentialsProvider([this](const OutboxRecord &, const OutboxService::CredentialsReply &reply) {
        reply(login(), {});
    });
    QSignalSpy unreachable(&service, &OutboxService::serverUnreachable);
    QSignalSpy attention(&service, &OutboxService::needsAttention);
    const QString to = QStringLiteral("bob@example.net");
    const QString from = m_postfix.value(QStringLiteral("USER"));

    // The server answers once: from now on it is known to work.
    QString error;
    const QString firstId = test::enqueueForTest(outbox, test::outboxTestMessage(QStringLiteral("before@stamp.test")),
                                                 from, {to}, server, QDateTime::currentDateTimeUtc(), &error);
    QVERIFY2(!firstId.isEmpty(), qPrintable(error));
    service.start();
    QVERIFY(waitFor([&] { return timesInLog(QStringLiteral("before@stamp.test")) == 1; }, 30000));
    QVERIFY(waitFor([&] { return !service.isFlushing(); }, 10000));
    QVERIFY(ServerFacts::hasAnswered(server.host, server.effectivePort()));

    // The outage.
    const QString paused = m_postfix.pause();
    QVERIFY2(paused.isEmpty(), qPrintable(paused));
    const QString messageId = QStringLiteral("during-outage@stamp.test");
    const QString id = test::enqueueForTest(outbox, test::outboxTestMessage(messageId), from, {to}, server,
                                            QDateTime::currentDateTimeUtc(), &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    service.flushNow();
    QVERIFY(waitFor([&] { return !unreachable.isEmpty(); }, 30000));
    OutboxRecord record = *outbox.load(id);
    QCOMPARE(record.state, OutboxRecord::State::Deferred);
    const std::optional<Failure> failure = record.failure();
    QVERIFY(failure);
    QCOMPARE(failure->fault, NetworkFault::ConnectionRefused);
    QVERIFY(failure->isConnectionFault());
    QVERIFY2(record.nextTry <= QDateTime::currentDateTimeUtc().addSecs(15), qPrintable(record.reason));
    QVERIFY2(record.reason.contains(QStringLiteral("has worked before")), qPrintable(record.reason));

    // It retries by itself while the server stays away, and says so once.
    const int attemptsBefore = record.attempts;
    QVERIFY(waitFor([&] { return outbox.load(id)->attempts > attemptsBefore; }, 30000));
    QVERIFY(waitFor([&] { return outbox.load(id)->state == OutboxRecord::State::Deferred; }, 10000));
    QCOMPARE(unreachable.size(), 1);
    QVERIFY(attention.isEmpty());
    QCOMPARE(timesInLog(messageId), 0);

    // Back: the message leaves within a minute, exactly once.
    const QString resumed = m_postfix.resume();
    QVERIFY2(resumed.isEmpty(), qPrintable(resumed));
    QElapsedTimer back;
    back.start();
    QVERIFY2(waitFor([&] { return timesInLog(messageId) >= 1; }, 60000),
             qPrintable(outbox.load(id) ? outbox.load(id)->reason : QStringLiteral("gone")));
    qInfo("left %lld ms after the server came back", back.elapsed());
    QVERIFY(waitFor([&] { return !outbox.load(id); }, 10000));  // moved to Sent items
    QTest::qWait(2000);
    QCOMPARE(timesInLog(messageId), 1);
    QVERIFY(attention.isEmpty());
    service.stop();
}

void TestOutboxOutage::neverAnsweredWaitsAndAsksToCheck()
{
    // A port nothing listens on, that never answered us.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    ServerSettings server;
    server.host = QStringLiteral("127.0.0.1");
    server.port = probe.serverPort();
    server.security = SecurityMode::None;
    probe.close();
    QVERIFY(!ServerFacts::hasAnswered(server.host, server.effectivePort()));

    QTemporaryDir home;
    Outbox outbox(home.filePath(QStringLiteral("outbox")));
    OutboxService service(outbox);
    service.setUndoSeconds(0);
    QSignalSpy unreachable(&service, &OutboxService::serverUnreachable);
    QSignalSpy finished(&service, &OutboxService::flushFinished);
    QString error;
    const QString id = test::enqueueForTest(outbox, test::outboxTestMessage(QStringLiteral("nowhere@stamp.test")),
                                            QStringLiteral("alice@example.com"), {QStringLiteral("bob@example.net")},
                                            server, QDateTime::currentDateTimeUtc(), &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    service.flushNow();
    QVERIFY(finished.wait(30000));
    const OutboxRecord record = *outbox.load(id);
    QCOMPARE(record.state, OutboxRecord::State::Deferred);  // never just "failed"
    QCOMPARE(unreachable.size(), 1);
    QVERIFY2(record.reason.contains(QStringLiteral("check the server name and port")), qPrintable(record.reason));
    QVERIFY(record.nextTry > QDateTime::currentDateTimeUtc().addSecs(30));  // the usual back-off, not every 15 s
    const Diagnosis diagnosis = DiagnosticsCatalog::diagnose(*record.failure());
    QCOMPARE(diagnosis.id, QStringLiteral("network.connection-refused"));
}

QTEST_GUILESS_MAIN(TestOutboxOutage)
#include "tst_outbox_outage.moc"
