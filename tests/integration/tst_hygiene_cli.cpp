// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// `stamp send` with a saved account, through smtp-sink on loopback, as a
// person runs it: a From domain the account does not speak for and a
// mailing without one-click unsubscribe are warned about on standard error
// (never in --json output), and the message goes all the same.

#include "Peers.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace stamp;

class TestHygieneCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void mailboxProviderFromIsWarnedAndSent();
    void ownDomainNamesTheDomainCheck();
    void alignedFromSaysNothing();
    void jsonStaysClean();
    void mailingWithoutOneClick();
    void preparedFileIsJudgedByItsFromField();

private:
    test::CliRun stamp(const QStringList &args) const;
    test::CliRun send(const QString &from, const QStringList &more = {}) const;
    // The messages smtp-sink accepted since init(), as they arrived.
    QList<QByteArray> received(int expected) const;

    QTemporaryDir m_dirs;
    std::unique_ptr<QTemporaryDir> m_dump;
    test::SmtpSink m_sink;
};

void TestHygieneCli::initTestCase()
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
    // An account on example.com that sends through the sink without a login.
    const test::CliRun run = stamp(
        { QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("sink"), QStringLiteral("--email"),
            QStringLiteral("ann@example.com"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
            QStringLiteral("--port"), QString::number(m_sink.port()), QStringLiteral("--security"),
            QStringLiteral("none"), QStringLiteral("--auth"), QStringLiteral("none") });
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
}

void TestHygieneCli::cleanupTestCase()
{
    m_sink.stop();
}

void TestHygieneCli::init()
{
    for (const QString &name : QDir(m_dump->path()).entryList(QDir::Files))
        QFile::remove(QDir(m_dump->path()).filePath(name));
}

test::CliRun TestHygieneCli::stamp(const QStringList &args) const
{
    return test::runStamp(args, {},
        { { QStringLiteral("XDG_CONFIG_HOME"), m_dirs.filePath(QStringLiteral("config")) },
            { QStringLiteral("XDG_DATA_HOME"), m_dirs.filePath(QStringLiteral("data")) },
            { QStringLiteral("XDG_CACHE_HOME"), m_dirs.filePath(QStringLiteral("cache")) } });
}

test::CliRun TestHygieneCli::send(const QString &from, const QStringList &more) const
{
    QStringList args { QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("sink") };
    if (!from.isEmpty())
        args << QStringLiteral("--from") << from;
    args << more;
    if (!more.contains(QStringLiteral("--to")))
        args << QStringLiteral("--to") << QStringLiteral("bob@example.net");
    if (!more.contains(QStringLiteral("--eml")))
        args << QStringLiteral("--subject") << QStringLiteral("Hygiene") << QStringLiteral("--body")
             << QStringLiteral("Hello");
    return stamp(args);
}

QList<QByteArray> TestHygieneCli::received(int expected) const
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

void TestHygieneCli::mailboxProviderFromIsWarnedAndSent()
{
    const test::CliRun run = send(QStringLiteral("Boss <boss@gmail.com>"));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(
                 QStringLiteral("stamp send: warning: The From address is at gmail.com, a Gmail address")),
        qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("will likely land in spam or be refused")), qPrintable(err));
    QVERIFY(!run.out.contains("warning"));
    // Advice only: the sink has it, From as given.
    const QList<QByteArray> messages = received(1);
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.first().contains("\nFrom: Boss <boss@gmail.com>"));
}

void TestHygieneCli::ownDomainNamesTheDomainCheck()
{
    const test::CliRun run = send(QStringLiteral("ann@shop.example.org"));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(
        err.contains(QStringLiteral("The From address is at shop.example.org, but this account's address is "
                                    "at example.com.")),
        qPrintable(err));
    // On the command line the remedy is the command that checks the domain.
    QVERIFY2(err.contains(QStringLiteral("Run 'stamp domain check shop.example.org'")), qPrintable(err));
    QCOMPARE(err.count(QStringLiteral("warning:")), 1);
    QCOMPARE(received(1).size(), 1);
}

void TestHygieneCli::alignedFromSaysNothing()
{
    // The account's address, and a subdomain of it (relaxed alignment).
    for (const QString &from : { QString(), QStringLiteral("news@mail.example.com") }) {
        const test::CliRun run = send(from);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(!run.err.contains("warning"), run.err.constData());
    }
    QCOMPARE(received(2).size(), 2);
}

void TestHygieneCli::jsonStaysClean()
{
    const test::CliRun run = send(QStringLiteral("boss@gmail.com"), { QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("warning: The From address is at gmail.com"), run.err.constData());
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(run.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());
    QCOMPARE(object.value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
    QVERIFY(!run.out.contains("gmail.com a Gmail"));
    QVERIFY(!object.contains(QStringLiteral("warnings")));
}

void TestHygieneCli::mailingWithoutOneClick()
{
    QStringList to;
    for (int i = 1; i <= 50; ++i)
        to << QStringLiteral("--to") << QStringLiteral("member%1@example.net").arg(i);
    test::CliRun run = send({}, to);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(
        run.err.contains("warning: This message goes to 50 recipients at once without a way to unsubscribe"),
        run.err.constData());

    // One-click unsubscribe given (RFC 8058): nothing to say.
    run = send({},
        to
            + QStringList { QStringLiteral("--header"),
                QStringLiteral("List-Unsubscribe: <https://example.com/u/1>"), QStringLiteral("--header"),
                QStringLiteral("List-Unsubscribe-Post: List-Unsubscribe=One-Click") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(!run.err.contains("warning"), run.err.constData());

    // The link without the -Post field is not one-click.
    run = send({},
        to
            + QStringList {
                QStringLiteral("--header"), QStringLiteral("List-Unsubscribe: <https://example.com/u/1>") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("offers no one-click unsubscribe"), run.err.constData());
    QCOMPARE(received(3).size(), 3);
}

void TestHygieneCli::preparedFileIsJudgedByItsFromField()
{
    const QString path = m_dirs.filePath(QStringLiteral("prepared.eml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("From: Boss <boss@yahoo.com>\r\nTo: bob@example.net\r\nSubject: prepared\r\n"
               "Date: Sat, 05 Dec 2026 10:00:00 +0000\r\nMessage-ID: <1@example.com>\r\n\r\nHello\r\n");
    file.close();
    // The envelope sender is the account's; receivers judge the From field.
    const test::CliRun run = send(QStringLiteral("ann@example.com"), { QStringLiteral("--eml"), path });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("warning: The From address is at yahoo.com, a Yahoo"), run.err.constData());
    QCOMPARE(received(1).size(), 1);
}

QTEST_GUILESS_MAIN(TestHygieneCli)
#include "tst_hygiene_cli.moc"
