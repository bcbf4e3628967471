// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// What people type into To, Cc and Bcc, parsed by AddressList (RFC 5322
// §3.4): every valid form, every mistake with its place and reason,
// internationalised domains and local parts, groups.

#include "mime/AddressList.h"

#include <QTest>

using namespace stamp;

class TestMimeAddress : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void everyMistakeReported();
    void groups();
    void internationalised_data();
    void internationalised();
    void singleMailbox();
    void quotedLocalPartRoundTrip();
};

// Mailboxes come back as "name|addr-spec", joined with ";" for comparison.
static QString flatten(const AddressList &list)
{
    QStringList parts;
    for (const Address &a : list.mailboxes())
        parts << a.displayName() + QLatin1Char('|') + a.addrSpec();
    return parts.join(QLatin1Char(';'));
}

void TestMimeAddress::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare") << "alice@example.com"
                          << "|alice@example.com";
    QTest::newRow("name and angle") << "Ann Lee <ann@example.com>"
                                    << "Ann Lee|ann@example.com";
    QTest::newRow("no space before angle") << "Ann<ann@example.com>"
                                           << "Ann|ann@example.com";
    QTest::newRow("angle only") << "<ann@example.com>"
                                << "|ann@example.com";
    QTest::newRow("quoted name with comma") << "\"Lee, Ann\" <ann@example.com>"
                                            << "Lee, Ann|ann@example.com";
    QTest::newRow("quoted name with escapes") << R"("Ann \"the\" Lee \\ x" <ann@example.com>)"
                                              << R"(Ann "the" Lee \ x|ann@example.com)";
    QTest::newRow("commas") << "a@x.org, b@y.org,c@z.org"
                            << "|a@x.org;|b@y.org;|c@z.org";
    QTest::newRow("semicolons") << "a@x.org; b@y.org;c@z.org"
                                << "|a@x.org;|b@y.org;|c@z.org";
    QTest::newRow("empty entries forgiven") << ", a@x.org,, ;b@y.org,"
                                            << "|a@x.org;|b@y.org";
    QTest::newRow("mixed list")
        << "\"Last, First\" <lf@example.com>; Bob <bob@example.org>, carol@example.net"
        << "Last, First|lf@example.com;Bob|bob@example.org;|carol@example.net";
    QTest::newRow("comment as name") << "ann@example.com (Ann Lee)"
                                     << "Ann Lee|ann@example.com";
    QTest::newRow("dotted initial") << "John Q. Public <jqp@example.com>"
                                    << "John Q. Public|jqp@example.com";
    QTest::newRow("atext local part") << "o'brien+tag!x#y@example.com"
                                      << "|o'brien+tag!x#y@example.com";
    QTest::newRow("dotted local part") << "first.last@sub.example.co.uk"
                                       << "|first.last@sub.example.co.uk";
    QTest::newRow("quoted local part") << "\"john doe\"@example.com"
                                       << "|\"john doe\"@example.com";
    QTest::newRow("address literal v4") << "root@[192.0.2.1]"
                                        << "|root@[192.0.2.1]";
    QTest::newRow("address literal v6") << "root@[IPv6:2001:db8::1]"
                                        << "|root@[IPv6:2001:db8::1]";
    QTest::newRow("single-label domain") << "postmaster@localhost"
                                         << "|postmaster@localhost";
    QTest::newRow("tabs and spaces") << " \tAnn   Lee\t<ann@example.com>  "
                                     << "Ann Lee|ann@example.com";
    QTest::newRow("unicode name") << "山田 太郎 <taro@example.jp>"
                                  << "山田 太郎|taro@example.jp";
    QTest::newRow("emoji name quoted") << "\"🎉 Party, Inc.\" <hi@example.com>"
                                       << "🎉 Party, Inc.|hi@example.com";
    const QString local64(64, QLatin1Char('a'));
    QTest::newRow("64-octet local part")
        << QString(local64 + QStringLiteral("@example.com"))
        << QString(QStringLiteral("|") + local64 + QStringLiteral("@example.com"));
}

void TestMimeAddress::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const AddressList list = AddressList::parse(input);
    QVERIFY2(list.isValid(), qPrintable(list.errors().value(0).describe()));
    QCOMPARE(flatten(list), expected);
}

