// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The copy to Sent against a REAL Dovecot on loopback, started by
// tests/support/dovecot-testbed.sh in a private folder: STARTTLS and
// implicit TLS with the test CA, pinning, the \Sent folder found and "Sent
// Items" without SPECIAL-USE, the stored bytes read back from the Maildir,
// the Message-ID lookup, a full mailbox, an outage and a wrong password;
// no transcript ever holds the password.

#include "DovecotBed.h"
#include "imap/SentCopyJob.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <memory>

using namespace stamp;
using namespace stamp::imap;
using stamp::test::DovecotBed;

namespace {

struct JobRun
{
    SentCopyResult result;
    QString transcript;
    bool finished = false;
};

JobRun runJob(const SentCopyJob::Request &request)
{
    JobRun run;
    SentCopyJob job(request);
    QObject::connect(&job, &SentCopyJob::transcript, [&](const TranscriptEvent &e) {
        run.transcript += TranscriptEvent::tag(e.kind) + QLatin1Char(' ') + e.text + QLatin1Char('\n');
    });
    QObject::connect(&job, &SentCopyJob::finished, [&](const SentCopyResult &r) {
        run.result = r;
        run.finished = true;
    });
    job.start();
    (void)QTest::qWaitFor([&] { return run.finished; }, 60000);
    return run;
}

QByteArray makeMessage(const QByteArray &messageId, int bodyLines = 3)
{
    QByteArray m = "From: Stamp Tests <stamp@example.test>\r\nTo: bob@example.test\r\nSubject: "
                   "=?UTF-8?Q?Gr=C3=BC=C3=9Fe?=\r\nMessage-ID: "
        + messageId
        + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
          "Content-Transfer-Encoding: 8bit\r\n\r\n";
    for (int i = 0; i < bodyLines; ++i)
        m += "Line " + QByteArray::number(i) + " \xc3\xa4\xc3\xb6\xc3\xbc, a dot follows\r\n.\r\n";
    return m;
}

QByteArray newMessageId()
{
    return '<' + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + "@stamp.test>";
}

} // namespace

Q_DECLARE_METATYPE(stamp::imap::SentCopyResult::Outcome)

class TestImapDovecot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void startTlsWithCa();
    void implicitTlsPinned();
    void untrustedCertificate();
    void wrongPin();
    void messageIdLookup();
    void wrongPassword();
    void outage();
    void withoutSpecialUse();
    void fullMailbox();

private:
    SentCopyJob::Request request(
        DovecotBed &bed, SecurityMode mode, const QByteArray &message, const QByteArray &messageId) const;
    void verifyClean(const JobRun &run, DovecotBed &bed) const;

    DovecotBed m_bed;
};

void TestImapDovecot::initTestCase()
{
    const QString problem = m_bed.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestImapDovecot::cleanupTestCase()
{
    m_bed.stop();
}

SentCopyJob::Request TestImapDovecot::request(
    DovecotBed &bed, SecurityMode mode, const QByteArray &message, const QByteArray &messageId) const
{
    SentCopyJob::Request r;
    r.settings.host = QStringLiteral("localhost"); // the name in the test certificate
    r.settings.security = mode;
    r.settings.port = mode == SecurityMode::ImplicitTls ? bed.imaps() : bed.imap();
    r.settings.caFile = bed.path(QStringLiteral("ca.pem"));
    r.settings.username = bed.file(QStringLiteral("user"));
    r.settings.timeoutMs = 15000;
    r.login.method = sasl::AuthMethod::Auto;
    r.login.credentials.username = r.settings.username;
    r.login.credentials.secret = bed.file(QStringLiteral("password"));
    r.message = message;
    r.messageId = messageId;
    return r;
}

void TestImapDovecot::verifyClean(const JobRun &run, DovecotBed &bed) const
{
    const QString password = bed.file(QStringLiteral("password"));
    QVERIFY(!password.isEmpty());
    QVERIFY2(!run.transcript.contains(password), qPrintable(run.transcript));
    QVERIFY(!run.transcript.contains(QString::fromLatin1(password.toUtf8().toBase64())));
    const QByteArray plain = QByteArray("\0", 1) + bed.file(QStringLiteral("user")).toUtf8()
        + QByteArray("\0", 1) + password.toUtf8();
    QVERIFY(!run.transcript.contains(QString::fromLatin1(plain.toBase64())));
    QVERIFY(!run.result.text.contains(password));
}

void TestImapDovecot::startTlsWithCa()
{
    const QByteArray id = newMessageId();
    const QByteArray message = makeMessage(id);
    const int before = m_bed.count(QStringLiteral("Sent"));
    const QMap<QString, QByteArray> storedBefore = m_bed.stored(QStringLiteral(".Sent"));
    const JobRun run = runJob(request(m_bed, SecurityMode::StartTls, message, id));
    QVERIFY2(run.finished, qPrintable(run.transcript));
    QCOMPARE(SentCopyResult::outcomeId(run.result.outcome), QStringLiteral("copied"));
    verifyClean(run, m_bed);
    QCOMPARE(run.result.mailbox, QStringLiteral("Sent")); // found by \Sent (SPECIAL-USE)
    QVERIFY(run.result.tls.encrypted);
    QVERIFY(!run.result.tls.acceptedByPin);
    QVERIFY(run.result.uid > 0);
    QVERIFY(run.result.uidValidity > 0);
    QVERIFY(run.transcript.contains(QStringLiteral("STARTTLS")));
    QVERIFY(run.transcript.contains(QStringLiteral("[redacted]")));
    QCOMPARE(m_bed.count(QStringLiteral("Sent")), before + 1);

    // The stored message, read back from the Maildir. Dovecot keeps Maildir
    // files with LF line ends (mail_save_crlf = no) and records the size on
    // the wire, CRLF included, as ",W=" in the file name: both must match
    // the bytes given, 8-bit text and the lone dots included.
    const QMap<QString, QByteArray> stored = m_bed.stored(QStringLiteral(".Sent"));
    QCOMPARE(stored.size(), storedBefore.size() + 1);
    QString name;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (!storedBefore.contains(it.key()))
            name = it.key();
    }
    QByteArray expected = message;
    expected.replace("\r\n", "\n");
    QCOMPARE(stored.value(name), expected);
    const QRegularExpressionMatch wire = QRegularExpression(QStringLiteral(",W=(\\d+)")).match(name);
    QVERIFY2(wire.hasMatch(), qPrintable(name));
    QCOMPARE(wire.captured(1).toLongLong(), qint64(message.size()));
    // \Seen, as a sent message is (Maildir flag S).
    QVERIFY2(name.section(QStringLiteral(":2,"), 1).contains(QLatin1Char('S')), qPrintable(name));
}

