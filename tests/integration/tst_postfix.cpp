// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// `stamp send` and `stamp check` against a real Postfix submission server on
// loopback (STARTTLS and implicit-TLS listeners, Cyrus SASL users in a
// sasldb), started by tests/support/postfix-testbed.sh. Delivery is proven
// from Postfix's own log: the queue id Postfix gave in its 250 reply, its
// size, number of recipients and SASL method.

#include "Peers.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace stamp;

namespace {
const QString kPasswordVar = QStringLiteral("STAMP_TEST_PASSWORD");
}

class TestPostfix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sendWithEachMechanism_data();
    void sendWithEachMechanism();
    void autoPicksStrongest();
    void passwordFromStdin();
    void wrongPassword_data();
    void wrongPassword();
    void refusedLoginButTakenByATrustingRelay();
    void loginLeadsTheTransaction_data();
    void loginLeadsTheTransaction();
    void messageOverSizeLimit();
    void someRecipientsRefused();
    void senderRefused();
    void refusedAfterFinalDot();
    void untrustedCertificate();
    void wrongHostName();
    void pinnedCertificate();
    void wrongPin();
    void checkReportsTls();
    void plaintextOnLoopback();
    void emlSentAsIs();
    void debugLoggingHasNoSecrets();
    void severalMessagesOneConnection();
    void chunkedAfterEnvelope();
    void dataWhenChunkingIsOff();

private:
    QStringList serverArgs(const QString &security, const QString &host = QStringLiteral("localhost")) const;
    QStringList loginArgs(const QString &auth = QStringLiteral("auto")) const;
    QHash<QString, QString> passwordEnv(const QString &password = {}) const;
    // Waits for Postfix's log to show the message with this queue id and
    // returns its "size=N, nrcpt=M" line.
    QString queuedLine(const QString &queueId);
    void assertNoSecrets(const QByteArray &text);

    test::PostfixTestbed m_postfix;
    QTemporaryDir m_work;
};

void TestPostfix::initTestCase()
{
    const QString problem = m_postfix.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(m_work.isValid());
}

void TestPostfix::cleanupTestCase()
{
    m_postfix.stop();
}

QStringList TestPostfix::serverArgs(const QString &security, const QString &host) const
{
    const QString port = security == QLatin1String("tls")        ? m_postfix.value(QStringLiteral("TLS_PORT"))
                         : security == QLatin1String("starttls") ? m_postfix.value(QStringLiteral("STARTTLS_PORT"))
                                                                 : m_postfix.value(QStringLiteral("PLAIN_PORT"));
    return {QStringLiteral("--host"), host, QStringLiteral("--port"), port, QStringLiteral("--security"), security};
}

QStringList TestPostfix::loginArgs(const QString &auth) const
{
    return {QStringLiteral("--user"), m_postfix.value(QStringLiteral("USER")), QStringLiteral("--password-env"),
            kPasswordVar, QStringLiteral("--auth"), auth};
}

QHash<QString, QString> TestPostfix::passwordEnv(const QString &password) const
{
    return {{kPasswordVar, password.isEmpty() ? m_postfix.value(QStringLiteral("PASSWORD")) : password}};
}

QString TestPostfix::queuedLine(const QString &queueId)
{
    const QString pattern = queueId + QStringLiteral(": from=<[^>]*>, size=\\d+, nrcpt=\\d+");
    if (!m_postfix.waitForLog(pattern))
        return {};
    return QRegularExpression(pattern).match(m_postfix.maillog()).captured(0);
}

void TestPostfix::assertNoSecrets(const QByteArray &text)
{
    const QByteArray password = m_postfix.value(QStringLiteral("PASSWORD")).toUtf8();
    const QByteArray user = m_postfix.value(QStringLiteral("USER")).toUtf8();
    QVERIFY2(!text.contains(password), "the password appears in the output");
    QVERIFY2(!text.contains(password.toBase64()), "the base64 password appears in the output");
    QVERIFY2(!text.contains(QByteArray('\0' + user + '\0' + password).toBase64()), "the PLAIN payload appears");
    QVERIFY2(!text.contains(QByteArray(user + '\0' + password).toBase64()), "a PLAIN payload appears");
}

static QString queueIdOf(const QJsonObject &json)
{
    // Postfix: "250 2.0.0 Ok: queued as 4F2B81A0B2C"
    const QString text = json.value(QStringLiteral("finalReply")).toObject().value(QStringLiteral("text")).toString();
    return QRegularExpression(QStringLiteral("queued as ([0-9A-Za-z]+)")).match(text).captured(1);
}

