// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Autodetect against local doubles only (nothing ever leaves 127.0.0.0/8):
// an HTTPS autoconfig server on loopback with a test CA, a DNS double for
// MX and SRV answers, and real SMTP servers to probe (the Postfix test bed
// and smtp-sink). Also timeouts, cancellation and the no-network case.

#include "DiscoveryDoubles.h"
#include "Peers.h"
#include "accounts/Autodetect.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace stamp;

namespace {
const QByteArray kCorpConfig
    = "<?xml version=\"1.0\"?>\n<clientConfig version=\"1.1\"><emailProvider id=\"corp.test\">"
      "<domain>corp.test</domain><displayName>Corp</displayName>"
      "<outgoingServer type=\"smtp\"><hostname>smtp.corp.test</hostname><port>465</port>"
      "<socketType>SSL</socketType><username>%EMAILLOCALPART%</username>"
      "<authentication>password-cleartext</authentication></outgoingServer>"
      "</emailProvider></clientConfig>\n";
}

class TestDiscover : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void catalogueHitNeedsNoNetwork();
    void autoconfigOverHttps();
    void wellKnownAfterAutoconfigMissing();
    void untrustedAutoconfigServerIsIgnored();
    void plainHttpIsNeverAsked();
    void mxFindsProvider_data();
    void mxFindsProvider();
    void srvRecords();
    void probesReadWhatServersOffer();
    void rankingFollowsTheSources();
    void probesAreDroppedOnceABetterSourceAnswered();
    void stepsTimeOut();
    void cancelStopsEverything();
    void noNetworkReturnsPromptly();

private:
    Autodetect *makeDetect(test::FakeDnsResolver *resolver);
    QString url(const QString &path) const
    {
        return QStringLiteral("https://localhost:%1%2").arg(m_https.port()).arg(path);
    }

    ProviderCatalog m_catalog;
    test::TestCertificates m_certs;
    test::HttpsFileServer m_https;
    test::PostfixTestbed m_postfix;
    test::SmtpSink m_sink;
};

void TestDiscover::initTestCase()
{
    m_catalog.loadFolder(QStringLiteral(":/providers"));
    QVERIFY(!m_catalog.presets().isEmpty());
    const QString problem = m_certs.create();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(m_https.listen(m_certs.serverCertificate(), m_certs.serverKey()));
    m_https.serve(QStringLiteral("/ac/corp.test/config-v1.1.xml"), kCorpConfig);
    m_https.serve(QStringLiteral("/wk/wellknown.test/config-v1.1.xml"),
        QByteArray(kCorpConfig).replace("smtp.corp.test", "smtp.wellknown.test"));
    const QString postfix = m_postfix.start();
    QVERIFY2(postfix.isEmpty(), qPrintable(postfix));
    const QString sink = m_sink.start({});
    QVERIFY2(sink.isEmpty(), qPrintable(sink));
}

void TestDiscover::cleanupTestCase()
{
    m_sink.stop();
    m_postfix.stop();
}

Autodetect *TestDiscover::makeDetect(test::FakeDnsResolver *resolver)
{
    auto *detect = new Autodetect(this);
    detect->setCatalog(m_catalog);
    detect->setResolver(resolver);
    detect->setAutoconfigUrls({ url(QStringLiteral("/ac/%DOMAIN%/config-v1.1.xml")),
        url(QStringLiteral("/wk/%DOMAIN%/config-v1.1.xml")) });
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificate(m_certs.ca());
    detect->setSslConfiguration(ssl);
    detect->setProbeTargets({});
    detect->setStepTimeout(5000);
    detect->setTotalTimeout(10000);
    return detect;
}

void TestDiscover::catalogueHitNeedsNoNetwork()
{
    test::FakeDnsResolver dns;
    Autodetect *detect = makeDetect(&dns);
    const int requestsBefore = int(m_https.requests().size());
    const AutodetectResult result = detect->runNow(QStringLiteral("someone@GMAIL.com"));
    QCOMPARE(result.candidates.size(), 2);
    QCOMPARE(result.candidates.first().host, QStringLiteral("smtp.gmail.com"));
    QCOMPARE(result.candidates.first().source, ServerCandidate::Source::Catalogue);
    QCOMPARE(result.candidates.first().username, QStringLiteral("someone@GMAIL.com"));
    QCOMPARE(dns.lookups(), 0);
    QCOMPARE(int(m_https.requests().size()), requestsBefore);
    QCOMPARE(result.steps.size(), 1);
}

