// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

// ProxySettings: the URLs `--proxy` takes, the account's JSON (old files
// load as "system", no password ever), what each mode resolves to, and the
// proxy's socket errors as faults.

#include "accounts/Account.h"
#include "smtp/ProxySettings.h"

#include <QJsonDocument>
#include <QTest>

using namespace stamp;
using Mode = ProxySettings::Mode;

class TestProxySettings : public QObject
{
    Q_OBJECT

private slots:
    void parsesUrls_data();
    void parsesUrls();
    void refusesUrls_data();
    void refusesUrls();
    void accountJsonRoundTrip();
    void oldAccountLoadsAsSystem();
    void explicitModesResolve();
    void systemIgnoresWebProxy();
    void proxyErrorsAreProxyFaults();
    void faultIdsAreStable();

private:
    static Account sample();
};

void TestProxySettings::parsesUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("remoteDns");
    QTest::addColumn<QString>("written");
    QTest::newRow("socks5") << "socks5://127.0.0.1:1080" << int(Mode::Socks5) << "127.0.0.1" << 1080 << ""
                            << false << "socks5://127.0.0.1:1080";
    QTest::newRow("socks5h: remote DNS")
        << "socks5h://proxy.example:9050" << int(Mode::Socks5) << "proxy.example" << 9050 << "" << true
        << "socks5h://proxy.example:9050";
    QTest::newRow("socks5 with user") << "socks5://alice@127.0.0.1:1080" << int(Mode::Socks5) << "127.0.0.1"
                                      << 1080 << "alice" << false << "socks5://alice@127.0.0.1:1080";
    QTest::newRow("socks5 default port") << "SOCKS5://proxy.example" << int(Mode::Socks5) << "proxy.example"
                                         << 1080 << "" << false << "socks5://proxy.example:1080";
    QTest::newRow("http") << "http://proxy.example:3128" << int(Mode::HttpConnect) << "proxy.example" << 3128
                          << "" << false << "http://proxy.example:3128";
    QTest::newRow("http with user and slash") << "http://bob@[::1]:3128/" << int(Mode::HttpConnect) << "::1"
                                              << 3128 << "bob" << false << "http://bob@[::1]:3128";
    QTest::newRow("system") << " system " << int(Mode::System) << "" << 0 << "" << false << "system";
    QTest::newRow("none") << "NONE" << int(Mode::None) << "" << 0 << "" << false << "none";
}

void TestProxySettings::parsesUrls()
{
    QFETCH(QString, url);
    QFETCH(int, mode);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(bool, remoteDns);
    QFETCH(QString, written);
    QString error;
    const std::optional<ProxySettings> proxy = ProxySettings::fromUrl(url, &error);
    QVERIFY2(proxy, qPrintable(error));
    QCOMPARE(int(proxy->mode), mode);
    QCOMPARE(proxy->host, host);
    QCOMPARE(int(proxy->port), port);
    QCOMPARE(proxy->username, user);
    QCOMPARE(proxy->remoteDns, remoteDns);
    QCOMPARE(proxy->toUrl(), written);
    QVERIFY(proxy->validate().isEmpty());
    // What toUrl() writes reads back the same.
    QVERIFY(ProxySettings::fromUrl(written, &error) == proxy);
}

void TestProxySettings::refusesUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("says");
    QTest::newRow("password in the URL") << "socks5://alice:secret@127.0.0.1:1080"
                                         << "keychain";
    QTest::newRow("socks4") << "socks4://127.0.0.1:1080"
                            << "not supported";
    QTest::newRow("https") << "https://proxy.example:443"
                           << "not supported";
    QTest::newRow("no host") << "socks5://:1080"
                             << "not a proxy address";
    QTest::newRow("garbage") << "127.0.0.1:1080"
                             << "";
    QTest::newRow("path") << "http://proxy.example:3128/x"
                          << "path";
    QTest::newRow("empty") << ""
                           << "not a proxy address";
}

void TestProxySettings::refusesUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, says);
    QString error;
    QVERIFY(!ProxySettings::fromUrl(url, &error));
    QVERIFY2(error.contains(says), qPrintable(error));
    // A refused URL never echoes a password back.
    QVERIFY(!error.contains(QStringLiteral("secret")));
}