void TestPostfix::sendWithEachMechanism_data()
{
    QTest::addColumn<QString>("security");
    QTest::addColumn<QString>("auth");
    QTest::addColumn<QString>("saslMethod");
    const QStringList mechs = m_postfix.value(QStringLiteral("MECHS")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    QVERIFY2(mechs.size() >= 4, qPrintable(QStringLiteral("Postfix offers only: ") + mechs.join(QLatin1Char(' '))));
    for (const QString &security : {QStringLiteral("starttls"), QStringLiteral("tls")}) {
        for (const QString &mech : mechs) {
            QTest::addRow("%s %s", qPrintable(security), qPrintable(mech))
                << security << mech.toLower() << mech.toUpper();
        }
    }
}

void TestPostfix::sendWithEachMechanism()
{
    QFETCH(QString, security);
    QFETCH(QString, auth);
    QFETCH(QString, saslMethod);
    const QString log = m_work.filePath(QStringLiteral("transcript-%1-%2.log").arg(security, auth));
    QStringList args = {QStringLiteral("send")};
    args << serverArgs(security) << loginArgs(auth)
         << QStringList{QStringLiteral("--ca-file"), m_postfix.value(QStringLiteral("CA_FILE")),
                        QStringLiteral("--from"), m_postfix.value(QStringLiteral("USER")), QStringLiteral("--to"),
                        QStringLiteral("one@example.net,two@example.net"), QStringLiteral("--cc"),
                        QStringLiteral("three@example.org"), QStringLiteral("--subject"),
                        QStringLiteral("Test %1 %2").arg(security, auth), QStringLiteral("--body"),
                        QStringLiteral("Hello from Stamp.\n.\nA line with only a dot above."),
                        QStringLiteral("--log"), log, QStringLiteral("--json")};
    const test::CliRun run = test::runStamp(args, {}, passwordEnv());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
    QCOMPARE(json.value(QStringLiteral("accepted")).toArray().size(), 3);
    QCOMPARE(json.value(QStringLiteral("authMechanism")).toString(), saslMethod);
    QVERIFY(json.value(QStringLiteral("tls")).toObject().value(QStringLiteral("encrypted")).toBool());

    // Postfix's own log shows the message: the same queue id, 3 recipients,
    // and the SASL method it saw.
    const QString queueId = queueIdOf(json);
    QVERIFY2(!queueId.isEmpty(), run.out.constData());
    const QString queued = queuedLine(queueId);
    QVERIFY2(queued.contains(QStringLiteral("nrcpt=3")), qPrintable(queued));
    QVERIFY(m_postfix.waitForLog(queueId + QStringLiteral(": client=[^,]*\\[127\\.0\\.0\\.1\\]:?\\d*, sasl_method=")
                                 + saslMethod + QStringLiteral(", sasl_username=") +
                                 QRegularExpression::escape(m_postfix.value(QStringLiteral("USER")))));

    QFile transcript(log);
    QVERIFY(transcript.open(QIODevice::ReadOnly));
    const QByteArray text = transcript.readAll();
    QVERIFY(text.contains("C: STARTTLS") == (security == QLatin1String("starttls")));
    QVERIFY(text.contains("TLS TLS 1.3") || text.contains("TLS TLS 1.2"));
    QVERIFY(text.contains("[redacted]"));
    assertNoSecrets(text);
    assertNoSecrets(run.out + run.err);
}

void TestPostfix::autoPicksStrongest()
{
    QStringList args = {QStringLiteral("check")};
    args << serverArgs(QStringLiteral("starttls")) << loginArgs()
         << QStringList{QStringLiteral("--ca-file"), m_postfix.value(QStringLiteral("CA_FILE")), QStringLiteral("--json")};
    const test::CliRun run = test::runStamp(args, {}, passwordEnv());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    const QStringList offered =
        json.value(QStringLiteral("capabilities")).toObject().value(QStringLiteral("auth")).toVariant().toStringList();
    const QString expected = offered.contains(QStringLiteral("SCRAM-SHA-256")) ? QStringLiteral("SCRAM-SHA-256")
                             : offered.contains(QStringLiteral("SCRAM-SHA-1")) ? QStringLiteral("SCRAM-SHA-1")
                                                                               : QStringLiteral("PLAIN");
    QCOMPARE(json.value(QStringLiteral("authMechanism")).toString(), expected);
}

void TestPostfix::passwordFromStdin()
{
    QStringList args = {QStringLiteral("send")};
    args << serverArgs(QStringLiteral("tls"))
         << QStringList{QStringLiteral("--user"), m_postfix.value(QStringLiteral("USER2")),
                        QStringLiteral("--password-stdin"), QStringLiteral("--ca-file"),
                        m_postfix.value(QStringLiteral("CA_FILE")), QStringLiteral("--from"),
                        m_postfix.value(QStringLiteral("USER2")), QStringLiteral("--to"),
                        QStringLiteral("someone@example.net"), QStringLiteral("--body"), QStringLiteral("hi")};
    const test::CliRun run =
        test::runStamp(args, m_postfix.value(QStringLiteral("PASSWORD2")).toUtf8() + "\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("Sent to 1 recipient"));
}

void TestPostfix::wrongPassword_data()
{
    QTest::addColumn<QString>("auth");
    QTest::addColumn<QString>("saslName");
    QTest::addColumn<bool>("envelopeSent");
    // PLAIN, LOGIN and CRAM-MD5 send the envelope right behind their last
    // message (RFC 4954 §4, RFC 2920 §3.1): Postfix must refuse it. SCRAM
    // is refused at the client proof, before the client has verified the
    // server and so before any envelope would go out.
    QTest::newRow("plain") << QStringLiteral("plain") << QStringLiteral("PLAIN") << true;
    QTest::newRow("login") << QStringLiteral("login") << QStringLiteral("LOGIN") << true;
    QTest::newRow("cram-md5") << QStringLiteral("cram-md5") << QStringLiteral("CRAM-MD5") << true;
    QTest::newRow("scram-sha-1") << QStringLiteral("scram-sha-1") << QStringLiteral("SCRAM-SHA-1") << false;
    QTest::newRow("scram-sha-256") << QStringLiteral("scram-sha-256") << QStringLiteral("SCRAM-SHA-256") << false;
}

void TestPostfix::wrongPassword()
{
    QFETCH(QString, auth);
    QFETCH(QString, saslName);
    QFETCH(bool, envelopeSent);
    const QString wrong = QStringLiteral("Wrong-Battery-9");
    const QString log = m_work.filePath(QStringLiteral("wrong-password-%1.log").arg(auth));
    QStringList args = {QStringLiteral("send")};
    args << serverArgs(QStringLiteral("starttls")) << loginArgs(auth)
         << QStringList{QStringLiteral("--ca-file"), m_postfix.value(QStringLiteral("CA_FILE")), QStringLiteral("--from"),
                        m_postfix.value(QStringLiteral("USER")), QStringLiteral("--to"),
                        QStringLiteral("wrong-password@example.net"), QStringLiteral("--body"), QStringLiteral("x"),
                        QStringLiteral("--log"), log};
    const QString before = m_postfix.maillog();

    // JSON: phase, reply, diagnosis; the message is not sent, and certainly so.
    const test::CliRun json = test::runStamp(QStringList(args) << QStringLiteral("--json"), {}, passwordEnv(wrong));
    QCOMPARE(json.exitCode, 3);
    const QJsonObject object = QJsonDocument::fromJson(json.out).object();
    const QJsonObject failure = object.value(QStringLiteral("failure")).toObject();
    QCOMPARE(failure.value(QStringLiteral("phase")).toString(), QStringLiteral("auth"));
    QCOMPARE(failure.value(QStringLiteral("reply")).toObject().value(QStringLiteral("code")).toInt(), 535);
    QVERIFY(failure.value(QStringLiteral("diagnosis")).toObject().value(QStringLiteral("id")).toString().startsWith(
        QStringLiteral("auth.")));
    QVERIFY(!object.value(QStringLiteral("uncertain")).toBool());
    QVERIFY(m_postfix.waitForLog(QStringLiteral("SASL ") + saslName + QStringLiteral(" authentication failed")));

    // The transcript shows whether the envelope followed the last answer,
    // and never the password.
    QFile transcript(log);
    QVERIFY(transcript.open(QIODevice::ReadOnly));
    const QByteArray text = transcript.readAll();
    QVERIFY2(text.contains("C: MAIL FROM") == envelopeSent, text.constData());
    QVERIFY(!text.contains(wrong.toUtf8()));
    QVERIFY(!text.contains(wrong.toUtf8().toBase64()));
    assertNoSecrets(text + json.out + json.err);

    // In words: the failure named, a remedy, no secret.
    const test::CliRun words = test::runStamp(args, {}, passwordEnv(wrong));
    QCOMPARE(words.exitCode, 3);
    QVERIFY2(words.err.contains("535"), words.err.constData());
    QVERIFY(words.err.contains("What to do:"));
    QVERIFY(!words.err.contains(wrong.toUtf8()));
    QVERIFY(!words.err.contains(wrong.toUtf8().toBase64()));

    // Nothing was queued.
    QTest::qWait(300);
    const QString after = m_postfix.maillog().mid(before.size());
    QVERIFY2(!after.contains(QStringLiteral("nrcpt=")), qPrintable(after));
}

void TestPostfix::refusedLoginButTakenByATrustingRelay()
{
    // A relay that trusts its own network (permit_mynetworks) refuses the
    // wrong password but takes the message that followed the login in the
    // same group. The message is delivered, so Stamp must say it was sent:
    // reporting "not sent" would have the person send it a second time.
    const QString wrong = QStringLiteral("Wrong-Battery-9");
    const QString before = m_postfix.maillog();
    const test::CliRun run = test::runStamp(
        {QStringLiteral("send"), QStringLiteral("--host"), QStringLiteral("localhost"), QStringLiteral("--port"),
         m_postfix.value(QStringLiteral("TRUSTING_PORT")), QStringLiteral("--security"), QStringLiteral("none"),
         QStringLiteral("--user"), m_postfix.value(QStringLiteral("USER")), QStringLiteral("--password-env"),
         kPasswordVar, QStringLiteral("--auth"), QStringLiteral("plain"), QStringLiteral("--from"),
         QStringLiteral("someone@example.com"), QStringLiteral("--to"), QStringLiteral("trusting@example.net"),
         QStringLiteral("--body"), QStringLiteral("x"), QStringLiteral("--json")},
        {}, passwordEnv(wrong));
    QVERIFY(m_postfix.waitForLog(QStringLiteral("SASL PLAIN authentication failed")));
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
    QVERIFY(!json.value(QStringLiteral("uncertain")).toBool());
    // Postfix queued it: the queue id Stamp reports is in its log.
    const QString queueId = queueIdOf(json);
    QVERIFY2(!queueId.isEmpty(), run.out.constData());
    QVERIFY(!queuedLine(queueId).isEmpty());
    QVERIFY(m_postfix.maillog().mid(before.size()).contains(QStringLiteral("postfix/trusting")));
    assertNoSecrets(run.out + run.err);
    QVERIFY(!run.out.contains(wrong.toUtf8()) && !run.err.contains(wrong.toUtf8()));
}

void TestPostfix::loginLeadsTheTransaction_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<QString>("saslName");
    QTest::addRow("SCRAM-SHA-256") << int(sasl::AuthMethod::ScramSha256) << QStringLiteral("SCRAM-SHA-256");
    QTest::addRow("SCRAM-SHA-1") << int(sasl::AuthMethod::ScramSha1) << QStringLiteral("SCRAM-SHA-1");
    QTest::addRow("LOGIN") << int(sasl::AuthMethod::Login) << QStringLiteral("LOGIN");
    QTest::addRow("CRAM-MD5") << int(sasl::AuthMethod::CramMd5) << QStringLiteral("CRAM-MD5");
    QTest::addRow("PLAIN") << int(sasl::AuthMethod::Plain) << QStringLiteral("PLAIN");
}

void TestPostfix::loginLeadsTheTransaction()
{
    // Postfix with Cyrus SASL takes LOGIN's user name on the AUTH line and
    // the envelope, content and QUIT right behind each mechanism's last
    // message: MAIL goes out before the 235 has come back.
    QFETCH(int, method);
    QFETCH(QString, saslName);
    ServerSettings server;
    server.host = QStringLiteral("localhost");
    server.port = m_postfix.port(QStringLiteral("STARTTLS_PORT"));
    server.security = SecurityMode::StartTls;
    server.caFile = m_postfix.value(QStringLiteral("CA_FILE"));
    AuthSettings auth;
    auth.method = sasl::AuthMethod(method);
    auth.credentials = {m_postfix.value(QStringLiteral("USER")), m_postfix.value(QStringLiteral("PASSWORD")), {}};
    const QByteArray id = "<lead-" + saslName.toLatin1() + "@stamp.test>";
    QByteArray content = "Subject: lead\r\nMessage-ID: " + id + "\r\n\r\nhi\r\n";
    QBuffer body(&content);
    body.open(QIODevice::ReadOnly);
    OutgoingMessage message;
    message.from = m_postfix.value(QStringLiteral("USER"));
    message.recipients = {QStringLiteral("lead@example.net")};
    message.body = &body;
    const test::SessionRun run = test::runSession(server, auth, {message});
    QVERIFY2(run.report.messages.value(0).status == SendResult::Status::Sent, qPrintable(run.transcriptText()));
    QCOMPARE(run.report.authMechanism, saslName);

    qsizetype mail = -1;
    qsizetype loggedIn = -1;
    int authLines = 0;
    for (qsizetype i = 0; i < run.events.size(); ++i) {
        const TranscriptEvent &event = run.events.at(i);
        if (event.kind == TranscriptEvent::Kind::Client && event.text.startsWith(QLatin1String("MAIL FROM")) && mail < 0)
            mail = i;
        if (event.kind == TranscriptEvent::Kind::Server && event.text.startsWith(QLatin1String("235")) && loggedIn < 0)
            loggedIn = i;
        if (event.kind == TranscriptEvent::Kind::Client && event.text.startsWith(QLatin1String("AUTH ")))
            ++authLines;
    }
    QVERIFY2(mail >= 0 && loggedIn > mail, qPrintable(run.transcriptText()));
    QCOMPARE(authLines, 1);
    if (method == int(sasl::AuthMethod::Login))
        QVERIFY(run.transcriptText().contains(QStringLiteral("AUTH LOGIN [redacted]")));
    const QString queueId = QRegularExpression(QStringLiteral("queued as ([0-9A-Za-z]+)"))
                                .match(run.report.messages.first().finalReply->text())
                                .captured(1);
    QVERIFY(!queueId.isEmpty());
    QVERIFY(m_postfix.waitForLog(queueId + QStringLiteral(": client=[^,]*, sasl_method=") + saslName));
    QVERIFY(m_postfix.waitForLog(queueId + QStringLiteral(": message-id=")
                                 + QRegularExpression::escape(QString::fromLatin1(id))));
    assertNoSecrets(run.transcriptText().toUtf8());
}

void TestPostfix::messageOverSizeLimit()
{
    const qint64 limit = m_postfix.value(QStringLiteral("SIZE_LIMIT")).toLongLong();
    QVERIFY(limit > 0);
    QFile big(m_work.filePath(QStringLiteral("big.txt")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    const QByteArray line(76, 'a');
    for (qint64 written = 0; written < limit + 10000; written += line.size() + 1)
        big.write(line + '\n');
    big.close();
    QStringList args = {QStringLiteral("send")};
    args << serverArgs(QStringLiteral("tls")) << loginArgs()
         << QStringList{QStringLiteral("--ca-file"), m_postfix.value(QStringLiteral("CA_FILE")), QStringLiteral("--from"),
                        m_postfix.value(QStringLiteral("USER")), QStringLiteral("--to"), QStringLiteral("x@example.net"),
                        QStringLiteral("--body-file"), big.fileName(), QStringLiteral("--json")};
    const test::CliRun run = test::runStamp(args, {}, passwordEnv());
    QCOMPARE(run.exitCode, 3);
    const QJsonObject failure =
        QJsonDocument::fromJson(run.out).object().value(QStringLiteral("failure")).toObject();
    // Refused from the server's SIZE before any upload (RFC 1870).
    QCOMPARE(failure.value(QStringLiteral("fault")).toString(), QStringLiteral("message-too-large"));
    QVERIFY(!failure.value(QStringLiteral("diagnosis")).toObject().value(QStringLiteral("remedy")).toString().isEmpty());
}

void TestPostfix::someRecipientsRefused()
{
    const QString refused = m_postfix.value(QStringLiteral("REFUSED_RCPT"));
    const QString later = m_postfix.value(QStringLiteral("TEMPFAIL_RCPT"));
    QStringList args = {QStringLiteral("send")};
    args << serverArgs(QStringLiteral("starttls")) << loginArgs()
         << QStringList{QStringLiteral("--ca-file"), m_postfix.value(QStringLiteral("CA_FILE")), QStringLiteral("--from"),
                        m_postfix.value(QStringLiteral("USER")), QStringLiteral("--to"),
                        QStringLiteral("ok1@example.net,") + refused, QStringLiteral("--bcc"), later,
                        QStringLiteral("--to"), QStringLiteral("ok2@example.net"), QStringLiteral("--body"),
                        QStringLiteral("partial"), QStringLiteral("--json")};
    const test::CliRun run = test::runStamp(args, {}, passwordEnv());
    QCOMPARE(run.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("partial"));
    QCOMPARE(json.value(QStringLiteral("accepted")).toArray().size(), 2);
    const QJsonArray refusedList = json.value(QStringLiteral("refused")).toArray();
    QCOMPARE(refusedList.size(), 2);
    QHash<QString, int> codes;
    for (const QJsonValue &v : refusedList) {
        codes.insert(v.toObject().value(QStringLiteral("address")).toString(),
                     v.toObject().value(QStringLiteral("reply")).toObject().value(QStringLiteral("code")).toInt());
    }
    QCOMPARE(codes.value(refused), 550);
    QCOMPARE(codes.value(later), 450);
    const QString queued = queuedLine(queueIdOf(json));
    QVERIFY2(queued.contains(QStringLiteral("nrcpt=2")), qPrintable(queued));
}

void TestPostfix::senderRefused()
{
    QStringList args = {QStringLiteral("send")};
    args << serverArgs(QStringLiteral("starttls")) << loginArgs()
         << QStringList{QStringLiteral("--ca-file"), m_postfix.value(QStringLiteral("CA_FILE")), QStringLiteral("--from"),
                        m_postfix.value(QStringLiteral("REFUSED_SENDER")), QStringLiteral("--to"),
                        QStringLiteral("x@example.net"), QStringLiteral("--body"), QStringLiteral("x"),
                        QStringLiteral("--json")};
    const test::CliRun run = test::runStamp(args, {}, passwordEnv());
    QCOMPARE(run.exitCode, 3);
    const QJsonObject failure =
        QJsonDocument::fromJson(run.out).object().value(QStringLiteral("failure")).toObject();
    QCOMPARE(failure.value(QStringLiteral("phase")).toString(), QStringLiteral("mail"));
    QCOMPARE(failure.value(QStringLiteral("reply")).toObject().value(QStringLiteral("code")).toInt(), 553);
}

void TestPostfix::refusedAfterFinalDot()
{
    const QString eml = m_work.filePath(QStringLiteral("rejected.eml"));
    QFile file(eml);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("From: " + m_postfix.value(QStringLiteral("USER")).toUtf8() + "\r\nTo: x@example.net\r\n"
               + m_postfix.value(QStringLiteral("TEST_HEADER")).toUtf8() + ": "
               + m_postfix.value(QStringLiteral("REJECT_HEADER_VALUE")).toUtf8() + "\r\nSubject: no\r\n\r\nbody\r\n");
    file.close();
    QStringList args = {QStringLiteral("send")};
    args << serverArgs(QStringLiteral("tls")) << loginArgs()
         << QStringList{QStringLiteral("--ca-file"), m_postfix.value(QStringLiteral("CA_FILE")), QStringLiteral("--from"),
                        m_postfix.value(QStringLiteral("USER")), QStringLiteral("--to"), QStringLiteral("x@example.net"),
                        QStringLiteral("--eml"), eml, QStringLiteral("--json")};
    const test::CliRun run = test::runStamp(args, {}, passwordEnv());
    QCOMPARE(run.exitCode, 3);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    const QJsonObject failure = json.value(QStringLiteral("failure")).toObject();
    QCOMPARE(failure.value(QStringLiteral("phase")).toString(), QStringLiteral("final-reply"));
    QCOMPARE(failure.value(QStringLiteral("reply")).toObject().value(QStringLiteral("code")).toInt(), 550);
    QVERIFY(!json.value(QStringLiteral("uncertain")).toBool());
}

void TestPostfix::untrustedCertificate()
{
    // No --ca-file: the test CA is unknown to the system, as a
    // man-in-the-middle's would be.
    const QString before = m_postfix.maillog();
    QStringList args = {QStringLiteral("send")};
    args << serverArgs(QStringLiteral("starttls")) << loginArgs()
         << QStringList{QStringLiteral("--from"), m_postfix.value(QStringLiteral("USER")), QStringLiteral("--to"),
                        QStringLiteral("x@example.net"), QStringLiteral("--body"), QStringLiteral("x"),
                        QStringLiteral("--json")};
    const test::CliRun run = test::runStamp(args, {}, passwordEnv());
    QCOMPARE(run.exitCode, 3);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    const QJsonObject failure = json.value(QStringLiteral("failure")).toObject();
    QCOMPARE(failure.value(QStringLiteral("phase")).toString(), QStringLiteral("tls"));
    QCOMPARE(failure.value(QStringLiteral("fault")).toString(), QStringLiteral("certificate-rejected"));
    QVERIFY(failure.value(QStringLiteral("diagnosis")).toObject().value(QStringLiteral("id")).toString().startsWith(
        QStringLiteral("tls.")));
    // The certificate's details are reported so the person can judge it.
    const QJsonObject cert =
        json.value(QStringLiteral("tls")).toObject().value(QStringLiteral("certificate")).toObject();
    QCOMPARE(cert.value(QStringLiteral("sha256")).toString(), m_postfix.value(QStringLiteral("CERT_SHA256")));
    QVERIFY(!cert.value(QStringLiteral("issuer")).toString().isEmpty());
    // Nothing was sent: no login and no message reached Postfix.
    QTest::qWait(500);
    const QString after = m_postfix.maillog().mid(before.size());
    QVERIFY2(!after.contains(QStringLiteral("sasl_method")), qPrintable(after));
    QVERIFY2(!after.contains(QStringLiteral("nrcpt=")), qPrintable(after));
}

void TestPostfix::wrongHostName()
{
    QStringList args = {QStringLiteral("check")};
    args << serverArgs(QStringLiteral("tls"), QStringLiteral("127.0.0.1"))
         << QStringList{QStringLiteral("--ca-file"), m_postfix.value(QStringLiteral("CA_FILE")), QStringLiteral("--json")};
    const test::CliRun run = test::runStamp(args);
    QCOMPARE(run.exitCode, 3);
    const QJsonObject failure =
        QJsonDocument::fromJson(run.out).object().value(QStringLiteral("failure")).toObject();
    QCOMPARE(failure.value(QStringLiteral("fault")).toString(), QStringLiteral("certificate-rejected"));
    const QString id = failure.value(QStringLiteral("diagnosis")).toObject().value(QStringLiteral("id")).toString();
    QVERIFY2(id.contains(QStringLiteral("host")), qPrintable(id));
}

void TestPostfix::pinnedCertificate()
{
    // The name does not match and no CA is given, but the person pinned this
    // exact certificate: accepted, and the mail goes out.
    QStringList args = {QStringLiteral("send")};
    args << serverArgs(QStringLiteral("starttls"), QStringLiteral("127.0.0.1")) << loginArgs()
         << QStringList{QStringLiteral("--pin-sha256"), m_postfix.value(QStringLiteral("CERT_SHA256")),
                        QStringLiteral("--from"), m_postfix.value(QStringLiteral("USER")), QStringLiteral("--to"),
                        QStringLiteral("pinned@example.net"), QStringLiteral("--body"), QStringLiteral("x"),
                        QStringLiteral("--json")};
    const test::CliRun run = test::runStamp(args, {}, passwordEnv());
    QVERIFY2(run.exitCode == 0, run.out.constData());
    const QJsonObject tls = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("tls")).toObject();
    QVERIFY(tls.value(QStringLiteral("trustedByPin")).toBool());
}

void TestPostfix::wrongPin()
{
    // Even a certificate the CA vouches for is refused when it is not the
    // pinned one.
    QStringList args = {QStringLiteral("check")};
    args << serverArgs(QStringLiteral("tls"))
         << QStringList{QStringLiteral("--ca-file"), m_postfix.value(QStringLiteral("CA_FILE")),
                        QStringLiteral("--pin-sha256"), QString(64, QLatin1Char('a')), QStringLiteral("--json")};
    const test::CliRun run = test::runStamp(args);
    QCOMPARE(run.exitCode, 3);
    const QJsonObject failure =
        QJsonDocument::fromJson(run.out).object().value(QStringLiteral("failure")).toObject();
    QCOMPARE(failure.value(QStringLiteral("fault")).toString(), QStringLiteral("pin-mismatch"));
}

void TestPostfix::checkReportsTls()
{
    QStringList args = {QStringLiteral("check")};
    args << serverArgs(QStringLiteral("starttls")) << loginArgs()
         << QStringList{QStringLiteral("--ca-file"), m_postfix.value(QStringLiteral("CA_FILE"))};
    const test::CliRun run = test::runStamp(args, {}, passwordEnv());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QStringLiteral("TLS:          TLS 1.3")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("CN=localhost")));
    // The fingerprint as people compare it: upper-case pairs with colons.
    QString pairs;
    const QString hex = m_postfix.value(QStringLiteral("CERT_SHA256")).toUpper();
    for (int i = 0; i < hex.size(); i += 2)
        pairs += (i ? QStringLiteral(":") : QString()) + hex.mid(i, 2);
    QVERIFY(out.contains(pairs));
    QVERIFY(out.contains(QStringLiteral("Login:        accepted")));
    QVERIFY(out.contains(QStringLiteral("PIPELINING")));
    QVERIFY(out.contains(QStringLiteral("Check passed.")));
    assertNoSecrets(run.out + run.err);
}

