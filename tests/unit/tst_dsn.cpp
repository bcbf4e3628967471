// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Delivery reports (RFC 3461) and read receipts (RFC 8098): the parameter
// text, ENVID checks, and every place that keeps the request.

#include "accounts/Account.h"
#include "mime/MessageWriter.h"
#include "outbox/DraftStore.h"
#include "outbox/OutboxRecord.h"
#include "outbox/SentStore.h"
#include "smtp/DsnRequest.h"

#include <QBuffer>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace stamp;

class TestDsn : public QObject
{
    Q_OBJECT

private slots:
    void xtext_data();
    void xtext();
    void utf8AddressText();
    void notify_data();
    void notify();
    void returnValues();
    void envid_data();
    void envid();
    void parameters();
    void noRequestNoParameters();
    void generatedEnvid();
    void requestJson();
    void outboxRecordJson();
    void oldRecordStillLoads();
    void sentItemText();
    void draftJson();
    void accountDefault();
    void readReceiptHeader();
};

void TestDsn::xtext_data()
{
    QTest::addColumn<QByteArray>("plain");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("plain") << QByteArray("bob@example.org") << QByteArray("bob@example.org");
    // RFC 3461 §4: "+" and "=" are never themselves, nor is anything
    // outside "!".."~".
    QTest::newRow("plus") << QByteArray("bob+tag@example.org") << QByteArray("bob+2Btag@example.org");
    QTest::newRow("equals") << QByteArray("a=b") << QByteArray("a+3Db");
    QTest::newRow("space") << QByteArray("a b") << QByteArray("a+20b");
    QTest::newRow("control") << QByteArray("a\x01") << QByteArray("a+01");
    QTest::newRow("del") << QByteArray("a\x7f") << QByteArray("a+7F");
    QTest::newRow("high") << QByteArray("\xc3\xa9") << QByteArray("+C3+A9");
    QTest::newRow("edges") << QByteArray("!~") << QByteArray("!~");
}

void TestDsn::xtext()
{
    QFETCH(QByteArray, plain);
    QFETCH(QByteArray, encoded);
    QCOMPARE(DsnRequest::xtext(plain), encoded);
}

void TestDsn::utf8AddressText()
{
    // RFC 6533 §3: UTF-8 as it is; "+", "=" and "\" as \x{HEX}.
    QCOMPARE(DsnRequest::utf8AddressText(QStringLiteral("jos\u00e9+x@example.org")),
        QByteArray("jos\xc3\xa9\\x{2B}x@example.org"));
    QCOMPARE(DsnRequest::utf8AddressText(QStringLiteral("a=b\\c")), QByteArray("a\\x{3D}b\\x{5C}c"));
}

void TestDsn::notify_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("flags");  // -1: refused
    QTest::addColumn<QString>("normal");
    QTest::newRow("never") << "never" << int(DsnRequest::NotifyNever) << "never";
    QTest::newRow("success") << "success" << int(DsnRequest::NotifySuccess) << "success";
    QTest::newRow("list, any order, any case")
        << "Delay, SUCCESS,failure"
        << int(DsnRequest::NotifySuccess | DsnRequest::NotifyFailure | DsnRequest::NotifyDelay)
        << "success,failure,delay";
    QTest::newRow("never with success") << "never,success" << -1 << "";
    QTest::newRow("unknown word") << "sucess" << -1 << "";
    QTest::newRow("empty") << "" << -1 << "";
    QTest::newRow("empty item") << "success,,failure" << -1 << "";
}

void TestDsn::notify()
{
    QFETCH(QString, text);
    QFETCH(int, flags);
    QFETCH(QString, normal);
    QString error;
    const std::optional<unsigned> parsed = DsnRequest::parseNotify(text, &error);
    if (flags < 0) {
        QVERIFY(!parsed);
        QVERIFY(!error.isEmpty());
        return;
    }
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(int(*parsed), flags);
    QCOMPARE(DsnRequest::notifyText(*parsed), normal);
}

void TestDsn::returnValues()
{
    QVERIFY(DsnRequest::parseReturn(QStringLiteral("FULL")) == DsnRequest::Return::Full);
    QVERIFY(DsnRequest::parseReturn(QStringLiteral("hdrs")) == DsnRequest::Return::Headers);
    QVERIFY(DsnRequest::parseReturn(QStringLiteral("")) == DsnRequest::Return::Unset);
    QVERIFY(!DsnRequest::parseReturn(QStringLiteral("body")));
}

