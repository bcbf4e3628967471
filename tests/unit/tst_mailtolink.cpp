// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// mailto: links (RFC 6068) as MailtoLink takes them apart: the examples of
// §6, internationalised addresses and text, malformed escapes, and what §7
// says a link must never do (line breaks into headers, attachments, a
// different sender, arbitrary header fields).

#include "mime/MailtoLink.h"

#include <QTest>

using namespace stamp;

class TestMailtoLink : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void ignoresUnsafeFields();
    void invalidAddressKeptAndNamed();
    void capsSizes();
};

// Every mailbox's addr-spec, joined with ";".
static QString flatten(const AddressList &list)
{
    QStringList parts;
    for (const Address &a : list.mailboxes())
        parts << a.addrSpec();
    return parts.join(QLatin1Char(';'));
}

void TestMailtoLink::parses_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("cc");
    QTest::addColumn<QString>("bcc");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("inReplyTo");
    QTest::addColumn<QStringList>("ignored");

    // RFC 6068 §6.1
    QTest::newRow("6.1 plain") << "mailto:chris@example.com"
                               << "chris@example.com"
                               << ""
                               << ""
                               << ""
                               << ""
                               << "" << QStringList();
    QTest::newRow("6.1 subject") << "mailto:infobot@example.com?subject=current-issue"
                                 << "infobot@example.com"
                                 << ""
                                 << ""
                                 << "current-issue"
                                 << ""
                                 << "" << QStringList();
    QTest::newRow("6.1 body") << "mailto:infobot@example.com?body=send%20current-issue"
                              << "infobot@example.com"
                              << ""
                              << ""
                              << ""
                              << "send current-issue"
                              << "" << QStringList();
    QTest::newRow("6.1 body lines")
        << "mailto:infobot@example.com?body=send%20current-issue%0D%0Asend%20index"
        << "infobot@example.com"
        << ""
        << ""
        << ""
        << "send current-issue\nsend index"
        << "" << QStringList();
    QTest::newRow("6.1 in-reply-to")
        << "mailto:list@example.org?In-Reply-To=%3C3469A91.D10AF4C@example.com%3E"
        << "list@example.org"
        << ""
        << ""
        << ""
        << ""
        << "<3469A91.D10AF4C@example.com>" << QStringList();
    QTest::newRow("6.1 cc") << "mailto:joe@example.com?cc=bob@example.com&body=hello"
                            << "joe@example.com"
                            << "bob@example.com"
                            << ""
                            << ""
                            << "hello"
                            << "" << QStringList();
    QTest::newRow("6.1 to hfield") << "mailto:?to=addr1@an.example,addr2@an.example"
                                   << "addr1@an.example;addr2@an.example"
                                   << ""
                                   << ""
                                   << ""
                                   << ""
                                   << "" << QStringList();
    QTest::newRow("6.1 path and to add up") << "mailto:addr1@an.example?to=addr2@an.example"
                                            << "addr1@an.example;addr2@an.example"
                                            << ""
                                            << ""
                                            << ""
                                            << ""
                                            << "" << QStringList();
    // RFC 6068 §6.2: characters that must be escaped in an address.
    QTest::newRow("6.2 percent") << "mailto:gorby%25kremvax@example.com"
                                 << "gorby%kremvax@example.com"
                                 << ""
                                 << ""
                                 << ""
                                 << ""
                                 << "" << QStringList();
    QTest::newRow("6.2 question mark") << "mailto:unlikely%3Faddress@example.com?blat=foop"
                                       << "unlikely?address@example.com"
                                       << ""
                                       << ""
                                       << ""
                                       << ""
                                       << "" << QStringList { QStringLiteral("blat") };
    QTest::newRow("6.2 ampersand") << "mailto:Mike%26family@example.org"
                                   << "Mike&family@example.org"
                                   << ""
                                   << ""
                                   << ""
                                   << ""
                                   << "" << QStringList();
    QTest::newRow("6.2 quoted at") << "mailto:%22not%40me%22@example.org"
                                   << "\"not@me\"@example.org"
                                   << ""
                                   << ""
                                   << ""
                                   << ""
                                   << "" << QStringList();
    QTest::newRow("6.2 quoted backslash") << "mailto:%22oh%5C%5Cno%22@example.org"
                                          << "\"oh\\\\no\"@example.org"
                                          << ""
                                          << ""
                                          << ""
                                          << ""
                                          << "" << QStringList();
    // RFC 6068 §6.3: non-ASCII, percent-encoded UTF-8.
    QTest::newRow("6.3 utf-8 subject") << "mailto:user@example.org?subject=caf%C3%A9"
                                       << "user@example.org"
                                       << ""
                                       << "" << QString::fromUtf8("café") << ""
                                       << "" << QStringList();
    QTest::newRow("6.3 japanese") << "mailto:user@example.org?subject=%E3%81%BF%E3%81%AA%E3%81%95%E3%82%93"
                                  << "user@example.org"
                                  << ""
                                  << "" << QString::fromUtf8("みなさん") << ""
                                  << "" << QStringList();
    QTest::newRow("6.3 IDN domain") << "mailto:user@%E7%B4%8D%E8%B1%86.example.org?subject=Test&body=NATTO"
                                    << QString::fromUtf8("user@納豆.example.org") << ""
                                    << ""
                                    << "Test"
                                    << "NATTO"
                                    << "" << QStringList();
    QTest::newRow("utf-8 local part")
        << "mailto:%C3%B6rjan@example.se" << QString::fromUtf8("örjan@example.se") << ""
        << ""
        << ""
        << ""
        << "" << QStringList();
    QTest::newRow("IRI typed unescaped") << QString::fromUtf8("mailto:jürgen@bücher.example?subject=Grüße")
                                         << QString::fromUtf8("jürgen@bücher.example") << ""
                                         << "" << QString::fromUtf8("Grüße") << ""
                                         << "" << QStringList();
    // Beyond the examples.
    QTest::newRow("scheme and names any case")
        << "MailTo:a@example.org?SUBJECT=Hi&Cc=b@example.org&BCC=c@example.org"
        << "a@example.org"
        << "b@example.org"
        << "c@example.org"
        << "Hi"
        << ""
        << "" << QStringList();
    QTest::newRow("repeated cc adds up") << "mailto:?cc=a@example.org&cc=b@example.org,c@example.org"
                                         << ""
                                         << "a@example.org;b@example.org;c@example.org"
                                         << ""
                                         << ""
                                         << ""
                                         << "" << QStringList();
    QTest::newRow("plus is not a space") << "mailto:a+tag@example.org?subject=1+1"
                                         << "a+tag@example.org"
                                         << ""
                                         << ""
                                         << "1+1"
                                         << ""
                                         << "" << QStringList();
    QTest::newRow("encoded separators stay in values") << "mailto:a@example.org?subject=a%26b%3Dc%3Fd"
                                                       << "a@example.org"
                                                       << ""
                                                       << ""
                                                       << "a&b=c?d"
                                                       << ""
                                                       << "" << QStringList();
    QTest::newRow("lone LF in body") << "mailto:a@example.org?body=one%0Atwo%0Dthree"
                                     << "a@example.org"
                                     << ""
                                     << ""
                                     << ""
                                     << "one\ntwo\nthree"
                                     << "" << QStringList();
    QTest::newRow("name and address") << "mailto:Ann%20Lee%20%3Cann@example.org%3E"
                                      << "ann@example.org"
                                      << ""
                                      << ""
                                      << ""
                                      << ""
                                      << "" << QStringList();
    QTest::newRow("empty") << "mailto:"
                           << ""
                           << ""
                           << ""
                           << ""
                           << ""
                           << "" << QStringList();
}

