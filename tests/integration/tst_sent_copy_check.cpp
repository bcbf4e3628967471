// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The account settings' "Check" of the copy to Sent (SentCopyCheck, a
// check-only SentCopyJob) against a REAL Dovecot on loopback
// (tests/support/dovecot-testbed.sh): it logs in, names the Sent folder it
// found and leaves that folder exactly as it was (no SELECT, no APPEND:
// still empty); a wrong password, an untrusted certificate and a missing
// folder end in the copy's own sentences; no password reaches a transcript.

#include "DovecotBed.h"
#include "client/SentCopyCheck.h"
#include "imap/SentCopyJob.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace stamp;
using stamp::test::DovecotBed;

namespace {

struct CheckRun
{
    SentCopyCheckResult result;
    QString transcript;
    bool finished = false;
};

CheckRun runCheck(const Account &account, const imap::ImapLogin &login)
{
    CheckRun run;
    SentCopyCheck check;
    QObject::connect(&check, &SentCopyCheck::transcript, [&](const TranscriptEvent &e) {
        run.transcript += TranscriptEvent::tag(e.kind) + QLatin1Char(' ') + e.text + QLatin1Char('\n');
    });
    QObject::connect(&check, &SentCopyCheck::finished, [&](const SentCopyCheckResult &r) {
        run.result = r;
        run.finished = true;
    });
    check.start(account, login);
    (void)QTest::qWaitFor([&] { return run.finished; }, 60000);
    return run;
}

} // namespace

class TestSentCopyCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void loginFollowsTheAccount();
    void findsTheSentFolderAndLeavesItEmpty_data();
    void findsTheSentFolderAndLeavesItEmpty();
    void chosenFolder();
    void wrongPassword();
    void untrustedCertificate();
    void pinnedCertificate();
    void serverDown();
    void noHost();
    void cancelledCheckSaysNothing();

private:
    Account account(SecurityMode mode) const;
    imap::ImapLogin login(const Account &account) const;
    void verifyNoPassword(const CheckRun &run) const;

    DovecotBed m_bed;
};

void TestSentCopyCheck::initTestCase()
{
    const QString problem = m_bed.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(m_bed.count(QStringLiteral("Sent")), 0);
}

void TestSentCopyCheck::cleanupTestCase()
{
    // Nothing any check did may have put a message in the folder.
    QCOMPARE(m_bed.count(QStringLiteral("Sent")), 0);
    m_bed.stop();
}

Account TestSentCopyCheck::account(SecurityMode mode) const
{
    Account a;
    a.id = Account::newId();
    a.name = QStringLiteral("checked");
    a.email = QStringLiteral("stamp@example.test");
    a.host = QStringLiteral("smtp.example.test");
    a.authMethod = sasl::AuthMethod::Plain;
    // A different SMTP login: the copy's own user name must be the one used.
    a.username = QStringLiteral("smtp-login@example.test");
    a.sentCopy.enabled = true;
    a.sentCopy.host = QStringLiteral("localhost"); // the name in the test certificate
    a.sentCopy.security = mode;
    a.sentCopy.port = mode == SecurityMode::ImplicitTls ? m_bed.imaps() : m_bed.imap();
    a.sentCopy.caFile = m_bed.path(QStringLiteral("ca.pem"));
    a.sentCopy.username = m_bed.file(QStringLiteral("user"));
    a.timeoutSeconds = 15;
    return a;
}

imap::ImapLogin TestSentCopyCheck::login(const Account &a) const
{
    return SentCopyCheck::loginFor(a, m_bed.file(QStringLiteral("password")));
}

void TestSentCopyCheck::verifyNoPassword(const CheckRun &run) const
{
    const QString password = m_bed.file(QStringLiteral("password"));
    QVERIFY(!password.isEmpty());
    QVERIFY2(!run.transcript.contains(password), qPrintable(run.transcript));
    const QByteArray plain = QByteArray("\0", 1) + m_bed.file(QStringLiteral("user")).toUtf8()
        + QByteArray("\0", 1) + password.toUtf8();
    QVERIFY(!run.transcript.contains(QString::fromLatin1(plain.toBase64())));
    QVERIFY(!run.result.text.contains(password));
}

