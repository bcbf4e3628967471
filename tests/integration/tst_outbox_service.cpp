// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// OutboxService and the command line against smtp-sink on loopback:
// - offline: a server name that can never resolve (RFC 2606 reserves
//   ".invalid") defers the message as offline without counting the attempt;
//   when the (simulated) network comes back it goes to a real server at
//   once, exactly once, and lands in Sent items with its transcript;
// - `stamp outbox list` shows the undo hold, `flush` moves what it sent to
//   Sent items, `sent --json` and `transcript` read them back;
// - `stamp send --account --queue` warns near the provider's daily limit.

#include "diagnostics/DiagnosticsCatalog.h"
#include "ManualClock.h"
#include "ManualNetworkWatch.h"
#include "OutboxDoubles.h"
#include "Peers.h"
#include "accounts/AccountStore.h"
#include "outbox/OutboxService.h"
#include "outbox/SentStore.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace stamp;

class TestOutboxServiceIntegration : public QObject
{
    Q_OBJECT

private slots:
    void offlineThenOnline();
    void unknownNameWhileOnlineIsNotOffline();
    void commandLineHoldFlushAndSentItems();
    void commandLineWarnsNearTheDailyLimit();

private:
    static void startSink(test::SmtpSink &sink, QTemporaryDir &dump);
    static OutboxService::FlushSummary waitForFlush(QSignalSpy &finished);
};

