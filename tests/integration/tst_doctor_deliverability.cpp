// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The connection doctor's deliverability step against a real authoritative
// DNS server (Knot, tests/support/dns-testbed.sh) and a real SMTP peer
// (smtp-sink): `stamp check --account NAME --nameserver IP` as a person runs
// it, and ConnectionCheck in process for the timing. The step never fails
// the check: a domain without SPF still sends, so `stamp check` exits 0.
// Needs root (port 53), as tst_domain_dns does.

#include "Peers.h"
#include "accounts/ConnectionCheck.h"
#include "dns/DnsResolver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace stamp;

namespace {

// Not tst_domain_dns's 127.0.0.153, so both can run at once.
const QString kServer = QStringLiteral("127.0.0.163");

QByteArray soa(const QByteArray &origin)
{
    return "$ORIGIN " + origin
        + ".\n$TTL 300\n@ SOA ns.test. hostmaster.test. 1 3600 600 86400 300\n"
          "@ NS ns.test.\n";
}

QByteArray txt(const QByteArray &value)
{
    QByteArray out;
    for (qsizetype i = 0; i < value.size(); i += 255)
        out += (out.isEmpty() ? "\"" : " \"") + value.mid(i, 255) + '"';
    return out;
}

// The system's resolver asking the test bed, noting when the first question
// went out: the domain check must start with the check, not after it.
class TimedResolver : public DnsResolver
{
public:
    explicit TimedResolver(const QElapsedTimer &clock)
        : m_clock(clock)
    {
        m_inner.setNameserver(QHostAddress(kServer));
    }
    void lookup(QDnsLookup::Type type, const QString &name, Callback done) override
    {
        note();
        m_inner.lookup(type, name, std::move(done));
    }
    void query(QDnsLookup::Type type, const QString &name, AnswerCallback done) override
    {
        note();
        m_inner.query(type, name, std::move(done));
    }
    void cancelAll() override { m_inner.cancelAll(); }
    qint64 firstQuestionAt = -1;
    int questions = 0;

private:
    void note()
    {
        if (firstQuestionAt < 0)
            firstQuestionAt = m_clock.elapsed();
        ++questions;
    }
    const QElapsedTimer &m_clock;
    SystemDnsResolver m_inner;
};

} // namespace

class TestDoctorDeliverability : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void healthyDomainPasses();
    void missingProviderInSpfWarnsAndStillPasses();
    void humanOutputShowsTheRecordToPublish();
    void consumerDomainHasNothingToPublish();
    void runsAlongsideTheSmtpSteps();
    void cancelEndsTheDomainCheckToo();
    void stoppedDnsServerSkipsTheStep();

private:
    test::CliRun stamp(const QStringList &args) const;
    void addAccount(const QString &name, const QString &email, const QString &provider);
    QJsonObject checkJson(const QString &account, test::CliRun *run = nullptr);
    static QJsonObject stepOf(const QJsonObject &report, const QString &id);
    Account account(const QString &email) const;

    test::DnsTestbed m_dns { QHostAddress(kServer) };
    test::SmtpSink m_sink;
    QTemporaryDir m_dirs;
};

void TestDoctorDeliverability::initTestCase()
{
    QVERIFY(m_dirs.isValid());
    const QString sink = m_sink.start({});
    QVERIFY2(sink.isEmpty(), qPrintable(sink));

    const QByteArray key = test::DnsTestbed::dkimKey(2048);
    QVERIFY2(key.size() > 350, "openssl could not make the DKIM test key");
    QMap<QByteArray, QByteArray> zones;
    for (const QByteArray origin : { "test", "messagingengine.com", "fmhosted.com", "google.com" })
        zones[origin] = soa(origin);
    zones["test"] += "ns A " + kServer.toLatin1() + '\n';
    zones["messagingengine.com"] += "in1-smtp A 192.0.2.21\n"
                                    "spf TXT \"v=spf1 ip4:192.0.2.0/25 ?all\"\n";
    zones["google.com"] += "_spf TXT \"v=spf1 ip4:198.51.100.0/25 ~all\"\n";
    // Two domains sending through Fastmail, set up as its help asks; the
    // second kept the SPF record of the provider it moved away from.
    for (const QByteArray domain : { "healthy.test", "noinclude.test" }) {
        const QByteArray d = domain + '.';
        zones["test"] += d + " MX 10 in1-smtp.messagingengine.com.\n";
        zones["test"] += d
            + (domain == "healthy.test" ? " TXT \"v=spf1 include:spf.messagingengine.com ~all\"\n"
                                        : " TXT \"v=spf1 include:_spf.google.com ~all\"\n");
        for (const QByteArray n : { "1", "2", "3" }) {
            const QByteArray target = "fm" + n + '.' + domain + ".dkim.fmhosted.com.";
            zones["test"] += "fm" + n + "._domainkey." + d + " CNAME " + target + '\n';
            zones["fmhosted.com"] += target + " TXT " + txt("v=DKIM1; k=rsa; p=" + key) + '\n';
        }
        zones["test"] += "_dmarc." + d + " TXT \"v=DMARC1; p=quarantine; rua=mailto:dmarc@" + domain + "\"\n";
    }
    for (auto it = zones.cbegin(); it != zones.cend(); ++it)
        m_dns.setZone(QString::fromLatin1(it.key()), it.value());
    const QString error = m_dns.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    qInfo("DNS server on %s:53 answered %lld ms after start", qPrintable(kServer), m_dns.startMilliseconds());

    addAccount(QStringLiteral("healthy"), QStringLiteral("me@healthy.test"), QStringLiteral("fastmail"));
    addAccount(QStringLiteral("noinclude"), QStringLiteral("me@noinclude.test"), QStringLiteral("fastmail"));
    addAccount(QStringLiteral("consumer"), QStringLiteral("someone@gmail.com"), QStringLiteral("gmail"));
}