void TestPostfix::plaintextOnLoopback()
{
    // security=none is allowed to log in only because the peer is loopback.
    QStringList args = {QStringLiteral("send")};
    args << serverArgs(QStringLiteral("none"), QStringLiteral("127.0.0.1")) << loginArgs(QStringLiteral("plain"))
         << QStringList{QStringLiteral("--from"), m_postfix.value(QStringLiteral("USER")), QStringLiteral("--to"),
                        QStringLiteral("x@example.net"), QStringLiteral("--body"), QStringLiteral("x"),
                        QStringLiteral("--log"), QStringLiteral("-")};
    const test::CliRun run = test::runStamp(args, {}, passwordEnv());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    assertNoSecrets(run.out + run.err);
}

void TestPostfix::emlSentAsIs()
{
    const QString eml = m_work.filePath(QStringLiteral("prepared.eml"));
    QFile file(eml);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray content = "From: Alice <" + m_postfix.value(QStringLiteral("USER")).toUtf8()
                         + ">\r\nTo: bob@example.net\r\nSubject: prepared\r\nMessage-ID: <prepared-1@stamp.test>\r\n"
                           "\r\n";
    for (int i = 0; i < 2000; ++i)
        content += (i % 10 == 0 ? "." : "") + QByteArray::number(i) + " some text to make the message bigger\n";
    file.write(content);
    file.close();
    QStringList args = {QStringLiteral("send")};
    args << serverArgs(QStringLiteral("tls")) << loginArgs()
         << QStringList{QStringLiteral("--ca-file"), m_postfix.value(QStringLiteral("CA_FILE")), QStringLiteral("--from"),
                        m_postfix.value(QStringLiteral("USER")), QStringLiteral("--to"), QStringLiteral("bob@example.net"),
                        QStringLiteral("--eml"), eml, QStringLiteral("--json")};
    const test::CliRun run = test::runStamp(args, {}, passwordEnv());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString queued = queuedLine(queueIdOf(QJsonDocument::fromJson(run.out).object()));
    // Postfix counts the message as received, with CRLF line ends (plus the
    // Received: header it adds), so it is at least the file's size.
    const qint64 size = QRegularExpression(QStringLiteral("size=(\\d+)")).match(queued).captured(1).toLongLong();
    QVERIFY2(size >= content.size(), qPrintable(queued));
    QVERIFY(m_postfix.waitForLog(QStringLiteral("message-id=<prepared-1@stamp.test>")));
}

