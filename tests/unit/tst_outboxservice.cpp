// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// OutboxService without a mail server: the undo hold (taken back during it,
// too late after it, never dispatched while it lasts), "Send now", the
// wake-up timer from an injected clock, and credentials problems. Messages
// that do get dispatched go to a loopback listener that greets every
// connection with "421" (RFC 5321 §3.8: service not available) and counts
// them, so every attempt is visible: deferred, attempts + 1.

#include "ManualClock.h"
#include "OutboxDoubles.h"
#include "Peers.h"
#include "ScriptedServer.h"
#include "outbox/OutboxService.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLockFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace stamp;

namespace {
// Says 421 to everyone and hangs up.
class BusyServer : public QTcpServer
{
public:
    BusyServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++connections;
                socket->write("421 4.3.2 Busy, try again later\r\n");
                socket->disconnectFromHost();
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    int connections = 0;
};
}  // namespace

class TestOutboxService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void takeBackDuringHold();
    void tooLateAfterHold();
    void neverDispatchedDuringHold();
    void takeBackRefusedWhileLocked();
    void wakesUpWhenTheHoldEnds();
    void sendNowIgnoresBackOff();
    void sendNowLeavesUncertainAlone();
    void credentialsProblemLeavesMessagesQueued();
    void stopPutsNothingInFlight();
    void dueMessageGoesAtOnce();
    void dispatcherDeclaresTheQueuedMeasurement();

private:
    OutboxRecord draft() const;
    std::optional<OutboxRecord> enqueue(OutboxService &service);
    static OutboxService::FlushSummary flush(OutboxService &service);
    std::unique_ptr<OutboxService> makeService();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Outbox> m_outbox;
    test::ManualClock m_clock;
    std::unique_ptr<BusyServer> m_busy;
    ServerSettings m_closed;  // the busy server
};

void TestOutboxService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_outbox = std::make_unique<Outbox>(m_dir->filePath(QStringLiteral("outbox")));
    m_clock = test::ManualClock();
    m_busy = std::make_unique<BusyServer>();
    QVERIFY(m_busy->listen(QHostAddress::LocalHost, 0));
    m_closed.host = QStringLiteral("127.0.0.1");
    m_closed.port = m_busy->serverPort();
    m_closed.security = SecurityMode::None;
    m_closed.timeouts = Timeouts::cappedAt(5000);
}

OutboxRecord TestOutboxService::draft() const
{
    OutboxRecord d;
    d.from = QStringLiteral("alice@example.com");
    d.recipients.append({QStringLiteral("bob@example.net"), OutboxRecord::Recipient::Status::Pending, {}});
    d.server = m_closed;
    d.subject = QStringLiteral("undo me");
    d.draftId = QStringLiteral("6f1c1d2e-0000-4000-8000-000000000001");
    return d;
}

std::optional<OutboxRecord> TestOutboxService::enqueue(OutboxService &service)
{
    const QByteArray content = test::outboxTestMessage(QStringLiteral("undo@stamp.test"));
    QString error;
    std::optional<OutboxRecord> record = service.enqueue(
        draft(), [&content](QIODevice *out) { return out->write(content) == content.size() ? QString() : out->errorString(); },
        &error);
    if (!record)
        qWarning("%s", qPrintable(error));
    return record;
}

OutboxService::FlushSummary TestOutboxService::flush(OutboxService &service)
{
    QSignalSpy finished(&service, &OutboxService::flushFinished);
    service.flushNow();
    if (!finished.wait(20000))
        qWarning("flush did not finish");
    return finished.isEmpty() ? OutboxService::FlushSummary()
                              : finished.first().first().value<OutboxService::FlushSummary>();
}

std::unique_ptr<OutboxService> TestOutboxService::makeService()
{
    auto service = std::make_unique<OutboxService>(*m_outbox);
    service->setClock(&m_clock);
    service->setUndoSeconds(10);
    return service;
}