void TestSentCopyCheck::loginFollowsTheAccount()
{
    Account a = account(SecurityMode::StartTls);
    imap::ImapLogin l = SentCopyCheck::loginFor(a, QStringLiteral("secret"));
    QCOMPARE(l.credentials.username, m_bed.file(QStringLiteral("user")));
    QCOMPARE(l.credentials.secret, QStringLiteral("secret"));
    QCOMPARE(l.method, sasl::AuthMethod::Plain);
    // No user name for the copy: the account's login name.
    a.sentCopy.username.clear();
    l = SentCopyCheck::loginFor(a, QStringLiteral("secret"));
    QCOMPARE(l.credentials.username, a.username);
    // An SMTP server used without a login: IMAP still logs in, with a password.
    a.authMethod = sasl::AuthMethod::None;
    QCOMPARE(SentCopyCheck::loginFor(a, QStringLiteral("secret")).method, sasl::AuthMethod::Auto);
    a.authMethod = sasl::AuthMethod::XOAuth2;
    QCOMPARE(SentCopyCheck::loginFor(a, QStringLiteral("token")).method, sasl::AuthMethod::XOAuth2);
}

void TestSentCopyCheck::findsTheSentFolderAndLeavesItEmpty_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("starttls") << int(SecurityMode::StartTls);
    QTest::newRow("implicit tls") << int(SecurityMode::ImplicitTls);
}

void TestSentCopyCheck::findsTheSentFolderAndLeavesItEmpty()
{
    QFETCH(int, mode);
    const QMap<QString, QByteArray> before = m_bed.stored(QStringLiteral(".Sent"));
    Account a = account(SecurityMode(mode));
    // A check is made switched off too: it tries what turning on would use.
    a.sentCopy.enabled = false;
    const CheckRun run = runCheck(a, login(a));
    QVERIFY2(run.finished, qPrintable(run.transcript));
    QVERIFY2(run.result.ok, qPrintable(run.result.text + QLatin1Char('\n') + run.transcript));
    QCOMPARE(run.result.mailbox, QStringLiteral("Sent")); // marked \Sent (SPECIAL-USE)
    QCOMPARE(run.result.text, QStringLiteral("Found the Sent folder \"Sent\" on localhost."));
    QVERIFY(!run.result.failure);
    QVERIFY(run.result.tls.encrypted);
    // Logged in, listed, logged out; nothing opened, searched or written.
    QVERIFY(run.transcript.contains(QStringLiteral("LIST")));
    QVERIFY(run.transcript.contains(QStringLiteral("LOGOUT")));
    for (const char *command : { " APPEND ", " SELECT ", " EXAMINE ", " SEARCH ", " CREATE " })
        QVERIFY2(!run.transcript.contains(QLatin1String(command)), command);
    verifyNoPassword(run);
    QCOMPARE(m_bed.count(QStringLiteral("Sent")), 0);
    QCOMPARE(m_bed.stored(QStringLiteral(".Sent")), before);
}

void TestSentCopyCheck::chosenFolder()
{
    Account a = account(SecurityMode::ImplicitTls);
    a.sentCopy.sentFolder = QStringLiteral("Sent");
    CheckRun run = runCheck(a, login(a));
    QVERIFY2(run.result.ok, qPrintable(run.transcript));
    QCOMPARE(run.result.mailbox, QStringLiteral("Sent"));

    a.sentCopy.sentFolder = QStringLiteral("Gesendet");
    run = runCheck(a, login(a));
    QVERIFY(run.finished);
    QVERIFY(!run.result.ok);
    QCOMPARE(run.result.text,
        QStringLiteral(
            "There is no folder \"Gesendet\" on localhost. Choose the Sent folder in the account's "
            "settings."));
    QCOMPARE(m_bed.count(QStringLiteral("Sent")), 0);
}