void TestImapDovecot::implicitTlsPinned()
{
    const QByteArray id = newMessageId();
    SentCopyJob::Request r = request(m_bed, SecurityMode::ImplicitTls, makeMessage(id), id);
    r.settings.caFile.clear();
    r.settings.pinnedSha256 = m_bed.file(QStringLiteral("server-cert.sha256"));
    QCOMPARE(r.settings.pinnedSha256.size(), 64);
    const JobRun run = runJob(r);
    QVERIFY2(run.finished, qPrintable(run.transcript));
    QCOMPARE(SentCopyResult::outcomeId(run.result.outcome), QStringLiteral("copied"));
    verifyClean(run, m_bed);
    QVERIFY(run.result.tls.encrypted);
    QVERIFY(run.result.tls.acceptedByPin);
    QVERIFY(run.result.tls.protocol.startsWith(QStringLiteral("TLS 1.")));
}

void TestImapDovecot::untrustedCertificate()
{
    const int before = m_bed.count(QStringLiteral("Sent"));
    const QByteArray id = newMessageId();
    SentCopyJob::Request r = request(m_bed, SecurityMode::ImplicitTls, makeMessage(id), id);
    r.settings.caFile.clear();
    const JobRun run = runJob(r);
    QVERIFY2(run.finished, qPrintable(run.transcript));
    QCOMPARE(SentCopyResult::outcomeId(run.result.outcome), QStringLiteral("needs-person"));
    QCOMPARE(run.result.failure->fault, NetworkFault::CertificateRejected);
    QVERIFY(run.result.failure->offersPin);
    QVERIFY(!run.transcript.contains(QStringLiteral("AUTHENTICATE")));
    QCOMPARE(m_bed.count(QStringLiteral("Sent")), before);
}

void TestImapDovecot::wrongPin()
{
    const QByteArray id = newMessageId();
    SentCopyJob::Request r = request(m_bed, SecurityMode::StartTls, makeMessage(id), id);
    // Verified by the CA, but not the pinned certificate: refused all the same.
    r.settings.pinnedSha256 = QString(64, QLatin1Char('0'));
    const JobRun run = runJob(r);
    QVERIFY2(run.finished, qPrintable(run.transcript));
    QCOMPARE(SentCopyResult::outcomeId(run.result.outcome), QStringLiteral("needs-person"));
    QCOMPARE(run.result.failure->fault, NetworkFault::PinMismatch);
    QVERIFY(!run.transcript.contains(QStringLiteral("AUTHENTICATE")));
}

