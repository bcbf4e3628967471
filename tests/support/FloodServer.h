// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace stamp::test {

// A hostile SMTP server that greets, reads the client's EHLO line and then
// answers it with a reply that never ends: `prefix` once, then `unit` over
// and over as fast as the client reads (or one unit every `dripMs`), up to
// `limit` bytes. It counts what it got out, so a test can show the client
// hung up after a bounded amount. Listens on 127.0.0.1 port 0, one client.
class FloodServer : public QObject
{
    Q_OBJECT

public:
    FloodServer(const QByteArray &prefix, const QByteArray &unit, qint64 limit, QObject *parent = nullptr);

    quint16 port() const { return m_server.serverPort(); }
    void setDripInterval(int ms) { m_dripMs = ms; }

    // Bytes handed to the kernel (what the client may have read is at most this).
    qint64 bytesSent() const { return m_sent; }
    bool clientDisconnected() const { return m_clientGone; }
    bool reachedLimit() const { return m_sent >= m_limit; }
    // What the client sent after its EHLO line (nothing, if it gave up at once).
    QByteArray receivedAfterEhlo() const { return m_afterEhlo; }
    qint64 floodMs() const { return m_flooding.isValid() ? m_flooding.elapsed() : 0; }

private:
    void onConnection();
    void onReadyRead();
    void topUp();

    QTcpServer m_server;
    QPointer<QTcpSocket> m_socket;
    QByteArray m_prefix;
    QByteArray m_unit;
    QByteArray m_block; // many units, written at a time
    qint64 m_limit = 0;
    qint64 m_sent = 0;
    int m_dripMs = 0;
    QTimer m_drip;
    QByteArray m_line;
    bool m_ehloSeen = false;
    bool m_clientGone = false;
    QByteArray m_afterEhlo;
    QElapsedTimer m_flooding;
};

} // namespace stamp::test
