// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// `stamp account`, `stamp check --account`, `stamp send --account` and
// `stamp discover` as a person runs them: against the Postfix test bed, with
// a private keychain (KeyringSession) and private config and data folders.
// After the whole cycle no file anywhere under them holds the password.

#include "KeyringSession.h"
#include "Peers.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace stamp;

class TestAccountsCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fullCycleKeepsThePasswordInTheKeychainOnly();
    void wrongSavedPasswordIsExplained();
    void withoutKeychain();
    void corruptAccountFileIsReported();
    void addFromPresetWithoutNetwork();
    void discoverWithoutNetworkReturnsPromptly();
    void usageErrors();

private:
    QHash<QString, QString> env(bool keychain = true) const;
    test::CliRun stamp(const QStringList &args, const QByteArray &input = {}, bool keychain = true) const;
    QStringList addArgs(const QString &name) const;
    void assertNoFileContains(const QByteArray &secret) const;

    test::PostfixTestbed m_postfix;
    test::KeyringSession m_keyring;
    QTemporaryDir m_dirs;
};

void TestAccountsCli::initTestCase()
{
    QVERIFY(m_dirs.isValid());
    const QString postfix = m_postfix.start();
    QVERIFY2(postfix.isEmpty(), qPrintable(postfix));
    const QString keyring = m_keyring.start();
    QVERIFY2(keyring.isEmpty(), qPrintable(keyring));
}

void TestAccountsCli::cleanupTestCase()
{
    m_keyring.stop();
    m_postfix.stop();
}

QHash<QString, QString> TestAccountsCli::env(bool keychain) const
{
    QHash<QString, QString> e { { QStringLiteral("XDG_CONFIG_HOME"),
                                    m_dirs.filePath(QStringLiteral("config")) },
        { QStringLiteral("XDG_DATA_HOME"), m_dirs.filePath(QStringLiteral("data")) },
        { QStringLiteral("XDG_CACHE_HOME"), m_dirs.filePath(QStringLiteral("cache")) } };
    if (keychain) {
        e.insert(m_keyring.environment());
    } else {
        // A bus that is not there: the keychain cannot be reached.
        e.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
            QStringLiteral("unix:path=") + m_dirs.filePath(QStringLiteral("no-such-bus")));
        e.insert(QStringLiteral("HOME"), m_dirs.filePath(QStringLiteral("home")));
    }
    return e;
}

test::CliRun TestAccountsCli::stamp(const QStringList &args, const QByteArray &input, bool keychain) const
{
    return test::runStamp(args, input, env(keychain));
}

QStringList TestAccountsCli::addArgs(const QString &name) const
{
    return { QStringLiteral("account"), QStringLiteral("add"), name, QStringLiteral("--email"),
        m_postfix.value(QStringLiteral("USER")), QStringLiteral("--host"), QStringLiteral("localhost"),
        QStringLiteral("--port"), m_postfix.value(QStringLiteral("STARTTLS_PORT")),
        QStringLiteral("--security"), QStringLiteral("starttls"), QStringLiteral("--ca-file"),
        m_postfix.value(QStringLiteral("CA_FILE")), QStringLiteral("--display-name"),
        QStringLiteral("Alice Testbed"), QStringLiteral("--password-stdin") };
}

void TestAccountsCli::assertNoFileContains(const QByteArray &secret) const
{
    int files = 0;
    for (const QString &root : { m_dirs.path(), m_keyring.home() }) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++files;
            const QByteArray data = file.readAll();
            QVERIFY2(!data.contains(secret), qPrintable(file.fileName()));
            QVERIFY2(!data.contains(secret.toBase64()), qPrintable(file.fileName()));
        }
    }
    QVERIFY(files >= 2); // at least accounts.json and the keyring
}

