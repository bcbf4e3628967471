// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FloodServer.h"

namespace stamp::test {

namespace {
// Enough queued in user space to keep the kernel's buffers full, little
// enough that the server's own memory does not cloud a measurement.
constexpr qint64 kBacklog = 1024 * 1024;
constexpr qsizetype kBlock = 256 * 1024;
} // namespace

FloodServer::FloodServer(const QByteArray &prefix, const QByteArray &unit, qint64 limit, QObject *parent)
    : QObject(parent)
    , m_prefix(prefix)
    , m_unit(unit)
    , m_limit(limit)
{
    while (m_block.size() < kBlock)
        m_block += m_unit;
    connect(&m_server, &QTcpServer::newConnection, this, &FloodServer::onConnection);
    connect(&m_drip, &QTimer::timeout, this, &FloodServer::topUp);
    m_server.listen(QHostAddress::LocalHost, 0);
}

void FloodServer::onConnection()
{
    QTcpSocket *socket = m_server.nextPendingConnection();
    if (m_socket) {
        socket->abort(); // one client only
        return;
    }
    m_socket = socket;
    connect(socket, &QTcpSocket::readyRead, this, &FloodServer::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, [this] {
        if (!m_dripMs)
            topUp();
    });
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        m_clientGone = true;
        m_drip.stop();
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this] {
        m_clientGone = true;
        m_drip.stop();
    });
    socket->write("220 flood.test ESMTP\r\n");
}

void FloodServer::onReadyRead()
{
    const QByteArray bytes = m_socket->readAll();
    if (m_ehloSeen) {
        m_afterEhlo += bytes.left(4096 - m_afterEhlo.size());
        return;
    }
    m_line += bytes;
    const qsizetype end = m_line.indexOf("\r\n");
    if (end < 0)
        return;
    m_ehloSeen = true;
    m_afterEhlo = m_line.mid(end + 2);
    m_flooding.start();
    if (m_dripMs) {
        m_socket->write(m_prefix);
        m_sent += m_prefix.size();
        m_drip.start(m_dripMs);
        return;
    }
    // The reply's start and the flood in one write, so the client reads
    // them together.
    m_socket->write(m_prefix + m_block);
    m_sent += m_prefix.size() + m_block.size();
    topUp();
}

void FloodServer::topUp()
{
    if (!m_socket || m_clientGone || !m_ehloSeen)
        return;
    if (m_dripMs) {
        if (m_sent < m_limit) {
            m_socket->write(m_unit);
            m_sent += m_unit.size();
        }
        return;
    }
    while (m_socket->bytesToWrite() < kBacklog && m_sent < m_limit) {
        const qint64 n = qMin<qint64>(m_block.size(), m_limit - m_sent);
        m_socket->write(m_block.constData(), n);
        m_sent += n;
    }
}

} // namespace stamp::test
