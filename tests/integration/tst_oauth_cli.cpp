// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Sign in with OAuth from the command line, end to end: `stamp account add
// --auth oauth` against the Google and Microsoft presets with their
// endpoints pointed at a local authorization-server double
// (oauth-doubles.py), the test playing the browser, then `stamp send
// --account` to an SMTP double that accepts only the tokens it issued.
// Covers refresh, a refused token, a revoked sign-in, wrong state, a
// provider error, a taken port, cancel, timeout and a missing client ID;
// and that no token ever reaches a file, a log or the terminal.

#include "KeyringSession.h"
#include "OAuthDoubles.h"
#include "Peers.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace stamp;

class TestOAuthCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void googleSignInThenSend();
    void microsoftWithOAuthBearerAndRotatingTokens();
    void refusedTokenIsRenewedOnce();
    void queuedMessageRenewsARefusedToken();
    void revokedSignInAsksToSignInAgain();
    void providerErrorIsShownInWords();
    void wrongStateIsRefused();
    void takenFixedPortIsExplained();
    void ctrlCCancels();
    void browserThatNeverReturnsTimesOut();
    void missingClientIdSaysWhatToSet();
    void noTokenAnywhere();

private:
    struct SignIn
    {
        test::CliRun run;
        test::BrowserVisit page;
    };
    QHash<QString, QString> env() const;
    test::CliRun stamp(const QStringList &args) const;
    // Runs `args` (an add or sign-in) and plays the browser on the address it prints.
    // `beforeBrowser` runs once the address is known; returning false skips the visit.
    SignIn signIn(const QStringList &args, const std::function<bool(QProcess &)> &beforeBrowser = {});
    QStringList addArgs(const QString &name, const QString &provider, const QString &email) const;
    test::CliRun send(const QString &account, const QString &logName);
    void keep(const test::CliRun &run) { m_outputs << run.out << run.err; }

    test::OAuthDoubles m_doubles;
    test::KeyringSession m_keyring;
    QTemporaryDir m_dirs;
    QString m_clientsFile;
    QByteArrayList m_outputs; // everything the CLI printed, for the leak check
};

void TestOAuthCli::initTestCase()
{
    QVERIFY(m_dirs.isValid());
    const QString doubles = m_doubles.start(
        { QStringLiteral("google-test-client:google-test-secret"), QStringLiteral("ms-test-client") });
    QVERIFY2(doubles.isEmpty(), qPrintable(doubles));
    const QString keyring = m_keyring.start();
    QVERIFY2(keyring.isEmpty(), qPrintable(keyring));
    // Both presets' endpoints go to the double; Yahoo has no client ID and
    // the Microsoft client is public (no secret), as installed apps are.
    const QString auth = m_doubles.authorizeUrl().toString();
    const QString token = m_doubles.tokenUrl().toString();
    const QJsonObject clients {
        { QStringLiteral("accounts.google.com"),
            QJsonObject { { QStringLiteral("clientId"), QStringLiteral("google-test-client") },
                { QStringLiteral("clientSecret"), QStringLiteral("google-test-secret") },
                { QStringLiteral("authUrl"), auth }, { QStringLiteral("tokenUrl"), token } } },
        { QStringLiteral("microsoft"),
            QJsonObject { { QStringLiteral("clientId"), QStringLiteral("ms-test-client") },
                { QStringLiteral("authUrl"), auth }, { QStringLiteral("tokenUrl"), token } } },
        { QStringLiteral("yahoo"), QJsonObject { { QStringLiteral("clientId"), QString() } } },
    };
    m_clientsFile = m_dirs.filePath(QStringLiteral("oauth-clients.json"));
    QFile file(m_clientsFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(clients).toJson());
}

void TestOAuthCli::cleanupTestCase()
{
    m_keyring.stop();
    m_doubles.stop();
}

QHash<QString, QString> TestOAuthCli::env() const
{
    QHash<QString, QString> e { { QStringLiteral("XDG_CONFIG_HOME"),
                                    m_dirs.filePath(QStringLiteral("config")) },
        { QStringLiteral("XDG_DATA_HOME"), m_dirs.filePath(QStringLiteral("data")) },
        { QStringLiteral("XDG_CACHE_HOME"), m_dirs.filePath(QStringLiteral("cache")) },
        { QStringLiteral("STAMP_OAUTH_CLIENTS_FILE"), m_clientsFile } };
    e.insert(m_keyring.environment());
    return e;
}

