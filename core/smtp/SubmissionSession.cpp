// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SubmissionSession.h"
#include "VisibleText.h"

#include "AuthExchange.h"
#include "CommandQueue.h"
#include "ConnectionSetup.h"
#include "Logging.h"
#include "MailTransaction.h"
#include "MessageUpload.h"

#include <QSslConfiguration>
#include <QSslSocket>

namespace stamp {

namespace {
QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 3);
}
} // namespace

SubmissionSession::SubmissionSession(QObject *parent)
    : QObject(parent)
    , m_commands(std::make_unique<CommandQueue>(*this))
    , m_connection(std::make_unique<ConnectionSetup>(*this))
    , m_authExchange(std::make_unique<AuthExchange>(*this))
    , m_transaction(std::make_unique<MailTransaction>(*this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SubmissionSession::onTimeout);
}

SubmissionSession::~SubmissionSession()
{
    if (m_socket)
        m_socket->abort();
}

void SubmissionSession::setServer(const ServerSettings &server)
{
    m_server = server;
}

void SubmissionSession::setOpeningDeadline(QDeadlineTimer deadline)
{
    m_openingDeadline = deadline;
    m_openingDeadlineGiven = true;
}

void SubmissionSession::setAuth(const AuthSettings &auth)
{
    m_auth = auth;
    m_redactor.clear();
    if (!auth.credentials.secret.isEmpty())
        m_redactor.addSecret(auth.credentials.secret);
    if (!auth.proxyPassword.isEmpty())
        m_redactor.addSecret(auth.proxyPassword);
}

void SubmissionSession::start(const QList<OutgoingMessage> &messages)
{
    Q_ASSERT(m_state == State::Idle);
    m_messages = messages;
    m_report = SessionReport();
    if (!m_openingDeadlineGiven)
        m_openingDeadline = QDeadlineTimer(m_server.timeouts.opening);
    m_opened = false;
    m_loginRefusal.reset();

    // Everything that can be checked without the network is checked first,
    // so bad input never leaves a half-sent conversation behind.
    QString problem = m_connection->checkSettings();
    if (problem.isEmpty())
        problem = MailTransaction::prepare(m_messages);
    QSslConfiguration tls;
    if (problem.isEmpty())
        problem = m_connection->buildTlsConfiguration(tls);
    if (!problem.isEmpty()) {
        QTimer::singleShot(
            0, this, [this, problem] { fail(Phase::Local, NetworkFault::Other, problem, {}, true); });
        return;
    }

    m_socket = new QSslSocket(this);
    m_socket->setSslConfiguration(tls);
    m_socket->setPeerVerifyName(m_server.host);
    // Commands are grouped by us (RFC 2920); Nagle's algorithm would only
    // hold a group's last segment back waiting for an ACK.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QSslSocket::connected, this, [this] { m_connection->onConnected(); });
    connect(m_socket, &QSslSocket::encrypted, this, [this] { m_connection->onEncrypted(); });
    connect(m_socket, &QSslSocket::readyRead, this, &SubmissionSession::onReadyRead);
    connect(m_socket, &QSslSocket::bytesWritten, this,
        [this](qint64 bytes) { m_transaction->upload().onBytesWritten(bytes); });
    // Encrypted bytes leaving the socket make room for more of the message.
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, [this] {
        if (m_transaction->upload().isStreaming())
            m_transaction->upload().pump();
    });
    connect(m_socket, &QSslSocket::errorOccurred, this, &SubmissionSession::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &SubmissionSession::onDisconnected);
    connect(m_socket, &QSslSocket::sslErrors, this,
        [this](const QList<QSslError> &errors) { m_connection->onSslErrors(errors); });
    m_connection->connectToServer();
}

void SubmissionSession::cancel()
{
    if (m_state == State::Idle || m_state == State::Finished)
        return;
    m_report.cancelled = true;
    const bool betweenCommands = m_state != State::Connecting && m_state != State::TlsHandshake
        && !m_transaction->upload().isStreaming();
    fail(m_commands->currentPhase(), NetworkFault::Cancelled, SubmissionSession::tr("Cancelled."), {},
        !betweenCommands);
}

// --- reply dispatch and socket events ------------------------------------------------

