// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Sending through real proxies on loopback (tests/support/ProxyTestbed):
// Dante for SOCKS5, tinyproxy for HTTP CONNECT, and a small SOCKS5 server
// with a login. Each send goes to a real smtp-sink; the proxy's own log
// proves the connection went through it, and each way a proxy can fail
// ends with its own fault and diagnosis, naming the proxy.

#include "Peers.h"
#include "ProxyTestbed.h"
#include "accounts/ConnectionCheck.h"
#include "smtp/ProxySettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace stamp;

namespace {
const QString kUser = QStringLiteral("alice");
const QString kPassword = QStringLiteral("pr0xy-s3cret");
} // namespace

class TestProxy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sendThroughDante();
    void remoteDnsThroughDante();
    void systemSocksProxyIsUsed();
    void systemWebProxyIsNot();
    void sendThroughSocksWithLogin();
    void wrongSocksPassword();
    void proxyUserNeedsPassword();
    void sendThroughTinyproxy();
    void wrongHttpProxyPassword();
    void httpProxyForbidsPort();
    void proxyDown();
    void proxyCannotReachServer();
    void doctorReportsTheHop();

private:
    test::CliRun send(
        const QString &host, const QStringList &extra, const QHash<QString, QString> &env = {}) const;
    static void expectFailure(const test::CliRun &run, const QString &fault, const QString &diagnosis);

    test::SmtpSink m_sink;
    test::ProxyTestbed m_dante;
};

void TestProxy::initTestCase()
{
    const QString sink = m_sink.start({});
    QVERIFY2(sink.isEmpty(), qPrintable(sink));
    const QString dante = m_dante.startDante();
    QVERIFY2(dante.isEmpty(), qPrintable(dante));
}

void TestProxy::cleanupTestCase()
{
    m_dante.stop();
    m_sink.stop();
}

test::CliRun TestProxy::send(
    const QString &host, const QStringList &extra, const QHash<QString, QString> &env) const
{
    QStringList args = { QStringLiteral("send"), QStringLiteral("--host"), host, QStringLiteral("--port"),
        QString::number(m_sink.port()), QStringLiteral("--security"), QStringLiteral("none"),
        QStringLiteral("--from"), QStringLiteral("alice@example.com"), QStringLiteral("--to"),
        QStringLiteral("b@example.net"), QStringLiteral("--subject"), QStringLiteral("through a proxy"),
        QStringLiteral("--body"), QStringLiteral("hello"), QStringLiteral("--json"), QStringLiteral("--log"),
        QStringLiteral("-"), QStringLiteral("--timeout"), QStringLiteral("15") };
    args << extra;
    QHash<QString, QString> environment = env;
    // Only what a test sets: no proxy from the machine running the tests.
    for (const char *name :
        { "http_proxy", "https_proxy", "all_proxy", "no_proxy", "HTTP_PROXY", "ALL_PROXY" }) {
        if (!environment.contains(QLatin1String(name)))
            environment.insert(QLatin1String(name), QString());
    }
    return test::runStamp(args, {}, environment);
}

void TestProxy::expectFailure(const test::CliRun &run, const QString &fault, const QString &diagnosis)
{
    QVERIFY2(run.exitCode == 3, run.err.constData());
    const QJsonObject failure
        = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("failure")).toObject();
    QVERIFY2(failure.value(QStringLiteral("fault")).toString() == fault, run.out.constData());
    QCOMPARE(failure.value(QStringLiteral("diagnosis")).toObject().value(QStringLiteral("id")).toString(),
        diagnosis);
}

void TestProxy::sendThroughDante()
{
    const QString proxy = QStringLiteral("socks5://127.0.0.1:%1").arg(m_dante.port());
    const test::CliRun run = send(QStringLiteral("127.0.0.1"), { QStringLiteral("--proxy"), proxy });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("status")).toString(),
        QStringLiteral("sent"));
    // The transcript shows the hop...
    const QByteArray hop = QStringLiteral("Connecting to 127.0.0.1:%1 through the SOCKS5 proxy 127.0.0.1:%2")
                               .arg(m_sink.port())
                               .arg(m_dante.port())
                               .toUtf8();
    QVERIFY2(run.err.contains(hop), run.err.constData());
    // ...and Dante's log the connection it made for us to the sink.
    const QString target = QStringLiteral("127.0.0.1.%1").arg(m_sink.port());
    QVERIFY2(m_dante.waitForLog(target), qPrintable(m_dante.log()));
}

