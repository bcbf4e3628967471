#pragma once

#include "ReplyParser.h"
#include "SessionTypes.h"
#include "Transcript.h"

#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>
#include <functional>
#include <memory>

class QSslSocket;

namespace stamp {

class BodyEncoder;

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
    using ReplyHandler = std::function<void(const Reply &)>;
    struct Expectation
    {
        Phase phase;
        int timeoutMs;
        ReplyHandler handler;
    };
    struct Command
    {
        QByteArray line;     // without CRLF
        QString shownAs;     // transcript text (redacted where needed)
        Expectation expect;
    };

    // Socket events
    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onBytesWritten(qint64 bytes);
    void onSocketError();
    void onDisconnected();
    void onSslErrors(const QList<QSslError> &errors);
    void onTimeout();

    // Protocol steps
    void expectGreeting();
    void sendEhlo();
    void onEhloReply(const Reply &reply);
    void onHeloReply(const Reply &reply);
    void afterCapabilities();
    void startTls();
    void authenticate();
    void sendAuthResponse(const QByteArray &raw);
    void onAuthReply(const Reply &reply);
    void nextMessage();
    void onMailReply(const Reply &reply);
    void onRcptReply(int index, const Reply &reply);
    void onDataReply(const Reply &reply);
    void startUpload();
    void pumpBody();
    void onBdatChunkReply(const Reply &reply);
    void onFinalReply(const Reply &reply);
    qint64 progressTotal() const;
    void finishMessage(SendResult::Status status);
    void quit();

    // Plumbing
    void queue(const QByteArray &line, Phase phase, int timeoutMs, ReplyHandler handler, const QString &shownAs = {});
    void flushCommands();
    void writeCommand(const Command &command);
    void armTimer();
    void setState(State state);
    void emitEvent(TranscriptEvent::Kind kind, const QString &text);
    void fail(Phase phase, NetworkFault fault, const QString &message, const std::optional<Reply> &reply = {},
              bool closeAtOnce = false);
    void finishSession();
    void reportFinished();
    bool canPipeline() const;
    Phase currentPhase() const;
    bool isPeerLoopback() const;
    QString heloName() const;
    void recordTls();

    ServerSettings m_server;
    AuthSettings m_auth;
    QList<OutgoingMessage> m_messages;
    SessionReport m_report;
    State m_state = State::Idle;

    QSslSocket *m_socket = nullptr;
    ReplyParser m_parser;
    QTimer m_timer;
    QList<Command> m_unsent;          // waiting to be written (no PIPELINING: one at a time)
    QList<Expectation> m_expected;    // written, reply not yet read, in order
    Phase m_phase = Phase::Connect;   // where a socket fault would be reported
    bool m_tlsActive = false;
    bool m_sawGreeting = false;
    bool m_ehloAfterTls = false;
    bool m_finishedEmitted = false;
    bool m_quitSent = false;
    bool m_authPipelined = false;  // the first transaction follows AUTH PLAIN without waiting
    QList<QSslError> m_sslErrors;

    std::unique_ptr<sasl::SaslMechanism> m_mechanism;
    QByteArray m_mechanismName;

    // Current transaction
    enum class Transfer { Data, BdatInGroup, BdatAfterEnvelope };
    int m_index = -1;
    SendResult m_current;
    Transfer m_transfer = Transfer::Data;
    bool m_transactionAborted = false;
    bool m_finalDotSent = false;
    std::unique_ptr<BodyEncoder> m_encoder;
    qint64 m_bodyWritten = 0;
    bool m_bodyDone = false;
    bool m_uploading = false;
    bool m_countingProgress = false;
};

}  // namespace stamp
