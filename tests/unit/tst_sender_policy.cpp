// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Identities that send through another account's server: SenderPolicy's
// table (transport account, MAIL FROM, Sender field) for every combination,
// the account fields' JSON (old files load unchanged), the Sender field as
// written, and the preset mark that makes a provider write no Sender.

#include "accounts/Account.h"
#include "client/SenderPolicy.h"
#include "diagnostics/DiagnosticsCatalog.h"
#include "mime/Message.h"
#include "mime/MessageWriter.h"
#include "providers/ProviderCatalog.h"

#include <QBuffer>
#include <algorithm>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace stamp;

class TestSenderPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void table_data();
    void table();
    void explicitSenderWins();
    void missingSendViaAccountIsReported();
    void ownerOfFindsAccountsAndIdentities();
    void jsonRoundTrip();
    void oldFileLoadsUnchanged();
    void unknownEnvelopeRuleIsRefused();
    void senderFieldIsWritten();
    void gmailPresetMarksSender();
    void refusedSenderIsExplainedPerSurface_data();
    void refusedSenderIsExplainedPerSurface();

private:
    static Account account(const QString &name, const QString &email, const QString &provider = {});
    ProviderCatalog m_catalog;
    QList<Account> m_accounts;
};

Account TestSenderPolicy::account(const QString &name, const QString &email, const QString &provider)
{
    Account a;
    a.id = name + QStringLiteral("-id");
    a.name = name;
    a.email = email;
    a.host = QStringLiteral("smtp.") + email.section(QLatin1Char('@'), 1);
    a.username = email;
    a.providerId = provider;
    a.identities << Identity{name, email, {}, {}};
    return a;
}

void TestSenderPolicy::initTestCase()
{
    m_catalog = ProviderCatalog::standard();
    QVERIFY(m_catalog.byId(QStringLiteral("gmail")).has_value());
    // "work" owns alias@work.test (its own server) and news@club.test, which
    // goes through "club"'s server; "gmail" is a Gmail account.
    Account work = account(QStringLiteral("work"), QStringLiteral("ann@work.test"));
    work.identities << Identity{QStringLiteral("Ann"), QStringLiteral("alias@work.test"), {}, {}};
    work.identities << Identity{QStringLiteral("Ann"), QStringLiteral("news@club.test"), {}, {},
                                QStringLiteral("club-id")};
    work.identities << Identity{QStringLiteral("Ann"), QStringLiteral("me@gmail.com"), {}, {},
                                QStringLiteral("gmail-id")};
    Account club = account(QStringLiteral("club"), QStringLiteral("desk@club.test"));
    Account gmail = account(QStringLiteral("gmail"), QStringLiteral("ann.x@gmail.com"), QStringLiteral("gmail"));
    m_accounts = {work, club, gmail};
}

void TestSenderPolicy::table_data()
{
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("envelopeOf");  // the account whose rule is AccountAddress, or empty
    QTest::addColumn<QString>("transport");
    QTest::addColumn<QString>("mailFrom");
    QTest::addColumn<QString>("sender");
    QTest::addColumn<bool>("through");

    const QString work = QStringLiteral("work"), club = QStringLiteral("club"), gmail = QStringLiteral("gmail");
    const QString ann = QStringLiteral("ann@work.test"), alias = QStringLiteral("alias@work.test");
    const QString news = QStringLiteral("news@club.test"), desk = QStringLiteral("desk@club.test");
    // The account's own address: nothing to say, whatever the rule.
    QTest::newRow("own address, envelope=From") << work << ann << QString() << work << ann << QString() << false;
    QTest::newRow("own address, envelope=account") << work << ann << work << work << ann << QString() << false;
    QTest::newRow("own address, other case") << work << QStringLiteral("ANN@work.test") << QString() << work
                                             << QStringLiteral("ANN@work.test") << QString() << false;
    // An alias on its own server: MAIL FROM by the rule, Sender is the login's address.
    QTest::newRow("alias, envelope=From") << work << alias << QString() << work << alias << ann << false;
    QTest::newRow("alias, envelope=account") << work << alias << work << work << ann << ann << false;
    // An identity sent through another account: that account's rule and address.
    QTest::newRow("via other, envelope=From") << work << news << QString() << club << news << desk << true;
    QTest::newRow("via other, envelope=account") << work << news << club << club << desk << desk << true;
    QTest::newRow("via other, owner's rule does not count") << work << news << work << club << news << desk << true;
    // Through Gmail: "send mail as" marks the message itself, no Sender.
    QTest::newRow("via gmail") << work << QStringLiteral("me@gmail.com") << QString() << gmail
                               << QStringLiteral("me@gmail.com") << QString() << true;
    QTest::newRow("via gmail, envelope=account") << work << QStringLiteral("me@gmail.com") << gmail << gmail
                                                 << QStringLiteral("ann.x@gmail.com") << QString() << true;
    // A From that is no identity at all (typed by hand): the owner sends.
    QTest::newRow("unknown from") << work << QStringLiteral("x@else.test") << QString() << work
                                  << QStringLiteral("x@else.test") << ann << false;
    // An identity whose sendVia is the owner itself is just its own.
    QTest::newRow("club's own") << club << desk << QString() << club << desk << QString() << false;
}