void TestDiscover::autoconfigOverHttps()
{
    test::FakeDnsResolver dns;
    Autodetect *detect = makeDetect(&dns);
    const AutodetectResult result = detect->runNow(QStringLiteral("ann@corp.test"));
    QVERIFY(!result.candidates.isEmpty());
    const ServerCandidate &best = result.candidates.first();
    QCOMPARE(best.host, QStringLiteral("smtp.corp.test"));
    QCOMPARE(best.port, quint16(465));
    QCOMPARE(best.security, SecurityMode::ImplicitTls);
    QCOMPARE(best.username, QStringLiteral("ann")); // %EMAILLOCALPART%
    QCOMPARE(best.source, ServerCandidate::Source::Autoconfig);
    QVERIFY(best.detail.contains(QStringLiteral("/ac/corp.test/")));
    QVERIFY(m_https.requests().contains(QStringLiteral("/ac/corp.test/config-v1.1.xml")));
}

void TestDiscover::wellKnownAfterAutoconfigMissing()
{
    test::FakeDnsResolver dns;
    Autodetect *detect = makeDetect(&dns);
    const AutodetectResult result = detect->runNow(QStringLiteral("ann@wellknown.test"));
    QCOMPARE(result.candidates.size(), 1);
    QCOMPARE(result.candidates.first().source, ServerCandidate::Source::WellKnown);
    QCOMPARE(result.candidates.first().host, QStringLiteral("smtp.wellknown.test"));
    bool saw404 = false;
    for (const DiscoveryStep &step : result.steps)
        saw404 = saw404
            || (step.name == QLatin1String("autoconfig") && step.outcome.contains(QStringLiteral("404")));
    QVERIFY(saw404);
}

void TestDiscover::untrustedAutoconfigServerIsIgnored()
{
    test::FakeDnsResolver dns;
    Autodetect *detect = makeDetect(&dns);
    detect->setSslConfiguration(QSslConfiguration::defaultConfiguration()); // test CA not trusted
    const AutodetectResult result = detect->runNow(QStringLiteral("ann@corp.test"));
    QVERIFY(result.candidates.isEmpty());
}

void TestDiscover::plainHttpIsNeverAsked()
{
    test::FakeDnsResolver dns;
    Autodetect *detect = makeDetect(&dns);
    detect->setAutoconfigUrls(
        { QStringLiteral("http://localhost:%1/ac/%DOMAIN%/config-v1.1.xml").arg(m_https.port()) });
    const int before = int(m_https.requests().size());
    const AutodetectResult result = detect->runNow(QStringLiteral("ann@corp.test"));
    QVERIFY(result.candidates.isEmpty());
    QCOMPARE(int(m_https.requests().size()), before);
    QVERIFY(result.steps.at(1).outcome.contains(QStringLiteral("not HTTPS")));
}

void TestDiscover::mxFindsProvider_data()
{
    QTest::addColumn<QString>("mx");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("host");
    QTest::newRow("google workspace") << "aspmx.l.google.com"
                                      << "gmail"
                                      << "smtp.gmail.com";
    QTest::newRow("microsoft 365") << "custom-test.mail.protection.outlook.com"
                                   << "microsoft365"
                                   << "smtp.office365.com";
    QTest::newRow("fastmail") << "in1-smtp.messagingengine.com"
                              << "fastmail"
                              << "smtp.fastmail.com";
    QTest::newRow("unknown") << "mx.elsewhere.test"
                             << ""
                             << "";
}

