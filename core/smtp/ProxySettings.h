// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Failure.h"

#include <QAbstractSocket>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QString>
#include <optional>

namespace stamp {

// How an account reaches its server: through the system's proxy settings
// (the default), directly, or through a SOCKS5 (RFC 1928) or HTTP CONNECT
// (RFC 9110 §9.3.6) proxy. A value without the proxy's password, which only
// ever lives in the keychain (SecretStore::Kind::ProxyPassword), so it can
// be written to disk as it is.
struct ProxySettings
{
    enum class Mode { System, None, Socks5, HttpConnect };

    Mode mode = Mode::System;
    QString host;
    quint16 port = 0;
    QString username; // empty: the proxy needs no login
    // SOCKS5 only: hand the server's name to the proxy (RFC 1928 §5,
    // ATYP 3) instead of resolving it here; what "socks5h://" means.
    bool remoteDns = false;

    bool operator==(const ProxySettings &other) const;
    bool operator!=(const ProxySettings &other) const { return !(*this == other); }

    bool isExplicit() const { return mode == Mode::Socks5 || mode == Mode::HttpConnect; }
    bool needsPassword() const { return isExplicit() && !username.isEmpty(); }
    // Empty when usable, else what is wrong, for a person.
    QString validate() const;

    // "system", "none", "socks5://user@host:1080", "socks5h://host:1080",
    // "http://host:3128"; never with a password.
    QString toUrl() const;
    // Parses what toUrl() writes. A password in the URL is refused: it
    // would end up in shell history and process lists.
    static std::optional<ProxySettings> fromUrl(const QString &url, QString *error);

    // The proxy for a connection to host:port, with `password` for its
    // login. System asks Qt's system proxy query for a TCP connection and
    // keeps only a SOCKS5 answer (see ProxySettings.cpp).
    QNetworkProxy resolve(const QString &targetHost, quint16 targetPort, const QString &password = {}) const;

    QJsonObject toJson() const;
    // Missing or unreadable: System (accounts saved before proxies existed).
    static ProxySettings fromJson(const QJsonObject &json);

    static QString modeId(Mode mode); // "system", "none", "socks5", "http"
    static std::optional<Mode> modeFromId(const QString &id);
};

// "the SOCKS5 proxy 127.0.0.1:1080", for the transcript and the doctor;
// empty for a direct connection.
QString describeProxy(const QNetworkProxy &proxy);

// The proxy fault a socket error means on a connection through a proxy;
// nullopt when it is not about the proxy. `connecting`: the tunnel is not
// up yet, so the usual connect errors are the proxy's report on its own
// connection to the server (RFC 1928 §6 replies; an HTTP proxy's 403, 404
// or 503 to CONNECT, which Qt turns into these errors).
std::optional<NetworkFault> proxyFault(QAbstractSocket::SocketError error, bool connecting);

} // namespace stamp