test::CliRun TestOAuthCli::stamp(const QStringList &args) const
{
    return test::runStamp(args, {}, env());
}

QStringList TestOAuthCli::addArgs(const QString &name, const QString &provider, const QString &email) const
{
    return { QStringLiteral("account"), QStringLiteral("add"), name, QStringLiteral("--email"), email,
        QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
        QString::number(m_doubles.smtpPort()), QStringLiteral("--security"), QStringLiteral("none"),
        QStringLiteral("--provider"), provider, QStringLiteral("--auth"), QStringLiteral("oauth"),
        QStringLiteral("--sign-in-timeout"), QStringLiteral("60") };
}

TestOAuthCli::SignIn TestOAuthCli::signIn(
    const QStringList &args, const std::function<bool(QProcess &)> &beforeBrowser)
{
    SignIn result;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QHash<QString, QString> e = env();
    for (auto it = e.cbegin(); it != e.cend(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(STAMP_CLI), args);
    process.closeWriteChannel();
    QByteArray out;
    QUrl address;
    static const QRegularExpression line(
        QStringLiteral("^  (http\\S+)$"), QRegularExpression::MultilineOption);
    QElapsedTimer clock;
    clock.start();
    while (address.isEmpty() && process.state() != QProcess::NotRunning && clock.elapsed() < 20000) {
        process.waitForReadyRead(200);
        out += process.readAllStandardOutput();
        const QRegularExpressionMatch match = line.match(QString::fromUtf8(out));
        if (match.hasMatch())
            address = QUrl(match.captured(1), QUrl::StrictMode);
    }
    if (!address.isEmpty() && (!beforeBrowser || beforeBrowser(process)))
        result.page = test::visit(address);
    if (!process.waitForFinished(70000))
        process.kill();
    result.run.out = out + process.readAllStandardOutput();
    result.run.err = process.readAllStandardError();
    result.run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    keep(result.run);
    m_outputs << result.page.body;
    return result;
}

test::CliRun TestOAuthCli::send(const QString &account, const QString &logName)
{
    const test::CliRun run = stamp({ QStringLiteral("send"), QStringLiteral("--account"), account,
        QStringLiteral("--to"), QStringLiteral("bob@example.net"), QStringLiteral("--subject"),
        QStringLiteral("Hi"), QStringLiteral("--body"), QStringLiteral("Signed in with OAuth"),
        QStringLiteral("--log"), m_dirs.filePath(logName) });
    keep(run);
    return run;
}

void TestOAuthCli::googleSignInThenSend()
{
    const int exchanges = m_doubles.stat("exchanges");
    const SignIn added = signIn(
        addArgs(QStringLiteral("google"), QStringLiteral("gmail"), QStringLiteral("alice@gmail.com")));
    QVERIFY2(added.run.exitCode == 0, QByteArray(added.run.out + added.run.err).constData());
    QVERIFY(
        added.run.out.contains("To sign in to Gmail as alice@gmail.com, open this address in your browser:"));
    QVERIFY(added.run.out.contains("Signed in."));
    QCOMPARE(added.page.status, 200);
    QVERIFY2(added.page.body.contains("You can close this window and return to Stamp"),
        added.page.body.constData());
    QCOMPARE(m_doubles.stat("exchanges"), exchanges + 1);
    // The request the "browser" carried: PKCE S256, our client, a login hint.
    const QJsonObject request = m_doubles.control().value(QStringLiteral("last_authorize")).toObject();
    QCOMPARE(request.value(QStringLiteral("client_id")).toString(), QStringLiteral("google-test-client"));
    QCOMPARE(request.value(QStringLiteral("code_challenge_method")).toString(), QStringLiteral("S256"));
    QCOMPARE(request.value(QStringLiteral("scope")).toString(), QStringLiteral("https://mail.google.com/"));
    QCOMPARE(request.value(QStringLiteral("login_hint")).toString(), QStringLiteral("alice@gmail.com"));
    QVERIFY(request.value(QStringLiteral("redirect_uri"))
                .toString()
                .startsWith(QStringLiteral("http://127.0.0.1:")));

    test::CliRun run = stamp({ QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("google") });
    keep(run);
    QVERIFY2(run.out.contains("Signs in:     with OAuth at accounts.google.com"), run.out.constData());
    QVERIFY(run.out.contains("Sign-in:      saved in the keychain"));
    run = stamp({ QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("google"),
        QStringLiteral("--json") });
    keep(run);
    const QJsonObject shown = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(shown.value(QStringLiteral("signIn")).toString(), QStringLiteral("saved"));
    QCOMPARE(shown.value(QStringLiteral("auth")).toObject().value(QStringLiteral("method")).toString(),
        QStringLiteral("xoauth2"));

    // A new process has no access token: it refreshes, then sends.
    const int refreshes = m_doubles.stat("refreshes");
    run = send(QStringLiteral("google"), QStringLiteral("google.log"));
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
    QCOMPARE(m_doubles.stat("refreshes"), refreshes + 1);
    const QJsonArray messages = m_doubles.control().value(QStringLiteral("messages")).toArray();
    QCOMPARE(
        messages.last().toObject().value(QStringLiteral("mechanism")).toString(), QStringLiteral("XOAUTH2"));
    QCOMPARE(messages.last().toObject().value(QStringLiteral("from")).toString(),
        QStringLiteral("alice@gmail.com"));

    // The doctor logs in with a fresh token too.
    run = stamp({ QStringLiteral("check"), QStringLiteral("--account"), QStringLiteral("google") });
    keep(run);
    QVERIFY2(run.exitCode == 0, run.out.constData());
    QVERIFY(run.out.contains("[PASS]  Log in as alice@gmail.com"));

    // Through the outbox: queued now, flushed by another process that
    // gets its own token from the keychain's sign-in.
    run = stamp({ QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("google"),
        QStringLiteral("--to"), QStringLiteral("carol@example.net"), QStringLiteral("--subject"),
        QStringLiteral("Queued"), QStringLiteral("--body"), QStringLiteral("Later, with a token"),
        QStringLiteral("--queue") });
    keep(run);
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
    const qsizetype before = m_doubles.control().value(QStringLiteral("messages")).toArray().size();
    run = stamp({ QStringLiteral("outbox"), QStringLiteral("flush"), QStringLiteral("--log"),
        m_dirs.filePath(QStringLiteral("flush.log")) });
    keep(run);
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
    const QJsonArray after = m_doubles.control().value(QStringLiteral("messages")).toArray();
    QCOMPARE(after.size(), before + 1);
    QCOMPARE(after.last().toObject().value(QStringLiteral("to")).toArray().first().toString(),
        QStringLiteral("carol@example.net"));
}

void TestOAuthCli::microsoftWithOAuthBearerAndRotatingTokens()
{
    // Microsoft issues a new refresh token on each refresh and retires the
    // old one: the keychain must follow, or the second send fails.
    m_doubles.control(QStringLiteral("rotate=1"));
    QStringList args = addArgs(
        QStringLiteral("ms"), QStringLiteral("microsoft365"), QStringLiteral("carol@contoso.example"));
    args << QStringLiteral("--oauth-mechanism") << QStringLiteral("oauthbearer");
    const SignIn added = signIn(args);
    QVERIFY2(added.run.exitCode == 0, QByteArray(added.run.out + added.run.err).constData());
    QVERIFY(added.run.out.contains("To sign in to Microsoft 365"));
    const QJsonObject request = m_doubles.control().value(QStringLiteral("last_authorize")).toObject();
    QCOMPARE(request.value(QStringLiteral("client_id")).toString(), QStringLiteral("ms-test-client"));
    QCOMPARE(request.value(QStringLiteral("scope")).toString(),
        QStringLiteral("https://outlook.office.com/SMTP.Send offline_access"));

    for (int i = 0; i < 2; ++i) {
        const test::CliRun run = send(QStringLiteral("ms"), QStringLiteral("ms.log"));
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        const QJsonArray messages = m_doubles.control().value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.last().toObject().value(QStringLiteral("mechanism")).toString(),
            QStringLiteral("OAUTHBEARER"));
    }
    m_doubles.control(QStringLiteral("rotate=0"));
}