void TestProxy::remoteDnsThroughDante()
{
    // socks5h: the name goes to the proxy as it is, and the proxy resolves it.
    const QString proxy = QStringLiteral("socks5h://127.0.0.1:%1").arg(m_dante.port());
    const test::CliRun run = send(QStringLiteral("localhost"), { QStringLiteral("--proxy"), proxy });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("through the SOCKS5 proxy"), run.err.constData());
    // Dante resolved "localhost" itself and logs the address it connected to.
    QVERIFY2(m_dante.waitForLog(QStringLiteral("127.0.0.1.%1").arg(m_sink.port())), qPrintable(m_dante.log()));
    // The name itself reaches the proxy (RFC 1928 ATYP 3): the SOCKS5
    // server with a login logs what it was asked for.
    test::ProxyTestbed socks;
    const QString started = socks.startSocksWithLogin(kUser, kPassword);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const test::CliRun named = send(QStringLiteral("localhost"),
        { QStringLiteral("--proxy"), QStringLiteral("socks5h://%1@127.0.0.1:%2").arg(kUser).arg(socks.port()) },
        { { QStringLiteral("STAMP_PROXY_PASSWORD"), kPassword } });
    QVERIFY2(named.exitCode == 0, named.err.constData());
    QVERIFY2(
        socks.waitForLog(QStringLiteral("connect localhost:%1 ok").arg(m_sink.port())), qPrintable(socks.log()));
}

void TestProxy::systemSocksProxyIsUsed()
{
    // No --proxy: the system's setting, here a SOCKS proxy in the environment.
    const QString before = m_dante.log();
    const test::CliRun run = send(QStringLiteral("127.0.0.1"), {},
        { { QStringLiteral("http_proxy"), QStringLiteral("socks5://127.0.0.1:%1").arg(m_dante.port()) } });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("through the SOCKS5 proxy 127.0.0.1:"), run.err.constData());
    QVERIFY(m_dante.log().size() > before.size());
}

void TestProxy::systemWebProxyIsNot()
{
    // A web proxy for browsing (nothing listens there): SMTP goes directly.
    const QString proxy = QStringLiteral("http://127.0.0.1:%1").arg(test::freeLoopbackPort());
    const test::CliRun run
        = send(QStringLiteral("127.0.0.1"), {}, { { QStringLiteral("http_proxy"), proxy } });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(!run.err.contains("through the"), run.err.constData());
}

void TestProxy::sendThroughSocksWithLogin()
{
    test::ProxyTestbed socks;
    const QString started = socks.startSocksWithLogin(kUser, kPassword);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const QString proxy = QStringLiteral("socks5://%1@127.0.0.1:%2").arg(kUser).arg(socks.port());
    const test::CliRun run = send(QStringLiteral("127.0.0.1"), { QStringLiteral("--proxy"), proxy },
        { { QStringLiteral("STAMP_PROXY_PASSWORD"), kPassword } });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(socks.waitForLog(QStringLiteral("auth-ok alice")), qPrintable(socks.log()));
    QVERIFY(socks.waitForLog(QStringLiteral("connect 127.0.0.1:%1 ok").arg(m_sink.port())));
    // The password is nowhere in what Stamp printed.
    QVERIFY(!run.out.contains(kPassword.toUtf8()));
    QVERIFY(!run.err.contains(kPassword.toUtf8()));
}

