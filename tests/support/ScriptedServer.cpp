// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ScriptedServer.h"

#include <QRegularExpression>
#include <QTimer>

namespace stamp::test {

namespace {
// The bytes an "R: " step stands for.
QByteArray unescaped(const QString &text)
{
    const QByteArray in = text.toUtf8();
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) != '\\' || i + 1 >= in.size()) {
            out += in.at(i);
            continue;
        }
        const char c = in.at(++i);
        if (c == 'r')
            out += '\r';
        else if (c == 'n')
            out += '\n';
        else if (c == 'x' && i + 2 < in.size()) {
            out += char(in.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else
            out += c;
    }
    return out;
}

bool isSend(const QString &step)
{
    return step.startsWith(QLatin1String("S: ")) || step.startsWith(QLatin1String("R: "))
           || step.startsWith(QLatin1String("S= "));
}
} // namespace

void SslCapableTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (socket->setSocketDescriptor(descriptor))
        addPendingConnection(socket);
    else
        delete socket;
}

ScriptedServer::ScriptedServer(const QStringList &script, QObject *parent)
    : QObject(parent)
    , m_script(script)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedServer::onConnection);
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        m_errors << QStringLiteral("cannot listen: %1").arg(m_server.errorString());
}

ScriptedServer::~ScriptedServer()
{
    // The client sockets are the listener's children, deleted with it after
    // the script; their last signals (disconnected) must not reach a
    // half-destroyed server.
    const QList<QSslSocket *> sockets = m_server.findChildren<QSslSocket *>();
    for (QSslSocket *socket : sockets)
        socket->disconnect(this);
}

QString ScriptedServer::position() const
{
    return m_step < m_script.size() ? QStringLiteral("step %1 \"%2\"").arg(m_step).arg(m_script.at(m_step))
                                    : QStringLiteral("end of script");
}

void ScriptedServer::error(const QString &message)
{
    m_errors << message + QStringLiteral(" (at ") + position() + QLatin1Char(')');
    if (m_socket)
        m_socket->abort();
}

void ScriptedServer::onConnection()
{
    auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection());
    if (m_socket) {
        // Allowed only where the script says ACCEPT; keep it until then.
        m_waiting << socket;
        advance();
        return;
    }
    attach(socket);
}

void ScriptedServer::attach(QSslSocket *socket)
{
    ++m_connections;
    m_clientGone = false;
    m_buffer.clear();
    m_socket = socket;
    connect(socket, &QSslSocket::readyRead, this, &ScriptedServer::onReadyRead);
    connect(socket, &QSslSocket::disconnected, this, [this] {
        m_clientGone = true;
        if (m_step < m_script.size() && m_script.at(m_step) == QLatin1String("SILENT"))
            advance();
    });
    connect(socket, &QSslSocket::encrypted, this, [this] {
        m_handshaking = false;
        advance();
    });
    advance();
}

void ScriptedServer::onReadyRead()
{
    // STALL: leave the bytes where they are; with a tiny read buffer the
    // kernel's buffers fill and the client's writes back up.
    if (m_step < m_script.size() && m_script.at(m_step) == QLatin1String("STALL"))
        return;
    const QByteArray bytes = m_socket->readAll();
    m_buffer += bytes;
    m_received += bytes;
    advance();
}

