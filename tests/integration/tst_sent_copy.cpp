// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// "Sent, copy pending" as part of a message's life, end to end through
// `stamp outbox flush` run as a process: SMTP to a real smtp-sink (which
// takes any AUTH) and the copy to Sent to a REAL Dovecot on loopback
// (tests/support/dovecot-testbed.sh), with the account's login given by
// --password-env (the same secret for both, as with a keychain entry).
// Checked: the copy lands exactly once with the bytes of the Sent item;
// Dovecot down at send time leaves "pending" and the copy lands after it
// is back, SMTP never repeated; a full mailbox keeps it pending with the
// reason; an account without copies writes no state; a hard exit right
// after the Sent item is written (STAMP_TEST_EXIT_AFTER_SENT) and a copy
// that landed without its state saved both end with exactly one copy.

#include "DovecotBed.h"
#include "OutboxDoubles.h"
#include "Peers.h"
#include "accounts/AccountStore.h"
#include "client/SentCopier.h"
#include "imap/SentCopyJob.h"
#include "outbox/Outbox.h"
#include "outbox/SentStore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <memory>

using namespace stamp;
using stamp::test::DovecotBed;
using stamp::test::withLf;

namespace {

const QString kPasswordVar = QStringLiteral("STAMP_TEST_SENT_COPY_PASSWORD");

// A home of its own for one case: accounts, outbox and Sent items.
struct Home
{
    QTemporaryDir dir;
    QString config() const { return dir.filePath(QStringLiteral("config")); }
    QString outbox() const { return dir.filePath(QStringLiteral("outbox")); }
    QString sent() const { return dir.filePath(QStringLiteral("sent")); }
    QHash<QString, QString> env(const QString &password) const
    {
        return {{QStringLiteral("XDG_CONFIG_HOME"), config()},
                {QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data"))},
                {QStringLiteral("STAMP_OUTBOX_DIR"), outbox()},
                {QStringLiteral("STAMP_SENT_DIR"), sent()},
                {kPasswordVar, password}};
    }
};

}  // namespace

class TestSentCopy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void retryDelays();
    void messageIdOfHeader();
    void stateInTheItemsRecord();
    void copiedOnceWithTheSameBytes();
    void serverDownAtSendTime();
    void fullMailboxKeepsItPending();
    void copyOffWritesNoState();
    void hardExitAfterTheSentItem();
    void landedButNotSaved();
    void directSendCopiesWithTheSameLogin();
    void stoppedCopyTriedAgainOnceMended();
    void copyLogsInWithItsOwnUserName();

private:
    // An account sending through the sink and copying to `bed` (or not).
    Account makeAccount(Home &home, DovecotBed &bed, bool copies);
    // Queues one message for the account; its Message-ID in `messageId`.
    QString enqueue(Home &home, const Account &account, QByteArray *messageId, int bodyKb = 0);
    test::CliRun flush(Home &home, DovecotBed &bed, const QHash<QString, QString> &extra = {});
    int smtpCount(const QByteArray &messageId) const;

    DovecotBed m_bed;
    test::SmtpSink m_sink;
    QTemporaryDir m_dump;
};

void TestSentCopy::initTestCase()
{
    const QString problem = m_bed.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(m_dump.isValid());
    QFile::setPermissions(m_dump.path(), QFileDevice::Permissions(0x7777));  // smtp-sink runs as nobody
    const QString sink = m_sink.start({QStringLiteral("-d"), m_dump.path() + QStringLiteral("/%H%M%S.")});
    QVERIFY2(sink.isEmpty(), qPrintable(sink));
}

void TestSentCopy::cleanupTestCase()
{
    m_sink.stop();
    m_bed.stop();
}

