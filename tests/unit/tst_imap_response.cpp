// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The IMAP response reader (RFC 9051 §4, §7; RFC 3501 §9), the mailbox
// name codec (RFC 3501 §5.1.3) and what a failure means to the outbox:
// all without a socket, byte by byte.

#include "imap/ImapResponseReader.h"
#include "imap/MailboxName.h"
#include "imap/SentCopyJob.h"

#include <QTest>

using namespace stamp;
using namespace stamp::imap;

Q_DECLARE_METATYPE(stamp::imap::SentCopyResult::Outcome)

class TestImapResponse : public QObject
{
    Q_OBJECT

private slots:
    void statusResponses();
    void untaggedData();
    void continuation();
    void literalsByteByByte();
    void quotedEscapes();
    void malformed_data();
    void malformed();
    void lineBound();
    void literalBound();
    void injectedBytesStayBuffered();
    void mailboxNames_data();
    void mailboxNames();
    void badMailboxNames_data();
    void badMailboxNames();
    void quotedMailbox();
    void outcome_data();
    void outcome();
};

namespace {
ImapResponse one(const QByteArray &bytes)
{
    ImapResponseReader reader;
    reader.feed(bytes);
    const std::optional<ImapResponse> r = reader.next();
    if (!r)
        qWarning("%s", qPrintable(reader.errorString()));
    return r.value_or(ImapResponse {});
}
} // namespace

void TestImapResponse::statusResponses()
{
    ImapResponse r = one("A003 OK [APPENDUID 38505 3955] APPEND completed\r\n");
    QCOMPARE(r.kind, ImapResponse::Kind::Tagged);
    QCOMPARE(r.tag, QByteArray("A003"));
    QCOMPARE(r.status, ImapResponse::Status::Ok);
    QCOMPARE(r.code, QByteArray("APPENDUID"));
    QCOMPARE(r.codeArguments, (QList<QByteArray> { "38505", "3955" }));
    QCOMPARE(r.text, QByteArray("APPEND completed"));

    r = one("a1 no [OVERQUOTA] Quota exceeded (mailbox for user is full)\r\n");
    QCOMPARE(r.status, ImapResponse::Status::No);
    QCOMPARE(r.code, QByteArray("OVERQUOTA"));
    QCOMPARE(r.text, QByteArray("Quota exceeded (mailbox for user is full)"));

    r = one("* BYE Autologout; idle for too long\r\n");
    QCOMPARE(r.kind, ImapResponse::Kind::Untagged);
    QCOMPARE(r.status, ImapResponse::Status::Bye);

    r = one("* OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN] Dovecot ready.\r\n");
    QCOMPARE(r.status, ImapResponse::Status::Ok);
    QCOMPARE(r.code, QByteArray("CAPABILITY"));
    QCOMPARE(r.codeArguments, (QList<QByteArray> { "IMAP4rev1", "STARTTLS", "AUTH=PLAIN" }));

    // A status text ending in what looks like a literal is text (status
    // responses carry no literals).
    r = one("* PREAUTH hello {5}\r\n");
    QCOMPARE(r.status, ImapResponse::Status::Preauth);
    QCOMPARE(r.text, QByteArray("hello {5}"));

    r = one("A9 OK\r\n");
    QCOMPARE(r.status, ImapResponse::Status::Ok);
    QVERIFY(r.text.isEmpty());
}