void TestOutboxService::takeBackDuringHold()
{
    auto service = makeService();
    const std::optional<OutboxRecord> record = enqueue(*service);
    QVERIFY(record);
    QCOMPARE(record->holdUntil, m_clock.now().addSecs(10));
    QVERIFY(m_outbox->load(record->id)->isHeld(m_clock.now()));
    m_clock.advance(9);
    QSignalSpy removed(service.get(), &OutboxService::recordRemoved);
    QString error;
    const std::optional<TakenBack> taken = service->takeBack(record->id, &error);
    QVERIFY2(taken, qPrintable(error));
    QCOMPARE(taken->record.draftId, draft().draftId);
    QCOMPARE(taken->record.subject, QStringLiteral("undo me"));
    QVERIFY(taken->message.contains("Message-ID: <undo@stamp.test>"));
    QCOMPARE(removed.size(), 1);
    // Gone from the disk, lock included.
    QVERIFY(m_outbox->list().isEmpty());
    QVERIFY(QDir(m_outbox->directory()).entryList(QDir::Files).isEmpty());
    // Twice is an error, not a crash.
    QVERIFY(!service->takeBack(record->id, &error));
}

void TestOutboxService::tooLateAfterHold()
{
    auto service = makeService();
    const std::optional<OutboxRecord> record = enqueue(*service);
    QVERIFY(record);
    m_clock.advance(10);  // the hold ends at this very moment
    QString error;
    QVERIFY(!service->takeBack(record->id, &error));
    QVERIFY(error.contains(QStringLiteral("Too late")));
    QVERIFY(m_outbox->load(record->id));  // still queued, will be sent
    QVERIFY(m_outbox->load(record->id)->isDue(m_clock.now()));
}

void TestOutboxService::neverDispatchedDuringHold()
{
    auto service = makeService();
    const std::optional<OutboxRecord> record = enqueue(*service);
    QVERIFY(record);
    for (int secs = 0; secs < 10; secs += 3) {
        const OutboxService::FlushSummary summary = flush(*service);
        QCOMPARE(summary.total(), 0);
        const OutboxRecord now = *m_outbox->load(record->id);
        QCOMPARE(now.state, OutboxRecord::State::Queued);
        QCOMPARE(now.attempts, 0);
        QVERIFY(Dispatcher::dueGroups(*m_outbox, m_clock.now()).isEmpty());
        QCOMPARE(m_busy->connections, 0);
        m_clock.advance(3);
    }
    // A process that died during the hold: a fresh Outbox on the same
    // folder still holds it until the end, then sends it.
    Outbox restarted(m_outbox->directory());
    QVERIFY(restarted.load(record->id)->isHeld(m_clock.now().addSecs(-3)));
    m_clock.advance(1);  // 13 s: the hold is over
    const OutboxService::FlushSummary summary = flush(*service);
    QCOMPARE(summary.notSent, 1);  // tried: the server said 421
    QVERIFY(m_busy->connections >= 1);  // SubmissionBatch tries a second connection after a 421
    const OutboxRecord after = *m_outbox->load(record->id);
    QCOMPARE(after.state, OutboxRecord::State::Deferred);
    QCOMPARE(after.attempts, 1);
}

void TestOutboxService::takeBackRefusedWhileLocked()
{
    auto service = makeService();
    const std::optional<OutboxRecord> record = enqueue(*service);
    QVERIFY(record);
    QString error;
    {
        // Another process holds it (as a dispatcher would).
        const std::unique_ptr<QLockFile> lock = m_outbox->tryLock(record->id);
        QVERIFY(lock);
        QVERIFY(!service->takeBack(record->id, &error));
        QVERIFY(error.contains(QStringLiteral("being sent")));
        QVERIFY(!service->sendNow({record->id}).isEmpty());
    }
    QVERIFY(service->takeBack(record->id, &error));
}