void TestImapDovecot::messageIdLookup()
{
    // The copy made before a crash is found again: exactly one in Sent.
    const QByteArray id = newMessageId();
    const QByteArray message = makeMessage(id);
    const int before = m_bed.count(QStringLiteral("Sent"));
    const JobRun first = runJob(request(m_bed, SecurityMode::ImplicitTls, message, id));
    QVERIFY2(first.finished, qPrintable(first.transcript));
    QCOMPARE(SentCopyResult::outcomeId(first.result.outcome), QStringLiteral("copied"));
    const JobRun second = runJob(request(m_bed, SecurityMode::ImplicitTls, message, id));
    QVERIFY2(second.finished, qPrintable(second.transcript));
    QCOMPARE(SentCopyResult::outcomeId(second.result.outcome), QStringLiteral("already-there"));
    QCOMPARE(second.result.uid, first.result.uid);
    QVERIFY(!second.transcript.contains(QStringLiteral(" APPEND \"")));  // MULTIAPPEND is a capability
    verifyClean(second, m_bed);
    QCOMPARE(m_bed.count(QStringLiteral("Sent")), before + 1);
}

void TestImapDovecot::wrongPassword()
{
    const QByteArray id = newMessageId();
    SentCopyJob::Request r = request(m_bed, SecurityMode::StartTls, makeMessage(id), id);
    const QString wrong = QStringLiteral("not-the-Password-42");
    r.login.credentials.secret = wrong;
    const JobRun run = runJob(r);
    QVERIFY2(run.finished, qPrintable(run.transcript));
    QCOMPARE(SentCopyResult::outcomeId(run.result.outcome), QStringLiteral("needs-person"));
    QCOMPARE(run.result.failure->step, ImapStep::Login);
    QVERIFY(run.result.text.contains(m_bed.file(QStringLiteral("user"))));
    QVERIFY(!run.transcript.contains(wrong));
    QVERIFY(!run.result.text.contains(wrong));
    verifyClean(run, m_bed);
}

void TestImapDovecot::outage()
{
    const QByteArray id = newMessageId();
    const QByteArray message = makeMessage(id);
    const int before = m_bed.count(QStringLiteral("Sent"));
    QString problem = m_bed.pause();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const JobRun down = runJob(request(m_bed, SecurityMode::ImplicitTls, message, id));
    QVERIFY2(down.finished, qPrintable(down.transcript));
    problem = m_bed.resume();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(SentCopyResult::outcomeId(down.result.outcome), QStringLiteral("retry-later"));
    QCOMPARE(down.result.failure->fault, NetworkFault::ConnectionRefused);
    QCOMPARE(m_bed.count(QStringLiteral("Sent")), before);
    const JobRun up = runJob(request(m_bed, SecurityMode::ImplicitTls, message, id));
    QVERIFY2(up.finished, qPrintable(up.transcript));
    QCOMPARE(SentCopyResult::outcomeId(up.result.outcome), QStringLiteral("copied"));
    QCOMPARE(m_bed.count(QStringLiteral("Sent")), before + 1);
}

void TestImapDovecot::withoutSpecialUse()
{
    DovecotBed bed;
    const QString problem = bed.start({ QStringLiteral("--no-special-use") });
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QByteArray id = newMessageId();
    const QByteArray message = makeMessage(id);
    const JobRun run = runJob(request(bed, SecurityMode::StartTls, message, id));
    QVERIFY2(run.finished, qPrintable(run.transcript));
    QCOMPARE(SentCopyResult::outcomeId(run.result.outcome), QStringLiteral("copied"));
    QCOMPARE(run.result.mailbox, QStringLiteral("Sent Items")); // one of the usual names
    QVERIFY(run.transcript.contains(QStringLiteral("LIST \"\" \"*\"")));
    QVERIFY(!run.transcript.contains(QStringLiteral("RETURN (SPECIAL-USE)")));
    QCOMPARE(bed.count(QStringLiteral("Sent Items")), 1);
    QByteArray expected = message;
    expected.replace("\r\n", "\n");
    QCOMPARE(bed.stored(QStringLiteral(".Sent Items")).values(), QList<QByteArray> { expected });
    verifyClean(run, bed);
}

void TestImapDovecot::fullMailbox()
{
    DovecotBed bed;
    const QString problem = bed.start({ QStringLiteral("--quota-kb"), QStringLiteral("2") });
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QByteArray id = newMessageId();
    const JobRun run = runJob(request(bed, SecurityMode::ImplicitTls, makeMessage(id, 200), id));
    QVERIFY2(run.finished, qPrintable(run.transcript));
    QCOMPARE(SentCopyResult::outcomeId(run.result.outcome), QStringLiteral("retry-later"));
    QCOMPARE(run.result.failure->step, ImapStep::Append);
    QCOMPARE(run.result.failure->code, QByteArray("OVERQUOTA"));
    QVERIFY(run.result.text.contains(QStringLiteral("full")));
    QCOMPARE(bed.count(QStringLiteral("Sent")), 0);
    verifyClean(run, bed);
}

QTEST_GUILESS_MAIN(TestImapDovecot)
#include "tst_imap_dovecot.moc"