void ScriptedServer::advance()
{
    bool lastWasClient = false;
    while (m_socket && !m_handshaking && m_step < m_script.size()) {
        const QString step = m_script.at(m_step);
        if (isSend(step)) {
            if (!m_pipeliningAllowed && lastWasClient && !m_buffer.isEmpty()) {
                error(QStringLiteral("the client sent \"%1\" before the reply to its previous command "
                                     "(pipelining without PIPELINING)")
                          .arg(QString::fromLatin1(m_buffer.left(60))));
                return;
            }
            QByteArray batch;
            while (m_step < m_script.size() && isSend(m_script.at(m_step))) {
                const QString send = m_script.at(m_step);
                if (send.startsWith(QLatin1String("S= ")) && !m_replyMakers.contains(send.mid(3))) {
                    error(QStringLiteral("no reply maker called \"%1\"").arg(send.mid(3)));
                    return;
                }
                ++m_step;
                if (send.startsWith(QLatin1String("R: ")))
                    batch += unescaped(send.mid(3));
                else if (send.startsWith(QLatin1String("S: ")))
                    batch += send.mid(3).toUtf8() + "\r\n";
                else
                    batch += m_replyMakers.value(send.mid(3))(m_lastClientLine).toUtf8() + "\r\n";
            }
            m_socket->write(batch);
            m_socket->flush();
            lastWasClient = false;
            continue;
        }
        if (step == QLatin1String("CLOSE")) {
            ++m_step;
            m_socket->disconnectFromHost();
            if (m_step < m_script.size() && m_script.at(m_step) == QLatin1String("ACCEPT"))
                continue;
            return;
        }
        if (step == QLatin1String("ACCEPT")) {
            if (m_waiting.isEmpty())
                return;  // onConnection() comes back here
            QSslSocket *next = m_waiting.takeFirst();
            if (!next)
                return;
            ++m_step;
            m_socket->disconnect(this);
            attach(next);
            return;
        }
        if (step == QLatin1String("HANG")) {
            if (!m_buffer.isEmpty())
                error(QStringLiteral("unexpected bytes from the client: \"%1\"").arg(QString::fromLatin1(m_buffer.left(80))));
            return;
        }
        if (step == QLatin1String("TLS")) {
            if (!m_buffer.isEmpty()) {
                error(QStringLiteral("the client sent \"%1\" before the TLS handshake")
                          .arg(QString::fromLatin1(m_buffer.left(60))));
                return;
            }
            ++m_step;
            m_handshaking = true;
            m_socket->setLocalCertificate(m_certificate);
            m_socket->setPrivateKey(m_key);
            m_socket->startServerEncryption();
            return;
        }
        if (step == QLatin1String("SILENT")) {
            if (!m_buffer.isEmpty())
                error(QStringLiteral("unexpected bytes from the client: \"%1\"").arg(QString::fromLatin1(m_buffer.left(80))));
            if (!m_clientGone)
                return;
            ++m_step;
            continue;
        }
        if (step.startsWith(QLatin1String("WAIT "))) {
            if (m_pausing)
                return;
            m_pausing = true;
            QTimer::singleShot(step.mid(5).toInt(), this, [this] {
                m_pausing = false;
                ++m_step;
                advance();
            });
            return;
        }
        if (step == QLatin1String("STALL")) {
            m_socket->setReadBufferSize(1);
            return;
        }
        if (step == QLatin1String("SINK")) {
            m_buffer.clear();
            return;
        }
        if (step.startsWith(QLatin1String("BYTES "))) {
            const qsizetype count = step.mid(6).toLongLong();
            if (m_buffer.size() < count)
                return;
            m_data << m_buffer.left(count);
            m_buffer.remove(0, count);
            ++m_step;
            lastWasClient = true;
            continue;
        }
        if (step == QLatin1String("DATA")) {
            const qsizetype end = m_buffer.startsWith(".\r\n") ? 0 : m_buffer.indexOf("\r\n.\r\n");
            if (end < 0)
                return;
            const qsizetype length = end == 0 && m_buffer.startsWith(".\r\n") ? 3 : end + 5;
            m_data << m_buffer.left(length);
            m_buffer.remove(0, length);
            ++m_step;
            lastWasClient = true;
            continue;
        }
        if (step.startsWith(QLatin1String("C: ")) || step.startsWith(QLatin1String("C~ "))) {
            const qsizetype lf = m_buffer.indexOf("\r\n");
            if (lf < 0) {
                if (m_buffer.contains('\n'))
                    error(QStringLiteral("the client sent a bare LF"));
                return;
            }
            const QString line = QString::fromUtf8(m_buffer.left(lf));
            m_buffer.remove(0, lf + 2);
            const QString expected = step.mid(3);
            const bool ok = step.startsWith(QLatin1String("C: "))
                                ? line == expected
                                : QRegularExpression(QStringLiteral("^(?:") + expected + QStringLiteral(")$"))
                                      .match(line)
                                      .hasMatch();
            if (!ok) {
                error(QStringLiteral("expected \"%1\", the client sent \"%2\"").arg(expected, line));
                return;
            }
            m_lastClientLine = line;
            ++m_step;
            lastWasClient = true;
            continue;
        }
        error(QStringLiteral("bad script step"));
        return;
    }
    if (!m_waiting.isEmpty() && (m_step >= m_script.size() || m_script.at(m_step) != QLatin1String("ACCEPT")))
        error(QStringLiteral("the client opened another connection where the script did not expect one"));
    if (m_socket && m_step >= m_script.size() && !m_buffer.isEmpty())
        error(QStringLiteral("unexpected bytes after the script: \"%1\"").arg(QString::fromLatin1(m_buffer.left(80))));
}

}  // namespace stamp::test