void TestSenderPolicy::table()
{
    QFETCH(QString, owner);
    QFETCH(QString, from);
    QFETCH(QString, envelopeOf);
    QFETCH(QString, transport);
    QFETCH(QString, mailFrom);
    QFETCH(QString, sender);
    QFETCH(bool, through);
    QList<Account> accounts = m_accounts;
    for (Account &a : accounts) {
        if (a.name == envelopeOf)
            a.envelopeSender = EnvelopeSender::AccountAddress;
    }
    const Account ownerAccount = *std::find_if(accounts.cbegin(), accounts.cend(),
                                               [&](const Account &a) { return a.name == owner; });
    QString error;
    const std::optional<SendRoute> route = SenderPolicy::route(ownerAccount, from, accounts, m_catalog, &error);
    QVERIFY2(route, qPrintable(error));
    QCOMPARE(route->transport.name, transport);
    QCOMPARE(route->mailFrom, mailFrom);
    QCOMPARE(route->sender, sender);
    QCOMPARE(route->throughOtherAccount, through);
}

void TestSenderPolicy::explicitSenderWins()
{
    QString error;
    const std::optional<SendRoute> route = SenderPolicy::route(
        m_accounts.at(0), QStringLiteral("alias@work.test"), m_accounts, m_catalog, &error,
        QStringLiteral("assistant@work.test"));
    QVERIFY(route);
    QCOMPARE(route->sender, QStringLiteral("assistant@work.test"));
    // Sender equal to From says nothing (RFC 5322 §3.6.2).
    const std::optional<SendRoute> same = SenderPolicy::route(m_accounts.at(0), QStringLiteral("alias@work.test"),
                                                              m_accounts, m_catalog, &error,
                                                              QStringLiteral("alias@work.test"));
    QVERIFY(same);
    QVERIFY(same->sender.isEmpty());
}

void TestSenderPolicy::missingSendViaAccountIsReported()
{
    const QList<Account> withoutClub = {m_accounts.at(0), m_accounts.at(2)};
    QString error;
    QVERIFY(!SenderPolicy::route(m_accounts.at(0), QStringLiteral("news@club.test"), withoutClub, m_catalog, &error));
    QVERIFY2(error.contains(QStringLiteral("news@club.test")), qPrintable(error));
}

void TestSenderPolicy::ownerOfFindsAccountsAndIdentities()
{
    QCOMPARE(SenderPolicy::ownerOf(QStringLiteral("desk@club.test"), m_accounts)->name, QStringLiteral("club"));
    // An identity of "work" that sends through "club" still belongs to "work".
    QCOMPARE(SenderPolicy::ownerOf(QStringLiteral("News@Club.test"), m_accounts)->name, QStringLiteral("work"));
    QVERIFY(!SenderPolicy::ownerOf(QStringLiteral("nobody@club.test"), m_accounts));
}

void TestSenderPolicy::jsonRoundTrip()
{
    Account a = m_accounts.at(0);
    a.envelopeSender = EnvelopeSender::AccountAddress;
    const QJsonObject json = a.toJson();
    QCOMPARE(json.value(QStringLiteral("options")).toObject().value(QStringLiteral("envelopeSender")).toString(),
             QStringLiteral("account"));
    QCOMPARE(json.value(QStringLiteral("identities")).toArray().at(2).toObject().value(QStringLiteral("sendVia")),
             QJsonValue(QStringLiteral("club-id")));
    // Not written when it says nothing, so old readers see the file they know.
    QVERIFY(!json.value(QStringLiteral("identities")).toArray().at(1).toObject().contains(QStringLiteral("sendVia")));
    QString error;
    const std::optional<Account> back = Account::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, a);
    QVERIFY(!(m_accounts.at(0) == a));  // the rule is part of equality

    const QJsonObject plain = m_accounts.at(1).toJson();
    QVERIFY(!plain.value(QStringLiteral("options")).toObject().contains(QStringLiteral("envelopeSender")));
}

void TestSenderPolicy::oldFileLoadsUnchanged()
{
    // As written before identities could send elsewhere.
    const QJsonObject old{
        {QStringLiteral("id"), QStringLiteral("x1")},
        {QStringLiteral("name"), QStringLiteral("old")},
        {QStringLiteral("displayName"), QString()},
        {QStringLiteral("email"), QStringLiteral("a@old.test")},
        {QStringLiteral("identities"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("A")},
                                {QStringLiteral("address"), QStringLiteral("b@old.test")}}}},
        {QStringLiteral("server"), QJsonObject{{QStringLiteral("host"), QStringLiteral("smtp.old.test")},
                                               {QStringLiteral("port"), 587},
                                               {QStringLiteral("security"), QStringLiteral("starttls")}}},
        {QStringLiteral("auth"), QJsonObject{{QStringLiteral("method"), QStringLiteral("plain")},
                                             {QStringLiteral("username"), QStringLiteral("a")}}},
        {QStringLiteral("options"), QJsonObject{{QStringLiteral("timeoutSeconds"), 0}}}};
    QString error;
    const std::optional<Account> a = Account::fromJson(old, &error);
    QVERIFY2(a, qPrintable(error));
    QCOMPARE(a->envelopeSender, EnvelopeSender::FromAddress);
    QCOMPARE(a->identities.size(), 1);
    QVERIFY(a->identities.first().sendVia.isEmpty());
    QCOMPARE(a->toJson(), old);
}

