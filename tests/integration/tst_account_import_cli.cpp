// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// `stamp account import` and `stamp account export` as a person runs them,
// with private config folders and a private keychain (KeyringSession):
// previews that change nothing, a real import, and an exported account that
// the real msmtp accepts (--pretend) and sends through the Postfix test bed
// with the password it fetched from the keychain through secret-tool.

#include "KeyringSession.h"
#include "Peers.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace stamp;

class TestAccountImportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void previewsChangeNothing();
    void importNeedsConfirmationWithoutTerminal();
    void importForReal();
    void importOnATerminalAsksOnce();
    void exportIsAcceptedByMsmtpAndSends();
    void exportRefusesOAuthAndExistingFiles();
    void usageErrors();

private:
    QHash<QString, QString> env(const QString &config = QStringLiteral("config")) const;
    test::CliRun stamp(const QStringList &args, const QByteArray &input = {},
        const QString &config = QStringLiteral("config")) const;
    QString home() const { return m_keyring.home(); }
    QByteArray msmtprc() const;
    QJsonArray accounts(const QString &config = QStringLiteral("config")) const;

    test::PostfixTestbed m_postfix;
    test::KeyringSession m_keyring;
    QTemporaryDir m_dirs;
    QString m_msmtp;
};

void TestAccountImportCli::initTestCase()
{
    QVERIFY(m_dirs.isValid());
    m_msmtp = QStandardPaths::findExecutable(QStringLiteral("msmtp"));
    QVERIFY2(!m_msmtp.isEmpty(), "msmtp is missing: bash packaging/linux/deps.sh test");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty(), "secret-tool is missing");
    const QString postfix = m_postfix.start();
    QVERIFY2(postfix.isEmpty(), qPrintable(postfix));
    const QString keyring = m_keyring.start();
    QVERIFY2(keyring.isEmpty(), qPrintable(keyring));

    // Where msmtp and Thunderbird keep their settings in this home.
    QFile rc(home() + QStringLiteral("/.msmtprc"));
    QVERIFY(rc.open(QIODevice::WriteOnly));
    rc.write(msmtprc());
    rc.close();
    QProcess copy;
    copy.start(QStringLiteral("cp"), { QStringLiteral("-r"),
        QStringLiteral(STAMP_SOURCE_DIR "/tests/data/import/thunderbird"), home() + QStringLiteral("/.thunderbird") });
    QVERIFY(copy.waitForFinished(10000));
    QCOMPARE(copy.exitCode(), 0);
}

void TestAccountImportCli::cleanupTestCase()
{
    m_keyring.stop();
    m_postfix.stop();
}

// Two accounts on the test bed (the second pinned to its certificate, with
// msmtp's spelling of the fingerprint) and one password msmtp would run,
// which the import must neither run nor keep.
QByteArray TestAccountImportCli::msmtprc() const
{
    QString sha = m_postfix.value(QStringLiteral("CERT_SHA256")).remove(QLatin1Char(':')).toUpper();
    QStringList pairs;
    for (int i = 0; i + 1 < sha.size(); i += 2)
        pairs << sha.mid(i, 2);
    return QStringLiteral(
        "# written by tst_account_import_cli\n"
        "defaults\n"
        "tls on\n"
        "auth plain\n"
        "user %1\n"
        "from %1\n"
        "\n"
        "account testbed\n"
        "host localhost\n"
        "port %2\n"
        "tls_trust_file %3\n"
        "passwordeval \"touch %5/passwordeval-ran; echo wrong\"\n"
        "\n"
        "account pinned : testbed\n"
        "port %4\n"
        "tls_starttls off\n"
        "tls_fingerprint %6\n"
        "user %7\n"
        "from %7\n"
        "\n"
        "account default : testbed\n")
        .arg(m_postfix.value(QStringLiteral("USER")), m_postfix.value(QStringLiteral("STARTTLS_PORT")),
            m_postfix.value(QStringLiteral("CA_FILE")), m_postfix.value(QStringLiteral("TLS_PORT")), home(),
            pairs.join(QLatin1Char(':')), m_postfix.value(QStringLiteral("USER2")))
        .toUtf8();
}

QHash<QString, QString> TestAccountImportCli::env(const QString &config) const
{
    QHash<QString, QString> e = m_keyring.environment(); // HOME is the keyring's home
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dirs.filePath(config));
    e.insert(QStringLiteral("XDG_DATA_HOME"), m_dirs.filePath(QStringLiteral("data")));
    e.insert(QStringLiteral("XDG_CACHE_HOME"), m_dirs.filePath(QStringLiteral("cache")));
    return e;
}

test::CliRun TestAccountImportCli::stamp(const QStringList &args, const QByteArray &input, const QString &config) const
{
    return test::runStamp(args, input, env(config));
}