void TestMimeAddress::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("position"); // UTF-16 index of the mistake
    QTest::addColumn<QString>("reason"); // a fragment of the reason
    QTest::newRow("no at") << "alice" << 0 << "no @";
    QTest::newRow("nothing after at") << "bob@" << 3 << "nothing after the @";
    QTest::newRow("nothing before at") << "@example.com" << 0 << "nothing before the @";
    QTest::newRow("two ats") << "a@@b.com" << 2 << "two @";
    QTest::newRow("two ats apart") << "a@b@c.com" << 3 << "two @";
    QTest::newRow("double dot local") << "a..b@c.com" << 2 << "two dots in a row";
    QTest::newRow("leading dot local") << ".a@c.com" << 0 << "starts with a dot";
    QTest::newRow("trailing dot local") << "a.@c.com" << 1 << "ends with a dot";
    QTest::newRow("double dot domain") << "a@b..com" << 4 << "two dots in a row";
    QTest::newRow("trailing dot domain") << "a@b.com." << 7 << "ends with a dot";
    QTest::newRow("hyphen label") << "a@-b.com" << 2 << "hyphen";
    QTest::newRow("underscore") << "a@b_c.com" << 2 << "\"_\"";
    QTest::newRow("long label") << QString("a@" + QString(64, QLatin1Char('x')) + ".com") << 2
                                << "longer than 63";
    QTest::newRow("long local") << QString(QString(65, QLatin1Char('a')) + "@b.com") << 0
                                << "longer than 64 bytes";
    QTest::newRow("unclosed angle") << "Ann <ann@example.com" << 4 << "never closed";
    QTest::newRow("empty angle") << "Ann <>" << 4 << "nothing between";
    QTest::newRow("unclosed quote") << "\"Ann <ann@example.com>" << 0 << "never closed";
    QTest::newRow("unclosed comment") << "ann@example.com (Ann" << 16 << "never closed";
    QTest::newRow("name without brackets") << "Ann Lee ann@example.com" << 0 << "Ann Lee <ann@example.com>";
    QTest::newRow("missing comma") << "a@x.org b@y.org" << 8 << "comma is missing";
    QTest::newRow("space before at") << "ann @example.com" << 4 << "space before the @";
    QTest::newRow("space after at") << "ann@ example.com" << 3 << "space after the @";
    QTest::newRow("line feed") << "a@x.org\nBcc: victim@y.org" << 7 << "line break";
    QTest::newRow("carriage return in name") << "\"Ann\r\nBcc: v@y.org\" <a@x.org>" << 4 << "line break";
    QTest::newRow("control") << QStringLiteral("a\x01@x.org") << 1 << "U+0001";
    QTest::newRow("bad literal") << "a@[300.1.1.1]" << 2 << "IP address literal";
    QTest::newRow("nested group") << "A: B: x@y.org;;" << 4 << "another group";
    QTest::newRow("empty group name") << ": x@y.org;" << 0 << "needs a name";
    QTest::newRow("stray bracket") << "a@x.org>" << 7 << "unexpected \">\"";
    QTest::newRow("bad idn") << QStringLiteral("a@\u0378.com") << 2 << "internationalised domain";
}

void TestMimeAddress::invalid()
{
    QFETCH(QString, input);
    QFETCH(int, position);
    QFETCH(QString, reason);
    const AddressList list = AddressList::parse(input);
    QCOMPARE(list.errors().size(), 1);
    const AddressError error = list.errors().constFirst();
    QVERIFY2(error.reason.contains(reason), qPrintable(error.reason));
    QCOMPARE(error.position, qsizetype(position));
    QVERIFY(error.describe().contains(QStringLiteral("character %1").arg(error.column)));
    QVERIFY(list.mailboxes().isEmpty());
}

void TestMimeAddress::everyMistakeReported()
{
    // One error per bad entry, each where it is; the good ones are kept.
    const QString input
        = QStringLiteral("ok@x.org, bob@, \"Lee, Ann\" <ann@y.org>, carol, d@@e.org; fine@z.org");
    const AddressList list = AddressList::parse(input);
    QCOMPARE(flatten(list), QStringLiteral("|ok@x.org;Lee, Ann|ann@y.org;|fine@z.org"));
    QCOMPARE(list.errors().size(), 3);
    QCOMPARE(list.errors().at(0).entry, QStringLiteral("bob@"));
    QCOMPARE(list.errors().at(0).position, input.indexOf(QLatin1String("bob@")) + 3);
    QCOMPARE(list.errors().at(1).entry, QStringLiteral("carol"));
    QCOMPARE(list.errors().at(1).column, input.indexOf(QLatin1String("carol")) + 1);
    QCOMPARE(list.errors().at(2).entry, QStringLiteral("d@@e.org"));
    // The column counts characters, not UTF-16 units: an emoji is one.
    const AddressList emoji = AddressList::parse(QStringLiteral("\"😀\" <a@x.org>, b@"));
    QCOMPARE(emoji.errors().constFirst().position, 17);
    QCOMPARE(emoji.errors().constFirst().column, 17);
}

