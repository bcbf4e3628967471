// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Sent items: the move out of the outbox, finishing a move a crash
// interrupted (never in neither place, never sent twice), pruning per
// account, usage counts, and reading the server's queue id.

#include "ManualClock.h"
#include "OutboxDoubles.h"
#include "outbox/SentStore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>

using namespace stamp;

class TestSentStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void moveKeepsMessageLogAndRecord();
    void settleFinishesAnInterruptedMove_data();
    void settleFinishesAnInterruptedMove();
    void pruneKeepsNewestAndTheLastDay();
    void pruneKeepsCopiesNotYetMade();
    void usageCountsTheWindow();
    void queueIds_data();
    void queueIds();

private:
    // A message in the outbox, marked sent as the Dispatcher does.
    OutboxRecord sentInOutbox(const QString &messageId, const QString &account = QStringLiteral("work"));
    SentItem fakeItem(const QString &accountId, const QDateTime &sentAt, int recipients);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<SentStore> m_sent;
    test::ManualClock m_clock;
    int m_serial = 0;
};

void TestSentStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_outbox = std::make_unique<Outbox>(m_dir->filePath(QStringLiteral("outbox")));
    m_sent = std::make_unique<SentStore>(m_dir->filePath(QStringLiteral("sent")));
}

OutboxRecord TestSentStore::sentInOutbox(const QString &messageId, const QString &account)
{
    ServerSettings server;
    server.host = QStringLiteral("smtp.example.com");
    const QString id = test::enqueueForTest(*m_outbox, test::outboxTestMessage(messageId),
                                            QStringLiteral("a@example.com"), {QStringLiteral("b@example.net")},
                                            server, m_clock.now());
    OutboxRecord r = *m_outbox->load(id);
    r.account = account;
    r.accountId = QStringLiteral("id-") + account;
    r.state = OutboxRecord::State::Sent;
    r.attempts = 1;
    r.recipients[0].status = OutboxRecord::Recipient::Status::Accepted;
    r.lastResult = QJsonObject{
        {QStringLiteral("status"), QStringLiteral("sent")},
        {QStringLiteral("finalReply"),
         QJsonObject{{QStringLiteral("code"), 250}, {QStringLiteral("text"), QStringLiteral("2.0.0 Ok: queued as 4XyZ9")}}}};
    m_outbox->save(r, m_clock.now());
    return r;
}

SentItem TestSentStore::fakeItem(const QString &accountId, const QDateTime &sentAt, int recipients)
{
    OutboxRecord r;
    r.id = QStringLiteral("item-%1").arg(++m_serial, 4, 10, QLatin1Char('0'));
    r.state = OutboxRecord::State::Sent;
    r.accountId = accountId;
    r.account = accountId;
    for (int i = 0; i < recipients; ++i)
        r.recipients.append({QStringLiteral("r%1@example.net").arg(i), OutboxRecord::Recipient::Status::Accepted, {}});
    QByteArray content = test::outboxTestMessage(r.id + QStringLiteral("@stamp.test"));
    QBuffer buffer(&content);
    buffer.open(QIODevice::ReadOnly);
    const QString problem = m_sent->add(r, &buffer, QStringLiteral("log\n"), sentAt);
    if (!problem.isEmpty())
        qWarning("%s", qPrintable(problem));
    return *m_sent->load(r.id);
}