void TestMailtoLink::parses()
{
    QFETCH(QString, link);
    const MailtoLink parsed = MailtoLink::parse(link);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.errors().join(QLatin1Char('\n'))));
    QTEST(flatten(parsed.to()), "to");
    QTEST(flatten(parsed.cc()), "cc");
    QTEST(flatten(parsed.bcc()), "bcc");
    QTEST(parsed.subject(), "subject");
    QTEST(parsed.body(), "body");
    QTEST(parsed.inReplyTo(), "inReplyTo");
    QTEST(parsed.ignored(), "ignored");
}

void TestMailtoLink::rejects_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("reason"); // part of the one error expected
    QTest::addColumn<QString>("subject"); // what is left

    QTest::newRow("not mailto") << "http://example.org/"
                                << "not a mailto"
                                << "";
    QTest::newRow("escape cut short") << "mailto:a@example.org?subject=50%"
                                      << "malformed escape \"%\""
                                      << "";
    QTest::newRow("escape one digit") << "mailto:a@example.org?subject=%4"
                                      << "malformed escape \"%4\""
                                      << "";
    QTest::newRow("escape not hex") << "mailto:a@example.org?subject=%ZZtop"
                                    << "malformed escape \"%ZZ\""
                                    << "";
    QTest::newRow("not utf-8") << "mailto:a@example.org?subject=caf%E9"
                               << "not UTF-8"
                               << "";
    QTest::newRow("CRLF into subject") << "mailto:a@example.org?subject=Hi%0D%0ABcc:%20evil@example.net"
                                       << "line break"
                                       << "";
    QTest::newRow("LF into subject") << "mailto:a@example.org?subject=Hi%0Ax"
                                     << "line break"
                                     << "";
    QTest::newRow("CRLF into to") << "mailto:a@example.org%0D%0ABcc:evil@example.net"
                                  << "line break"
                                  << "";
    QTest::newRow("CRLF into cc") << "mailto:?cc=a@example.org%0D%0AX-Evil:1&subject=ok"
                                  << "line break"
                                  << "ok";
    QTest::newRow("NUL in body") << "mailto:a@example.org?body=a%00b&subject=ok"
                                 << "control characters"
                                 << "ok";
    QTest::newRow("CRLF into in-reply-to") << "mailto:a@example.org?in-reply-to=%3Ca@b%3E%0D%0AX:1"
                                           << "line break"
                                           << "";
    QTest::newRow("bad message id") << "mailto:a@example.org?in-reply-to=not%20an%20id"
                                    << "not a message identifier"
                                    << "";
    QTest::newRow("second subject") << "mailto:a@example.org?subject=one&subject=two"
                                    << "more than one subject"
                                    << "one";
}

