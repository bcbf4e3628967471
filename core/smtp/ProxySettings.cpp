// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProxySettings.h"

#include <QCoreApplication>
#include <QNetworkProxyFactory>
#include <QUrl>

namespace stamp {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProxySettings)
};

const QString kMode = QStringLiteral("mode");
const QString kHost = QStringLiteral("host");
const QString kPort = QStringLiteral("port");
const QString kUsername = QStringLiteral("username");
const QString kRemoteDns = QStringLiteral("remoteDns");

// RFC 1928 has no default port, but 1080 is the registered one (IANA
// "socks"); HTTP proxies have none at all, 8080 is what Qt assumes.
constexpr quint16 kSocksPort = 1080;
constexpr quint16 kHttpPort = 8080;
} // namespace

bool ProxySettings::operator==(const ProxySettings &other) const
{
    return mode == other.mode && host == other.host && port == other.port && username == other.username
        && remoteDns == other.remoteDns;
}

QString ProxySettings::validate() const
{
    if (!isExplicit())
        return {};
    if (host.trimmed().isEmpty())
        return Text::tr("The proxy has no host name.");
    if (port == 0)
        return Text::tr("The proxy has no port.");
    return {};
}

QString ProxySettings::modeId(Mode mode)
{
    switch (mode) {
    case Mode::System:
        return QStringLiteral("system");
    case Mode::None:
        return QStringLiteral("none");
    case Mode::Socks5:
        return QStringLiteral("socks5");
    case Mode::HttpConnect:
        return QStringLiteral("http");
    }
    return QStringLiteral("system");
}

std::optional<ProxySettings::Mode> ProxySettings::modeFromId(const QString &id)
{
    for (const Mode mode : { Mode::System, Mode::None, Mode::Socks5, Mode::HttpConnect }) {
        if (id == modeId(mode))
            return mode;
    }
    return std::nullopt;
}

QString ProxySettings::toUrl() const
{
    if (!isExplicit())
        return modeId(mode);
    QUrl url;
    url.setScheme(mode == Mode::HttpConnect
            ? QStringLiteral("http")
            : (remoteDns ? QStringLiteral("socks5h") : QStringLiteral("socks5")));
    url.setHost(host);
    url.setPort(port);
    if (!username.isEmpty())
        url.setUserName(username);
    return url.toString(QUrl::FullyEncoded);
}

std::optional<ProxySettings> ProxySettings::fromUrl(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    ProxySettings proxy;
    if (const std::optional<Mode> simple = modeFromId(trimmed.toLower());
        simple && (*simple == Mode::System || *simple == Mode::None)) {
        proxy.mode = *simple;
        return proxy;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.password().isEmpty()) {
        *error = Text::tr("A proxy address must not hold a password; it belongs in the keychain.");
        return std::nullopt;
    }
    if (!url.isValid() || url.host().isEmpty()) {
        *error = Text::tr("\"%1\" is not a proxy address: use socks5://host:port, socks5h://host:port, "
                          "http://host:port, system or none.")
                     .arg(trimmed);
        return std::nullopt;
    }
    if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h")) {
        proxy.mode = Mode::Socks5;
        proxy.remoteDns = scheme == QLatin1String("socks5h");
    } else if (scheme == QLatin1String("http")) {
        proxy.mode = Mode::HttpConnect;
    } else {
        //: %1 is what the person wrote before "://"
        *error = Text::tr("The proxy type \"%1\" is not supported: use socks5, socks5h or http.").arg(scheme);
        return std::nullopt;
    }
    if (!url.path().isEmpty() && url.path() != QLatin1String("/")) {
        *error = Text::tr("\"%1\" is not a proxy address: it has a path.").arg(trimmed);
        return std::nullopt;
    }
    proxy.host = url.host();
    const int port = url.port(proxy.mode == Mode::Socks5 ? kSocksPort : kHttpPort);
    proxy.port = static_cast<quint16>(port);
    proxy.username = url.userName();
    return proxy;
}

