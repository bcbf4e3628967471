// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Outbox storage: files, records, locks, recovery after a crash, retry and
// remove. No network.

#include "ManualClock.h"
#include "OutboxDoubles.h"

#include "outbox/DraftStore.h"
#include "outbox/SentStore.h"
#include "outbox/TranscriptArchive.h"
#include "smtp/DotStuffer.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QTest>

#include <sys/stat.h>

using namespace stamp;

class TestOutbox : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void enqueueWritesMessageAndRecord();
    void enqueueMeasuresForSmtp();
    void recordRoundTrip();
    void lockIsExclusive();
    void recoveryAfterCrash_data();
    void recoveryAfterCrash();
    void retrySendsToRefusedOnly();
    void removeDeletesBoth();
    void corruptRecordIsReported();
    void resolvesPrefixes();
    void privateFolders();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Outbox> m_outbox;
    test::ManualClock m_clock;
    ServerSettings m_server;
};

void TestOutbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_outbox = std::make_unique<Outbox>(m_dir->filePath(QStringLiteral("outbox")));
    m_server.host = QStringLiteral("smtp.example.com");
    m_server.port = 587;
}

void TestOutbox::enqueueWritesMessageAndRecord()
{
    const QByteArray content = test::outboxTestMessage(QStringLiteral("one@stamp.test"));
    const QString id = test::enqueueForTest(*m_outbox, content, QStringLiteral("a@example.com"),
                                            {QStringLiteral("b@example.net")}, m_server, m_clock.now());
    QVERIFY(!id.isEmpty());
    QFile message(m_outbox->messagePath(id));
    QVERIFY(message.open(QIODevice::ReadOnly));
    QCOMPARE(message.readAll(), content);
    const std::optional<OutboxRecord> record = m_outbox->load(id);
    QVERIFY(record);
    QCOMPARE(record->state, OutboxRecord::State::Queued);
    QCOMPARE(record->size, content.size());
    QCOMPARE(record->created, m_clock.now());
    QVERIFY(record->isDue(m_clock.now()));
    // Owner-only: queued mail is private.
    QCOMPARE(QFileInfo(m_outbox->directory()).permissions() & (QFile::ReadOther | QFile::ReadGroup),
             QFileDevice::Permissions());
    // No temporary files are left behind.
    QCOMPARE(QDir(m_outbox->directory()).entryList(QDir::Files).size(), 2);
}

void TestOutbox::enqueueMeasuresForSmtp()
{
    // A bare LF, a line that starts with a dot and an 8-bit byte: the
    // three things the wire form changes or declares.
    const QByteArray content = "From: a@example.com\r\nSubject: x\r\n\r\n.dot first\nbare LF\r\ncaf\xc3\xa9\r\n";
    const QString id = test::enqueueForTest(*m_outbox, content, QStringLiteral("a@example.com"),
                                            {QStringLiteral("b@example.net")}, m_server, m_clock.now());
    QVERIFY(!id.isEmpty());
    QByteArray copy = content;
    QBuffer buffer(&copy);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const DotStuffer::Measurement expected = DotStuffer::measure(&buffer);
    QVERIFY(expected.ok);
    // Kept in the record (through its JSON), so a send need not read the file again.
    const std::optional<OutboxRecord> record = m_outbox->load(id);
    QVERIFY(record);
    QCOMPARE(record->messageSize, expected.messageSize);
    QCOMPARE(record->wireSize, expected.wireSize);
    QCOMPARE(record->eightBit, true);
    QCOMPARE(record->messageSize, content.size() + 1);  // the bare LF became CRLF
    QCOMPARE(record->wireSize, record->messageSize + 1 + 3);  // the stuffed dot, the ".\r\n" terminator
}

