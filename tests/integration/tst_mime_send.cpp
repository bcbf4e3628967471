// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// `stamp send` with the message options, end to end: the message is
// rendered to a temporary file, streamed to a real server (Postfix's
// smtp-sink on loopback) with dot-stuffing, and what the server stored is
// read back by both independent parsers. Mistakes in the options stop
// everything before a connection is made.

#include "MimeCheck.h"
#include "Peers.h"
#include "mime/Message.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace stamp;

class TestMimeSend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sendsWhatWasComposed();
    void refusesBeforeConnecting_data();
    void refusesBeforeConnecting();

private:
    QString file(const QString &name, const QByteArray &content);

    QTemporaryDir m_dir;
};

QString TestMimeSend::file(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestMimeSend::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("smtp-sink")).isEmpty()
            || QFile::exists(QStringLiteral("/usr/sbin/smtp-sink")),
        "smtp-sink (package postfix) is not installed; run packaging/linux/deps.sh test");
}

void TestMimeSend::sendsWhatWasComposed()
{
    // smtp-sink runs as nobody and writes each message it accepts here.
    QTemporaryDir dump;
    QVERIFY(dump.isValid());
    QFile::setPermissions(dump.path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
            | QFileDevice::WriteOther | QFileDevice::ExeOther);
    test::SmtpSink sink;
    const QString problem = sink.start({ QStringLiteral("-d"), dump.filePath(QStringLiteral("%M.")) });
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // Lines that start with a dot travel dot-stuffed (RFC 5321 §4.5.2) and
    // must come back unstuffed, byte for byte.
    const QString dots = file(QStringLiteral("dots.txt"), ".\n..\n.hidden\nFrom here\n.");
    QByteArray binary;
    for (int b = 0; b < 256; ++b)
        binary += char(b);
    const QString blob = file(QStringLiteral("Prüfbericht.bin"), binary);
    const test::CliRun run = test::runStamp({ QStringLiteral("send"), QStringLiteral("--host"),
        QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(sink.port()),
        QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--from"),
        QStringLiteral("Ann <ann@example.com>"), QStringLiteral("--from-name"), QStringLiteral("Ann Müller"),
        QStringLiteral("--to"), QStringLiteral("\"Lee, Bob\" <bob@example.org>"), QStringLiteral("--bcc"),
        QStringLiteral("hidden@example.net"), QStringLiteral("--subject"), QStringLiteral("Grüße mit Anhang"),
        QStringLiteral("--body"), QStringLiteral(".a body line with a dot\nand more"),
        QStringLiteral("--attach"), dots, QStringLiteral("--attach"), blob, QStringLiteral("--header"),
        QStringLiteral("X-Ticket: 42"), QStringLiteral("--log"), QStringLiteral("-") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("RCPT TO:<hidden@example.net>"), run.err.constData()); // Bcc: envelope only

    QStringList dumped;
    for (int i = 0; i < 50 && dumped.isEmpty(); ++i) {
        dumped = QDir(dump.path()).entryList(QDir::Files);
        if (dumped.isEmpty())
            QTest::qWait(100);
    }
    QCOMPARE(dumped.size(), 1);
    QFile stored(dump.filePath(dumped.constFirst()));
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QByteArray message = stored.readAll();
    // smtp-sink puts the envelope first (X-Rcpt-Args: ... names the Bcc
    // recipient), then its Received field and the message as it arrived.
    message = message.mid(message.indexOf("Received: "));
    QVERIFY(message.contains("\nTo: \"Lee, Bob\" <bob@example.org>\n"));
    const QString eml = m_dir.filePath(QStringLiteral("received.eml"));
    QFile out(eml);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(message);
    out.close();

    Message expected;
    expected.from
        = Address(QStringLiteral("Ann Müller"), QStringLiteral("ann"), QStringLiteral("example.com"));
    expected.to = AddressList::parse(QStringLiteral("\"Lee, Bob\" <bob@example.org>"));
    expected.bcc = AddressList::parse(QStringLiteral("hidden@example.net"));
    expected.subject = QStringLiteral("Grüße mit Anhang");
    expected.textBody = QStringLiteral(".a body line with a dot\nand more");
    expected.attachments = { { dots, {}, {} }, { blob, {}, {} } };
    expected.extraHeaders = { { QStringLiteral("X-Ticket"), QStringLiteral("42") } };
    QJsonObject expectation = test::mimeExpectation(expected, false);
    // smtp-sink stores lines with LF: the wire form is not checked here.
    expectation[QStringLiteral("wire")] = false;
    const QString manifest = m_dir.filePath(QStringLiteral("received.json"));
    QVERIFY(test::writeMimeManifest(manifest, { test::mimeCase(QStringLiteral("sent"), eml, expectation) }));
    for (const QString &script :
        { QStringLiteral("mime_check_email.py"), QStringLiteral("mime_check_gmime.py") }) {
        int exitCode = -1;
        const QString output = test::runMimeChecker(script, manifest, &exitCode);
        QVERIFY2(exitCode == 0, qPrintable(output));
    }
}

void TestMimeSend::refusesBeforeConnecting_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    const QString missing = m_dir.filePath(QStringLiteral("missing.pdf"));
    QTest::newRow("missing attachment") << QStringList { "--attach",
        missing } << QStringLiteral("The attachment \"%1\" does not exist.").arg(missing);
    QTest::newRow("folder attachment") << QStringList { "--attach",
        m_dir.path() } << QStringLiteral("The attachment \"%1\" is a folder, not a file.").arg(m_dir.path());
    QTest::newRow("subject injection") << QStringList { "--subject", "Hi\r\nBcc: victim@example.net" }
                                       << QStringLiteral("The subject contains a line break");
    QTest::newRow("header injection")
        << QStringList { "--header", "X-A: b\nBcc: victim@example.net" }
        << QStringLiteral("The value of the header \"X-A\" contains a line break");
    QTest::newRow("bad recipient") << QStringList { "--cc", "Ann Lee ann@example.com" }
                                   << QStringLiteral("as in: Ann Lee <ann@example.com>");
    QTest::newRow("reserved header") << QStringList { "--header", "Bcc: victim@example.net" }
                                     << QStringLiteral("written by Stamp itself");
    QTest::newRow("eml with content") << QStringList { "--eml", missing, "--subject", "x" }
                                      << QStringLiteral("--eml sends a complete message");
}

void TestMimeSend::refusesBeforeConnecting()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    // Port 9 on loopback has no server: a run that got as far as connecting
    // would end with "not sent" (3), not with a usage error (2).
    const test::CliRun run
        = test::runStamp(QStringList { "send", "--host", "127.0.0.1", "--port", "9", "--security", "none",
                             "--from", "a@example.com", "--to", "b@example.org" }
            + options);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
}

QTEST_GUILESS_MAIN(TestMimeSend)
#include "tst_mime_send.moc"
