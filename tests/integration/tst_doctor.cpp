// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The connection doctor (ConnectionCheck) against the Postfix test bed and
// smtp-sink: a full pass, then each step failing on purpose with the
// diagnostics catalogue's explanation.

#include "Peers.h"
#include "accounts/ConnectionCheck.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace stamp;

class TestDoctor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fullPassOverStartTls();
    void fullPassOverImplicitTlsWithTestMessage();
    void closedPort();
    void wrongHostName();
    void untrustedCertificate();
    void startTlsNotOffered();
    void wrongPassword();
    void exportAsText();

private:
    Account account(const QString &portKey, SecurityMode security) const;
    CheckReport check(const Account &account, const QString &secret, bool sendTest = false);
    static void expectStep(const CheckReport &report, const QString &id, CheckStep::Status status);

    test::PostfixTestbed m_postfix;
    test::SmtpSink m_sink;
};

void TestDoctor::initTestCase()
{
    const QString problem = m_postfix.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString sink = m_sink.start({});
    QVERIFY2(sink.isEmpty(), qPrintable(sink));
}

void TestDoctor::cleanupTestCase()
{
    m_sink.stop();
    m_postfix.stop();
}

Account TestDoctor::account(const QString &portKey, SecurityMode security) const
{
    Account a;
    a.id = Account::newId();
    a.name = QStringLiteral("testbed");
    a.email = m_postfix.value(QStringLiteral("USER"));
    a.host = QStringLiteral("localhost");
    a.port = m_postfix.port(portKey);
    a.security = security;
    a.caFile = m_postfix.value(QStringLiteral("CA_FILE"));
    a.authMethod = sasl::AuthMethod::Auto;
    a.username = a.email;
    return a;
}

CheckReport TestDoctor::check(const Account &account, const QString &secret, bool sendTest)
{
    ConnectionCheck doctor;
    doctor.setAccount(account);
    doctor.setSecret(secret);
    doctor.setSendTestMessage(sendTest);
    QList<CheckStep> streamed;
    connect(&doctor, &ConnectionCheck::stepFinished, this, [&](const CheckStep &step) { streamed << step; });
    const CheckReport report = doctor.runNow();
    // Steps are reported as they finish, and the report holds the same ones.
    if (streamed.size() != report.steps.size())
        qWarning("streamed %d steps, report has %d", int(streamed.size()), int(report.steps.size()));
    return report;
}

void TestDoctor::expectStep(const CheckReport &report, const QString &id, CheckStep::Status status)
{
    const CheckStep *step = report.step(id);
    QVERIFY2(step, qPrintable(QStringLiteral("no step ") + id + QLatin1Char('\n') + report.toText()));
    QVERIFY2(step->status == status,
        qPrintable(
            QStringLiteral("step %1 is %2\n%3").arg(id, CheckStep::statusId(step->status), report.toText())));
    if (status == CheckStep::Status::Failed)
        QVERIFY2(step->diagnosis && step->diagnosis->isValid(),
            qPrintable(id + QStringLiteral(" has no diagnosis")));
    if (status == CheckStep::Status::Passed)
        QVERIFY(step->elapsedMs >= 0);
}

void TestDoctor::fullPassOverStartTls()
{
    const CheckReport report = check(account(QStringLiteral("STARTTLS_PORT"), SecurityMode::StartTls),
        m_postfix.value(QStringLiteral("PASSWORD")));
    QVERIFY2(report.passed(), qPrintable(report.toText()));
    for (const QString &id :
        { QStringLiteral("dns"), QStringLiteral("tcp"), QStringLiteral("starttls-downgrade"),
            QStringLiteral("tls"), QStringLiteral("ehlo"), QStringLiteral("auth") })
        expectStep(report, id, CheckStep::Status::Passed);
    const QString tls = report.step(QStringLiteral("tls"))->details.join(QLatin1Char('\n'));
    QVERIFY2(tls.contains(QStringLiteral("TLS 1.")), qPrintable(tls));
    QVERIFY(tls.contains(QStringLiteral("chain: ")));
    QVERIFY(tls.contains(QStringLiteral("valid until")));
    QVERIFY(tls.contains(QStringLiteral("matches the certificate")));
    const QString ehlo = report.step(QStringLiteral("ehlo"))->details.join(QLatin1Char('\n'));
    QVERIFY(ehlo.contains(QStringLiteral("SIZE: yes, limit 1")));
    QVERIFY(ehlo.contains(QStringLiteral("PIPELINING: yes")));
    QVERIFY(ehlo.contains(QStringLiteral("CHUNKING: yes")));
    QVERIFY(ehlo.contains(QStringLiteral("SMTPUTF8: yes")));
    QVERIFY(ehlo.contains(QStringLiteral("SCRAM-SHA-256")));
    // A real login, with the strongest mechanism Postfix offers.
    QCOMPARE(report.step(QStringLiteral("auth"))->details,
        QStringList { QStringLiteral("accepted (SCRAM-SHA-256)") });
}

