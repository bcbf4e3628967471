// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "smtp/Capabilities.h"
#include "smtp/ReplyParser.h"

#include <QTest>

using stamp::Capabilities;
using stamp::Reply;
using stamp::ReplyParser;

namespace {
Reply parse(const QByteArray &bytes)
{
    ReplyParser parser;
    parser.feed(bytes);
    return parser.next().value_or(Reply());
}
}  // namespace

class TestCapabilities : public QObject
{
    Q_OBJECT

private slots:
    void postfixAfterTls();
    void legacyAuthForm();
    void sizeWithoutLimit();
    void caseInsensitive();
    void heloHasNothing();
};

void TestCapabilities::postfixAfterTls()
{
    const Capabilities caps = Capabilities::fromEhlo(parse("250-localhost\r\n"
                                                           "250-PIPELINING\r\n"
                                                           "250-SIZE 1048576\r\n"
                                                           "250-ETRN\r\n"
                                                           "250-AUTH PLAIN LOGIN CRAM-MD5 SCRAM-SHA-1 SCRAM-SHA-256\r\n"
                                                           "250-ENHANCEDSTATUSCODES\r\n"
                                                           "250-8BITMIME\r\n"
                                                           "250-DSN\r\n"
                                                           "250-SMTPUTF8\r\n"
                                                           "250 CHUNKING\r\n"));
    QVERIFY(caps.isEsmtp());
    QCOMPARE(caps.greetingDomain(), QByteArray("localhost"));
    QVERIFY(caps.pipelining());
    QVERIFY(caps.size());
    QCOMPARE(caps.sizeLimit(), 1048576);
    QVERIFY(caps.enhancedStatusCodes());
    QVERIFY(caps.eightBitMime());
    QVERIFY(caps.dsn());
    QVERIFY(caps.smtpUtf8());
    QVERIFY(caps.chunking());
    QVERIFY(!caps.startTls());
    QCOMPARE(caps.authMechanisms(),
             (QSet<QByteArray>{"PLAIN", "LOGIN", "CRAM-MD5", "SCRAM-SHA-1", "SCRAM-SHA-256"}));
    QCOMPARE(caps.keywords().size(), 9);
}

void TestCapabilities::legacyAuthForm()
{
    const Capabilities caps = Capabilities::fromEhlo(parse("250-smtp.example.com\r\n"
                                                           "250-AUTH LOGIN\r\n"
                                                           "250-AUTH=LOGIN PLAIN\r\n"
                                                           "250 STARTTLS\r\n"));
    QCOMPARE(caps.authMechanisms(), (QSet<QByteArray>{"LOGIN", "PLAIN"}));
    QVERIFY(caps.startTls());
    QVERIFY(caps.auth());
}

void TestCapabilities::sizeWithoutLimit()
{
    const Capabilities caps = Capabilities::fromEhlo(parse("250-x\r\n250 SIZE\r\n"));
    QVERIFY(caps.size());
    QCOMPARE(caps.sizeLimit(), 0);
    const Capabilities zero = Capabilities::fromEhlo(parse("250-x\r\n250 SIZE 0\r\n"));
    QCOMPARE(zero.sizeLimit(), 0);
}

void TestCapabilities::caseInsensitive()
{
    const Capabilities caps = Capabilities::fromEhlo(parse("250-x\r\n250-starttls\r\n250 auth plain\r\n"));
    QVERIFY(caps.startTls());
    QVERIFY(caps.has("StartTLS"));
    QCOMPARE(caps.authMechanisms(), QSet<QByteArray>{"PLAIN"});
}

void TestCapabilities::heloHasNothing()
{
    const Capabilities caps = Capabilities::fromHelo(parse("250 old.example.com\r\n"));
    QVERIFY(!caps.isEsmtp());
    QVERIFY(!caps.startTls());
    QVERIFY(!caps.pipelining());
    QVERIFY(!caps.auth());
    QCOMPARE(caps.greetingDomain(), QByteArray("old.example.com"));
}

QTEST_GUILESS_MAIN(TestCapabilities)
#include "tst_capabilities.moc"
