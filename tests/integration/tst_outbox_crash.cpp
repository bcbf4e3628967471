// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Crash safety of the outbox against a real Postfix: `stamp outbox flush`
// is killed with SIGKILL at random moments while it sends 50 queued
// messages, and started again, until everything is settled (bounded in
// time). Afterwards every message is sent exactly once (by Postfix's own
// log: a queue id with that Message-ID that reached the queue manager), or
// still queued and never delivered, or uncertain (delivered at most once);
// and no outbox record is ever unreadable. Sent messages move to Sent items
// (a `sent` folder next to the outbox) in the same process that may be
// killed: every message is in exactly one of the two places afterwards.

#include "OutboxDoubles.h"
#include "Peers.h"
#include "outbox/SentStore.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace stamp;

namespace {
const QString kPasswordVar = QStringLiteral("STAMP_TEST_PASSWORD");
constexpr int kMessages = 50;
constexpr int kWave = 2;
constexpr qint64 kLoopBudgetMs = 100 * 1000;
}  // namespace

class TestOutboxCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void killDuringSends();
    void queueFromCommandLine();

private:
    // Queue id -> Message-ID for every message Postfix committed to its queue.
    QMap<QString, int> deliveredByMessageId() const;
    QProcess *startFlush(const QString &outboxDir);

    test::PostfixTestbed m_postfix;
};

void TestOutboxCrash::initTestCase()
{
    const QString problem = m_postfix.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestOutboxCrash::cleanupTestCase()
{
    m_postfix.stop();
}

QMap<QString, int> TestOutboxCrash::deliveredByMessageId() const
{
    const QString log = m_postfix.maillog();
    // cleanup logs "ID: message-id=<...>" while it reads the message; only
    // a message that was committed reaches qmgr: "ID: from=<...>, size=".
    QSet<QString> committed;
    static const QRegularExpression queued(QStringLiteral(" ([0-9A-F]{6,}): from=<[^>]*>, size="));
    for (auto it = queued.globalMatch(log); it.hasNext();)
        committed.insert(it.next().captured(1));
    QMap<QString, int> counts;
    static const QRegularExpression ids(QStringLiteral(" ([0-9A-F]{6,}): message-id=<([^>]+)>"));
    for (auto it = ids.globalMatch(log); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (committed.contains(m.captured(1)))
            counts[m.captured(2)] += 1;
    }
    return counts;
}

QProcess *TestOutboxCrash::startFlush(const QString &outboxDir)
{
    auto *process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("STAMP_OUTBOX_DIR"), outboxDir);
    env.insert(kPasswordVar, m_postfix.value(QStringLiteral("PASSWORD")));
    process->setProcessEnvironment(env);
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->start(QStringLiteral(STAMP_CLI), {QStringLiteral("outbox"), QStringLiteral("flush"),
                                               QStringLiteral("--password-env"), kPasswordVar});
    return process;
}