void TestDoctor::fullPassOverImplicitTlsWithTestMessage()
{
    const CheckReport report = check(account(QStringLiteral("TLS_PORT"), SecurityMode::ImplicitTls),
        m_postfix.value(QStringLiteral("PASSWORD")), true);
    QVERIFY2(report.passed(), qPrintable(report.toText()));
    expectStep(report, QStringLiteral("starttls-downgrade"), CheckStep::Status::Skipped);
    expectStep(report, QStringLiteral("tls"), CheckStep::Status::Passed);
    expectStep(report, QStringLiteral("test-message"), CheckStep::Status::Passed);
    const QString accepted = report.step(QStringLiteral("test-message"))->details.join(QLatin1Char(' '));
    const QString queueId
        = QRegularExpression(QStringLiteral("queued as ([0-9A-Za-z]+)")).match(accepted).captured(1);
    QVERIFY2(!queueId.isEmpty(), qPrintable(accepted));
    QVERIFY(m_postfix.waitForLog(queueId + QStringLiteral(": from=<")));
}

void TestDoctor::closedPort()
{
    Account a = account(QStringLiteral("STARTTLS_PORT"), SecurityMode::StartTls);
    a.host = QStringLiteral("127.0.0.1");
    a.port = test::freeLoopbackPort();
    const CheckReport report = check(a, QStringLiteral("x"));
    QVERIFY(!report.passed());
    expectStep(report, QStringLiteral("dns"), CheckStep::Status::Passed);
    expectStep(report, QStringLiteral("tcp"), CheckStep::Status::Failed);
    QCOMPARE(report.step(QStringLiteral("tcp"))->diagnosis->id, QStringLiteral("network.connection-refused"));
    expectStep(report, QStringLiteral("auth"), CheckStep::Status::Skipped);
}

void TestDoctor::wrongHostName()
{
    // The certificate is for "localhost" only: 127.0.0.1 does not match it.
    Account a = account(QStringLiteral("TLS_PORT"), SecurityMode::ImplicitTls);
    a.host = QStringLiteral("127.0.0.1");
    const CheckReport report = check(a, m_postfix.value(QStringLiteral("PASSWORD")));
    expectStep(report, QStringLiteral("tls"), CheckStep::Status::Failed);
    const CheckStep *tls = report.step(QStringLiteral("tls"));
    QVERIFY2(tls->diagnosis->id.contains(QStringLiteral("host")), qPrintable(tls->diagnosis->id));
    expectStep(report, QStringLiteral("auth"), CheckStep::Status::Skipped);
}

void TestDoctor::untrustedCertificate()
{
    Account a = account(QStringLiteral("STARTTLS_PORT"), SecurityMode::StartTls);
    a.caFile.clear();
    const CheckReport report = check(a, m_postfix.value(QStringLiteral("PASSWORD")));
    expectStep(report, QStringLiteral("starttls-downgrade"), CheckStep::Status::Passed);
    expectStep(report, QStringLiteral("tls"), CheckStep::Status::Failed);
    const CheckStep *tls = report.step(QStringLiteral("tls"));
    QVERIFY2(tls->diagnosis->id.startsWith(QStringLiteral("tls.")), qPrintable(tls->diagnosis->id));
    QVERIFY(tls->details.join(QLatin1Char(' ')).contains(QStringLiteral("SHA-256")));
}

void TestDoctor::startTlsNotOffered()
{
    Account a = account(QStringLiteral("STARTTLS_PORT"), SecurityMode::StartTls);
    a.host = QStringLiteral("127.0.0.1");
    a.port = m_sink.port();
    const CheckReport report = check(a, QStringLiteral("x"));
    expectStep(report, QStringLiteral("starttls-downgrade"), CheckStep::Status::Failed);
    QCOMPARE(
        report.step(QStringLiteral("starttls-downgrade"))->diagnosis->id, QStringLiteral("starttls.missing"));
    expectStep(report, QStringLiteral("tls"), CheckStep::Status::Skipped);
    expectStep(report, QStringLiteral("auth"), CheckStep::Status::Skipped);
}

void TestDoctor::wrongPassword()
{
    const CheckReport report = check(
        account(QStringLiteral("STARTTLS_PORT"), SecurityMode::StartTls), QStringLiteral("not-the-password"));
    expectStep(report, QStringLiteral("tls"), CheckStep::Status::Passed);
    expectStep(report, QStringLiteral("ehlo"), CheckStep::Status::Passed);
    expectStep(report, QStringLiteral("auth"), CheckStep::Status::Failed);
    const CheckStep *auth = report.step(QStringLiteral("auth"));
    QVERIFY2(auth->diagnosis->id.startsWith(QStringLiteral("auth.")), qPrintable(auth->diagnosis->id));
    QVERIFY(!report.toText().contains(QStringLiteral("not-the-password")));
}

void TestDoctor::exportAsText()
{
    const CheckReport report = check(
        account(QStringLiteral("STARTTLS_PORT"), SecurityMode::StartTls), QStringLiteral("not-the-password"));
    const QString text = report.toText();
    QVERIFY(text.startsWith(QStringLiteral("Connection check for testbed: localhost port ")));
    QVERIFY(text.contains(QStringLiteral("[PASS]  Look up localhost")));
    QVERIFY(text.contains(QStringLiteral("[FAIL]  Log in as ")));
    QVERIFY(text.contains(QStringLiteral("What to do: ")));
    QVERIFY(text.contains(QStringLiteral("Result: the check failed")));
    QVERIFY(QRegularExpression(QStringLiteral("\\(\\d+ ms\\)")).match(text).hasMatch());
    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(json.value(QStringLiteral("steps")).toArray().size(), report.steps.size());
}

QTEST_GUILESS_MAIN(TestDoctor)
#include "tst_doctor.moc"
