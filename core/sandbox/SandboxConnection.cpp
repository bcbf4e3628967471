// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SandboxConnection.h"

namespace stamp {

namespace {
constexpr int kMaxLine = 4096;
}

SandboxConnection::SandboxConnection(QTcpSocket *socket, SandboxServer *server)
    : QObject(socket)
    , m_socket(socket)
    , m_server(server)
{
    connect(socket, &QTcpSocket::readyRead, this, &SandboxConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    reply("220 sandbox.stamp.invalid ESMTP Stamp sandbox: every message is kept here, nothing is delivered");
}

void SandboxConnection::reply(const QByteArray &text)
{
    if (m_socket)
        m_socket->write(text + "\r\n");
}

QString SandboxConnection::address(const QByteArray &argument, const QByteArray &keyword)
{
    // "FROM:<a@b> SIZE=10" -> "a@b"
    if (!argument.toUpper().startsWith(keyword))
        return {};
    const qsizetype open = argument.indexOf('<');
    const qsizetype close = argument.indexOf('>', open);
    if (open < 0 || close < 0)
        return {};
    return QString::fromUtf8(argument.mid(open + 1, close - open - 1));
}

void SandboxConnection::resetTransaction()
{
    m_haveMail = false;
    m_from.clear();
    m_recipients.clear();
    m_content.clear();
    m_tooLarge = false;
}

void SandboxConnection::onReadyRead()
{
    m_buffer += m_socket->readAll();
    while (m_socket) {
        if (m_mode == Mode::Bdat) {
            // RFC 3030 §2: exactly the announced number of octets.
            const qint64 take = qMin<qint64>(m_bdatRemaining, m_buffer.size());
            if (!m_tooLarge)
                m_content += m_buffer.left(take);
            m_buffer.remove(0, take);
            m_bdatRemaining -= take;
            if (m_bdatRemaining > 0)
                return;
            m_mode = Mode::Commands;
            m_tooLarge = m_tooLarge || m_content.size() > SandboxServer::kMaxMessageSize;
            if (m_recipients.isEmpty())
                reply("554 5.5.1 No valid recipients");
            else if (m_tooLarge)
                reply("552 5.3.4 Message too big for the sandbox");
            else if (m_bdatLast)
                deliver();
            else
                reply("250 2.0.0 Chunk received");
            if (m_bdatLast)
                resetTransaction();
            continue;
        }
        const qsizetype lf = m_buffer.indexOf('\n');
        if (lf < 0) {
            if (m_buffer.size() > kMaxLine && m_mode != Mode::Data) {
                reply("500 5.5.2 Line too long");
                m_buffer.clear();
            }
            return;
        }
        QByteArray line = m_buffer.left(lf);
        m_buffer.remove(0, lf + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        handleLine(line);
    }
}

void SandboxConnection::handleLine(const QByteArray &line)
{
    switch (m_mode) {
    case Mode::Data:
        if (line == ".") {
            m_mode = Mode::Commands;
            if (m_tooLarge)
                reply("552 5.3.4 Message too big for the sandbox");
            else
                deliver();
            return;
        }
        // RFC 5321 §4.5.2: remove the dot the client added.
        if (!m_tooLarge) {
            m_content += (line.startsWith('.') ? line.mid(1) : line) + "\r\n";
            m_tooLarge = m_content.size() > SandboxServer::kMaxMessageSize;
        }
        return;
    case Mode::AuthLoginUser:
        m_user = QString::fromUtf8(QByteArray::fromBase64(line));
        m_mode = Mode::AuthLoginPassword;
        reply("334 UGFzc3dvcmQ6");
        return;
    case Mode::AuthLoginPassword:
        // The password is read and forgotten: the sandbox accepts anyone.
        m_mode = Mode::Commands;
        reply("235 2.7.0 Welcome to the sandbox");
        return;
    case Mode::Commands:
    case Mode::Bdat:
        break;
    }
    const qsizetype space = line.indexOf(' ');
    const QByteArray verb = (space < 0 ? line : line.left(space)).toUpper();
    const QByteArray argument = space < 0 ? QByteArray() : line.mid(space + 1).trimmed();
    handleCommand(verb, argument);
}

void SandboxConnection::handleCommand(const QByteArray &verb, const QByteArray &argument)
{
    if (verb == "EHLO" || verb == "HELO") {
        m_greeted = true;
        resetTransaction();
        if (verb == "HELO") {
            reply("250 sandbox.stamp.invalid");
            return;
        }
        reply("250-sandbox.stamp.invalid Hello " + argument);
        reply("250-PIPELINING");
        reply("250-SIZE " + QByteArray::number(SandboxServer::kMaxMessageSize));
        reply("250-8BITMIME");
        reply("250-SMTPUTF8");
        reply("250-CHUNKING");
        reply("250-ENHANCEDSTATUSCODES");
        reply("250 AUTH PLAIN LOGIN");
    } else if (verb == "AUTH") {
        const QList<QByteArray> parts = argument.split(' ');
        const QByteArray mechanism = parts.value(0).toUpper();
        if (mechanism == "PLAIN" && parts.size() > 1) {
            const QList<QByteArray> fields = QByteArray::fromBase64(parts.at(1)).split('\0');
            m_user = QString::fromUtf8(fields.value(1));
            reply("235 2.7.0 Welcome to the sandbox");
        } else if (mechanism == "LOGIN") {
            m_mode = Mode::AuthLoginUser;
            reply("334 VXNlcm5hbWU6");
        } else {
            reply("504 5.5.4 The sandbox offers PLAIN and LOGIN");
        }
    } else if (verb == "MAIL") {
        if (!m_greeted) {
            reply("503 5.5.1 Say EHLO first");
            return;
        }
        resetTransaction();
        m_haveMail = true;
        m_from = address(argument, "FROM:");
        reply("250 2.1.0 Sender ok");
    } else if (verb == "RCPT") {
        if (!m_haveMail) {
            reply("503 5.5.1 Need MAIL first");
            return;
        }
        const QString rcpt = address(argument, "TO:");
        if (rcpt.isEmpty()) {
            reply("501 5.1.3 Bad recipient address syntax");
            return;
        }
        m_recipients << rcpt;
        reply("250 2.1.5 Recipient ok");
    } else if (verb == "DATA") {
        if (m_recipients.isEmpty()) {
            reply("554 5.5.1 No valid recipients");
            return;
        }
        m_mode = Mode::Data;
        reply("354 End data with <CR><LF>.<CR><LF>");
    } else if (verb == "BDAT") {
        const QList<QByteArray> parts = argument.split(' ');
        bool ok = false;
        m_bdatRemaining = parts.value(0).toLongLong(&ok);
        m_bdatLast = parts.value(1).toUpper() == "LAST";
        if (!ok || m_bdatRemaining < 0) {
            reply("501 5.5.4 Bad BDAT size");
            return;
        }
        // The chunk is read even when the transaction is refused (RFC 3030
        // §2); onReadyRead() takes it from here, a zero-size chunk included.
        m_mode = Mode::Bdat;
    } else if (verb == "RSET") {
        resetTransaction();
        reply("250 2.0.0 Reset");
    } else if (verb == "NOOP") {
        reply("250 2.0.0 Ok");
    } else if (verb == "QUIT") {
        reply("221 2.0.0 Bye");
        m_socket->disconnectFromHost();
    } else {
        reply("502 5.5.2 Command not implemented");
    }
}

void SandboxConnection::deliver()
{
    if (m_recipients.isEmpty()) {
        reply("554 5.5.1 No valid recipients");
        resetTransaction();
        return;
    }
    SandboxMessage message;
    message.from = m_from;
    message.recipients = m_recipients;
    message.content = m_content;
    message.receivedAt = QDateTime::currentDateTime();
    message.authenticatedAs = m_user;
    m_server->accept(message);
    reply("250 2.0.0 Ok: kept in the sandbox as message " + QByteArray::number(m_server->messages().size()));
    resetTransaction();
}

}  // namespace stamp