void SubmissionSession::onReadyRead()
{
    if (!m_socket || m_state == State::Finished)
        return;
    m_parser.feed(m_socket->readAll());
    // RFC 5321 §4.2, RFC 2920 §3.1: one reply per command sent, in order.
    // A reply in this read beyond the commands already sent answers a
    // command the server has not seen: read in order it would pass for the
    // reply to the next one (a sender, or the message "accepted" before it
    // went out), so the session ends, before reading any reply where the
    // count shows it at once. STARTTLS checks its own stricter rule
    // (RFC 3207 §4.2); during an upload a reply is the server giving up
    // early (below).
    const bool counted
        = m_state != State::Quitting && m_state != State::StartTls && !m_transaction->upload().isStreaming();
    qsizetype owed = m_commands->repliesOwed() + (m_closing == Closing::QuitSent ? 1 : 0);
    const auto answeredAhead = [this](qsizetype replies, const QString &taken = {}) {
        emitEvent(TranscriptEvent::Kind::Error,
            //: %1%2 are the first bytes of the replies the server sent ahead
            SubmissionSession::tr("Replies not read: \"%1%2\"")
                .arg(taken, visibleText(m_redactor.redacted(m_parser.unreadBytes().left(4096)).left(512))));
        fail(m_commands->currentPhase(), NetworkFault::ProtocolViolation,
            SubmissionSession::tr("The server sent %n more replies than commands: it answered commands before "
                                  "they were sent.",
                nullptr, int(replies)),
            {}, true);
    };
    if (counted && m_parser.readyCount() > owed) {
        answeredAhead(m_parser.readyCount() - owed);
        return;
    }
    while (std::optional<Reply> reply = m_parser.next()) {
        // A server may quote the credentials back: out before anyone reads it.
        m_redactor.redact(*reply);
        if (counted && m_state != State::Quitting && owed-- <= 0) {
            answeredAhead(1, reply->summary() + QStringLiteral("\\r\\n"));
            return;
        }
        const bool secret = m_state == State::Authenticating && reply->code == 334;
        for (int i = 0; i < reply->lines.size(); ++i) {
            const bool last = i == reply->lines.size() - 1;
            QString line = QString::number(reply->code) + (last ? QLatin1Char(' ') : QLatin1Char('-'));
            if (secret)
                line += QStringLiteral("[challenge redacted]");
            else
                line
                    += (reply->enhanced.isValid() ? reply->enhanced.toString() + QLatin1Char(' ') : QString())
                    + visibleText(reply->lines.at(i));  // no terminal escapes from a hostile server
            emitEvent(TranscriptEvent::Kind::Server, line);
        }
        if (m_state == State::Quitting) {
            if (reply->code == 221)
                m_socket->disconnectFromHost();
            continue;
        }
        if (m_transaction->upload().isStreaming() && !m_commands->awaitingReply()) {
            // A reply in the middle of a DATA upload: the server gave up on
            // the message (e.g. 552 early). Nothing more is sent.
            m_transaction->upload().stop();
            fail(Phase::Data, NetworkFault::None,
                //: %1 is the server's reply
                SubmissionSession::tr("The server interrupted the upload: %1").arg(reply->summary()), reply, true);
            return;
        }
        if (!m_commands->awaitingReply()) {
            fail(m_commands->phase(), NetworkFault::ProtocolViolation,
                //: %1 is the server's reply
                SubmissionSession::tr("The server sent a reply nobody asked for: %1").arg(reply->summary()), reply,
                true);
            return;
        }
        const CommandQueue::Expectation expectation = m_commands->takeExpected();
        m_commands->setPhase(expectation.phase);
        if (reply->code == 421) {
            // RFC 5321 §3.8: 421 means the server is closing the channel,
            // whatever command it answers; nothing else will be read.
            fail(expectation.phase, NetworkFault::None,
                //: %1 is the server's reply
                SubmissionSession::tr("The server is closing the connection: %1").arg(reply->summary()), reply,
                true);
            return;
        }
        armTimer();
        expectation.handler(*reply);
        if (!m_socket || m_state == State::Finished || m_state == State::TlsHandshake)
            return;
    }
    if (m_parser.hasError()) {
        fail(m_commands->phase(), NetworkFault::ProtocolViolation, m_parser.errorString(), {}, true);
        return;
    }
    m_commands->flush();
}