void TestOutbox::recordRoundTrip()
{
    OutboxRecord r;
    r.id = QStringLiteral("x");
    r.state = OutboxRecord::State::Deferred;
    r.created = m_clock.now();
    r.nextTry = m_clock.now().addSecs(90);
    r.notBefore = m_clock.now().addSecs(30);
    r.attempts = 3;
    r.reason = QStringLiteral("why");
    r.from = QStringLiteral("a@example.com");
    Reply refused;
    refused.code = 450;
    refused.lines = {"later"};
    r.recipients = {{QStringLiteral("b@example.net"), OutboxRecord::Recipient::Status::Accepted, std::nullopt},
                    {QStringLiteral("c@example.net"), OutboxRecord::Recipient::Status::Refused, refused}};
    r.server = m_server;
    r.server.security = SecurityMode::ImplicitTls;
    r.server.timeouts = Timeouts::cappedAt(5000);
    r.authMethod = sasl::AuthMethod::ScramSha256;
    r.username = QStringLiteral("me");
    r.uploadStarted = true;
    r.messageSize = 1200;
    r.wireSize = 1207;
    r.eightBit = true;
    const std::optional<OutboxRecord> back = OutboxRecord::fromJson(r.toJson());
    QVERIFY(back);
    QCOMPARE(back->toJson(), r.toJson());
    QCOMPARE(back->messageSize, 1200);
    QCOMPARE(back->wireSize, 1207);
    QVERIFY(back->eightBit);
    QCOMPARE(back->recipients.at(1).reply->code, 450);
    QCOMPARE(back->server.timeouts.finalDot, 5000);
    QCOMPARE(back->pendingRecipients(), QStringList{QStringLiteral("c@example.net")});
    // The record has a place for the user name and nothing for a secret.
    const QByteArray json = QJsonDocument(r.toJson()).toJson();
    QVERIFY(!json.contains("secret") && !json.contains("password"));
}

void TestOutbox::lockIsExclusive()
{
    const QString id = test::enqueueForTest(*m_outbox, test::outboxTestMessage(QStringLiteral("l@stamp.test")),
                                            QStringLiteral("a@example.com"), {QStringLiteral("b@example.net")},
                                            m_server, m_clock.now());
    std::unique_ptr<QLockFile> first = m_outbox->tryLock(id);
    QVERIFY(first);
    QVERIFY(!m_outbox->tryLock(id));
    QVERIFY(!m_outbox->remove(id).isEmpty());  // in flight: refused
    QVERIFY(!m_outbox->retry(id, m_clock.now()).isEmpty());
    first.reset();
    QVERIFY(m_outbox->tryLock(id));
}

void TestOutbox::recoveryAfterCrash_data()
{
    QTest::addColumn<bool>("uploadStarted");
    QTest::addColumn<int>("expected");
    QTest::newRow("before the upload") << false << int(OutboxRecord::State::Queued);
    QTest::newRow("after the upload started") << true << int(OutboxRecord::State::Uncertain);
}

void TestOutbox::recoveryAfterCrash()
{
    QFETCH(bool, uploadStarted);
    QFETCH(int, expected);
    const QString id = test::enqueueForTest(*m_outbox, test::outboxTestMessage(QStringLiteral("r@stamp.test")),
                                            QStringLiteral("a@example.com"), {QStringLiteral("b@example.net")},
                                            m_server, m_clock.now());
    // What a killed dispatcher leaves: `sending`, and a lock whose owner is gone.
    OutboxRecord r = *m_outbox->load(id);
    r.state = OutboxRecord::State::Sending;
    r.uploadStarted = uploadStarted;
    QVERIFY(m_outbox->save(r, m_clock.now()).isEmpty());
    QCOMPARE(m_outbox->recoverAll(m_clock.now()), 1);
    const std::optional<OutboxRecord> after = m_outbox->load(id);
    QCOMPARE(int(after->state), expected);
    QVERIFY(!after->reason.isEmpty());
    QCOMPARE(after->isDue(m_clock.now()), !uploadStarted);
    // A live owner's lock is respected: nothing is recovered under it.
    r.state = OutboxRecord::State::Sending;
    QVERIFY(m_outbox->save(r, m_clock.now()).isEmpty());
    {
        const std::unique_ptr<QLockFile> owner = m_outbox->tryLock(id);
        QCOMPARE(m_outbox->recoverAll(m_clock.now()), 0);
    }
    QCOMPARE(m_outbox->load(id)->state, OutboxRecord::State::Sending);
}

