// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ReplyParser.h"
#include "SecretRedactor.h"
#include "SessionTypes.h"
#include "Transcript.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>

class QSslSocket;

namespace stamp {

class AuthExchange;
class CommandQueue;
class ConnectionSetup;
class MailTransaction;
class MessageUpload;

// One SMTP submission conversation (RFC 5321, RFC 6409) over QSslSocket:
// connect, greeting, EHLO (HELO as fallback), STARTTLS or implicit TLS,
// AUTH, one transaction per message, QUIT. It runs on the caller's event
// loop, never blocks, and reports everything it does as TranscriptEvents.
//
// Security rules it enforces (RFC 3207, RFC 8314, "NO STARTTLS" 2021):
// STARTTLS, when required, is never skipped; plaintext queued after its 220
// aborts the session; capabilities learnt before TLS are dropped; AUTH never
// goes out in the clear to a host that is not loopback unless the caller
// allows it; certificate errors abort unless the certificate is exactly the
// pinned one.
//
// The session owns the socket, the state, the report and one expectation
// queue (CommandQueue); the steps live in its parts: ConnectionSetup
// (connect, greeting, EHLO, STARTTLS, TLS checks and pinning), AuthExchange
// (SASL over the reply stream) and MailTransaction (MAIL, RCPT, DATA or
// BDAT, per-recipient results) with its MessageUpload (the body and its
// progress).
class SubmissionSession : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,
        Connecting,
        Greeting,
        Ehlo,
        StartTls,
        TlsHandshake,
        Authenticating,
        Transaction,
        Uploading,
        AwaitingFinalReply,
        Quitting,
        Finished,
    };
    Q_ENUM(State)

    explicit SubmissionSession(QObject *parent = nullptr);
    ~SubmissionSession() override;

    void setServer(const ServerSettings &server);
    void setAuth(const AuthSettings &auth);
    // When the server must be ready for the first message (the opening
    // deadline, Timeouts::opening). Unset: that long from start(). A batch
    // that opens a fresh connection after a failed one passes what is left
    // of the first connection's deadline.
    void setOpeningDeadline(QDeadlineTimer deadline);

    // Connects and submits `messages` in order on this one connection. With
    // no messages it only negotiates (TLS, EHLO, AUTH) and quits: a check.
    // finished() is emitted exactly once, asynchronously.
    void start(const QList<OutgoingMessage> &messages);

    // Stops at once: nothing more is sent except, between commands, a QUIT.
    // A message whose end had already been sent is reported as uncertain.
    void cancel();

    State state() const { return m_state; }
    const SessionReport &report() const { return m_report; }

signals:
    void transcript(const stamp::TranscriptEvent &event);
    void stateChanged(stamp::SubmissionSession::State state);
    // Bytes of the current message on the wire so far, of `total` (-1 if unknown).
    void progress(int messageIndex, qint64 sent, qint64 total);
    // One message is done (accepted, partly accepted or failed).
    void messageFinished(int messageIndex, const stamp::SendResult &result);
    // Everything is known: emitted once, as soon as the last reply that
    // matters is in (before the server's 221 to QUIT).
    void finished(const stamp::SessionReport &report);
    // The connection is gone (after finished()).
    void connectionClosed();

private:
    // The parts of the conversation; each reads and drives the shared
    // state below (see their headers).
    friend class CommandQueue;
    friend class ConnectionSetup;
    friend class AuthExchange;
    friend class MailTransaction;
    friend class MessageUpload;

    // How far the session's end has come: QUIT written (possibly early,
    // pipelined behind the last message, RFC 2920 §3.1), then finished()
    // reported, exactly once - with or without a QUIT before it.
    enum class Closing { Open, QuitSent, Reported };

    // Socket events the parts do not own
    void onReadyRead();
    void onSocketError();
    void onDisconnected();
    void onTimeout();

    // Plumbing shared by the parts
    void armTimer();
    // Starts the stage timer for `stageMs`, shortened to the opening
    // deadline while the session is still getting ready for a message.
    void armFor(int stageMs);
    void setState(State state);
    void emitEvent(TranscriptEvent::Kind kind, const QString &text);
    void fail(Phase phase, NetworkFault fault, const QString &message, const std::optional<Reply> &reply = {},
        bool closeAtOnce = false);
    void writeQuit();
    void quit();
    void finishSession();
    void reportFinished();

    ServerSettings m_server;
    AuthSettings m_auth;
    QList<OutgoingMessage> m_messages;
    SessionReport m_report;
    State m_state = State::Idle;
    Closing m_closing = Closing::Open;

    QSslSocket *m_socket = nullptr;
    ReplyParser m_parser;
    SecretRedactor m_redactor;  // the credentials, out of every reply
    QTimer m_timer;
    QDeadlineTimer m_openingDeadline;
    bool m_openingDeadlineGiven = false;
    bool m_opened = false;          // a message's content went out, or one finished
    bool m_deadlineArmed = false;   // the running timer is the opening deadline's
    // The login was refused after the first transaction had been pipelined
    // behind it (AuthExchange): the server's replies to that transaction
    // still decide the message, then the session ends with this failure.
    std::optional<Failure> m_loginRefusal;
    const std::unique_ptr<CommandQueue> m_commands;
    const std::unique_ptr<ConnectionSetup> m_connection;
    const std::unique_ptr<AuthExchange> m_authExchange;
    const std::unique_ptr<MailTransaction> m_transaction;
};

} // namespace stamp