void TestSenderPolicy::unknownEnvelopeRuleIsRefused()
{
    QJsonObject json = m_accounts.at(0).toJson();
    QJsonObject options = json.value(QStringLiteral("options")).toObject();
    options[QStringLiteral("envelopeSender")] = QStringLiteral("somebody");
    json[QStringLiteral("options")] = options;
    QString error;
    QVERIFY(!Account::fromJson(json, &error));
    QVERIFY2(error.contains(QStringLiteral("somebody")), qPrintable(error));
}

void TestSenderPolicy::senderFieldIsWritten()
{
    Message message;
    message.from = Address::fromText(QStringLiteral("Ann <news@club.test>"));
    message.sender = Address::fromAddrSpec(QStringLiteral("desk@club.test"));
    message.to = AddressList::parse(QStringLiteral("bob@example.org"));
    message.subject = QStringLiteral("Hello");
    message.textBody = QStringLiteral("Hi");
    MessageWriter writer(message, {});
    QVERIFY2(writer.prepare(), qPrintable(writer.errors().join(QLatin1Char(' '))));
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QVERIFY(writer.write(&out));
    const QByteArray head = out.data().left(out.data().indexOf("\r\n\r\n") + 2);
    QVERIFY2(head.contains("\r\nFrom: Ann <news@club.test>\r\nSender: desk@club.test\r\n"), head.constData());
    QCOMPARE(head.count("Sender:"), 1);
    // The envelope is the author's unless the policy says otherwise.
    QCOMPARE(message.envelope().from, QStringLiteral("news@club.test"));

    message.sender = Address();
    MessageWriter plain(message, {});
    QVERIFY(plain.prepare());
    QBuffer again;
    again.open(QIODevice::WriteOnly);
    QVERIFY(plain.write(&again));
    QVERIFY(!again.data().contains("Sender:"));
}

void TestSenderPolicy::gmailPresetMarksSender()
{
    QVERIFY(m_catalog.byId(QStringLiteral("gmail"))->providerMarksSender);
    QVERIFY(!m_catalog.byId(QStringLiteral("fastmail"))->providerMarksSender);
    // Found by the address's domain when the account names no preset.
    Account gmail = m_accounts.at(2);
    gmail.providerId.clear();
    QList<Account> accounts = {m_accounts.at(0), m_accounts.at(1), gmail};
    QString error;
    QVERIFY(SenderPolicy::route(m_accounts.at(0), QStringLiteral("me@gmail.com"), accounts, m_catalog, &error)
                ->sender.isEmpty());
}

void TestSenderPolicy::refusedSenderIsExplainedPerSurface_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("text");
    QTest::newRow("postfix") << 553
                             << QStringLiteral("<bob@stamp.test>: Sender address rejected: not owned by user "
                                               "alice@stamp.test");
    QTest::newRow("exim") << 550 << QStringLiteral("alice@stamp.test is not permitted to send as bob@stamp.test");
}

void TestSenderPolicy::refusedSenderIsExplainedPerSurface()
{
    QFETCH(int, code);
    QFETCH(QString, text);
    FailureContext context;
    context.phase = Phase::Mail;
    context.replyCode = code;
    context.enhanced = EnhancedStatus{5, 7, 1};
    context.replyText = text;
    context.host = QStringLiteral("smtp.stamp.test");
    context.surface = Surface::CommandLine;
    const Diagnosis cli = DiagnosticsCatalog::diagnose(context);
    QCOMPARE(cli.id, QStringLiteral("sender.not-owned"));
    QVERIFY2(cli.explanation.contains(QStringLiteral("only as its own address")), qPrintable(cli.explanation));
    // Three ways out, in the command line's words...
    QVERIFY2(cli.remedy.contains(QStringLiteral("alias")), qPrintable(cli.remedy));
    QVERIFY2(cli.remedy.contains(QStringLiteral("--envelope-sender account")), qPrintable(cli.remedy));
    QVERIFY2(cli.remedy.contains(QStringLiteral("--account")), qPrintable(cli.remedy));
    // ...and the desktop's, which names settings and never a flag.
    context.surface = Surface::Desktop;
    const Diagnosis desktop = DiagnosticsCatalog::diagnose(context);
    QCOMPARE(desktop.id, cli.id);
    QVERIFY2(desktop.remedy.contains(QStringLiteral("Envelope sender")), qPrintable(desktop.remedy));
    QVERIFY2(desktop.remedy.contains(QStringLiteral("Send through")), qPrintable(desktop.remedy));
    QVERIFY2(!desktop.remedy.contains(QStringLiteral("--")), qPrintable(desktop.remedy));
}

QTEST_GUILESS_MAIN(TestSenderPolicy)
#include "tst_sender_policy.moc"
