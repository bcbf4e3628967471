// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "smtp/ReplyParser.h"

#include <QTest>

using stamp::EnhancedStatus;
using stamp::Reply;
using stamp::ReplyParser;

class TestReplyParser : public QObject
{
    Q_OBJECT

private slots:
    void wellFormed_data();
    void wellFormed();
    void malformed_data();
    void malformed();
    void splitAcrossReads();
    void severalRepliesInOneRead();
    void replyThatNeverEnds();
    void floodOfRepliesParsedAsTaken();
    void overlongLineEndedLate();
    void pendingBytesAfterReply();
    void enhancedStatusParsing_data();
    void enhancedStatusParsing();
};

void TestReplyParser::wellFormed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<int>("lines");
    QTest::addColumn<QString>("text");

    QTest::newRow("single") << QByteArray("250 OK\r\n") << 250 << QString() << 1 << QStringLiteral("OK");
    QTest::newRow("bare code") << QByteArray("250\r\n") << 250 << QString() << 1 << QString();
    QTest::newRow("multi-line EHLO") << QByteArray("250-mx.example.com Hello\r\n250-PIPELINING\r\n250 SIZE 1000\r\n")
                                     << 250 << QString() << 3
                                     << QStringLiteral("mx.example.com Hello PIPELINING SIZE 1000");
    QTest::newRow("enhanced") << QByteArray("550 5.1.1 <x@y>: Recipient address rejected\r\n") << 550
                              << QStringLiteral("5.1.1") << 1 << QStringLiteral("<x@y>: Recipient address rejected");
    QTest::newRow("gmail multi-line enhanced")
        << QByteArray("535-5.7.8 Username and Password not accepted. Learn more at\r\n"
                      "535 5.7.8  https://support.google.com/mail/?p=BadCredentials x1-20020a gsmtp\r\n")
        << 535 << QStringLiteral("5.7.8") << 2
        << QStringLiteral("Username and Password not accepted. Learn more at "
                          "https://support.google.com/mail/?p=BadCredentials x1-20020a gsmtp");
    QTest::newRow("bare LF tolerated") << QByteArray("220 ready\n") << 220 << QString() << 1
                                       << QStringLiteral("ready");
    QTest::newRow("3-digit subject") << QByteArray("535 5.7.139 Authentication unsuccessful\r\n") << 535
                                     << QStringLiteral("5.7.139") << 1
                                     << QStringLiteral("Authentication unsuccessful");
    QTest::newRow("not an enhanced code") << QByteArray("250 2.0 ok\r\n") << 250 << QString() << 1
                                          << QStringLiteral("2.0 ok");
    QTest::newRow("334 base64") << QByteArray("334 VXNlcm5hbWU6\r\n") << 334 << QString() << 1
                                << QStringLiteral("VXNlcm5hbWU6");
}

void TestReplyParser::wellFormed()
{
    QFETCH(QByteArray, input);
    QFETCH(int, code);
    QFETCH(QString, enhanced);
    QFETCH(int, lines);
    QFETCH(QString, text);
    ReplyParser parser;
    parser.feed(input);
    QVERIFY2(!parser.hasError(), qPrintable(parser.errorString()));
    const std::optional<Reply> reply = parser.next();
    QVERIFY(reply.has_value());
    QCOMPARE(reply->code, code);
    QCOMPARE(reply->enhanced.toString(), enhanced);
    QCOMPARE(reply->lines.size(), lines);
    QCOMPARE(reply->text(), text);
    QVERIFY(!parser.next().has_value());
    QCOMPARE(parser.pendingBytes(), 0);
}

void TestReplyParser::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expect");

    QTest::newRow("letters") << QByteArray("abc hello\r\n") << QStringLiteral("three-digit");
    QTest::newRow("two digits") << QByteArray("25 OK\r\n") << QStringLiteral("three-digit");
    QTest::newRow("code out of range") << QByteArray("199 what\r\n") << QStringLiteral("outside");
    QTest::newRow("600") << QByteArray("600 what\r\n") << QStringLiteral("outside");
    QTest::newRow("bad separator") << QByteArray("250_OK\r\n") << QStringLiteral("malformed");
    QTest::newRow("continuation changes code") << QByteArray("250-first\r\n251 second\r\n")
                                               << QStringLiteral("changed the reply code");
    QTest::newRow("over-long line") << QByteArray("250 " + QByteArray(3000, 'x') + "\r\n")
                                    << QStringLiteral("longer than");
    QTest::newRow("over-long without newline") << QByteArray("250 " + QByteArray(3000, 'x'))
                                               << QStringLiteral("longer than");
    QTest::newRow("empty line") << QByteArray("\r\n") << QStringLiteral("three-digit");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\r\n", 5) << QStringLiteral("three-digit");
}

void TestReplyParser::malformed()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expect);
    ReplyParser parser;
    parser.feed(input);
    QVERIFY(parser.hasError());
    QVERIFY2(parser.errorString().contains(expect), qPrintable(parser.errorString()));
    QVERIFY(!parser.next().has_value());
    // Once in error, more input changes nothing.
    parser.feed("250 OK\r\n");
    QVERIFY(!parser.next().has_value());
    parser.reset();
    QVERIFY(!parser.hasError());
    parser.feed("250 OK\r\n");
    QVERIFY(parser.next().has_value());
}