void TestOutboxService::wakesUpWhenTheHoldEnds()
{
    auto service = makeService();
    QVERIFY(!service->nextDue().isValid());
    const std::optional<OutboxRecord> record = enqueue(*service);
    QVERIFY(record);
    QCOMPARE(service->nextDue(), record->holdUntil);
    QSignalSpy finished(service.get(), &OutboxService::flushFinished);
    service->start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().value<OutboxService::FlushSummary>().total(), 0);
    // Asleep until the hold ends, by the injected clock.
    QCOMPARE(service->nextWakeUp(), record->holdUntil);

    // Send-later further out than the longest sleep: wakes up to rescan.
    service->stop();
    QVERIFY(!service->nextWakeUp().isValid());
    QString error;
    QVERIFY(service->takeBack(record->id, &error));
    OutboxRecord later = draft();
    later.notBefore = m_clock.now().addSecs(3600);
    const QByteArray content = test::outboxTestMessage(QStringLiteral("later@stamp.test"));
    QVERIFY(m_outbox->enqueue(later, [&](QIODevice *out) { out->write(content); return QString(); },
                              m_clock.now(), &error));
    QCOMPARE(service->nextDue(), m_clock.now().addSecs(3600));
    finished.clear();
    service->start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(service->nextWakeUp(), m_clock.now().addMSecs(OutboxService::kMaxSleepMs));

    // With the system clock the timer really fires: a one-second hold is
    // dispatched without anyone asking.
    service->stop();
    OutboxService real(*m_outbox);
    real.setUndoSeconds(1);
    QVERIFY(m_outbox->remove(m_outbox->list().first().id).isEmpty());
    QSignalSpy changed(&real, &OutboxService::recordChanged);
    const std::optional<OutboxRecord> soon = enqueue(real);
    QVERIFY(soon);
    QElapsedTimer timer;
    timer.start();
    real.start();
    QTRY_VERIFY_WITH_TIMEOUT(m_outbox->load(soon->id)->state == OutboxRecord::State::Deferred, 10000);
    const qint64 elapsed = timer.elapsed();
    qInfo("a one-second hold was dispatched after %lld ms", elapsed);
    QVERIFY(elapsed >= 900);
    QCOMPARE(m_outbox->load(soon->id)->attempts, 1);
    real.stop();
}

void TestOutboxService::sendNowIgnoresBackOff()
{
    auto service = makeService();
    service->setUndoSeconds(0);
    const std::optional<OutboxRecord> record = enqueue(*service);
    QVERIFY(record);
    QVERIFY(!record->holdUntil.isValid());
    QCOMPARE(flush(*service).notSent, 1);
    OutboxRecord deferred = *m_outbox->load(record->id);
    QCOMPARE(deferred.state, OutboxRecord::State::Deferred);
    QVERIFY(deferred.nextTry > m_clock.now());
    // Waiting for its next try, a flush leaves it alone...
    QCOMPARE(flush(*service).total(), 0);
    // ...but "Send now" sends it at once, back-off or not.
    QSignalSpy finished(service.get(), &OutboxService::flushFinished);
    QVERIFY(service->sendNow({record->id}).isEmpty());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().value<OutboxService::FlushSummary>().notSent, 1);
    const OutboxRecord after = *m_outbox->load(record->id);
    QCOMPARE(after.attempts, 2);  // it was tried again
    QCOMPARE(after.state, OutboxRecord::State::Deferred);

    // "Send now" also ends an undo hold.
    service->setUndoSeconds(30);
    const std::optional<OutboxRecord> held = enqueue(*service);
    finished.clear();
    QVERIFY(service->sendNow({held->id}).isEmpty());
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_outbox->load(held->id)->attempts, 1);
}

void TestOutboxService::sendNowLeavesUncertainAlone()
{
    auto service = makeService();
    const std::optional<OutboxRecord> record = enqueue(*service);
    OutboxRecord r = *record;
    r.state = OutboxRecord::State::Uncertain;
    r.attempts = 1;
    QVERIFY(m_outbox->save(r, m_clock.now()).isEmpty());
    const QStringList problems = service->sendNow({r.id});
    QCOMPARE(problems.size(), 1);
    QSignalSpy finished(service.get(), &OutboxService::flushFinished);
    QVERIFY(finished.wait(5000));
    const OutboxRecord after = *m_outbox->load(r.id);
    QCOMPARE(after.state, OutboxRecord::State::Uncertain);
    QCOMPARE(after.attempts, 1);
}