void TestImapResponse::untaggedData()
{
    ImapResponse r = one("* LIST (\\HasNoChildren \\Sent) \"/\" \"Sent Items\"\r\n");
    QVERIFY(r.isData("LIST"));
    QCOMPARE(r.data.size(), 4);
    QCOMPARE(r.data.at(1).type, ImapItem::Type::List);
    QCOMPARE(r.data.at(1).items.size(), 2);
    QVERIFY(r.data.at(1).items.at(1).isAtom("\\SENT"));
    QCOMPARE(r.data.at(2).text, QByteArray("/"));
    QCOMPARE(r.data.at(3).type, ImapItem::Type::String);
    QCOMPARE(r.data.at(3).text, QByteArray("Sent Items"));

    r = one("* LIST (\\Noselect) NIL INBOX\r\n");
    QCOMPARE(r.data.at(2).type, ImapItem::Type::Nil);
    QCOMPARE(r.data.at(3).text, QByteArray("INBOX"));

    r = one("* SEARCH 2 84 882\r\n");
    QVERIFY(r.isData("SEARCH"));
    QCOMPARE(r.data.size(), 4);
    QCOMPARE(r.data.at(3).text, QByteArray("882"));

    r = one("* SEARCH\r\n");
    QVERIFY(r.isData("SEARCH"));
    QCOMPARE(r.data.size(), 1);

    r = one("* 23 EXISTS\r\n");
    QCOMPARE(r.data.at(0).text, QByteArray("23"));
    QVERIFY(r.data.at(1).isAtom("EXISTS"));

    r = one("* CAPABILITY IMAP4rev1 LITERAL+ SASL-IR\r\n");
    QVERIFY(r.isData("CAPABILITY"));
    QCOMPARE(r.data.size(), 4);
}

void TestImapResponse::continuation()
{
    ImapResponse r = one("+ Ready for literal data\r\n");
    QCOMPARE(r.kind, ImapResponse::Kind::Continuation);
    QCOMPARE(r.text, QByteArray("Ready for literal data"));
    r = one("+ \r\n");
    QCOMPARE(r.kind, ImapResponse::Kind::Continuation);
    QVERIFY(r.text.isEmpty());
    r = one("+\r\n");
    QCOMPARE(r.kind, ImapResponse::Kind::Continuation);
}

void TestImapResponse::literalsByteByByte()
{
    const QByteArray bytes = "* LIST () \"/\" {11}\r\nSent\r\nItems\r\n* SEARCH 1\r\n";
    ImapResponseReader reader;
    QList<ImapResponse> got;
    for (char c : bytes) {
        reader.feed(QByteArray(1, c));
        while (std::optional<ImapResponse> r = reader.next())
            got << *r;
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(got.size(), 2);
    QCOMPARE(got.at(0).data.at(3).text, QByteArray("Sent\r\nItems"));
    QCOMPARE(got.at(0).display, QByteArray("* LIST () \"/\" {11 octets}"));
    QVERIFY(got.at(1).isData("SEARCH"));
    QVERIFY(!reader.hasBufferedData());
}

void TestImapResponse::quotedEscapes()
{
    const ImapResponse r = one("* LIST () \"/\" \"a\\\"b\\\\c\"\r\n");
    QCOMPARE(r.data.at(3).text, QByteArray("a\"b\\c"));
}

void TestImapResponse::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("bare LF") << QByteArray("* OK hi\n");
    QTest::newRow("bare LF inside") << QByteArray("* OK h\ni\r\n");
    QTest::newRow("NUL in text") << QByteArray("* OK h\0i\r\n", 10);
    QTest::newRow("unterminated quote") << QByteArray("* LIST () \"/\" \"Sent\r\n");
    QTest::newRow("bad escape") << QByteArray("* LIST () \"/\" \"a\\nb\"\r\n");
    QTest::newRow("unclosed list") << QByteArray("* LIST (\\Sent \"/\" Sent\r\n");
    QTest::newRow("tagged BYE") << QByteArray("A1 BYE no\r\n");
    QTest::newRow("tagged PREAUTH") << QByteArray("A1 PREAUTH no\r\n");
    QTest::newRow("tagged data") << QByteArray("A1 CAPABILITY IMAP4rev1\r\n");
    QTest::newRow("no tag") << QByteArray(" OK\r\n");
    QTest::newRow("star without space") << QByteArray("*OK\r\n");
    QTest::newRow("unterminated code") << QByteArray("A1 OK [APPENDUID 1 2 done\r\n");
    QTest::newRow("double space") << QByteArray("* SEARCH 1  2\r\n");
    QTest::newRow("tag with star") << QByteArray("A*1 OK\r\n");
}