void TestPostfix::debugLoggingHasNoSecrets()
{
    // Every logging category switched on, as someone debugging would: still
    // no password, in any encoding, anywhere in the output.
    for (const QString &auth : {QStringLiteral("plain"), QStringLiteral("login"), QStringLiteral("scram-sha-256")}) {
        QStringList args = {QStringLiteral("send")};
        args << serverArgs(QStringLiteral("starttls")) << loginArgs(auth)
             << QStringList{QStringLiteral("--ca-file"), m_postfix.value(QStringLiteral("CA_FILE")),
                            QStringLiteral("--from"), m_postfix.value(QStringLiteral("USER")), QStringLiteral("--to"),
                            QStringLiteral("x@example.net"), QStringLiteral("--body"), QStringLiteral("x"),
                            QStringLiteral("--log"), QStringLiteral("-"), QStringLiteral("--json")};
        QHash<QString, QString> env = passwordEnv();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("stamp.*.debug=true"));
        env.insert(QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("%{category}: %{message}"));
        const test::CliRun run = test::runStamp(args, {}, env);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("stamp.smtp: "), "debug logging did not switch on");
        assertNoSecrets(run.out + run.err);
    }
}

void TestPostfix::severalMessagesOneConnection()
{
    QStringList args = {QStringLiteral("send")};
    args << serverArgs(QStringLiteral("starttls")) << loginArgs(QStringLiteral("plain"))
         << QStringList{QStringLiteral("--ca-file"), m_postfix.value(QStringLiteral("CA_FILE")), QStringLiteral("--from"),
                        m_postfix.value(QStringLiteral("USER")), QStringLiteral("--to"), QStringLiteral("r@example.net"),
                        QStringLiteral("--json")};
    for (int i = 0; i < 3; ++i) {
        const QString path = m_work.filePath(QStringLiteral("batch-%1.eml").arg(i));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("From: " + m_postfix.value(QStringLiteral("USER")).toUtf8() + "\r\nTo: r@example.net\r\nMessage-ID: <batch-"
                   + QByteArray::number(i) + "@stamp.test>\r\nSubject: batch\r\n\r\nmessage " + QByteArray::number(i)
                   + "\r\n");
        args << QStringLiteral("--eml") << path;
    }
    const test::CliRun run = test::runStamp(args, {}, passwordEnv());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray messages = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 3);
    QStringList ids;
    for (const QJsonValue &m : messages)
        ids << queueIdOf(m.toObject());
    // Postfix's log: all three in one session, which logged in once and
    // used BDAT (RFC 3030) for each.
    for (const QString &id : ids)
        QVERIFY2(!queuedLine(id).isEmpty(), qPrintable(id));
    QVERIFY(m_postfix.waitForLog(QStringLiteral("disconnect from [^ ]+ ehlo=2 starttls=1 auth=1 mail=3 rcpt=3 bdat=3 quit=1")));
}