QNetworkProxy ProxySettings::resolve(
    const QString &targetHost, quint16 targetPort, const QString &password) const
{
    switch (mode) {
    case Mode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case Mode::Socks5: {
        QNetworkProxy proxy(QNetworkProxy::Socks5Proxy, host, port, username, password);
        // Without HostNameLookupCapability Qt resolves the name here and
        // sends the proxy an address (RFC 1928 §5, ATYP 1 or 4).
        QNetworkProxy::Capabilities caps = proxy.capabilities() & ~QNetworkProxy::HostNameLookupCapability;
        if (remoteDns)
            caps |= QNetworkProxy::HostNameLookupCapability;
        proxy.setCapabilities(caps);
        return proxy;
    }
    case Mode::HttpConnect:
        // The proxy always resolves the name it is given in CONNECT.
        return QNetworkProxy(QNetworkProxy::HttpProxy, host, port, username, password);
    case Mode::System:
        break;
    }
    // Qt 6.4 on Linux asks libproxy (or reads the environment where Qt is
    // built without it). Both answer a TCP query with the *HTTP* proxy of a
    // desktop that only sets http_proxy for browsing: libproxy 0.4's
    // environment module reads http_proxy for any scheme but ftp and https,
    // and Qt's generic factory falls back from all_proxy to http_proxy. Web
    // proxies usually refuse CONNECT to anything but 443 (Squid's
    // SSL_ports, tinyproxy's ConnectPort), so following that answer would
    // turn a working direct connection into a proxy refusal. The system
    // setting is therefore taken only when it names a SOCKS5 proxy, or says
    // to connect directly; an HTTP proxy is used when the person chooses
    // one for the account. no_proxy and PAC files are honoured by the query.
    QNetworkProxyQuery query(targetHost, targetPort, QStringLiteral("smtp"), QNetworkProxyQuery::TcpSocket);
    const QList<QNetworkProxy> answers = QNetworkProxyFactory::systemProxyForQuery(query);
    for (const QNetworkProxy &answer : answers) {
        if (answer.type() == QNetworkProxy::Socks5Proxy || answer.type() == QNetworkProxy::NoProxy)
            return answer;
    }
    return QNetworkProxy(QNetworkProxy::NoProxy);
}

QJsonObject ProxySettings::toJson() const
{
    QJsonObject o;
    o[kMode] = modeId(mode);
    if (isExplicit()) {
        o[kHost] = host;
        o[kPort] = port;
        if (!username.isEmpty())
            o[kUsername] = username;
        if (mode == Mode::Socks5)
            o[kRemoteDns] = remoteDns;
    }
    return o;
}

ProxySettings ProxySettings::fromJson(const QJsonObject &json)
{
    ProxySettings proxy;
    const std::optional<Mode> mode = modeFromId(json.value(kMode).toString());
    if (!mode)
        return proxy;
    proxy.mode = *mode;
    proxy.host = json.value(kHost).toString();
    const int port = json.value(kPort).toInt(0);
    proxy.port = port > 0 && port <= 65535 ? static_cast<quint16>(port) : 0;
    proxy.username = json.value(kUsername).toString();
    proxy.remoteDns = proxy.mode == Mode::Socks5 && json.value(kRemoteDns).toBool(false);
    return proxy;
}

QString describeProxy(const QNetworkProxy &proxy)
{
    const QString where = QStringLiteral("%1:%2").arg(proxy.hostName()).arg(proxy.port());
    switch (proxy.type()) {
    case QNetworkProxy::Socks5Proxy:
        //: %1 is host:port of a proxy
        return Text::tr("the SOCKS5 proxy %1").arg(where);
    case QNetworkProxy::HttpProxy:
        //: %1 is host:port of a proxy
        return Text::tr("the HTTP proxy %1").arg(where);
    default:
        return {};
    }
}

std::optional<NetworkFault> proxyFault(QAbstractSocket::SocketError error, bool connecting)
{
    switch (error) {
    case QAbstractSocket::ProxyNotFoundError:
        return NetworkFault::ProxyNotFound;
    case QAbstractSocket::ProxyConnectionRefusedError:
        return NetworkFault::ProxyRefused;
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        return NetworkFault::ProxyAuthFailed;
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyProtocolError:
        return NetworkFault::ProxyFailed;
    default:
        break;
    }
    if (!connecting)
        return std::nullopt;
    switch (error) {
    case QAbstractSocket::SocketAccessError: // SOCKS5 reply 2, HTTP 403/405
        return NetworkFault::ProxyDenied;
    case QAbstractSocket::HostNotFoundError: // SOCKS5 reply 4, HTTP 404
    case QAbstractSocket::ConnectionRefusedError: // SOCKS5 reply 5, HTTP 503
    case QAbstractSocket::NetworkError: // SOCKS5 replies 1, 3, 6
        return NetworkFault::ProxyTargetUnreachable;
    default:
        return std::nullopt;
    }
}

} // namespace stamp
