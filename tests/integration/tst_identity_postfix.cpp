// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Identities against real peers, through `stamp send` as a person runs it:
// a Postfix that lets each login send only as its own address
// (reject_known_sender_login_mismatch) refuses an identity sent with the
// From address as MAIL FROM and Stamp explains why; with the account's own
// address as the envelope sender it accepts; an identity that sends through
// another account goes out over that account's login (Postfix logs which);
// smtp-sink keeps the bytes to show the From and Sender fields.

#include "Peers.h"

#include "accounts/Account.h"
#include "accounts/AccountStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace stamp;

namespace {
const QString kPasswordVar = QStringLiteral("STAMP_TEST_PASSWORD");
}

class TestIdentityPostfix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void refusedSenderIsExplained();
    void accountAddressAsEnvelopeIsAccepted();
    void identitySendsThroughOtherAccount();
    void senderFieldOnTheWire();

private:
    Account postfixAccount(const QString &name, const QString &user) const;
    void save(const QList<Account> &accounts);
    test::CliRun send(const QString &from, const QString &password, const QStringList &extra = {}) const;
    QString queueIdOf(const QByteArray &out) const;

    test::PostfixTestbed m_postfix;
    std::unique_ptr<QTemporaryDir> m_dirs;
};

void TestIdentityPostfix::initTestCase()
{
    const QString problem = m_postfix.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestIdentityPostfix::cleanupTestCase()
{
    m_postfix.stop();
}

void TestIdentityPostfix::init()
{
    m_dirs = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dirs->isValid());
}

Account TestIdentityPostfix::postfixAccount(const QString &name, const QString &user) const
{
    Account a;
    a.id = name + QStringLiteral("-id");
    a.name = name;
    a.email = user;
    a.identities << Identity{name, user, {}, {}};
    a.host = QStringLiteral("localhost");
    a.port = m_postfix.port(QStringLiteral("STARTTLS_PORT"));
    a.security = SecurityMode::StartTls;
    a.caFile = m_postfix.value(QStringLiteral("CA_FILE"));
    a.authMethod = sasl::AuthMethod::Plain;
    a.username = user;
    return a;
}

void TestIdentityPostfix::save(const QList<Account> &accounts)
{
    AccountStore store(m_dirs->filePath(QStringLiteral("config/Stamp/stamp/accounts.json")));
    QVERIFY(QDir().mkpath(m_dirs->filePath(QStringLiteral("config/Stamp/stamp"))));
    QVERIFY(store.load());
    for (const Account &account : accounts)
        QCOMPARE(store.add(account), QString());
}

test::CliRun TestIdentityPostfix::send(const QString &from, const QString &password, const QStringList &extra) const
{
    const QHash<QString, QString> env{{QStringLiteral("XDG_CONFIG_HOME"), m_dirs->filePath(QStringLiteral("config"))},
                                      {QStringLiteral("XDG_DATA_HOME"), m_dirs->filePath(QStringLiteral("data"))},
                                      {QStringLiteral("XDG_CACHE_HOME"), m_dirs->filePath(QStringLiteral("cache"))},
                                      {kPasswordVar, password}};
    QStringList args{QStringLiteral("send"),          QStringLiteral("--from"), from,
                     QStringLiteral("--to"),          QStringLiteral("x@example.net"),
                     QStringLiteral("--subject"),     QStringLiteral("identity"),
                     QStringLiteral("--body"),        QStringLiteral("hello"),
                     QStringLiteral("--password-env"), kPasswordVar};
    args << extra;
    return test::runStamp(args, {}, env);
}

QString TestIdentityPostfix::queueIdOf(const QByteArray &out) const
{
    // Postfix: "250 2.0.0 Ok: queued as 4F2B81A0B2C"
    const QString text = QJsonDocument::fromJson(out)
                             .object()
                             .value(QStringLiteral("finalReply"))
                             .toObject()
                             .value(QStringLiteral("text"))
                             .toString();
    return QRegularExpression(QStringLiteral("queued as ([0-9A-Za-z]+)")).match(text).captured(1);
}