void TestImapResponse::malformed()
{
    QFETCH(QByteArray, bytes);
    ImapResponseReader reader;
    reader.feed(bytes);
    QVERIFY(!reader.next());
    QVERIFY(reader.hasError());
    QVERIFY(!reader.errorString().isEmpty());
    // Once broken, the stream stays broken: nothing after it is trusted.
    reader.feed("* OK fine\r\n");
    QVERIFY(!reader.next());
}

void TestImapResponse::lineBound()
{
    ImapResponseReader reader;
    reader.feed("* OK " + QByteArray(ImapResponseReader::kMaxLine + 10, 'x'));
    QVERIFY(!reader.next());
    QVERIFY(reader.hasError());
    QVERIFY(reader.errorString().contains(QString::number(ImapResponseReader::kMaxLine)));

    // Just under the bound is fine.
    ImapResponseReader fine;
    fine.feed("* OK " + QByteArray(ImapResponseReader::kMaxLine - 10, 'x') + "\r\n");
    QVERIFY(fine.next());
}

void TestImapResponse::literalBound()
{
    ImapResponseReader reader;
    reader.feed("* LIST () \"/\" {" + QByteArray::number(ImapResponseReader::kMaxLiteral + 1) + "}\r\n");
    QVERIFY(!reader.next());
    QVERIFY(reader.hasError());
}

void TestImapResponse::injectedBytesStayBuffered()
{
    // The STARTTLS case: the tagged OK and a plaintext line in one segment.
    ImapResponseReader reader;
    reader.feed("A2 OK Begin TLS\r\n* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n");
    QVERIFY(reader.next());
    QVERIFY(reader.hasBufferedData());
    QCOMPARE(reader.unreadBytes(), QByteArray("* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n"));
    reader.reset();
    QVERIFY(!reader.hasBufferedData());
}

void TestImapResponse::mailboxNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("ascii") << QStringLiteral("Sent Items") << QByteArray("Sent Items");
    QTest::newRow("ampersand") << QStringLiteral("R&D") << QByteArray("R&-D");
    // RFC 3501 §5.1.3's own example.
    QTest::newRow("rfc example") << QStringLiteral("~peter/mail/\u53f0\u5317/\u65e5\u672c\u8a9e")
                                 << QByteArray("~peter/mail/&U,BTFw-/&ZeVnLIqe-");
    QTest::newRow("german") << QStringLiteral("Gesendete Objekte \u00c4")
                            << QByteArray("Gesendete Objekte &AMQ-");
    QTest::newRow("french") << QStringLiteral("\u00c9l\u00e9ments envoy\u00e9s")
                            << QByteArray("&AMk-l&AOk-ments envoy&AOk-s");
    QTest::newRow("emoji (surrogates)") << QStringLiteral("Sent \U0001F4E8") << QByteArray("Sent &2D3c6A-");
}

void TestImapResponse::mailboxNames()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, wire);
    QCOMPARE(MailboxName::encode(name), wire);
    QString error;
    const std::optional<QString> decoded = MailboxName::decode(wire, &error);
    QVERIFY2(decoded, qPrintable(error));
    QCOMPARE(*decoded, name);
}

void TestImapResponse::badMailboxNames_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("unterminated") << QByteArray("Sent &AMk");
    QTest::newRow("shifted ascii") << QByteArray("&AEE-"); // "A" must stand for itself
    QTest::newRow("slash not comma") << QByteArray("&U/BTFw-");
    QTest::newRow("padding") << QByteArray("&AMk=-");
    QTest::newRow("8-bit byte") << QByteArray("Gel\xc3\xb6scht");
    QTest::newRow("control") << QByteArray("a\tb");
    QTest::newRow("odd length") << QByteArray("&AM-");
}

void TestImapResponse::badMailboxNames()
{
    QFETCH(QByteArray, wire);
    QString error;
    QVERIFY(!MailboxName::decode(wire, &error));
    QVERIFY(!error.isEmpty());
}

