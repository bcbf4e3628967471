// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mime/SimpleTextMessage.h"
#include "smtp/SessionTypes.h"

#include <QBuffer>
#include <QTest>

using stamp::EnvelopeAddress;
using stamp::SimpleTextMessage;

class TestEnvelope : public QObject
{
    Q_OBJECT

private slots:
    void addresses_data();
    void addresses();
    void headerInjectionRefused();
    void errorsSayWhy();
    void plainMessage();
};

void TestEnvelope::addresses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<bool>("utf8");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ascii") << QStringLiteral("alice@example.com") << QByteArray("alice@example.com") << false
                           << true;
    QTest::newRow("trimmed") << QStringLiteral("  bob@example.com ") << QByteArray("bob@example.com") << false
                             << true;
    QTest::newRow("idn domain") << QStringLiteral("info@bücher.example")
                                << QByteArray("info@xn--bcher-kva.example") << false << true;
    QTest::newRow("utf8 local") << QStringLiteral("δοκιμή@example.com")
                                << QStringLiteral("δοκιμή@example.com").toUtf8() << true << true;
    QTest::newRow("crlf") << QStringLiteral("a@b.c\r\nRCPT TO:<evil@x>") << QByteArray() << false << false;
    QTest::newRow("angle") << QStringLiteral("a>@b.c") << QByteArray() << false << false;
    QTest::newRow("space") << QStringLiteral("a b@c.d") << QByteArray() << false << false;
    QTest::newRow("no at") << QStringLiteral("alice") << QByteArray() << false << false;
    QTest::newRow("no domain") << QStringLiteral("alice@") << QByteArray() << false << false;
    QTest::newRow("long local") << QString(65, QLatin1Char('a')) + QStringLiteral("@b.c") << QByteArray()
                                << false << false;
    QTest::newRow("quoted local") << QStringLiteral("\"john doe\"@example.com")
                                  << QByteArray("\"john doe\"@example.com") << false << true;
    QTest::newRow("name") << QStringLiteral("Ann <a@b.c>") << QByteArray() << false << false;
    QTest::newRow("two at") << QStringLiteral("a@b@c.d") << QByteArray() << false << false;
    QTest::newRow("comma") << QStringLiteral("a@b.c,d@e.f") << QByteArray() << false << false;
    QTest::newRow("literal") << QStringLiteral("a@[192.0.2.1]") << QByteArray("a@[192.0.2.1]") << false
                             << true;
}

void TestEnvelope::errorsSayWhy()
{
    // The session prints "The recipient address \"%1\" cannot be used: %2."
    QCOMPARE(EnvelopeAddress::fromText(QStringLiteral("alice@")).error,
        QStringLiteral("there is nothing after the @"));
    QCOMPARE(EnvelopeAddress::fromText(QStringLiteral("a b@c.d")).error,
        QStringLiteral("the address contains a space"));
    QCOMPARE(EnvelopeAddress::fromText(QString()).error, QStringLiteral("the address is empty"));
    QVERIFY(EnvelopeAddress::fromText(QString(), true).error.isEmpty()); // the null reverse-path
    QCOMPARE(EnvelopeAddress::fromText(QStringLiteral("a@b.c\r\nRCPT TO:<x@y>")).error,
        QStringLiteral("a line break is not allowed in an address"));
}

void TestEnvelope::addresses()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, wire);
    QFETCH(bool, utf8);
    QFETCH(bool, valid);
    const EnvelopeAddress a = EnvelopeAddress::fromText(input);
    QCOMPARE(a.error.isEmpty(), valid);
    if (valid) {
        QCOMPARE(a.wire, wire);
        QCOMPARE(a.needsSmtpUtf8, utf8);
    }
}

void TestEnvelope::headerInjectionRefused()
{
    SimpleTextMessage m;
    m.from = QStringLiteral("a@b.c");
    m.to = { QStringLiteral("d@e.f") };
    m.subject = QStringLiteral("Hello\r\nBcc: victim@example.com");
    QVERIFY(!m.validate().isEmpty());
    m.subject = QStringLiteral("Hello\nX: y");
    QVERIFY(!m.validate().isEmpty());
    m.subject = QStringLiteral("Hello");
    QVERIFY(m.validate().isEmpty());
}

void TestEnvelope::plainMessage()
{
    SimpleTextMessage m;
    m.from = QStringLiteral("alice@example.com");
    m.to = { QStringLiteral("bob@example.net") };
    m.cc = { QStringLiteral("carol@example.org") };
    m.subject = QStringLiteral("Hi");
    m.body = QStringLiteral("line one\nline two");
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(m.write(&buffer));
    QVERIFY(bytes.contains("\r\nSubject: Hi\r\n"));
    QVERIFY(bytes.contains("\r\nCc: carol@example.org\r\n"));
    QVERIFY(bytes.contains("Message-ID: <"));
    QVERIFY(bytes.contains("\r\nTo: bob@example.net\r\n"));
    QVERIFY(bytes.contains("@example.com>\r\n"));
    QVERIFY(bytes.startsWith("Date: "));
    QVERIFY(bytes.endsWith("\r\n\r\nline one\r\nline two\r\n"));
    QVERIFY(!bytes.contains("Bcc"));
    // No bare LF anywhere.
    QCOMPARE(bytes.count('\n'), bytes.count("\r\n"));
}

QTEST_GUILESS_MAIN(TestEnvelope)
#include "tst_envelope.moc"