void TestSentStore::moveKeepsMessageLogAndRecord()
{
    const OutboxRecord r = sentInOutbox(QStringLiteral("moved@stamp.test"));
    QByteArray content;
    {
        QFile f(m_outbox->messagePath(r.id));
        QVERIFY(f.open(QIODevice::ReadOnly));
        content = f.readAll();
    }
    const std::unique_ptr<QLockFile> lock = m_outbox->tryLock(r.id);
    const QString log = QStringLiteral("2030-01-02T09:00:00.000Z S: 250 2.0.0 Ok: queued as 4XyZ9\n");
    QVERIFY(m_sent->moveFrom(*m_outbox, r, log, m_clock.now()).isEmpty());
    // Out of the outbox...
    QVERIFY(!m_outbox->load(r.id));
    QVERIFY(!QFile::exists(m_outbox->messagePath(r.id)));
    // ...and complete in Sent items.
    const std::optional<SentItem> item = m_sent->load(r.id);
    QVERIFY(item);
    QCOMPARE(item->sentAt, m_clock.now());
    QCOMPARE(item->queueId, QStringLiteral("4XyZ9"));
    QCOMPARE(item->record.recipients.first().status, OutboxRecord::Recipient::Status::Accepted);
    QCOMPARE(m_sent->transcript(r.id), log);
    QFile message(m_sent->messagePath(r.id));
    QVERIFY(message.open(QIODevice::ReadOnly));
    QCOMPARE(message.readAll(), content);
    QCOMPARE(m_sent->list(QStringLiteral("work")).size(), 1);
    QCOMPARE(m_sent->list(QStringLiteral("id-work")).size(), 1);
    QCOMPARE(m_sent->list(QStringLiteral("other")).size(), 0);
    // Owner-only, like the outbox.
    QCOMPARE(QFileInfo(m_sent->directory()).permissions() & (QFile::ReadOther | QFile::ReadGroup),
             QFileDevice::Permissions());
}

void TestSentStore::settleFinishesAnInterruptedMove_data()
{
    // Where the process died during the move.
    QTest::addColumn<QString>("stage");
    QTest::newRow("after marking sent, before copying") << QStringLiteral("marked");
    QTest::newRow("message copied, no record yet") << QStringLiteral("message");
    QTest::newRow("copy complete, outbox not cleared") << QStringLiteral("complete");
}

void TestSentStore::settleFinishesAnInterruptedMove()
{
    QFETCH(QString, stage);
    const OutboxRecord r = sentInOutbox(QStringLiteral("interrupted@stamp.test"));
    if (stage == QLatin1String("message")) {
        QVERIFY(m_sent->open().isEmpty());
        QVERIFY(QFile::copy(m_outbox->messagePath(r.id), m_sent->messagePath(r.id)));
    } else if (stage == QLatin1String("complete")) {
        QVERIFY(m_sent->add(r, m_outbox->messagePath(r.id), QStringLiteral("the real log\n"), m_clock.now())
                    .isEmpty());
    }
    // In either case it is in one place at least, and never due again.
    QVERIFY(m_outbox->load(r.id) || m_sent->contains(r.id));
    QVERIFY(Dispatcher::dueGroups(*m_outbox, m_clock.now()).isEmpty());
    QCOMPARE(m_sent->settle(*m_outbox, m_clock.now()), 1);
    QVERIFY(!m_outbox->load(r.id));
    QCOMPARE(m_sent->list().size(), 1);
    QVERIFY(m_sent->load(r.id));
    QVERIFY(QFile::exists(m_sent->messagePath(r.id)));
    if (stage == QLatin1String("complete"))
        QCOMPARE(m_sent->transcript(r.id), QStringLiteral("the real log\n"));
    else
        QVERIFY(m_sent->transcript(r.id).contains(QStringLiteral("not kept")));
    // Nothing left to settle.
    QCOMPARE(m_sent->settle(*m_outbox, m_clock.now()), 0);
}

void TestSentStore::pruneKeepsNewestAndTheLastDay()
{
    m_sent->setKeepPerAccount(0);  // fill without pruning
    for (int i = 0; i < 5; ++i)
        fakeItem(QStringLiteral("a"), m_clock.now().addDays(-3).addSecs(i), 1);
    for (int i = 0; i < 5; ++i)
        fakeItem(QStringLiteral("b"), m_clock.now().addDays(-3).addSecs(i), 1);
    const SentItem recent1 = fakeItem(QStringLiteral("a"), m_clock.now().addSecs(-7200), 1);
    const SentItem recent2 = fakeItem(QStringLiteral("a"), m_clock.now().addSecs(-60), 1);
    m_sent->setKeepPerAccount(3);
    QCOMPARE(m_sent->prune(QStringLiteral("a"), m_clock.now()), 4);
    const QList<SentItem> a = m_sent->list(QStringLiteral("a"));
    QCOMPARE(a.size(), 3);
    QCOMPARE(a.at(0).id(), recent2.id());  // newest first
    QCOMPARE(a.at(1).id(), recent1.id());
    QCOMPARE(m_sent->list(QStringLiteral("b")).size(), 5);  // another account's are its own
    // The last 24 hours are always kept: the daily count needs them.
    m_sent->setKeepPerAccount(1);
    QCOMPARE(m_sent->prune(QStringLiteral("a"), m_clock.now()), 1);
    QCOMPARE(m_sent->list(QStringLiteral("a")).size(), 2);
    // No leftovers of pruned items.
    QCOMPARE(QDir(m_sent->directory()).entryList(QDir::Files).size(), (2 + 5) * 3);
    // Adding prunes on its own.
    m_sent->setKeepPerAccount(2);
    fakeItem(QStringLiteral("b"), m_clock.now(), 1);
    QCOMPARE(m_sent->list(QStringLiteral("b")).size(), 2);
}