void TestIdentityPostfix::refusedSenderIsExplained()
{
    // alice's account has bob's address as an identity, sent with it as MAIL FROM.
    const QString alice = m_postfix.value(QStringLiteral("USER"));
    const QString bob = m_postfix.value(QStringLiteral("USER2"));
    Account one = postfixAccount(QStringLiteral("one"), alice);
    one.identities << Identity{QStringLiteral("Bob's desk"), bob, {}, {}};
    save({one});

    const test::CliRun json = send(bob, m_postfix.value(QStringLiteral("PASSWORD")), {QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 3);
    const QJsonObject failure = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("failure")).toObject();
    QCOMPARE(failure.value(QStringLiteral("phase")).toString(), QStringLiteral("mail"));
    QCOMPARE(failure.value(QStringLiteral("reply")).toObject().value(QStringLiteral("code")).toInt(), 553);
    QVERIFY2(failure.value(QStringLiteral("reply")).toObject().value(QStringLiteral("text")).toString().contains(
                 QStringLiteral("not owned by user")),
             json.out.constData());
    const QJsonObject diagnosis = failure.value(QStringLiteral("diagnosis")).toObject();
    QCOMPARE(diagnosis.value(QStringLiteral("id")).toString(), QStringLiteral("sender.not-owned"));
    QVERIFY2(diagnosis.value(QStringLiteral("explanation")).toString().contains(QStringLiteral("only as its own address")),
             json.out.constData());
    // The command line's remedy names its options, not the app's settings.
    const QString remedy = diagnosis.value(QStringLiteral("remedy")).toString();
    QVERIFY2(remedy.contains(QStringLiteral("--envelope-sender account")), qPrintable(remedy));
    QVERIFY2(remedy.contains(QStringLiteral("alias")), qPrintable(remedy));
    QVERIFY2(!remedy.contains(QStringLiteral("Identity tab")), qPrintable(remedy));

    // In words on the terminal too.
    const test::CliRun words = send(bob, m_postfix.value(QStringLiteral("PASSWORD")));
    QCOMPARE(words.exitCode, 3);
    QVERIFY2(QByteArray(words.out + words.err).contains("only as its own address"), QByteArray(words.out + words.err).constData());
}