void TestOutbox::retrySendsToRefusedOnly()
{
    const QString id = test::enqueueForTest(*m_outbox, test::outboxTestMessage(QStringLiteral("p@stamp.test")),
                                            QStringLiteral("a@example.com"),
                                            {QStringLiteral("b@example.net"), QStringLiteral("c@example.net")},
                                            m_server, m_clock.now());
    OutboxRecord r = *m_outbox->load(id);
    r.state = OutboxRecord::State::Failed;
    r.recipients[0].status = OutboxRecord::Recipient::Status::Accepted;
    r.recipients[1].status = OutboxRecord::Recipient::Status::Refused;
    QVERIFY(m_outbox->save(r, m_clock.now()).isEmpty());
    QVERIFY(!r.isDue(m_clock.now()));
    QVERIFY(m_outbox->retry(id, m_clock.now()).isEmpty());
    const OutboxRecord after = *m_outbox->load(id);
    QCOMPARE(after.state, OutboxRecord::State::Queued);
    QVERIFY(after.isDue(m_clock.now()));
    QCOMPARE(after.pendingRecipients(), QStringList{QStringLiteral("c@example.net")});
}

void TestOutbox::removeDeletesBoth()
{
    const QString id = test::enqueueForTest(*m_outbox, test::outboxTestMessage(QStringLiteral("d@stamp.test")),
                                            QStringLiteral("a@example.com"), {QStringLiteral("b@example.net")},
                                            m_server, m_clock.now());
    QVERIFY(m_outbox->remove(id).isEmpty());
    QVERIFY(!QFile::exists(m_outbox->recordPath(id)));
    QVERIFY(!QFile::exists(m_outbox->messagePath(id)));
    QVERIFY(m_outbox->list().isEmpty());
}

void TestOutbox::corruptRecordIsReported()
{
    QVERIFY(m_outbox->open().isEmpty());
    QFile bad(m_outbox->recordPath(QStringLiteral("broken")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{ not json");
    bad.close();
    QStringList corrupt;
    QVERIFY(m_outbox->list(&corrupt).isEmpty());
    QCOMPARE(corrupt, QStringList{QStringLiteral("broken.json")});
    QVERIFY(QFile::exists(bad.fileName()));  // kept for a person to look at
}

void TestOutbox::resolvesPrefixes()
{
    const QString id = test::enqueueForTest(*m_outbox, test::outboxTestMessage(QStringLiteral("x@stamp.test")),
                                            QStringLiteral("a@example.com"), {QStringLiteral("b@example.net")},
                                            m_server, m_clock.now());
    QString error;
    QCOMPARE(m_outbox->resolve(id, &error), id);
    QCOMPARE(m_outbox->resolve(id.left(id.size() - 3), &error), id);
    QVERIFY(m_outbox->resolve(QStringLiteral("nope"), &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestOutbox::privateFolders()
{
    // Queued mail, drafts, Sent items and transcripts hold people's
    // messages and addresses: owner only, even under a permissive umask.
    const mode_t previous = ::umask(022);
    const auto restore = qScopeGuard([previous] { ::umask(previous); });
    const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                                      | QFile::WriteOther | QFile::ExeOther;
    QVERIFY(m_outbox->open().isEmpty());
    SentStore sent(m_dir->filePath(QStringLiteral("sent")));
    QVERIFY(sent.open().isEmpty());
    DraftStore drafts(m_dir->filePath(QStringLiteral("drafts")));
    Draft draft;
    draft.subject = QStringLiteral("Private");
    QVERIFY(drafts.save(draft).isEmpty());
    TranscriptArchive transcripts(m_dir->filePath(QStringLiteral("transcripts")));
    QString error;
    QVERIFY2(!transcripts.save(QStringLiteral("t"), {}, &error).isEmpty(), qPrintable(error));
    for (const QString &name : {QStringLiteral("outbox"), QStringLiteral("sent"), QStringLiteral("drafts"),
                                QStringLiteral("transcripts")}) {
        const QFile::Permissions p = QFileInfo(m_dir->filePath(name)).permissions();
        QVERIFY2((p & ownerOnly) == ownerOnly && !(p & others), qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