QJsonArray TestAccountImportCli::accounts(const QString &config) const
{
    const test::CliRun run = stamp({ QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json") }, {},
        config);
    return QJsonDocument::fromJson(run.out).array();
}

void TestAccountImportCli::previewsChangeNothing()
{
    test::CliRun run = stamp({ QStringLiteral("account"), QStringLiteral("import"), QStringLiteral("msmtp"),
        QStringLiteral("--dry-run"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonParseError error;
    const QJsonObject plan = QJsonDocument::fromJson(run.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());
    QCOMPARE(plan.value(QStringLiteral("source")).toString(), QStringLiteral("msmtp"));
    QCOMPARE(plan.value(QStringLiteral("path")).toString(), home() + QStringLiteral("/.msmtprc"));
    const QJsonArray items = plan.value(QStringLiteral("accounts")).toArray();
    QCOMPARE(items.size(), 2); // "default" only names testbed
    const QJsonObject testbed = items.at(0).toObject();
    QCOMPARE(testbed.value(QStringLiteral("action")).toString(), QStringLiteral("create"));
    QCOMPARE(testbed.value(QStringLiteral("default")).toBool(), true);
    QCOMPARE(testbed.value(QStringLiteral("login")).toString(), QStringLiteral("password"));
    const QJsonObject server = testbed.value(QStringLiteral("account")).toObject().value(QStringLiteral("server")).toObject();
    QCOMPARE(server.value(QStringLiteral("host")).toString(), QStringLiteral("localhost"));
    QCOMPARE(server.value(QStringLiteral("port")).toInt(), m_postfix.port(QStringLiteral("STARTTLS_PORT")));
    QCOMPARE(server.value(QStringLiteral("security")).toString(), QStringLiteral("starttls"));
    const QJsonObject pinned = items.at(1).toObject().value(QStringLiteral("account")).toObject();
    QCOMPARE(pinned.value(QStringLiteral("server")).toObject().value(QStringLiteral("security")).toString(),
        QStringLiteral("tls"));
    QCOMPARE(pinned.value(QStringLiteral("server")).toObject().value(QStringLiteral("pinnedSha256")).toString(),
        m_postfix.value(QStringLiteral("CERT_SHA256")).remove(QLatin1Char(':')).toLower());

    run = stamp({ QStringLiteral("account"), QStringLiteral("import"), QStringLiteral("thunderbird"),
        QStringLiteral("--dry-run") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("k2x8w1.default-release"), run.out.constData());
    QVERIFY(run.out.contains("+ Work-Mail: alice@example.com via mail.example.com port 587 (starttls)"));
    QVERIFY(run.out.contains("old.default")); // the other profile is named
    QVERIFY(run.out.contains("Nothing was changed"));

    QVERIFY(!QFile::exists(m_dirs.filePath(QStringLiteral("config/Stamp/stamp/accounts.json"))));
    QVERIFY(accounts().isEmpty());
    QVERIFY(!QFile::exists(home() + QStringLiteral("/passwordeval-ran")));
}

void TestAccountImportCli::importNeedsConfirmationWithoutTerminal()
{
    const test::CliRun run
        = stamp({ QStringLiteral("account"), QStringLiteral("import"), QStringLiteral("msmtp") }, "y\n");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--yes"), run.err.constData());
    QVERIFY(accounts().isEmpty());
}

void TestAccountImportCli::importForReal()
{
    test::CliRun run = stamp({ QStringLiteral("account"), QStringLiteral("import"), QStringLiteral("msmtp"),
        home() + QStringLiteral("/.msmtprc"), QStringLiteral("--yes") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("2 account") && run.out.contains(" created."), run.out.constData());
    QVERIFY(run.out.contains("stamp account set-password testbed --password-stdin"));
    QVERIFY(!QFile::exists(home() + QStringLiteral("/passwordeval-ran")));
    const QJsonArray saved = accounts();
    QCOMPARE(saved.size(), 2);
    QCOMPARE(saved.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("testbed"));
    QCOMPARE(saved.at(1).toObject().value(QStringLiteral("email")).toString(), m_postfix.value(QStringLiteral("USER2")));

    // The password, once, into the keychain; then the account works.
    const QByteArray password = m_postfix.value(QStringLiteral("PASSWORD")).toUtf8();
    run = stamp({ QStringLiteral("account"), QStringLiteral("set-password"), QStringLiteral("testbed"),
                    QStringLiteral("--password-stdin") },
        password + '\n');
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = stamp({ QStringLiteral("check"), QStringLiteral("--account"), QStringLiteral("testbed") });
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());

    // A second import finds both accounts already there.
    run = stamp({ QStringLiteral("account"), QStringLiteral("import"), QStringLiteral("msmtp"), QStringLiteral("--yes"),
        QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject again = QJsonDocument::fromJson(run.out).object();
    for (const QJsonValue item : again.value(QStringLiteral("accounts")).toArray())
        QCOMPARE(item.toObject().value(QStringLiteral("action")).toString(), QStringLiteral("skip"));
    QCOMPARE(accounts().size(), 2);

    // Thunderbird's sample profile, into another config: every preset and login kind.
    run = stamp({ QStringLiteral("account"), QStringLiteral("import"), QStringLiteral("thunderbird"),
                    QStringLiteral("--yes"), QStringLiteral("--json") },
        {}, QStringLiteral("config-tb"));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray created = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("created")).toArray();
    QCOMPARE(created.size(), 4);
    QCOMPARE(accounts(QStringLiteral("config-tb")).size(), 4);
}

// On a terminal (script(1) gives stamp one) the import asks to confirm and
// then for each password, Enter leaving one for later.
void TestAccountImportCli::importOnATerminalAsksOnce()
{
    QProcess tty;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QHash<QString, QString> variables = env(QStringLiteral("config-tty"));
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        environment.insert(it.key(), it.value());
    tty.setProcessEnvironment(environment);
    tty.start(QStringLiteral("script"),
        { QStringLiteral("-qec"),
            QStringLiteral("'%1' account import msmtp '%2'").arg(QStringLiteral(STAMP_CLI), home() + QStringLiteral("/.msmtprc")),
            QStringLiteral("/dev/null") });
    QVERIFY(tty.waitForStarted(10000));
    tty.write("y\n" + m_postfix.value(QStringLiteral("PASSWORD")).toUtf8() + "\n\n");
    tty.closeWriteChannel();
    QVERIFY(tty.waitForFinished(60000));
    const QByteArray output = tty.readAllStandardOutput();
    QCOMPARE(tty.exitCode(), 0);
    QVERIFY(output.contains("Create 2 account"));
    QVERIFY(output.contains("testbed: password saved in the keychain."));
    QVERIFY(output.contains("pinned: give its password later"));
    const test::CliRun show = stamp({ QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("testbed"),
                                        QStringLiteral("--json") },
        {}, QStringLiteral("config-tty"));
    QCOMPARE(QJsonDocument::fromJson(show.out).object().value(QStringLiteral("password")).toString(),
        QStringLiteral("saved"));
}

void TestAccountImportCli::exportIsAcceptedByMsmtpAndSends()
{
    const QString file = m_dirs.filePath(QStringLiteral("exported-msmtprc"));
    test::CliRun run = stamp({ QStringLiteral("account"), QStringLiteral("export"), QStringLiteral("testbed"),
        QStringLiteral("--format"), QStringLiteral("msmtp"), QStringLiteral("--output"), file });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile exported(file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QByteArray text = exported.readAll();
    const QByteArray password = m_postfix.value(QStringLiteral("PASSWORD")).toUtf8();
    QVERIFY(!text.contains(password));
    QVERIFY(text.contains("passwordeval \"secret-tool lookup server stamp user stamp:"));
    QCOMPARE(exported.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

    // The attributes the export names are the ones QtKeychain stored the password under.
    QProcess search;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QHash<QString, QString> variables = env();
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        environment.insert(it.key(), it.value());
    search.setProcessEnvironment(environment);
    search.start(QStringLiteral("secret-tool"),
        { QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), QStringLiteral("stamp") });
    QVERIFY(search.waitForFinished(10000));
    // Only the attribute lines (secret-tool prints them to standard error),
    // never the secret itself.
    QByteArrayList attributes;
    const QByteArray listing = search.readAllStandardOutput() + '\n' + search.readAllStandardError();
    for (const QByteArray &line : listing.split('\n')) {
        if (line.startsWith("attribute."))
            attributes << line;
    }
    const QByteArray found = attributes.join('\n');
    QVERIFY2(found.contains("attribute.server = stamp"), found.constData());
    QVERIFY2(found.contains("attribute.user = stamp:"), found.constData());

    QProcess msmtp;
    msmtp.setProcessEnvironment(environment);
    msmtp.start(m_msmtp, { QStringLiteral("--pretend"), QStringLiteral("-C"), file, QStringLiteral("-a"),
                             QStringLiteral("testbed"), QStringLiteral("someone@example.net") });
    msmtp.closeWriteChannel();
    QVERIFY(msmtp.waitForFinished(20000));
    const QByteArray pretend = msmtp.readAllStandardOutput() + msmtp.readAllStandardError();
    QVERIFY2(msmtp.exitCode() == 0, pretend.constData());
    QVERIFY2(pretend.contains("host = localhost"), pretend.constData());
    QVERIFY(pretend.contains("tls_starttls = on"));
    QVERIFY(!pretend.contains(password));

    const QString subject = QStringLiteral("exported-%1").arg(QDateTime::currentMSecsSinceEpoch());
    msmtp.start(m_msmtp,
        { QStringLiteral("-C"), file, QStringLiteral("-a"), QStringLiteral("testbed"),
            QStringLiteral("someone@example.net") });
    QVERIFY(msmtp.waitForStarted(10000));
    msmtp.write(QStringLiteral("From: %1\r\nTo: someone@example.net\r\nSubject: %2\r\n\r\nSent by msmtp with "
                               "Stamp's settings.\r\n")
                    .arg(m_postfix.value(QStringLiteral("USER")), subject)
                    .toUtf8());
    msmtp.closeWriteChannel();
    QVERIFY(msmtp.waitForFinished(30000));
    const QByteArray sent = msmtp.readAllStandardOutput() + msmtp.readAllStandardError();
    QVERIFY2(msmtp.exitCode() == 0, sent.constData());
    // Postfix logged the login msmtp made with the password from the keychain.
    QVERIFY2(m_postfix.waitForLog(QStringLiteral("sasl_method=PLAIN, sasl_username=")
                 + QRegularExpression::escape(m_postfix.value(QStringLiteral("USER")))),
        qPrintable(m_postfix.maillog().right(2000)));

    // Nothing but the keychain holds the password.
    for (const QString &root : { m_dirs.path(), home() }) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QLatin1String("/keyrings/")))
                continue;
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains(password), qPrintable(path));
        }
    }
}

void TestAccountImportCli::exportRefusesOAuthAndExistingFiles()
{
    const QString file = m_dirs.filePath(QStringLiteral("gmail-msmtprc"));
    test::CliRun run = stamp({ QStringLiteral("account"), QStringLiteral("export"), QStringLiteral("gmail.com"),
                                 QStringLiteral("--format"), QStringLiteral("msmtp"), QStringLiteral("--output"), file },
        {}, QStringLiteral("config-tb"));
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("app password"), run.err.constData());
    QVERIFY(!QFile::exists(file));

    // An existing file (someone's msmtprc) is never replaced.
    const QString existing = home() + QStringLiteral("/.msmtprc");
    const QByteArray before = msmtprc();
    run = stamp({ QStringLiteral("account"), QStringLiteral("export"), QStringLiteral("testbed"),
        QStringLiteral("--format"), QStringLiteral("msmtp"), QStringLiteral("--output"), existing });
    QCOMPARE(run.exitCode, 2);
    QFile rc(existing);
    QVERIFY(rc.open(QIODevice::ReadOnly));
    QCOMPARE(rc.readAll(), before);

    // To standard output, for a pipe.
    run = stamp({ QStringLiteral("account"), QStringLiteral("export"), QStringLiteral("Work-Mail"),
                    QStringLiteral("--format"), QStringLiteral("msmtp") },
        {}, QStringLiteral("config-tb"));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("account Work-Mail\n"));
    QVERIFY(run.err.contains("no password is saved"));
}