void TestDiscover::mxFindsProvider()
{
    QFETCH(QString, mx);
    QFETCH(QString, provider);
    QFETCH(QString, host);
    test::FakeDnsResolver dns;
    // The most preferred MX (lowest preference) decides.
    dns.setAnswer(QDnsLookup::MX, QStringLiteral("custom.test"),
        { DnsRecord { QStringLiteral("backup.elsewhere.test"), 0, 20, 0 }, DnsRecord { mx, 0, 5, 0 } });
    Autodetect *detect = makeDetect(&dns);
    const AutodetectResult result = detect->runNow(QStringLiteral("boss@custom.test"));
    if (provider.isEmpty()) {
        QVERIFY(result.candidates.isEmpty());
        return;
    }
    QVERIFY(!result.candidates.isEmpty());
    QCOMPARE(result.candidates.first().source, ServerCandidate::Source::Mx);
    QCOMPARE(result.candidates.first().providerId, provider);
    QCOMPARE(result.candidates.first().host, host);
    QCOMPARE(result.candidates.first().detail, mx);
    QCOMPARE(result.candidates.first().username, QStringLiteral("boss@custom.test"));
}

void TestDiscover::srvRecords()
{
    test::FakeDnsResolver dns;
    dns.setAnswer(QDnsLookup::SRV, QStringLiteral("_submissions._tcp.srv.test"),
        { DnsRecord { QStringLiteral("mail.srv.test"), 465, 0, 1 } });
    dns.setAnswer(QDnsLookup::SRV, QStringLiteral("_submission._tcp.srv.test"),
        { DnsRecord { QStringLiteral("."), 0, 0, 0 } }); // RFC 6186: "not offered"
    Autodetect *detect = makeDetect(&dns);
    const AutodetectResult result = detect->runNow(QStringLiteral("x@srv.test"));
    QCOMPARE(result.candidates.size(), 1);
    QCOMPARE(result.candidates.first().source, ServerCandidate::Source::Srv);
    QCOMPARE(result.candidates.first().host, QStringLiteral("mail.srv.test"));
    QCOMPARE(result.candidates.first().security, SecurityMode::ImplicitTls);
    QVERIFY(result.candidates.first().sourceDescription().contains(QStringLiteral("forged")));
}

void TestDiscover::probesReadWhatServersOffer()
{
    test::FakeDnsResolver dns;
    Autodetect *detect = makeDetect(&dns);
    detect->setProbeCaFile(m_postfix.value(QStringLiteral("CA_FILE")));
    detect->setProbeTargets({ { QStringLiteral("localhost"), m_postfix.port(QStringLiteral("TLS_PORT")),
                                  SecurityMode::ImplicitTls },
        { QStringLiteral("localhost"), m_postfix.port(QStringLiteral("STARTTLS_PORT")),
            SecurityMode::StartTls },
        { QStringLiteral("127.0.0.1"), m_sink.port(), SecurityMode::StartTls },
        { QStringLiteral("127.0.0.1"), test::freeLoopbackPort(), SecurityMode::StartTls } });
    const AutodetectResult result = detect->runNow(QStringLiteral("x@unknown.test"));
    QCOMPARE(result.candidates.size(), 3);
    const ServerCandidate &tls = result.candidates.at(0);
    QCOMPARE(tls.port, m_postfix.port(QStringLiteral("TLS_PORT")));
    QCOMPARE(tls.security, SecurityMode::ImplicitTls);
    QVERIFY(tls.authentication.contains(QStringLiteral("PLAIN"))); // read over TLS, no login
    const ServerCandidate &starttls = result.candidates.at(1);
    QCOMPARE(starttls.port, m_postfix.port(QStringLiteral("STARTTLS_PORT")));
    QCOMPARE(starttls.security, SecurityMode::StartTls);
    const ServerCandidate &plain = result.candidates.at(2);
    QCOMPARE(plain.port, m_sink.port());
    QCOMPARE(plain.security, SecurityMode::None);
    QVERIFY(plain.note.contains(QStringLiteral("no encryption")));
    // Postfix never saw a login attempt from discovery.
    QVERIFY(!m_postfix.maillog().contains(QStringLiteral("sasl_method")));
}

void TestDiscover::rankingFollowsTheSources()
{
    test::FakeDnsResolver dns;
    dns.setAnswer(QDnsLookup::MX, QStringLiteral("corp.test"),
        { DnsRecord { QStringLiteral("aspmx.l.google.com"), 0, 1, 0 } });
    dns.setAnswer(QDnsLookup::SRV, QStringLiteral("_submission._tcp.corp.test"),
        { DnsRecord { QStringLiteral("srv.corp.test"), 587, 0, 0 } });
    Autodetect *detect = makeDetect(&dns);
    const AutodetectResult result = detect->runNow(QStringLiteral("ann@corp.test"));
    QStringList sources;
    for (const ServerCandidate &c : result.candidates)
        sources << ServerCandidate::sourceId(c.source);
    QCOMPARE(sources,
        (QStringList { QStringLiteral("autoconfig"), QStringLiteral("mx"), QStringLiteral("mx"),
            QStringLiteral("srv") }));
}