void TestOutboxServiceIntegration::startSink(test::SmtpSink &sink, QTemporaryDir &dump)
{
    QVERIFY(dump.isValid());
    QFile::setPermissions(dump.path(), QFileDevice::Permissions(0x7777));  // smtp-sink runs as nobody
    const QString problem = sink.start({QStringLiteral("-d"), dump.path() + QStringLiteral("/%H%M%S.")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

OutboxService::FlushSummary TestOutboxServiceIntegration::waitForFlush(QSignalSpy &finished)
{
    if (finished.isEmpty() && !finished.wait(30000))
        return {};
    const auto summary = finished.takeFirst().first().value<OutboxService::FlushSummary>();
    return summary;
}

void TestOutboxServiceIntegration::offlineThenOnline()
{
    test::SmtpSink sink;
    QTemporaryDir dump;
    startSink(sink, dump);
    QTemporaryDir home;
    Outbox outbox(home.filePath(QStringLiteral("outbox")));
    SentStore sent(home.filePath(QStringLiteral("sent")));
    test::ManualClock clock(QDateTime::currentDateTimeUtc());
    test::ManualNetworkWatch watch(NetworkWatch::State::Offline);

    ServerSettings unreachable;
    unreachable.host = QStringLiteral("smtp.nonexistent.invalid");
    unreachable.port = 587;
    unreachable.security = SecurityMode::None;
    unreachable.timeouts = Timeouts::cappedAt(10000);
    ServerSettings real = unreachable;
    real.host = QStringLiteral("127.0.0.1");
    real.port = sink.port();

    QString error;
    const QString id = test::enqueueForTest(outbox, test::outboxTestMessage(QStringLiteral("offline@stamp.test")),
                                            QStringLiteral("alice@example.com"),
                                            {QStringLiteral("bob@example.net")}, unreachable, clock.now(), &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));

    // The account's server as it is reachable: the name does not resolve
    // while "offline"; once the network is back, the server is the sink.
    bool networkBack = false;
    OutboxService service(outbox);
    service.setClock(&clock);
    service.setSentStore(&sent);
    service.setNetworkWatch(&watch);
    service.setServerLookup([&](const OutboxRecord &first, QString *) {
        return networkBack ? real : first.server;
    });
    QList<TranscriptEvent> events;
    connect(&service, &OutboxService::transcript, this, [&events](const TranscriptEvent &e) { events << e; });
    QSignalSpy finished(&service, &OutboxService::flushFinished);
    QSignalSpy attention(&service, &OutboxService::needsAttention);

    QElapsedTimer timer;
    timer.start();
    service.start();
    OutboxService::FlushSummary summary = waitForFlush(finished);
    qInfo("resolving %s failed after %lld ms", qPrintable(unreachable.host), timer.elapsed());
    QCOMPARE(summary.notSent, 1);
    OutboxRecord r = *outbox.load(id);
    QCOMPARE(r.state, OutboxRecord::State::Deferred);
    QVERIFY(r.offline);
    QCOMPARE(r.attempts, 0);  // being offline is not an attempt
    QVERIFY2(r.reason.startsWith(QStringLiteral("Offline")), qPrintable(r.reason));
    QCOMPARE(r.nextTry, clock.now().addSecs(RetryPolicy().settings().offlineRetrySecs));
    QCOMPARE(DiagnosticsCatalog::diagnose(*r.failure()).id, QStringLiteral("network.host-not-found"));
    QCOMPARE(attention.size(), 0);
    // Asleep until the periodic look (a watch may miss a change).
    QCOMPARE(service.nextWakeUp(), r.nextTry);

    // Still offline at the next look: no escalation at all.
    clock.advance(60);
    service.flushNow();
    summary = waitForFlush(finished);
    r = *outbox.load(id);
    QCOMPARE(r.attempts, 0);
    QCOMPARE(r.nextTry, clock.now().addSecs(60));
    QCOMPARE(r.offlineSince, clock.now().addSecs(-60));
    QVERIFY(test::messageIdsInDump(dump.path()).isEmpty());

    // The network comes back: sent at once, not at its next try.
    clock.advance(5);
    networkBack = true;
    QSignalSpy removed(&service, &OutboxService::recordRemoved);
    watch.set(NetworkWatch::State::Online);
    summary = waitForFlush(finished);
    QCOMPARE(summary.sent, 1);
    QCOMPARE(removed.size(), 1);
    QVERIFY(!outbox.load(id));  // moved to Sent items
    const std::optional<SentItem> item = sent.load(id);
    QVERIFY(item);
    QCOMPARE(item->record.attempts, 1);
    QVERIFY(!item->record.offline);
    QCOMPARE(item->record.offlineSecs, 65);
    const QString log = sent.transcript(id);
    QVERIFY2(log.contains(QStringLiteral("C: MAIL FROM:<alice@example.com>")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("S: 250 2.0.0 Ok")), qPrintable(log));
    QVERIFY(!events.isEmpty());

    // Exactly once, whatever else happens.
    service.flushNow();
    summary = waitForFlush(finished);
    QCOMPARE(summary.total(), 0);
    QTest::qWait(300);
    const QMap<QString, int> delivered = test::messageIdsInDump(dump.path());
    QCOMPARE(delivered.value(QStringLiteral("offline@stamp.test")), 1);
    QCOMPARE(delivered.size(), 1);
    service.stop();
}

void TestOutboxServiceIntegration::unknownNameWhileOnlineIsNotOffline()
{
    // Known to be on line, a name that does not resolve is a typo or the
    // provider's DNS: an attempt that counts, backing off as usual.
    QTemporaryDir home;
    Outbox outbox(home.filePath(QStringLiteral("outbox")));
    test::ManualClock clock(QDateTime::currentDateTimeUtc());
    test::ManualNetworkWatch watch(NetworkWatch::State::Online);
    ServerSettings typo;
    typo.host = QStringLiteral("smtp.example.invalid");
    typo.security = SecurityMode::None;
    const QString id = test::enqueueForTest(outbox, test::outboxTestMessage(QStringLiteral("typo@stamp.test")),
                                            QStringLiteral("alice@example.com"),
                                            {QStringLiteral("bob@example.net")}, typo, clock.now());
    OutboxService service(outbox);
    service.setClock(&clock);
    service.setNetworkWatch(&watch);
    QSignalSpy finished(&service, &OutboxService::flushFinished);
    service.flushNow();
    QCOMPARE(waitForFlush(finished).notSent, 1);
    const OutboxRecord r = *outbox.load(id);
    QCOMPARE(r.state, OutboxRecord::State::Deferred);
    QVERIFY(!r.offline);
    QCOMPARE(r.attempts, 1);
}

void TestOutboxServiceIntegration::commandLineHoldFlushAndSentItems()
{
    test::SmtpSink sink;
    QTemporaryDir dump;
    startSink(sink, dump);
    QTemporaryDir home;
    const QString outboxDir = home.filePath(QStringLiteral("outbox"));
    const QString sentDir = home.filePath(QStringLiteral("sent"));
    const QHash<QString, QString> env{{QStringLiteral("STAMP_OUTBOX_DIR"), outboxDir},
                                      {QStringLiteral("STAMP_SENT_DIR"), sentDir}};
    Outbox outbox(outboxDir);
    ServerSettings server;
    server.host = QStringLiteral("127.0.0.1");
    server.port = sink.port();
    server.security = SecurityMode::None;
    // As the app queues it: held for undo (one hour here, so it shows).
    OutboxService app(outbox);
    app.setUndoSeconds(3600);
    OutboxRecord draft;
    draft.from = QStringLiteral("alice@example.com");
    draft.recipients.append({QStringLiteral("bob@example.net"), OutboxRecord::Recipient::Status::Pending, {}});
    draft.server = server;
    draft.subject = QStringLiteral("held");
    const QByteArray content = test::outboxTestMessage(QStringLiteral("cli@stamp.test"), QStringLiteral("held"));
    QString error;
    const std::optional<OutboxRecord> record
        = app.enqueue(draft, [&](QIODevice *out) { out->write(content); return QString(); }, &error);
    QVERIFY2(record, qPrintable(error));

    test::CliRun run = test::runStamp({QStringLiteral("outbox"), QStringLiteral("list")}, {}, env);
    QCOMPARE(run.exitCode, 0);
    const QString until = record->holdUntil.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    QVERIFY2(run.out.contains(QStringLiteral("held (undo until %1)").arg(until).toUtf8()), run.out.constData());
    // A flush leaves a held message alone.
    run = test::runStamp({QStringLiteral("outbox"), QStringLiteral("flush")}, {}, env);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("Nothing is due"), run.out.constData());

    // "Send now" from the app ends the hold; the command line sends it.
    QVERIFY(outbox.sendNow(record->id, QDateTime::currentDateTimeUtc()).isEmpty());
    run = test::runStamp({QStringLiteral("outbox"), QStringLiteral("flush"), QStringLiteral("--log"),
                          QStringLiteral("-")}, {}, env);
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
    QVERIFY(run.out.contains(QByteArray(record->id.toUtf8() + ": sent")));
    QVERIFY(!outbox.load(record->id));

    run = test::runStamp({QStringLiteral("outbox"), QStringLiteral("sent"), QStringLiteral("--json")}, {}, env);
    QCOMPARE(run.exitCode, 0);
    const QJsonArray items = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("messages")).toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject item = items.first().toObject();
    QCOMPARE(item.value(QStringLiteral("id")).toString(), record->id);
    QCOMPARE(item.value(QStringLiteral("subject")).toString(), QStringLiteral("held"));
    QVERIFY(!item.value(QStringLiteral("sentAt")).toString().isEmpty());
    QVERIFY(QFile::exists(item.value(QStringLiteral("messageFile")).toString()));

    run = test::runStamp({QStringLiteral("outbox"), QStringLiteral("transcript"), record->id.left(20)}, {}, env);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("C: RCPT TO:<bob@example.net>"), run.out.constData());
    QCOMPARE(test::messageIdsInDump(dump.path()).value(QStringLiteral("cli@stamp.test")), 1);
}

