// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Templates from the command line: `stamp template list|show|delete`, and
// `stamp send --template NAME` through smtp-sink on loopback, whose
// received bytes carry the template's subject, text and attachment with
// the command line's recipients.

#include "Peers.h"
#include "outbox/TemplateStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace stamp;

class TestTemplatesCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void sendFromTemplateThroughRealPeer();
    void optionsOverrideAndAdd();
    void missingAttachmentStopsTheSend();
    void unknownTemplateIsAUsageError();
    void listShowDelete();

private:
    test::CliRun stamp(const QStringList &args) const;
    QList<QByteArray> received(int expected) const;
    QString attachmentPath(const QString &name, const QByteArray &content) const;

    QTemporaryDir m_dirs;
    std::unique_ptr<QTemporaryDir> m_dump;
    test::SmtpSink m_sink;
    QString m_templateDir;
    const QByteArray m_attachment = QByteArrayLiteral("numbers\x01\x02\x03 for the week");
};

void TestTemplatesCli::initTestCase()
{
    QVERIFY(m_dirs.isValid());
    m_dump = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dump->isValid());
    // smtp-sink runs as nobody and writes each message it accepts here.
    QFile::setPermissions(m_dump->path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
            | QFileDevice::WriteOther | QFileDevice::ExeOther);
    const QString sink = m_sink.start({ QStringLiteral("-d"), m_dump->path() + QStringLiteral("/%H%M%S.") });
    QVERIFY2(sink.isEmpty(), qPrintable(sink));
    // smtp-sink writes what it received with bare LF line ends.
    const test::CliRun add = stamp(
        { QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("sink"), QStringLiteral("--email"),
            QStringLiteral("ann@example.com"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
            QStringLiteral("--port"), QString::number(m_sink.port()), QStringLiteral("--security"),
            QStringLiteral("none"), QStringLiteral("--auth"), QStringLiteral("none") });
    QVERIFY2(add.exitCode == 0, QByteArray(add.out + add.err).constData());
    // Where the command keeps templates, as it says itself.
    const test::CliRun list = stamp({ QStringLiteral("template"), QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(list.exitCode, 0);
    m_templateDir = QJsonDocument::fromJson(list.out).object().value(QStringLiteral("directory")).toString();
    QVERIFY(m_templateDir.startsWith(m_dirs.path()));
}

void TestTemplatesCli::cleanupTestCase()
{
    m_sink.stop();
}

void TestTemplatesCli::init()
{
    for (const QString &name : QDir(m_dump->path()).entryList(QDir::Files))
        QFile::remove(QDir(m_dump->path()).filePath(name));
    QDir(m_templateDir).removeRecursively();
    // The template as the window saves it.
    Template weekly;
    weekly.name = QStringLiteral("Weekly numbers");
    weekly.content.from = QStringLiteral("Ann <ann@example.com>");
    weekly.content.to = QStringLiteral("old@example.net");
    weekly.content.cc = QStringLiteral("copy@example.net");
    weekly.content.subject = QStringLiteral("The week in numbers");
    weekly.content.text = QStringLiteral("Hello team,\nthe numbers are attached.\n");
    weekly.content.attachments = { attachmentPath(QStringLiteral("numbers.bin"), m_attachment) };
    TemplateStore store(m_templateDir);
    QCOMPARE(store.save(weekly), QString());
}

test::CliRun TestTemplatesCli::stamp(const QStringList &args) const
{
    return test::runStamp(args, {},
        { { QStringLiteral("XDG_CONFIG_HOME"), m_dirs.filePath(QStringLiteral("config")) },
            { QStringLiteral("XDG_DATA_HOME"), m_dirs.filePath(QStringLiteral("data")) },
            { QStringLiteral("XDG_CACHE_HOME"), m_dirs.filePath(QStringLiteral("cache")) } });
}

QString TestTemplatesCli::attachmentPath(const QString &name, const QByteArray &content) const
{
    const QString path = m_dirs.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

QList<QByteArray> TestTemplatesCli::received(int expected) const
{
    QStringList files;
    for (int i = 0; i < 50; ++i) {
        files = QDir(m_dump->path()).entryList(QDir::Files);
        if (files.size() >= expected)
            break;
        QTest::qWait(100);
    }
    QList<QByteArray> messages;
    for (const QString &name : files) {
        QFile file(QDir(m_dump->path()).filePath(name));
        if (file.open(QIODevice::ReadOnly))
            messages << file.readAll();
    }
    return messages;
}

void TestTemplatesCli::sendFromTemplateThroughRealPeer()
{
    // The name in another case finds it: names are one regardless of case.
    const test::CliRun run = stamp({ QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("sink"),
        QStringLiteral("--template"), QStringLiteral("weekly NUMBERS"), QStringLiteral("--to"),
        QStringLiteral("bob@example.net") });
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
    const QList<QByteArray> messages = received(1);
    QCOMPARE(messages.size(), 1);
    const QByteArray &message = messages.first();
    QVERIFY2(message.contains("\nSubject: The week in numbers\n"), message.constData());
    QVERIFY(message.contains("Hello team,\nthe numbers are attached."));
    QVERIFY(message.contains("\nFrom: Ann <ann@example.com>\n"));
    // --to replaced the template's To; its Cc stands.
    QVERIFY(message.contains("\nTo: bob@example.net\n"));
    QVERIFY(!message.contains("old@example.net"));
    QVERIFY(message.contains("\nCc: copy@example.net\n"));
    // The attachment, by name and by content (base64, RFC 2045 §6.8).
    QVERIFY(message.contains("numbers.bin"));
    QVERIFY2(message.contains(m_attachment.toBase64()), message.constData());
}

void TestTemplatesCli::optionsOverrideAndAdd()
{
    const QString extra = attachmentPath(QStringLiteral("extra.bin"), QByteArrayLiteral("\x05\x06 one more file"));
    const test::CliRun run = stamp({ QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("sink"),
        QStringLiteral("--template"), QStringLiteral("Weekly numbers"), QStringLiteral("--subject"),
        QStringLiteral("Numbers, late"), QStringLiteral("--attach"), extra });
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
    const QList<QByteArray> messages = received(1);
    QCOMPARE(messages.size(), 1);
    const QByteArray &message = messages.first();
    QVERIFY(message.contains("\nSubject: Numbers, late\n"));
    QVERIFY(message.contains("\nTo: old@example.net\n"));  // no --to: the template's
    QVERIFY(message.contains("Hello team,"));
    // --attach adds to the template's attachments.
    QVERIFY(message.contains(m_attachment.toBase64()));
    QVERIFY(message.contains(QByteArrayLiteral("\x05\x06 one more file").toBase64()));
}

void TestTemplatesCli::missingAttachmentStopsTheSend()
{
    QVERIFY(QFile::remove(m_dirs.filePath(QStringLiteral("numbers.bin"))));
    const test::CliRun run = stamp({ QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("sink"),
        QStringLiteral("--template"), QStringLiteral("Weekly numbers") });
    QCOMPARE(run.exitCode, 2);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(m_dirs.filePath(QStringLiteral("numbers.bin"))), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("Weekly numbers")), qPrintable(err));
    QTest::qWait(500);
    QVERIFY(QDir(m_dump->path()).entryList(QDir::Files).isEmpty());
    // `show` marks it too.
    const test::CliRun show = stamp({ QStringLiteral("template"), QStringLiteral("show"), QStringLiteral("Weekly numbers") });
    QCOMPARE(show.exitCode, 0);
    QVERIFY2(show.out.contains("numbers.bin (missing)"), show.out.constData());
}

void TestTemplatesCli::unknownTemplateIsAUsageError()
{
    const test::CliRun run = stamp({ QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("sink"),
        QStringLiteral("--template"), QStringLiteral("nothing"), QStringLiteral("--to"), QStringLiteral("bob@example.net") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("no template named \"nothing\""), run.err.constData());
}

void TestTemplatesCli::listShowDelete()
{
    test::CliRun run = stamp({ QStringLiteral("template"), QStringLiteral("list") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("Weekly numbers"));
    QVERIFY(run.out.contains("The week in numbers"));

    run = stamp({ QStringLiteral("template"), QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 0);
    const QJsonArray templates = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("templates")).toArray();
    QCOMPARE(templates.size(), 1);
    QCOMPARE(templates.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Weekly numbers"));
    QCOMPARE(templates.at(0).toObject().value(QStringLiteral("to")).toString(), QStringLiteral("old@example.net"));

    // A name with a space, given as two words.
    run = stamp({ QStringLiteral("template"), QStringLiteral("show"), QStringLiteral("weekly"), QStringLiteral("numbers") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("Subject: The week in numbers"));
    QVERIFY(run.out.contains("Cc: copy@example.net"));
    QVERIFY(run.out.contains("the numbers are attached."));

    run = stamp({ QStringLiteral("template"), QStringLiteral("delete"), QStringLiteral("Weekly numbers") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = stamp({ QStringLiteral("template"), QStringLiteral("show"), QStringLiteral("Weekly numbers") });
    QCOMPARE(run.exitCode, 3);
    run = stamp({ QStringLiteral("template"), QStringLiteral("list") });
    QVERIFY(run.out.contains("There are no templates."));
}

QTEST_GUILESS_MAIN(TestTemplatesCli)
#include "tst_templates_cli.moc"