void TestProxy::wrongSocksPassword()
{
    test::ProxyTestbed socks;
    const QString started = socks.startSocksWithLogin(kUser, kPassword);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const QString proxy = QStringLiteral("socks5://%1@127.0.0.1:%2").arg(kUser).arg(socks.port());
    const test::CliRun run = send(QStringLiteral("127.0.0.1"), { QStringLiteral("--proxy"), proxy },
        { { QStringLiteral("STAMP_PROXY_PASSWORD"), QStringLiteral("wrong") } });
    expectFailure(run, QStringLiteral("proxy-auth-failed"), QStringLiteral("proxy.auth"));
    QVERIFY(socks.waitForLog(QStringLiteral("auth-failed alice")));
    const QString message = QJsonDocument::fromJson(run.out)
                                .object()
                                .value(QStringLiteral("failure"))
                                .toObject()
                                .value(QStringLiteral("message"))
                                .toString();
    QVERIFY2(
        message.contains(QStringLiteral("SOCKS5 proxy 127.0.0.1:%1").arg(socks.port())), qPrintable(message));
}

void TestProxy::proxyUserNeedsPassword()
{
    const QString proxy = QStringLiteral("socks5://%1@127.0.0.1:%2").arg(kUser).arg(m_dante.port());
    const test::CliRun run = send(QStringLiteral("127.0.0.1"), { QStringLiteral("--proxy"), proxy });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("STAMP_PROXY_PASSWORD"), run.err.constData());
    // And never as part of the URL.
    const test::CliRun inline_ = send(QStringLiteral("127.0.0.1"),
        { QStringLiteral("--proxy"), QStringLiteral("socks5://alice:pw@127.0.0.1:%1").arg(m_dante.port()) });
    QCOMPARE(inline_.exitCode, 2);
    QVERIFY2(inline_.err.contains("keychain"), inline_.err.constData());
}

void TestProxy::sendThroughTinyproxy()
{
    test::ProxyTestbed http;
    const QString started = http.startTinyproxy(m_sink.port(), kUser, kPassword);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const QString proxy = QStringLiteral("http://%1@127.0.0.1:%2").arg(kUser).arg(http.port());
    const test::CliRun run = send(QStringLiteral("127.0.0.1"), { QStringLiteral("--proxy"), proxy },
        { { QStringLiteral("STAMP_PROXY_PASSWORD"), kPassword } });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(
        run.err.contains(QStringLiteral("through the HTTP proxy 127.0.0.1:%1").arg(http.port()).toUtf8()),
        run.err.constData());
    QVERIFY2(
        http.waitForLog(QStringLiteral("CONNECT 127.0.0.1:%1").arg(m_sink.port())), qPrintable(http.log()));
    QVERIFY(!run.err.contains(kPassword.toUtf8()));
}

void TestProxy::wrongHttpProxyPassword()
{
    test::ProxyTestbed http;
    const QString started = http.startTinyproxy(m_sink.port(), kUser, kPassword);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    // No login at all: 407 (RFC 9110 §15.5.8), the proxy's login refused.
    const test::CliRun none = send(QStringLiteral("127.0.0.1"),
        { QStringLiteral("--proxy"), QStringLiteral("http://127.0.0.1:%1").arg(http.port()) });
    expectFailure(none, QStringLiteral("proxy-auth-failed"), QStringLiteral("proxy.auth"));
    // A wrong password: tinyproxy answers 401 instead of 407, which Qt
    // reports as a protocol error; still the proxy's fault, naming it.
    const QString proxy = QStringLiteral("http://%1@127.0.0.1:%2").arg(kUser).arg(http.port());
    const test::CliRun run = send(QStringLiteral("127.0.0.1"), { QStringLiteral("--proxy"), proxy },
        { { QStringLiteral("STAMP_PROXY_PASSWORD"), QStringLiteral("wrong") } });
    expectFailure(run, QStringLiteral("proxy-failed"), QStringLiteral("proxy.failed"));
    QVERIFY(run.out.contains(QStringLiteral("HTTP proxy 127.0.0.1:%1").arg(http.port()).toUtf8()));
}