void TestOAuthCli::refusedTokenIsRenewedOnce()
{
    // The server refuses the first (valid) token, as one revoked early
    // would be: one more refresh, one more login, and the message goes.
    for (const QString &account : { QStringLiteral("google"), QStringLiteral("ms") }) {
        m_doubles.control(QStringLiteral("smtp_reject_next=1"));
        const int refreshes = m_doubles.stat("refreshes");
        const int received = m_doubles.control().value(QStringLiteral("messages")).toArray().size();
        const test::CliRun run = send(account, QStringLiteral("renew.log"));
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        QCOMPARE(m_doubles.stat("refreshes"), refreshes + 2);
        QCOMPARE(m_doubles.control().value(QStringLiteral("messages")).toArray().size(), received + 1);
    }
    QFile log(m_dirs.filePath(QStringLiteral("renew.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray transcript = log.readAll();
    QVERIFY(transcript.contains("S: 334 ")); // the JSON error challenge ...
    QVERIFY(transcript.contains("535 5.7.8")); // ... and the refusal
    QVERIFY(transcript.contains("trying once more with a renewed one"));

    // Refused twice: no endless loop, a clear failure.
    m_doubles.control(QStringLiteral("smtp_reject_next=2"));
    const test::CliRun run = send(QStringLiteral("google"), QStringLiteral("refused.log"));
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("535"), run.err.constData());
    m_doubles.control(QStringLiteral("smtp_reject_next=0"));
}

void TestOAuthCli::queuedMessageRenewsARefusedToken()
{
    // The outbox follows the same rule as `stamp send` (MailClient, which the
    // desktop app uses too): a refused token is renewed once and the message
    // tried once more, never more.
    const auto queue = [this](const QString &subject) {
        const test::CliRun run = stamp({ QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("google"),
            QStringLiteral("--to"), QStringLiteral("bob@example.net"), QStringLiteral("--subject"), subject,
            QStringLiteral("--body"), QStringLiteral("Queued"), QStringLiteral("--queue") });
        keep(run);
        return run;
    };
    const auto flush = [this] {
        const test::CliRun run = stamp({ QStringLiteral("outbox"), QStringLiteral("flush"), QStringLiteral("--log"),
            m_dirs.filePath(QStringLiteral("flush.log")) });
        keep(run);
        return run;
    };
    test::CliRun run = queue(QStringLiteral("Renewed"));
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
    m_doubles.control(QStringLiteral("smtp_reject_next=1"));
    const int received = m_doubles.control().value(QStringLiteral("messages")).toArray().size();
    const int refreshes = m_doubles.stat("refreshes");
    run = flush();
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
    // Once for the first token of this run, once more after the refusal.
    QCOMPARE(m_doubles.stat("refreshes"), refreshes + 2);
    QCOMPARE(m_doubles.control().value(QStringLiteral("messages")).toArray().size(), received + 1);

    // Refused again with the renewed token: the message stays, the person
    // is told to sign in, and nothing loops.
    run = queue(QStringLiteral("Refused twice"));
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
    m_doubles.control(QStringLiteral("smtp_reject_next=2"));
    run = flush();
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("Sign in again with: stamp account sign-in google"), run.err.constData());
    QCOMPARE(m_doubles.control().value(QStringLiteral("messages")).toArray().size(), received + 1);
    m_doubles.control(QStringLiteral("smtp_reject_next=0"));
    run = stamp({ QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json") });
    const QJsonArray left = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("messages")).toArray();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QCOMPARE(left.first().toObject().value(QStringLiteral("accountName")).toString(), QStringLiteral("google"));
    run = stamp({ QStringLiteral("outbox"), QStringLiteral("remove"), left.first().toObject().value(QStringLiteral("id")).toString() });
    QCOMPARE(run.exitCode, 0);
}

void TestOAuthCli::revokedSignInAsksToSignInAgain()
{
    m_doubles.control(QStringLiteral("revoke=all"));
    test::CliRun run = send(QStringLiteral("google"), QStringLiteral("revoked.log"));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("Gmail no longer accepts the saved sign-in of the account \"google\""),
        run.err.constData());
    QVERIFY(run.err.contains("Token has been expired or revoked."));
    QVERIFY(run.err.contains("Sign in again with: stamp account sign-in google"));

    // Signing in again repairs it.
    const SignIn again
        = signIn({ QStringLiteral("account"), QStringLiteral("sign-in"), QStringLiteral("google") });
    QVERIFY2(again.run.exitCode == 0, QByteArray(again.run.out + again.run.err).constData());
    QVERIFY(again.page.body.contains("You can close this window"));
    run = send(QStringLiteral("google"), QStringLiteral("google.log"));
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());

    // Only a saved account can sign in again.
    run = stamp({ QStringLiteral("account"), QStringLiteral("sign-in"), QStringLiteral("nosuch") });
    keep(run);
    QCOMPARE(run.exitCode, 2);
}

