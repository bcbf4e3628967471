// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// SendingHygiene: the composer's and `stamp send`'s warnings about a From
// domain that does not align with the account (RFC 7489 §3.1) and a mailing
// without one-click unsubscribe (RFC 8058), with the shipped presets.

#include "accounts/Account.h"
#include "outbox/SendingHygiene.h"
#include "providers/ProviderCatalog.h"

#include <QElapsedTimer>
#include <QTest>
#include <QUrl>

using namespace stamp;
using stamp::SendingHygiene;

class TestSendingHygiene : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void alignment_data();
    void alignment();
    void remedyFitsTheAudience();
    void noAccountMeansNoAlignmentAdvice();
    void bulk_data();
    void bulk();
    void unsubscribeFromARenderedMessage();
    void strongWarningsComeFirst();
    void domainOf_data();
    void domainOf();
    void cheapEnoughForEveryPause();

private:
    SendingHygiene hygieneFor(const QString &email, const QString &providerId) const;
    ProviderCatalog m_catalog;
};

void TestSendingHygiene::initTestCase()
{
    m_catalog = ProviderCatalog::standard();
    QVERIFY(m_catalog.byId(QStringLiteral("gmail")));
    QVERIFY(m_catalog.byId(QStringLiteral("fastmail")));
}

SendingHygiene TestSendingHygiene::hygieneFor(const QString &email, const QString &providerId) const
{
    Account account;
    account.name = QStringLiteral("test");
    account.email = email;
    account.providerId = providerId;
    return SendingHygiene::forAccount(account, m_catalog);
}

void TestSendingHygiene::alignment_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("from");
    QTest::addColumn<bool>("warns");
    QTest::addColumn<bool>("strong");

    QTest::newRow("same domain") << "me@example.com"
                                 << ""
                                 << "other@example.com" << false << false;
    QTest::newRow("case, name and final dot") << "me@example.com"
                                              << ""
                                              << "Boss <Boss@Example.COM.>" << false << false;
    // Relaxed alignment (RFC 7489 §3.1.1, §3.1.2): the organisational domain.
    QTest::newRow("subdomain of the account's") << "me@example.com"
                                                << ""
                                                << "news@mail.example.com" << false << false;
    QTest::newRow("account on a subdomain") << "me@eu.mail.example.com"
                                            << ""
                                            << "me@example.com" << false << false;
    // co.uk is a public suffix: one.co.uk and two.co.uk are two owners.
    QTest::newRow("co.uk, same owner") << "me@shop.example.co.uk"
                                       << ""
                                       << "me@example.co.uk" << false << false;
    QTest::newRow("co.uk, other owner") << "me@one.co.uk"
                                        << ""
                                        << "me@two.co.uk" << true << false;
    QTest::newRow("IDN as U-label and A-label") << "me@bücher.example"
                                                << ""
                                                << "me@xn--bcher-kva.example" << false << false;
    QTest::newRow("IDN subdomain") << "me@bücher.de"
                                   << ""
                                   << "me@post.BÜCHER.de" << false << false;
    QTest::newRow("IDN, other domain") << "me@bücher.de"
                                       << ""
                                       << "me@buecher.de" << true << false;
    // One provider's two names for the same mailboxes.
    QTest::newRow("googlemail via gmail") << "me@gmail.com"
                                          << "gmail"
                                          << "me@googlemail.com" << false << false;
    QTest::newRow("googlemail, preset found by domain") << "me@gmail.com"
                                                        << ""
                                                        << "me@googlemail.com" << false << false;
    QTest::newRow("fastmail.fm via fastmail.com") << "me@fastmail.com"
                                                  << "fastmail"
                                                  << "me@fastmail.fm" << false << false;
    // A mailbox provider's own domain through another provider.
    QTest::newRow("gmail through fastmail") << "me@fastmail.com"
                                            << "fastmail"
                                            << "me@gmail.com" << true << true;
    QTest::newRow("yahoo through a custom domain") << "me@example.org"
                                                   << ""
                                                   << "me@yahoo.co.uk" << true << true;
    // Own domain through a provider: the domain must authorise it.
    QTest::newRow("own domain through fastmail") << "me@fastmail.com"
                                                 << "fastmail"
                                                 << "me@example.org" << true << false;
    // A Workspace account (gmail preset, own domain) sending as gmail.com:
    // Google's servers, but not the account's domain.
    QTest::newRow("workspace as gmail.com") << "me@company.example"
                                            << "gmail"
                                            << "me@gmail.com" << true << false;
    QTest::newRow("no From yet") << "me@example.com"
                                 << ""
                                 << "" << false << false;
    QTest::newRow("half-typed From") << "me@example.com"
                                     << ""
                                     << "me@" << false << false;
}