void TestProxy::httpProxyForbidsPort()
{
    // Like a web proxy that allows CONNECT to 443 only.
    test::ProxyTestbed http;
    const QString started = http.startTinyproxy(443);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const test::CliRun run = send(QStringLiteral("127.0.0.1"),
        { QStringLiteral("--proxy"), QStringLiteral("http://127.0.0.1:%1").arg(http.port()) });
    expectFailure(run, QStringLiteral("proxy-denied"), QStringLiteral("proxy.denied"));
}

void TestProxy::proxyDown()
{
    const quint16 nothing = test::freeLoopbackPort();
    const test::CliRun run = send(QStringLiteral("127.0.0.1"),
        { QStringLiteral("--proxy"), QStringLiteral("socks5://127.0.0.1:%1").arg(nothing) });
    expectFailure(run, QStringLiteral("proxy-refused"), QStringLiteral("proxy.refused"));
    const QJsonObject failure
        = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("failure")).toObject();
    // The proxy is what to check, not the mail server.
    QVERIFY2(failure.value(QStringLiteral("message"))
                 .toString()
                 .contains(QStringLiteral("127.0.0.1:%1").arg(nothing)),
        run.out.constData());
    QVERIFY(
        failure.value(QStringLiteral("diagnosis")).toObject().value(QStringLiteral("transient")).toBool());
}

void TestProxy::proxyCannotReachServer()
{
    const quint16 closed = test::freeLoopbackPort();
    QStringList args = { QStringLiteral("send"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
        QStringLiteral("--port"), QString::number(closed), QStringLiteral("--security"),
        QStringLiteral("none"), QStringLiteral("--from"), QStringLiteral("a@example.com"),
        QStringLiteral("--to"), QStringLiteral("b@example.net"), QStringLiteral("--body"),
        QStringLiteral("x"), QStringLiteral("--json"), QStringLiteral("--proxy"),
        QStringLiteral("socks5://127.0.0.1:%1").arg(m_dante.port()) };
    const test::CliRun run = test::runStamp(args);
    expectFailure(
        run, QStringLiteral("proxy-target-unreachable"), QStringLiteral("proxy.target-unreachable"));
}

void TestProxy::doctorReportsTheHop()
{
    Account account;
    account.id = Account::newId();
    account.name = QStringLiteral("proxied");
    account.email = QStringLiteral("alice@example.com");
    account.host = QStringLiteral("localhost");
    account.port = m_sink.port();
    account.security = SecurityMode::None;
    account.authMethod = sasl::AuthMethod::None;
    account.proxy.mode = ProxySettings::Mode::Socks5;
    account.proxy.host = QStringLiteral("127.0.0.1");
    account.proxy.port = m_dante.port();
    account.proxy.remoteDns = true;
    ConnectionCheck doctor;
    doctor.setAccount(account);
    doctor.setCheckDomain(false);
    const CheckReport report = doctor.runNow();
    const CheckStep *tcp = report.step(QStringLiteral("tcp"));
    QVERIFY2(tcp, qPrintable(report.toText()));
    QCOMPARE(tcp->status, CheckStep::Status::Passed);
    const QString hop = QStringLiteral("through the SOCKS5 proxy 127.0.0.1:%1").arg(m_dante.port());
    QVERIFY2(tcp->title.contains(hop), qPrintable(tcp->title));
    // The proxy resolves the name: this computer's DNS is not asked.
    QCOMPARE(report.step(QStringLiteral("dns"))->status, CheckStep::Status::Skipped);
    QVERIFY2(QJsonDocument(report.toJson()).toJson().contains(hop.toUtf8()), qPrintable(report.toText()));
    QVERIFY(report.toText().contains(hop));

    // A proxy that is down fails the connect step with the proxy's diagnosis.
    account.proxy.port = test::freeLoopbackPort();
    ConnectionCheck down;
    down.setAccount(account);
    down.setCheckDomain(false);
    const CheckReport failed = down.runNow();
    const CheckStep *refused = failed.step(QStringLiteral("tcp"));
    QVERIFY(refused);
    QCOMPARE(refused->status, CheckStep::Status::Failed);
    QVERIFY(refused->diagnosis);
    QCOMPARE(refused->diagnosis->id, QStringLiteral("proxy.refused"));
}

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"