void TestPostfix::chunkedAfterEnvelope()
{
    // About 600 KB: over the in-group limit, so the envelope is confirmed
    // before the content goes out in BDAT chunks.
    ServerSettings server;
    server.host = QStringLiteral("localhost");
    server.port = m_postfix.port(QStringLiteral("TLS_PORT"));
    server.security = SecurityMode::ImplicitTls;
    server.caFile = m_postfix.value(QStringLiteral("CA_FILE"));
    AuthSettings auth;
    auth.method = sasl::AuthMethod::Plain;
    auth.credentials = {m_postfix.value(QStringLiteral("USER")), m_postfix.value(QStringLiteral("PASSWORD")), {}};
    QByteArray content = "Subject: big\r\nMessage-ID: <chunked@stamp.test>\r\n\r\n";
    for (int i = 0; i < 8000; ++i)
        content += QByteArray::number(i).rightJustified(8, '0') + QByteArray(68, '.') + "\n";
    QBuffer body(&content);
    body.open(QIODevice::ReadOnly);
    OutgoingMessage message;
    message.from = m_postfix.value(QStringLiteral("USER"));
    message.recipients = {QStringLiteral("big@example.net")};
    message.body = &body;
    const test::SessionRun run = test::runSession(server, auth, {message});
    QVERIFY2(run.report.messages.value(0).status == SendResult::Status::Sent, qPrintable(run.transcriptText()));
    QVERIFY(run.transcriptText().contains(QStringLiteral("C: BDAT ")));
    QVERIFY(m_postfix.waitForLog(QStringLiteral("message-id=<chunked@stamp.test>")));
}