void TestSendingHygiene::alignment()
{
    QFETCH(QString, account);
    QFETCH(QString, provider);
    QFETCH(QString, from);
    QFETCH(bool, warns);
    QFETCH(bool, strong);

    const std::optional<SendingHygiene::Warning> warning = hygieneFor(account, provider).fromAlignment(from);
    QCOMPARE(warning.has_value(), warns);
    const QList<SendingHygiene::Warning> all = hygieneFor(account, provider).check({ from, 1, 0, {} });
    QCOMPARE(all.size(), warns ? 1 : 0);
    if (!warns)
        return;
    QCOMPARE(warning->id, QStringLiteral("from-alignment"));
    QCOMPARE(all.first().id, QStringLiteral("from-alignment"));
    QCOMPARE(warning->strong, strong);
    // The domain as people write it, and plainly what happens.
    const QString fromDomain = QUrl::fromAce(SendingHygiene::domainOf(from).toLatin1());
    QVERIFY2(warning->text.contains(fromDomain), qPrintable(warning->text));
    if (strong)
        QVERIFY2(warning->text.contains(QStringLiteral("will likely land in spam or be refused")),
            qPrintable(warning->text));
    else
        QVERIFY2(
            warning->text.contains(QStringLiteral("SPF")) && warning->text.contains(QStringLiteral("DKIM")),
            qPrintable(warning->text));
}

void TestSendingHygiene::remedyFitsTheAudience()
{
    const SendingHygiene hygiene = hygieneFor(QStringLiteral("me@fastmail.com"), QStringLiteral("fastmail"));
    const QString from = QStringLiteral("me@example.org");
    const QString window = hygiene.fromAlignment(from, SendingHygiene::Audience::Window)->text;
    const QString cli = hygiene.fromAlignment(from, SendingHygiene::Audience::CommandLine)->text;
    // GUI text speaks of the settings, never of commands or flags.
    QVERIFY2(window.contains(QStringLiteral("Deliverability tab of the account's settings shows what example.org must publish")),
        qPrintable(window));
    QVERIFY2(!window.contains(QStringLiteral("stamp ")) && !window.contains(QStringLiteral("--")),
        qPrintable(window));
    QVERIFY2(cli.contains(QStringLiteral("'stamp domain check example.org'")), qPrintable(cli));
}

void TestSendingHygiene::noAccountMeansNoAlignmentAdvice()
{
    const SendingHygiene none;
    QVERIFY(!none.fromAlignment(QStringLiteral("me@gmail.com")));
    // An account without an address (a login name only) compares nothing.
    Account account;
    account.email = QStringLiteral("not an address");
    account.username = QStringLiteral("apikey");
    QVERIFY(!SendingHygiene::forAccount(account, m_catalog).fromAlignment(QStringLiteral("me@gmail.com")));
    // A login that is an address stands in for it.
    account.username = QStringLiteral("me@fastmail.com");
    QVERIFY(SendingHygiene::forAccount(account, m_catalog).fromAlignment(QStringLiteral("me@gmail.com")));
    // The mailing rule needs no account.
    QVERIFY(none.bulkUnsubscribe({ QStringLiteral("me@example.com"), 60, 0, {} }));
}