void TestAccountImportCli::usageErrors()
{
    const QList<QStringList> wrong {
        { QStringLiteral("account"), QStringLiteral("import") },
        { QStringLiteral("account"), QStringLiteral("import"), QStringLiteral("evolution") },
        { QStringLiteral("account"), QStringLiteral("import"), QStringLiteral("msmtp"), QStringLiteral("a"),
            QStringLiteral("b") },
        { QStringLiteral("account"), QStringLiteral("export"), QStringLiteral("testbed") },
        { QStringLiteral("account"), QStringLiteral("export"), QStringLiteral("testbed"), QStringLiteral("--format"),
            QStringLiteral("ini") },
        { QStringLiteral("account"), QStringLiteral("export"), QStringLiteral("nobody"), QStringLiteral("--format"),
            QStringLiteral("msmtp") },
    };
    for (const QStringList &args : wrong) {
        const test::CliRun run = stamp(args);
        QVERIFY2(run.exitCode == 2, qPrintable(args.join(' ') + QLatin1Char(' ') + QString::fromUtf8(run.err)));
    }
    const test::CliRun missing = stamp({ QStringLiteral("account"), QStringLiteral("import"), QStringLiteral("msmtp"),
        m_dirs.filePath(QStringLiteral("no-such-file")) });
    QCOMPARE(missing.exitCode, 3);
    const test::CliRun help = stamp({ QStringLiteral("account"), QStringLiteral("import"), QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--dry-run"));
}

QTEST_GUILESS_MAIN(TestAccountImportCli)
#include "tst_account_import_cli.moc"