void TestOutboxService::credentialsProblemLeavesMessagesQueued()
{
    auto service = makeService();
    service->setUndoSeconds(0);
    OutboxRecord d = draft();
    d.authMethod = sasl::AuthMethod::Plain;
    d.username = QStringLiteral("alice");
    QString error;
    const QByteArray content = test::outboxTestMessage(QStringLiteral("cred@stamp.test"));
    const std::optional<OutboxRecord> record
        = m_outbox->enqueue(d, [&](QIODevice *out) { out->write(content); return QString(); }, m_clock.now(), &error);
    QVERIFY(record);
    int asked = 0;
    // Answers later, as a keychain or an OAuth refresh would.
    service->setCredentialsProvider([&asked](const OutboxRecord &first, OutboxService::CredentialsReply reply) {
        ++asked;
        QCOMPARE(first.username, QStringLiteral("alice"));
        QTimer::singleShot(50, [reply] { reply(std::nullopt, QStringLiteral("The keychain is locked.")); });
    });
    QSignalSpy problem(service.get(), &OutboxService::credentialsProblem);
    const OutboxService::FlushSummary summary = flush(*service);
    QCOMPARE(asked, 1);
    QCOMPARE(summary.skipped, 1);
    QCOMPARE(problem.size(), 1);
    QCOMPARE(problem.first().at(1).toString(), QStringLiteral("The keychain is locked."));
    const OutboxRecord after = *m_outbox->load(record->id);
    QCOMPARE(after.state, OutboxRecord::State::Queued);
    QCOMPARE(after.attempts, 0);
}

void TestOutboxService::stopPutsNothingInFlight()
{
    auto service = makeService();
    service->setUndoSeconds(0);
    const std::optional<OutboxRecord> record = enqueue(*service);
    // Credentials that never come: stop() must still end the flush.
    service->setCredentialsProvider([](const OutboxRecord &, OutboxService::CredentialsReply) {});
    QSignalSpy finished(service.get(), &OutboxService::flushFinished);
    service->start();
    QTest::qWait(50);
    service->stop();
    QVERIFY(finished.wait(5000));
    QCOMPARE(m_outbox->load(record->id)->state, OutboxRecord::State::Queued);
    QVERIFY(!service->nextWakeUp().isValid());
}

void TestOutboxService::dueMessageGoesAtOnce()
{
    auto service = makeService();
    service->setUndoSeconds(0);
    // Credentials that never come: the flush starts, and nothing is sent.
    service->setCredentialsProvider([](const OutboxRecord &, OutboxService::CredentialsReply) {});
    QSignalSpy started(service.get(), &OutboxService::flushStarted);
    QSignalSpy finished(service.get(), &OutboxService::flushFinished);
    service->start();
    QVERIFY(finished.wait(5000));  // nothing was due
    started.clear();
    // Without an undo hold the message is due as it is queued: its flush
    // starts now, not at the next periodic look.
    QElapsedTimer timer;
    timer.start();
    QVERIFY(enqueue(*service));
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 2000);
    QVERIFY(timer.elapsed() < 2000);
    service->stop();
}

void TestOutboxService::dispatcherDeclaresTheQueuedMeasurement()
{
    const QByteArray content = test::outboxTestMessage(QStringLiteral("measured@stamp.test"));
    QString error;
    const std::optional<OutboxRecord> queued
        = m_outbox->enqueue(draft(), [&](QIODevice *out) { out->write(content); return QString(); }, m_clock.now(),
                            &error);
    QVERIFY2(queued, qPrintable(error));
    QCOMPARE(queued->messageSize, content.size());
    // The dispatcher must declare what the outbox measured, not read the
    // file again (on the window's thread): a size the file does not have
    // tells the two apart.
    OutboxRecord record = *m_outbox->load(queued->id);
    record.messageSize += 1000;
    record.wireSize += 1000;
    QVERIFY(m_outbox->save(record, m_clock.now()).isEmpty());
    test::ScriptedServer server({QStringLiteral("S: 220 scripted.test ESMTP"), QStringLiteral("C~ EHLO .*"),
                                 QStringLiteral("S: 250-scripted.test"), QStringLiteral("S: 250 SIZE 10000000"),
                                 QStringLiteral("C: MAIL FROM:<alice@example.com> SIZE=%1").arg(record.messageSize),
                                 QStringLiteral("S: 452 4.3.1 Insufficient system storage"), QStringLiteral("SINK")});
    ServerSettings settings = m_closed;
    settings.port = server.port();
    QCOMPARE(test::dispatchAllDue(*m_outbox, settings, m_clock, RetryPolicy(), 20000), 1);
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QVERIFY2(server.isComplete(), qPrintable(server.position()));
}

QTEST_GUILESS_MAIN(TestOutboxService)
#include "tst_outboxservice.moc"