void SubmissionSession::onSocketError()
{
    if (!m_socket || m_state == State::Finished)
        return;
    if (m_state == State::Quitting) {
        finishSession();
        return;
    }
    const auto error = m_socket->error();
    const QString text = m_socket->errorString();
    const bool connected = m_state != State::Connecting;
    const Phase phase = m_commands->currentPhase();
    if (m_connection->onProxyError(error, !connected))
        return;
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        fail(Phase::Resolve, NetworkFault::HostNotFound,
            //: %1 is a host name; %2 is the system's error message
            SubmissionSession::tr("The host name %1 could not be found: %2").arg(m_server.host, text), {}, true);
        break;
    case QAbstractSocket::ConnectionRefusedError:
        fail(Phase::Connect, NetworkFault::ConnectionRefused,
            //: %1 is a host name, %2 a port number
            SubmissionSession::tr("%1 refused the connection on port %2.")
                .arg(m_server.host)
                .arg(m_server.effectivePort()),
            {}, true);
        break;
    case QAbstractSocket::NetworkError:
        fail(connected ? phase : Phase::Connect,
            connected ? NetworkFault::RemoteClosed : NetworkFault::NetworkUnreachable, text, {}, true);
        break;
    case QAbstractSocket::SocketTimeoutError:
        fail(phase, NetworkFault::Timeout, text, {}, true);
        break;
    case QAbstractSocket::RemoteHostClosedError:
        fail(phase, NetworkFault::RemoteClosed,
            //: %1 describes the step, e.g. "while signing in"
            SubmissionSession::tr("The server closed the connection %1.").arg(phaseDescription(phase)), {}, true);
        break;
    case QAbstractSocket::SslHandshakeFailedError:
        fail(Phase::Tls,
            m_connection->sslErrors().isEmpty() ? NetworkFault::TlsHandshake
                                                : NetworkFault::CertificateRejected,
            //: %1 is the TLS library's error message
            SubmissionSession::tr("TLS handshake failed: %1").arg(text), {}, true);
        break;
    default:
        fail(phase, NetworkFault::Other, text, {}, true);
        break;
    }
}

void SubmissionSession::onDisconnected()
{
    if (m_state == State::Finished)
        return;
    if (m_state == State::Quitting) {
        finishSession();
        return;
    }
    const Phase phase = m_commands->currentPhase();
    fail(phase, NetworkFault::RemoteClosed,
        //: %1 describes the step, e.g. "while signing in"
        SubmissionSession::tr("The server closed the connection %1.").arg(phaseDescription(phase)), {}, true);
}

void SubmissionSession::onTimeout()
{
    if (m_state == State::Quitting) {
        finishSession();
        return;
    }
    QString what;
    int ms = 0;
    Phase phase = m_commands->phase();
    if (m_deadlineArmed) {
        if (m_state == State::Connecting)
            phase = Phase::Connect;
        else if (m_state == State::TlsHandshake)
            phase = Phase::Tls;
        else if (m_commands->awaitingReply())
            phase = m_commands->nextExpected().phase;
        //: %1 is a number of seconds; %2 describes the step, e.g. "while signing in"
        what = SubmissionSession::tr("The server was still not ready for the message after %1 s (the most Stamp waits, "
                              "counting every connection of this attempt); it stopped %2.")
                   .arg(seconds(m_server.timeouts.opening), phaseDescription(phase));
    } else if (m_state == State::Connecting) {
        ms = m_server.timeouts.connect;
        //: %1 is a host name, %2 a port number, %3 a number of seconds
        what = SubmissionSession::tr("Could not connect to %1 port %2 within %3 s.")
                   .arg(m_server.host)
                   .arg(m_server.effectivePort())
                   .arg(seconds(ms));
        phase = Phase::Connect;
    } else if (m_state == State::TlsHandshake) {
        what = SubmissionSession::tr("The TLS handshake did not finish within %1 s.")
                   .arg(seconds(m_server.timeouts.command));
        phase = Phase::Tls;
    } else if (m_transaction->upload().isStreaming()) {
        what = SubmissionSession::tr("The server accepted no message data for %1 s.")
                   .arg(seconds(m_server.timeouts.dataBlock));
        phase = Phase::Data;
    } else if (m_commands->awaitingReply()) {
        const CommandQueue::Expectation &next = m_commands->nextExpected();
        phase = next.phase;
        //: %1 is a number of seconds; %2 describes the step, e.g. "while signing in"
        what = SubmissionSession::tr("No reply from the server within %1 s %2.")
                   .arg(seconds(next.timeoutMs), phaseDescription(phase));
    } else {
        //: %1 describes the step, e.g. "while signing in"
        what = SubmissionSession::tr("The session stalled %1.").arg(phaseDescription(phase));
    }
    fail(phase, NetworkFault::Timeout, what, {}, true);
}