void TestAccountsCli::fullCycleKeepsThePasswordInTheKeychainOnly()
{
    const QByteArray password = m_postfix.value(QStringLiteral("PASSWORD")).toUtf8();
    test::CliRun run = stamp(addArgs(QStringLiteral("testbed")), password + '\n');
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("Password saved in the keychain."));

    run = stamp({ QStringLiteral("account"), QStringLiteral("list") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("testbed"));

    run = stamp({ QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("testbed") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("Password:     saved in the keychain"), run.out.constData());

    run = stamp({ QStringLiteral("check"), QStringLiteral("--account"), QStringLiteral("testbed") });
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
    for (const char *line :
        { "[PASS]  Look up localhost", "[PASS]  Connect to", "[PASS]  STARTTLS offered before TLS",
            "[PASS]  TLS after STARTTLS", "[PASS]  Capabilities", "[PASS]  Log in as" })
        QVERIFY2(run.out.contains(line), run.out.constData());

    run = stamp({ QStringLiteral("check"), QStringLiteral("--account"), QStringLiteral("testbed"),
        QStringLiteral("--send-test"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    // The test message is the last SMTP step; what the domain publishes
    // (tests/integration/tst_doctor_deliverability.cpp) comes after it.
    const QJsonArray steps = report.value(QStringLiteral("steps")).toArray();
    QVERIFY(steps.size() >= 2);
    QCOMPARE(steps.at(steps.size() - 2).toObject().value(QStringLiteral("id")).toString(),
        QStringLiteral("test-message"));
    QCOMPARE(
        steps.last().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("deliverability"));

    run = stamp({ QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("testbed"),
        QStringLiteral("--from"), m_postfix.value(QStringLiteral("USER")), QStringLiteral("--to"),
        QStringLiteral("someone@example.net"), QStringLiteral("--subject"), QStringLiteral("Hello"),
        QStringLiteral("--body"), QStringLiteral("Sent with a saved account"), QStringLiteral("--log"),
        m_dirs.filePath(QStringLiteral("transcript.log")) });
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
    QVERIFY(m_postfix.waitForLog(QStringLiteral("sasl_username=") + m_postfix.value(QStringLiteral("USER"))));

    assertNoFileContains(password);

    run = stamp({ QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("testbed") });
    QCOMPARE(run.exitCode, 0);
    run = stamp({ QStringLiteral("account"), QStringLiteral("list") });
    QVERIFY(!run.out.contains("testbed"));
}

void TestAccountsCli::wrongSavedPasswordIsExplained()
{
    test::CliRun run = stamp(addArgs(QStringLiteral("wrongpw")), "not-the-password\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = stamp({ QStringLiteral("check"), QStringLiteral("--account"), QStringLiteral("wrongpw") });
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.contains("[FAIL]  Log in as"));
    QVERIFY(run.out.contains("What to do: "));
    // set-password fixes it.
    run = stamp({ QStringLiteral("account"), QStringLiteral("set-password"), QStringLiteral("wrongpw"),
                    QStringLiteral("--password-stdin") },
        m_postfix.value(QStringLiteral("PASSWORD")).toUtf8() + '\n');
    QCOMPARE(run.exitCode, 0);
    run = stamp({ QStringLiteral("check"), QStringLiteral("--account"), QStringLiteral("wrongpw") });
    QVERIFY2(run.exitCode == 0, run.out.constData());
    QCOMPARE(
        stamp({ QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("wrongpw") }).exitCode,
        0);
    QVERIFY(m_keyring.lookup(QStringLiteral("stamp"), QStringLiteral("stamp:")).isEmpty());
}

void TestAccountsCli::withoutKeychain()
{
    const QByteArray password = m_postfix.value(QStringLiteral("PASSWORD")).toUtf8();
    test::CliRun run = stamp(addArgs(QStringLiteral("nokeychain")), password + '\n', false);
    QCOMPARE(run.exitCode, 3); // the account is saved, the password is not
    QVERIFY2(run.err.contains("No keychain is available on this computer"), run.err.constData());
    QVERIFY(run.err.contains("--password-stdin"));

    run = stamp(
        { QStringLiteral("check"), QStringLiteral("--account"), QStringLiteral("nokeychain") }, {}, false);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("No keychain is available"), run.err.constData());

    // For this run only, from standard input.
    run = stamp({ QStringLiteral("check"), QStringLiteral("--account"), QStringLiteral("nokeychain"),
                    QStringLiteral("--password-stdin") },
        password + '\n', false);
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
    assertNoFileContains(password);
    QCOMPARE(stamp({ QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("nokeychain") }, {},
                 false)
                 .exitCode,
        0);
}

void TestAccountsCli::corruptAccountFileIsReported()
{
    QTemporaryDir other;
    QHash<QString, QString> e = env();
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), other.path());
    QDir().mkpath(other.filePath(QStringLiteral("Stamp/stamp")));
    const QString path = other.filePath(QStringLiteral("Stamp/stamp/accounts.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"version\": 1, \"accounts\": [ {\"name\": \n");
    f.close();
    const test::CliRun run = test::runStamp({ QStringLiteral("account"), QStringLiteral("list") }, {}, e);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(path.toUtf8()), run.err.constData());
    QVERIFY(run.err.contains("A copy was kept as"));
    const test::CliRun add = test::runStamp(addArgs(QStringLiteral("x")), "pw\n", e);
    QCOMPARE(add.exitCode, 3);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("{\"version\": 1, \"accounts\": [ {\"name\": \n"));
}