void TestPostfix::dataWhenChunkingIsOff()
{
    ServerSettings server;
    server.host = QStringLiteral("localhost");
    server.port = m_postfix.port(QStringLiteral("STARTTLS_PORT"));
    server.security = SecurityMode::StartTls;
    server.caFile = m_postfix.value(QStringLiteral("CA_FILE"));
    server.allowChunking = false;
    AuthSettings auth;
    auth.method = sasl::AuthMethod::ScramSha256;
    auth.credentials = {m_postfix.value(QStringLiteral("USER")), m_postfix.value(QStringLiteral("PASSWORD")), {}};
    QByteArray content = "Subject: data\r\nMessage-ID: <data-path@stamp.test>\r\n\r\n.leading dot\r\n..two\r\n";
    QBuffer body(&content);
    body.open(QIODevice::ReadOnly);
    OutgoingMessage message;
    message.from = m_postfix.value(QStringLiteral("USER"));
    message.recipients = {QStringLiteral("d@example.net")};
    message.body = &body;
    const test::SessionRun run = test::runSession(server, auth, {message});
    QVERIFY2(run.report.messages.value(0).status == SendResult::Status::Sent, qPrintable(run.transcriptText()));
    QVERIFY(run.transcriptText().contains(QStringLiteral("C: DATA")));
    const QString id = QRegularExpression(QStringLiteral("queued as ([0-9A-Za-z]+)"))
                           .match(run.report.messages.first().finalReply->text())
                           .captured(1);
    // Postfix counts the unstuffed content plus its own Received: header.
    QVERIFY(!queuedLine(id).isEmpty());
    QVERIFY(m_postfix.waitForLog(QStringLiteral("message-id=<data-path@stamp.test>")));
}

QTEST_GUILESS_MAIN(TestPostfix)
#include "tst_postfix.moc"