void TestReplyParser::splitAcrossReads()
{
    const QByteArray input = "250-mx.example.com\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n";
    // Every split point, including inside the CRLF.
    for (int i = 1; i < input.size(); ++i) {
        ReplyParser parser;
        parser.feed(input.left(i));
        if (i < input.size())
            QVERIFY2(!parser.next().has_value(), qPrintable(QString::number(i)));
        parser.feed(input.mid(i));
        const std::optional<Reply> reply = parser.next();
        QVERIFY2(reply.has_value(), qPrintable(QString::number(i)));
        QCOMPARE(reply->lines.size(), 3);
        QCOMPARE(reply->lines.at(1), QByteArray("AUTH PLAIN LOGIN"));
    }
}

void TestReplyParser::severalRepliesInOneRead()
{
    ReplyParser parser;
    parser.feed("250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n550 5.1.1 no\r\n354 go ahead\r\n");
    QList<int> codes;
    while (const std::optional<Reply> r = parser.next())
        codes << r->code;
    QCOMPARE(codes, (QList<int>{250, 250, 550, 354}));
}

void TestReplyParser::replyThatNeverEnds()
{
    ReplyParser parser;
    for (int i = 0; i < ReplyParser::kMaxLines + 5 && !parser.hasError(); ++i)
        parser.feed("250-still going\r\n");
    QVERIFY(parser.hasError());
    QVERIFY(parser.errorString().contains(QStringLiteral("more than")));
    QVERIFY(!parser.next().has_value());
}

void TestReplyParser::floodOfRepliesParsedAsTaken()
{
    // A server may send a million short replies in one read: at most
    // kMaxReadyReplies are parsed ahead, the rest waits as bytes, and
    // every one still comes out, in order.
    constexpr int kCount = 100000;
    QByteArray flood;
    for (int i = 0; i < kCount; ++i)
        flood += "250 " + QByteArray::number(i) + "\r\n";
    ReplyParser parser;
    parser.feed(flood);
    QCOMPARE(parser.readyCount(), ReplyParser::kMaxReadyReplies);
    QVERIFY(parser.pendingBytes() > 0);
    int taken = 0;
    while (const std::optional<Reply> r = parser.next()) {
        QCOMPARE(r->lines.value(0), QByteArray::number(taken));
        ++taken;
    }
    QCOMPARE(taken, kCount);
    QVERIFY(!parser.hasError());
    QVERIFY(!parser.hasBufferedData());
}

void TestReplyParser::overlongLineEndedLate()
{
    // A huge line that does end: refused without being copied, and the
    // reply before it still comes out.
    ReplyParser parser;
    parser.feed("220 hi\r\n250 " + QByteArray(8 * 1024 * 1024, 'x') + "\r\n");
    QVERIFY(parser.next().has_value());
    QVERIFY(!parser.next().has_value());
    QVERIFY(parser.hasError());
    QVERIFY(parser.errorString().contains(QStringLiteral("longer than")));
}

void TestReplyParser::pendingBytesAfterReply()
{
    // The STARTTLS injection check relies on seeing bytes that follow a reply.
    ReplyParser parser;
    parser.feed("220 Go ahead\r\n250 inj");
    QVERIFY(parser.next().has_value());
    QVERIFY(parser.hasBufferedData());
    QCOMPARE(parser.pendingBytes(), 7);

    ReplyParser complete;
    complete.feed("220 Go ahead\r\n250 injected\r\n");
    QVERIFY(complete.next().has_value());
    QVERIFY(complete.hasBufferedData());

    ReplyParser clean;
    clean.feed("220 Go ahead\r\n");
    QVERIFY(clean.next().has_value());
    QVERIFY(!clean.hasBufferedData());
}

void TestReplyParser::enhancedStatusParsing_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("used");
    QTest::newRow("simple") << QByteArray("2.0.0 Ok") << QStringLiteral("2.0.0") << 6;
    QTest::newRow("only code") << QByteArray("5.7.8") << QStringLiteral("5.7.8") << 5;
    QTest::newRow("3-digit detail") << QByteArray("5.7.139 x") << QStringLiteral("5.7.139") << 8;
    QTest::newRow("class 3 invalid") << QByteArray("3.0.0 x") << QString() << 0;
    QTest::newRow("trailing garbage") << QByteArray("5.7.8x") << QString() << 0;
    QTest::newRow("four-digit part") << QByteArray("5.1234.1 x") << QString() << 0;
    QTest::newRow("words") << QByteArray("Ok fine") << QString() << 0;
}

void TestReplyParser::enhancedStatusParsing()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    QFETCH(int, used);
    EnhancedStatus status;
    QCOMPARE(EnhancedStatus::parse(text, &status), used);
    if (used)
        QCOMPARE(status.toString(), expected);
}

QTEST_GUILESS_MAIN(TestReplyParser)
#include "tst_replyparser.moc"