void TestOAuthCli::providerErrorIsShownInWords()
{
    m_doubles.control(QStringLiteral("mode=deny"));
    const SignIn denied
        = signIn(addArgs(QStringLiteral("denied"), QStringLiteral("gmail"), QStringLiteral("dan@gmail.com")));
    m_doubles.control(QStringLiteral("mode=ok"));
    QCOMPARE(denied.run.exitCode, 3);
    QVERIFY2(denied.run.err.contains(
                 "Gmail did not sign you in. Access was not granted: the sign-in was declined or "
                 "cancelled in the browser."),
        denied.run.err.constData());
    QVERIFY(denied.run.err.contains("The user denied the request"));
    QCOMPARE(denied.page.status, 400);
    QVERIFY(denied.page.body.contains("Sign-in failed"));
    QVERIFY(denied.page.body.contains("declined or cancelled"));
    // Nothing half-made was saved.
    const test::CliRun list = stamp({ QStringLiteral("account"), QStringLiteral("list") });
    QVERIFY(!list.out.contains("denied"));
}

void TestOAuthCli::wrongStateIsRefused()
{
    m_doubles.control(QStringLiteral("mode=wrong-state"));
    const int exchanges = m_doubles.stat("exchanges");
    const SignIn forged
        = signIn(addArgs(QStringLiteral("forged"), QStringLiteral("gmail"), QStringLiteral("eve@gmail.com")));
    m_doubles.control(QStringLiteral("mode=ok"));
    QCOMPARE(forged.run.exitCode, 3);
    QVERIFY2(forged.run.err.contains("the \"state\" did not match"), forged.run.err.constData());
    QCOMPARE(m_doubles.stat("exchanges"), exchanges); // the code was never redeemed
    QCOMPARE(forged.page.status, 400);
    const test::CliRun list = stamp({ QStringLiteral("account"), QStringLiteral("list") });
    QVERIFY(!list.out.contains("forged"));
}