void TestOutboxCrash::killDuringSends()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString dir = home.filePath(QStringLiteral("outbox"));
    Outbox outbox(dir);
    ServerSettings server;
    server.host = QStringLiteral("127.0.0.1");
    server.port = m_postfix.port(QStringLiteral("PLAIN_PORT"));
    server.security = SecurityMode::None;
    server.timeouts = Timeouts::cappedAt(10000);
    const QString user = m_postfix.value(QStringLiteral("USER"));

    QHash<QString, QString> messageIdOf;  // outbox id -> Message-ID
    const QString run = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
    auto enqueue = [&](int i) {
        const QString messageId = QStringLiteral("crash-%1-%2@stamp.test").arg(run).arg(i);
        OutboxRecord draft;
        draft.from = user;
        draft.recipients.append({QStringLiteral("x@example.net"), OutboxRecord::Recipient::Status::Pending, {}});
        draft.server = server;
        draft.authMethod = sasl::AuthMethod::Plain;
        draft.username = user;
        QByteArray content = test::outboxTestMessage(messageId);
        QBuffer buffer(&content);
        buffer.open(QIODevice::ReadOnly);
        QString error;
        const std::optional<OutboxRecord> record =
            outbox.enqueueCopy(draft, &buffer, QDateTime::currentDateTimeUtc(), &error);
        if (record)
            messageIdOf.insert(record->id, messageId);
        return error;
    };

    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("random seed %u", seed);
    QRandomGenerator random(seed);
    QElapsedTimer budget;
    budget.start();
    int flushes = 0;
    int kills = 0;
    int leftoverLocks = 0;  // empty lock files a kill left behind, cleared later
    auto anythingDue = [&outbox] {
        outbox.recoverAll(QDateTime::currentDateTimeUtc());
        return !Dispatcher::dueGroups(outbox, QDateTime::currentDateTimeUtc()).isEmpty();
    };
    // Waves of a few messages, so the kills fall during sends and not only
    // after a fast flush has sent everything.
    for (int wave = 0; wave < kMessages / kWave; ++wave) {
        for (int i = 0; i < kWave; ++i) {
            const QString error = enqueue(wave * kWave + i);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        while (budget.elapsed() < kLoopBudgetMs && anythingDue()) {
            std::unique_ptr<QProcess> process(startFlush(dir));
            QVERIFY(process->waitForStarted(10000));
            ++flushes;
            // Anywhere from start-up to the last reply (a flush of a wave
            // takes some 40 ms on loopback).
            const int after = 1 + int(random.bounded(60));
            if (!process->waitForFinished(after)) {
                process->kill();  // SIGKILL: no destructor, no cleanup
                process->waitForFinished(5000);
                ++kills;
            }
            const QByteArray output = process->readAll();
            if (output.contains("leftover lock"))
                ++leftoverLocks;
            if (output.contains("another process"))
                QTest::qWait(100);  // a leftover empty lock: cleared after its grace time
            // Every record is readable after every kill.
            QStringList corrupt;
            outbox.list(&corrupt);
            QVERIFY2(corrupt.isEmpty(), qPrintable(corrupt.join(QLatin1Char(' '))));
        }
    }
    // One last flush that is allowed to finish.
    {
        std::unique_ptr<QProcess> process(startFlush(dir));
        QVERIFY(process->waitForFinished(60000));
        ++flushes;
    }
    qInfo("%d flushes, %d killed, %d leftover locks cleared, %lld ms", flushes, kills, leftoverLocks,
          budget.elapsed());

    QStringList corrupt;
    QList<OutboxRecord> records = outbox.list(&corrupt);
    QVERIFY2(corrupt.isEmpty(), qPrintable(corrupt.join(QLatin1Char(' '))));
    // Sent items next to the outbox, where `stamp outbox flush` moves them.
    const SentStore sent(home.filePath(QStringLiteral("sent")));
    const QList<SentItem> sentItems = sent.list();
    int movedToSent = 0;
    int withQueueId = 0;
    const QString maillog = m_postfix.maillog();
    for (const SentItem &item : sentItems) {
        // Postfix's "queued as ID" is kept, and is the id in its own log.
        if (!item.queueId.isEmpty()) {
            ++withQueueId;
            QVERIFY2(maillog.contains(item.queueId + QStringLiteral(": ")), qPrintable(item.queueId));
        }
        QVERIFY2(!outbox.load(item.id()), qPrintable(item.id() + QStringLiteral(" is in the outbox and in Sent")));
        QCOMPARE(item.record.state, OutboxRecord::State::Sent);
        QFile message(sent.messagePath(item.id()));
        QVERIFY(message.open(QIODevice::ReadOnly));
        QVERIFY(message.readAll().contains(messageIdOf.value(item.id()).toUtf8()));
        records << item.record;
        ++movedToSent;
    }
    QCOMPARE(records.size(), kMessages);  // nothing lost

    // Let Postfix's queue manager log what it received.
    QTest::qWait(1500);
    const QMap<QString, int> delivered = deliveredByMessageId();
    QMap<QString, int> states;
    for (const OutboxRecord &record : records) {
        const QString messageId = messageIdOf.value(record.id);
        const int count = delivered.value(messageId);
        const QString state = OutboxRecord::stateId(record.state);
        states[state] += 1;
        QVERIFY2(count <= 1, qPrintable(QStringLiteral("%1 delivered %2 times").arg(messageId).arg(count)));
        switch (record.state) {
        case OutboxRecord::State::Sent:
            QVERIFY2(count == 1, qPrintable(messageId + QStringLiteral(" is sent but not in Postfix's log")));
            break;
        case OutboxRecord::State::Uncertain:
            break;  // delivered or not: a person decides, and it is never resent
        default:
            QVERIFY2(count == 0, qPrintable(messageId + QStringLiteral(" was delivered but is ") + state));
            break;
        }
    }
    QVERIFY2(states.value(QStringLiteral("sending")) == 0, "a message stayed in sending");
    QVERIFY2(states.value(QStringLiteral("queued")) == 0 || budget.elapsed() >= kLoopBudgetMs,
             "messages were left queued although the loop had time");
    QStringList summary;
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        summary << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    int inLog = 0;
    for (const QString &messageId : std::as_const(messageIdOf))
        inLog += delivered.value(messageId) > 0;
    QCOMPARE(withQueueId, movedToSent);
    qInfo("outcome: %s (%d in Sent items, each with Postfix's queue id); %d of %d in Postfix's log",
          qPrintable(summary.join(QStringLiteral(", "))), movedToSent, inLog, kMessages);
}