// These two run `stamp` in a network namespace of its own (unshare -n), so
// whatever it tries cannot leave the machine.
void TestAccountsCli::addFromPresetWithoutNetwork()
{
    QProcess unshare;
    QProcessEnvironment pe = QProcessEnvironment::systemEnvironment();
    const QHash<QString, QString> e = env();
    for (auto it = e.cbegin(); it != e.cend(); ++it)
        pe.insert(it.key(), it.value());
    unshare.setProcessEnvironment(pe);
    unshare.start(QStringLiteral("unshare"),
        { QStringLiteral("-n"), QStringLiteral(STAMP_CLI), QStringLiteral("account"), QStringLiteral("add"),
            QStringLiteral("webde"), QStringLiteral("--email"), QStringLiteral("anna@web.de") });
    QVERIFY(unshare.waitForFinished(20000));
    const QByteArray out = unshare.readAllStandardOutput();
    QVERIFY2(unshare.exitCode() == 0, QByteArray(out + unshare.readAllStandardError()).constData());
    QVERIFY(out.contains("Found: smtp.web.de port 465 (tls), from the WEB.DE preset."));
    const test::CliRun show = stamp({ QStringLiteral("account"), QStringLiteral("show"),
        QStringLiteral("webde"), QStringLiteral("--json") });
    const QJsonObject account = QJsonDocument::fromJson(show.out).object();
    QCOMPARE(account.value(QStringLiteral("auth")).toObject().value(QStringLiteral("username")).toString(),
        QStringLiteral("anna")); // WEB.DE logs in with the local part
    QCOMPARE(account.value(QStringLiteral("provider")).toString(), QStringLiteral("web.de"));
    QCOMPARE(account.value(QStringLiteral("password")).toString(), QStringLiteral("not-saved"));
    QCOMPARE(
        stamp({ QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("webde") }).exitCode, 0);
}

void TestAccountsCli::discoverWithoutNetworkReturnsPromptly()
{
    QElapsedTimer timer;
    timer.start();
    QProcess unshare;
    unshare.start(QStringLiteral("unshare"),
        { QStringLiteral("-n"), QStringLiteral(STAMP_CLI), QStringLiteral("discover"),
            QStringLiteral("me@unknown-domain.test"), QStringLiteral("--json") });
    QVERIFY(unshare.waitForFinished(20000));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(unshare.exitCode(), 3);
    const QJsonObject result = QJsonDocument::fromJson(unshare.readAllStandardOutput()).object();
    QVERIFY(result.value(QStringLiteral("candidates")).toArray().isEmpty());
    QVERIFY(result.value(QStringLiteral("steps")).toArray().size() >= 6);
    qInfo("discovery with no network took %lld ms (stamp reported %d ms)", timer.elapsed(),
        result.value(QStringLiteral("ms")).toInt());
}

void TestAccountsCli::usageErrors()
{
    QCOMPARE(stamp({ QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("bad name"),
                       QStringLiteral("--email"), QStringLiteral("a@b.c") })
                 .exitCode,
        2);
    QCOMPARE(stamp({ QStringLiteral("account"), QStringLiteral("frobnicate") }).exitCode, 2);
    QCOMPARE(
        stamp({ QStringLiteral("account"), QStringLiteral("set-password"), QStringLiteral("x") }).exitCode,
        2);
    const test::CliRun run
        = stamp({ QStringLiteral("check"), QStringLiteral("--account"), QStringLiteral("missing") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("There is no account named \"missing\""));
    QCOMPARE(stamp({ QStringLiteral("check"), QStringLiteral("--account"), QStringLiteral("x"),
                       QStringLiteral("--host"), QStringLiteral("h") })
                 .exitCode,
        2);
}

QTEST_GUILESS_MAIN(TestAccountsCli)
#include "tst_accounts_cli.moc"