void TestImapResponse::quotedMailbox()
{
    QCOMPARE(MailboxName::quoted(QStringLiteral("a\"b\\c")), QByteArray("\"a\\\"b\\\\c\""));
    QCOMPARE(MailboxName::quoted(QStringLiteral("\u00c9")), QByteArray("\"&AMk-\""));
}

void TestImapResponse::outcome_data()
{
    using O = SentCopyResult::Outcome;
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<O>("expected");
    auto row = [](const char *name, ImapStep step, NetworkFault fault, ImapResponse::Status status,
                   const QByteArray &code, O expected) {
        QTest::newRow(name) << int(step) << int(fault) << int(status) << code << expected;
    };
    using S = ImapResponse::Status;
    row("refused", ImapStep::Connect, NetworkFault::ConnectionRefused, S::None, {}, O::RetryLater);
    row("no host", ImapStep::Connect, NetworkFault::HostNotFound, S::None, {}, O::RetryLater);
    row("timeout", ImapStep::Append, NetworkFault::Timeout, S::None, {}, O::RetryLater);
    row("dropped", ImapStep::Append, NetworkFault::RemoteClosed, S::None, {}, O::RetryLater);
    row("BYE", ImapStep::Search, NetworkFault::RemoteClosed, S::Bye, {}, O::RetryLater);
    row("greeting BYE", ImapStep::Greeting, NetworkFault::RemoteClosed, S::Bye, {}, O::RetryLater);
    row("malformed", ImapStep::FindSent, NetworkFault::ProtocolViolation, S::None, {}, O::RetryLater);
    row("UNAVAILABLE login", ImapStep::Login, NetworkFault::None, S::No, "UNAVAILABLE", O::RetryLater);
    row("INUSE", ImapStep::Append, NetworkFault::None, S::No, "INUSE", O::RetryLater);
    row("OVERQUOTA", ImapStep::Append, NetworkFault::None, S::No, "OVERQUOTA", O::RetryLater);
    row("login refused", ImapStep::Login, NetworkFault::None, S::No, "AUTHENTICATIONFAILED", O::NeedsPerson);
    row("login BAD", ImapStep::Login, NetworkFault::None, S::Bad, {}, O::NeedsPerson);
    row("untrusted", ImapStep::Tls, NetworkFault::CertificateRejected, S::None, {}, O::NeedsPerson);
    row("pin", ImapStep::Tls, NetworkFault::PinMismatch, S::None, {}, O::NeedsPerson);
    row("no STARTTLS", ImapStep::StartTls, NetworkFault::StartTlsMissing, S::None, {}, O::NeedsPerson);
    row("STARTTLS injection", ImapStep::StartTls, NetworkFault::StartTlsInjection, S::None, {},
        O::NeedsPerson);
    row("no Sent", ImapStep::FindSent, NetworkFault::None, S::None, {}, O::NeedsPerson);
    row("TRYCREATE", ImapStep::Append, NetworkFault::None, S::No, "TRYCREATE", O::NeedsPerson);
    row("other NO", ImapStep::Append, NetworkFault::None, S::No, {}, O::NeedsPerson);
}

void TestImapResponse::outcome()
{
    QFETCH(int, step);
    QFETCH(int, fault);
    QFETCH(int, status);
    QFETCH(QByteArray, code);
    QFETCH(SentCopyResult::Outcome, expected);
    ImapFailure f;
    f.step = ImapStep(step);
    f.fault = NetworkFault(fault);
    f.status = ImapResponse::Status(status);
    f.code = code;
    f.serverText = QStringLiteral("server says no");
    const SentCopyResult r = SentCopyJob::fromFailure(
        f, QStringLiteral("imap.example.test"), QStringLiteral("alice"), QStringLiteral("Sent"), false);
    QCOMPARE(r.outcome, expected);
    QVERIFY(r.text.contains(QStringLiteral("imap.example.test")) || r.text.contains(QStringLiteral("Sent")));
    QVERIFY(r.failure.has_value());
}

QTEST_GUILESS_MAIN(TestImapResponse)
#include "tst_imap_response.moc"