// --- plumbing -----------------------------------------------------------------------

void SubmissionSession::armFor(int stageMs)
{
    int ms = stageMs;
    m_deadlineArmed = false;
    if (!m_opened) {
        const qint64 left = qMax<qint64>(0, m_openingDeadline.remainingTime());
        if (!m_openingDeadline.isForever() && left < ms) {
            ms = int(left);
            m_deadlineArmed = true;
        }
    }
    m_timer.start(ms);
}

void SubmissionSession::armTimer()
{
    if (m_commands->awaitingReply())
        armFor(m_commands->nextExpected().timeoutMs);
    else if (!m_transaction->upload().isStreaming() && m_state != State::TlsHandshake
        && m_state != State::Connecting)
        m_timer.stop();
}

void SubmissionSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    // Once content is on its way the data stages' own timeouts apply: an
    // upload cut short by the opening deadline could leave the server with
    // the message and the person not knowing.
    if (state == State::Uploading)
        m_opened = true;
    qCDebug(lcSmtp) << "state" << state;
    emit stateChanged(state);
}

void SubmissionSession::emitEvent(TranscriptEvent::Kind kind, const QString &text)
{
    TranscriptEvent event;
    event.time = QDateTime::currentDateTimeUtc();
    event.kind = kind;
    event.text = text;
    emit transcript(event);
}

void SubmissionSession::fail(Phase phase, NetworkFault fault, const QString &message,
    const std::optional<Reply> &reply, bool closeAtOnce)
{
    if (m_state == State::Finished)
        return;
    if (m_state == State::Quitting) {
        finishSession();
        return;
    }
    m_timer.stop();
    m_transaction->upload().stop();

    // Facts only: the diagnostics catalogue explains them when shown.
    Failure failure { phase, fault, reply, message, m_server.host, {} };
    for (const QSslError &error : m_connection->sslErrors())
        failure.tlsErrors << error.error();
    if (!m_loginRefusal || message != m_loginRefusal->message)
        emitEvent(TranscriptEvent::Kind::Error, message);
    // After a refused login, whatever ends the session, the refusal is what
    // the person must act on; and a server that refused the login and then
    // fell silent or closed has not taken a message it never answered for.
    const bool answered = reply.has_value() || m_loginRefusal.has_value();
    if (m_loginRefusal)
        failure = *m_loginRefusal;
    m_report.failure = failure;
    m_transaction->abandon(failure, answered);

    m_commands->clear();
    if (!m_socket) {
        finishSession();
        return;
    }
    if (closeAtOnce || m_socket->state() != QAbstractSocket::ConnectedState) {
        finishSession();
        return;
    }
    quit();
}

void SubmissionSession::writeQuit()
{
    emitEvent(TranscriptEvent::Kind::Client, QStringLiteral("QUIT"));
    m_socket->write("QUIT\r\n");
    if (m_closing == Closing::Open)
        m_closing = Closing::QuitSent;
}

void SubmissionSession::quit()
{
    setState(State::Quitting);
    m_commands->clear();
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        finishSession();
        return;
    }
    if (m_closing == Closing::Open)
        writeQuit();
    m_timer.start(m_server.timeouts.quit);
    // Everything that matters is known: report now rather than after the
    // server's 221 (a round trip that changes nothing). The connection
    // closes in the background; connectionClosed() says when.
    reportFinished();
}

void SubmissionSession::finishSession()
{
    if (m_state == State::Finished)
        return;
    m_timer.stop();
    setState(State::Finished);
    if (m_socket) {
        // Nothing the socket reports from here on changes the outcome.
        m_socket->disconnect(this);
        m_socket->abort();
    }
    emitEvent(TranscriptEvent::Kind::Connection, SubmissionSession::tr("Connection closed"));
    reportFinished();
    QMetaObject::invokeMethod(
        this, [this] { emit connectionClosed(); }, Qt::QueuedConnection);
}

void SubmissionSession::reportFinished()
{
    if (m_closing == Closing::Reported)
        return;
    m_closing = Closing::Reported;
    // Queued, so that a caller may delete the session from its slot.
    QMetaObject::invokeMethod(
        this, [this] { emit finished(m_report); }, Qt::QueuedConnection);
}

} // namespace stamp