void TestOutboxCrash::queueFromCommandLine()
{
    // `stamp send --queue`, `--at`, `outbox list --json`, `flush` and
    // `retry` as a script would use them; one recipient is refused with 450.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString dir = home.filePath(QStringLiteral("outbox"));
    const QString password = m_postfix.value(QStringLiteral("PASSWORD"));
    const QHash<QString, QString> env{{QStringLiteral("STAMP_OUTBOX_DIR"), dir}, {kPasswordVar, password}};
    const QHash<QString, QString> noPassword{{QStringLiteral("STAMP_OUTBOX_DIR"), dir}};
    const QString user = m_postfix.value(QStringLiteral("USER"));
    const QStringList send{QStringLiteral("send"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                           QStringLiteral("--port"), m_postfix.value(QStringLiteral("PLAIN_PORT")),
                           QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--user"), user,
                           QStringLiteral("--password-env"), kPasswordVar, QStringLiteral("--from"), user,
                           QStringLiteral("--to"), QStringLiteral("x@example.net"), QStringLiteral("--to"),
                           m_postfix.value(QStringLiteral("TEMPFAIL_RCPT")), QStringLiteral("--subject"),
                           QStringLiteral("queued")};
    test::CliRun run = test::runStamp(send + QStringList{QStringLiteral("--body"), QStringLiteral("now"),
                                                         QStringLiteral("--queue")}, {}, env);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = test::runStamp(send + QStringList{QStringLiteral("--body"), QStringLiteral("later"), QStringLiteral("--at"),
                                            QStringLiteral("+1h")}, {}, env);
    QVERIFY2(run.exitCode == 0, run.err.constData());

    // The password is in no file of the outbox.
    for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files)) {
        QFile file(info.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(password.toUtf8()), qPrintable(info.fileName()));
    }

    run = test::runStamp({QStringLiteral("outbox"), QStringLiteral("flush")}, {}, noPassword);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("--password-env"), run.err.constData());

    run = test::runStamp({QStringLiteral("outbox"), QStringLiteral("flush"), QStringLiteral("--password-env"),
                          kPasswordVar}, {}, env);
    QVERIFY2(run.exitCode == 1, QByteArray(run.out + run.err).constData());

    run = test::runStamp({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json")}, {}, env);
    QCOMPARE(run.exitCode, 0);
    const QJsonArray messages = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 2);
    const QJsonObject now = messages.at(0).toObject();
    const QJsonObject later = messages.at(1).toObject();
    QCOMPARE(now.value(QStringLiteral("state")).toString(), QStringLiteral("deferred"));
    QVERIFY(!now.value(QStringLiteral("nextTry")).toString().isEmpty());
    const QJsonArray rcpts = now.value(QStringLiteral("recipients")).toArray();
    QCOMPARE(rcpts.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
    QCOMPARE(rcpts.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("refused"));
    QCOMPARE(rcpts.at(1).toObject().value(QStringLiteral("reply")).toObject().value(QStringLiteral("code")).toInt(), 450);
    QCOMPARE(later.value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
    QVERIFY(!later.value(QStringLiteral("notBefore")).toString().isEmpty());

    // retry: only the refused recipient is sent to (Postfix refuses it again).
    const QString id = now.value(QStringLiteral("id")).toString();
    run = test::runStamp({QStringLiteral("outbox"), QStringLiteral("retry"), id.left(id.size() - 2)}, {}, env);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = test::runStamp({QStringLiteral("outbox"), QStringLiteral("flush"), QStringLiteral("--password-env"),
                          kPasswordVar, QStringLiteral("--log"), QStringLiteral("-")}, {}, env);
    QVERIFY2(!run.err.contains("RCPT TO:<x@example.net>"), run.err.constData());
    const QByteArray retried = "RCPT TO:<" + m_postfix.value(QStringLiteral("TEMPFAIL_RCPT")).toUtf8() + '>';
    QVERIFY2(run.err.contains(retried), run.err.constData());
    QVERIFY(!run.err.contains(password.toUtf8()));

    run = test::runStamp({QStringLiteral("outbox"), QStringLiteral("remove"), id}, {}, env);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = test::runStamp({QStringLiteral("outbox"), QStringLiteral("list")}, {}, env);
    QVERIFY(!run.out.contains(id.toUtf8()));
    QVERIFY(run.out.contains("not before"));
}

QTEST_GUILESS_MAIN(TestOutboxCrash)
#include "tst_outbox_crash.moc"