void TestIdentityPostfix::accountAddressAsEnvelopeIsAccepted()
{
    const QString alice = m_postfix.value(QStringLiteral("USER"));
    const QString bob = m_postfix.value(QStringLiteral("USER2"));
    Account one = postfixAccount(QStringLiteral("one"), alice);
    one.identities << Identity{QStringLiteral("Bob's desk"), bob, {}, {}};
    one.envelopeSender = EnvelopeSender::AccountAddress;
    save({one});

    const test::CliRun run = send(bob, m_postfix.value(QStringLiteral("PASSWORD")), {QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
    const QString queueId = queueIdOf(run.out);
    QVERIFY2(!queueId.isEmpty(), run.out.constData());
    // MAIL FROM was alice's own address, over alice's login.
    QVERIFY2(m_postfix.waitForLog(queueId + QStringLiteral(": from=<") + QRegularExpression::escape(alice)
                                  + QStringLiteral(">")),
             qPrintable(m_postfix.maillog().right(2000)));
    QVERIFY(m_postfix.waitForLog(queueId + QStringLiteral(": client=.*sasl_username=")
                                 + QRegularExpression::escape(alice)));
}

void TestIdentityPostfix::identitySendsThroughOtherAccount()
{
    const QString alice = m_postfix.value(QStringLiteral("USER"));
    const QString bob = m_postfix.value(QStringLiteral("USER2"));
    Account one = postfixAccount(QStringLiteral("one"), alice);
    Account two = postfixAccount(QStringLiteral("two"), bob);
    // Written in alice's account, sent over bob's login, which owns the address.
    one.identities << Identity{QStringLiteral("Bob"), bob, {}, {}, two.id};
    save({one, two});

    const test::CliRun run = send(bob, m_postfix.value(QStringLiteral("PASSWORD2")),
                                  {QStringLiteral("--account"), QStringLiteral("one"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
    const QString queueId = queueIdOf(run.out);
    QVERIFY2(!queueId.isEmpty(), run.out.constData());
    QVERIFY2(m_postfix.waitForLog(queueId + QStringLiteral(": client=.*sasl_username=")
                                  + QRegularExpression::escape(bob)),
             qPrintable(m_postfix.maillog().right(2000)));
    QVERIFY(m_postfix.waitForLog(queueId + QStringLiteral(": from=<") + QRegularExpression::escape(bob)
                                 + QStringLiteral(">")));

    // `stamp account show` says how the identity is routed.
    const QHash<QString, QString> env{{QStringLiteral("XDG_CONFIG_HOME"), m_dirs->filePath(QStringLiteral("config"))},
                                      {QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                                       QStringLiteral("unix:path=") + m_dirs->filePath(QStringLiteral("no-bus"))}};
    const test::CliRun show = test::runStamp({QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("one")},
                                             {}, env);
    QVERIFY2(show.out.contains(QStringLiteral("%1 (sends through the account two)").arg(bob).toUtf8()),
             show.out.constData());
    const test::CliRun list = test::runStamp(
        {QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")}, {}, env);
    const QJsonArray accounts = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(accounts.at(0).toObject().value(QStringLiteral("identities")).toArray().at(1).toObject().value(
                 QStringLiteral("sendThrough")),
             QJsonValue(QStringLiteral("two")));
}

void TestIdentityPostfix::senderFieldOnTheWire()
{
    // smtp-sink keeps every message as received (-d), envelope included.
    QTemporaryDir dump;
    QVERIFY(dump.isValid());
    // smtp-sink runs as nobody and writes each message it accepts here.
    QFile::setPermissions(dump.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                           | QFileDevice::ReadOther | QFileDevice::WriteOther
                                           | QFileDevice::ExeOther);
    test::SmtpSink sink;
    const QString problem = sink.start({QStringLiteral("-d"), dump.path() + QStringLiteral("/%H%M%S.")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    Account desk;
    desk.id = QStringLiteral("desk-id");
    desk.name = QStringLiteral("desk");
    desk.email = QStringLiteral("desk@sink.test");
    desk.identities << Identity{QStringLiteral("Desk"), desk.email, {}, {}}
                    << Identity{QStringLiteral("Ann Author"), QStringLiteral("ann@author.test"), {}, {}};
    desk.host = QStringLiteral("127.0.0.1");
    desk.port = sink.port();
    desk.security = SecurityMode::None;
    desk.authMethod = sasl::AuthMethod::None;
    desk.envelopeSender = EnvelopeSender::AccountAddress;
    save({desk});

    const test::CliRun run = send(QStringLiteral("ann@author.test"), QStringLiteral("unused"));
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
    QByteArray dumped;
    for (int i = 0; i < 50 && dumped.isEmpty(); ++i) {
        QDirIterator files(dump.path(), QDir::Files);
        if (files.hasNext()) {
            QFile file(files.next());
            QTest::qWait(100);
            QVERIFY(file.open(QIODevice::ReadOnly));
            dumped = file.readAll();
        } else {
            QTest::qWait(100);
        }
    }
    QVERIFY2(!dumped.isEmpty(), "smtp-sink kept no message");
    // (smtp-sink writes lines with LF only.)
    // --from gave the bare address: the saved identity's name goes with it.
    QVERIFY2(dumped.contains("\nFrom: Ann Author <ann@author.test>\n"), dumped.constData());
    QVERIFY2(dumped.contains("\nSender: desk@sink.test\n"), dumped.constData());
    QVERIFY2(dumped.contains("X-Mail-Args: <desk@sink.test>"), dumped.constData());
}

QTEST_GUILESS_MAIN(TestIdentityPostfix)
#include "tst_identity_postfix.moc"