Account TestProxySettings::sample()
{
    Account a;
    a.id = QStringLiteral("3f1c7a5e-0000-4000-8000-000000000001");
    a.name = QStringLiteral("work");
    a.email = QStringLiteral("me@example.org");
    a.host = QStringLiteral("smtp.example.org");
    a.username = a.email;
    return a;
}

void TestProxySettings::accountJsonRoundTrip()
{
    Account a = sample();
    a.proxy.mode = Mode::Socks5;
    a.proxy.host = QStringLiteral("127.0.0.1");
    a.proxy.port = 1080;
    a.proxy.username = QStringLiteral("alice");
    a.proxy.remoteDns = true;
    const QJsonObject json = a.toJson();
    const QByteArray text = QJsonDocument(json).toJson();
    // Nothing that could be a password: only these keys.
    const QJsonObject proxy
        = json.value(QStringLiteral("server")).toObject().value(QStringLiteral("proxy")).toObject();
    QCOMPARE(proxy.keys(),
        QStringList({ QStringLiteral("host"), QStringLiteral("mode"), QStringLiteral("port"),
            QStringLiteral("remoteDns"), QStringLiteral("username") }));
    QVERIFY(!text.toLower().contains("password"));
    QString error;
    const std::optional<Account> back = Account::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->proxy, a.proxy);
    QCOMPARE(*back, a);

    for (const Mode mode : { Mode::None, Mode::HttpConnect }) {
        Account b = a;
        b.proxy.mode = mode;
        b.proxy.remoteDns = false;
        const std::optional<Account> again = Account::fromJson(b.toJson(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->proxy.mode, mode);
        if (mode == Mode::None)
            QCOMPARE(again->proxy.toUrl(), QStringLiteral("none"));
    }
    // An explicit proxy without a host is refused like a server without one.
    Account broken = a;
    broken.proxy.host.clear();
    QVERIFY(!broken.validate().isEmpty());
}

void TestProxySettings::oldAccountLoadsAsSystem()
{
    // Written before proxies existed: no "proxy" key at all.
    const Account a = sample();
    QJsonObject json = a.toJson();
    QVERIFY(!json.value(QStringLiteral("server")).toObject().contains(QStringLiteral("proxy")));
    QString error;
    const std::optional<Account> back = Account::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->proxy.mode, Mode::System);
    // An unknown mode from a newer version falls back the same way.
    QJsonObject server = json.value(QStringLiteral("server")).toObject();
    server[QStringLiteral("proxy")]
        = QJsonObject { { QStringLiteral("mode"), QStringLiteral("quic-tunnel") } };
    json[QStringLiteral("server")] = server;
    QCOMPARE(Account::fromJson(json, &error)->proxy.mode, Mode::System);
}

void TestProxySettings::explicitModesResolve()
{
    QString error;
    const QNetworkProxy socks
        = ProxySettings::fromUrl(QStringLiteral("socks5://alice@127.0.0.1:1080"), &error)
              ->resolve(QStringLiteral("smtp.example.org"), 587, QStringLiteral("pw"));
    QCOMPARE(socks.type(), QNetworkProxy::Socks5Proxy);
    QCOMPARE(socks.hostName(), QStringLiteral("127.0.0.1"));
    QCOMPARE(socks.port(), quint16(1080));
    QCOMPARE(socks.user(), QStringLiteral("alice"));
    QCOMPARE(socks.password(), QStringLiteral("pw"));
    // socks5: this computer resolves the name; socks5h: the proxy does.
    QVERIFY(!socks.capabilities().testFlag(QNetworkProxy::HostNameLookupCapability));
    QVERIFY(socks.capabilities().testFlag(QNetworkProxy::TunnelingCapability));
    const QNetworkProxy socksh = ProxySettings::fromUrl(QStringLiteral("socks5h://127.0.0.1:1080"), &error)
                                     ->resolve(QStringLiteral("smtp.example.org"), 587);
    QVERIFY(socksh.capabilities().testFlag(QNetworkProxy::HostNameLookupCapability));
    const QNetworkProxy http = ProxySettings::fromUrl(QStringLiteral("http://127.0.0.1:3128"), &error)
                                   ->resolve(QStringLiteral("smtp.example.org"), 587);
    QCOMPARE(http.type(), QNetworkProxy::HttpProxy);
    QVERIFY(http.capabilities().testFlag(QNetworkProxy::TunnelingCapability));
    QCOMPARE(ProxySettings::fromUrl(QStringLiteral("none"), &error)->resolve(QStringLiteral("x"), 25).type(),
        QNetworkProxy::NoProxy);
    // The words the transcript and the doctor use, never with the password.
    QCOMPARE(describeProxy(socks), QStringLiteral("the SOCKS5 proxy 127.0.0.1:1080"));
    QCOMPARE(describeProxy(http), QStringLiteral("the HTTP proxy 127.0.0.1:3128"));
    QVERIFY(describeProxy(QNetworkProxy(QNetworkProxy::NoProxy)).isEmpty());
}