void TestDsn::envid_data()
{
    QTest::addColumn<QString>("envid");
    QTest::addColumn<bool>("good");
    QTest::newRow("plain") << "QQ314159" << true;
    QTest::newRow("with plus and equals") << "a+b=c" << true;  // xtext carries them
    QTest::newRow("100 characters") << QString(100, QLatin1Char('x')) << true;
    QTest::newRow("101 characters") << QString(101, QLatin1Char('x')) << false;
    QTest::newRow("line break") << "a\r\nRCPT TO:<x@y>" << false;
    QTest::newRow("non-ASCII") << QStringLiteral("caf\u00e9") << false;
    QTest::newRow("tab") << "a\tb" << false;
}

void TestDsn::envid()
{
    QFETCH(QString, envid);
    QFETCH(bool, good);
    QCOMPARE(DsnRequest::envidProblem(envid).isEmpty(), good);
    DsnRequest request;
    request.notify = DsnRequest::NotifySuccess;
    request.envid = envid;
    QCOMPARE(request.problem().isEmpty(), good);
}

void TestDsn::parameters()
{
    DsnRequest request;
    request.notify = DsnRequest::NotifySuccess | DsnRequest::NotifyFailure;
    request.ret = DsnRequest::Return::Headers;
    request.envid = QStringLiteral("id+1");
    QCOMPARE(request.mailParameters(), QByteArray(" RET=HDRS ENVID=id+2B1"));
    QCOMPARE(request.rcptParameters(QStringLiteral("bob+x@example.org"), "bob+x@example.org", false),
        QByteArray(" NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;bob+2Bx@example.org"));
    request.notify = DsnRequest::NotifyNever;
    request.ret = DsnRequest::Return::Full;
    request.envid.clear();
    QCOMPARE(request.mailParameters(), QByteArray(" RET=FULL"));
    QCOMPARE(request.rcptParameters(QStringLiteral("bob@example.org"), "bob@example.org", false),
        QByteArray(" NOTIFY=NEVER ORCPT=rfc822;bob@example.org"));
    // A non-ASCII mailbox: the utf-8 type with SMTPUTF8 (RFC 6533 §3),
    // else no ORCPT at all rather than a wrong one.
    const QString jose = QStringLiteral("jos\u00e9@example.org");
    QCOMPARE(request.rcptParameters(jose, jose.toUtf8(), true),
        QByteArray(" NOTIFY=NEVER ORCPT=utf-8;jos\xc3\xa9@example.org"));
    QCOMPARE(request.rcptParameters(jose, jose.toUtf8(), false), QByteArray(" NOTIFY=NEVER"));
    // NEVER with anything else is refused before sending.
    request.notify = DsnRequest::NotifyNever | DsnRequest::NotifyDelay;
    QVERIFY(!request.problem().isEmpty());
}

void TestDsn::noRequestNoParameters()
{
    const DsnRequest none;
    QVERIFY(!none.requested());
    QVERIFY(none.mailParameters().isEmpty());
    QVERIFY(none.rcptParameters(QStringLiteral("a@b.c"), "a@b.c", false).isEmpty());
    QVERIFY(none.toJson().isEmpty());
}

void TestDsn::generatedEnvid()
{
    DsnRequest request;
    request.ensureEnvid();
    QVERIFY(request.envid.isEmpty());  // nothing asked: nothing to quote
    request.notify = DsnRequest::NotifyNever;
    request.ensureEnvid();
    QVERIFY(request.envid.isEmpty());  // no reports will come
    request.notify = DsnRequest::NotifyFailure;
    request.ensureEnvid();
    QCOMPARE(request.envid.size(), 32);
    QVERIFY(DsnRequest::envidProblem(request.envid).isEmpty());
    DsnRequest other = request;
    other.envid.clear();
    other.ensureEnvid();
    QVERIFY(other.envid != request.envid);
    const QString given = QStringLiteral("mine");
    request.envid = given;
    request.ensureEnvid();
    QCOMPARE(request.envid, given);
}

void TestDsn::requestJson()
{
    DsnRequest request;
    request.notify = DsnRequest::NotifyDelay | DsnRequest::NotifyFailure;
    request.ret = DsnRequest::Return::Full;
    request.envid = QStringLiteral("E-1");
    QCOMPARE(request.toJson().value(QStringLiteral("notify")).toString(), QStringLiteral("failure,delay"));
    QVERIFY(DsnRequest::fromJson(request.toJson()) == request);
}

void TestDsn::outboxRecordJson()
{
    OutboxRecord record;
    record.id = QStringLiteral("r1");
    record.from = QStringLiteral("ann@example.com");
    record.recipients.append({ QStringLiteral("bob@example.org"), OutboxRecord::Recipient::Status::Pending, {} });
    record.dsn.notify = DsnRequest::NotifySuccess;
    record.dsn.ret = DsnRequest::Return::Headers;
    record.dsn.envid = QStringLiteral("ENV-42");
    const std::optional<OutboxRecord> back = OutboxRecord::fromJson(record.toJson());
    QVERIFY(back);
    QVERIFY(back->dsn == record.dsn);
}