void TestOutboxServiceIntegration::commandLineWarnsNearTheDailyLimit()
{
    QTemporaryDir home;
    const QString config = home.filePath(QStringLiteral("config"));
    const QString sentDir = home.filePath(QStringLiteral("sent"));
    const QHash<QString, QString> env{{QStringLiteral("XDG_CONFIG_HOME"), config},
                                      {QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data"))},
                                      {QStringLiteral("STAMP_OUTBOX_DIR"), home.filePath(QStringLiteral("outbox"))},
                                      {QStringLiteral("STAMP_SENT_DIR"), sentDir}};
    Account account;
    account.id = Account::newId();
    account.name = QStringLiteral("work");
    account.email = QStringLiteral("alice@gmail.com");
    account.host = QStringLiteral("127.0.0.1");
    account.security = SecurityMode::None;
    account.authMethod = sasl::AuthMethod::None;
    account.providerId = QStringLiteral("gmail");
    AccountStore accounts(config + QStringLiteral("/Stamp/stamp/accounts.json"));
    QVERIFY(accounts.load());
    QCOMPARE(accounts.add(account), QString());

    // 420 sent today: past 80 % of Gmail's 500 a day.
    SentStore sent(sentDir, 0);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 420; ++i) {
        OutboxRecord r;
        r.id = QStringLiteral("today-%1").arg(i, 4, 10, QLatin1Char('0'));
        r.state = OutboxRecord::State::Sent;
        r.account = account.name;
        r.accountId = account.id;
        r.recipients.append({QStringLiteral("x@example.net"), OutboxRecord::Recipient::Status::Accepted, {}});
        QByteArray body("Subject: s\r\n\r\nb\r\n");
        QBuffer buffer(&body);
        buffer.open(QIODevice::ReadOnly);
        QVERIFY(sent.add(r, &buffer, {}, now.addSecs(-i * 60)).isEmpty());
    }
    test::CliRun run = test::runStamp({QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("work"),
                                       QStringLiteral("--to"), QStringLiteral("bob@example.net"),
                                       QStringLiteral("--subject"), QStringLiteral("s"), QStringLiteral("--body"),
                                       QStringLiteral("b"), QStringLiteral("--queue")},
                                      {}, env);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("warning: You have sent 420 messages in the last 24 hours"), run.err.constData());
    QVERIFY2(run.err.contains("Gmail"), run.err.constData());
    // The queued message knows its account by id as well as by name.
    const QList<OutboxRecord> queued = Outbox(env.value(QStringLiteral("STAMP_OUTBOX_DIR"))).list();
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued.first().accountId, account.id);

    run = test::runStamp({QStringLiteral("outbox"), QStringLiteral("sent"), QStringLiteral("--account"),
                          QStringLiteral("work")}, {}, env);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("account work: 420 of 500 messages"), run.out.constData());
}

QTEST_GUILESS_MAIN(TestOutboxServiceIntegration)
#include "tst_outbox_service.moc"