void TestDiscover::probesAreDroppedOnceABetterSourceAnswered()
{
    // A host that accepts and never says a word: without the early stop the
    // probe would wait for the whole step timeout.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    test::FakeDnsResolver dns;
    dns.setAnswer(QDnsLookup::MX, QStringLiteral("custom.test"),
        { DnsRecord { QStringLiteral("aspmx.l.google.com"), 0, 1, 0 } });
    Autodetect *detect = makeDetect(&dns);
    detect->setStepTimeout(20000);
    detect->setTotalTimeout(30000);
    detect->setProbeTargets({ { QStringLiteral("127.0.0.1"), silent.serverPort(), SecurityMode::StartTls } });
    QElapsedTimer timer;
    timer.start();
    const AutodetectResult result = detect->runNow(QStringLiteral("x@custom.test"));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(result.candidates.first().source, ServerCandidate::Source::Mx);
    QVERIFY(result.steps.last().outcome.contains(QStringLiteral("skipped")));
}

void TestDiscover::stepsTimeOut()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    test::FakeDnsResolver dns;
    dns.setSilent(QDnsLookup::MX, QStringLiteral("slow.test"));
    dns.setSilent(QDnsLookup::SRV, QStringLiteral("_submissions._tcp.slow.test"));
    dns.setSilent(QDnsLookup::SRV, QStringLiteral("_submission._tcp.slow.test"));
    Autodetect *detect = makeDetect(&dns);
    m_https.setSilent(true);
    detect->setStepTimeout(400);
    detect->setProbeTargets({ { QStringLiteral("127.0.0.1"), silent.serverPort(), SecurityMode::StartTls } });
    QElapsedTimer timer;
    timer.start();
    const AutodetectResult result = detect->runNow(QStringLiteral("x@slow.test"));
    m_https.setSilent(false);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(result.candidates.isEmpty());
    int timedOut = 0;
    for (const DiscoveryStep &step : result.steps)
        timedOut += step.outcome.contains(QStringLiteral("timed out")) ? 1 : 0;
    QCOMPARE(timedOut, int(result.steps.size()) - 1); // all but the catalogue
}

void TestDiscover::cancelStopsEverything()
{
    test::FakeDnsResolver dns;
    dns.setSilent(QDnsLookup::MX, QStringLiteral("slow.test"));
    Autodetect *detect = makeDetect(&dns);
    QSignalSpy finished(detect, &Autodetect::finished);
    detect->start(QStringLiteral("x@slow.test"));
    QVERIFY(detect->isRunning());
    QTimer::singleShot(50, detect, &Autodetect::cancel);
    QVERIFY(finished.wait(2000));
    const AutodetectResult result = finished.first().first().value<AutodetectResult>();
    QVERIFY(result.cancelled);
    QVERIFY(!detect->isRunning());
    QVERIFY(dns.cancellations() > 0);
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1); // exactly once
}

void TestDiscover::noNetworkReturnsPromptly()
{
    test::FakeDnsResolver dns;
    dns.setFailEverything(QStringLiteral("Network unreachable"));
    Autodetect *detect = makeDetect(&dns);
    const quint16 closed = test::freeLoopbackPort();
    detect->setAutoconfigUrls({ QStringLiteral("https://127.0.0.1:%1/a/%DOMAIN%").arg(closed) });
    detect->setProbeTargets(Autodetect::defaultProbeTargets().mid(0, 0)
        << Autodetect::ProbeTarget { QStringLiteral("127.0.0.1"), closed, SecurityMode::ImplicitTls });
    QElapsedTimer timer;
    timer.start();
    const AutodetectResult result = detect->runNow(QStringLiteral("x@offline.test"));
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(result.candidates.isEmpty());
    QVERIFY(!result.cancelled);
}

QTEST_GUILESS_MAIN(TestDiscover)
#include "tst_discover.moc"
