// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The outbox against real faults: Postfix's smtp-sink disconnects, answers
// 421, 4xx or 5xx at each command, or answers the final dot too late. Three
// messages are queued per row; after the faulty server, the deferred ones
// are flushed to a healthy sink. Every message must end in the state the
// row expects, none may be lost, and no Message-ID may be accepted twice.

#include "diagnostics/DiagnosticsCatalog.h"
#include "ManualClock.h"
#include "OutboxDoubles.h"
#include "Peers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace stamp;

class TestOutboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void matrix_data();
    void matrix();

private:
    static void startSink(test::SmtpSink &sink, QTemporaryDir &dump, const QStringList &faults);
};

void TestOutboxFaults::startSink(test::SmtpSink &sink, QTemporaryDir &dump, const QStringList &faults)
{
    QVERIFY(dump.isValid());
    // smtp-sink runs as "nobody" and writes one file per transaction.
    QFile::setPermissions(dump.path(), QFileDevice::Permissions(0x7777));
    const QString problem =
        sink.start(QStringList{QStringLiteral("-d"), dump.path() + QStringLiteral("/%H%M%S.")} + faults);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestOutboxFaults::matrix_data()
{
    QTest::addColumn<QStringList>("faults");
    QTest::addColumn<QStringList>("afterFault");   // state of each message after the faulty server
    QTest::addColumn<bool>("dotAccepted");          // the faulty server's dump counts as delivery

    const QString d = QStringLiteral("deferred");
    const QString f = QStringLiteral("failed");
    const QString u = QStringLiteral("uncertain");
    const QStringList allDeferred{d, d, d};
    const QStringList allFailed{f, f, f};
    // A drop before the end of the message: nothing delivered, all retried.
    QTest::newRow("disconnect at MAIL") << QStringList{"-q", "mail"} << allDeferred << true;
    QTest::newRow("disconnect at RCPT") << QStringList{"-q", "rcpt"} << allDeferred << true;
    QTest::newRow("disconnect at DATA") << QStringList{"-q", "data"} << allDeferred << true;
    // A drop after the final dot: the message may be delivered, never resent;
    // the ones behind it never left, so they are deferred, not lost.
    QTest::newRow("disconnect at final dot") << QStringList{"-q", "."} << QStringList{u, d, d} << true;
    QTest::newRow("421 at MAIL") << QStringList{"-Q", "mail"} << allDeferred << true;
    QTest::newRow("421 at RCPT") << QStringList{"-Q", "rcpt"} << allDeferred << true;
    QTest::newRow("421 at DATA") << QStringList{"-Q", "data"} << allDeferred << true;
    QTest::newRow("421 at final dot") << QStringList{"-Q", "."} << allDeferred << false;
    QTest::newRow("4xx at MAIL") << QStringList{"-r", "mail"} << allDeferred << true;
    QTest::newRow("4xx at RCPT") << QStringList{"-r", "rcpt"} << allDeferred << true;
    QTest::newRow("4xx at DATA") << QStringList{"-r", "data"} << allDeferred << true;
    QTest::newRow("4xx at final dot") << QStringList{"-r", "."} << allDeferred << false;
    QTest::newRow("5xx at MAIL") << QStringList{"-f", "mail"} << allFailed << true;
    QTest::newRow("5xx at RCPT") << QStringList{"-f", "rcpt"} << allFailed << true;
    QTest::newRow("5xx at DATA") << QStringList{"-f", "data"} << allFailed << true;
    QTest::newRow("5xx at final dot") << QStringList{"-f", "."} << allFailed << false;
    // The server answers the final dot after the client's timeout (2 s).
    QTest::newRow("final reply too late") << QStringList{"-W", ".:5"} << QStringList{u, d, d} << true;
}

void TestOutboxFaults::matrix()
{
    QFETCH(QStringList, faults);
    QFETCH(QStringList, afterFault);
    QFETCH(bool, dotAccepted);

    QTemporaryDir home;
    QVERIFY(home.isValid());
    Outbox outbox(home.filePath(QStringLiteral("outbox")));
    test::ManualClock clock;
    RetryPolicy::Settings settings;
    settings.initialDelaySecs = 60;
    settings.maxDelaySecs = 600;
    const RetryPolicy policy(settings, [] { return 0.5; });

    test::SmtpSink faulty;
    QTemporaryDir faultyDump;
    startSink(faulty, faultyDump, faults);
    ServerSettings server;
    server.host = QStringLiteral("127.0.0.1");
    server.port = faulty.port();
    server.security = SecurityMode::None;
    server.timeouts = Timeouts::cappedAt(2000);

    QStringList ids;
    QStringList messageIds;
    for (int i = 0; i < 3; ++i) {
        const QString messageId = QStringLiteral("fault-%1-%2@stamp.test").arg(QTest::currentDataTag()).arg(i)
                                      .replace(QLatin1Char(' '), QLatin1Char('-'));
        QString error;
        const QString id = test::enqueueForTest(outbox, test::outboxTestMessage(messageId),
                                                QStringLiteral("alice@example.com"),
                                                {QStringLiteral("bob@example.net")}, server, clock.now(), &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        ids << id;
        messageIds << messageId;
    }

    QCOMPARE(test::dispatchAllDue(outbox, server, clock, policy), 3);
    for (int i = 0; i < 3; ++i) {
        const std::optional<OutboxRecord> record = outbox.load(ids.at(i));
        QVERIFY2(record, "a record was lost");
        QVERIFY2(OutboxRecord::stateId(record->state) == afterFault.at(i),
                 qPrintable(QStringLiteral("message %1 is %2: %3")
                                .arg(i)
                                .arg(OutboxRecord::stateId(record->state), record->reason)));
        QVERIFY2(!record->reason.isEmpty(), "every state but sent says why");
        QCOMPARE(record->attempts, 1);
        if (record->state == OutboxRecord::State::Deferred) {
            QCOMPARE(record->nextTry, clock.now().addSecs(60));  // jitter 0.5: exactly the base delay
        }
        if (record->state == OutboxRecord::State::Failed || record->state == OutboxRecord::State::Uncertain)
            QVERIFY2(record->failure() && !DiagnosticsCatalog::diagnose(*record->failure()).remedy.isEmpty(), qPrintable(record->id));
        QVERIFY(QFile::exists(outbox.messagePath(ids.at(i))));
    }
    // Nothing is due before its next try.
    QCOMPARE(test::dispatchAllDue(outbox, server, clock, policy), 0);
    faulty.stop();

    // The same queue, later, against a healthy server.
    test::SmtpSink healthy;
    QTemporaryDir healthyDump;
    startSink(healthy, healthyDump, {});
    ServerSettings good = server;
    good.port = healthy.port();
    clock.advance(3600);
    const int retried = int(afterFault.count(QStringLiteral("deferred")));
    QCOMPARE(test::dispatchAllDue(outbox, good, clock, policy), retried);

    const QMap<QString, int> accepted = test::messageIdsInDump(healthyDump.path());
    const QMap<QString, int> atFault = test::messageIdsInDump(faultyDump.path());
    for (int i = 0; i < 3; ++i) {
        const std::optional<OutboxRecord> record = outbox.load(ids.at(i));
        QVERIFY(record);
        const int delivered = accepted.value(messageIds.at(i)) + (dotAccepted ? atFault.value(messageIds.at(i)) : 0);
        QVERIFY2(delivered <= 1, qPrintable(QStringLiteral("%1 delivered %2 times").arg(messageIds.at(i)).arg(delivered)));
        if (afterFault.at(i) == QLatin1String("deferred")) {
            QCOMPARE(OutboxRecord::stateId(record->state), QStringLiteral("sent"));
            QCOMPARE(accepted.value(messageIds.at(i)), 1);
            QCOMPARE(record->attempts, 2);
        } else {
            // Failed and uncertain messages wait for a person.
            QCOMPARE(OutboxRecord::stateId(record->state), afterFault.at(i));
            QCOMPARE(accepted.value(messageIds.at(i)), 0);
        }
    }
}

QTEST_GUILESS_MAIN(TestOutboxFaults)
#include "tst_outbox_faults.moc"