void TestSendingHygiene::bulk_data()
{
    QTest::addColumn<int>("recipients");
    QTest::addColumn<int>("bcc");
    QTest::addColumn<QStringList>("headers"); // "Name: value"
    QTest::addColumn<bool>("warns");
    QTest::addColumn<QString>("says");

    const QString none = QStringLiteral("without a way to unsubscribe");
    const QString notOneClick = QStringLiteral("offers no one-click unsubscribe");
    const QString https
        = QStringLiteral("List-Unsubscribe: <https://example.com/u/1>, <mailto:u@example.com>");
    const QString post = QStringLiteral("List-Unsubscribe-Post: List-Unsubscribe=One-Click");

    QTest::newRow("one recipient") << 1 << 0 << QStringList() << false << QString();
    QTest::newRow("just under") << SendingHygiene::kBulkRecipients - 1 << SendingHygiene::kBulkBcc - 1
                                << QStringList() << false << QString();
    QTest::newRow("exactly at the threshold")
        << SendingHygiene::kBulkRecipients << 0 << QStringList() << true << none;
    QTest::newRow("Bcc exactly at its threshold")
        << SendingHygiene::kBulkBcc << SendingHygiene::kBulkBcc << QStringList() << true << none;
    QTest::newRow("60, one-click") << 60 << 0 << QStringList { https, post } << false << QString();
    QTest::newRow("60, field names in other case")
        << 60 << 0
        << QStringList { QStringLiteral("list-unsubscribe: <HTTPS://example.com/u>"),
               QStringLiteral("LIST-UNSUBSCRIBE-POST:  list-unsubscribe=one-click ") }
        << false << QString();
    QTest::newRow("60, List-Unsubscribe without -Post")
        << 60 << 0 << QStringList { https } << true << notOneClick;
    QTest::newRow("60, mailto only with -Post")
        << 60 << 0 << QStringList { QStringLiteral("List-Unsubscribe: <mailto:u@example.com>"), post } << true
        << notOneClick;
    QTest::newRow("60, -Post with another value")
        << 60 << 0 << QStringList { https, QStringLiteral("List-Unsubscribe-Post: yes") } << true
        << notOneClick;
    QTest::newRow("60, -Post alone") << 60 << 0 << QStringList { post } << true << none;
}

void TestSendingHygiene::bulk()
{
    QFETCH(int, recipients);
    QFETCH(int, bcc);
    QFETCH(QStringList, headers);
    QFETCH(bool, warns);
    QFETCH(QString, says);

    SendingHygiene::Unsubscribe fields;
    for (const QString &header : headers) {
        const qsizetype colon = header.indexOf(QLatin1Char(':'));
        fields.note(header.left(colon), header.mid(colon + 1).trimmed());
    }
    SendingHygiene::Send send { QStringLiteral("me@example.com"), recipients, bcc, fields };
    const std::optional<SendingHygiene::Warning> warning = SendingHygiene::bulkUnsubscribe(send);
    QCOMPARE(warning.has_value(), warns);
    // The same from a rendered message's header section.
    const QByteArray rendered = headers.join(QStringLiteral("\r\n")).toUtf8() + "\r\n\r\nHello\r\n";
    send.unsubscribe = SendingHygiene::Unsubscribe::fromHeaderBlock(rendered);
    QCOMPARE(SendingHygiene::bulkUnsubscribe(send).has_value(), warns);
    if (!warns)
        return;
    QCOMPARE(warning->id, QStringLiteral("bulk-unsubscribe"));
    QVERIFY(!warning->strong);
    QVERIFY2(warning->text.contains(says), qPrintable(warning->text));
    QVERIFY2(warning->text.contains(QString::number(recipients)), qPrintable(warning->text));
    QVERIFY2(warning->text.contains(QStringLiteral("mailing-list service")), qPrintable(warning->text));
}

