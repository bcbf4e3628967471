// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace stamp::test {

// A real proxy on a free port of 127.0.0.1, with a private configuration
// and log in a temporary directory, run as this process's child:
// - Dante (danted), SOCKS5 without authentication;
// - tinyproxy, HTTP CONNECT, optionally with Basic authentication;
// - socks5_auth_proxy.py, SOCKS5 with username/password (RFC 1929), since
//   Dante checks those against the system's users (see the script).
class ProxyTestbed
{
public:
    ~ProxyTestbed();
    // Each returns empty on success, else what went wrong.
    QString startDante();
    // CONNECT is allowed to `connectPort` only (tinyproxy's ConnectPort).
    QString startTinyproxy(quint16 connectPort, const QString &user = {}, const QString &password = {});
    QString startSocksWithLogin(const QString &user, const QString &password);
    void stop();

    quint16 port() const { return m_port; }
    // The proxy's own log: what it connected to, for whom.
    QString log() const;
    // Waits (bounded) until the log holds `needle`.
    bool waitForLog(const QString &needle, int maxWaitMs = 5000) const;

private:
    QString launch(const QString &program, const QStringList &arguments);
    QString waitUntilListening(int maxWaitMs);

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_logPath;
    QString m_name;
};

} // namespace stamp::test