void TestProxySettings::systemIgnoresWebProxy()
{
    // A desktop that sets http_proxy for browsing: Qt's system query (via
    // libproxy on Debian) answers a TCP query with that web proxy, which
    // would refuse CONNECT to 587. Stamp connects directly instead.
    qputenv("http_proxy", "http://127.0.0.1:3128");
    qunsetenv("all_proxy");
    qunsetenv("no_proxy");
    const QNetworkProxy web = ProxySettings().resolve(QStringLiteral("smtp.example.org"), 587);
    QCOMPARE(web.type(), QNetworkProxy::NoProxy);
    qunsetenv("http_proxy");
    QCOMPARE(ProxySettings().resolve(QStringLiteral("smtp.example.org"), 587).type(), QNetworkProxy::NoProxy);
}

void TestProxySettings::proxyErrorsAreProxyFaults()
{
    using E = QAbstractSocket;
    QVERIFY(proxyFault(E::ProxyConnectionRefusedError, true) == NetworkFault::ProxyRefused);
    QVERIFY(proxyFault(E::ProxyNotFoundError, true) == NetworkFault::ProxyNotFound);
    QVERIFY(proxyFault(E::ProxyAuthenticationRequiredError, true) == NetworkFault::ProxyAuthFailed);
    QVERIFY(proxyFault(E::ProxyProtocolError, false) == NetworkFault::ProxyFailed);
    // While the tunnel is being opened, the proxy speaks for the server.
    QVERIFY(proxyFault(E::ConnectionRefusedError, true) == NetworkFault::ProxyTargetUnreachable);
    QVERIFY(proxyFault(E::HostNotFoundError, true) == NetworkFault::ProxyTargetUnreachable);
    QVERIFY(proxyFault(E::SocketAccessError, true) == NetworkFault::ProxyDenied);
    // Once it stands, a dropped connection is the server's as usual.
    QVERIFY(proxyFault(E::RemoteHostClosedError, false) == std::nullopt);
    QVERIFY(proxyFault(E::ConnectionRefusedError, false) == std::nullopt);
}

void TestProxySettings::faultIdsAreStable()
{
    // Stored in outbox records: never change one.
    QCOMPARE(faultId(NetworkFault::ProxyRefused), QStringLiteral("proxy-refused"));
    QCOMPARE(faultId(NetworkFault::ProxyAuthFailed), QStringLiteral("proxy-auth-failed"));
    for (const NetworkFault fault :
        { NetworkFault::ProxyNotFound, NetworkFault::ProxyRefused, NetworkFault::ProxyAuthFailed,
            NetworkFault::ProxyDenied, NetworkFault::ProxyTargetUnreachable, NetworkFault::ProxyFailed })
        QVERIFY(faultFromId(faultId(fault)) == fault);
    Failure down;
    down.phase = Phase::Connect;
    down.fault = NetworkFault::ProxyRefused;
    QVERIFY(down.isConnectionFault());
    Failure login = down;
    login.fault = NetworkFault::ProxyAuthFailed;
    QVERIFY(!login.isConnectionFault());
    QVERIFY(!login.isTransient());
}

QTEST_GUILESS_MAIN(TestProxySettings)
#include "tst_proxy_settings.moc"