void TestDsn::oldRecordStillLoads()
{
    OutboxRecord record;
    record.id = QStringLiteral("r2");
    record.from = QStringLiteral("ann@example.com");
    QJsonObject json = record.toJson();
    QVERIFY(!json.contains(QStringLiteral("dsn")));  // nothing asked: nothing written
    const std::optional<OutboxRecord> back = OutboxRecord::fromJson(json);
    QVERIFY(back);
    QVERIFY(!back->dsn.requested());
}

void TestDsn::sentItemText()
{
    SentItem item;
    item.record.id = QStringLiteral("s1");
    item.record.state = OutboxRecord::State::Sent;
    item.record.from = QStringLiteral("ann@example.com");
    item.sentAt = QDateTime::currentDateTimeUtc();
    QVERIFY(item.deliveryReportText().isEmpty());
    item.record.dsn.notify = DsnRequest::NotifySuccess;
    item.record.dsn.envid = QStringLiteral("ENV-7");
    item.record.lastResult = QJsonObject { { QStringLiteral("envid"), QStringLiteral("ENV-7") } };
    QVERIFY(item.deliveryReportText().contains(QStringLiteral("ENV-7")));
    item.record.lastResult = QJsonObject { { QStringLiteral("dsnDropped"), true } };
    QVERIFY(!item.deliveryReportText().contains(QStringLiteral("ENV-7")));
    QVERIFY(item.deliveryReportText().contains(QStringLiteral("did not offer")));
    const std::optional<SentItem> back = SentItem::fromJson(item.toJson());
    QVERIFY(back);
    QCOMPARE(back->deliveryReportText(), item.deliveryReportText());
}

void TestDsn::draftJson()
{
    QTemporaryDir dir;
    DraftStore store(dir.filePath(QStringLiteral("drafts")));
    Draft draft;
    draft.subject = QStringLiteral("with options");
    draft.deliveryReport = true;
    draft.readReceipt = true;
    QCOMPARE(store.save(draft), QString());
    std::optional<Draft> back = store.load(draft.id);
    QVERIFY(back);
    QCOMPARE(back->deliveryReport, std::optional<bool>(true));
    QVERIFY(back->readReceipt);
    draft.deliveryReport = false;
    draft.readReceipt = false;
    QCOMPARE(store.save(draft), QString());
    back = store.load(draft.id);
    QVERIFY(back);
    QCOMPARE(back->deliveryReport, std::optional<bool>(false));
    QVERIFY(!back->readReceipt);
    // A draft saved before the option existed has no choice of its own:
    // the composer then takes the account's default.
    draft.deliveryReport.reset();
    QCOMPARE(store.save(draft), QString());
    back = store.load(draft.id);
    QVERIFY(back);
    QVERIFY(!back->deliveryReport.has_value());
}

void TestDsn::accountDefault()
{
    Account account;
    account.id = Account::newId();
    account.name = QStringLiteral("work");
    account.email = QStringLiteral("ann@example.com");
    account.host = QStringLiteral("smtp.example.com");
    account.authMethod = sasl::AuthMethod::None;
    QString error;
    std::optional<Account> back = Account::fromJson(account.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(!back->deliveryReports);  // off unless chosen
    account.deliveryReports = true;
    back = Account::fromJson(account.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(back->deliveryReports);
}

void TestDsn::readReceiptHeader()
{
    Message m;
    m.from = Address::fromText(QStringLiteral("Ann Lee <ann@example.com>"));
    m.replyTo = AddressList::parse(QStringLiteral("team@example.com"));
    m.to = AddressList::parse(QStringLiteral("bob@example.org"));
    m.subject = QStringLiteral("Hello");
    m.textBody = QStringLiteral("Hi");
    auto render = [](const Message &message) {
        MessageWriter writer(message);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!writer.write(&buffer))
            return QByteArray();
        return bytes.left(bytes.indexOf("\r\n\r\n") + 2);
    };
    QVERIFY(!render(m).contains("Disposition-Notification-To"));  // off by default
    m.readReceipt = true;
    // RFC 8098 §2.1: to the From address, not Reply-To.
    QVERIFY2(render(m).contains("\r\nDisposition-Notification-To: Ann Lee <ann@example.com>\r\n"),
        render(m).constData());
    // Stamp writes it itself: an extra header of that name is refused.
    QVERIFY(Message::isReservedHeader(QStringLiteral("disposition-notification-to")));
}

QTEST_GUILESS_MAIN(TestDsn)
#include "tst_dsn.moc"