void TestOAuthCli::takenFixedPortIsExplained()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    QStringList args
        = addArgs(QStringLiteral("port"), QStringLiteral("gmail"), QStringLiteral("pat@gmail.com"));
    args << QStringLiteral("--redirect-port") << QString::number(squatter.serverPort());
    const test::CliRun run = stamp(args);
    keep(run);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("Port %1 on 127.0.0.1 cannot be used for the sign-in")
                                  .arg(squatter.serverPort())
                                  .toUtf8()),
        run.err.constData());
    // The default (any free port) is unaffected by a taken one: every other
    // sign-in in this test runs on a port the system picked.
}

void TestOAuthCli::ctrlCCancels()
{
    const SignIn cancelled
        = signIn(addArgs(QStringLiteral("cancel"), QStringLiteral("gmail"), QStringLiteral("carl@gmail.com")),
            [](QProcess &process) {
                ::kill(static_cast<pid_t>(process.processId()), SIGINT);
                return false;
            });
    QCOMPARE(cancelled.run.exitCode, 3);
    QVERIFY2(cancelled.run.err.contains("The sign-in was cancelled."), cancelled.run.err.constData());
    const test::CliRun list = stamp({ QStringLiteral("account"), QStringLiteral("list") });
    QVERIFY(!list.out.contains("cancel"));
}

