// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// `stamp render mailto:...` and `stamp send mailto:...` as a person runs
// them: the real binary, its message read back by Python's `email` package
// (a parser that shares no code with ours). The link's recipients, subject
// and text make the message, the options add to or replace them, Bcc stays
// out of the headers, what a link must not set (RFC 6068 §7) is refused or
// ignored aloud, and the launch routing leaves other commands alone.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestMailtoCli : public QObject
{
    Q_OBJECT

private slots:
    void renderFromLink();
    void optionsAddAndReplace();
    void unsafeLinkRefused();
    void routing();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QString err;
    };
    static Run stamp(const QStringList &arguments);
    // The headers and text as Python's email package reads them.
    static QJsonObject readBack(const QByteArray &message);
};

TestMailtoCli::Run TestMailtoCli::stamp(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(STAMP_CLI), arguments);
    if (!process.waitForFinished(30000))
        return {};
    return { process.exitCode(), process.readAllStandardOutput(),
        QString::fromUtf8(process.readAllStandardError()) };
}

QJsonObject TestMailtoCli::readBack(const QByteArray &message)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), { QStringLiteral("-c"), QStringLiteral(R"(
import email, email.policy, json, sys
m = email.message_from_bytes(sys.stdin.buffer.read(), policy=email.policy.default)
print(json.dumps({k: str(m[k]) for k in ("To", "Cc", "Bcc", "Subject", "From", "In-Reply-To", "References",
                                           "X-Priority") if m[k] is not None} | {"body": m.get_content().replace("\r\n", "\n")}))
)") });
    python.write(message);
    python.closeWriteChannel();
    python.waitForFinished(30000);
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

void TestMailtoCli::renderFromLink()
{
    const Run run
        = stamp({ QStringLiteral("render"), QStringLiteral("--from"), QStringLiteral("me@example.org"),
            QStringLiteral("mailto:ann@example.org,%C3%B6rjan@b%C3%BCcher.example?cc=bob@example.org"
                           "&Cc=carol@example.org&bcc=dave@example.org&subject=Caf%C3%A9%20%3D%3F"
                           "&body=Two%20espressos%0D%0Athanks&In-Reply-To=%3Cq1@example.org%3E") });
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    // Every line of the message ends in CRLF (RFC 5322 §2.1), the text's too.
    QVERIFY(run.out.contains("Two espressos\r\nthanks"));
    const QJsonObject headers = readBack(run.out);
    QCOMPARE(headers.value(QStringLiteral("To")).toString(),
        QString::fromUtf8("ann@example.org, örjan@bücher.example"));
    QCOMPARE(
        headers.value(QStringLiteral("Cc")).toString(), QStringLiteral("bob@example.org, carol@example.org"));
    QVERIFY(!headers.contains(QStringLiteral("Bcc")));
    QVERIFY(!run.out.contains("dave@example.org"));
    QCOMPARE(headers.value(QStringLiteral("Subject")).toString(), QString::fromUtf8("Café =?"));
    QCOMPARE(headers.value(QStringLiteral("In-Reply-To")).toString(), QStringLiteral("<q1@example.org>"));
    QCOMPARE(headers.value(QStringLiteral("body")).toString(), QStringLiteral("Two espressos\nthanks\n"));
}

void TestMailtoCli::optionsAddAndReplace()
{
    const Run run
        = stamp({ QStringLiteral("render"), QStringLiteral("mailto:ann@example.org?subject=old&body=old"),
            QStringLiteral("--from"), QStringLiteral("me@example.org"), QStringLiteral("--to"),
            QStringLiteral("extra@example.org"), QStringLiteral("--subject"), QStringLiteral("new") });
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QJsonObject headers = readBack(run.out);
    QCOMPARE(
        headers.value(QStringLiteral("To")).toString(), QStringLiteral("ann@example.org, extra@example.org"));
    QCOMPARE(headers.value(QStringLiteral("Subject")).toString(), QStringLiteral("new"));
    QCOMPARE(headers.value(QStringLiteral("body")).toString(), QStringLiteral("old\n"));
}

void TestMailtoCli::unsafeLinkRefused()
{
    // Fields a link must never set are ignored, and said so.
    Run run = stamp({ QStringLiteral("render"), QStringLiteral("--from"), QStringLiteral("me@example.org"),
        QStringLiteral("mailto:ann@example.org?attach=%2Fetc%2Fpasswd&from=boss@example.com"
                       "&X-Priority=1&subject=hi") });
    QCOMPARE(run.code, 0);
    QVERIFY2(run.err.contains(QStringLiteral("\"attach\" field is ignored")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("\"from\" field is ignored")), qPrintable(run.err));
    const QJsonObject headers = readBack(run.out);
    QCOMPARE(headers.value(QStringLiteral("From")).toString(), QStringLiteral("me@example.org"));
    QVERIFY(!headers.contains(QStringLiteral("X-Priority")));
    QVERIFY(!run.out.contains("passwd"));
    QVERIFY(!run.out.contains("multipart"));

    // A line break into a header, or a wrong address: nothing written, and
    // each reason given.
    run = stamp({ QStringLiteral("render"), QStringLiteral("--from"), QStringLiteral("me@example.org"),
        QStringLiteral("mailto:ann@?subject=hi%0D%0ABcc:%20evil@example.net") });
    QCOMPARE(run.code, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("Address in To: \"ann@\"")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("subject contains a line break")), qPrintable(run.err));

    run = stamp({ QStringLiteral("send"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
        QStringLiteral("--from"), QStringLiteral("me@example.org"),
        QStringLiteral("mailto:a@example.org?body=%ZZ") });
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QStringLiteral("malformed escape \"%ZZ\"")), qPrintable(run.err));

    run = stamp({ QStringLiteral("render"), QStringLiteral("--from"), QStringLiteral("me@example.org"),
        QStringLiteral("mailto:a@example.org"), QStringLiteral("mailto:b@example.org") });
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QStringLiteral("only one mailto: link")), qPrintable(run.err));
}

void TestMailtoCli::routing()
{
    // `stamp compose --help` stays on the command line; other commands too.
    Run run = stamp({ QStringLiteral("compose"), QStringLiteral("--help") });
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains("mailto:"));
    run = stamp({ QStringLiteral("compose"), QStringLiteral("nonsense") });
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QStringLiteral("is not a mailto: link")), qPrintable(run.err));
    run = stamp({ QStringLiteral("--help") });
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains("compose"));
    run = stamp({ QStringLiteral("no-such-command") });
    QCOMPARE(run.code, 2);
    QVERIFY(run.err.contains(QStringLiteral("unknown command")));
}

QTEST_GUILESS_MAIN(TestMailtoCli)
#include "tst_mailto_cli.moc"