void TestSentCopyCheck::wrongPassword()
{
    const Account a = account(SecurityMode::StartTls);
    const QString wrong = QStringLiteral("not-the-Password-42");
    const CheckRun run = runCheck(a, SentCopyCheck::loginFor(a, wrong));
    QVERIFY(run.finished);
    QVERIFY(!run.result.ok);
    QVERIFY(run.result.failure);
    QCOMPARE(run.result.failure->step, imap::ImapStep::Login);
    QCOMPARE(run.result.text,
        QStringLiteral("The IMAP server localhost refused the login of %1. Check the password (or app "
                       "password) in the account's settings.")
            .arg(m_bed.file(QStringLiteral("user"))));
    QVERIFY(!run.transcript.contains(wrong));
    QVERIFY(!run.result.offersPin());
}

void TestSentCopyCheck::untrustedCertificate()
{
    Account a = account(SecurityMode::ImplicitTls);
    a.sentCopy.caFile.clear();
    const CheckRun run = runCheck(a, login(a));
    QVERIFY(run.finished);
    QVERIFY(!run.result.ok);
    QCOMPARE(run.result.failure->fault, NetworkFault::CertificateRejected);
    QCOMPARE(run.result.text,
        QStringLiteral(
            "The certificate of the IMAP server localhost is not trusted, so no copy was saved. Check "
            "the certificate in the account's settings and trust it only if it is the right one."));
    // What "Review certificate" shows and pins: the server's own certificate.
    QVERIFY(run.result.offersPin());
    QCOMPARE(run.result.tls.peer.sha256, m_bed.file(QStringLiteral("server-cert.sha256")));
    QVERIFY(!run.transcript.contains(QStringLiteral("AUTHENTICATE")));
}

void TestSentCopyCheck::pinnedCertificate()
{
    Account a = account(SecurityMode::ImplicitTls);
    a.sentCopy.caFile.clear();
    a.sentCopy.pinnedSha256 = m_bed.file(QStringLiteral("server-cert.sha256"));
    const CheckRun run = runCheck(a, login(a));
    QVERIFY2(run.result.ok, qPrintable(run.result.text));
    QVERIFY(run.result.tls.acceptedByPin);
}

void TestSentCopyCheck::serverDown()
{
    Account a = account(SecurityMode::StartTls);
    // A loopback port nothing listens on: one just closed again.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    a.sentCopy.port = probe.serverPort();
    probe.close();
    const CheckRun run = runCheck(a, login(a));
    QVERIFY(run.finished);
    QVERIFY(!run.result.ok);
    QCOMPARE(run.result.text,
        QStringLiteral(
            "The IMAP server localhost could not be reached; the copy to the Sent folder will be tried "
            "again later."));
}

void TestSentCopyCheck::noHost()
{
    Account a = account(SecurityMode::StartTls);
    a.sentCopy.host.clear();
    const CheckRun run = runCheck(a, login(a));
    QVERIFY(run.finished);
    QVERIFY(!run.result.ok);
    QCOMPARE(run.result.text, QStringLiteral("Enter the IMAP server's host name first."));
}

void TestSentCopyCheck::cancelledCheckSaysNothing()
{
    const Account a = account(SecurityMode::StartTls);
    SentCopyCheck check;
    QSignalSpy finished(&check, &SentCopyCheck::finished);
    check.start(a, login(a));
    QVERIFY(check.isRunning());
    check.cancel();
    QVERIFY(!check.isRunning());
    QTest::qWait(500);
    QCOMPARE(finished.count(), 0);
    // Nor the answer that needs no server.
    Account none = a;
    none.sentCopy.host.clear();
    check.start(none, login(none));
    check.cancel();
    QTest::qWait(100);
    QCOMPARE(finished.count(), 0);
}

QTEST_MAIN(TestSentCopyCheck)
#include "tst_sent_copy_check.moc"
