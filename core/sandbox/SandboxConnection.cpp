// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SandboxConnection.h"

#include <QTimer>

namespace stamp {

namespace {
constexpr int kMaxLine = 4096;
}

SandboxConnection::SandboxConnection(QSslSocket *socket, SandboxServer *server)
    : QObject(socket)
    , m_socket(socket)
    , m_server(server)
{
    connect(socket, &QSslSocket::readyRead, this, &SandboxConnection::onReadyRead);
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    if (behaviour() == SandboxBehaviour::Mode::Busy) {
        // RFC 5321 §3.8: a server that cannot serve now may answer the
        // connection with 421 and close it; the client is to try later.
        reply("421 4.3.2 sandbox.stamp.invalid The sandbox is too busy right now, try again later");
        hangUp();
        return;
    }
    if (behaviour() == SandboxBehaviour::Mode::ImplicitTls) {
        // RFC 8314 §3.3: the handshake comes first; the greeting is the
        // first thing said inside TLS. A client that refuses the
        // certificate hangs up, and the socket goes with it.
        connect(socket, &QSslSocket::encrypted, this, &SandboxConnection::greet);
        if (!startTls())
            socket->abort();
        return;
    }
    greet();
}

void SandboxConnection::greet()
{
    reply("220 sandbox.stamp.invalid ESMTP Stamp sandbox: every message is kept here, nothing is delivered");
}

bool SandboxConnection::startTls()
{
    const std::optional<QSslConfiguration> configuration = m_server->tlsConfiguration();
    if (!configuration || !m_socket)
        return false;
    m_socket->setSslConfiguration(*configuration);
    m_socket->startServerEncryption();
    return true;
}

bool SandboxConnection::needsTlsFirst() const
{
    // RFC 3207 §4: a server may refuse commands before STARTTLS with 530;
    // real submission servers refuse mail and logins (no password in clear).
    return behaviour() == SandboxBehaviour::Mode::StartTls && m_socket && !m_socket->isEncrypted();
}

void SandboxConnection::reply(const QByteArray &text)
{
    if (!m_socket)
        return;
    const QByteArray line = text + "\r\n";
    if (behaviour() == SandboxBehaviour::Mode::Slow) {
        // Timers of the same interval fire in the order they were started,
        // so the replies keep their order.
        QTimer::singleShot(
            m_server->behaviour().replyDelayMs, m_socket, [socket = m_socket, line] { socket->write(line); });
        return;
    }
    m_socket->write(line);
}

void SandboxConnection::hangUp()
{
    m_mode = Mode::Closing;
    if (!m_socket)
        return;
    const int delay = behaviour() == SandboxBehaviour::Mode::Slow ? m_server->behaviour().replyDelayMs : 0;
    // After the replies written before it (disconnectFromHost() flushes).
    QTimer::singleShot(delay, m_socket, [socket = m_socket] { socket->disconnectFromHost(); });
}

void SandboxConnection::authenticated(const QString &user)
{
    if (behaviour() == SandboxBehaviour::Mode::BadPassword) {
        // RFC 4954 §6: 535 5.7.8, the credentials are invalid.
        reply("535 5.7.8 Authentication credentials invalid (the sandbox refuses every password now)");
        return;
    }
    m_user = user;
    m_loggedIn = true;
    reply("235 2.7.0 Welcome to the sandbox");
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
            m_tooLarge = m_tooLarge || m_content.size() > m_server->sizeLimit();
            if (m_recipients.isEmpty())
                reply("554 5.5.1 No valid recipients");
            else if (m_tooLarge)
                reply("552 5.3.4 Message too big for the sandbox");
            else if (m_bdatLast)
                endOfMessage();
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
                endOfMessage();
            return;
        }
        // RFC 5321 §4.5.2: remove the dot the client added.
        if (!m_tooLarge) {
            m_content += (line.startsWith('.') ? line.mid(1) : line) + "\r\n";
            m_tooLarge = m_content.size() > m_server->sizeLimit();
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
        authenticated(m_user);
        return;
    case Mode::AuthPlainResponse:
        m_mode = Mode::Commands;
        authenticated(QString::fromUtf8(QByteArray::fromBase64(line).split('\0').value(1)));
        return;
    case Mode::Closing:
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
        reply("250-SIZE " + QByteArray::number(m_server->sizeLimit()));
        reply("250-8BITMIME");
        reply("250-SMTPUTF8");
        reply("250-CHUNKING");
        reply("250-ENHANCEDSTATUSCODES");
        if (needsTlsFirst()) {
            // No AUTH before TLS, as Postfix with smtpd_tls_auth_only.
            reply("250 STARTTLS");
            return;
        }
        reply("250 AUTH PLAIN LOGIN");
    } else if (verb == "STARTTLS" && behaviour() == SandboxBehaviour::Mode::StartTls) {
        if (!argument.isEmpty()) {
            reply("501 5.5.4 STARTTLS takes no parameters"); // RFC 3207 §4
            return;
        }
        if (m_socket->isEncrypted()) {
            reply("503 5.5.1 TLS is already active");
            return;
        }
        if (!m_server->tlsConfiguration()) {
            reply("454 4.7.0 TLS not available: the sandbox has no certificate"); // RFC 3207 §4
            return;
        }
        reply("220 2.0.0 Ready to start TLS");
        // RFC 3207 §4.2: forget everything learnt before TLS (the client
        // says EHLO again), and drop any bytes sent after the command
        // in clear, which an attacker may have injected (CVE-2011-0411).
        m_buffer.clear();
        m_greeted = false;
        m_loggedIn = false;
        m_user.clear();
        resetTransaction();
        startTls();
    } else if ((verb == "AUTH" || verb == "MAIL") && needsTlsFirst()) {
        reply("530 5.7.0 Must issue a STARTTLS command first");
    } else if (verb == "AUTH") {
        const QList<QByteArray> parts = argument.split(' ');
        const QByteArray mechanism = parts.value(0).toUpper();
        if (mechanism == "PLAIN" && parts.size() > 1) {
            const QList<QByteArray> fields = QByteArray::fromBase64(parts.at(1)).split('\0');
            authenticated(QString::fromUtf8(fields.value(1)));
        } else if (mechanism == "PLAIN") {
            m_mode = Mode::AuthPlainResponse;
            reply("334 ");
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
        if (behaviour() == SandboxBehaviour::Mode::BadPassword && !m_loggedIn) {
            // So that a client which does not log in meets the refusal too.
            reply("530 5.7.0 Authentication required");
            return;
        }
        // RFC 1870 §6.1: a declared size over the limit is refused at once.
        static const QByteArray sizeKey = "SIZE=";
        const qsizetype at = argument.toUpper().indexOf(QByteArray(" " + sizeKey));
        if (at >= 0
            && argument.mid(at + 1 + sizeKey.size()).split(' ').value(0).toLongLong()
                > m_server->sizeLimit()) {
            reply("552 5.3.4 Message size exceeds the sandbox's limit of "
                + QByteArray::number(m_server->sizeLimit()) + " bytes");
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
        recipient(argument);
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
        hangUp();
    } else {
        reply("502 5.5.2 Command not implemented");
    }
}

void SandboxConnection::recipient(const QByteArray &argument)
{
    const QString rcpt = address(argument, "TO:");
    if (rcpt.isEmpty()) {
        reply("501 5.1.3 Bad recipient address syntax");
        return;
    }
    const SandboxBehaviour &b = m_server->behaviour();
    switch (b.mode) {
    case SandboxBehaviour::Mode::Greylisting: {
        const QString triple = m_from + QLatin1Char('\n') + rcpt.toLower() + QLatin1Char('\n')
            + m_socket->peerAddress().toString();
        if (m_server->greylisted(triple)) {
            reply("450 4.7.1 <" + rcpt.toUtf8() + ">: Recipient address rejected: greylisted, try again in "
                + QByteArray::number(b.greylistSeconds) + (b.greylistSeconds == 1 ? " second" : " seconds"));
            return;
        }
        break;
    }
    case SandboxBehaviour::Mode::TooManyRecipients:
        // RFC 5321 §4.5.3.1.10: the client sends the others in a later
        // transaction.
        if (m_recipients.size() >= b.maxRecipients) {
            reply("452 4.5.3 Too many recipients");
            return;
        }
        break;
    case SandboxBehaviour::Mode::UnknownUser:
        if (b.unknownRecipient.isEmpty() || b.unknownRecipient.compare(rcpt, Qt::CaseInsensitive) == 0) {
            reply("550 5.1.1 <" + rcpt.toUtf8() + ">: Recipient address rejected: User unknown");
            return;
        }
        break;
    default:
        break;
    }
    m_recipients << rcpt;
    reply("250 2.1.5 Recipient ok");
}

void SandboxConnection::endOfMessage()
{
    if (behaviour() != SandboxBehaviour::Mode::DropAfterDot) {
        deliver();
        return;
    }
    // The message arrived and is kept, but the reply never leaves: the
    // client cannot know whether it was (RFC 1047, RFC 5321 §4.1.1.4),
    // the case its outbox must mark uncertain rather than send twice.
    if (!m_recipients.isEmpty())
        keep();
    resetTransaction();
    m_mode = Mode::Closing;
    m_buffer.clear();
    if (m_socket)
        m_socket->abort();
}

void SandboxConnection::keep()
{
    SandboxMessage message;
    message.from = m_from;
    message.recipients = m_recipients;
    message.content = m_content;
    message.receivedAt = QDateTime::currentDateTime();
    message.authenticatedAs = m_user;
    m_server->accept(message);
}

void SandboxConnection::deliver()
{
    if (m_recipients.isEmpty()) {
        reply("554 5.5.1 No valid recipients");
        resetTransaction();
        return;
    }
    keep();
    reply("250 2.0.0 Ok: kept in the sandbox as message " + QByteArray::number(m_server->messages().size()));
    resetTransaction();
}

}  // namespace stamp