void TestDoctorDeliverability::cleanupTestCase()
{
    m_dns.stop();
    m_sink.stop();
}

test::CliRun TestDoctorDeliverability::stamp(const QStringList &args) const
{
    const QHash<QString, QString> env = { { QStringLiteral("HOME"), m_dirs.path() },
        { QStringLiteral("XDG_CONFIG_HOME"), m_dirs.filePath(QStringLiteral("config")) },
        { QStringLiteral("XDG_DATA_HOME"), m_dirs.filePath(QStringLiteral("data")) },
        { QStringLiteral("XDG_CACHE_HOME"), m_dirs.filePath(QStringLiteral("cache")) },
        // No keychain: these accounts do not log in.
        { QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
            QStringLiteral("unix:path=") + m_dirs.filePath(QStringLiteral("no-such-bus")) },
        { QStringLiteral("LANGUAGE"), QStringLiteral("en") },
        { QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8") } };
    return test::runStamp(args, {}, env, 60000);
}

// smtp-sink takes mail without TLS or a login; the account says so.
void TestDoctorDeliverability::addAccount(const QString &name, const QString &email, const QString &provider)
{
    const test::CliRun run
        = stamp({ QStringLiteral("account"), QStringLiteral("add"), name, QStringLiteral("--email"), email,
            QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
            QString::number(m_sink.port()), QStringLiteral("--security"), QStringLiteral("none"),
            QStringLiteral("--auth"), QStringLiteral("none"), QStringLiteral("--provider"), provider });
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
}

QJsonObject TestDoctorDeliverability::checkJson(const QString &account, test::CliRun *result)
{
    const test::CliRun run = stamp({ QStringLiteral("check"), QStringLiteral("--account"), account,
        QStringLiteral("--nameserver"), kServer, QStringLiteral("--json") });
    if (result)
        *result = run;
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(run.out, &error).object();
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s %s", run.out.constData(), run.err.constData());
    // The connection works whatever the domain publishes.
    if (run.exitCode != 0)
        qWarning("exit status %d: %s %s", run.exitCode, run.out.constData(), run.err.constData());
    return report;
}

QJsonObject TestDoctorDeliverability::stepOf(const QJsonObject &report, const QString &id)
{
    for (const QJsonValue &step : report.value(QStringLiteral("steps")).toArray()) {
        if (step.toObject().value(QStringLiteral("id")).toString() == id)
            return step.toObject();
    }
    return {};
}

Account TestDoctorDeliverability::account(const QString &email) const
{
    Account a;
    a.id = Account::newId();
    a.name = QStringLiteral("sink");
    a.email = email;
    a.providerId = QStringLiteral("fastmail");
    a.host = QStringLiteral("127.0.0.1");
    a.port = m_sink.port();
    a.security = SecurityMode::None;
    a.authMethod = sasl::AuthMethod::None;
    return a;
}

void TestDoctorDeliverability::healthyDomainPasses()
{
    test::CliRun run;
    const QJsonObject report = checkJson(QStringLiteral("healthy"), &run);
    const QString seen = QString::fromUtf8(run.out);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    // The same shape as every step, and the last one.
    const QJsonArray steps = report.value(QStringLiteral("steps")).toArray();
    QVERIFY2(!steps.isEmpty(), qPrintable(seen));
    const QJsonObject step = steps.last().toObject();
    QCOMPARE(step.value(QStringLiteral("id")).toString(), QStringLiteral("deliverability"));
    QVERIFY2(step.value(QStringLiteral("status")).toString() == QLatin1String("pass"), qPrintable(seen));
    QVERIFY(step.value(QStringLiteral("title")).toString().contains(QStringLiteral("healthy.test")));
    QVERIFY(step.contains(QStringLiteral("ms")));
    QVERIFY(step.value(QStringLiteral("details")).isArray());
    QVERIFY(!step.contains(QStringLiteral("diagnosis")));
    // Nothing to publish on a healthy domain.
    for (const QJsonValue &line : step.value(QStringLiteral("details")).toArray())
        QVERIFY2(!line.toString().startsWith(QStringLiteral("Publish:")), qPrintable(seen));
}

void TestDoctorDeliverability::missingProviderInSpfWarnsAndStillPasses()
{
    test::CliRun run;
    const QJsonObject report = checkJson(QStringLiteral("noinclude"), &run);
    const QString seen = QString::fromUtf8(run.out);
    QVERIFY2(run.exitCode == 0, qPrintable(seen + QString::fromUtf8(run.err)));
    QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    const QJsonObject step = stepOf(report, QStringLiteral("deliverability"));
    QVERIFY2(step.value(QStringLiteral("status")).toString() == QLatin1String("warn"), qPrintable(seen));
    QStringList details;
    for (const QJsonValue &line : step.value(QStringLiteral("details")).toArray())
        details << line.toString();
    // One line for the finding, one with the exact record to publish.
    QVERIFY2(std::any_of(details.cbegin(), details.cend(),
                 [](const QString &line) { return line.startsWith(QStringLiteral("SPF: ")); }),
        qPrintable(seen));
    QVERIFY2(
        details.contains(QStringLiteral("Publish: noinclude.test. 3600 IN TXT \"v=spf1 "
                                        "include:_spf.google.com include:spf.messagingengine.com ~all\"")),
        qPrintable(seen));
    const QJsonObject diagnosis = step.value(QStringLiteral("diagnosis")).toObject();
    QCOMPARE(diagnosis.value(QStringLiteral("id")).toString(), QStringLiteral("domain.deliverability"));
    QVERIFY(diagnosis.value(QStringLiteral("title")).toString().contains(QStringLiteral("noinclude.test")));
    // The command line's own tool, not the desktop's tab.
    const QString remedy = diagnosis.value(QStringLiteral("remedy")).toString();
    QVERIFY2(remedy.contains(QStringLiteral("stamp domain check noinclude.test")), qPrintable(remedy));
    QVERIFY2(!remedy.contains(QStringLiteral("tab")), qPrintable(remedy));
}

void TestDoctorDeliverability::humanOutputShowsTheRecordToPublish()
{
    const test::CliRun run = stamp({ QStringLiteral("check"), QStringLiteral("--account"),
        QStringLiteral("noinclude"), QStringLiteral("--nameserver"), kServer });
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(run.exitCode == 0, qPrintable(out + QString::fromUtf8(run.err)));
    QVERIFY2(out.contains(QStringLiteral("[WARN]  Check what noinclude.test publishes for mail to arrive")),
        qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("        Publish: noinclude.test. 3600 IN TXT \"v=spf1 "
                                         "include:_spf.google.com include:spf.messagingengine.com ~all\"")),
        qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("What to do: ")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Result: all checks passed")), qPrintable(out));
}

void TestDoctorDeliverability::consumerDomainHasNothingToPublish()
{
    // The server holds no gmail.com zone: a consumer domain needs no DNS.
    test::CliRun run;
    const QJsonObject report = checkJson(QStringLiteral("consumer"), &run);
    const QString seen = QString::fromUtf8(run.out);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject step = stepOf(report, QStringLiteral("deliverability"));
    QVERIFY2(step.value(QStringLiteral("status")).toString() == QLatin1String("pass"), qPrintable(seen));
    const QString details
        = step.value(QStringLiteral("details")).toVariant().toStringList().join(QLatin1Char('\n'));
    QVERIFY2(details.contains(QStringLiteral("nothing for you to publish")), qPrintable(seen));
}

void TestDoctorDeliverability::runsAlongsideTheSmtpSteps()
{
    // The same check with and without the step: it asks DNS from the start
    // and adds no waiting to a check whose SMTP steps take longer.
    QElapsedTimer clock;
    auto run = [&](bool withDomain, TimedResolver *resolver, qint64 *dnsStepAt) {
        ConnectionCheck doctor;
        doctor.setAccount(account(QStringLiteral("me@noinclude.test")));
        doctor.setCheckDomain(withDomain);
        if (resolver)
            doctor.setDnsResolver(resolver);
        QList<CheckStep> streamed;
        connect(&doctor, &ConnectionCheck::stepFinished, this, [&](const CheckStep &step) {
            streamed << step;
            if (step.id == QLatin1String("dns") && dnsStepAt)
                *dnsStepAt = clock.elapsed();
        });
        clock.start();
        const CheckReport report = doctor.runNow();
        // Streamed as they finish, the report holds the same, in order.
        QStringList a, b;
        for (const CheckStep &s : streamed)
            a << s.id;
        for (const CheckStep &s : report.steps)
            b << s.id;
        if (a != b)
            qWarning("streamed %s, reported %s", qPrintable(a.join(u' ')), qPrintable(b.join(u' ')));
        return report;
    };
    const CheckReport without = run(false, nullptr, nullptr);
    QVERIFY(!without.step(QStringLiteral("deliverability")));
    QVERIFY(without.passed());

    TimedResolver resolver(clock); // times on the clock run() starts
    qint64 dnsStepAt = -1;
    const CheckReport with = run(true, &resolver, &dnsStepAt);
    QVERIFY2(with.passed(), qPrintable(with.toText()));
    QCOMPARE(with.steps.constLast().id, QStringLiteral("deliverability"));
    QCOMPARE(with.steps.size(), without.steps.size() + 1);
    const CheckStep *step = with.step(QStringLiteral("deliverability"));
    QCOMPARE(step->status, CheckStep::Status::Warning);
    QVERIFY(resolver.questions > 0);
    // The first DNS question went out before the first SMTP step was done.
    QVERIFY2(resolver.firstQuestionAt >= 0 && resolver.firstQuestionAt <= dnsStepAt,
        qPrintable(QStringLiteral("first question at %1 ms, dns step at %2 ms")
                       .arg(resolver.firstQuestionAt)
                       .arg(dnsStepAt)));
    qInfo("check without the step %lld ms, with it %lld ms (domain check %lld ms, %d questions)",
        without.elapsedMs, with.elapsedMs, step->elapsedMs, resolver.questions);
}

void TestDoctorDeliverability::cancelEndsTheDomainCheckToo()
{
    ConnectionCheck doctor;
    doctor.setAccount(account(QStringLiteral("me@healthy.test")));
    SystemDnsResolver resolver;
    resolver.setNameserver(QHostAddress(kServer));
    doctor.setDnsResolver(&resolver);
    int finished = 0;
    CheckReport report;
    connect(&doctor, &ConnectionCheck::finished, this, [&](const CheckReport &r) {
        ++finished;
        report = r;
    });
    doctor.start();
    doctor.cancel();
    QTRY_COMPARE(finished, 1);
    const CheckStep *step = report.step(QStringLiteral("deliverability"));
    QVERIFY2(step, qPrintable(report.toText()));
    QCOMPARE(step->status, CheckStep::Status::Skipped);
    QCOMPARE(report.steps.constLast().id, QStringLiteral("deliverability"));
    // Nothing arrives after the end, from either half.
    QTest::qWait(300);
    QCOMPARE(finished, 1);
}

void TestDoctorDeliverability::stoppedDnsServerSkipsTheStep()
{
    m_dns.stop();
    QVERIFY(!m_dns.isRunning());
    QElapsedTimer timer;
    timer.start();
    test::CliRun run;
    const QJsonObject report = checkJson(QStringLiteral("healthy"), &run);
    const qint64 took = timer.elapsed();
    const QString seen = QString::fromUtf8(run.out);
    qInfo("with the DNS server stopped `stamp check` took %lld ms", took);
    QVERIFY2(run.exitCode == 0, qPrintable(seen + QString::fromUtf8(run.err)));
    QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    const QJsonObject step = stepOf(report, QStringLiteral("deliverability"));
    QVERIFY2(step.value(QStringLiteral("status")).toString() == QLatin1String("skip"), qPrintable(seen));
    const QString details
        = step.value(QStringLiteral("details")).toVariant().toStringList().join(QLatin1Char('\n'));
    QVERIFY2(details.contains(QStringLiteral("DNS could not be asked")), qPrintable(seen));
    QVERIFY(!step.contains(QStringLiteral("diagnosis")));
    // Within the step's deadline (10 s), not a hang.
    QVERIFY2(took < 15000, qPrintable(QString::number(took)));
}

QTEST_GUILESS_MAIN(TestDoctorDeliverability)
#include "tst_doctor_deliverability.moc"