void TestMimeAddress::groups()
{
    const AddressList list = AddressList::parse(
        QStringLiteral("Team: a@x.org, \"B, b\" <b@y.org>; c@z.org, undisclosed-recipients:;"));
    QVERIFY(list.isValid());
    QCOMPARE(list.entries().size(), 3);
    QVERIFY(list.entries().at(0).isGroup);
    QCOMPARE(list.entries().at(0).groupName, QStringLiteral("Team"));
    QCOMPARE(list.entries().at(0).members.size(), 2);
    QCOMPARE(list.entries().at(0).members.at(1).displayName(), QStringLiteral("B, b"));
    QVERIFY(!list.entries().at(1).isGroup);
    QVERIFY(list.entries().at(2).isGroup);
    QVERIFY(list.entries().at(2).members.isEmpty());
    QCOMPARE(flatten(list), QStringLiteral("|a@x.org;B, b|b@y.org;|c@z.org"));
    // A bad member is reported; the group and its other members stay.
    const AddressList bad = AddressList::parse(QStringLiteral("Team: a@x.org, oops, b@y.org;"));
    QCOMPARE(bad.errors().size(), 1);
    QCOMPARE(bad.errors().constFirst().entry, QStringLiteral("oops"));
    QCOMPARE(bad.entries().constFirst().members.size(), 2);
    // A missing final semicolon is forgiven.
    QCOMPARE(flatten(AddressList::parse(QStringLiteral("Team: a@x.org, b@y.org"))),
        QStringLiteral("|a@x.org;|b@y.org"));
}

void TestMimeAddress::internationalised_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("envelope");
    QTest::addColumn<bool>("smtpUtf8");
    QTest::newRow("idn domain") << QStringLiteral("info@bücher.example")
                                << QByteArray("info@xn--bcher-kva.example") << false;
    QTest::newRow("idn upper case") << QStringLiteral("info@BÜCHER.example")
                                    << QByteArray("info@xn--bcher-kva.example") << false;
    QTest::newRow("cjk domain") << QStringLiteral("a@例え.テスト") << QByteArray("a@xn--r8jz45g.xn--zckzah")
                                << false;
    QTest::newRow("a-label kept") << QStringLiteral("a@xn--bcher-kva.example")
                                  << QByteArray("a@xn--bcher-kva.example") << false;
    QTest::newRow("utf8 local part") << QStringLiteral("δοκιμή@example.com")
                                     << QStringLiteral("δοκιμή@example.com").toUtf8() << true;
    QTest::newRow("both") << QStringLiteral("用户@例子.广告")
                          << QStringLiteral("用户@xn--fsqu00a.xn--4rr70v").toUtf8() << true;
}

void TestMimeAddress::internationalised()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, envelope);
    QFETCH(bool, smtpUtf8);
    const AddressList list = AddressList::parse(input);
    QVERIFY2(list.isValid(), qPrintable(list.errors().value(0).describe()));
    const Address address = list.mailboxes().constFirst();
    QCOMPARE(address.envelopeForm(), envelope);
    QCOMPARE(address.needsSmtpUtf8(), smtpUtf8);
    QCOMPARE(address.addrSpec(), input); // as typed, for people
}

void TestMimeAddress::singleMailbox()
{
    AddressError error;
    QCOMPARE(Address::fromText(QStringLiteral("Ann <a@x.org>"), &error).displayName(), QStringLiteral("Ann"));
    QVERIFY(Address::fromText(QStringLiteral("a@x.org, b@y.org"), &error).isNull());
    QVERIFY(error.reason.contains(QLatin1String("only one")));
    QVERIFY(Address::fromText(QStringLiteral("   "), &error).isNull());
    QVERIFY(error.reason.contains(QLatin1String("empty")));
    // The envelope form takes a bare address only: no name, no comment.
    QVERIFY(!Address::fromAddrSpec(QStringLiteral("a@x.org")).isNull());
    QVERIFY(Address::fromAddrSpec(QStringLiteral("Ann <a@x.org>"), &error).isNull());
    QVERIFY(Address::fromAddrSpec(QStringLiteral("a@x.org (Ann)"), &error).isNull());
    QVERIFY(Address::fromAddrSpec(QStringLiteral("a b@x.org"), &error).isNull());
    QVERIFY(error.reason.contains(QLatin1String("space")));
}

void TestMimeAddress::quotedLocalPartRoundTrip()
{
    // RFC 5322 §3.4.1: the same local part written two ways is one mailbox;
    // it is quoted only when it has to be.
    QCOMPARE(Address::fromText(QStringLiteral("\"john\"@x.org")).addrSpec(), QStringLiteral("john@x.org"));
    QCOMPARE(
        Address::fromText(QStringLiteral("\"a\\\"b\"@x.org")).addrSpec(), QStringLiteral("\"a\\\"b\"@x.org"));
    QCOMPARE(Address::fromText(QStringLiteral("\"a,b\"@x.org")).envelopeForm(), QByteArray("\"a,b\"@x.org"));
}

QTEST_GUILESS_MAIN(TestMimeAddress)
#include "tst_mime_address.moc"