void TestOAuthCli::browserThatNeverReturnsTimesOut()
{
    // The provider shows an error page and never redirects: the listener
    // gives up after --sign-in-timeout.
    m_doubles.control(QStringLiteral("mode=error-page"));
    QStringList args
        = addArgs(QStringLiteral("slow"), QStringLiteral("gmail"), QStringLiteral("sam@gmail.com"));
    args.replace(args.indexOf(QStringLiteral("60")), QStringLiteral("2"));
    QElapsedTimer clock;
    clock.start();
    const SignIn slow = signIn(args);
    m_doubles.control(QStringLiteral("mode=ok"));
    QCOMPARE(slow.page.status, 500);
    QCOMPARE(slow.run.exitCode, 3);
    QVERIFY2(slow.run.err.contains("No answer came back from the browser within 2 seconds"),
        slow.run.err.constData());
    QVERIFY(clock.elapsed() < 15000);
}

void TestOAuthCli::missingClientIdSaysWhatToSet()
{
    // Yahoo takes app passwords too, so the message offers that route.
    test::CliRun run
        = stamp(addArgs(QStringLiteral("yahoo"), QStringLiteral("yahoo"), QStringLiteral("yan@yahoo.com")));
    keep(run);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("Stamp has no OAuth client ID for Yahoo Mail (issuer login.yahoo.com)"),
        run.err.constData());
    QVERIFY(run.err.contains("STAMP_OAUTH_YAHOO_CLIENT_ID"));
    QVERIFY(run.err.contains(m_clientsFile.toUtf8()));
    QVERIFY(run.err.contains("Yahoo Mail also accepts an app password"));
    QVERIFY(run.err.contains("stamp account add yahoo --email yan@yahoo.com --password-stdin"));
    run = stamp({ QStringLiteral("account"), QStringLiteral("list") });
    QVERIFY(!run.out.contains("yahoo"));

    // A provider without OAuth in its preset, and oauth with a password.
    run = stamp(
        addArgs(QStringLiteral("icloud"), QStringLiteral("icloud"), QStringLiteral("ian@icloud.com")));
    keep(run);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("no OAuth sign-in is known for iCloud Mail"), run.err.constData());
}

void TestOAuthCli::noTokenAnywhere()
{
    const QStringList tokens = m_doubles.issuedTokens();
    QVERIFY(tokens.size() >= 10); // access and refresh tokens from every case above
    int files = 0;
    for (const QString &root : { m_dirs.path(), m_keyring.home() }) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++files;
            const QByteArray data = file.readAll();
            for (const QString &token : tokens) {
                QVERIFY2(!data.contains(token.toUtf8()), qPrintable(file.fileName()));
                QVERIFY2(!data.contains(token.toUtf8().toBase64()), qPrintable(file.fileName()));
            }
        }
    }
    QVERIFY(files >= 4); // accounts.json, the transcripts, the keyring
    for (const QByteArray &output : std::as_const(m_outputs)) {
        for (const QString &token : tokens)
            QVERIFY2(!output.contains(token.toUtf8()), output.constData());
    }
    // The keychain does hold the sign-in (encrypted on disk, so not found above).
    QDirIterator accounts(m_dirs.filePath(QStringLiteral("config")), { QStringLiteral("accounts.json") },
        QDir::Files, QDirIterator::Subdirectories);
    QVERIFY(accounts.hasNext());
    QFile file(accounts.next());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString id;
    const QJsonValue list
        = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("accounts"));
    for (const QJsonValue &account : list.toArray()) {
        if (account.toObject().value(QStringLiteral("name")).toString() == QLatin1String("google"))
            id = account.toObject().value(QStringLiteral("id")).toString();
    }
    QVERIFY(!id.isEmpty());
    const QString saved
        = m_keyring.lookup(QStringLiteral("stamp"), QStringLiteral("stamp:%1:oauth-refresh-token").arg(id))
              .trimmed();
    QVERIFY(tokens.contains(saved));
}

QTEST_GUILESS_MAIN(TestOAuthCli)
#include "tst_oauth_cli.moc"