void TestSentStore::pruneKeepsCopiesNotYetMade()
{
    m_sent->setKeepPerAccount(0);
    const auto withCopy = [this](const QDateTime &sentAt, SentCopyState::State state) {
        const SentItem item = fakeItem(QStringLiteral("a"), sentAt, 1);
        SentCopyState copy;
        copy.state = state;
        copy.host = QStringLiteral("imap.example.com");
        if (const QString problem = m_sent->updateCopy(item.id(), copy); !problem.isEmpty())
            qWarning("%s", qPrintable(problem));
        return item.id();
    };
    const QDateTime old = m_clock.now().addDays(-3);
    const QString copied = withCopy(old, SentCopyState::State::Copied);
    const QString pending = withCopy(old.addSecs(1), SentCopyState::State::Pending);
    const QString stopped = withCopy(old.addSecs(2), SentCopyState::State::NeedsPerson);
    const QString givenUp = withCopy(m_clock.now().addDays(-31), SentCopyState::State::Pending);
    const QString newest = withCopy(m_clock.now().addDays(-2), SentCopyState::State::Copied);
    m_sent->setKeepPerAccount(1);
    // Past the bound: the copied one and the month-old pending one go; the
    // copies still to make keep their message file.
    QCOMPARE(m_sent->prune(QStringLiteral("a"), m_clock.now()), 2);
    QVERIFY(m_sent->contains(newest));
    QVERIFY(m_sent->contains(pending));
    QVERIFY(m_sent->contains(stopped));
    QVERIFY(QFile::exists(m_sent->messagePath(pending)));
    QVERIFY(!m_sent->contains(copied));
    QVERIFY(!m_sent->contains(givenUp));
}

void TestSentStore::usageCountsTheWindow()
{
    fakeItem(QStringLiteral("a"), m_clock.now().addSecs(-25 * 3600), 9);  // outside
    fakeItem(QStringLiteral("a"), m_clock.now().addSecs(-23 * 3600), 2);
    fakeItem(QStringLiteral("a"), m_clock.now().addSecs(-10), 3);
    fakeItem(QStringLiteral("b"), m_clock.now().addSecs(-10), 4);
    const SentStore::Usage usage = m_sent->usageSince(QStringLiteral("a"), m_clock.now().addSecs(-24 * 3600));
    QCOMPARE(usage.messages, 2);
    QCOMPARE(usage.recipients, 5);
}

void TestSentStore::queueIds_data()
{
    QTest::addColumn<QString>("reply");
    QTest::addColumn<QString>("id");
    QTest::newRow("postfix") << QStringLiteral("2.0.0 Ok: queued as 4XyZ9") << QStringLiteral("4XyZ9");
    QTest::newRow("sendmail") << QStringLiteral("2.0.0 x1B2c3D4005678 Message accepted for delivery")
                              << QString();
    QTest::newRow("exim") << QStringLiteral("OK id=1rAbCd-000123-Xy") << QStringLiteral("1rAbCd-000123-Xy");
    QTest::newRow("microsoft")
        << QStringLiteral("2.6.0 <m@x> [InternalId=1234567, Hostname=AB1] Queued mail for delivery")
        << QStringLiteral("1234567");
    QTest::newRow("nothing") << QStringLiteral("2.0.0 OK") << QString();
}

void TestSentStore::queueIds()
{
    QFETCH(QString, reply);
    QFETCH(QString, id);
    QCOMPARE(SentItem::queueIdFrom(reply), id);
}

QTEST_GUILESS_MAIN(TestSentStore)
#include "tst_sentstore.moc"