void TestMailtoLink::rejects()
{
    QFETCH(QString, link);
    QFETCH(QString, reason);
    const MailtoLink parsed = MailtoLink::parse(link);
    QCOMPARE(parsed.errors().size(), 1);
    QVERIFY2(parsed.errors().constFirst().contains(reason), qPrintable(parsed.errors().constFirst()));
    QTEST(parsed.subject(), "subject");
    // Nothing with a line break ever reaches a header value.
    for (const QString &value : parsed.toText() + parsed.ccText() + parsed.bccText()
            + QStringList { parsed.subject(), parsed.inReplyTo() })
        QVERIFY(!value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')));
}

void TestMailtoLink::ignoresUnsafeFields()
{
    const MailtoLink parsed = MailtoLink::parse(QStringLiteral(
        "mailto:a@example.org?attach=/etc/passwd&Attachment=file:///home&from=boss@example.org"
        "&reply-to=evil@example.net&X-Mailer=x&subject=Hello&ATTACH=again&sender=x@y&=novalue&key"));
    QVERIFY2(parsed.isValid(), qPrintable(parsed.errors().join(QLatin1Char('\n'))));
    QCOMPARE(parsed.subject(), QStringLiteral("Hello"));
    QCOMPARE(flatten(parsed.to()), QStringLiteral("a@example.org"));
    QCOMPARE(parsed.ignored(),
        (QStringList { QStringLiteral("attach"), QStringLiteral("attachment"), QStringLiteral("from"),
            QStringLiteral("reply-to"), QStringLiteral("x-mailer"), QStringLiteral("sender"),
            QStringLiteral("?"), QStringLiteral("key") }));
    // Nothing from an ignored field ends up anywhere.
    QVERIFY(parsed.body().isEmpty());
    QVERIFY(parsed.ccText().isEmpty() && parsed.bccText().isEmpty());
}

void TestMailtoLink::invalidAddressKeptAndNamed()
{
    const MailtoLink parsed
        = MailtoLink::parse(QStringLiteral("mailto:good@example.org?cc=bob@&bcc=x@exa_mple.org&subject=Hi"));
    QCOMPARE(parsed.errors().size(), 2);
    QVERIFY2(parsed.errors().at(0).startsWith(QStringLiteral("Address in Cc: \"bob@\"")),
        qPrintable(parsed.errors().at(0)));
    QVERIFY2(parsed.errors().at(1).startsWith(QStringLiteral("Address in Bcc: ")),
        qPrintable(parsed.errors().at(1)));
    // Kept as written, so the person can correct it where it shows.
    QCOMPARE(parsed.ccText(), QStringList { QStringLiteral("bob@") });
    QCOMPARE(parsed.bccText(), QStringList { QStringLiteral("x@exa_mple.org") });
    QCOMPARE(parsed.subject(), QStringLiteral("Hi"));
    QCOMPARE(flatten(parsed.to()), QStringLiteral("good@example.org"));
}

void TestMailtoLink::capsSizes()
{
    const QString huge = QStringLiteral("mailto:a@example.org?body=")
        + QString(MailtoLink::kMaxLinkLength, QLatin1Char('x'));
    const MailtoLink tooLong = MailtoLink::parse(huge);
    QCOMPARE(tooLong.errors().size(), 1);
    QVERIFY(tooLong.isEmpty());

    const MailtoLink longSubject = MailtoLink::parse(QStringLiteral("mailto:a@example.org?subject=")
        + QString(MailtoLink::kMaxHeaderLength + 1, QLatin1Char('s')));
    QCOMPARE(longSubject.errors().size(), 1);
    QVERIFY(longSubject.subject().isEmpty());

    QStringList many;
    for (int i = 0; i < MailtoLink::kMaxRecipients + 1; ++i)
        many << QStringLiteral("r%1@example.org").arg(i);
    const MailtoLink tooMany
        = MailtoLink::parse(QStringLiteral("mailto:a@example.org?cc=") + many.join(QLatin1Char(',')));
    QCOMPARE(tooMany.errors().size(), 1);
    QVERIFY(tooMany.errors().constFirst().contains(QStringLiteral("more than 100 recipients")));
    QCOMPARE(tooMany.to().mailboxes().size(), 1);
    QVERIFY(tooMany.ccText().isEmpty());
}

QTEST_GUILESS_MAIN(TestMailtoLink)
#include "tst_mailtolink.moc"