void TestSendingHygiene::unsubscribeFromARenderedMessage()
{
    // Folded (RFC 5322 §2.2.3), and a field of that name in the body does
    // not count.
    const QByteArray message = "From: a@example.com\r\n"
                               "List-Unsubscribe:\r\n"
                               " <https://example.com/unsubscribe/1>\r\n"
                               "Subject: hi\r\n"
                               "\r\n"
                               "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n";
    const SendingHygiene::Unsubscribe u = SendingHygiene::Unsubscribe::fromHeaderBlock(message);
    QVERIFY(u.listUnsubscribe);
    QVERIFY(u.httpsUri);
    QVERIFY(!u.oneClickPost);
    QVERIFY(!u.oneClick());
    QVERIFY(!SendingHygiene::Unsubscribe::fromHeaderBlock("Subject: x\n\nList-Unsubscribe: <https://x>\n")
                 .listUnsubscribe);
    // The From field receivers judge (DMARC), folded or not.
    QCOMPARE(SendingHygiene::fromFieldOf(message), QStringLiteral("a@example.com"));
    QCOMPARE(SendingHygiene::fromFieldOf("Subject: x\r\nfrom: \"Boss\"\r\n <boss@gmail.com>\r\n\r\n"),
        QStringLiteral("\"Boss\" <boss@gmail.com>"));
    QVERIFY(SendingHygiene::fromFieldOf("Subject: x\r\n\r\nFrom: a@b.example\r\n").isEmpty());
}

void TestSendingHygiene::strongWarningsComeFirst()
{
    const SendingHygiene hygiene = hygieneFor(QStringLiteral("me@fastmail.com"), QStringLiteral("fastmail"));
    const QList<SendingHygiene::Warning> warnings
        = hygiene.check({ QStringLiteral("me@gmail.com"), 80, 30, {} });
    QCOMPARE(warnings.size(), 2);
    QCOMPARE(warnings.at(0).id, QStringLiteral("from-alignment"));
    QVERIFY(warnings.at(0).strong);
    QCOMPARE(warnings.at(1).id, QStringLiteral("bulk-unsubscribe"));
    QCOMPARE(SendingHygiene::texts(warnings).size(), 2);
}

void TestSendingHygiene::domainOf_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("domain");
    QTest::newRow("bare") << "a@Example.COM"
                          << "example.com";
    QTest::newRow("with name") << "\"Last, First\" <a@example.org>"
                               << "example.org";
    QTest::newRow("IDN") << "a@Bücher.example"
                         << "xn--bcher-kva.example";
    QTest::newRow("half-typed name") << "Me <me@example.net"
                                     << "example.net";
    QTest::newRow("comment") << "a@example.org (Ann, at work@home)"
                             << "example.org";
    QTest::newRow("quoted name with @") << "\"a@b.example\" <a@c.example>"
                                        << "c.example";
    QTest::newRow("domain literal") << "a@[192.0.2.1]"
                                    << "";
    QTest::newRow("no at") << "me"
                           << "";
}

void TestSendingHygiene::domainOf()
{
    QFETCH(QString, address);
    QFETCH(QString, domain);
    QCOMPARE(SendingHygiene::domainOf(address), domain);
}

// The composer asks after each pause in typing: no DNS, no catalogue
// loading, only string work and a Public Suffix List look-up.
void TestSendingHygiene::cheapEnoughForEveryPause()
{
    const SendingHygiene hygiene = hygieneFor(QStringLiteral("me@fastmail.com"), QStringLiteral("fastmail"));
    const SendingHygiene::Send send{QStringLiteral("Ann <ann@shop.example.co.uk>"), 60, 20, {}};
    constexpr int rounds = 1000;
    QElapsedTimer timer;
    timer.start();
    int warnings = 0;
    for (int i = 0; i < rounds; ++i)
        warnings += int(hygiene.check(send).size());
    const double microseconds = double(timer.nsecsElapsed()) / rounds / 1000.0;
    qInfo("one check: %.1f microseconds", microseconds);
    QCOMPARE(warnings, 2 * rounds);
    QVERIFY2(microseconds < 2000, qPrintable(QString::number(microseconds)));
}

QTEST_GUILESS_MAIN(TestSendingHygiene)
#include "tst_sending_hygiene.moc"