void TestSentCopy::retryDelays()
{
    QCOMPARE(SentCopier::retryDelaySeconds(1), 60);
    QCOMPARE(SentCopier::retryDelaySeconds(2), 120);
    QCOMPARE(SentCopier::retryDelaySeconds(3), 300);
    QCOMPARE(SentCopier::retryDelaySeconds(4), 900);
    QCOMPARE(SentCopier::retryDelaySeconds(5), 1800);
    QCOMPARE(SentCopier::retryDelaySeconds(50), 1800);  // capped
}

void TestSentCopy::messageIdOfHeader()
{
    QCOMPARE(SentCopier::messageIdOf("Subject: x\r\nMessage-ID: <a@b>\r\n\r\nMessage-ID: <body@x>\r\n"),
             QByteArray("<a@b>"));
    QCOMPARE(SentCopier::messageIdOf("message-id:\r\n <folded@b>\r\nTo: x\r\n\r\n"), QByteArray("<folded@b>"));
    QCOMPARE(SentCopier::messageIdOf("Subject: x\r\n\r\nMessage-ID: <body@x>\r\n"), QByteArray());
}

void TestSentCopy::stateInTheItemsRecord()
{
    QTemporaryDir dir;
    SentStore sent(dir.filePath(QStringLiteral("sent")));
    sent.setCopyPolicy([](const OutboxRecord &record) {
        return record.accountId == QLatin1String("copies") ? QStringLiteral("imap.example.com") : QString();
    });
    auto add = [&sent](const QString &id, const QString &accountId, const QDateTime &at) {
        OutboxRecord r;
        r.id = id;
        r.state = OutboxRecord::State::Sent;
        r.accountId = accountId;
        r.recipients.append({QStringLiteral("b@example.net"), OutboxRecord::Recipient::Status::Accepted, {}});
        QByteArray content = test::outboxTestMessage(id + QStringLiteral("@stamp.test"));
        QBuffer buffer(&content);
        buffer.open(QIODevice::ReadOnly);
        return sent.add(r, &buffer, QStringLiteral("log\n"), at);
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(add(QStringLiteral("a-older"), QStringLiteral("copies"), now.addSecs(-60)), QString());
    QCOMPARE(add(QStringLiteral("b-newer"), QStringLiteral("copies"), now), QString());
    QCOMPARE(add(QStringLiteral("c-none"), QStringLiteral("plain"), now), QString());

    // "pending" is in the item's first (and only) write.
    std::optional<SentItem> item = sent.load(QStringLiteral("a-older"));
    QCOMPARE(item->copy.state, SentCopyState::State::Pending);
    QCOMPARE(item->copy.host, QStringLiteral("imap.example.com"));
    QCOMPARE(item->copy.attempts, 0);
    QVERIFY(item->copy.isDue(now));
    QCOMPARE(item->copyText(), QStringLiteral("Copy to Sent on imap.example.com pending."));
    QCOMPARE(sent.load(QStringLiteral("c-none"))->copy.state, SentCopyState::State::NotAsked);
    // Oldest first.
    QList<SentItem> pending = sent.pendingCopies();
    QCOMPARE(pending.size(), 2);
    QCOMPARE(pending.at(0).id(), QStringLiteral("a-older"));
    QCOMPARE(pending.at(1).id(), QStringLiteral("b-newer"));

    // A retry later, then a stop: saved in place, read back whole.
    SentCopyState copy = item->copy;
    copy.attempts = 1;
    copy.reason = QStringLiteral("The server is down.");
    copy.nextTry = now.addSecs(60);
    QCOMPARE(sent.updateCopy(QStringLiteral("a-older"), copy), QString());
    item = sent.load(QStringLiteral("a-older"));
    QCOMPARE(item->copy.nextTry, now.addSecs(60));
    QVERIFY(!item->copy.isDue(now));
    QCOMPARE(item->copyText(), QStringLiteral("Copy to Sent waiting: The server is down."));
    QCOMPARE(item->record.recipients.size(), 1);  // the rest of the item untouched
    copy.state = SentCopyState::State::NeedsPerson;
    copy.reason = QStringLiteral("The password was refused.");
    QCOMPARE(sent.updateCopy(QStringLiteral("a-older"), copy), QString());
    QCOMPARE(sent.load(QStringLiteral("a-older"))->copyText(),
             QStringLiteral("Copy to Sent stopped: The password was refused."));
    QCOMPARE(sent.pendingCopies().size(), 1);
    copy.state = SentCopyState::State::Copied;
    copy.mailbox = QStringLiteral("Sent Items");
    copy.uidValidity = 4000000000u;
    copy.uid = 7;
    QCOMPARE(sent.updateCopy(QStringLiteral("b-newer"), copy), QString());
    item = sent.load(QStringLiteral("b-newer"));
    QCOMPARE(item->copy.uidValidity, 4000000000u);
    QCOMPARE(item->copy.uid, 7u);
    QCOMPARE(item->copyText(), QStringLiteral("Copied to Sent Items on imap.example.com."));
    QVERIFY(sent.pendingCopies().isEmpty());

    // An item written before copies existed: not asked.
    QJsonObject old = item->toJson();
    old.remove(QStringLiteral("sentCopy"));
    QCOMPARE(SentItem::fromJson(old)->copy.state, SentCopyState::State::NotAsked);
}

Account TestSentCopy::makeAccount(Home &home, DovecotBed &bed, bool copies)
{
    Account account;
    account.id = Account::newId();
    account.name = QStringLiteral("work");
    account.email = QStringLiteral("alice@example.com");
    account.host = QStringLiteral("127.0.0.1");
    account.port = m_sink.port();
    account.security = SecurityMode::None;
    account.authMethod = sasl::AuthMethod::Plain;
    account.username = bed.file(QStringLiteral("user"));
    account.timeoutSeconds = 15;
    if (copies) {
        account.sentCopy.enabled = true;
        account.sentCopy.host = QStringLiteral("localhost");  // the name in the test certificate
        account.sentCopy.port = bed.imap();
        account.sentCopy.security = SecurityMode::StartTls;
        account.sentCopy.caFile = bed.path(QStringLiteral("ca.pem"));
    }
    AccountStore accounts(home.config() + QStringLiteral("/Stamp/stamp/accounts.json"));
    if (!accounts.load())
        qWarning("%s", qPrintable(accounts.error()));
    const QString problem = accounts.add(account);
    if (!problem.isEmpty())
        qWarning("account not added: %s", qPrintable(problem));
    return account;
}

QString TestSentCopy::enqueue(Home &home, const Account &account, QByteArray *messageId, int bodyKb)
{
    const QString local = QUuid::createUuid().toString(QUuid::WithoutBraces);
    *messageId = '<' + local.toLatin1() + "@stamp.test>";
    QByteArray content = test::outboxTestMessage(local + QStringLiteral("@stamp.test"));
    for (int i = 0; i < bodyKb * 16; ++i)
        content += QByteArray(62, 'x') + "\r\n";
    OutboxRecord draft;
    draft.from = account.email;
    draft.recipients.append({QStringLiteral("bob@example.net"), OutboxRecord::Recipient::Status::Pending, {}});
    draft.account = account.name;
    draft.accountId = account.id;
    draft.server = account.serverSettings();
    draft.authMethod = account.authMethod;
    draft.username = account.username;
    QBuffer buffer(&content);
    buffer.open(QIODevice::ReadOnly);
    Outbox outbox(home.outbox());
    QString error;
    const std::optional<OutboxRecord> record
        = outbox.enqueueCopy(draft, &buffer, QDateTime::currentDateTimeUtc(), &error);
    if (!record)
        qWarning("not queued: %s", qPrintable(error));
    return record ? record->id : QString();
}

test::CliRun TestSentCopy::flush(Home &home, DovecotBed &bed, const QHash<QString, QString> &extra)
{
    QHash<QString, QString> env = home.env(bed.file(QStringLiteral("password")));
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        env.insert(it.key(), it.value());
    return test::runStamp({QStringLiteral("outbox"), QStringLiteral("flush"), QStringLiteral("--password-env"),
                           kPasswordVar, QStringLiteral("--log"), QStringLiteral("-")},
                          {}, env);
}

int TestSentCopy::smtpCount(const QByteArray &messageId) const
{
    return test::messageIdsInDump(m_dump.path()).value(QString::fromLatin1(messageId.mid(1, messageId.size() - 2)));
}

void TestSentCopy::copiedOnceWithTheSameBytes()
{
    Home home;
    const Account account = makeAccount(home, m_bed, true);
    QByteArray messageId;
    const QString id = enqueue(home, account, &messageId);
    QVERIFY(!id.isEmpty());

    const test::CliRun run = flush(home, m_bed);
    const QByteArray all = run.out + run.err;
    QVERIFY2(run.exitCode == 0, all.constData());
    QVERIFY2(run.out.contains(QByteArray(id.toUtf8() + ": sent")), all.constData());
    QVERIFY2(run.out.contains(QByteArray(id.toUtf8() + ": Copied to Sent on localhost.")), all.constData());
    // The IMAP transcript went to --log, without the password.
    QVERIFY2(run.err.contains("APPEND"), all.constData());
    QVERIFY(!all.contains(m_bed.file(QStringLiteral("password")).toUtf8()));

    const SentStore sent(home.sent());
    const std::optional<SentItem> item = sent.load(id);
    QVERIFY(item);
    QCOMPARE(item->copy.state, SentCopyState::State::Copied);
    QCOMPARE(item->copy.mailbox, QStringLiteral("Sent"));
    QVERIFY(item->copy.uid > 0);
    QVERIFY(item->copy.uidValidity > 0);
    QCOMPARE(item->copy.attempts, 1);
    QCOMPARE(item->copyText(), QStringLiteral("Copied to Sent on localhost."));

    QFile file(sent.messagePath(id));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QList<QByteArray> copies = m_bed.storedWith(messageId);
    QCOMPARE(copies.size(), 1);
    QCOMPARE(copies.first(), withLf(bytes));
    QCOMPARE(smtpCount(messageId), 1);

    // Another flush has nothing to copy and copies nothing again.
    const test::CliRun again = flush(home, m_bed);
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(!again.out.contains("Copied"), again.out.constData());
    QCOMPARE(m_bed.storedWith(messageId).size(), 1);
}

void TestSentCopy::serverDownAtSendTime()
{
    Home home;
    const Account account = makeAccount(home, m_bed, true);
    QByteArray messageId;
    const QString id = enqueue(home, account, &messageId);
    QVERIFY(!id.isEmpty());

    QVERIFY2(m_bed.pause().isEmpty(), "pause failed");
    test::CliRun run = flush(home, m_bed);
    QByteArray all = run.out + run.err;
    QVERIFY2(run.exitCode == 0, all.constData());  // sent: the copy does not change that
    QVERIFY2(run.out.contains(QByteArray(id.toUtf8() + ": Copy to Sent waiting: ")), all.constData());
    const SentStore sent(home.sent());
    std::optional<SentItem> item = sent.load(id);
    QVERIFY(item);
    QCOMPARE(item->copy.state, SentCopyState::State::Pending);
    QCOMPARE(item->copy.attempts, 1);
    QVERIFY(!item->copy.reason.isEmpty());
    QVERIFY(item->copy.nextTry > QDateTime::currentDateTimeUtc());
    QVERIFY(item->copyText().startsWith(QStringLiteral("Copy to Sent waiting: ")));
    qInfo("server down: %s", qPrintable(item->copyText()));
    QCOMPARE(smtpCount(messageId), 1);

    QVERIFY2(m_bed.resume().isEmpty(), "resume failed");
    run = flush(home, m_bed);
    all = run.out + run.err;
    QVERIFY2(run.exitCode == 0, all.constData());
    QVERIFY2(run.out.contains("Nothing is due in the outbox."), all.constData());
    QVERIFY2(run.out.contains(QByteArray(id.toUtf8() + ": Copied to Sent on localhost.")), all.constData());
    item = sent.load(id);
    QCOMPARE(item->copy.state, SentCopyState::State::Copied);
    QCOMPARE(item->copy.attempts, 2);
    QVERIFY(item->copy.reason.isEmpty());
    QCOMPARE(m_bed.storedWith(messageId).size(), 1);
    QCOMPARE(smtpCount(messageId), 1);  // never sent again
}

void TestSentCopy::fullMailboxKeepsItPending()
{
    DovecotBed full;
    const QString problem = full.start({QStringLiteral("--quota-kb"), QStringLiteral("8")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    Home home;
    const Account account = makeAccount(home, full, true);
    QByteArray messageId;
    const QString id = enqueue(home, account, &messageId, 32);  // 32 KiB into 8
    QVERIFY(!id.isEmpty());

    for (int round = 1; round <= 2; ++round) {
        const test::CliRun run = flush(home, full);
        const QByteArray all = run.out + run.err;
        QVERIFY2(run.exitCode == 0, all.constData());
        QVERIFY2(run.out.contains(QByteArray(id.toUtf8() + ": Copy to Sent waiting: ")), all.constData());
        const std::optional<SentItem> item = SentStore(home.sent()).load(id);
        QVERIFY(item);
        QCOMPARE(item->copy.state, SentCopyState::State::Pending);
        QCOMPARE(item->copy.attempts, round);
        QVERIFY2(!item->copy.reason.isEmpty(), qPrintable(item->copy.reason));
        qInfo("mailbox full: %s", qPrintable(item->copyText()));
        QVERIFY(item->copy.nextTry.isValid());
        QCOMPARE(full.storedWith(messageId).size(), 0);
        QCOMPARE(smtpCount(messageId), 1);  // the refused copy never resends the message
    }
}

void TestSentCopy::copyOffWritesNoState()
{
    Home home;
    const Account account = makeAccount(home, m_bed, false);
    QByteArray messageId;
    const QString id = enqueue(home, account, &messageId);
    const test::CliRun run = flush(home, m_bed);
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
    QVERIFY(!run.out.contains("Copy"));
    const SentStore sent(home.sent());
    QFile record(sent.recordPath(id));
    QVERIFY(record.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(record.readAll()).object();
    QVERIFY(!json.isEmpty());
    QVERIFY(!json.contains(QStringLiteral("sentCopy")));
    const std::optional<SentItem> item = sent.load(id);
    QCOMPARE(item->copy.state, SentCopyState::State::NotAsked);
    QVERIFY(item->copyText().isEmpty());
    QCOMPARE(m_bed.storedWith(messageId).size(), 0);
    QCOMPARE(smtpCount(messageId), 1);
}

void TestSentCopy::hardExitAfterTheSentItem()
{
    Home home;
    const Account account = makeAccount(home, m_bed, true);
    QByteArray messageId;
    const QString id = enqueue(home, account, &messageId);

    // Exits hard the moment the Sent item (with its "pending") is on the
    // disk: after the SMTP success, before the APPEND.
    test::CliRun run = flush(home, m_bed, {{QStringLiteral("STAMP_TEST_EXIT_AFTER_SENT"), QStringLiteral("1")}});
    QCOMPARE(run.exitCode, 86);
    std::optional<SentItem> item = SentStore(home.sent()).load(id);
    QVERIFY(item);
    QCOMPARE(item->copy.state, SentCopyState::State::Pending);
    QCOMPARE(item->copy.attempts, 0);
    QCOMPARE(m_bed.storedWith(messageId).size(), 0);
    QCOMPARE(smtpCount(messageId), 1);

    run = flush(home, m_bed);
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
    QVERIFY2(run.out.contains(QByteArray(id.toUtf8() + ": Copied to Sent on localhost.")), run.out.constData());
    item = SentStore(home.sent()).load(id);
    QCOMPARE(item->copy.state, SentCopyState::State::Copied);
    QVERIFY(!Outbox(home.outbox()).load(id));  // the interrupted move was finished
    QCOMPARE(m_bed.storedWith(messageId).size(), 1);
    QCOMPARE(smtpCount(messageId), 1);
}

void TestSentCopy::landedButNotSaved()
{
    Home home;
    const Account account = makeAccount(home, m_bed, true);
    QByteArray messageId;
    const QString id = enqueue(home, account, &messageId);
    test::CliRun run = flush(home, m_bed, {{QStringLiteral("STAMP_TEST_EXIT_AFTER_SENT"), QStringLiteral("1")}});
    QCOMPARE(run.exitCode, 86);

    // The APPEND landed but the state was never saved: a copy by hand.
    QFile file(SentStore(home.sent()).messagePath(id));
    QVERIFY(file.open(QIODevice::ReadOnly));
    imap::SentCopyJob::Request request;
    request.settings = account.sentCopySettings();
    request.login.credentials.username = account.username;
    request.login.credentials.secret = m_bed.file(QStringLiteral("password"));
    request.message = file.readAll();
    imap::SentCopyJob job(request);
    bool done = false;
    connect(&job, &imap::SentCopyJob::finished, this, [&done] { done = true; });
    job.start();
    QVERIFY(QTest::qWaitFor([&done] { return done; }, 30000));
    QCOMPARE(job.result().outcome, imap::SentCopyResult::Outcome::Copied);
    QCOMPARE(m_bed.storedWith(messageId).size(), 1);

    run = flush(home, m_bed);
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
    QVERIFY2(run.out.contains(QByteArray(id.toUtf8() + ": Copied to Sent on localhost.")), run.out.constData());
    const std::optional<SentItem> item = SentStore(home.sent()).load(id);
    QCOMPARE(item->copy.state, SentCopyState::State::Copied);
    QCOMPARE(m_bed.storedWith(messageId).size(), 1);  // found by its Message-ID, not copied again
    QCOMPARE(smtpCount(messageId), 1);
}

void TestSentCopy::directSendCopiesWithTheSameLogin()
{
    // `stamp send --account` without the outbox: the Sent item is written
    // "copy pending" and the copy is made with the login that sent it.
    Home home;
    const Account account = makeAccount(home, m_bed, true);
    const QString local = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString subject = QStringLiteral("Direct ") + local;
    const test::CliRun run = test::runStamp(
        {QStringLiteral("send"), QStringLiteral("--account"), account.name, QStringLiteral("--password-env"),
         kPasswordVar, QStringLiteral("--to"), QStringLiteral("bob@example.net"), QStringLiteral("--subject"), subject,
         QStringLiteral("--body"), QStringLiteral("Straight to the server."), QStringLiteral("--log"),
         QStringLiteral("-")},
        {}, home.env(m_bed.file(QStringLiteral("password"))));
    const QByteArray all = run.out + run.err;
    QVERIFY2(run.exitCode == 0, all.constData());
    QVERIFY2(run.out.contains("Copied to Sent on localhost."), all.constData());
    QVERIFY2(run.err.contains("APPEND"), all.constData());  // the IMAP conversation is in --log
    QVERIFY(!all.contains(m_bed.file(QStringLiteral("password")).toUtf8()));

    const SentStore sent(home.sent());
    const QList<SentItem> items = sent.list();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().copy.state, SentCopyState::State::Copied);
    QFile file(sent.messagePath(items.first().id()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QByteArray messageId = SentCopier::messageIdOf(bytes);
    QVERIFY(!messageId.isEmpty());
    const QList<QByteArray> copies = m_bed.storedWith(messageId);
    QCOMPARE(copies.size(), 1);
    QCOMPARE(copies.first(), withLf(bytes));
    QCOMPARE(smtpCount(messageId), 1);

    // The listing says so too.
    const test::CliRun listed = test::runStamp({QStringLiteral("outbox"), QStringLiteral("sent")}, {},
                                               home.env(QString()));
    QVERIFY2(listed.out.contains("Copied to Sent on localhost."), listed.out.constData());
}

void TestSentCopy::stoppedCopyTriedAgainOnceMended()
{
    // The IMAP server's certificate is not trusted (no CA file): only a
    // person can mend that, so the copy stops instead of retrying.
    Home home;
    Account account = makeAccount(home, m_bed, true);
    const QString caFile = account.sentCopy.caFile;
    account.sentCopy.caFile.clear();
    AccountStore accounts(home.config() + QStringLiteral("/Stamp/stamp/accounts.json"));
    QVERIFY(accounts.load());
    QVERIFY(accounts.update(account).isEmpty());
    QByteArray messageId;
    const QString id = enqueue(home, account, &messageId);
    QVERIFY(!id.isEmpty());

    test::CliRun run = flush(home, m_bed);
    QByteArray all = run.out + run.err;
    QVERIFY2(run.exitCode == 0, all.constData());
    QVERIFY2(run.out.contains(QByteArray(id.toUtf8() + ": Copy to Sent stopped: ")), all.constData());
    std::optional<SentItem> item = SentStore(home.sent()).load(id);
    QVERIFY(item);
    QCOMPARE(item->copy.state, SentCopyState::State::NeedsPerson);
    qInfo("untrusted: %s", qPrintable(item->copyText()));
    const test::CliRun listed = test::runStamp({QStringLiteral("outbox"), QStringLiteral("sent")}, {},
                                               home.env(QString()));
    QVERIFY2(listed.out.contains("Once that is mended, 'stamp outbox flush' tries again."), listed.out.constData());

    // The person trusts the server's CA; the next flush tries the stopped copy again.
    account.sentCopy.caFile = caFile;
    QVERIFY(accounts.update(account).isEmpty());
    run = flush(home, m_bed);
    all = run.out + run.err;
    QVERIFY2(run.exitCode == 0, all.constData());
    QVERIFY2(run.out.contains(QByteArray(id.toUtf8() + ": Copied to Sent on localhost.")), all.constData());
    item = SentStore(home.sent()).load(id);
    QCOMPARE(item->copy.state, SentCopyState::State::Copied);
    QCOMPARE(item->copy.attempts, 2);
    QCOMPARE(m_bed.storedWith(messageId).size(), 1);
    QCOMPARE(smtpCount(messageId), 1);  // the message itself was never sent again
}

void TestSentCopy::copyLogsInWithItsOwnUserName()
{
    // The submission's login is another name than the IMAP server's (the
    // sink takes any): the copy logs in with the one of the Sent folder tab.
    Home home;
    Account account = makeAccount(home, m_bed, true);
    account.sentCopy.username = account.username;
    account.username = QStringLiteral("submission-only");
    AccountStore accounts(home.config() + QStringLiteral("/Stamp/stamp/accounts.json"));
    QVERIFY(accounts.load());
    QVERIFY(accounts.update(account).isEmpty());
    QByteArray messageId;
    const QString id = enqueue(home, account, &messageId);
    const test::CliRun run = flush(home, m_bed);
    const QByteArray all = run.out + run.err;
    QVERIFY2(run.exitCode == 0, all.constData());
    QVERIFY2(run.out.contains(QByteArray(id.toUtf8() + ": Copied to Sent on localhost.")), all.constData());
    QCOMPARE(m_bed.storedWith(messageId).size(), 1);
}

QTEST_GUILESS_MAIN(TestSentCopy)
#include "tst_sent_copy.moc"
